#!/usr/bin/env node
import { createRequire as __dlintCreateRequire } from 'node:module';
const require = __dlintCreateRequire(import.meta.url);

// src/cli.ts
import fs from "node:fs";
import module from "node:module";
module.enableCompileCache?.();
var { main } = await import("./chunks/main-3ZUEMMNC.js");
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}
main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => fs.readFileSync(0),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`dlint: internal error: ${e instanceof Error ? e.message : String(e)}
`);
    if (process.env.DLINT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}
`);
    process.exitCode = 2;
  }
);
