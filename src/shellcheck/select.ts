/** Which ShellCheck a file gets under its configuration (`shellcheck`, `shellcheckPath`), one per program per run. */
import { ConfigError } from '../config/rule-settings.js';
import type { ShellCheckMode } from '../config/types.js';
import { findShellCheck } from './binary.js';
import { ShellCheck } from './session.js';

export class ShellCheckSelector {
  private readonly byPath = new Map<string, ShellCheck | null>();
  private noticed = false;

  constructor(private readonly onNotice: (message: string) => void = () => {}) {}

  /** Null when off, or (`auto`) when no program is found: that is said once, on the notice channel. */
  select(mode: ShellCheckMode, configuredPath?: string): ShellCheck | null {
    if (mode === 'off') return null;
    const key = configuredPath ?? '';
    if (!this.byPath.has(key)) {
      const binary = findShellCheck(configuredPath);
      this.byPath.set(key, binary ? new ShellCheck(binary) : null);
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

  /** The ShellChecks that were found, for logs (`ShellCheck 0.9.0 at /usr/bin/shellcheck`). */
  used(): ShellCheck[] {
    return [...this.byPath.values()].filter((s): s is ShellCheck => s !== null);
  }
}

/** One log line: whether ShellCheck checked the files' shell, and which version (CI logs, the Action's step log). */
export function shellcheckLogLine(results: readonly { shellcheck: string | null; text: string | null }[]): string {
  const read = results.filter((r) => r.text !== null);
  const checked = read.filter((r) => r.shellcheck !== null);
  const versions = [...new Set(checked.map((r) => r.shellcheck))];
  if (checked.length === 0) return 'ShellCheck did not run (not found, turned off, or the shellcheck rule is off)';
  return `ShellCheck ${versions.join(', ')} checked the RUN shell of ${checked.length} of ${read.length} file${read.length === 1 ? '' : 's'}`;
}
