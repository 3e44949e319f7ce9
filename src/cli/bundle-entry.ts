/**
 * What the CLI bundle (dist/cli/core.cjs) exports: the command line for its launcher (src/cli-bundle.ts), and the
 * lint worker for the threads lint-worker.ts starts on the same file (imported when called, as the commands are).
 */
export { main } from './main.js';

export async function serveLintWorker(): Promise<void> {
  (await import('../lint-worker.js')).serveLintWorker();
}
