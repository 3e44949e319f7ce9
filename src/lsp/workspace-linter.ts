/**
 * Lints open documents the way the CLI lints files: the configuration that applies to the document's
 * path (found on disk, merged, plugins loaded), the build context on disk, and the buffer's unsaved text.
 * Resolved configs and plugins stay cached until a config file changes (`reset`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigResolver } from '../config/load.js';
import { ConfigError } from '../config/rule-settings.js';
import { isDockerfilePath } from '../discover.js';
import { fileLintOptions } from '../lint-files.js';
import { lint, type LintOptions } from '../lint.js';
import type { Rule } from '../rule.js';
import { unusedIgnoreRule } from '../suppressions.js';
import type { Finding, Preset } from '../types.js';

export interface LintedDocument {
  uri: string;
  version: number;
  text: string;
  /** The path findings carry (absolute on disk; the URI for unsaved buffers). */
  filePath: string;
  findings: Finding[];
  /** Every rule that could report (plugins and `unused-ignore` included), for docs. */
  rules: Rule[];
  /** The options the findings came from, to lint fixed text the same way. */
  options: LintOptions;
}

export type LintOutcome =
  | { kind: 'linted'; result: LintedDocument }
  /** Not a Dockerfile, or excluded by `ignorePatterns`: nothing to publish. */
  | { kind: 'skipped' }
  | { kind: 'config-error'; error: ConfigError };

export interface WorkspaceLinterOptions {
  /** Workspace folder: config search for unsaved buffers starts here, and messages show paths from it. */
  root: string;
  /** Preset chosen in the editor's settings (wins over config files, as `--preset` does). */
  preset?: Preset;
  onNotice?: (message: string) => void;
}

/** The file system path of a `file:` URI, or null (e.g. `untitled:`). */
export function uriPath(uri: string): string | null {
  return uri.startsWith('file:') ? fileURLToPath(uri) : null;
}

export class WorkspaceLinter {
  private resolver: ConfigResolver;
  private readonly cache = new Map<string, LintedDocument>();
  /** Bumped by `reset`: a lint that started before a config change must not be published. */
  generation = 0;

  constructor(private readonly options: WorkspaceLinterOptions) {
    this.resolver = this.newResolver();
  }

  get root(): string {
    return this.options.root;
  }

  private newResolver(): ConfigResolver {
    return new ConfigResolver({ cwd: this.options.root, onNotice: this.options.onNotice });
  }

  /** A config file changed: forget every resolved config (and its plugins) and every result. */
  reset(): void {
    this.resolver = this.newResolver();
    this.cache.clear();
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  isDockerfile(doc: TextDocument): boolean {
    const file = uriPath(doc.uri);
    return doc.languageId === 'dockerfile' || (file !== null && isDockerfilePath(file));
  }

  /** The findings for the document's current text (cached per version). */
  async lint(doc: TextDocument): Promise<LintOutcome> {
    if (!this.isDockerfile(doc)) return { kind: 'skipped' };
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version) return { kind: 'linted', result: cached };
    const generation = this.generation;
    const abs = uriPath(doc.uri);
    let options: LintOptions;
    let rules: Rule[];
    try {
      const config = await this.resolver.forFile(abs, abs ? path.dirname(abs) : this.options.root);
      if (config.ignored) return { kind: 'skipped' };
      const eff = fileLintOptions(config, { preset: this.options.preset }, this.options.root, abs ?? doc.uri, abs);
      options = eff.lint;
      rules = [...eff.rules, unusedIgnoreRule];
    } catch (e) {
      if (e instanceof ConfigError) return { kind: 'config-error', error: e };
      throw e;
    }
    const text = doc.getText();
    const result: LintedDocument = { uri: doc.uri, version: doc.version, text, filePath: options.filePath!, findings: lint(text, options), rules, options };
    // A result computed under a config that has since changed is not kept.
    if (generation === this.generation) this.cache.set(doc.uri, result);
    return { kind: 'linted', result };
  }
}
