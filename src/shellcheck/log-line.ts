/** The CLI's log line under CI: whether ShellCheck checked the files' shell, and which version. */
export function shellcheckLogLine(results: readonly { shellcheck: string | null; text: string | null }[]): string {
  const read = results.filter((r) => r.text !== null);
  const checked = read.filter((r) => r.shellcheck !== null);
  const versions = [...new Set(checked.map((r) => r.shellcheck))];
  if (checked.length === 0) return 'ShellCheck did not run (not found, turned off, or the shellcheck rule is off)';
  return `ShellCheck ${versions.join(', ')} checked the RUN shell of ${checked.length} of ${read.length} file${read.length === 1 ? '' : 's'}`;
}
