import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';
import type { SimpleCommand } from '../src/shell/types.js';
import { installReaches, pipInstalls, pipRequirement } from '../src/shell/installs.js';
import { plainRange } from '../src/shell/source-map.js';

function commandsOf(dockerfile: string, index = 1): SimpleCommand[] {
  const model = buildModel('Dockerfile', dockerfile);
  return model.instructions[index]!.script!.commands;
}

const show = (cmds: SimpleCommand[]): string[] => cmds.map((c) => [c.name, ...c.args.map((a) => a.value)].join(' '));

describe('shell model', () => {
  it('joins continuations, drops comment lines inside them, keeps exact word positions', () => {
    const cmds = commandsOf('FROM debian:12\nRUN apt-get update \\\n  # why\n  && apt-get install -y curl\n');
    expect(show(cmds)).toEqual(['apt-get update', 'apt-get install -y curl']);
    expect(plainRange(cmds[1]!.args[2]!.range)).toEqual({ start: { line: 4, column: 25 }, end: { line: 4, column: 29 } });
  });

  it('sees commands in $(…) (before the command they feed), subshells, if/for bodies, sh -c bodies and behind sudo/xargs', () => {
    const run = 'RUN echo $(uname -m) && (cd /x && make) && if true; then sudo apt-get install -y a; fi && for f in *; do rm "$f"; done && sh -c "pip install b" && xargs -n1 pip install < req';
    const cmds = commandsOf(`FROM debian:12\n${run}\n`);
    expect(show(cmds)).toEqual([
      'uname -m',
      'echo $(uname -m)',
      'cd /x',
      'make',
      'true',
      'sudo apt-get install -y a',
      'apt-get install -y a',
      'rm $f',
      'sh -c pip install b',
      'pip install b',
      'xargs -n1 pip install',
      'pip install',
    ]);
    expect(cmds.find((c) => c.name === 'apt-get')!.wrappedBy).toBe('sudo');
    expect(cmds.find((c) => c.args[1]?.value === 'b')!.args[1]!.range.start).toEqual({ line: 2, column: run.indexOf('install b') + 9 });
  });

  it('reads a double-quoted sh -c script with variables in it, not one from a command substitution or a whole variable', () => {
    const cmds = commandsOf('FROM debian:12\nARG V=3.3\nRUN bash -l -c "rvm install ruby-${V} && rvm --default use ruby-$V"\n', 2);
    expect(show(cmds)).toEqual(['bash -l -c rvm install ruby-${V} && rvm --default use ruby-$V', 'rvm install ruby-${V}', 'rvm --default use ruby-$V']);
    expect(cmds[1]!.wrappedBy).toBe('bash');
    expect(cmds[1]!.args[1]!.range.start).toEqual({ line: 3, column: 'RUN bash -l -c "rvm install '.length + 1 });
    expect(show(commandsOf('FROM debian:12\nRUN bash -c "$(cat /tmp/s)" && sh -c "$SCRIPT"\n'))).toEqual(['cat /tmp/s', 'bash -c $(cat /tmp/s)', 'sh -c $SCRIPT']);
  });

  it('marks words with expansions as not literal, and removes quotes', () => {
    const [cmd] = commandsOf('FROM python:3.12\nRUN pip install "torch==${TORCH}" \'numpy==2.0\' a\\ b\n');
    expect(cmd!.args.map((a) => [a.value, a.literal, a.quoted])).toEqual([
      ['install', true, false],
      ['torch==${TORCH}', false, true],
      ['numpy==2.0', true, true],
      ['a b', true, false],
    ]);
  });

  it('knows where standard output is redirected to a file, not another descriptor nor a duplication', () => {
    const run = 'RUN a > out.tar && b 1>x 2>err && c &> all && d >> log 2>&1 && e 2>/dev/null && f >&2 && g < in > o1 > o2 && h 1>&- && i >| j';
    const cmds = commandsOf(`FROM debian:12\n${run}\n`);
    expect(cmds.map((c) => `${c.name}:${c.stdout?.value ?? '-'}`)).toEqual(['a:out.tar', 'b:x', 'c:all', 'd:log', 'e:-', 'f:-', 'g:o2', 'h:-', 'i:j']);
    // A here-document feeds standard input; the file after it takes the output.
    expect(commandsOf('FROM debian:12\nRUN <<EOF\ncat <<X > /etc/a.conf\nk=v\nX\nEOF\n')[0]!.stdout?.value).toBe('/etc/a.conf');
  });

  it('tracks pipelines and set -o pipefail', () => {
    const script = buildModel('D', 'FROM debian:12\nRUN curl x | tar xz && set -eo pipefail && wget -O- y | sh\n').instructions[1]!.script!;
    expect(script.pipelines.map((p) => [p.commands.map((c) => c.name), p.pipefail])).toEqual([
      [['curl', 'tar'], false],
      [['wget', 'sh'], true],
    ]);
  });

  it('names the variable a bare assignment gives a pipe\'s output to', () => {
    const script = buildModel('D', 'FROM debian:12\nRUN V="$(a | b)" && W=1 c "$(d | e)" && echo "$(f | g)"\n').instructions[1]!.script!;
    expect(script.pipelines.map((p) => [p.commands[0]!.name, p.assignedTo, p.statusDiscarded])).toEqual([
      ['a', 'V', false],
      ['d', null, true],
      ['f', null, true],
    ]);
  });

  it('marks a bare assignment followed by another statement of its list, whose status is only `$?` to the next one', () => {
    const unused = (run: string) => buildModel('D', `FROM debian:12\nRUN ${run}\n`).instructions[1]!.script!.pipelines.map((p) => [p.commands[0]!.name, p.assignmentStatusUnused]);
    expect(unused('A=$(a | b); B=$(c | d) && e; for x in y; do C=$(f | g); h; done; D=$(i | j)')).toEqual([['a', true], ['c', false], ['f', true], ['i', false]]);
    // The last statement of a loop body or group, an `if` or `while` condition, a `case` item, a negated one, with a command.
    expect(unused('for x in y; do h; A=$(a | b); done; if B=$(c | d); then :; fi; while C=$(e | f); do :; done; x')).toEqual([['a', false], ['c', false], ['e', false]]);
    expect(unused('case x in y) A=$(a | b);; esac; ! B=$(c | d); C=$(e | f) g; x')).toEqual([['a', false], ['c', false], ['e', false]]);
    // Each but the last statement of an `if` condition and body, of a group, of a `$(…)`.
    expect(unused('if A=$(a | b); true; then B=$(c | d); x; fi; { C=$(e | f); x; }; E="$(D=$(g | h); x)"')).toEqual([['a', true], ['c', true], ['e', true], ['g', true]]);
  });

  it('marks the pipes whose status a later `|| true` throws away, and not past a fallback that exits the shell', () => {
    const discarded = (run: string) => buildModel('D', `FROM debian:12\nRUN ${run}\n`).instructions[1]!.script!.pipelines.map((p) => [p.commands[0]!.name, p.statusDiscarded]);
    expect(discarded('a | b || true; c | d || :; e | f && g || echo skipped; h | i || exit 0')).toEqual([['a', true], ['c', true], ['e', true], ['h', true]]);
    expect(discarded('{ a | b; c | d; } || true; ( e | f || exit 1 ) || true; sh -c "g | h" || true')).toEqual([['a', true], ['c', true], ['e', true], ['g', true]]);
    // A real fallback, one that fails or exits, a discard followed by a failure, a pipe after the `||`.
    expect(discarded('a | b || c; d | e || exit 1; f | g || { echo no >&2; exit 1; }; h | i || echo no && exit 1; true || j | k')).toEqual([
      ['a', false], ['d', false], ['f', false], ['h', false], ['j', false],
    ]);
    // `exit` in a `{ …; }` group ends the shell: the `|| true` around the group does not catch it.
    expect(discarded('{ a | b || exit 1; } || true')).toEqual([['a', false]]);
  });

  it('parses heredoc bodies as the script, but not a heredoc fed to python', () => {
    const model = buildModel('D', 'FROM debian:12\nRUN <<EOF\nset -e\napt-get install -y vim\nEOF\nRUN python3 <<EOF\nimport os\nEOF\n');
    expect(show(model.instructions[1]!.script!.commands)).toEqual(['set -e', 'apt-get install -y vim']);
    expect(model.instructions[1]!.script!.commands[1]!.args[2]!.range.start).toEqual({ line: 4, column: 20 });
    expect(show(model.instructions[2]!.script!.commands)).toEqual(['python3']);
  });

  it('maps positions through non-ASCII text', () => {
    const [, cmd] = commandsOf('FROM debian:12\nRUN echo "héllo wörld" && apt-get install -y ß\n');
    expect(cmd!.args[2]!.value).toBe('ß');
    expect(cmd!.args[2]!.range.start).toEqual({ line: 2, column: 46 });
  });

  it('parses exec form and its sh -c script', () => {
    expect(show(commandsOf('FROM debian:12\nRUN ["/bin/bash", "-c", "apt-get install -y vim"]\n'))).toEqual([
      'bash -c apt-get install -y vim',
      'apt-get install -y vim',
    ]);
  });

  it('keeps an unparseable script as an error with its position, without commands', () => {
    const script = buildModel('D', 'FROM debian:12\nRUN echo "unterminated\n').instructions[1]!.script!;
    expect(script.commands).toEqual([]);
    expect(script.error?.message).toMatch(/closing quote/);
    expect(script.error?.range.start.line).toBe(2);
  });

  it('gives no script for Windows shells', () => {
    const model = buildModel('D', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command Get-ChildItem\n');
    expect(model.instructions[1]!.script).toBeNull();
    expect(model.instructions[1]!.run!.shellKind).toBe('cmd');
  });

  it('gives each command the commands whose success it needs: if/elif conditions and the commands before it in an && chain', () => {
    const run = 'RUN if [ -s req.txt ]; then pip install -r req.txt; elif ! [ -f b ]; then make b; else make c; fi; [ -f p ] && npm ci || npm i; a || b && c; d';
    const cmds = commandsOf(`FROM debian:12\n${run}\n`);
    const conditions = Object.fromEntries(cmds.map((c) => [show([c])[0], show([...c.runsIf])]));
    expect(conditions).toEqual({
      '[ -s req.txt ]': [],
      'pip install -r req.txt': ['[ -s req.txt ]'],
      '[ -f b ]': [],
      'make b': [],
      'make c': [],
      '[ -f p ]': [],
      'npm ci': ['[ -f p ]'],
      'npm i': [],
      a: [],
      b: [],
      c: [],
      d: [],
    });
  });

  it('gives each whole and-or operand what its failure runs after a `||`: an exit, a failing last operand at the top level, a success', () => {
    const orElse = (run: string) => Object.fromEntries(commandsOf(`FROM debian:12\nRUN ${run}\n`).filter((c) => c.name === '[').map((c) => [c.args[0]!.value, c.orElse]));
    expect(orElse('[ a ] || exit 1; [ b ] || { echo bad; exit 1; }; [ c ] && echo ok || (echo bad && exit 1); [ d ] || true; [ e ] && echo ok')).toEqual({ a: 'exits', b: 'exits', c: 'fails', d: 'succeeds', e: null });
    // A failing fallback fails a list the script's statement is only at its top level, and when nothing follows it.
    expect(orElse('{ [ a ] || false; echo x; }; if true; then [ b ] || false; fi; ( [ c ] || exit 1 ); [ d ] || false || true; [ e ] || false && echo y')).toEqual({ a: null, b: null, c: 'exits', d: null, e: null });
    // Not a command of a substitution in the operand, nor a negated one.
    expect(orElse('! [ a ] || exit 1; [ "$([ b ] && echo x)" ] || exit 1')).toEqual({ a: null, b: null, '$([ b ] && echo x)': 'exits' });
  });
});

describe('pip requirements and where an install lands', () => {
  it('reads the project and its extras from every spelling of a requirement', () => {
    const table: [string, string | null, string[]][] = [
      ['accelerate[testing,test_trackers,deepspeed] @ git+https://github.com/huggingface/accelerate', 'accelerate', ['testing', 'test_trackers', 'deepspeed']],
      ['Deep_Speed.X>=0.15; python_version>"3.8"', 'deep-speed-x', []],
      ['git+https://github.com/huggingface/diffusers.git@main#egg=diffusers[test]', 'diffusers', ['test']],
      ['git+https://github.com/microsoft/DeepSpeed', null, []],
      ['.[dev,test]', null, ['dev', 'test']],
      ['/tmp/pkg[cu13,dev]', null, ['cu13', 'dev']],
    ];
    for (const [word, name, extras] of table) expect(pipRequirement(word), word).toEqual({ name, extras });
  });
  it('follows a Python environment copied out of the stage that installs into it', () => {
    const reaches = (build: string, copy: string): boolean => {
      const model = buildModel('Dockerfile', `FROM python:3.12 AS b\n${build}\nFROM python:3.12-slim\nCOPY --from=b ${copy}\n`);
      return pipInstalls(model).every((i) => installReaches(model, i, model.finalStage!));
    };
    expect(reaches('RUN pip install --prefix=/install torch==2.5.1', '/install /usr/local')).toBe(true);
    expect(reaches('RUN pip install --user torch==2.5.1', '/root/.local /root/.local')).toBe(true);
    expect(reaches('ENV VIRTUAL_ENV=/opt/venv\nRUN pip install torch==2.5.1', '/opt/venv /opt/venv')).toBe(true);
    expect(reaches('RUN . /opt/venv/bin/activate && pip install torch==2.5.1', '/opt/venv /opt/venv')).toBe(true);
    expect(reaches('RUN pip install torch==2.5.1', '/usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages')).toBe(true);
    // Not the environment: a binary from the system prefix, wheels, another folder.
    expect(reaches('RUN pip install torch==2.5.1', '/usr/local/bin/tool /usr/local/bin/tool')).toBe(false);
    expect(reaches('RUN pip install --target /deps torch==2.5.1', '/wheels /wheels')).toBe(false);
    expect(reaches('RUN /opt/venv/bin/pip install torch==2.5.1', '/opt/other /opt/other')).toBe(false);
  });
});
