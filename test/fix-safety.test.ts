/** Safe fixes must never change what the image does (issue 13): the audit of each existing safe fix. */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from './helpers.js';

function fixOf(text: string): { text: string; safe: boolean } | null {
  const [f] = ruleFindings('exec-form-cmd', text);
  if (!f) throw new Error('no finding');
  return f.fix ? { text: f.fix.edits[0]!.text, safe: f.fix.safe } : null;
}

describe('exec-form-cmd fix safety', () => {
  it('is safe for plain words on a base whose ENTRYPOINT passes CMD through', () => {
    expect(fixOf('FROM python:3.12-slim\nCMD uvicorn app:app --host 0.0.0.0 --port 8000\n')).toEqual({
      text: '["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
      safe: true,
    });
    expect(fixOf('FROM scratch\nCMD /app --serve\n')?.safe).toBe(true);
  });

  it('never makes exec form of a word the shell would expand: tilde, globs, variables, quotes, escapes', () => {
    for (const cmd of ['~/bin/serve --config *.yaml', 'serve --config conf?.yaml', 'serve --name "my app"', "serve --name 'x'", 'serve a\\ b', 'serve {a,b}', 'serve # comment']) {
      const fix = fixOf(`FROM python:3.12-slim\nCMD ${cmd}\n`);
      // Spelling the shell out keeps the expansion; it is never applied by --fix alone.
      expect(fix, cmd).toEqual({ text: JSON.stringify(['/bin/sh', '-c', cmd]).replace(/","/g, '", "'), safe: false });
    }
    // A variable: `exec` in front keeps the shell's expansion and hands PID 1 to the program (unsafe too).
    expect(fixOf('FROM python:3.12-slim\nCMD serve --port $PORT\n')).toEqual({ text: 'exec ', safe: false });
  });

  it('JSON-escapes the wrapped command', () => {
    expect(fixOf('FROM debian:12\nCMD echo "a\\b" && run | tee log\n')?.text).toBe('["/bin/sh", "-c", "echo \\"a\\\\b\\" && run | tee log"]');
  });

  it('wraps with the stage SHELL, and is unsafe under a login or tracing shell', () => {
    expect(fixOf('FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD a | b\n')?.text).toBe('["/bin/bash", "-o", "pipefail", "-c", "a | b"]');
    expect(fixOf('FROM debian:12\nSHELL ["/bin/sh", "-c"]\nCMD app --x\n')).toEqual({ text: '["app", "--x"]', safe: true });
    expect(fixOf('FROM debian:12\nSHELL ["/bin/bash", "-l", "-c"]\nCMD app --x\n')?.safe).toBe(false);
  });

  it('offers no exec form for an ENTRYPOINT while a CMD is in force (exec form would receive CMD as arguments)', () => {
    expect(fixOf('FROM python:3.12-slim\nENTRYPOINT python serve.py\nCMD ["--port","8000"]\n')).toBeNull();
    expect(fixOf('FROM python:3.12-slim\nCMD ["--port","8000"]\nENTRYPOINT python serve.py\n')).toBeNull();
    expect(fixOf('FROM python:3.12-slim AS base\nENTRYPOINT python serve.py\nFROM base\nCMD ["--port","8000"]\n')).toBeNull();
  });

  it('makes an ENTRYPOINT without CMD unsafe: docker run arguments would reach it', () => {
    expect(fixOf('FROM python:3.12-slim\nENTRYPOINT python serve.py\n')).toEqual({ text: '["python", "serve.py"]', safe: false });
  });

  it('makes a CMD unsafe when an exec-form ENTRYPOINT, or an unknown base ENTRYPOINT, would receive it', () => {
    expect(fixOf('FROM python:3.12-slim\nENTRYPOINT ["tini", "--"]\nCMD python app.py\n')?.safe).toBe(false);
    expect(fixOf('FROM myorg/base:1\nCMD python app.py\n')?.safe).toBe(false);
    expect(fixOf('FROM gcr.io/distroless/python3-debian12\nCMD app.py\n')?.safe).toBe(false);
    expect(fixOf('FROM postgres:16\nCMD postgres -c fsync=off\n')?.safe).toBe(false);
    // A shell-form ENTRYPOINT ignores CMD, so its form does not matter.
    const [, cmd] = ruleFindings('exec-form-cmd', 'FROM python:3.12-slim\nENTRYPOINT /entry.sh\nCMD python app.py\n');
    expect(cmd?.fix?.safe).toBe(true);
  });

  it('leaves a CMD with flags (a BuildKit error) alone', () => {
    const [f] = ruleFindings('exec-form-cmd', 'FROM debian:12\nCMD --doit [ "a", "b" ]\n');
    expect(f?.fix).toBeUndefined();
  });

  it('never rewrites shell builtins as programs', () => {
    expect(fixOf('FROM debian:12\nCMD cd /app\n')).toBeNull();
    expect(fixOf('FROM debian:12\nCMD echo -e hi\n')?.safe).toBe(false);
  });
});

describe('apk-no-cache fix safety', () => {
  it('is unsafe without network, where apk could only use the cached index', () => {
    const safety = (run: string): boolean | undefined => ruleFindings('apk-no-cache', `FROM alpine:3.20\nRUN ${run}\n`)[0]?.fix?.safe;
    expect(safety('apk add curl')).toBe(true);
    expect(safety('--network=none apk add curl')).toBe(false);
  });
});
