/**
 * Conda environment files (`conda env create -f environment.yml`, `micromamba install -f env.yaml`) and conda
 * spec lists (`conda install --file specs.txt`): which packages they name, which carry a version, and the pip
 * requirements an environment file installs through its `pip:` section.
 */
import type { Node } from 'yaml';
import { loadYaml } from '../lazy-deps.js';

export interface CondaSpec {
  line: number;
  column: number;
  endColumn: number;
  text: string;
  pinned: boolean;
}

export interface PipSection {
  /** The `pip:` list as requirements-file text, one entry a line, with where each line sits in the YAML file. */
  lines: { text: string; line: number; column: number }[];
}

export interface CondaEnvFile {
  specs: CondaSpec[];
  pip: PipSection;
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*/;

/**
 * A conda match spec is pinned when it gives a version without a range: `numpy=1.26`, `numpy==1.26.4`,
 * `numpy=1.26=py312h0`, `numpy 1.26.*`, `conda-forge::numpy=1.26`, `numpy[version='1.26.4']`.
 */
export function isPinnedCondaSpec(spec: string): boolean {
  const s = spec.trim().replace(/^[^\s:]+::/, '');
  const name = NAME.exec(s)?.[0];
  if (!name) return true;
  let rest = s.slice(name.length).trim();
  const bracket = /\[\s*version\s*=\s*['"]?([^'"\]]+)['"]?/.exec(rest);
  if (bracket) rest = `=${bracket[1]}`;
  else rest = rest.replace(/\[.*\]$/, '').trim();
  if (!rest) return false;
  const version = rest.startsWith('=') ? rest.replace(/^==?/, '') : /^\d/.test(rest) ? rest : '';
  return version !== '' && !/[<>!~,|]/.test(version.split(/[\s=]/)[0]!);
}

export function parseCondaEnv(text: string): CondaEnvFile | null {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length) return null;
  const root = doc.contents;
  if (!isMap(root)) return null;
  const deps = root.get('dependencies', true);
  const specs: CondaSpec[] = [];
  const pip: PipSection = { lines: [] };
  if (!isSeq(deps)) return { specs, pip };
  const at = (node: Node): { line: number; column: number; end: number } => {
    const [start, end] = node.range ?? [0, 0];
    const pos = lineCounter.linePos(start);
    const endPos = lineCounter.linePos(end);
    return { line: pos.line, column: pos.col, end: endPos.line === pos.line ? endPos.col : pos.col + String((node as { value?: unknown }).value ?? '').length };
  };
  for (const item of deps.items) {
    if (isScalar(item) && typeof item.value === 'string') {
      const p = at(item);
      specs.push({ line: p.line, column: p.column, endColumn: p.end, text: item.value, pinned: isPinnedCondaSpec(item.value) });
    } else if (isMap(item)) {
      const list = item.get('pip', true);
      if (!isSeq(list)) continue;
      for (const entry of list.items) {
        if (!isScalar(entry) || typeof entry.value !== 'string') continue;
        const p = at(entry);
        // A quoted scalar starts one column before its text.
        const quoted = entry.type === 'QUOTE_DOUBLE' || entry.type === 'QUOTE_SINGLE';
        pip.lines.push({ text: entry.value, line: p.line, column: p.column + (quoted ? 1 : 0) });
      }
    }
  }
  return { specs, pip };
}

/** A spec list for `conda install --file`: one match spec a line; `@EXPLICIT` files list exact package URLs. */
export function parseCondaSpecList(text: string): CondaSpec[] {
  if (/^@EXPLICIT\s*$/m.test(text)) return [];
  const out: CondaSpec[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const body = raw.replace(/(^|\s)#.*$/, '');
    const spec = body.trim();
    if (!spec || spec.startsWith('-') || spec.startsWith('@')) return;
    const column = body.length - body.trimStart().length + 1;
    out.push({ line: i + 1, column, endColumn: column + spec.length, text: spec, pinned: isPinnedCondaSpec(spec) });
  });
  return out;
}
