#!/usr/bin/env node
// Runs the compiled CLI. Compile first with `npm run build` (npm ci does it through `prepare`).
import { main } from "../dist/cli.js";

main(process.argv).then((code) => {
  process.exitCode = code;
});
