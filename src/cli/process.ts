/** Runs the command line in this process: its arguments, streams and exit code (shared by src/cli.ts and the bundle's launcher). */
import fs from 'node:fs';
import type { main as Main } from './main.js';

/** `onLint`: called when the command lints files. */
export function runInProcess(main: typeof Main, onLint?: () => void): void {
  // `dlint … | head`: the reader has gone, so the rest of the report has nowhere to go; end quietly.
  // (Output is never cut short otherwise: the exit code is set, not process.exit(), so stdout drains.)
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => fs.readFileSync(0),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
    onLint,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug in dlint itself: one line, not a stack trace, unless DLINT_DEBUG is set.
      process.stderr.write(`dlint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.DLINT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
      process.exitCode = 2;
    },
  );
}
