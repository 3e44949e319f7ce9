import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';
import { fixtureFindings, positions, readFixture, ruleFindings } from './helpers.js';

const bad = (id: string) => fixtureFindings(id, 'rules', id, 'bad.Dockerfile');
const good = (id: string, file = 'good.Dockerfile') => fixtureFindings(id, 'rules', id, file);

describe('model: build variables as BuildKit expands them', () => {
  const model = (text: string) => buildModel('Dockerfile', text);
  it('keeps single-quoted and escaped dollars literal in ENV', () => {
    const m = model("FROM alpine:3.20\nENV A='$Y' B=\"x $Z\" C=a\\$V\nENV D=$A\n");
    expect(m.stages[0]!.endState.env.get('A')).toBe('$Y');
    expect(m.stages[0]!.endState.env.get('C')).toBe('a$V');
    expect(m.stages[0]!.endState.env.get('D')).toBe('$Y');
    expect(m.instructions[1]!.expansions.map((e) => e.name)).toEqual(['Z']);
  });
  it('scopes global ARGs to FROM lines until re-declared; platform ARGs too', () => {
    const m = model('ARG V=1\nFROM alpine:3.20\nARG TARGETARCH\nENV X=$V\nARG V\nENV Y=$V\n');
    const env = m.stages[0]!.endState.env;
    // Not visible in the stage, and alpine sets no V: empty, as the build expands it; a base dlint does not know may set it.
    expect(env.get('X')).toBe('');
    expect(model('ARG V=1\nFROM acme/base:1\nENV X=$V\n').stages[0]!.endState.env.get('X')).toBeUndefined();
    expect(env.has('TARGETARCH')).toBe(true);
    expect(env.get('Y')).toBe('1');
    expect(model('FROM alpine:3.20\nRUN true\n').instructions[1]!.state.env.has('TARGETARCH')).toBe(false);
  });
  it('reads `ARG A B=2` as two ARGs and resolves ${X:-d}, ${X:+a}', () => {
    const m = model('FROM alpine:3.20\nARG A B=2\nENV C=${A:-d} D=${B:+set} E=${B:-d}\n');
    expect(m.instructions[1]!.properties.map((p) => [p.name, p.rawValue])).toEqual([['A', null], ['B', '2']]);
    expect(m.stages[0]!.endState.env.get('D')).toBe('set');
    expect(m.stages[0]!.endState.env.get('E')).toBe('2');
  });
  it('leaves shell-form RUN, CMD and heredoc bodies alone, and sees RUN --mount options', () => {
    const m = model('FROM alpine:3.20\nRUN --mount=type=cache,target=$C echo $SHELLVAR\nCMD echo $X\nCOPY <<EOF /a/$D\n$BODY\nEOF\n');
    expect(m.instructions.flatMap((i) => i.expansions.map((e) => e.name))).toEqual(['C', 'D']);
  });
  it('finds COPY operands on the instruction line, not in heredoc bodies', () => {
    const m = model('FROM alpine:3.20\nCOPY <<A <<B /dest/\na\nA\nb\nB\nCOPY ["x y", "/z/"]\n');
    expect(m.instructions[1]!.copy).toMatchObject({ heredocs: ['A', 'B'], sources: [], dest: { raw: '/dest/' } });
    expect(m.instructions[2]!.copy!.sources.map((s) => s.value)).toEqual(['x y']);
  });
  it('lists directive-shaped comments BuildKit ignores', () => {
    const m = model('# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\n# note\n# escape=`\nFROM alpine:3.20\n');
    expect(m.ignoredDirectives.map((d) => [d.name, d.range.start.line])).toEqual([['syntax', 2], ['escape', 4]]);
  });
});

describe('from-first', () => {
  it('leaves a fragment that a generator joins after a file with the FROM (`Dockerfile.in.julia`)', () => {
    const fragment = 'ENV JULIA_HOME=/opt/julia\nRUN make julia\n';
    expect(ruleFindings('from-first', fragment, { filePath: 'docker/Dockerfiles/Dockerfile.in.julia' })).toEqual([]);
    expect(ruleFindings('from-first', fragment, { filePath: 'docker/Dockerfile.julia' })).toHaveLength(1);
  });
  it('points at each instruction before FROM that is not ARG', () => {
    const f = bad('from-first');
    expect(positions(f)).toEqual([[3, 1], [4, 1]]);
    expect(f[0]!.message).toBe('`ENV` comes before the first `FROM`; only `ARG`, comments and parser directives may precede it, so move it into a stage.');
  });
  it('accepts ARGs, comments and directives before FROM', () => {
    expect(good('from-first')).toEqual([]);
  });
  it('reports a file without FROM once, and leaves a misspelt FROM to syntax-error', () => {
    expect(ruleFindings('from-first', 'RUN echo hi\nCMD ["sh"]\n')[0]!.message).toContain('has no `FROM`');
    expect(ruleFindings('from-first', 'FORM python:3.12\nRUN echo hi\n')).toEqual([]);
  });
});

describe('stage-name-unique', () => {
  it('flags a repeated name (any case) and a reserved name', () => {
    const f = bad('stage-name-unique');
    expect(positions(f)).toEqual([[4, 17], [7, 21]]);
    expect(f[0]!.message).toContain('already used by the stage at line 1');
    expect(f[1]!.message).toContain('`scratch` is a reserved stage name');
  });
  it('accepts distinct names, unnamed stages and scratch as an image', () => {
    expect(good('stage-name-unique')).toEqual([]);
  });
});

