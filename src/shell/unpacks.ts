/** Folders an archive extraction fills: `tar -x [-C DIR]`, `curl … | tar -xz`, `unzip x.zip [-d DIR]`. */
import type { SimpleCommand, Word } from './types.js';
import { type Dir, resolveDir } from './workdir.js';

/**
 * The extractors, with the options that name the folder they fill (else the folder they run in) and the options that
 * make them list, test or print instead of extracting. tar extracts only with `-x` (`--extract`, `--get`, or `x` in
 * its first word: `tar xzf`); unzip extracts unless told to list (`-l`, `-v`, `-Z`), test (`-t`) or print (`-p`, `-c`).
 */
const EXTRACTORS: ReadonlyMap<string, { into: readonly string[]; extracts: (options: ReadonlySet<string>) => boolean }> = new Map(Object.entries({
  tar: { into: ['-C', '--directory'], extracts: (o: ReadonlySet<string>) => ['-x', '--extract', '--get'].some((x) => o.has(x)) },
  bsdtar: { into: ['-C', '--directory'], extracts: (o: ReadonlySet<string>) => o.has('-x') },
  unzip: { into: ['-d'], extracts: (o: ReadonlySet<string>) => !['-l', '-v', '-Z', '-t', '-p', '-c'].some((x) => o.has(x)) },
}));

export interface Unpacked {
  /** The folder the archive's content goes into. */
  dir: Dir;
  /** Named by the command (`-C DIR`, `-d DIR`), which makes or fills it; else the folder it ran in. */
  named: boolean;
  /** Named by an absolute path: where the command runs does not matter to it. */
  absolute: boolean;
}

/** The command extracts an archive (`tar -xf -`, `tar xz`, `unzip x.zip`), wherever it puts the files. */
export function extractsArchive(cmd: SimpleCommand): boolean {
  const extractor = cmd.name ? EXTRACTORS.get(cmd.name) : undefined;
  return !!extractor && extractor.extracts(tarOptions(cmd));
}

/** Where the command extracts an archive; null when it extracts none or the folder is a shell expansion. */
export function unpackedInto(cmd: SimpleCommand): Unpacked | null {
  const extractor = cmd.name ? EXTRACTORS.get(cmd.name) : undefined;
  if (!extractor || !extractor.extracts(tarOptions(cmd))) return null;
  const args = cmd.invocation.args;
  let target: Word | null = null;
  args.forEach((w, i) => {
    const glued = extractor.into.find((o) => (o.startsWith('--') ? w.value.startsWith(`${o}=`) : w.value.startsWith(o) && w.value.length > o.length));
    if (glued) target = w.literal ? { ...w, value: w.value.slice(glued.length + (glued.startsWith('--') ? 1 : 0)) } : null;
    else if (extractor.into.includes(w.value)) target = args[i + 1] ?? null;
  });
  if (target === null) return extractor.into.some((o) => args.some((w) => w.value === o || w.value.startsWith(o))) ? null : { dir: cmd.cwd, named: false, absolute: false };
  const word: Word = target;
  const dir = word.literal ? resolveDir(word.value, cmd.cwd) : null;
  return dir ? { dir, named: true, absolute: word.value.startsWith('/') } : null;
}

/** The options of a tar-like command, each letter of a short cluster apart, with the letters of a first word without dash (`tar xzf`). */
export function tarOptions(cmd: SimpleCommand): Set<string> {
  const names = new Set(cmd.invocation.options.map((o) => o.name));
  const first = cmd.args[0]?.value ?? '';
  if (/^[a-zA-Z]+$/.test(first)) for (const l of first) names.add(`-${l}`);
  return names;
}

/**
 * The archive a tar extracting or listing reads (`tar xzf F`, `tar -x -f F`, `--file=F`; `-` for stdin, also when no
 * `-f` names one), or the archive unzip extracts (its first operand), as written; null for other commands.
 */
export function archiveRead(cmd: SimpleCommand): string | null {
  if (cmd.name === 'unzip') return cmd.invocation.operands[0]?.value ?? null;
  if (cmd.name !== 'tar' && cmd.name !== 'bsdtar') return null;
  if (!['-x', '-t', '--extract', '--get', '--list'].some((o) => tarOptions(cmd).has(o))) return null;
  const args = cmd.args.map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--file=')) return a.slice('--file='.length);
    if (a === '--file') return args[i + 1] ?? null;
    const f = /^-[a-zA-Z]/.test(a) || (i === 0 && /^[a-zA-Z]+$/.test(a)) ? a.indexOf('f') : -1;
    // `-f x` (f last: the next word is the file) or `-fx` (the rest of the word is).
    if (f > 0 || (f === 0 && i === 0)) return a.slice(f + 1) || args[i + 1] || null;
  }
  return '-';
}
