import type { Instruction } from '../src/model/types.js';
import { processWord } from '../src/model/words.js';
import { defineRule } from '../src/rule.js';
import { comparePositions } from '../src/shell/order.js';
import { hasFlag, positional, runInstructions } from '../src/shell/query.js';
import type { SimpleCommand, Word } from '../src/shell/types.js';

/**
 * A directory as the RUN's shell sees it: segments under a root. The root is `/`, `.` (the WORKDIR the RUN
 * starts in, when its value is unknown), or `?` (a directory the linter cannot name, e.g. after `cd "$(mktemp -d)"`).
 */
interface Dir {
  root: '/' | '.' | '?';
  segments: string[];
}

/** Places whose content is scratch space, never a project directory worth a WORKDIR. */
const TEMP_ROOTS = ['tmp', 'var/tmp', 'dev/shm'];
/** Commands after a `cd` that do not need the directory. */
const NEUTRAL = new Set(['cd', 'pushd', 'popd', 'exit', 'true', 'false', ':', 'return']);

export default defineRule({
  meta: {
    id: 'cd-in-run',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: '`cd` in `RUN` into a lasting directory to run the commands after it there (use `WORKDIR`).',
    docs: {
      why:
        'A `cd` only lasts until the end of its `RUN`, so the next `RUN`, `COPY` with a relative destination, `CMD` and `ENTRYPOINT` all start somewhere else, and every later step has to repeat it. `WORKDIR` sets the directory once for the rest of the stage (and creates it), and readers see where each step runs.\n\nTo stay useful on real Dockerfiles the rule reports a `cd` only when the commands after it run in a directory that stays in the image: a `cd` into `/tmp` or into a folder the same `RUN` deletes (download, build, `cd ..`, `rm -rf` the sources), or into a `--mount` target that exists only during the `RUN`, is the right tool and is not reported; nor a `cd` inside `( … )`, `$(…)`, a pipe or a `sh -c` child, `cd -`, `cd` into a directory named by a shell variable or `$(…)`, `pushd`/`popd`, or a final `cd` with nothing after it.',
      bad: 'COPY . /app\nRUN cd /app && pip install --no-cache-dir -e .',
      good: 'WORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -e .',
    },
    fixable: false,
    covers: ['DL3003'],
  },
  check({ model, report }) {
    for (const instruction of runInstructions(model)) {
      const cd = lastingCd(instruction);
      if (!cd) continue;
      const { word, dir } = cd;
      // WORKDIR expands ARG/ENV itself: keep a variable as written (its default may not be the value used).
      const where = !word.literal ? word.value : dir.root === '/' ? `/${dir.segments.join('/')}` : null;
      const already = dir.root === '/' && instruction.state.workdir !== null && samePath(instruction.state.workdir, `/${dir.segments.join('/')}`);
      report({
        range: cd.command.argv[0]!.range,
        message: already
          ? `\`cd ${word.value}\` is redundant: \`WORKDIR\` is already \`${instruction.state.workdir}\`; remove it.`
          : `\`cd ${word.value}\` only lasts for this RUN; set ${where ? `\`WORKDIR ${where}\`` : 'that directory with `WORKDIR`'} instead and run the commands there.`,
      });
    }
  },
});

interface Candidate {
  command: SimpleCommand;
  word: Word;
  dir: Dir;
}

/** The first main-shell `cd` whose directory is used by later commands, is not scratch space and is not deleted by the RUN. */
function lastingCd(instruction: Instruction): Candidate | null {
  const commands = [...instruction.run!.script!.commands].sort((a, b) => comparePositions(a.range.start, b.range.start));
  const env = instruction.state.env;
  const start: Dir = instruction.state.workdir?.startsWith('/') ? absolute(instruction.state.workdir) : { root: '.', segments: [] };
  let cwd: Dir = start;
  const stack: Dir[] = [];
  const candidates: Candidate[] = [];
  const removed: Dir[] = [];
  // Directories the script has been in: a relative `rm -rf pkg` written one `cd ..` off still shows a temporary build.
  const visited: Dir[] = [start];
  for (const command of commands) {
    const main = !command.subshell && command.wrappedBy === null;
    if (main && (command.name === 'cd' || command.name === 'pushd')) {
      const operands = positional(command);
      const word = operands[0];
      const target = word ? directoryOf(word, cwd, env) : null;
      if (command.name === 'pushd') stack.push(cwd);
      // A glob (`cd cmake-*`) is no WORKDIR: that is an unpacked download. Going back up (`cd ..`, back to
      // where the RUN started) ends a detour rather than starting one.
      const usable =
        target &&
        target.root !== '?' &&
        !isRoot(target) &&
        !target.segments.some((s) => /[*?[]/.test(s)) &&
        !((isWithin(cwd, target) || sameDir(target, start)) && !sameDir(cwd, start));
      if (command.name === 'cd' && word && usable) candidates.push({ command, word, dir: target });
      cwd = target ?? { root: '?', segments: [] };
      visited.push(cwd);
    } else if (main && command.name === 'popd') {
      cwd = stack.pop() ?? { root: '?', segments: [] };
    } else if (command.name === 'rm' && hasFlag(command, 'rR', '--recursive')) {
      for (const operand of positional(command)) {
        for (const base of [cwd, ...visited]) {
          const dir = directoryOf(operand, base, env);
          if (dir) removed.push(dir);
        }
      }
    }
  }
  // A `--mount` target exists only during this RUN: no WORKDIR can replace a cd into it.
  const mounts = instruction.run!.mounts.flatMap((m) => {
    const dir = m.target ? directoryOf({ value: m.target, literal: true, quoted: false, range: m.range }, start, env) : null;
    return dir ? [dir] : [];
  });
  for (const candidate of candidates) {
    const after = commands.some((c) => comparePositions(c.range.start, candidate.command.range.end) >= 0 && !NEUTRAL.has(c.name ?? ''));
    if (!after) continue;
    if (isTemp(candidate.dir) || mounts.some((m) => !isRoot(m) && isWithin(candidate.dir, m))) continue;
    if (removed.some((r) => covers(r, candidate.dir))) continue;
    return candidate;
  }
  return null;
}

function absolute(path: string): Dir {
  return normalize({ root: '/', segments: path.split('/') });
}

/** Resolves a `cd`/`rm` operand; null when it cannot be known (`-`, `~`, `$(…)`, a shell variable). */
function directoryOf(word: Word, cwd: Dir, env: ReadonlyMap<string, string | undefined>): Dir | null {
  let text = word.value;
  if (!word.literal) {
    // Only `$NAME`/`${NAME}` of ENV/ARG values the build knows; anything else is the script's own business.
    if (/[`(]/.test(text)) return null;
    const e = processWord(text, env);
    // `$1`, `$@` and other shell parameters are not Dockerfile variables either.
    if (e.variables.some((r) => !env.has(r.name)) || e.unresolved.length > 0 || e.value.includes('$')) return null;
    text = e.value;
  }
  if (text === '' || text === '-' || text.startsWith('~')) return null;
  if (text.startsWith('/')) return absolute(text);
  return normalize({ root: cwd.root, segments: [...cwd.segments, ...text.split('/')] });
}

function normalize(dir: Dir): Dir {
  const out: string[] = [];
  for (const s of dir.segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length > 0) out.pop();
      else if (dir.root !== '/') return { root: '?', segments: [] };
    } else out.push(s);
  }
  return { root: dir.root, segments: out };
}

