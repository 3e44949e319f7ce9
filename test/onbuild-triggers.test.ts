import { describe, expect, it } from 'vitest';
import { fixLoop } from '../src/fix.js';
import { allRules, lint } from '../src/lint.js';
import { positions, ruleFindings, unpinnedPackages } from './helpers.js';

/** Every rule off but `ids`. */
const only = (...ids: string[]): Record<string, 'warning' | 'off'> =>
  Object.fromEntries(allRules().map((r) => [r.meta.id, ids.includes(r.meta.id) ? ('warning' as const) : ('off' as const)]));

describe('ONBUILD triggers: RUN, COPY and ADD rules apply to them (as hadolint does)', () => {
  const text = 'FROM debian:12\nONBUILD RUN apt-get install curl\nCMD ["bash"]\n';

  it('ONBUILD RUN apt-get install gets the apt findings at the trigger', () => {
    expect(positions(ruleFindings('apt-get-yes', text))).toEqual([[2, 21]]);
    expect(positions(unpinnedPackages(ruleFindings('apt-pin-versions', text)))).toEqual([[2, 29]]);
  });

  it('ONBUILD ADD of a local file gets copy-not-add at the trigger keyword', () => {
    expect(positions(ruleFindings('copy-not-add', 'FROM debian:12\nONBUILD ADD app.py /app/\n'))).toEqual([[2, 9]]);
  });

  it('--fix edits the trigger text', () => {
    const fixed = (source: string, ...ids: string[]): string =>
      fixLoop(source, '\n', 'Dockerfile', true, (t) => lint(t, { contextDir: null, preset: 'strict', rules: only(...ids) })).text;
    expect(fixed(text, 'apt-get-yes')).toBe('FROM debian:12\nONBUILD RUN apt-get install -y curl\nCMD ["bash"]\n');
    expect(fixed('FROM debian:12\nONBUILD add app.py /app/\n', 'copy-not-add')).toBe('FROM debian:12\nONBUILD copy app.py /app/\n');
  });
});

describe('ONBUILD triggers do not count for the stage', () => {
  it('ONBUILD CMD is not the stage CMD (cmd-present), nor a second CMD (single-cmd)', () => {
    expect(positions(ruleFindings('cmd-present', 'FROM python:3.12-slim\nCOPY app.py /app/\nONBUILD CMD ["python", "app.py"]\n'))).toEqual([[1, 1]]);
    expect(ruleFindings('single-cmd', 'FROM python:3.12-slim\nCMD ["a"]\nONBUILD CMD ["b"]\n')).toEqual([]);
  });

  it('ONBUILD USER does not make the image non-root', () => {
    expect(positions(ruleFindings('non-root-user', 'FROM python:3.12-slim\nONBUILD USER 10001\nCMD ["python"]\n'))).toEqual([[1, 1]]);
  });

  it('ONBUILD ENV does not define a variable for this image', () => {
    const findings = ruleFindings('undefined-var', 'FROM debian:12\nONBUILD ENV APP=/srv\nWORKDIR $APP\n');
    expect(positions(findings)).toEqual([[3, 9]]);
  });

  it('text rules see the ONBUILD line once, not its trigger again', () => {
    const source = 'ONBUILD RUN true\nFROM debian:12\nONBUILD ENV A 1\nONBUILD RUN a\nONBUILD RUN b \\\n\n  c\n';
    expect(positions(ruleFindings('from-first', source))).toEqual([[1, 1]]);
    expect(positions(ruleFindings('empty-continuation', source))).toEqual([[6, 1]]);
    // BuildKit reads a trigger's ENV only when a child image builds; consecutive triggers are not layers of this image.
    expect(ruleFindings('legacy-key-value', source)).toEqual([]);
    expect(ruleFindings('consecutive-run', source)).toEqual([]);
    expect(ruleFindings('instruction-casing', 'FROM debian:12\nONBUILD run true\n')).toEqual([]);
  });
});
