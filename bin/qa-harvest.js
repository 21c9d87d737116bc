#!/usr/bin/env node
// The CLI runs the compiled code in dist/, which `npm ci` builds (the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("qa-harvest: dist/ is missing; run 'npm ci' (or 'npm run build') in the qa-harvest folder first\n");
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
