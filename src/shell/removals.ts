/**
 * Packages an install's own RUN removes again: build tools installed, used and purged in one layer
 * (`apt-get purge -y --auto-remove $BUILD_DEPS`; `apt-mark auto '.*'` then `apt-get purge --auto-remove`;
 * `apk add --virtual .build-deps …` then `apk del .build-deps`; `dnf remove`). Nothing of them ships, so neither
 * their versions nor their recommends matter. One reader for the pinning rules and apt-no-install-recommends.
 */
import { grammarOfTool } from '../knowledge/commands.js';
import { mayHoldSharedLibrary } from '../knowledge/shared-libraries.js';
import { wholeVariable } from './command.js';
import { hasOption, optionValue } from './invocation.js';
import { comparePositions } from './order.js';
import type { ShellScript, SimpleCommand, Word } from './types.js';

/** How a later command of the RUN removes a package of the install. */
export interface Removal {
  /** The packages that came only for it go too (`--auto-remove`, an `apk del` of its group): its recommends and dependencies leave with it. */
  withDependencies: boolean;
}

/** A package word as the removal commands name it: the version, architecture and release selectors cut off. */
export function packageName(tool: string, value: string): string {
  const name = value.split(/[=<>~@/]/)[0]!;
  return tool === 'apt' ? name.split(':')[0]! : name;
}

/** Asked by four rules for the same install commands. */
const cache = new WeakMap<SimpleCommand, ReadonlyMap<string, Removal>>();

/**
 * The packages of `install` (by packageName; words the linter cannot know by their text) that later commands of the
 * same script remove again, and how. A package something keeps (`apt-mark manual`, another `apk add` of it) is not in it.
 */
export function removedAgain(install: SimpleCommand, script: ShellScript): ReadonlyMap<string, Removal> {
  let out = cache.get(install);
  if (!out) cache.set(install, (out = readRemovals(install, script)));
  return out;
}

function readRemovals(install: SimpleCommand, script: ShellScript): ReadonlyMap<string, Removal> {
  const tool = install.invocation.tool;
  const removals = tool ? grammarOfTool(tool)?.packageRemovals : undefined;
  const out = new Map<string, Removal>();
  if (!tool || !removals || install.invocation.operands.length === 0) return out;
  const names = new Set(install.invocation.operands.map((w) => packageName(tool, w.value)));
  const after = script.commands.filter((c) => comparePositions(c.range.start, install.range.end) > 0);
  const removes = (c: SimpleCommand): boolean => c.invocation.tool === tool && !c.invocation.dryRun && removals.includes(c.invocation.subcommand ?? '');
  const scan: RemovalScan = { install, script, after, names, removes, out };
  if (tool === 'apt') readAptRemovals(scan);
  else if (tool === 'apk') readApkRemovals(scan);
  else
    for (const c of after) {
      if (!removes(c)) continue;
      for (const name of c.invocation.operands.map((w) => packageName(tool, w.value))) if (names.has(name)) out.set(name, { withDependencies: false });
    }
  return out;
}

/** One install read for later removals: the commands after it, the names it installs, and where the removals go. */
interface RemovalScan {
  install: SimpleCommand;
  script: ShellScript;
  after: readonly SimpleCommand[];
  names: ReadonlySet<string>;
  /** A command of the install's tool that removes packages. */
  removes: (c: SimpleCommand) => boolean;
  out: Map<string, Removal>;
}

/** What an `apt-mark manual` keeps of the packages marked automatic before it. */
type Kept = { names: Set<string>; libraries: boolean; all: boolean };

function readAptRemovals({ install, script, after, names, removes, out }: RemovalScan): void {
  // Packages marked automatic since the install (`*` for `apt-mark auto '.*'`), and what `apt-mark manual` took back.
  const marked = new Set<string>();
  const kept: Kept = { names: new Set(), libraries: false, all: false };
  for (const c of after) {
    if (c.name === 'apt-mark') {
      const [sub, ...words] = c.args;
      if (sub?.value === 'auto') for (const w of words) marked.add(w.value === '.*' ? '*' : packageName('apt', w.value));
      // `apt-mark showmanual | xargs apt-mark auto` (nginx's images): every manual package, as `apt-mark auto '.*'`.
      if (sub?.value === 'auto' && c.wrappedBy === 'xargs' && words.every((w) => w.value.startsWith('-'))) marked.add('*');
      if (sub?.value === 'manual') keepManual(c, words, install, script, kept);
      continue;
    }
    if (!removes(c)) continue;
    const auto = c.invocation.subcommand!.startsWith('auto') || hasOption(c.invocation, '--auto-remove', '--autoremove');
    for (const w of c.invocation.operands) {
      const name = packageName('apt', w.value);
      if (names.has(name)) out.set(name, { withDependencies: auto || out.get(name)?.withDependencies === true });
    }
    if (!auto || kept.all) continue;
    for (const name of names) {
      if (!marked.has('*') && !marked.has(name)) continue;
      if (kept.names.has(name) || (kept.libraries && mayHoldSharedLibrary(name))) continue;
      out.set(name, { withDependencies: true });
    }
  }
}

/**
 * `apt-mark manual` after `apt-mark auto`: named packages stay; a list piped in through `xargs` is docker-library's
 * `ldd | dpkg-query --search`, the libraries the built programs load; `$savedAptMark` read by `apt-mark showmanual`
 * before the install holds none of its packages; any other list may hold them all.
 */
