/**
 * Linting many files across cores (issue 11): worker threads each run `lint()` on batches of files, and the
 * findings come back in input order, so the output is the same bytes as a serial run. A worker loads the module
 * this code is in and serves (serveLintWorker).
 */
import type { Worker } from 'node:worker_threads';
import { loadWorkerThreads } from './lazy-deps.js';
import { lintModel, modelFor, type LintOptions } from './lint.js';
import type { ShellCheckBinary } from './shellcheck/binary.js';
import { ShellCheck } from './shellcheck/session.js';
import type { Finding } from './types.js';

/** One file to lint. Options are data only (plugin rules stay in one thread); ShellCheck travels as its program. */
export interface LintJob {
  file: string;
  text: string;
  options: Omit<LintOptions, 'shellcheck' | 'extraRules'>;
  shellcheck: ShellCheckBinary | null;
}

/**
 * Serves lint jobs in a worker thread. A worker runs a two-line script that imports the module this code is in (in
 * the CLI bundle, dist/cli/core.cjs, whose modules are initialised only when used) and calls this.
 */
export function serveLintWorker(): void {
  const { parentPort } = loadWorkerThreads();
  const sessions = new Map<string, ShellCheck>();
  parentPort!.on('message', (jobs: LintJob[]) => {
    const models = jobs.map((j) => modelFor(j.text, j.options));
    const checkers = jobs.map((j) => {
      if (!j.shellcheck) return null;
      if (!sessions.has(j.shellcheck.path)) sessions.set(j.shellcheck.path, new ShellCheck(j.shellcheck));
      return sessions.get(j.shellcheck.path)!;
    });
    // As in one thread: one ShellCheck process checks the whole batch before the rules run.
    for (const sc of new Set(checkers)) if (sc) sc.prepare(models.filter((_, i) => checkers[i] === sc));
    parentPort!.postMessage(jobs.map((j, i) => lintModel(models[i]!, { ...j.options, shellcheck: checkers[i] })));
  });
}

/** The worker's script: an ES module's exports, or a CommonJS bundle's (`default` when imported). */
const WORKER_SCRIPT = `import(${JSON.stringify(import.meta.url)}).then((m) => (m.serveLintWorker ?? m.default.serveLintWorker)());`;

/** `LintFilesOptions.workers` for the CLI (kept out of lintFiles, so the Action's bundle starts no program). */
export class LintWorkers {
  readonly threads: number;

  constructor(threads: number) {
    // Run from the TypeScript sources (tsx scripts, tests), a worker thread could not load this file: lint in one thread.
    this.threads = import.meta.url.endsWith('.ts') ? 1 : threads;
  }

  lint(jobs: readonly LintJob[]): Promise<Finding[][]> {
    return lintInWorkers(jobs, this.threads);
  }
}

/** The findings of each job, in job order, linted by `threads` workers. */
function lintInWorkers(jobs: readonly LintJob[], threads: number): Promise<Finding[][]> {
  const results: Finding[][] = new Array<Finding[]>(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (error?: unknown): void => {
      for (const w of workers) void w.terminate();
      if (error === undefined) resolve(results);
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    // A few batches per thread: uneven files still balance, and each batch is one ShellCheck process at most.
    const batch = Math.max(8, Math.ceil(jobs.length / (threads * 4)));
    const feed = (worker: Worker): number => {
      const start = next;
      next = Math.min(jobs.length, next + batch);
      if (start < next) worker.postMessage(jobs.slice(start, next));
      return start;
    };
    const { Worker: Thread } = loadWorkerThreads();
    for (let i = 0; i < Math.min(threads, Math.ceil(jobs.length / batch)); i++) {
      const worker = new Thread(WORKER_SCRIPT, { eval: true });
      workers.push(worker);
      let batchStart = feed(worker);
      worker.on('message', (findings: Finding[][]) => {
        findings.forEach((f, k) => (results[batchStart + k] = f));
        done += findings.length;
        if (done === jobs.length) finish();
        else batchStart = feed(worker);
      });
      worker.on('error', finish);
      // A worker that ends with jobs of its batch unanswered (it could not load, or was killed): never a silent, empty report.
      worker.on('exit', (code) => {
        if (done < jobs.length) finish(new Error(`a lint worker thread stopped (exit code ${code}) before linting its files`));
      });
    }
    if (jobs.length === 0) finish();
  });
}
