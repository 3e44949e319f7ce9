import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';
import type { ShellScript } from '../src/shell/types.js';

/** The parsed script of the first RUN of a one-stage Dockerfile. */
function script(run: string, header = 'FROM debian:12\n'): ShellScript | null {
  const model = buildModel('Dockerfile', header + run);
  return model.instructions.find((i) => i.keyword === 'RUN')!.run!.script;
}

function names(s: ShellScript | null): (string | null)[] {
  return s!.commands.map((c) => c.name);
}

describe('subshell marking', () => {
  it('marks commands in ( … ), $(…), <(…), pipelines, background lists and sh -c bodies', () => {
    const s = script('RUN cd /a && (cd b && make) && echo $(pwd) | tee f && bash -c "cd /c" && sleep 1 &\nRUN x\n');
    const marks = s!.commands.map((c) => [c.name, c.subshell]);
    expect(marks).toEqual([
      ['cd', true],
      ['cd', true],
      ['make', true],
      ['pwd', true],
      ['echo', true],
      ['tee', true],
      ['bash', true],
      ['cd', true],
      ['sleep', true],
    ]);
  });
  it('leaves top-level commands, if/for bodies and wrapped commands in the main shell', () => {
    const s = script('RUN cd /a && if [ -f x ]; then sudo make; fi; for f in *; do rm "$f"; done\n');
    expect(s!.commands.map((c) => [c.name, c.subshell])).toEqual([
      ['cd', false],
      ['[', false],
      ['sudo', false],
      ['make', false],
      ['rm', false],
    ]);
  });
  it('treats the body of an exec-form shell as the main script', () => {
    const s = script('RUN ["/bin/sh", "-c", "cd /app && make"]\n');
    expect(s!.commands.filter((c) => c.name === 'cd').map((c) => c.subshell)).toEqual([false]);
  });
});

describe('wrappers', () => {
  it('does not unwrap `command -v`, which only looks a name up', () => {
    expect(names(script('RUN command -v ps && command -pv kill || true\n'))).toEqual(['command', 'command', 'true']);
  });
  it('still unwraps `command x`', () => {
    expect(names(script('RUN command ps aux\n'))).toEqual(['command', 'ps']);
  });
});

describe('pipefail', () => {
  it('is set for the body of an exec-form bash started with -o pipefail', () => {
    const s = script('RUN ["/bin/bash", "-o", "pipefail", "-c", "curl -fsSL https://x | tar xz"]\n');
    expect(s!.pipelines.map((p) => p.pipefail)).toEqual([true]);
    const plain = script('RUN ["/bin/bash", "-c", "curl -fsSL https://x | tar xz"]\n');
    expect(plain!.pipelines.map((p) => p.pipefail)).toEqual([false]);
  });
  it('is set for a sh -c body started with -eo pipefail or after an enclosing set -o pipefail', () => {
    expect(script('RUN bash -eo pipefail -c "a | b"\n')!.pipelines.map((p) => p.pipefail)).toEqual([true]);
    expect(script('RUN set -o pipefail && bash -c "a | b"\n')!.pipelines.map((p) => p.pipefail)).toEqual([true]);
    expect(script('RUN bash -c "a | b"\n')!.pipelines.map((p) => p.pipefail)).toEqual([false]);
  });
});

describe('shell kind', () => {
  it('parses RUN under a conda run / micromamba run SHELL as POSIX shell', () => {
    const s = script('RUN pip install x | tee log\n', 'FROM continuumio/miniconda3:24.1.2-0\nSHELL ["conda", "run", "-n", "app", "/bin/bash", "-c"]\n');
    expect(names(s)).toEqual(['pip', 'tee']);
  });
  it('gives no script under PowerShell', () => {
    expect(script('RUN Get-ChildItem | Out-Null\n', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\n')).toBeNull();
  });
});

describe('script extraction', () => {
  it('reads a <<- heredoc whose tab-indented shebang names another interpreter as not shell', () => {
    expect(script('RUN <<-EOF\n\t#!/usr/bin/awk -f\n\tBEGIN { print "x" }\nEOF\n')).toBeNull();
    expect(names(script('RUN <<-EOF\n\t#!/bin/sh\n\techo hi\nEOF\n'))).toEqual(['echo']);
  });
  it('gives no parse error when dockerfile-ast drops the heredocs after the first', () => {
    const s = script('RUN <<EOF 3<<IN awk -f -\nBEGIN { print 1 }\nEOF\n');
    expect(s!.error).toBeNull();
  });
  it('keeps real parse errors of heredoc scripts', () => {
    expect(script('RUN <<EOF\nif true; then echo x\nEOF\n')!.error?.message).toContain('if');
  });
  it('drops comment and blank lines inside continuations, with CRLF and the backtick escape', () => {
    expect(names(script('RUN echo a \\\r\n  # note\r\n\r\n  && echo b\r\n'))).toEqual(['echo', 'echo']);
    const model = buildModel('Dockerfile', '# escape=`\nFROM debian:12\nRUN echo a `\n  # note\n  && echo b\n');
    const s = model.instructions.find((i) => i.keyword === 'RUN')!.run!.script!;
    expect(s.error).toBeNull();
    expect(s.commands.map((c) => c.name)).toEqual(['echo', 'echo']);
  });
});

describe('hadolint shell pragma', () => {
  it('takes `# hadolint shell=powershell` as the RUN shell when the base image does not tell', () => {
    expect(script('RUN & C:/tools/install.ps1 -Force\n', '# hadolint shell=powershell\nFROM my-windows-base\n')).toBeNull();
    expect(names(script('RUN echo hi\n', '# hadolint shell=bash\nFROM debian:12\n'))).toEqual(['echo']);
  });
});
