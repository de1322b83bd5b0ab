#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is built into dist/ by `npm install` (prepare) or `npm run build`.
const { loadCli } = require('./loadCli.js');

loadCli()
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