describe('copy-from-stage', () => {
  it('leaves a template\'s placeholders (`tmplv2.Dockerfile`), reports them in a Dockerfile', () => {
    const text = 'FROM scratch\nCOPY --from=traefik:${VERSION}-alpine /usr/local/bin/traefik /\n';
    expect(ruleFindings('copy-from-stage', text, { filePath: 'tmpl/scratch/tmplv2.Dockerfile' })).toEqual([]);
    expect(ruleFindings('copy-from-stage', text, { filePath: 'v3.7/scratch/Dockerfile' })).toHaveLength(1);
    expect(ruleFindings('undefined-var', 'FROM scratch\nLABEL version="$VERSION"\n', { filePath: 'tmpl/scratch/tmplv2.Dockerfile' })).toEqual([]);
  });
  it('flags itself, a typo, a bad index, an unknown name and a later stage', () => {
    const f = bad('copy-from-stage');
    expect(positions(f)).toEqual([[3, 13], [6, 13], [7, 13], [8, 13], [9, 5], [10, 13]]);
    expect(f[1]!.message).toContain('did you mean `builder`?');
    expect(f[2]!.message).toContain('stage index 5');
    expect(f[4]!.message).toContain('comes later');
    expect(f[0]!.range.end).toEqual({ line: 3, column: 20 });
    // A bare unknown name may be a named build context: a warning that says so; impossible references stay errors.
    expect(f.map((x) => x.severity)).toEqual(['error', 'warning', 'error', 'warning', 'error', 'warning']);
    expect(f[3]!.message).toContain('unless a build context of that name is passed (`--build-context assets=…`)');
  });
  it('accepts earlier stages by name (any case) or index, and images', () => {
    expect(good('copy-from-stage')).toEqual([]);
  });
  it('suggests the stage whose name holds the word before a near spelling', () => {
    const text = 'FROM alpine:3.20 AS test\nFROM alpine:3.20 AS license-set\nFROM scratch\nCOPY --from=set /out /\n';
    expect(ruleFindings('copy-from-stage', text)[0]!.message).toContain('did you mean `license-set`?');
  });
  it('explains that --from does not expand variables', () => {
    const f = ruleFindings('copy-from-stage', 'ARG B=builder\nFROM alpine:3.20 AS builder\nFROM alpine:3.20\nCOPY --from=$B /a /a\n');
    expect(f[0]!.message).toContain('does not expand variables');
  });
});

describe('undefined-var', () => {
  it('reports undeclared FROM args, global ARGs used in a stage, typos, platform ARGs, late declarations and empty defaults', () => {
    const f = bad('undefined-var');
    expect(positions(f)).toEqual([[3, 22], [4, 9], [5, 14], [5, 24], [6, 10], [7, 15], [8, 15], [11, 6], [13, 32]]);
    expect(f.map((x) => x.message)).toEqual([
      'FROM argument `VARIANT` is not declared; add `ARG VARIANT=<default>` before the first `FROM`.',
      '`$APP_DIR` is a global ARG, visible only in `FROM` lines; add `ARG APP_DIR` inside this stage to use it here.',
      '`$APP_USER` is not defined by any ARG or ENV in scope, so it expands to an empty string; declare it or fix the name.',
      '`$APP_USER` is not defined by any ARG or ENV in scope, so it expands to an empty string; declare it or fix the name.',
      '`$VIRTUAL_EN` is not defined by any ARG or ENV in scope, so it expands to an empty string; declare it or fix the name (did you mean `$VIRTUAL_ENV`?).',
      '`$TARGETARCH` is an automatic platform ARG, not visible in a stage until declared; add `ARG TARGETARCH` to this stage.',
      '`$VERSION` is used before its declaration at line 9, so it expands to an empty string here; declare it earlier.',
      'With the declared ARG defaults, `ubuntu:${BASE_TAG}` resolves to the invalid image name `ubuntu:`, so the build fails unless `--build-arg` is passed (BuildKit\'s InvalidDefaultArgInFrom check warns too); give the ARG a default.',
      "`$APP_DIR` is a global ARG that this stage does not re-declare, so it is empty in this RUN; add `ARG APP_DIR` after the stage's `FROM`.",
    ]);
    expect(f[4]!.range).toEqual({ start: { line: 6, column: 10 }, end: { line: 6, column: 21 } });
  });
  it('asks for a valid default when the declared one is a placeholder', () => {
    const [f] = ruleFindings('undefined-var', 'ARG BASE_IMG=<ubuntu>\nFROM $BASE_IMG\nCMD ["bash"]\n');
    expect(f!.message).toContain('resolves to the invalid image name `<ubuntu>`');
    expect(f!.message).toContain('give the ARG a default that makes a valid image reference.');
  });
  it('is silent on shell variables, defaults, quotes, escapes, base-image variables and inherited scopes', () => {
    expect(good('undefined-var')).toEqual([]);
  });
  it('takes a global ARG the base image\'s own ENV also sets as defined (postgres\' PG_MAJOR), not one it does not set', () => {
    const df = (use: string) => `ARG PG_MAJOR=18\nARG EXT=1\nFROM postgres:\${PG_MAJOR}-bookworm AS base\nRUN echo x\nFROM base AS test\n${use}\n`;
    expect(ruleFindings('undefined-var', df('ENV PG_MAJOR=${PG_MAJOR}'))).toEqual([]);
    expect(ruleFindings('undefined-var', df('ENV PGDATA_COPY=$PGDATA PG=$PG_VERSION'))).toEqual([]);
    expect(ruleFindings('undefined-var', df('ENV EXT=${EXT}')).map((f) => f.message)).toEqual(['`$EXT` is a global ARG, visible only in `FROM` lines; add `ARG EXT` inside this stage to use it here.']);
    // postgres sets these names, not every `PG_*`: a misspelt one is reported.
    expect(ruleFindings('undefined-var', df('ENV V=$PG_MAJORVERSION'))).toHaveLength(1);
  });
  it('reports only near misses on a base image whose environment is unknown', () => {
    expect(ruleFindings('undefined-var', 'FROM myorg/base:1.4\nENV A=$MYORG_HOME\n')).toEqual([]);
    expect(ruleFindings('undefined-var', 'FROM myorg/base:1.4\nENV APP_HOME=/app\nENV B=$APP_HOM/x\n')[0]!.message).toBe(
      '`$APP_HOM` is not defined in this Dockerfile; did you mean `$APP_HOME`?',
    );
  });
  it('knows the variables of official images and follows FROM <stage> to the root image', () => {
    expect(ruleFindings('undefined-var', 'FROM nginx:1.27 AS web\nFROM web\nENV V=$NGINX_VERSION\n')).toEqual([]);
    expect(ruleFindings('undefined-var', 'FROM golang:1.23\nENV P=$GOPATH/bin:$GOFLAGS\n')).toEqual([]);
    expect(positions(ruleFindings('undefined-var', 'FROM scratch\nCOPY app /app/$NAME\n'))).toEqual([[2, 15]]);
  });
  it('explains `ENV X=$X:…` on a base known not to set X', () => {
    const f = ruleFindings('undefined-var', 'FROM python:3.12-slim\nENV PYTHONPATH=$PYTHONPATH:/app\nENV PYTHONPATH=${PYTHONPATH}:/lib\n');
    expect(f.map((x) => x.message)).toEqual([
      '`$PYTHONPATH` is not set before this line, so `PYTHONPATH` gets an empty entry; drop `$PYTHONPATH` or write `${PYTHONPATH:+$PYTHONPATH:}` instead.',
    ]);
    expect(ruleFindings('undefined-var', 'FROM myorg/base:1\nENV PYTHONPATH=$PYTHONPATH:/app\n')).toEqual([]);
  });
  it('checks ARG defaults in a stage but leaves global ARG defaults alone, like BuildKit', () => {
    expect(positions(ruleFindings('undefined-var', 'ARG A=$NOPE\nFROM alpine:3.20\nARG B=$NOPE2\n'))).toEqual([[3, 7]]);
  });
});

