/**
 * `npm run knowledge:update -- --apt DIR`: what the packages people install with apt depend on and recommend, read
 * from the Packages indexes in DIR (one file a release and component, named `<release>-<component>.Packages`, as
 * the README of data/knowledge says how to download them), for APT_DEPENDENCIES_FILE. The seeds are the packages of
 * APT_SEEDS_FILE; the graph holds everything their Depends, Pre-Depends and Recommends reach, in any of the indexes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RefreshError } from './api.js';

export const APT_SEEDS_FILE = 'apt-install-seeds.txt';
export const APT_DEPENDENCIES_FILE = 'apt-dependencies.txt';

interface Control {
  depends: string[][];
  recommends: string[][];
  provides: string[];
  base: boolean;
}

/** `a (>= 1) | b:any, c` → [[a, b], [c]]. */
function relations(field: string | undefined): string[][] {
  if (!field) return [];
  return field.split(',').map((group) => group.split('|').map((alt) => alt.trim().replace(/[\s:(].*$/, '')).filter(Boolean)).filter((g) => g.length > 0);
}

function parseIndex(text: string): Map<string, Control> {
  const out = new Map<string, Control>();
  for (const para of text.split(/\n\n+/)) {
    const fields = new Map<string, string>();
    let last = '';
    for (const line of para.split('\n')) {
      if (/^\s/.test(line) && last) fields.set(last, `${fields.get(last)} ${line.trim()}`);
      else {
        const m = /^([\w-]+):\s*(.*)$/.exec(line);
        if (m) fields.set((last = m[1]!), m[2]!);
      }
    }
    const name = fields.get('Package');
    if (!name) continue;
    out.set(name, {
      depends: [...relations(fields.get('Pre-Depends')), ...relations(fields.get('Depends'))],
      recommends: relations(fields.get('Recommends')),
      provides: relations(fields.get('Provides')).flat(),
      // In every image of the release: Essential, or Priority required (what debootstrap's minbase variant installs).
      base: fields.get('Essential') === 'yes' || fields.get('Priority') === 'required',
    });
  }
  return out;
}

interface Release {
  name: string;
  packages: Map<string, Control>;
  providers: Map<string, string[]>;
}

/** The text of APT_DEPENDENCIES_FILE from the indexes in `dir` and the seed names. */
export function aptGraphFromIndexes(dir: string, seeds: readonly string[], day: string): string {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.Packages')).sort() : [];
  if (!files.length) throw new RefreshError(`${dir} holds no <release>-<component>.Packages file`);
  const byRelease = new Map<string, Release>();
  for (const file of files) {
    const release = file.replace(/-[^-]+\.Packages$/, '');
    const r = byRelease.get(release) ?? { name: release, packages: new Map(), providers: new Map() };
    for (const [name, control] of parseIndex(fs.readFileSync(path.join(dir, file), 'utf8'))) {
      r.packages.set(name, control);
      for (const p of control.provides) r.providers.set(p, [...(r.providers.get(p) ?? []), name]);
    }
    byRelease.set(release, r);
  }
  const releases = [...byRelease.values()];
  if (releases.some((r) => r.packages.size < 1000)) throw new RefreshError(`an index in ${dir} lists fewer than 1,000 packages`);
  // In the base image of every release: the Essential and required packages (what debootstrap's minbase variant
  // installs), apt, and what they depend on; installed wherever an install runs, their recommends long settled.
  const baseOf = (r: Release): Set<string> => {
    const out = new Set<string>();
    const todo = [...r.packages].filter(([name, c]) => c.base || name === 'apt').map(([name]) => name);
    while (todo.length) {
      const name = todo.pop()!;
      if (out.has(name)) continue;
      out.add(name);
      for (const group of r.packages.get(name)?.depends ?? []) {
        const to = group.find((n) => r.packages.has(n)) ?? group.map((n) => r.providers.get(n) ?? []).find((p) => p.length === 1)?.[0];
        if (to) todo.push(to);
      }
    }
    return out;
  };
  const bases = new Map(releases.map((r) => [r.name, baseOf(r)]));
  // In every release's base (listed once), and per release what only its base has (`libapt-pkg6.0t64` on noble).
  const [first, ...rest] = [...bases.values()];
  const base = new Set([...first!].filter((name) => rest.every((b) => b.has(name))));

  /** A relation's package in one release: the first alternative that is a package or the one provider of a virtual name; null when a base package satisfies it. */
  const resolve = (r: Release, group: readonly string[]): string | null | undefined => {
    const providersOf = (n: string): string[] => r.providers.get(n) ?? [];
    const own = bases.get(r.name)!;
    if (group.some((n) => own.has(n) || providersOf(n).some((p) => own.has(p)))) return null;
    for (const n of group) {
      if (r.packages.has(n)) return n;
      const providers = providersOf(n);
      if (providers.length === 1) return providers[0]!;
    }
    return undefined;
  };
  // Each package, and each of its relations, with the releases that have it.
  interface Node {
    releases: Set<string>;
    depends: Map<string, Set<string>>;
    recommends: Map<string, Set<string>>;
  }
  const add = (map: Map<string, Set<string>>, key: string, release: string): void => {
    map.set(key, (map.get(key) ?? new Set()).add(release));
  };
  const nodes = new Map<string, Node>();
  const stack = seeds.filter((s) => !base.has(s) && releases.some((r) => r.packages.has(s)));
  while (stack.length) {
    const name = stack.pop()!;
    if (nodes.has(name)) continue;
    const node: Node = { releases: new Set(), depends: new Map(), recommends: new Map() };
    nodes.set(name, node);
    for (const r of releases) {
      const control = r.packages.get(name);
      if (!control) continue;
      node.releases.add(r.name);
      for (const group of control.depends) {
        const to = resolve(r, group);
        // A virtual name with several providers: apt asks which; the graph cannot say what comes.
        if (to === undefined) add(node.depends, `?${group[0]}`, r.name);
        else if (to !== null) {
          add(node.depends, to, r.name);
          stack.push(to);
        }
      }
      for (const group of control.recommends) {
        const to = resolve(r, group);
        // One alternative already in the base image satisfies the recommendation: nothing comes.
        if (to === null) continue;
        // The package apt would take first, then every other that satisfies it (a virtual name's providers).
        const satisfying = [...new Set([...(to ? [to] : []), ...group.flatMap((n) => (r.packages.has(n) ? [n] : (r.providers.get(n) ?? [])))])];
        if (!satisfying.length) continue;
        add(node.recommends, satisfying.join('/'), r.name);
        if (to) stack.push(to);
      }
    }
  }
  // Only what can change the answer: a package that recommends something or depends (in some release) on one that
  // does or on an unknown virtual name, or that something recommends (installed, it satisfies the recommendation).
  // Every other known package is listed bare.
  const matters = new Set([...nodes].filter(([, n]) => n.recommends.size > 0 || [...n.depends.keys()].some((d) => d.startsWith('?'))).map(([name]) => name));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, n] of nodes)
      if (!matters.has(name) && [...n.depends.keys()].some((d) => matters.has(d))) {
        matters.add(name);
        grew = true;
      }
  }
  const recommended = new Set([...nodes.values()].flatMap((n) => [...n.recommends.keys()].flatMap((g) => g.split('/'))));
  // `name@jammy,noble`: only in those releases (of the package's own, for a relation).
  const tagged = (key: string, has: Set<string>, of: Set<string>): string => ([...of].every((r) => has.has(r)) ? key : `${key}@${[...has].sort().join(',')}`);
  const all = new Set(releases.map((r) => r.name));
  const lines = [...nodes]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, n]) => {
      const depends = [...n.depends].filter(([d]) => d.startsWith('?') || matters.has(d) || recommended.has(d)).map(([d, rs]) => tagged(d, rs, n.releases));
      const recommends = [...n.recommends].map(([g, rs]) => tagged(g, rs, n.releases));
      return `${tagged(name, n.releases, all)}:${depends.length ? ` ${depends.sort().join(' ')}` : ''}${recommends.length ? ` | ${recommends.sort().join(' ')}` : ''}`;
    });
  return [
    `# source: Packages indexes ${files.map((f) => f.replace(/\.Packages$/, '')).join(', ')} (amd64), read ${day}; seeds: ${APT_SEEDS_FILE}`,
    `# base: ${[...base].sort().join(' ')}`,
    ...[...bases].map(([name, b]) => `# base@${name}: ${[...b].filter((p) => !base.has(p)).sort().join(' ')}`),
    `# releases: ${[...all].join(' ')}`,
    '# <package>[@releases that have it]: <what it depends on[@releases]; ?name a virtual name with several providers> | <what it recommends, alternatives joined by /[@releases]>',
    ...lines,
    '',
  ].join('\n');
}
