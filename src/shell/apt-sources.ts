/**
 * Which apt archives a stage's `apt-get install` reads, as far as the file says: the base image's own sources until a
 * RUN removes both `/etc/apt/sources.list` and what is under `/etc/apt/sources.list.d/`, plus the source files RUNs
 * write (`echo "deb … bullseye main" > /etc/apt/sources.list`, `… | tee /etc/apt/sources.list.d/x.list`). A source
 * file written any other way (copied, downloaded, edited with `sed`, `add-apt-repository`) has unknown suites, except a
 * `sed` that points it at the archive host of released-out suites (`old-releases.ubuntu.com`), which keeps them. Read
 * for the frozen archives an install takes its packages from, and for the keyrings (`signed-by=`) `apt-get update` checks.
 */
import { FactKey } from '../model/facts.js';
import type { Instruction, Stage } from '../model/types.js';
import { ARCHIVE_HOSTS, FLOATING_PPAS, REPOSITORY_PACKAGE } from '../knowledge/apt-repositories.js';
import { frozenSuiteRelease, isDistributionImage } from '../knowledge/frozen-releases.js';
import { isRollingAptSuite } from '../knowledge/rolling-releases.js';
import { isAcceleratorImage } from '../knowledge/gpu-images.js';
import { addsNoAptSource } from '../knowledge/base-packages.js';
import { optionValues } from './invocation.js';
import type { ShellScript, SimpleCommand, Word } from './types.js';

const LIST = '/etc/apt/sources.list';
const LIST_DIR = '/etc/apt/sources.list.d';

type Event =
  /** A source file pointed at the host a frozen release's archive moves to (`sed -i s/deb.debian.org/archive.debian.org/`). */
  | { kind: 'archive' }
  | { kind: 'remove-list' }
  | { kind: 'remove-dir' }
  | { kind: 'remove'; file: string }
  /**
   * `suites` null: the file's content is unknown; `keyrings`: the `signed-by=` files of its `deb` lines; `ppa`: the
   * Launchpad PPA `add-apt-repository` added (lower-cased `owner/name`).
   */
  | { kind: 'write'; file: string; suites: readonly string[] | null; keyrings: readonly string[]; edit?: boolean; ppa?: string };

interface Step {
  instruction: Instruction;
  command: SimpleCommand | null;
  events: Event[];
}

function isSourcesPath(p: string): boolean {
  return p === LIST || p.startsWith(`${LIST_DIR}/`) || p === LIST_DIR;
}

/**
 * The suites and `signed-by=` keyrings of the `deb` lines in a text (`deb [arch=amd64 signed-by=/k.gpg]
 * http://deb.debian.org/debian bullseye main` → bullseye, /k.gpg).
 */
function debLines(text: string): { suites: string[]; keyrings: string[] } {
  const suites: string[] = [];
  const keyrings: string[] = [];
  for (const line of text.split(/\\n|\n/)) {
    const options = /\[([^\]]*)\]/.exec(line)?.[1] ?? '';
    const words = line.trim().replace(/\[[^\]]*\]/, ' ').trim().split(/\s+/);
    if (words[0] !== 'deb') continue;
    if (words[2]) suites.push(words[2]);
    for (const o of options.split(/\s+/)) if (o.startsWith('signed-by=')) keyrings.push(...o.slice('signed-by='.length).split(','));
  }
  return { suites, keyrings };
}

/**
 * The suite a `deb` line names by `$(lsb_release -cs)`: the codename of the release the image runs, which
 * onlyFrozenAptSources reads as frozen when that release is; the other readers, as any suite they do not know.
 */
const BASE_CODENAME = '@codename';
const LSB_CODENAME = /\$\(\s*lsb_release\s+(?:-cs|-sc|-c\s+-s|-s\s+-c|--codename\s+--short|--short\s+--codename)\s*\)|`\s*lsb_release\s+(?:-cs|-sc|-c\s+-s|-s\s+-c)\s*`/g;