describe('env-self-reference', () => {
  it('flags a reference to a name set in the same ENV', () => {
    const f = bad('env-self-reference');
    expect(positions(f)).toEqual([[2, 27], [4, 10]]);
    expect(f[0]!.message).toContain('`$APP_HOME` refers to `APP_HOME` set in this same ENV instruction');
  });
  it('accepts own previous values and names defined before', () => {
    expect(good('env-self-reference')).toEqual([]);
  });
  it('stays silent where the base image cannot be read: it may set the variable', () => {
    const env = 'ENV SPARK_HOME=/opt/spark PATH="$SPARK_HOME/bin:$PATH"\n';
    expect(ruleFindings('env-self-reference', `FROM Apache Spark 3.4.1\n${env}`)).toEqual([]);
    expect(ruleFindings('env-self-reference', `ARG BASE\nFROM \${BASE}\n${env}`)).toEqual([]);
    expect(positions(ruleFindings('env-self-reference', `FROM debian:12\n${env}`))).toEqual([[2, 33]]);
  });
});

describe('workdir-absolute', () => {
  it('flags the first relative WORKDIR of a stage', () => {
    const f = bad('workdir-absolute');
    expect(positions(f)).toEqual([[2, 9], [6, 9]]);
    expect(f[1]!.message).toContain('`/web`');
  });
  it('accepts later relative WORKDIRs, inherited ones, variables and Windows paths', () => {
    expect(good('workdir-absolute')).toEqual([]);
  });
});

describe('copy-relative-dest', () => {
  it('flags the first relative destination before any WORKDIR, once per stage, on bases that start at /', () => {
    const f = bad('copy-relative-dest');
    expect(positions(f)).toEqual([[2, 23]]);
    expect(f[0]!.range.end).toEqual({ line: 2, column: 24 });
    expect(f[0]!.message).toContain('`.` (and 1 more in this stage)');
  });
  it('accepts WORKDIR (also inherited), absolute and variable destinations, and bases with their own WORKDIR', () => {
    expect(good('copy-relative-dest')).toEqual([]);
    // Each independent stage of the fixture as the shipped one (only shipped stages are judged).
    const parts = readFixture('rules', 'copy-relative-dest', 'good.Dockerfile').split(/\n(?=FROM (?!base\b))/);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(ruleFindings('copy-relative-dest', `${part}\n`)).toEqual([]);
  });
  it('judges only the stages that ship: not builder stages copied from, nor scratch stages', () => {
    const at = (text: string) => positions(ruleFindings('copy-relative-dest', text));
    expect(at('FROM debian:12 AS build\nCOPY . .\nRUN make\nFROM debian:12\nCOPY --from=build /out/app /usr/local/bin/app\n')).toEqual([]);
    expect(at('FROM debian:12 AS build\nRUN make\nFROM scratch\nCOPY --from=build /out/ .\n')).toEqual([]);
    // The final stage and the stages it is built on ship.
    expect(at('FROM debian:12 AS base\nCOPY . .\nFROM base\nRUN make\n')).toEqual([[2, 8]]);
    // A stage nothing uses is a `--target` of its own: it ships.
    expect(at('FROM debian:12 AS full\nCOPY . .\nFROM debian:12 AS server\nWORKDIR /app\nCOPY . .\n')).toEqual([[2, 8]]);
  });
});

