/**
 * Finds, reads, validates and merges configuration for each linted file: config files found by walking up
 * from the file (nearest wins, `root: true` stops) or one given with `--config`, their `extends`, matching
 * `overrides`, `plugins`; a `.hadolint.yaml` stands in when there is no dlint config.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import type { Rule } from '../rule.js';
import type { Preset, Severity } from '../types.js';
import { fromHadolint, HADOLINT_FILES } from './hadolint.js';
import { importModule, isPathSpecifier, resolveModule } from './modules.js';
import { loadPlugin, type LoadedPlugin } from './plugins.js';
import { ConfigError, unknownRuleMessage, type RuleConfig } from './rule-settings.js';
import { loadPicomatch, loadYaml } from '../lazy-deps.js';
import { BUILTIN_RULES_KEY, CONFIG_KEY } from './precompiled-keys.js';
import { configSchema, formatErrors, loadConfigValidators, rulesSchema, validator } from './schema.js';
import type { DlintConfig, LabelKind, SharedConfig, ShellCheckMode } from './types.js';

/** Looked for in this order in each folder; the first one present is that folder's config. */
export const CONFIG_FILES = ['.dlintrc.json', '.dlintrc.yaml', '.dlintrc.yml', 'dlint.config.json', 'package.json'];
const PRESETS: readonly Preset[] = ['recommended', 'strict'];

/** One layer of settings, in the order layers apply (later wins). */
interface Piece {
  /** Display name of the file that wrote these settings. */
  source: string;
  /** Folder of that file: `plugins`, `extends` and `context` resolve from here. */
  dir: string;
  /** Folder that `overrides[].files` and `ignorePatterns` are relative to (the discovered config's folder). */
  baseDir: string;
  /** Key path of these settings in their file (`` or `overrides[2]`), for messages. */
  keyPath: string;
  values: SharedConfig;
  preset?: Preset;
  /** For overrides: which files the piece applies to. */
  match?: (relPath: string) => boolean;
  ignorePatterns?: string[];
  plugins?: string[];
}

interface Chain {
  pieces: Piece[];
  files: string[];
  plugins: LoadedPlugin[];
}

export interface ResolvedConfig {
  /** Config files that contributed, farthest first (display paths). */
  files: string[];
  preset: Preset;
  rules: Record<string, RuleConfig>;
  failureThreshold: Severity | 'none' | undefined;
  trustedRegistries: string[];
  trustedImages: string[];
  labelSchema: Record<string, LabelKind>;
  /** Absolute build context folder set by config, if any. */
  context: string | undefined;
  noInlineConfig: boolean;
  reportUnusedIgnores: boolean;
  shellcheck: ShellCheckMode;
  /** Absolute path of the `shellcheck` program set by config, if any. */
  shellcheckPath: string | undefined;
  /** True when `ignorePatterns` exclude the file. */
  ignored: boolean;
  plugins: LoadedPlugin[];
  /** The rules of the plugins (to run beside the built-in ones). */
  pluginRules: Rule[];
}

export interface ResolverOptions {
  cwd: string;
  /** `--config FILE`: use only this file (and what it extends); no search, no hadolint fallback. */
  configFile?: string;
  /** One-line notices for stderr (e.g. "using .hadolint.yaml"). */
  onNotice?: (message: string) => void;
}

type Parsed = { kind: 'dlint'; value: unknown } | { kind: 'hadolint'; value: unknown } | { kind: 'none' };

const HADOLINT_NAME = /^\.?hadolint\.ya?ml$/;

export class ConfigResolver {
  private readonly cwd: string;
  private readonly configFile: string | undefined;
  private readonly onNotice: (message: string) => void;
  private readonly chains = new Map<string, Promise<Chain>>();
  private readonly plugins = new Map<string, Promise<LoadedPlugin>>();
  private readonly noticed = new Set<string>();

  constructor(options: ResolverOptions) {
    this.cwd = options.cwd;
    this.configFile = options.configFile === undefined ? undefined : path.resolve(options.cwd, options.configFile);
    this.onNotice = options.onNotice ?? (() => {});
  }

  display(abs: string): string {
    const rel = path.relative(this.cwd, abs);
    return (rel === '' ? path.basename(abs) : rel).split(path.sep).join('/');
  }

