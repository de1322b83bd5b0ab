import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/**
 * Open local HTML files in headless Chromium and report what a person's browser would do:
 * every request it makes, every console message and uncaught error, the printed page
 * count (A4 via @page), and optionally a screenshot. Talks the DevTools protocol over
 * --remote-debugging-pipe (fd 3 in, fd 4 out; NUL-separated JSON), so no port, no
 * WebSocket and no npm package are needed. One browser serves a test file (`openBrowser`, each
 * page in its own target, cache off): a launch costs seconds of a busy machine.
 */
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);

export type PageReport = {
  /** URLs requested after the page itself (images, fonts, scripts, favicon…). */
  readonly requests: readonly string[];
  /** Console messages and log entries at warning or error level, and uncaught exceptions. */
  readonly problems: readonly string[];
  /** document.title and the text of every h1/h2, as rendered. */
  readonly title: string;
  readonly headings: readonly string[];
  /** Pages of the printed PDF (print media, A4 from the stylesheet). */
  readonly printedPages: number;
  /** Width × height in PDF points of the first printed page (A4 ≈ 595 × 842). */
  readonly pageSize: readonly [number, number];
  readonly screenshot: Buffer | undefined;
  /** The value of `opts.probe` (a JavaScript expression run in the page, its result returned by value). */
  readonly probe: unknown;
};

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
};

export type InspectOptions = { screenshot?: { width: number; height: number }; probe?: string };

export type Browser = {
  readonly inspect: (file: string, opts?: InspectOptions) => Promise<PageReport>;
  readonly close: () => Promise<void>;
};

/** Headless Chromium, started once; `close` ends it and removes its profile. */
export function openBrowser(): Browser {
  const profile = mkdtempSync(join(tmpdir(), 'bestshore-chromium-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(m: Message) => void>();
  let nextId = 1;
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result ?? {});
      } else listeners.forEach((l) => l(msg));
    }
  });
  const send = (
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  async function inspect(file: string, opts: InspectOptions = {}): Promise<PageReport> {
    // A page that hangs ends the browser: its test fails rather than waits forever.
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    const problems: string[] = [];
    let loaded: () => void = () => undefined;
    const load = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    const listener = (m: Message): void => {
      if (m.sessionId !== sessionId || !m.params) return;
      // Event payloads are checked loosely: only a few fields are read.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Chrome DevTools Protocol events, untyped
      const p = m.params as Record<string, any>;
      if (m.method === 'Network.requestWillBeSent' && p['request'].url !== url) requests.push(p['request'].url);
      if (m.method === 'Runtime.consoleAPICalled' && ['error', 'warning', 'assert'].includes(p['type']))
        problems.push(`console.${p['type']}: ${JSON.stringify(p['args'])}`);
      if (m.method === 'Runtime.exceptionThrown') problems.push(`exception: ${JSON.stringify(p['exceptionDetails'])}`);
      if (m.method === 'Log.entryAdded' && ['error', 'warning'].includes(p['entry'].level))
        problems.push(`log ${p['entry'].level}: ${p['entry'].text} ${p['entry'].url ?? ''}`);
      if (m.method === 'Page.loadEventFired') loaded();
    };
    listeners.add(listener);
    try {
      for (const domain of ['Page', 'Runtime', 'Log', 'Network']) await send(`${domain}.enable`, {}, sessionId);
      // Every request of a page is seen, even of a file an earlier page of this browser loaded.
      await send('Network.setCacheDisabled', { cacheDisabled: true }, sessionId);
      if (opts.screenshot)
        await send(
          'Emulation.setDeviceMetricsOverride',
          { ...opts.screenshot, deviceScaleFactor: 1, mobile: false },
          sessionId,
        );
      await send('Page.navigate', { url }, sessionId);
      await load;
      // Let late requests (fonts, favicon) and console messages arrive.
      await new Promise((r) => setTimeout(r, 300));
      const evaluate = async (expression: string): Promise<unknown> =>
        (
          (await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId))['result'] as {
            value: unknown;
          }
        ).value;
      const title = String(await evaluate('document.title'));
      const headings = (await evaluate(
        '[...document.querySelectorAll("h1, h2")].map((h) => h.textContent)',
      )) as string[];
      const probe = opts.probe === undefined ? undefined : await evaluate(opts.probe);
      const shot = opts.screenshot
        ? Buffer.from(
            String(
              (await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, sessionId))['data'],
            ),
            'base64',
          )
        : undefined;
      const pdf = Buffer.from(
        String((await send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, sessionId))['data']),
        'base64',
      ).toString('latin1');
      const printedPages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
      return {
        requests,
        problems,
        title,
        headings,
        printedPages,
        pageSize: [Number(box?.[1] ?? 0), Number(box?.[2] ?? 0)],
        screenshot: shot,
        probe,
      };
    } finally {
      clearTimeout(timer);
      listeners.delete(listener);
      await send('Target.closeTarget', { targetId }).catch(() => undefined);
    }
  }

  async function close(): Promise<void> {
    await Promise.race([send('Browser.close').catch(() => undefined), exited]);
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
    // Chromium's helper processes may still write to the profile for a moment after the browser
    // exits (on a busy machine, seconds): retry, and leave a temporary folder behind rather than
    // fail a test over it.
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
  }
  return { inspect, close };
}