describe('copy-relative-dest: files in `/` on purpose', () => {
  const at = (text: string) => positions(ruleFindings('copy-relative-dest', text));
  it('is silent on one file that a later instruction uses at its place in `/`, not on one used by a relative name', () => {
    expect(at('FROM debian:12\nCOPY --from=build /out/svc .\nENTRYPOINT ["./svc"]\n')).toEqual([]);
    expect(at('FROM debian:12\nCOPY --from=build /out/file .\nRUN stat /file\n')).toEqual([]);
    expect(at('FROM debian:12\nCOPY --from=build /out/ .\nENTRYPOINT ["./svc"]\n')).toEqual([[2, 25]]);
    expect(at('FROM debian:12\nCOPY --from=build /out/svc .\nCMD ["svc"]\n')).toEqual([[2, 28]]);
  });
  it('reports the stage\'s one copy into `/` read there by its bare file name: hadolint\'s DL3045 case, no sign the file is meant for `/`', () => {
    expect(at('FROM python:3.11-slim\nCOPY requirements.txt .\nRUN uv pip install --system -r requirements.txt\n')).toEqual([[2, 23]]);
  });
  it('is silent on one file the image\'s command reads by its bare name from `/` (earthly\'s tests/docker), not on one only a RUN reads so', () => {
    expect(at('FROM alpine:3.18\n\nCOPY a.txt .\nRUN cat a.txt\nENTRYPOINT ["cat", "a.txt"]\n')).toEqual([]);
    expect(at('FROM python:3.12-slim\nCOPY app.py .\nCMD python app.py\n')).toEqual([]);
    // An exec-form CMD is all arguments of an exec-form ENTRYPOINT.
    expect(at('FROM python:3.12-slim\nCOPY app.py .\nENTRYPOINT ["python"]\nCMD ["app.py"]\n')).toEqual([]);
    // Read by a RUN only, a CMD overridden by a later one, the program's own name, a WORKDIR that moves the container's start, or a whole folder: reported.
    expect(at('FROM alpine:3.18\nCOPY a.txt .\nRUN cat a.txt\n')).toEqual([[2, 12]]);
    expect(at('FROM alpine:3.18\nCOPY a.txt .\nCMD ["cat", "a.txt"]\nCMD ["true"]\n')).toEqual([[2, 12]]);
    expect(at('FROM alpine:3.18\nCOPY a.txt .\nCMD ["a.txt"]\n')).toEqual([[2, 12]]);
    expect(at('FROM alpine:3.18\nCOPY a.txt .\nWORKDIR /srv\nCMD ["cat", "a.txt"]\n')).toEqual([[2, 12]]);
    expect(at('FROM python:3.12-slim\nCOPY . .\nCMD ["python", "app.py"]\n')).toEqual([[2, 8]]);
  });
  it('is silent on files a later RUN of the stage removes, not only the next one (pytorch/TensorRT)', () => {
    expect(at('FROM debian:12\nCOPY app.deb .\nRUN echo hi > /etc/motd\nRUN dpkg -i app.deb && rm app.deb\n')).toEqual([]);
    expect(at('FROM debian:12\nCOPY a-1.whl b-2.whl .\nRUN true\nRUN pip install *.whl && rm -f *.whl\n')).toEqual([]);
    // A folder from a builder whose files a later RUN installs and removes by one glob.
    const wheels = 'FROM python:3.12\nCOPY --from=build /src/dist/ .\nRUN curl -fsSLo /usr/local/bin/envsubst https://example.com/envsubst\n';
    expect(at(`${wheels}RUN pip install *.whl && rm -fr *.whl\n`)).toEqual([]);
    // Removed in part, removed elsewhere, or a glob only removed (what else the folder brought is unknown): reported.
    expect(at('FROM debian:12\nCOPY app.deb app.conf .\nRUN true\nRUN dpkg -i app.deb && rm app.deb\n')).toEqual([[2, 23]]);
    expect(at('FROM debian:12\nCOPY app.deb .\nRUN rm /tmp/app.deb\n')).toEqual([[2, 14]]);
    expect(at(`${wheels}RUN rm -fr *.whl\n`)).toEqual([[2, 30]]);
    expect(at('FROM python:3.12\nCOPY dist/ .\nRUN pip install *.whl && rm -fr *.whl\n')).toEqual([[2, 12]]);
  });
  it('is silent on a context of the Dockerfile alone when nothing reads the copy, not when a project is built from it', () => {
    expect(fixtureFindings('copy-relative-dest', 'rules', 'copy-relative-dest', 'lone-dockerfile', 'Dockerfile')).toEqual([]);
    expect(positions(fixtureFindings('copy-relative-dest', 'rules', 'copy-relative-dest', 'lone-dockerfile-project', 'Dockerfile'))).toEqual([[4, 8]]);
  });
});

describe('copy-multi-dest-slash', () => {
  it('flags several sources into a destination without a trailing slash, with a fix', () => {
    const f = bad('copy-multi-dest-slash');
    expect(positions(f)).toEqual([[2, 37], [3, 17], [4, 46]]);
    expect(f[0]!.fix?.edits).toEqual([{ range: { start: { line: 2, column: 41 }, end: { line: 2, column: 41 } }, text: '/' }]);
    expect(f[2]!.fix).toBeUndefined();
  });
  it('accepts directories, `.`, a single (wildcard) source and resolved variables', () => {
    expect(good('copy-multi-dest-slash')).toEqual([]);
  });
});

