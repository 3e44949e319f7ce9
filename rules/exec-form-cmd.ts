import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'exec-form-cmd',
    category: 'runtime',
    severity: 'warning',
    preset: 'recommended',
    description: '`CMD` or `ENTRYPOINT` in shell form.',
    docs: {
      why:
        'In shell form Docker runs `/bin/sh -c "…"`: the shell is PID 1, it does not forward `SIGTERM`, so `docker stop` waits 10 seconds and kills the app without a clean shutdown. Use the JSON (exec) form. A shell form that starts with `exec` hands PID 1 to the app and is accepted.',
      bad: 'CMD uvicorn app:app --host 0.0.0.0',
      good: 'CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]',
      fixSafety:
        'The fix rewrites the instruction into exec form only when every word is a plain literal (no variables, quotes-with-spaces, pipes or `&&`), so the command runs the same program with the same arguments.',
    },
    fixable: true,
    covers: ['DL3025', 'JSONArgsRecommended'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if ((ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') || ins.looksLikeJson || !ins.argsRange) continue;
      const script = ins.script;
      // No script: a Windows or other non-POSIX shell, where this advice does not apply.
      if (script === null) continue;
      const first = script.commands[0];
      if (first?.name === 'exec') continue;
      const simple =
        script.error === null &&
        script.commands.length === 1 &&
        script.pipelines.length === 0 &&
        first !== undefined &&
        first.wrappedBy === null &&
        first.assignments.length === 0 &&
        first.argv.every((w) => w.literal) &&
        ins.argsText.split('\n').length === 1 &&
        !/[;&|<>`$()]/.test(ins.argsText);
      report({
        range: ins.argsRange,
        message: `${ins.keyword} in shell form runs under \`/bin/sh -c\`, which does not pass signals to the app; use the exec form ${ins.keyword} ["…", "…"].`,
        ...(simple
          ? {
              fix: {
                description: `Rewrite ${ins.keyword} in exec form`,
                edits: [{ range: ins.argsRange, text: JSON.stringify(first.argv.map((w) => w.value)).replace(/","/g, '", "') }],
              },
            }
          : {}),
      });
    }
  },
});
