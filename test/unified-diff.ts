/** A small line-based unified diff, for showing fixed fixtures in rule snapshots (no diff library in the dependencies). */

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

/** Edit script by longest common subsequence; fixtures are small, so the quadratic table is fine. */
function editScript(a: string[], b: string[]): Op[] {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', line: a[i++]!, a: i, b: ++j });
    // Removals before additions, as diff -u shows a replaced line.
    else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', line: a[i++]!, a: i, b: j });
    else ops.push({ kind: '+', line: b[j++]!, a: i, b: j });
  }
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