describe('expose-valid', () => {
  it('flags bad ports, ranges, protocols and host mappings with fitting severities', () => {
    const f = bad('expose-valid');
    expect(positions(f)).toEqual([[2, 8], [3, 8], [3, 16], [4, 8], [5, 8], [6, 8], [7, 8]]);
    expect(f.map((x) => x.severity)).toEqual(['error', 'warning', 'warning', 'style', 'error', 'error', 'error']);
    expect(f[1]!.message).toContain('write `80`');
  });
  it('accepts ports, ranges, protocols and variables', () => {
    expect(good('expose-valid')).toEqual([]);
  });
  it('checks a port once its variable is known', () => {
    expect(positions(ruleFindings('expose-valid', 'FROM alpine:3.20\nENV PORT=99999\nEXPOSE $PORT\n'))).toEqual([[3, 8]]);
  });
});

describe('maintainer-deprecated', () => {
  it('flags MAINTAINER with a LABEL fix', () => {
    const f = bad('maintainer-deprecated');
    expect(positions(f)).toEqual([[2, 1]]);
    expect(f[0]!.fix?.edits[0]!.text).toBe('LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"');
  });
  it('ignores the word elsewhere', () => {
    expect(good('maintainer-deprecated')).toEqual([]);
  });
});

describe('instruction-casing', () => {
  it('flags keywords off the majority case, `as` casing and upper-case stage names, with fixes', () => {
    const f = bad('instruction-casing');
    expect(positions(f)).toEqual([[1, 23], [1, 26], [2, 1], [3, 1]]);
    expect(f.map((x) => x.fix?.edits[0]!.text)).toEqual(['AS', 'builder', 'RUN', 'COPY']);
  });
  it('accepts a consistently lower-case file', () => {
    expect(good('instruction-casing')).toEqual([]);
  });
});

describe('legacy-key-value', () => {
  it('flags `ENV key value` and `LABEL key value` with a fix', () => {
    const f = bad('legacy-key-value');
    expect(positions(f)).toEqual([[2, 5], [3, 7], [4, 5], [5, 7]]);
    expect(f.map((x) => x.fix?.edits[0]!.text)).toEqual(['PYTHONUNBUFFERED=1', 'description="Inference server"', undefined, 'version="1.0"']);
    expect(f[2]!.message).toContain('`ENV MSG="hello world"`');
  });
  it('explains `LABEL k = "v"`: the value starts with `= `; the fix to k="v" is unsafe', () => {
    const [f] = ruleFindings('legacy-key-value', 'FROM debian:12\nLABEL k = "v"\n');
    expect(f!.message).toContain('starts with `= `');
    expect(f!.message).toContain('`LABEL k="v"`');
    expect(f!.message).not.toContain('= "v""');
    expect(f!.fix).toMatchObject({ safe: false, edits: [{ text: 'k="v"' }] });
  });
  it('accepts key=value, empty values and ARG lists', () => {
    expect(good('legacy-key-value')).toEqual([]);
  });
});

describe('empty-continuation', () => {
  it('flags blank continuation lines, and explains a swallowed instruction', () => {
    const f = bad('empty-continuation');
    expect(positions(f)).toEqual([[3, 1], [8, 1], [11, 1]]);
    expect(f[2]!.message).toContain('line 13 (`RUN`) becomes part of it');
    expect(f[0]!.fix?.edits.map((e) => e.range.start.line)).toEqual([3, 5]);
    expect(f[1]!.message).toContain('line 9 (`COPY`) becomes part of it');
    expect(f[1]!.fix).toBeUndefined();
  });
  it('accepts comment lines in continuations and blank lines in heredocs', () => {
    expect(good('empty-continuation')).toEqual([]);
  });
});

describe('onbuild-invalid', () => {
  it('flags ONBUILD ONBUILD, FROM and MAINTAINER triggers at the trigger', () => {
    expect(positions(bad('onbuild-invalid'))).toEqual([[2, 9], [3, 9], [4, 9]]);
  });
  it('accepts ordinary triggers', () => {
    expect(good('onbuild-invalid')).toEqual([]);
  });
});

describe('single-cmd', () => {
  it('flags every overridden CMD, ENTRYPOINT and HEALTHCHECK of a stage', () => {
    const f = bad('single-cmd');
    expect(positions(f)).toEqual([[2, 1], [3, 1], [4, 1]]);
    expect(f[0]!.message).toContain('line 5 overrides this one');
  });
  it('accepts one per stage, HEALTHCHECK CMD and ONBUILD CMD', () => {
    expect(good('single-cmd')).toEqual([]);
  });
});

describe('healthcheck-present', () => {
  it('flags a final image that exposes a port without HEALTHCHECK', () => {
    const f = bad('healthcheck-present');
    expect(positions(f)).toEqual([[1, 1]]);
    expect(f[0]!.severity).toBe('info');
  });
  it('accepts an inherited HEALTHCHECK, HEALTHCHECK NONE, build stages and batch jobs', () => {
    expect(good('healthcheck-present')).toEqual([]);
    expect(good('healthcheck-present', 'good-none.Dockerfile')).toEqual([]);
    expect(good('healthcheck-present', 'good-batch.Dockerfile')).toEqual([]);
  });
});