/** The text a word of a `deb` line gives (its value, `$(lsb_release -cs)` as BASE_CODENAME), or null when it holds another expansion. */
function debText(word: Word): string | null {
  if (word.literal) return word.value;
  if (!word.expansions?.some((e) => e.name === null && e.commands.some((c) => c.name === 'lsb_release'))) return null;
  const text = word.value.replace(LSB_CODENAME, BASE_CODENAME);
  return /[$`]/.test(text) ? null : text;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);

/**
 * A script the linter does not read, which may add a repository: a shell reading a downloaded one (`curl -fsSL
 * https://deb.nodesource.com/setup_20.x | bash -`) or a file (`bash setup.sh`, `./install.sh`); not `sh -c '…'`,
 * whose body is parsed.
 */
function runsScript(command: SimpleCommand): boolean {
  const name = command.name ?? '';
  if (SHELLS.has(name)) {
    const script = command.args.find((w) => !w.value.startsWith('-'));
    return !command.args.some((w) => /^-[a-z]*c/.test(w.value)) && !(script?.literal && isConfigureScript(script.value));
  }
  if (isConfigureScript(command.argv[0]!.value)) return false;
  return /\.sh$/.test(name) || (command.argv[0]!.literal && command.argv[0]!.value.startsWith('./'));
}

/**
 * A source tree's build configuration script (`./configure`, OpenSSL's `sh ./config`, ICU's `./runConfigureICU`,
 * `./autogen.sh`): it writes Makefiles, not apt sources. Not a setup script named otherwise (`./configure-repos.sh`).
 */
const CONFIGURE_SCRIPT = /^((run)?configure[A-Za-z]*|config|autogen\.sh|bootstrap(\.sh)?|buildconf)$/i;
function isConfigureScript(file: string): boolean {
  return CONFIGURE_SCRIPT.test(file.split('/').pop() ?? '');
}

/** What one command does to the apt sources. */
function commandEvents(command: SimpleCommand, script: ShellScript): Event[] {
  const name = command.name ?? '';
  const words = command.args.map((w) => (w.literal ? w.value : null));
  if (name === 'rm') {
    const recursive = command.args.some((w) => /^-[a-zA-Z]*[rR]/.test(w.value) || w.value === '--recursive');
    return words.flatMap((p): Event[] => {
      if (p === LIST) return [{ kind: 'remove-list' }];
      if (p === `${LIST_DIR}/*` || ((p === LIST_DIR || p === `${LIST_DIR}/`) && recursive)) return [{ kind: 'remove-dir' }];
      if (p?.startsWith(`${LIST_DIR}/`) && !/[*?[]/.test(p)) return [{ kind: 'remove', file: p }];
      return [];
    });
  }
  if (name === 'add-apt-repository' || name === 'apt-add-repository') {
    const ppa = command.args.find((w) => w.literal && /^ppa:[\w.-]+\/[\w.-]+$/i.test(w.value))?.value.slice(4).toLowerCase();
    // `add-apt-repository "deb [arch=amd64] https://download.docker.com/linux/debian $(lsb_release -cs) stable"`: its suites.
    const line = command.args.map(debText).find((t) => t !== null && /^\s*deb\s/.test(t));
    const lines = line ? debLines(line) : null;
    return [{ kind: 'write', file: `${LIST_DIR}/${name}`, suites: lines?.suites ?? null, keyrings: lines?.keyrings ?? [], ...(ppa ? { ppa } : {}) }];
  }
  if (runsScript(command)) return [{ kind: 'write', file: `${LIST_DIR}/${name}`, suites: null, keyrings: [] }];
  // A vendor's repository package (`dpkg -i packages-microsoft-prod.deb`, `apt-get install ./zabbix-release_….deb`)
  // installs a source list of the vendor's live repository.
  if ((name === 'dpkg' && command.args.some((w) => /^-[a-zA-Z]*i|^--install$/.test(w.value))) || ((name === 'apt-get' || name === 'apt') && command.args.some((w) => w.value === 'install'))) {
    const debs = command.args.filter((w) => REPOSITORY_PACKAGE.test(w.value));
    if (debs.length) return [{ kind: 'write', file: `${LIST_DIR}/${debs[0]!.value.split('/').pop()}`, suites: null, keyrings: [] }];
  }
  const targets = [...command.redirects, ...(name === 'tee' ? command.args : [])].filter((w) => isSourcesPath(w.value));
  if (name === 'echo' || name === 'printf' || name === 'tee') {
    // `echo`/`printf` writes its own words; `tee` what the pipeline's first command prints.
    let feeder: SimpleCommand | null = command;
    if (name === 'tee') {
      const pipeline = script.pipelines.find((p) => p.commands.includes(command));
      feeder = pipeline?.commands.indexOf(command) === 1 ? pipeline.commands[0]! : null;
    }
    // The words as the command reader resolved them (`echo "deb ${DEBIAN_MIRROR}"` with the ARG's default filled in);
    // one it could not know leaves the suites unknown.
    const words = feeder && (feeder.name === 'echo' || feeder.name === 'printf') ? feeder.invocation.operands.map(debText) : null;
    const printed = words && words.every((w) => w !== null) ? words.join(' ') : null;
    const lines = printed === null ? null : debLines(printed);
    return targets.map((w) => ({ kind: 'write', file: w.value, suites: lines?.suites ?? null, keyrings: lines?.keyrings ?? [] }));
  }
  // Pointed at the archive host a frozen release moved to (`sed -i 's/archive.ubuntu.com/old-releases.ubuntu.com/'`):
  // the file keeps its suites, and the release the image runs is frozen (those hosts serve no other).
  if (name === 'sed' && command.args.some((w) => ARCHIVE_HOSTS.test(w.value))) {
    const toArchive = sedProgram(command)?.some((e) => ARCHIVE_HOSTS.test(SED_REPLACEMENT.exec(e)?.[2] ?? ''));
    return toArchive && command.args.some((w) => isSourcesPath(w.value)) ? [{ kind: 'archive' }] : [];
  }
  // `sed -i '/stretch-updates/d' /etc/apt/sources.list` only deletes lines: it adds no suite.
  if (name === 'sed' && sedProgram(command)?.every((e) => SED_DELETE.test(e))) return [];
  // Written by a tool the linter does not read (`sed -i`, `cp`, `curl -o`, a here-document): suites unknown.
  if (READ_ONLY.has(name)) return [];
  const written = [...command.redirects, ...command.args].find((w) => isSourcesPath(w.value));
  // `sed -i`, `perl -pi` edit a file already there (a mirror switch): they add no repository.
  return written ? [{ kind: 'write', file: written.value, suites: null, keyrings: [], edit: name === 'sed' || name === 'perl' }] : [];
}

/** The replacement of a sed `s` command (`s|security.debian.org|archive.debian.org/debian-security/|g` → its second part). */
const SED_REPLACEMENT = /^s(.)(?:\\.|(?!\1).)*\1((?:\\.|(?!\1).)*)\1/;

/** A sed expression that only deletes the lines a regular expression matches (`/stretch-updates/d`). */
const SED_DELETE = /^\/(?:\\.|[^/\\])*\/I?\s*d$/;

/** The expressions of a sed command (`-e` values, else its first operand); null when a file holds them or none is known. */
function sedProgram(command: SimpleCommand): string[] | null {
  const inv = command.invocation;
  if (inv.opaqueOptions || inv.options.some((o) => o.name === '-f' || o.name === '--file')) return null;
  const given = inv.options.filter((o) => o.name === '-e' || o.name === '--expression').map((o) => o.value);
  const program = given.length ? given : [inv.operands[0]?.literal ? inv.operands[0].value : null];
  return program.length && program.every((e): e is string => typeof e === 'string') ? program : null;
}

/** Commands that name a sources path without writing it. */
const READ_ONLY = new Set(['cat', 'grep', 'ls', 'test', '[', 'mkdir', 'chmod', 'chown', 'stat', 'head', 'tail']);

const STEPS = new FactKey<readonly Step[]>();

/** The instructions and commands of the stage and the stages it is built on that change the apt sources, in order. */
function sourceSteps(stage: Stage): readonly Step[] {
  return stage.facts.get(STEPS, () => {
    const out: Step[] = [];
    for (const s of [...stage.lineage].reverse()) {
      for (const instruction of s.instructions) {
        const dest = instruction.copy?.dest?.value ?? '';
        if (dest.startsWith('/etc/apt/sources.list')) out.push({ instruction, command: null, events: [{ kind: 'write', file: dest, suites: null, keyrings: [] }] });
        const script = instruction.run?.script;
        if (!script) continue;
        for (const command of script.commands) {
          const events = commandEvents(command, script);
          if (events.length) out.push({ instruction, command, events });
        }
      }
    }
    return out;
  });
}

function before(step: Step, instruction: Instruction, command: SimpleCommand): boolean {
  if (step.instruction !== instruction) return step.instruction.index < instruction.index;
  const a = step.command!.range.start;
  const b = command.range.start;
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/**
 * The frozen release every apt source of the stage belongs to when `command` runs (the base image's sources removed,
 * each source file since written with `deb` lines of frozen suites only), or null.
 */
export function frozenAptSources(instruction: Instruction, command: SimpleCommand): string | null {
  return instruction.stage ? replacedByFrozen(sourcesIn(instruction.stage, { instruction, command })) : null;
}

function replacedByFrozen(sources: SourcesState): string | null {
  if (sources.base || sources.files.size === 0) return null;
  const releases: (string | null)[] = [];
  for (const { suites } of sources.files.values()) {
    if (suites === null) return null;
    releases.push(...suites.map(frozenSuiteRelease));
  }
  return releases.length > 0 && !releases.includes(null) ? releases[0]! : null;
}

/**
 * The frozen release every apt source of the stage belongs to when `command` runs, the base image's own sources
 * included: frozenAptSources, or the frozen release of a base whose sources are only its release's archive when every
 * source file the stage wrote names frozen suites only (a `sed` to the release's archive host keeps them). Such a base
 * is the distribution's own image (`ubuntu:14.10`, not `nvidia/cuda:…-ubuntu18.04`, which adds NVIDIA's live
 * repository), an Official Image built on buildpack-deps (`gcc:10.3.0-buster`: addsNoAptSource), or the project's
 * own image whose Dockerfile ends with only a frozen release's sources (`ownBaseFrozen`: OwnBaseImage.aptFrozen, from
 * finalFrozenAptSources). Null otherwise.
 */
export function onlyFrozenAptSources(instruction: Instruction, command: SimpleCommand, ownBaseFrozen: string | null = null): string | null {
  if (!instruction.stage) return null;
  return frozenSourcesOf(instruction.stage, sourcesIn(instruction.stage, { instruction, command }), ownBaseFrozen);
}

/**
 * onlyFrozenAptSources once the stage's last instruction has run: what an image built on it starts with (the frozen
 * release, or null when it may read a live or unknown source). Read for the project's own base images (own-base.ts).
 */
export function finalFrozenAptSources(stage: Stage, ownBaseFrozen: string | null): string | null {
  return frozenSourcesOf(stage, sourcesIn(stage, null), ownBaseFrozen);
}

function frozenSourcesOf(stage: Stage, sources: SourcesState, ownBaseFrozen: string | null): string | null {
  const replaced = replacedByFrozen(sources);
  const root = stage.rootImage;
  if (replaced) return replaced;
  // Only these bases have no sources beyond their release's archive (`nvidia/cuda` adds NVIDIA's live one), and only
  // as written: `FROM ${BASE_IMAGE}` may be given a vendor's image by the build.
  const clean = root.name && !root.raw.includes('$') && (isDistributionImage(root.name) || addsNoAptSource(root.name));
  const own = (clean ? root.frozenRelease : null) ?? ownBaseFrozen;
  // A stage that points its sources at the archive host of released-out suites builds only on a frozen release, whatever
  // image it is given (a live one is not on that host), unless its tag names a live one (`ubuntu:24.04`: the sed is
  // then wrong, not the release frozen); not an accelerator image either, whose vendor repository stays live.
  const live = !root.frozenRelease && (root.debianRelease !== null || !!root.floatingRelease?.pinned);
  const archived = sources.archived && !live && !(root.name && isAcceleratorImage(root.name)) ? (root.frozenRelease ?? 'a frozen release') : null;
  const release = own ?? archived;
  if (!release) return null;
  // `$(lsb_release -cs)` names the image's own release, frozen here.
  const frozen = (suite: string): boolean => suite.split(/[-/]/)[0] === BASE_CODENAME || frozenSuiteRelease(suite) !== null;
  return [...sources.files.values()].every((f) => f.suites !== null && f.suites.every(frozen)) ? release : null;
}

const ADDS = new FactKey<boolean>();

/**
 * The stage (with the stages it is built on) has added a repository that may be live by the time `command` runs: a
 * file under `/etc/apt/sources.list.d/` written (not edited with `sed`) with `deb` lines of a suite that is not a
 * frozen release's or that the linter cannot read (`$(lsb_release -cs)`), by `echo`/`tee`, `add-apt-repository`, a
 * setup script (NodeSource's), a vendor's repository package (`dpkg -i packages-microsoft-prod.deb`) or a download.
 * A package installed after it may come from there, where versions move on: a frozen base release says nothing of it.
 */
export function liveAptSourceAdded(instruction: Instruction, command: SimpleCommand): boolean {
  const stage = instruction.stage;
  // Once per stage: most stages add no repository, and then no install needs the walk of sourcesAt.
  if (!stage || !stage.facts.get(ADDS, () => sourceSteps(stage).some((s) => s.events.some(addsLive)))) return false;
  const live = (files: SourcesState['files'] | undefined): string[] =>
    [...(files?.entries() ?? [])].filter(([, f]) => f.added && (f.suites === null || f.suites.some((suite) => !frozenSuiteRelease(suite)))).map(([name]) => name);
  // Only a repository this RUN adds before the install: the install that follows it is what it was added for
  // (`… > azure-cli.list && apt-get update && apt-get install -y azure-cli`). A later RUN's `apt-get install libc-dev`
  // takes the distribution's package from the frozen archive, whatever other repositories the stage added earlier.
  const first = instruction.run?.script?.commands[0];
  const before = new Set(first ? live(sourcesAt(instruction, first)?.files) : []);
  return live(sourcesAt(instruction, command)?.files).some((name) => !before.has(name));
}

function addsLive(e: Event): boolean {
  return e.kind === 'write' && !e.edit && e.file.startsWith(`${LIST_DIR}/`) && (e.suites === null || e.suites.some((suite) => !frozenSuiteRelease(suite)));
}

/**
 * The stage installs from a rolling suite when `command` runs: a RUN wrote `/etc/apt/sources.list` with `deb` lines of
 * Debian's `testing` or `sid`/`unstable` only (dify-sandbox's `echo "deb http://deb.debian.org/debian testing main" >
 * /etc/apt/sources.list`), and every other source file it wrote names only such suites too. The base image's own
 * sources may stay: a rolling suite's builds are newer than a release's, so apt takes its packages from there.
 */
const ROLLS = new FactKey<boolean>();

export function rollingAptSources(instruction: Instruction, command: SimpleCommand): boolean {
  const stage = instruction.stage;
  // Once per stage: only a stage that writes a rolling suite into sources.list needs the walk of sourcesAt.
  if (!stage || !stage.facts.get(ROLLS, () => sourceSteps(stage).some((s) => s.events.some((e) => e.kind === 'write' && e.file === LIST && !!e.suites?.some(isRollingAptSuite))))) return false;
  const files = sourcesAt(instruction, command)?.files;
  if (!files?.get(LIST)?.suites?.length) return false;
  return [...files.values()].every((f) => f.suites !== null && f.suites.every(isRollingAptSuite));
}

/** The keyrings that the `deb` lines the stage wrote name with `signed-by=`, when `command` runs. */
export function aptKeyringsInUse(instruction: Instruction, command: SimpleCommand): Set<string> {
  return new Set([...(sourcesAt(instruction, command)?.files.values() ?? [])].flatMap((f) => f.keyrings));
}

/**
 * A source file the stage wrote by the time `command` runs names no `signed-by=` keyring (or has unknown lines:
 * `add-apt-repository`): `apt-get update` checks it with apt's global keys (`apt-key add`, `/etc/apt/trusted.gpg.d/`).
 */
export function aptSourceTrustsGlobalKeys(instruction: Instruction, command: SimpleCommand): boolean {
  return [...(sourcesAt(instruction, command)?.files.values() ?? [])].some((f) => !f.keyrings.length);
}

interface SourcesState {
  /** Some of the base image's own sources may still be there. */
  base: boolean;
  /** A source file was pointed at a frozen release's archive host (a `sed` to `archive.debian.org`): the image's release is frozen. */
  archived: boolean;
  /** The source files RUNs and COPYs wrote, by path. */
  files: Map<string, { suites: readonly string[] | null; keyrings: readonly string[]; added: boolean }>;
}

/** The apt sources when `at.command` of `at.instruction` runs (at the stage's end for null), as far as the stage's RUNs say. */
function sourcesIn(stage: Stage, at: { instruction: Instruction; command: SimpleCommand } | null): SourcesState {
  let list = true;
  let dir = true;
  let archived = false;
  const files: SourcesState['files'] = new Map();
  for (const step of sourceSteps(stage)) {
    if (at && !before(step, at.instruction, at.command)) break;
    for (const e of step.events) {
      if (e.kind === 'archive') archived = true;
      else if (e.kind === 'remove-list') {
        list = false;
        files.delete(LIST);
      } else if (e.kind === 'remove-dir') {
        dir = false;
        for (const f of [...files.keys()]) if (f.startsWith(`${LIST_DIR}/`)) files.delete(f);
      } else if (e.kind === 'remove') files.delete(e.file);
      else {
        // Appending or overwriting, the file holds at most what was written to it so far.
        const old = files.get(e.file) ?? { suites: [], keyrings: [], added: false };
        files.set(e.file, {
          suites: e.suites === null || old.suites === null ? null : [...old.suites, ...e.suites],
          keyrings: [...old.keyrings, ...e.keyrings],
          added: old.added || (!e.edit && e.file.startsWith(`${LIST_DIR}/`)),
        });
      }
    }
  }
  return { base: list || dir, archived, files };
}

/** The apt sources when `command` of `instruction` runs, as far as the stage's RUNs say. */
function sourcesAt(instruction: Instruction, command: SimpleCommand): SourcesState | null {
  return instruction.stage ? sourcesIn(instruction.stage, { instruction, command }) : null;
}

/** The frozen release an install's `-t`/`--target-release` names (`apt-get install -t bullseye …`), or null. */
export function frozenTargetRelease(command: SimpleCommand): string | null {
  const target = optionValues(command.invocation, '-t', '--target-release', '--default-release').at(-1)?.value;
  return target ? frozenSuiteRelease(target) : null;
}

const PPAS = new FactKey<ReadonlySet<string>>();

/** The Launchpad PPAs the stage and the stages it is built on add (`add-apt-repository ppa:deadsnakes/ppa`), lower-cased `owner/name`. */
function ppasAdded(stage: Stage): ReadonlySet<string> {
  return stage.facts.get(PPAS, () => new Set(sourceSteps(stage).flatMap((s) => s.events.flatMap((e) => (e.kind === 'write' && e.ppa ? [e.ppa] : [])))));
}

/** The package comes from a PPA of the stage (FLOATING_PPAS) whose index holds only its newest upload: no version can stay pinned. */
export function fromFloatingPpa(stage: Stage, name: string): boolean {
  const added = ppasAdded(stage);
  const release = stage.rootImage.debianRelease;
  return added.size > 0 && FLOATING_PPAS.some((p) => added.has(p.ppa) && p.packages.test(name) && !(release && p.notFor?.[release]?.test(name)));
}
