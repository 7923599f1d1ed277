#!/usr/bin/env node
'use strict';
// The `hearth` command (package.json "bin"). The CLI itself is main/cli/index.ts, bundled by
// scripts/build.mjs into out/main/cli.cjs; from a checkout, `npm run hearth -- …` runs it without building.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'out', 'main', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write(`Hearth's command line has not been built yet (${cli} is missing): run npm run build first.\n`);
  process.exitCode = 1;
} else {
  require(cli).main();
}