describe('base-image-digest', () => {
  it('flags images without a digest', () => {
    expect(positions(bad('base-image-digest'))).toEqual([[1, 6], [2, 6]]);
  });
  it('skips digests, stages, scratch and unresolved images', () => {
    expect(good('base-image-digest')).toEqual([]);
  });
  it('names the default an ARG resolves to', () => {
    const f = ruleFindings('base-image-digest', 'ARG BASE=python:3.12-slim\nFROM ${BASE}\n');
    expect(f[0]!.message).toBe('`${BASE}` (`python:3.12-slim` by default) is not pinned by digest; append `@sha256:<digest>` so every build uses the same image.');
  });
});

describe('base-image-platform', () => {
  it('is silent on images published for the pinned platform only, and reports a pin to a platform they lack', () => {
    const at = (text: string) => ruleFindings('base-image-platform', text);
    expect(at('FROM --platform=linux/arm64 nvcr.io/nvidia/l4t-pytorch:r35.2.1-pth2.0-py3\n')).toEqual([]);
    expect(at('FROM --platform=linux/arm64/v8 dustynv/l4t-ml:r36.2.0\n')).toEqual([]);
    expect(at('FROM --platform=linux/arm64 arm64v8/alpine:3.20\n')).toEqual([]);
    const [wrong] = at('FROM --platform=linux/amd64 nvcr.io/nvidia/l4t-base:r32.7.1\n');
    expect(wrong!.message).toBe('`nvcr.io/nvidia/l4t-base` is published for `linux/arm64` only, so `--platform=linux/amd64` finds no image to pull; use `--platform=linux/arm64` or another base.');
    expect(at('FROM --platform=linux/arm64 nvcr.io/nvidia/pytorch:24.08-py3\n')).toHaveLength(1);
  });
  it('is silent on a Dockerfile named for the flag\'s architecture, not on one named for another', () => {
    expect(fixtureFindings('base-image-platform', 'rules', 'base-image-platform', 'Dockerfile.arm64')).toEqual([]);
    expect(positions(fixtureFindings('base-image-platform', 'rules', 'base-image-platform', 'Dockerfile.amd64'))).toEqual([[2, 6]]);
  });
  it('is silent on a per-platform tag naming the flag\'s architecture, not on a tag naming another or a word containing it', () => {
    const at = (text: string) => ruleFindings('base-image-platform', text);
    expect(at('ARG OSVERSION\nFROM --platform=linux/amd64 gcr.io/k8s-staging-e2e-test-images/windows-servercore-cache:1.0-linux-amd64-${OSVERSION} AS core\n')).toEqual([]);
    expect(at('FROM --platform=linux/arm64 example/app:v2-aarch64\n')).toEqual([]);
    // `x86` names the 64-bit PC platform (roboflow's `x86.cpu.base.dockerfile`); not inside another word.
    expect(at('FROM --platform=linux/amd64 example/app:1.0-x86\n')).toEqual([]);
    expect(at('FROM --platform=linux/amd64 example/app:1.0-x86emu\n')).toHaveLength(1);
    expect(at('FROM --platform=linux/amd64 example/app:2.1-arm64\nFROM --platform=linux/amd64 example/app:samd64\n')).toHaveLength(2);
  });
  it('is silent on a build-only stage that runs nothing and only serves files, not on one that runs commands or ships', () => {
    const at = (text: string) => ruleFindings('base-image-platform', text).map((f) => f.range.start.line);
    const files = 'FROM --platform=linux/amd64 rocm/dev-ubuntu-22.04:6.2 AS rocm-base\nFROM ubuntu:24.04\nRUN --mount=type=bind,from=rocm-base,source=/opt/rocm/share,target=/opt/rocm/share cp -r /opt/rocm/share /usr/share/rocm\n';
    expect(at(files)).toEqual([]);
    // A RUN in it runs under emulation on an ARM builder; the final stage is the image.
    expect(at(files.replace('AS rocm-base\n', 'AS rocm-base\nRUN apt-get update\n'))).toEqual([1]);
    expect(at('FROM --platform=linux/amd64 rocm/dev-ubuntu-22.04:6.2\n')).toEqual([1]);
  });
  it('flags a constant platform (warning) and $TARGETPLATFORM (info)', () => {
    const f = bad('base-image-platform');
    expect(positions(f)).toEqual([[1, 6], [2, 6]]);
    expect(f.map((x) => x.severity)).toEqual(['warning', 'info']);
  });
  it('accepts $BUILDPLATFORM, variables and platform-named stages', () => {
    expect(good('base-image-platform')).toEqual([]);
  });
});