  /**
   * The configuration for a Dockerfile. `file` is its absolute path, or null for stdin without a name
   * (then the config of `dir` applies and no `overrides` match).
   */
  async forFile(file: string | null, dir = file ? path.dirname(file) : this.cwd): Promise<ResolvedConfig> {
    const chain = await this.chain(path.resolve(dir));
    const out: ResolvedConfig = {
      files: chain.files,
      preset: 'recommended',
      rules: {},
      failureThreshold: undefined,
      trustedRegistries: [],
      trustedImages: [],
      labelSchema: {},
      context: undefined,
      noInlineConfig: false,
      reportUnusedIgnores: false,
      shellcheck: 'auto',
      shellcheckPath: undefined,
      ignored: false,
      plugins: chain.plugins,
      pluginRules: chain.plugins.flatMap((p) => p.rules),
    };
    for (const piece of chain.pieces) {
      const rel = file === null ? null : path.relative(piece.baseDir, file).split(path.sep).join('/');
      if (piece.match && (rel === null || !piece.match(rel))) continue;
      if (piece.preset) out.preset = piece.preset;
      if (piece.ignorePatterns && rel !== null && !rel.startsWith('../')) {
        for (const pattern of piece.ignorePatterns) {
          const negated = pattern.startsWith('!');
          if (ignoreMatcher(negated ? pattern.slice(1) : pattern)(rel)) out.ignored = !negated;
        }
      }
      const v = piece.values;
      for (const [id, entry] of Object.entries(v.rules ?? {})) out.rules[id] = mergeRule(out.rules[id], entry);
      if (v.failureThreshold !== undefined) out.failureThreshold = v.failureThreshold;
      // Lists accumulate (trust granted by a parent folder still holds); the label schema merges by label.
      if (v.trustedRegistries) out.trustedRegistries = unique([...out.trustedRegistries, ...v.trustedRegistries]);
      if (v.trustedImages) out.trustedImages = unique([...out.trustedImages, ...v.trustedImages]);
      if (v.labelSchema) out.labelSchema = { ...out.labelSchema, ...v.labelSchema };
      if (v.context !== undefined) out.context = path.resolve(piece.dir, v.context);
      if (v.noInlineConfig !== undefined) out.noInlineConfig = v.noInlineConfig;
      if (v.reportUnusedIgnores !== undefined) out.reportUnusedIgnores = v.reportUnusedIgnores;
      if (v.shellcheck !== undefined) out.shellcheck = v.shellcheck;
      if (v.shellcheckPath !== undefined) out.shellcheckPath = path.resolve(piece.dir, v.shellcheckPath);
    }
    return out;
  }

  private chain(dir: string): Promise<Chain> {
    const key = this.configFile ?? dir;
    let c = this.chains.get(key);
    if (!c) {
      c = this.buildChain(dir);
      this.chains.set(key, c);
    }
    return c;
  }

  private async buildChain(dir: string): Promise<Chain> {
    const pieces: Piece[] = [];
    const files: string[] = [];
    if (this.configFile) {
      const parsed = this.read(this.configFile, true);
      pieces.push(...(await this.expand(this.configFile, parsed, this.cwd, [])));
      files.push(this.display(this.configFile));
    } else {
      const found: [string, Parsed][] = [];
      for (let d = dir; ; d = path.dirname(d)) {
        const hit = this.findIn(d);
        if (hit) {
          found.unshift(hit);
          const value = hit[1].kind === 'dlint' ? hit[1].value : null;
          if (value && typeof value === 'object' && (value as DlintConfig).root === true) break;
        }
        if (path.dirname(d) === d) break;
      }
      for (const [file, parsed] of found) {
        pieces.push(...(await this.expand(file, parsed, path.dirname(file), [])));
        files.push(this.display(file));
      }
      if (found.length === 0) {
        const hadolint = findUp(dir, HADOLINT_FILES);
        if (hadolint) {
          pieces.push(...(await this.expand(hadolint, this.read(hadolint, true), path.dirname(hadolint), [])));
          files.push(this.display(hadolint));
        }
      }
    }
    const plugins = await this.loadPlugins(pieces);
    this.validateRules(pieces, plugins);
    return { pieces, files, plugins };
  }