function keepManual(c: SimpleCommand, words: readonly Word[], install: SimpleCommand, script: ShellScript, kept: Kept): void {
  if (c.wrappedBy === 'xargs' && words.every((w) => w.value.startsWith('-'))) kept.libraries = true;
  for (const w of words) {
    if (w.literal) kept.names.add(packageName('apt', w.value));
    else if (!savedBefore(wholeVariable(w), install, script)) kept.all = true;
  }
}

/** Every value the script gives `name` is `$(apt-mark showmanual)` run before the install: the packages manual until then. */
function savedBefore(name: string | null, install: SimpleCommand, script: ShellScript): boolean {
  const bindings = name === null ? [] : script.bindings.filter((b) => b.name === name);
  return (
    bindings.length > 0 &&
    bindings.every((b) =>
      b.value?.expansions?.some(
        (e) => e.commands.some((s) => s.name === 'apt-mark' && s.args[0]?.value === 'showmanual') && comparePositions(e.range.end, install.range.start) <= 0,
      ),
    )
  );
}

/** `-o APT::AutoRemove::RecommendsImportant=false` (or `=0`): an autoremove that no longer keeps packages only recommended. */
const RECOMMENDS_UNIMPORTANT = /^APT::AutoRemove::RecommendsImportant\s*=\s*"?(false|0|no|off)"?$/i;

/**
 * A later command of the install's RUN autoremoves with `RecommendsImportant=false`, and nothing between marks packages
 * manual: every package apt installed automatically goes, the recommends of the packages the install names included
 * (those named are manual and stay, but what they only recommend does not).
 */
export function autoremovesRecommends(install: SimpleCommand, script: ShellScript): boolean {
  if (install.invocation.tool !== 'apt') return false;
  const removals = grammarOfTool('apt')?.packageRemovals ?? [];
  for (const c of script.commands.filter((c) => comparePositions(c.range.start, install.range.end) > 0)) {
    if (c.name === 'apt-mark' && c.args[0]?.value === 'manual') return false;
    const inv = c.invocation;
    if (inv.tool !== 'apt' || inv.dryRun || !removals.includes(inv.subcommand ?? '')) continue;
    const auto = inv.subcommand!.startsWith('auto') || hasOption(inv, '--auto-remove', '--autoremove');
    if (auto && inv.options.some((o) => (o.name === '-o' || o.name === '--option') && RECOMMENDS_UNIMPORTANT.test(o.value ?? ''))) return true;
  }
  return false;
}

function readApkRemovals({ install, script, after, names, removes, out }: RemovalScan): void {
  const group = optionValue(install.invocation, '-t', '--virtual');
  const adds = script.commands.filter((c) => c !== install && c.invocation.tool === 'apk' && c.invocation.subcommand === 'add' && !c.invocation.dryRun);
  for (const c of after) {
    if (!removes(c)) continue;
    // Another `apk add` of the package before the delete puts it in the world file, so deleting this group leaves it;
    // one after the delete installs it again, and is an install of its own (nginx's `apk add curl` after `apk del .build-deps`).
    const addedElsewhere = new Set(
      adds.filter((a) => comparePositions(a.range.start, c.range.start) < 0).flatMap((a) => a.invocation.operands.filter((w) => w.literal).map((w) => packageName('apk', w.value))),
    );
    const deleted = new Set(c.invocation.operands.map((w) => packageName('apk', w.value)));
    // docker-library's `apk add --virtual .rundeps $runDeps` (or `| xargs apk add`: sonames from scanelf) before the delete keeps the libraries.
    const keepsLibraries = adds.some(
      (a) =>
        comparePositions(a.range.start, install.range.end) > 0 &&
        comparePositions(a.range.start, c.range.start) < 0 &&
        (a.wrappedBy === 'xargs' || a.invocation.operands.some((w) => !w.literal)),
    );
    for (const name of names) {
      if (!(deleted.has(name) || (group !== null && deleted.has(group)))) continue;
      if (addedElsewhere.has(name) || (keepsLibraries && mayHoldSharedLibrary(name))) continue;
      out.set(name, { withDependencies: true });
    }
  }
}

/**
 * The packages the command removes with a system package manager (`apt-get remove -y curl`, `apk del wget`, `dnf
 * remove`), by packageName, and whether it names some the linter cannot know by their text (`apt-get purge $DEPS`);
 * null when it removes none. One reading for the installed-package state of a stage and the rules.
 */
export function packagesRemoved(command: SimpleCommand): { tool: string; names: ReadonlySet<string>; unknown: boolean } | null {
  const inv = command.invocation;
  const tool = inv.tool;
  const removals = tool ? grammarOfTool(tool)?.packageRemovals : undefined;
  if (!tool || !removals || inv.dryRun || !removals.includes(inv.subcommand ?? '')) return null;
  return { tool, names: new Set(inv.operands.filter((w) => w.literal).map((w) => packageName(tool, w.value))), unknown: inv.operands.some((w) => !w.literal) };
}

/** The command removes the package `name` with a system package manager. */
export function removesPackage(command: SimpleCommand, name: string): boolean {
  return packagesRemoved(command)?.names.has(name) ?? false;
}
