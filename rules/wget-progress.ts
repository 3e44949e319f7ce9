import { defineRule } from '../src/rule.js';
import { runInstructions } from '../src/shell/query.js';
import type { SimpleCommand } from '../src/shell/types.js';
import { isBusyboxBase, resolveArgs } from '../src/shell/package-managers.js';

/** wget's short options that take a value (`-O file`, `-qO-`); `-n` takes a letter (`-nv`, `-nc`). */
const VALUED_SHORT = new Set([...'OoaiBePtTwUQlARDIXYn']);

export default defineRule({
  meta: {
    id: 'wget-progress',
    category: 'size',
    severity: 'info',
    preset: 'strict',
    description: '`wget` without `--progress=…`, `-q` or `-nv`.',
    docs: {
      why:
        'When its output is not a terminal, as in a build, GNU wget prints its progress as lines of dots: a line per 50 KB, tens of thousands of lines for a model or toolkit download, which bloats build logs and CI output. `--progress=dot:giga` keeps a short progress report; `-q` or `-nv` drop it. Alpine and BusyBox images, whose `wget` is the BusyBox applet, are not reported.',
      bad: 'RUN wget https://example.com/model.tar.gz',
      good: 'RUN wget --progress=dot:giga https://example.com/model.tar.gz',
    },
    fixable: false,
    covers: ['DL3047'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      if (ins.stage && isBusyboxBase(ins.stage)) continue;
      for (const cmd of ins.run!.script!.commands) {
        if (cmd.name !== 'wget') continue;
        const { command, opaqueOptions } = resolveArgs(cmd, ins.state.env);
        if (opaqueOptions || quiet(command)) continue;
        report({
          range: cmd.argv[0]!.range,
          message: '`wget` prints a line of dots per 50 KB in a build; add `--progress=dot:giga` (or `-q` / `-nv`).',
        });
      }
    }
  },
});

/** True when the call logs little or to a file, or downloads nothing (`wget --version`). */
function quiet(cmd: SimpleCommand): boolean {
  let downloads = false;
  const args = cmd.args.map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const name = a.split('=')[0]!;
      if (['--progress', '--quiet', '--no-verbose', '--output-file', '--append-output', '--background'].includes(name)) return true;
      if (name === '--input-file') downloads = true;
      if (!a.includes('=') && LONG_VALUED.has(name)) i++;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const ch = a[k]!;
        if (ch === 'q' || ch === 'b') return true;
        if (!VALUED_SHORT.has(ch)) continue;
        const value = k + 1 < a.length ? a.slice(k + 1) : args[++i] ?? '';
        if (ch === 'n' && value.startsWith('v')) return true;
        if (ch === 'o' || ch === 'a') return true;
        if (ch === 'i') downloads = true;
        break;
      }
      continue;
    }
    downloads = true;
  }
  return !downloads;
}

const LONG_VALUED = new Set([
  '--output-document', '--directory-prefix', '--tries', '--timeout', '--wait', '--user-agent', '--header', '--user',
  '--password', '--http-user', '--http-password', '--post-data', '--post-file', '--load-cookies', '--save-cookies',
  '--ca-certificate', '--certificate', '--private-key', '--base', '--execute', '--level', '--accept', '--reject',
  '--domains', '--include-directories', '--exclude-directories', '--referer', '--method', '--body-data', '--body-file',
  '--ca-directory', '--limit-rate', '--quota', '--dns-timeout', '--connect-timeout', '--read-timeout', '--bind-address',
]);
