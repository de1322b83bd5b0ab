'use strict';
// Preloaded (node --require) by test/signals.test.ts: every rename waits, after saying on stderr
// which file it is about to rename, so the test can stop the process between the write of a
// temporary file and its rename.
const fsp = require('node:fs/promises');
const rename = fsp.rename;
fsp.rename = async (from, to) => {
  process.stderr.write(`renaming ${from}\n`);
  await new Promise((done) => setTimeout(done, 30_000));
  return rename(from, to);
};
require('node:module').syncBuiltinESMExports();