describe('numeric-user', () => {
  it('flags a named final USER', () => {
    const f = bad('numeric-user');
    expect(positions(f)).toEqual([[3, 6]]);
    expect(f[0]!.message).toContain('runAsNonRoot');
  });
  it('accepts numeric UIDs, ARG-based users and names in earlier stages', () => {
    expect(good('numeric-user')).toEqual([]);
    expect(ruleFindings('numeric-user', 'FROM python:3.12-slim\nUSER root\n')).toEqual([]);
    // Windows users have no UID (also after SHELL switched to PowerShell).
    expect(ruleFindings('numeric-user', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nUSER ContainerUser\n')).toEqual([]);
  });
  it('is silent in CI runner and debug images, which their tools run, not a pod', () => {
    expect(ruleFindings('numeric-user', 'FROM python:3.12\nRUN pip install -e ".[testing]"\nRUN useradd -m user\nUSER user\nCMD ["/bin/bash"]\n')).toEqual([]);
    expect(ruleFindings('numeric-user', 'FROM debian:12\nRUN useradd -m app\nUSER app\nCMD ["/app"]\n', { filePath: 'Dockerfile.debug' })).toEqual([]);
    expect(positions(ruleFindings('numeric-user', 'FROM debian:12\nRUN useradd -m app\nUSER app\nCMD ["/bin/bash"]\n'))).toEqual([[3, 6]]);
  });
  it('is silent in a CI folder at any depth, in any case (pytorch\'s .ci/docker/ubuntu/, autogluon\'s CI/batch/docker/)', () => {
    const text = 'FROM ubuntu:24.04\nRUN useradd -m ci-user\nUSER ci-user\nCMD ["bash"]\n';
    for (const filePath of ['.ci/docker/ubuntu/Dockerfile', 'CI/batch/docker/Dockerfile.cpu', 'tools/ci/images/base/Dockerfile']) {
      expect(ruleFindings('numeric-user', text, { filePath }), filePath).toEqual([]);
    }
    // A folder higher up that only contains the word, and an absolute path through a CI server's own folder: reported.
    for (const filePath of ['oci-tools/images/base/Dockerfile', 'ci-images/app/docker/Dockerfile', '/srv/ci/checkouts/app/docker/Dockerfile']) {
      expect(ruleFindings('numeric-user', text, { filePath }), filePath).toHaveLength(1);
    }
  });
});

describe('add-remote-url', () => {
  it('flags unverified downloads and git sources not pinned to a commit', () => {
    const f = bad('add-remote-url');
    expect(positions(f)).toEqual([[2, 5], [3, 5], [4, 5], [6, 5], [7, 5]]);
    expect(f[1]!.message).toContain('`main`');
  });
  it('accepts --checksum, commit pins, local archives', () => {
    expect(good('add-remote-url')).toEqual([]);
  });
  it('accepts a release tag of a git source and text documents; a branch or a program is still reported', () => {
    const at = (line: string) => ruleFindings('add-remote-url', `FROM alpine:3.20\n${line}\n`).length;
    expect(at('ADD https://github.com/o/r.git#v2.8.0 /src')).toBe(0);
    expect(at('ADD https://github.com/o/r.git?ref=v1.4.2-rc1&keep-git-dir=1 /src')).toBe(0);
    expect(at('ADD https://raw.githubusercontent.com/o/r/master/THIRD-PARTY-PROGRAMS.txt /licenses/')).toBe(0);
    expect(at('ADD https://raw.githubusercontent.com/o/r/master/LICENSE /licenses/r/')).toBe(0);
    expect(at('ADD https://github.com/o/r.git#release /src')).toBe(1);
    // A word before or after the version (swift's and cctools-port's tags); a release line is a branch.
    expect(at('ADD https://github.com/o/r.git#swift-6.3.3-RELEASE /src')).toBe(0);
    expect(at('ADD https://github.com/o/r.git#1030.6.3-ld64-956.6 /src')).toBe(0);
    expect(at('ADD https://github.com/o/r.git#llvmorg-18.1.8 /src')).toBe(0);
    expect(at('ADD https://github.com/o/r.git#release-1.4.0 /src')).toBe(0);
    expect(at('ADD https://github.com/o/r.git#release-1.2 /src')).toBe(1);
    expect(at('ADD https://github.com/o/r.git#3.24-stable /src')).toBe(1);
    expect(at('ADD https://github.com/o/r.git#v1.60.x /src')).toBe(1);
    expect(at('ADD https://raw.githubusercontent.com/o/r/master/install.sh /tmp/')).toBe(1);
  });
  it('accepts a checksum or signature check of the downloaded file in a later RUN of the stage', () => {
    const ok = 'FROM debian:12\nADD https://x/t /t\nRUN echo "abc  /t" | sha256sum -c -\nADD https://x/v.tgz /w/\nWORKDIR /w\nRUN echo "abc *v.tgz" | sha512sum --check\n';
    expect(ruleFindings('add-remote-url', ok)).toEqual([]);
    // Another file checked, a hash printed but not checked, a check before the download or in another stage.
    const bad = [
      'FROM debian:12\nADD https://x/t /t\nRUN echo "abc  /u" | sha256sum -c -\n',
      'FROM debian:12\nADD https://x/t /t\nRUN sha256sum /t\n',
      'FROM debian:12\nRUN echo "abc  /t" | sha256sum -c -\nADD https://x/t /t\n',
      'FROM debian:12\nADD https://x/t /t\nFROM debian:12\nRUN echo "abc  /t" | sha256sum -c -\n',
      'FROM debian:12\nADD https://x/v.tgz /w/\nRUN echo "abc *v.tgz" | sha256sum -c\n',
    ];
    for (const text of bad) expect(ruleFindings('add-remote-url', text)).toHaveLength(1);
  });
});

describe('copy-not-add', () => {
  it('flags ADD of plain local files (zip is not unpacked), with an unsafe fix when all sources are plain', () => {
    const f = bad('copy-not-add');
    expect(positions(f)).toEqual([[2, 1], [3, 1], [4, 1], [5, 1]]);
    expect(f[0]!.fix).toMatchObject({ safe: false, edits: [{ text: 'COPY' }] });
    expect(f[1]!.fix).toBeUndefined();
    expect(f[2]!.fix?.edits[0]!.text).toBe('copy');
  });
  it('accepts archives, URLs, git sources, variables and COPY', () => {
    expect(good('copy-not-add')).toEqual([]);
  });
});

describe('syntax-error', () => {
  it('says a file given by name that opens with a generator\'s markup is a template (docker-library/mysql\'s Dockerfile.oracle); folder search skips it', () => {
    const f = ruleFindings('syntax-error', '{{\n\tdef install: "microdnf install -y";\n-}}\nFROM oraclelinux:9-slim\nRUN {{ install }} mysql-server\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^This file is a template/);
    // How dlint read the file, not a mistake in it: information that does not fail a run.
    expect(f[0]!.severity).toBe('info');
  });
  it('reports each problem and keeps going', () => {
    const f = bad('syntax-error');
    expect(positions(f)).toEqual([
      [2, 1], [3, 1], [4, 26], [5, 6], [6, 18], [7, 6], [7, 17], [8, 5], [9, 5], [9, 44], [10, 5], [10, 5],
      [11, 13], [11, 27], [12, 13], [13, 5], [14, 7], [15, 6], [16, 1], [18, 5], [19, 5],
    ]);
    const messages = f.map((x) => x.message);
    expect(messages[1]).toBe('Unknown instruction `FORM`; did you mean `FROM`?');
    expect(messages[8]).toContain('did you mean `cache`?');
    expect(messages[19]).toContain('if this line continues the `RUN` above');
    expect(messages[20]).toContain('`<<EOF` is never closed');
  });
  it('accepts every valid flag, directive and heredoc', () => {
    expect(good('syntax-error')).toEqual([]);
  });
  it('rejects repeated and invalid directives, and files without instructions', () => {
    const f = ruleFindings('syntax-error', '# escape=x\n# escape=`\nFROM alpine:3.20\n');
    expect(f.map((x) => x.message)).toEqual([
      '`# escape=x` is invalid; the escape character must be a backslash or a backtick.',
      'Only one `# escape` parser directive is allowed; BuildKit rejects the repeated one, so remove it.',
    ]);
    expect(ruleFindings('syntax-error', '# just a comment\n')[0]!.message).toContain('no instructions');
    expect(positions(ruleFindings('syntax-error', 'FROM alpine:3.20\nENV =x\n'))).toEqual([[2, 6]]);
  });
  it('rejects a literal image reference BuildKit cannot read, and only that', () => {
    const msg = (text: string): string[] => ruleFindings('syntax-error', text).map((f) => f.message);
    expect(msg('FROM Ubuntu:22.04\n')).toEqual(['`Ubuntu:22.04` is not a valid image reference (BuildKit: "invalid reference format"); repository names are lower-case: `ubuntu:22.04`.']);
    expect(msg('FROM MyOrg/App:V1\n')[0]).toContain('`myorg/app:V1`');
    expect(msg('FROM pyth%on\n')).toEqual(['`pyth%on` is not a valid image reference (BuildKit: "invalid reference format").']);
    for (const ok of ['FROM localhost:5000/x/y:1\n', 'FROM python:3.12-slim@sha256:' + 'a'.repeat(64) + '\n', 'FROM python:3.12 AS Base\nFROM Base\n', 'FROM scratch\n', 'ARG B=ubuntu\nFROM $B\n']) {
      expect(msg(ok), ok).toEqual([]);
    }
    // The image it would name is none: rules about the base image say nothing of `Ubuntu`.
    expect(ruleFindings('base-image-tag', 'FROM Ubuntu\n')).toEqual([]);
  });
  it('still lets the other rules lint the rest of the file', () => {
    const text = readFixture('rules', 'syntax-error', 'bad.Dockerfile');
    expect(ruleFindings('maintainer-deprecated', `${text.split('RUN <<EOF')[0]}MAINTAINER x\n`)).toHaveLength(1);
  });
});

describe('label-schema', () => {
  const settings = {
    labelSchema: {
      'org.opencontainers.image.source': 'url',
      'org.opencontainers.image.licenses': 'spdx',
      'org.opencontainers.image.created': 'rfc3339',
      'org.opencontainers.image.version': 'semver',
      'org.opencontainers.image.revision': 'hash',
      'org.opencontainers.image.authors': 'email',
      'org.opencontainers.image.title': 'text',
    },
  };
  it('checks values against their kind, empty values, invalid keys and required labels', () => {
    // Without a schema only the label keys are checked.
    const f = fixtureFindings('label-schema', 'rules', 'label-schema', 'bad.Dockerfile');
    expect(positions(f)).toEqual([[9, 7], [9, 21]]);
    const g = ruleFindingsWith('bad.Dockerfile', settings);
    expect(positions(g)).toEqual([[2, 39], [3, 41], [4, 40], [5, 40], [6, 41], [7, 40], [8, 38], [9, 7], [9, 21]]);
    expect(g[1]!.message).toContain('SPDX');
    expect(g[6]!.message).toContain('is empty');
  });
  it('accepts valid labels (variables resolved, inherited through FROM <stage>)', () => {
    expect(ruleFindingsWith('good.Dockerfile', settings)).toEqual([]);
  });
  it('reports missing required labels and, in strict mode, labels outside the schema', () => {
    const text = 'FROM alpine:3.20\nLABEL extra=1\n';
    const f = ruleFindings('label-schema', text, { settings, rules: { 'label-schema': ['warning', { strict: true, required: ['org.opencontainers.image.source'] }] } });
    expect(f.map((x) => x.message)).toEqual([
      'The final image has no label `org.opencontainers.image.source`, which the label schema requires; add `LABEL org.opencontainers.image.source="…"`.',
      'Label `extra` is not in the configured label schema; remove it or add it to `labelSchema`.',
    ]);
  });
});

function ruleFindingsWith(file: string, settings: { labelSchema: Record<string, string> }) {
  return ruleFindings('label-schema', readFixture('rules', 'label-schema', file), { settings });
}