/** `dir` is `parent` or inside it. */
function isWithin(dir: Dir, parent: Dir): boolean {
  return dir.root === parent.root && parent.segments.length <= dir.segments.length && parent.segments.every((s, i) => dir.segments[i] === s);
}

function sameDir(a: Dir, b: Dir): boolean {
  return isWithin(a, b) && a.segments.length === b.segments.length;
}

function isRoot(dir: Dir): boolean {
  return dir.root === '/' && dir.segments.length === 0;
}

function isTemp(dir: Dir): boolean {
  if (dir.root !== '/') return false;
  const path = dir.segments.join('/');
  return TEMP_ROOTS.some((t) => path === t || path.startsWith(`${t}/`));
}

/** The removed path is the directory or one of its parents (`rm -rf pkg-*` covers `pkg-1.2/build`). */
function covers(removed: Dir, dir: Dir): boolean {
  if (removed.root !== dir.root || removed.root === '?' || removed.segments.length === 0) return false;
  if (removed.segments.length > dir.segments.length) return false;
  return removed.segments.every((s, i) => globMatch(s, dir.segments[i]!));
}

function globMatch(pattern: string, name: string): boolean {
  if (!/[*?[]/.test(pattern)) return pattern === name;
  const re = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  try {
    return new RegExp(`^${re}$`).test(name);
  } catch {
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}
