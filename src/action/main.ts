/** Entry point of the GitHub Action, bundled into dist/action/index.js (`npm run build:action`). */
import { escapeData } from '../reporters/github.js';
import { runAction } from './run.js';

runAction(process.env, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stdout.write(`::error title=dlint::${escapeData(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)}\n`);
    process.exitCode = 2;
  },
);
