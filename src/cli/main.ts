/**
 * The command line: arguments → files → lint → report → exit code (0 clean, 1 findings, 2 usage/config/IO error).
 * The commands themselves (src/cli/commands.ts) load only once the arguments are read: --help, --version and a
 * mistake in the arguments need none of the linter.
 */
import { errorLines, parseCommandLine, UsageError, type CommandLine } from './args.js';
import { helpText } from './help.js';
import { VERSION } from '../version.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
  cwd: string;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The terminal's width, for --help. */
  columns?: number;
  /** Called when the command lints files (the launcher keeps the code cache of such a run only). */
  onLint?: () => void;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(errorLines(e.message));
    return 2;
  }
  if (line.kind === 'help') {
    io.stdout(helpText(line.command, io.columns));
    return 0;
  }
  if (line.kind === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const { run } = await import('./commands.js');
  return run(line.args, io);
}
