/**
 * pip requirements files (`pip install -r`): which lines are requirements, which are exact pins, and the
 * files they include (`-r`, `-c`). Follows pip's own reading: `\` continuations are joined, `#` comments
 * (at line start or after whitespace) dropped, a requirement ends at its first `-…` option.
 */
import { markerOf } from './python-markers.js';

export interface RequirementEntry {
  /** 1-based line and column of the requirement specifier, and the column after it. */
  line: number;
  column: number;
  endColumn: number;
  /** The specifier as written (`numpy>=1.26`, `torch`, `pkg @ git+https://…`). */
  text: string;
  /** Normalised project name (PEP 503), null for URLs and paths without a name. */
  name: string | null;
  pinned: boolean;
  /** The PEP 508 environment marker after `;` (`python_version < "3.11"`), null without one. */
  marker: string | null;
}

export interface RequirementInclude {
  kind: 'requirement' | 'constraint';
  /** Path as written, relative to the including file's folder unless absolute. */
  path: string;
  line: number;
}

export interface RequirementsFile {
  entries: RequirementEntry[];
  includes: RequirementInclude[];
  /** A line installs from files on disk (a local folder or archive, `-e`/`--editable`): the file needs more than itself. */
  readsLocalFiles: boolean;
}

interface LogicalLine {
  text: string;
  line: number;
  /** Column of each character of `text` on its physical line (for the first line only). */
  column: number;
}

function logicalLines(text: string): LogicalLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  physical.forEach((raw, i) => {
    const continued = /(^|[^\\])\\$/.test(raw);
    const part = continued ? raw.slice(0, -1) : raw;
    if (current) current.text += ` ${part}`;
    else current = { text: part, line: i + 1, column: 1 };
    if (!continued) {
      out.push(current);
      current = null;
    }
  });
  if (current) out.push(current);
  return out;
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const VCS = /^(git|hg|svn|bzr)\+/i;
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A git commit, or a tag that names a release (`v1.2.3`, `1.2`): refs that do not move. */
const FIXED_REF = /^([0-9a-f]{7,40}|v?\d+(\.\d+)+([.-]?[a-z0-9]+)*)$/i;

/** A direct reference is pinned when it names an archive, or a VCS URL at a fixed commit or release tag. */
export function isPinnedUrl(url: string): boolean {
  const clean = url.split('#')[0]!;
  if (!VCS.test(clean)) return true;
  const at = clean.lastIndexOf('@');
  const slash = clean.lastIndexOf('/');
  if (at <= slash) return false;
  return FIXED_REF.test(clean.slice(at + 1));
}

/** True when a PEP 440 specifier set holds an exact `==X` (without `*`) or `===X`. */
export function isExactSpecifier(spec: string): boolean {
  return spec
    .replace(/[()\s]/g, '')
    .split(',')
    .some((s) => /^===./.test(s) || (/^==[^=]/.test(s) && !s.includes('*')));
}

function isLocalPath(text: string): boolean {
  return /^(\.{1,2}(\/|$)|\/|~|file:)/.test(text) || /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(text) || (text.includes('/') && !URL.test(text));
}

const OPTION_WITH_FILE: Record<string, RequirementInclude['kind']> = {
  '-r': 'requirement',
  '--requirement': 'requirement',
  '-c': 'constraint',
  '--constraint': 'constraint',
};

export function parseRequirements(text: string): RequirementsFile {
  const entries: RequirementEntry[] = [];
  const includes: RequirementInclude[] = [];
  let readsLocalFiles = false;
  for (const logical of logicalLines(text)) {
    const withoutComment = logical.text.replace(/(^|\s)#.*$/, '');
    const trimmed = withoutComment.trim();
    if (!trimmed) continue;
    const lead = withoutComment.length - withoutComment.trimStart().length;
    const column = logical.column + lead;
    if (trimmed.startsWith('-')) {
      const m = /^(-r|-c|--requirement|--constraint)(?:=|\s+|(?<=^-[rc]))(\S+)/.exec(trimmed);
      if (m) includes.push({ kind: OPTION_WITH_FILE[m[1]!]!, path: m[2]!, line: logical.line });
      if (/^(-e|--editable)\b/.test(trimmed)) readsLocalFiles = true;
      // Other options (`-e`, `--index-url`, `--hash` alone, `--find-links`…) install nothing by name.
      continue;
    }
    // pip splits at the first word that starts with `-` (per-requirement options such as `--hash`).
    const words = trimmed.split(/\s+/);
    const optionAt = words.findIndex((w) => w.startsWith('-'));
    const reqWords = optionAt < 0 ? words : words.slice(0, optionAt);
    const options = optionAt < 0 ? [] : words.slice(optionAt);
    const requirement = reqWords.join(' ');
    if (requirement.includes('${')) continue;
    const hashed = options.some((o) => o.startsWith('--hash'));
    const spec = requirement.split(/\s*;\s*/)[0]!.trim();
    const first = spec.split(/\s+/)[0]!;
    const entry = (name: string | null, pinned: boolean, shown: string): RequirementEntry => ({
      line: logical.line,
      column,
      endColumn: column + shown.length,
      text: shown,
      name: name === null ? null : normalizeName(name),
      pinned: pinned || hashed,
      marker: markerOf(requirement),
    });
    if (URL.test(first) || VCS.test(first)) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(first)?.[1] ?? null;
      entries.push(entry(egg, isPinnedUrl(first), first));
      continue;
    }
    // A local folder or archive installs exactly what is on disk.
    if (isLocalPath(first)) {
      readsLocalFiles = true;
      continue;
    }
    const name = NAME.exec(spec)?.[0];
    if (!name) continue;
    let rest = spec.slice(name.length).trim();
    if (rest.startsWith('[')) rest = rest.slice(rest.indexOf(']') + 1).trim();
    if (rest.startsWith('@')) {
      entries.push(entry(name, isPinnedUrl(rest.slice(1).trim()), spec));
      continue;
    }
    entries.push(entry(name, isExactSpecifier(rest), spec));
  }
  return { entries, includes, readsLocalFiles };
}

/** Names given an exact version by a constraints file. */
export function pinnedNames(file: RequirementsFile): Set<string> {
  const out = new Set<string>();
  for (const e of file.entries) if (e.pinned && e.name) out.add(e.name);
  return out;
}
