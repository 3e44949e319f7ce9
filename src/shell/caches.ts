/**
 * What the cache and size rules ask about package caches: which commands clean a cache, which cache mounts a RUN
 * has, which stages end up in the shipped image, and apt/yum settings written by earlier instructions. Which
 * commands install is the invocation reader's business (installs.ts).
 */
import { FactKey } from '../model/facts.js';
import { covers } from '../model/shipping.js';
import type { DockerfileModel, Instruction, Stage } from '../model/types.js';
import { processWord } from '../model/words.js';
import { expandsBraces } from '../shellcheck/dialect.js';
import { findExpression, findStartPoints } from './find.js';
import { hasOption, type Invocation } from './invocation.js';
import type { ShellScript, SimpleCommand } from './types.js';

/**
 * True when a `rm` (or `find … -delete`) in the RUN's script deletes a path the predicate accepts. Under a shell that
 * expands braces (bash, also as the Red Hat family's `/bin/sh`, and ksh) `rm -rf /var/lib/{apt,dpkg}` names both
 * folders; dash and BusyBox ash pass the word on as it is, and rm then deletes nothing.
 */
export function removesPath(instruction: Instruction, test: (path: string) => boolean): boolean {
  const script = instruction.run?.script;
  if (!script) return false;
  const braces = expandsBraces(instruction);
  // `rm -rf /var/lib/apt/` deletes the folder as `rm -rf /var/lib/apt` does.
  const deletes = (value: string) => (braces ? braceExpansions(value) : [value]).some((p) => test(p.length > 1 ? p.replace(/\/+$/, '') : p));
  for (const cmd of script.commands) {
    if (cmd.invocation.tool === 'rm' && cmd.invocation.operands.some((w) => deletes(w.value))) return true;
    // Each start point of `find /var/cache/apt/archives /var/lib/apt/lists -not -name lock -type f -delete`.
    if (cmd.name === 'find' && findExpression(cmd).some((w) => w.value === '-delete' || w.value === '-exec' || w.value === '-execdir') && findStartPoints(cmd).some((w) => deletes(w.value))) return true;
  }
  return false;
}

/**
 * `rm -rf OPERAND` deletes `target`: the operand names it or a folder above it (`/root/.cache` for `/root/.cache/pip`),
 * also through a pathname pattern (`rm -rf /root/.[acpw]*`, which removes `/root/.cache`; `/root/.cache/*`). `target` is absolute; an operand not absolute deletes nothing known.
 */
export function deletesTarget(operand: string, target: string): boolean {
  const parts = operand.replace(/(.)\/+$/, '$1').split('/');
  const goal = target.split('/');
  if (parts[0] !== '' || parts.length > goal.length) return false;
  return parts.every((part, i) => (/[*?[]/.test(part) ? globSegment(part).test(goal[i]!) : part === goal[i]));
}

/** A pathname pattern of one segment as sh matches it: `*`, `?`, `[…]` (`!` or `^` negating); a leading `.` only by a `.` written. */
function globSegment(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    const close = c === '[' ? segment.indexOf(']', i + 2) : -1;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (close > 0) {
      const body = segment.slice(i + 1, close);
      out += `[${/^[!^]/.test(body) ? `^${body.slice(1)}` : body}]`.replace(/\\/g, '\\\\');
      i = close;
    } else out += c.replace(/[.+^${}()|\]\\]/g, '\\$&');
  }
  return new RegExp(segment.startsWith('.') ? `^${out}$` : `^(?!\\.)${out}$`);
}

