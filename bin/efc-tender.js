#!/usr/bin/env node
// Entry point: loads the built CLI. Kept tiny so that start-up stays close to bare node.
import { main } from '../dist/cli/main.js';

main(process.argv).catch((err) => {
  // main() reports its own errors; this is the last line of defence.
  console.error(err);
  process.exitCode = 2;
});
