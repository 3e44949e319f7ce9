/**
 * The language server's speed and memory (`npm run bench` runs it after bench.ts): the re-lint after a keystroke on
 * a 100-line and a 2,000-line Dockerfile (goal: < 20 ms for 100 lines), and the heap over 10,000 edits (goal: flat).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceLinter } from '../src/lsp/workspace-linter.js';

// A full GC on demand (for the memory check) without asking every caller for --expose-gc.
v8.setFlagsFromString('--expose-gc');
// The language server after a keystroke: one character typed into the buffer, then the lint the server
// runs for it (config resolved and cached as in the server; JSON-RPC and the debounce not counted).
const workspaceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-bench-lsp-'));
const linter = new WorkspaceLinter({ root: workspaceDir });
const stanza = [
  'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\',
  '    && rm -rf /var/lib/apt/lists/*',
  'ENV MODEL_DIR=/models HF_HOME=/models/hf',
  'COPY requirements.txt /app/',
  'RUN pip install --no-cache-dir -r /app/requirements.txt',
];
/** A Dockerfile of `lines` lines; line 3 is a comment that the edits type into. */
function dockerfileOf(lines: number): string {
  const out = ['FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04', 'WORKDIR /app', '# notes: '];
  while (out.length < lines - 3) out.push(...stanza);
  out.length = lines - 3;
  out.push('USER 10001', 'EXPOSE 8000', 'CMD ["python", "-m", "uvicorn", "app:app", "--host", "0.0.0.0"]');
  return out.join('\n') + '\n';
}
/** Types `count` characters (a new comment line every 60), linting after each; calls `each` with the lint time. */
async function type(lines: number, count: number, each: (ms: number, i: number) => void): Promise<void> {
  let doc = TextDocument.create(pathToFileURL(path.join(workspaceDir, `${lines}.Dockerfile`)).href, 'dockerfile', 1, dockerfileOf(lines));
  await linter.lint(doc);
  for (let i = 0; i < count; i++) {
    const at = { line: 2, character: 9 + (i % 60) };
    doc = TextDocument.update(doc, [{ range: { start: at, end: at }, text: i % 60 === 59 ? '\n# notes: ' : 'x' }], doc.version + 1);
    const t = performance.now();
    const outcome = await linter.lint(doc);
    if (outcome.kind !== 'linted') throw new Error(`bench document not linted: ${outcome.kind}`);
    each(performance.now() - t, i);
  }
}
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
for (const [lines, count] of [
  [100, 300],
  [2000, 5],
] as const) {
  const times: number[] = [];
  await type(lines, count, (ms) => times.push(ms));
  console.log(`lsp keystroke re-lint, ${lines} lines: median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms over ${count} edits (goal for 100 lines: < 20 ms)`);
}

// Memory over a long session: the heap after a full GC, early and after every edit has been linted.
const gc = runInNewContext('gc') as () => void;
const edits = Number(process.env.BENCH_EDITS ?? 10_000);
const heap: [number, number][] = [];
await type(100, edits, (_ms, i) => {
  if ((i + 1) % (edits / 10) !== 0) return;
  gc();
  heap.push([i + 1, process.memoryUsage().heapUsed / 1024 / 1024]);
});
console.log(`lsp memory over ${edits} edits (heap after GC, MB): ${heap.map(([n, mb]) => `${n}: ${mb.toFixed(1)}`).join(', ')}`);
fs.rmSync(workspaceDir, { recursive: true, force: true });
