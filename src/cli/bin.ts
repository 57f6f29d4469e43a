#!/usr/bin/env node
import { run } from './run.js';

// The bin only wires the process to `run`: the first Ctrl-C stops the run
// and reports what was checked; a second one ends the process.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: controller.signal });
process.exitCode = code;
