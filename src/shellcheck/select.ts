/** Which ShellCheck a file gets under its configuration (`shellcheck`, `shellcheckPath`), one per program per run. */
import { ConfigError } from '../config/rule-settings.js';
import type { ShellCheckMode } from '../config/types.js';
import { findShellCheck } from './binary.js';
import { ShellCheck } from './session.js';

export class ShellCheckSelector {
  private readonly byPath = new Map<string, ShellCheck | null>();
  private noticed = false;

  /** `keepResults`: the ShellChecks keep their results in the cache folder between runs (the CLI's). */
  constructor(
    private readonly onNotice: (message: string) => void = () => {},
    private readonly options: { keepResults?: boolean } = {},
  ) {}

  /** Null when off, or (`auto`) when no program is found: that is said once, on the notice channel. */
  select(mode: ShellCheckMode, configuredPath?: string): ShellCheck | null {
    if (mode === 'off') return null;
    const key = configuredPath ?? '';
    if (!this.byPath.has(key)) {
      const binary = findShellCheck(configuredPath);
      this.byPath.set(key, binary ? new ShellCheck(binary, this.options) : null);
    }
    const found = this.byPath.get(key)!;
    if (found) return found;
    const where = configuredPath ?? '`shellcheck` on PATH';
    if (mode === 'on') throw new ConfigError(`shellcheck: on, but ${where} is not a working ShellCheck; install it (e.g. apt-get install shellcheck) or set shellcheckPath`);
    if (!this.noticed) {
      this.noticed = true;
      this.onNotice(`ShellCheck not found (${where}): RUN shell is checked by dlint's own rules only; install shellcheck, or set \`shellcheck: off\` to silence this`);
    }
    return null;
  }

  /** The ShellChecks found so far (their `binary` and `processes`). */
  used(): ShellCheck[] {
    return [...this.byPath.values()].filter((s): s is ShellCheck => s !== null);
  }
}

