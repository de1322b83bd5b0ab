#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is built into dist/ by `npm install` (prepare) or `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { loadCli } = require('./loadCli.js');

/** main() turns every error into a message and an exit code; this is for the launcher's own failures. */
function failed(error) {
  const built = existsSync(join(__dirname, '..', 'dist', 'cli', 'main.js'));
  const message = !built ? 'the CLI is not built: run npm run build (npm install does it)'
    : `internal error: ${process.env.BESTSHORE_DEBUG && error instanceof Error ? error.stack : error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`bestshore: ${message}\n`);
  process.exitCode = 3;
}

loadCli()
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  }, failed);