/** The words a bash brace expansion makes of `value` (`/a/{b,c}/d` → `/a/b/d`, `/a/c/d`); `value` alone when it has none. */
function braceExpansions(value: string): string[] {
  const open = value.indexOf('{');
  if (open < 0) return [value];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < value.length; i++) {
    const c = value[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      if (commas.length === 0) return [value];
      const parts = [open, ...commas, i].slice(0, -1).map((start, k) => value.slice(start + 1, [...commas, i][k]));
      const rest = value.slice(i + 1);
      return parts.flatMap((part) => braceExpansions(value.slice(0, open) + part + rest));
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [value];
}

/** A script of the image's own (`clean-layer.sh`, `/usr/local/bin/cleanup`) that we cannot read but that cleans. */
export function runsCleanupScript(script: ShellScript): boolean {
  return script.commands.some((cmd) => {
    if (!cmd.name) return false;
    if (/clean/i.test(cmd.name) && !cmd.name.includes('=')) return true;
    if (['sh', 'bash', 'dash', 'ash', 'zsh', 'source', '.'].includes(cmd.name)) {
      const file = cmd.invocation.operands[0];
      return !!file && /clean/i.test(file.value.split('/').pop() ?? '');
    }
    return false;
  });
}

/** True when a call of `tool` matches the predicate (`clean`, `all`). */
export function runsClean(script: ShellScript, tool: string, accepts: (inv: Invocation) => boolean): boolean {
  return script.commands.some((cmd) => cmd.invocation.tool === tool && accepts(cmd.invocation));
}

function normalizePath(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** The targets of the RUN's cache and tmpfs mounts (what never lands in the layer), variables resolved when known. */
export function cacheMountTargets(instruction: Instruction): string[] {
  const out: string[] = [];
  for (const m of instruction.run?.mounts ?? []) {
    if ((m.type !== 'cache' && m.type !== 'tmpfs') || !m.target) continue;
    const e = processWord(m.target, instruction.state.env);
    out.push(normalizePath(e.unresolved.length ? m.target : e.value));
  }
  return out;
}

/** The absolute link names of the RUN's `ln -s TARGET LINK` whose target lies in one of `dirs`. */
function linksInto(instruction: Instruction, dirs: readonly string[]): string[] {
  return (instruction.run?.script?.commands ?? []).flatMap((cmd) => {
    if (cmd.name !== 'ln' || !hasOption(cmd.invocation, '-s', '--symbolic')) return [];
    const [target, link, ...rest] = cmd.invocation.operands.map((w) => w.value);
    return target && link?.startsWith('/') && !rest.length && dirs.some((d) => covers(d, normalizePath(target))) ? [normalizePath(link)] : [];
  });
}

/**
 * A cache/tmpfs mount at one of `dirs`, inside one, or on a folder that holds one; or one of `dirs` (or a folder
 * holding it) linked into a mount by the RUN (`ln -s /pkg-cache /etc/apk/cache`): what the tool writes there lands in
 * the mount. A link inside one of `dirs` (`/var/cache/apt/archives`) leaves the rest of it in the layer.
 */
export function hasCacheMountOn(instruction: Instruction, dirs: readonly string[]): boolean {
  const targets = cacheMountTargets(instruction);
  if (targets.some((t) => dirs.some((d) => covers(t, normalizePath(d)) || (t !== '/' && t.split('/').length > 2 && covers(normalizePath(d), t))))) return true;
  return targets.length > 0 && linksInto(instruction, targets).some((l) => dirs.some((d) => covers(l, normalizePath(d))));
}

/**
 * The final stage and the stages it is built `FROM`: their layers are the final image. None of a fragment joined before
 * other files (shipFragmentStages), whose last stage is build-only.
 */
export function shippedChain(model: DockerfileModel): Stage[] {
  return (model.finalStage?.lineage ?? []).filter((s) => !s.buildOnly);
}

/**
 * True when what `stage` leaves in one of `dirs` reaches a built image (Stage.shippedPaths): the stage ships whole, or
 * a stage whose content ships takes from it a folder holding one of `dirs`, or inside one (or a folder `isRoot`
 * accepts, for caches whose location varies, like a conda install's `pkgs`).
 */
export function cacheShips(stage: Stage, dirs: readonly string[], isRoot?: (path: string) => boolean): boolean {
  return stage.shippedPaths.some((p) => dirs.some((d) => covers(p, normalizePath(d)) || covers(normalizePath(d), p)) || isRoot?.(p));
}

/** Instructions writing each setting, per model: found in one pass so that asking for every instruction stays linear. */
const SETTING_WRITERS = new FactKey<Map<RegExp, Instruction[]>>();

/**
 * True when an instruction before `instruction` in its stage chain writes a setting matching `setting`: an
 * `echo`/`printf` of it (`echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/…`) or a heredoc
 * holding it (`COPY <<EOF /etc/apt/apt.conf.d/…`); or, given the `command` that reads it, an `echo`/`printf` before
 * that command in the same `RUN`.
 */
export function settingWrittenBefore(model: DockerfileModel, instruction: Instruction, setting: RegExp, command?: SimpleCommand): boolean {
  const commands = instruction.run?.script?.commands ?? [];
  const at = command ? commands.indexOf(command) : -1;
  if (at > 0 && commands.slice(0, at).some((cmd) => echoesSetting(cmd, setting))) return true;
  if (!instruction.stage) return false;
  const chain = instruction.stage.lineage;
  return writersOf(model, setting).some((ins) => ins.index < instruction.index && ins.stage !== null && chain.includes(ins.stage));
}

function writersOf(model: DockerfileModel, setting: RegExp): Instruction[] {
  const bySetting = model.facts.get(SETTING_WRITERS, () => new Map());
  let writers = bySetting.get(setting);
  if (!writers) bySetting.set(setting, (writers = model.instructions.filter((ins) => writesSetting(ins, setting))));
  return writers;
}

function writesSetting(ins: Instruction, setting: RegExp): boolean {
  return (ins.run?.script?.commands ?? []).some((cmd) => echoesSetting(cmd, setting)) || ins.heredocs.some((h) => h.body !== null && setting.test(h.body.text));
}

function echoesSetting(cmd: SimpleCommand, setting: RegExp): boolean {
  return (cmd.name === 'echo' || cmd.name === 'printf') && setting.test(cmd.args.map((w) => w.value).join(' '));
}

/** A `RUN <<EOF` instruction (its script was written as a script on purpose). */
export function isHeredocRun(ins: Instruction): boolean {
  return ins.keyword === 'RUN' && ins.heredocs.length > 0;
}

/** The stage runs on Alpine or BusyBox, whose `wget` is the BusyBox applet (no dot-progress log, nothing to install). */
export function isBusyboxBase(stage: Stage): boolean {
  const name = stage.rootImage.name;
  if (!name) return false;
  return /(^|\/)(alpine|busybox)$/.test(name.familiar) || /(^|[-.])alpine/.test(name.tag ?? '');
}

/** The absolute targets of the RUN's `--mount=type=bind` mounts: what is written there stays out of the layer. */
export function bindMountTargets(instruction: Instruction): string[] {
  return (instruction.run?.mounts ?? []).flatMap((m) => {
    if (m.type !== 'bind' || !m.target) return [];
    const e = processWord(m.target, instruction.state.env);
    return e.unresolved.length ? [] : [normalizePath(e.value)];
  });
}
