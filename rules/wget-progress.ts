import { defineRule } from '../src/rule.js';
import { runInstructions } from '../src/shell/installs.js';
import { hasOption, type Invocation } from '../src/shell/invocation.js';
import { isBusyboxBase } from '../src/shell/caches.js';

/** wget's short options that take a value (`-O file`, `-qO-`); `-n` takes a letter (`-nv`, `-nc`). */
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
        if (cmd.invocation.tool !== 'wget' || cmd.invocation.opaqueOptions || quiet(cmd.invocation)) continue;
        report({
          range: cmd.argv[0]!.range,
          message: '`wget` prints a line of dots per 50 KB in a build; add `--progress=dot:giga` (or `-q` / `-nv`).',
        });
      }
    }
  },
});

/** True when the call logs little or to a file, or downloads nothing (`wget --version`). */
function quiet(inv: Invocation): boolean {
  const logsLittle = inv.options.some(
    (o) =>
      ['--progress', '--quiet', '--no-verbose', '--output-file', '--append-output', '--background', '-q', '-b', '-o', '-a'].includes(o.name) ||
      (o.name === '-n' && (o.value ?? '').startsWith('v')),
  );
  const downloads = inv.operands.length > 0 || hasOption(inv, '-i', '--input-file');
  return logsLittle || !downloads;
}
