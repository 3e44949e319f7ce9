/**
 * A broken config as diagnostics on the config file itself: the resolver's message lines
 * (`file: key.path: problem` or `file:line:col: problem`) are placed on the key they name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import YAML, { isMap, isScalar, isSeq, type Node } from 'yaml';

const LINE = /^(?<file>.+?)(?::(?<line>\d+):(?<col>\d+))?: (?<problem>.*)$/;
const KEY_PATH = /^(?<key>[\w$@./-]+(?:\[\d+\])*(?:\.[\w$@./-]+(?:\[\d+\])*)*): /;

/** Diagnostics by config file URI; lines naming no readable file are returned for a window message. */
export function configDiagnostics(message: string, root: string): { byUri: Map<string, Diagnostic[]>; unplaced: string[] } {
  const byUri = new Map<string, Diagnostic[]>();
  const unplaced: string[] = [];
  for (const line of message.split('\n')) {
    const m = LINE.exec(line)?.groups;
    const file = m ? path.resolve(root, m.file!) : null;
    let text: string | null = null;
    try {
      text = file ? fs.readFileSync(file, 'utf8') : null;
    } catch {
      text = null;
    }
    if (!m || !file || text === null) {
      unplaced.push(line);
      continue;
    }
    const problem = m.problem!;
    const range = m.line
      ? point(Number(m.line) - 1, Number(m.col) - 1)
      : (keyRange(text, KEY_PATH.exec(problem)?.groups?.key, path.basename(file) === 'package.json') ?? point(0, 0));
    const uri = pathToFileURL(file).href;
    const list = byUri.get(uri) ?? [];
    list.push({ range, severity: DiagnosticSeverity.Error, source: 'dlint', message: problem });
    byUri.set(uri, list);
  }
  return { byUri, unplaced };
}

function point(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

/** `overrides[0].rules.x` → ['overrides', 0, 'rules', 'x']. */
function segments(keyPath: string): (string | number)[] {
  return keyPath.split('.').flatMap((part) => {
    const [name, ...indexes] = part.split('[');
    return [...(name ? [name] : []), ...indexes.map((i) => Number(i.replace(']', '')))];
  });
}

/** The range of the deepest key of `keyPath` found in the file (JSON is YAML, so one parser serves both). */
function keyRange(text: string, keyPath: string | undefined, inPackageJson: boolean): Range | null {
  if (!keyPath) return null;
  const doc = YAML.parseDocument(text);
  let node: Node | null = doc.contents;
  let found: [number, number] | null = null;
  for (const seg of [...(inPackageJson ? ['dlint'] : []), ...segments(keyPath)]) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      found = [pair.key.range[0], pair.key.range[1]];
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item?.range) break;
      found = [item.range[0], item.range[1]];
      node = item;
    } else break;
  }
  if (!found) return null;
  const at = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
  };
  return { start: at(found[0]), end: at(found[1]) };
}
