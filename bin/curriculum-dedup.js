#!/usr/bin/env node
import { run } from '../dist/cli/curriculum-dedup.mjs';

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