  /** The config file of one folder, if any (`package.json` counts only with a `dlint` key). */
  private findIn(dir: string): [string, Parsed] | null {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      if (!isFile(file)) continue;
      const parsed = this.read(file, false);
      if (parsed.kind !== 'none') return [file, parsed];
    }
    return null;
  }

  private read(file: string, explicit: boolean): Parsed {
    const shown = this.display(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ConfigError(`${shown}: cannot read config file (${code === 'ENOENT' ? 'no such file' : code})`);
    }
    const base = path.basename(file);
    if (/\.ya?ml$/i.test(base)) {
      let value: unknown;
      try {
        value = loadYaml().parse(text);
      } catch (e) {
        const err = e as Error & { linePos?: { line: number; col: number }[] };
        const pos = err.linePos?.[0];
        throw new ConfigError(`${shown}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
      }
      return HADOLINT_NAME.test(base) ? { kind: 'hadolint', value } : { kind: 'dlint', value: value ?? {} };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const msg = (e as Error).message;
      const at = /at position (\d+)/.exec(msg);
      const where = at ? lineCol(text, Number(at[1])) : '';
      throw new ConfigError(`${shown}${where}: invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')}`);
    }
    if (base === 'package.json') {
      const dlint = value && typeof value === 'object' ? (value as { dlint?: unknown }).dlint : undefined;
      if (dlint === undefined) {
        if (explicit) throw new ConfigError(`${shown}: has no "dlint" key`);
        return { kind: 'none' };
      }
      return { kind: 'dlint', value: dlint };
    }
    return { kind: 'dlint', value };
  }

  /** The pieces of one config file: what it extends (in order), then itself, then its overrides. */
  private async expand(file: string, parsed: Parsed, baseDir: string, seen: string[]): Promise<Piece[]> {
    const shown = this.display(file);
    const dir = path.dirname(file);
    if (parsed.kind === 'hadolint') {
      const { config, notes } = fromHadolint(parsed.value, shown, builtinRules);
      if (!this.noticed.has(file)) {
        this.noticed.add(file);
        this.onNotice(`using hadolint config ${shown} (no dlint config found); \`dlint migrate\` converts it to .dlintrc.yaml${notes.length ? `; ${notes.join('; ')}` : ''}`);
      }
      return [{ source: shown, dir, baseDir, keyPath: '', values: config }];
    }
    if (parsed.kind === 'none') return [];
    const config = parsed.value;
    await loadConfigValidators();
    const check = validator(CONFIG_KEY, () => configSchema(null));
    if (!check(config)) throw new ConfigError(formatErrors(check.errors ?? [], { data: config }).map((l) => `${shown}: ${l}`).join('\n'));
    const c = config as DlintConfig;
    const pieces: Piece[] = [];
    const extendsList = c.extends === undefined ? [] : Array.isArray(c.extends) ? c.extends : [c.extends];
    for (const [i, spec] of extendsList.entries()) {
      const where = `${shown}: extends${Array.isArray(c.extends) ? `[${i}]` : ''}`;
      if ((PRESETS as readonly string[]).includes(spec)) {
        pieces.push({ source: shown, dir, baseDir, keyPath: '', values: {}, preset: spec as Preset });
        continue;
      }
      const target = resolveModule(spec, dir);
      if (!target) {
        throw new ConfigError(
          `${where}: cannot find "${spec}"${isPathSpecifier(spec) ? '' : ` (expected recommended, strict, a path starting with ./, or an installed npm package)`}`,
        );
      }
      if (seen.includes(target) || target === file) throw new ConfigError(`${where}: "${spec}" extends itself (cycle through ${[...seen, file, target].map((f) => this.display(f)).join(' → ')})`);
      pieces.push(...(await this.expand(target, await this.readExtended(target, where), baseDir, [...seen, file])));
    }
    const { rules, failureThreshold, trustedRegistries, trustedImages, context, labelSchema, noInlineConfig, reportUnusedIgnores, shellcheck, shellcheckPath } = c;
    pieces.push({
      source: shown,
      dir,
      baseDir,
      keyPath: '',
      values: { rules, failureThreshold, trustedRegistries, trustedImages, context, labelSchema, noInlineConfig, reportUnusedIgnores, shellcheck, shellcheckPath },
      ...(c.ignorePatterns ? { ignorePatterns: c.ignorePatterns } : {}),
      ...(c.plugins ? { plugins: c.plugins } : {}),
    });
    for (const [i, o] of (c.overrides ?? []).entries()) {
      const { files, excludedFiles, ...values } = o;
      const include = fileMatcher(files);
      const exclude = excludedFiles === undefined ? null : fileMatcher(excludedFiles);
      pieces.push({ source: shown, dir, baseDir, keyPath: `overrides[${i}]`, values, match: (rel) => include(rel) && !exclude?.(rel) });
    }
    return pieces;
  }

  /** An extended config: a JSON/YAML file, or a JS module (an npm package) whose default export is the config. */
  private async readExtended(file: string, where: string): Promise<Parsed> {
    if (/\.(c|m)?js$/.test(file)) {
      try {
        return { kind: 'dlint', value: await importModule(file) };
      } catch (e) {
        throw new ConfigError(`${where}: cannot load ${this.display(file)}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
    return this.read(file, true);
  }

  private async loadPlugins(pieces: Piece[]): Promise<LoadedPlugin[]> {
    const builtinIds = new Set(builtinRules.map((r) => r.meta.id));
    const owners = new Map<string, string>();
    const loaded: LoadedPlugin[] = [];
    for (const piece of pieces) {
      for (const [i, spec] of (piece.plugins ?? []).entries()) {
        const where = `${piece.source}: plugins[${i}]`;
        const key = `${piece.dir}\0${spec}`;
        let p = this.plugins.get(key);
        if (!p) {
          p = loadPlugin(spec, piece.dir, where, builtinIds);
          this.plugins.set(key, p);
        }
        const plugin = await p;
        if (loaded.some((l) => l.file === plugin.file)) continue;
        for (const r of plugin.rules) {
          const owner = owners.get(r.meta.id);
          if (owner) throw new ConfigError(`${where}: plugin "${spec}" defines rule "${r.meta.id}", which plugin "${owner}" already defines`);
          owners.set(r.meta.id, plugin.name);
        }
        loaded.push(plugin);
      }
    }
    return loaded;
  }

  /** Rule ids and options, checked once plugins are loaded (their rules are known only then). */
  private validateRules(pieces: Piece[], plugins: LoadedPlugin[]): void {
    if (!pieces.some((p) => p.values.rules)) return;
    const rules = [...builtinRules, ...plugins.flatMap((p) => p.rules)];
    const key = plugins.length ? `rules\0${plugins.map((p) => p.file).join('\0')}` : BUILTIN_RULES_KEY;
    const check = validator(key, () => rulesSchema(rules, false));
    const problems: string[] = [];
    for (const piece of pieces) {
      if (!piece.values.rules || check(piece.values.rules)) continue;
      const prefix = piece.keyPath ? `${piece.keyPath}.rules` : 'rules';
      for (const line of formatErrors(check.errors ?? [], {
        prefix,
        data: piece.values.rules,
        unknownKey: (id, _known, at) => (at === '' ? unknownRuleMessage(id, rules) : null),
      })) problems.push(`${piece.source}: ${line}`);
    }
    if (problems.length) throw new ConfigError([...new Set(problems)].join('\n'));
  }
}

/** A severity alone keeps options set by an earlier layer (as in ESLint). */
function mergeRule(prev: RuleConfig | undefined, next: RuleConfig): RuleConfig {
  if (typeof next === 'string' && Array.isArray(prev) && prev[1] !== undefined && next !== 'off') return [next, prev[1]];
  return next;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function findUp(dir: string, names: string[]): string | null {
  for (let d = dir; ; d = path.dirname(d)) {
    for (const n of names) if (isFile(path.join(d, n))) return path.join(d, n);
    if (path.dirname(d) === d) return null;
  }
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `:${before.length}:${before[before.length - 1]!.length + 1}`;
}

/** `files` globs: a pattern without `/` matches the file name at any depth. */
function fileMatcher(globs: string | string[]): (rel: string) => boolean {
  const list = (Array.isArray(globs) ? globs : [globs]).map((g) => loadPicomatch()(g.replace(/^\.\//, ''), { dot: true, basename: !g.includes('/') }));
  return (rel) => list.some((m) => m(rel));
}

/** `ignorePatterns` follow .gitignore: a pattern matches the file or one of its folders. */
function ignoreMatcher(pattern: string): (rel: string) => boolean {
  const p = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  const m = loadPicomatch()(p.replace(/^\//, ''), { dot: true, basename: !p.includes('/') });
  return (rel) => {
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) if (m(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}
