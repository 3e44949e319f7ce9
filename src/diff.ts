/** A small line-based unified diff, for `--fix-dry-run` and the rule snapshots (no diff library in the dependencies). */

interface Op {
  kind: ' ' | '-' | '+';
  line: string;
  /** 1-based line numbers in the old and new text (of the line, or of where it would go). */
  a: number;
  b: number;
}

function lines(text: string): string[] {
  const out = text.split('\n');
  // A final newline ends the last line rather than starting an empty one.
  if (out[out.length - 1] === '') out.pop();
  else out[out.length - 1] += '\n\\ No newline at end of file';
  return out;
}

/**
 * Edit script by longest common subsequence over the lines between the common head and tail (a fix
 * changes a few lines, so the quadratic table stays small even for a long file).
 */
function editScript(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: ' ', line: a[k]!, a: k + 1, b: k + 1 });
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) ops.push({ kind: ' ', line: x[i++]!, a: head + i, b: head + ++j });
    // Removals before additions, as diff -u shows a replaced line.
    else if (i < x.length && (j === y.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', line: x[i++]!, a: head + i, b: head + j });
    else ops.push({ kind: '+', line: y[j++]!, a: head + i, b: head + j });
  }
  for (let k = tail; k > 0; k--) ops.push({ kind: ' ', line: a[a.length - k]!, a: a.length - k + 1, b: b.length - k + 1 });
  return ops;
}

/** `diff -u` style output with `context` lines around each change; empty when the texts are equal. */
export function unifiedDiff(oldName: string, newName: string, oldText: string, newText: string, context = 3): string {
  const ops = editScript(lines(oldText), lines(newText));
  const changed = ops.flatMap((op, k) => (op.kind === ' ' ? [] : [k]));
  if (changed.length === 0) return '';
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = Math.min(ops.length, changed[k]! + context + 1);
    // Changes closer than twice the context share one hunk.
    while (k + 1 < changed.length && changed[k + 1]! - context <= end) end = Math.min(ops.length, changed[++k]! + context + 1);
    k++;
    const hunk = ops.slice(start, end);
    const oldLen = hunk.filter((op) => op.kind !== '+').length;
    const newLen = hunk.filter((op) => op.kind !== '-').length;
    // Like diff -u, an empty side is numbered by the line before it.
    const oldStart = oldLen ? hunk.find((op) => op.kind !== '+')!.a : hunk[0]!.a;
    const newStart = newLen ? hunk.find((op) => op.kind !== '-')!.b : hunk[0]!.b;
    out.push(`@@ -${oldStart},${oldLen} +${newStart},${newLen} @@`, ...hunk.map((op) => op.kind + op.line));
  }
  return out.join('\n') + '\n';
}
