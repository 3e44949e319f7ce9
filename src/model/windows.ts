/** Whether a stage builds a Windows image: from its base image's name, or from a Windows-only RUN shell. */
import type { BaseImage } from './types.js';

/** Windows base images: `mcr.microsoft.com/windows/…`, .NET Framework, and `nanoserver`/`servercore`/`ltsc` tags (digest-pinned too). */
const WINDOWS_IMAGE =
  /(^|[/:_.-])(windows|nanoserver|servercore|windowsservercore)([/:_.@-]|$)|ltsc20\d\d|mcr\.microsoft\.com\/(windows|dotnet\/framework)\//i;

export function isWindowsImage(image: BaseImage): boolean {
  // A tag the build passes (`mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}`) leaves the name to read as written.
  const text = image.resolved ?? image.raw.replace(/\$\{[^}]*\}|\$\w+/g, '');
  return WINDOWS_IMAGE.test(text);
}

/** `cmd` and Windows PowerShell exist only on Windows (`pwsh` also runs on Linux). */
export function isWindowsShell(shell: readonly string[]): boolean {
  const exe = (shell[0] ?? '').toLowerCase().split(/[\\/]/).pop()!.replace(/\.exe$/, '');
  return exe === 'cmd' || exe === 'powershell';
}
