import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllInterfaces, isLoopbackHost, SERVERS } from '../src/knowledge/servers.js';
import { buildModel } from '../src/model/build.js';
import { detectServer, detectServers } from '../src/runtime/server.js';
import { FIXTURES, fixtureFindings, positions, ruleFindings } from './helpers.js';

const detect = (text: string) => detectServer(buildModel('Dockerfile', text));

function dockerfiles(dir: string): string[] {
  return fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('Dockerfile')).sort();
}

describe('server knowledge', () => {
  it('classifies hosts', () => {
    expect(['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '*', ''].every(isAllInterfaces)).toBe(true);
    expect(isLoopbackHost('0.0.0.0') || isLoopbackHost('10.0.0.5')).toBe(false);
  });
  it('knows the loopback-default servers and the all-interfaces ones', () => {
    const loopback = SERVERS.filter((s) => s.defaultHost === 'loopback').map((s) => s.id);
    expect(loopback).toEqual(expect.arrayContaining(['uvicorn', 'gunicorn', 'hypercorn', 'fastapi-dev', 'flask', 'gradio', 'jupyter', 'tensorboard', 'ollama', 'mlflow', 'torchserve']));
    const all = SERVERS.filter((s) => s.defaultHost === 'all').map((s) => s.id);
    expect(all).toEqual(expect.arrayContaining(['streamlit', 'fastapi-run', 'tritonserver', 'vllm', 'text-generation-launcher', 'bentoml']));
  });
});

describe('detectServer', () => {
  it('gives server, host, port, the command word range and where each came from', () => {
    const s = detect('FROM python:3.12\nENV UVICORN_PORT=9000\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]\n');
    expect(s?.server.id).toBe('uvicorn');
    expect(s?.host).toBe('0.0.0.0');
    expect(s?.port).toBe(9000);
    expect(s?.range.start).toEqual({ line: 3, column: 6 });
    expect(s?.configuredBy).toEqual({ host: 'flag', port: 'env' });
    expect(s?.hostRange?.start).toEqual({ line: 3, column: 38 });
  });
  it('combines an exec-form ENTRYPOINT with the CMD arguments', () => {
    const s = detect('FROM python:3.12\nENTRYPOINT ["python", "-m", "uvicorn"]\nCMD ["app:app", "--host", "0.0.0.0", "--port", "80"]\n');
    expect([s?.server.id, s?.host, s?.port, s?.range.start.line]).toEqual(['uvicorn', '0.0.0.0', 80, 2]);
  });
  it('finds the server in the CMD behind an entrypoint script, tini or uv run', () => {
    expect(detect('FROM python:3.12\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["gunicorn", "-b", ":8080", "app:app"]\n')).toMatchObject({ host: '', port: 8080 });
    expect(detect('FROM python:3.12\nCMD ["tini", "--", "uv", "run", "hypercorn", "app:app"]\n')?.server.id).toBe('hypercorn');
    expect(detect('FROM python:3.12\nCMD ["conda", "run", "--no-capture-output", "-n", "app", "streamlit", "run", "ui.py"]\n')?.port).toBe(8501);
  });
  it('reads sh -c bodies, exec and prefix assignments', () => {
    const s = detect('FROM python:3.12\nCMD ["sh", "-c", "cd /srv && FLASK_RUN_PORT=5050 exec flask run --host=0.0.0.0"]\n');
    expect([s?.server.id, s?.host, s?.port]).toEqual(['flask', '0.0.0.0', 5050]);
  });
  it('resolves ENV in shell form, not in exec form, and guesses ${VAR:-default} as uncertain', () => {
    expect(detect('FROM python:3.12\nENV PORT=7000\nCMD uvicorn app:app --port $PORT\n')).toMatchObject({ port: 7000, portCertain: true });
    expect(detect('FROM python:3.12\nENV PORT=7000\nCMD ["uvicorn", "app:app", "--port", "$PORT"]\n')?.port).toBeNull();
    expect(detect('FROM python:3.12\nCMD uvicorn app:app --port ${PORT:-8000}\n')).toMatchObject({ port: 8000, portCertain: false });
    // ARG values do not exist when the container runs.
    expect(detect('FROM python:3.12\nARG PORT=7000\nCMD uvicorn app:app --port $PORT\n')?.port).toBeNull();
  });
  it('knows gunicorn defaults: PORT, GUNICORN_CMD_ARGS, several binds', () => {
    expect(detect('FROM python:3.12\nENV PORT=5000\nCMD ["gunicorn", "app:app"]\n')).toMatchObject({ host: '0.0.0.0', port: 5000 });
    expect(detect('FROM python:3.12\nENV GUNICORN_CMD_ARGS="-b 0.0.0.0:7000"\nCMD ["gunicorn", "app:app"]\n')).toMatchObject({ host: '0.0.0.0', port: 7000 });
    expect(detect('FROM python:3.12\nCMD ["gunicorn", "-b", "127.0.0.1:9000", "-b", "0.0.0.0:8000", "app:app"]\n')).toMatchObject({ host: '0.0.0.0', ports: [9000, 8000] });
    expect(detect('FROM python:3.12\nCMD ["gunicorn", "--bind", "unix:/run/app.sock", "app:app"]\n')).toMatchObject({ host: null, port: null });
    expect(detect('FROM python:3.12\nCMD ["gunicorn", "-c", "python:conf", "app:app"]\n')?.host).toBeNull();
  });
  it('parses OLLAMA_HOST and base-image defaults', () => {
    expect(detect('FROM ubuntu:24.04\nENV OLLAMA_HOST=0.0.0.0:8080\nCMD ["ollama", "serve"]\n')).toMatchObject({ host: '0.0.0.0', port: 8080 });
    expect(detect('FROM ubuntu:24.04\nENV OLLAMA_HOST=http://0.0.0.0\nCMD ["ollama", "serve"]\n')?.port).toBe(80);
    expect(detect('FROM ollama/ollama:0.5.4\nCMD ["ollama", "serve"]\n')).toMatchObject({ host: '0.0.0.0', configuredBy: { host: 'base-image' } });
    expect(detect('FROM ghcr.io/huggingface/text-generation-inference:2.4.0\nCMD ["text-generation-launcher", "--model-id", "gpt2"]\n')?.port).toBe(80);
  });
  it('recognises python -m spellings of vLLM, jupyter, tensorboard and mlflow', () => {
    expect(detect('FROM python:3.12\nCMD ["python3", "-m", "vllm.entrypoints.openai.api_server", "--model", "m"]\n')).toMatchObject({ host: '0.0.0.0', port: 8000 });
    expect(detect('FROM python:3.12\nCMD ["python", "-m", "jupyterlab", "--port=9999"]\n')).toMatchObject({ host: '127.0.0.1', port: 9999 });
    expect(detect('FROM python:3.12\nCMD ["python", "-m", "tensorboard.main", "--logdir", "/l", "--host", "0.0.0.0"]\n')?.host).toBe('0.0.0.0');
    expect(detect('FROM python:3.12\nCMD ["python", "-m", "mlflow", "models", "serve", "-m", "runs:/x/model", "-p", "5001"]\n')).toMatchObject({ port: 5001 });
  });
  it('tells fastapi run from fastapi dev, and ignores non-serving subcommands', () => {
    expect(detect('FROM python:3.12\nCMD ["fastapi", "run", "main.py"]\n')?.host).toBe('0.0.0.0');
    expect(detect('FROM python:3.12\nCMD ["fastapi", "dev", "main.py"]\n')?.host).toBe('127.0.0.1');
    expect(detect('FROM python:3.12\nCMD ["mlflow", "run", "."]\n')).toBeNull();
    expect(detect('FROM python:3.12\nCMD ["ollama", "pull", "llama3"]\n')).toBeNull();
    expect(detect('FROM python:3.12\nCMD ["torchserve", "--stop"]\n')).toBeNull();
  });
  it('follows CMD/ENTRYPOINT through stages: the last wins, a later ENTRYPOINT drops an inherited CMD', () => {
    const m = buildModel('Dockerfile', 'FROM python:3.12 AS a\nCMD ["uvicorn", "a:app"]\nFROM a\nENTRYPOINT ["tini", "--"]\n');
    expect(m.finalStage?.cmd).toBeNull();
    expect(detectServers(m)).toEqual([]);
    const kept = buildModel('Dockerfile', 'FROM python:3.12\nCMD ["uvicorn", "a:app"]\nENTRYPOINT ["tini", "--"]\n');
    expect(detectServer(kept)?.server.id).toBe('uvicorn');
    // `ENTRYPOINT []` clears the base image's entrypoint: the CMD runs alone.
    expect(detectServer(buildModel('Dockerfile', 'FROM python:3.12\nENTRYPOINT []\nCMD ["uvicorn", "a:app"]\n'))?.server.id).toBe('uvicorn');
  });
});

describe('server-bind-address', () => {
  const expected: Record<string, [number, number][]> = {
    'entrypoint-host-flag.Dockerfile': [[6, 52]],
    'entrypoint-script.Dockerfile': [[5, 6]],
    'env-loopback.Dockerfile': [[4, 16]],
    'gunicorn-default-json.Dockerfile': [[3, 13]],
    'gunicorn-loopback.Dockerfile': [[3, 66]],
    'inherited-cmd.Dockerfile': [[3, 6]],
    'jupyter-ip-json.Dockerfile': [[4, 24]],
    'jupyter-sh-c.Dockerfile': [[4, 36]],
    'mlflow-module.Dockerfile': [[3, 76]],
    'ollama-plain-base.Dockerfile': [[4, 6]],
    'uvicorn-default.Dockerfile': [[5, 6]],
    'uvicorn-shell-module.Dockerfile': [[3, 15]],
  };
  it('has an expectation for every bad fixture', () => {
    expect(dockerfiles('rules/server-bind-address/bad')).toEqual(Object.keys(expected).sort());
  });
  for (const [file, at] of Object.entries(expected)) {
    it(`flags ${file}`, () => {
      expect(positions(fixtureFindings('server-bind-address', 'rules/server-bind-address/bad', file))).toEqual(at);
    });
  }
  it('says where the loopback address came from and how to fix it', () => {
    const [f] = fixtureFindings('server-bind-address', 'rules/server-bind-address/bad', 'uvicorn-default.Dockerfile');
    expect(f!.severity).toBe('error');
    expect(f!.message).toBe('`uvicorn` listens on `127.0.0.1` only (its default), which `docker run -p` cannot reach from outside the container; bind all interfaces with `--host 0.0.0.0`.');
    const [g] = fixtureFindings('server-bind-address', 'rules/server-bind-address/bad', 'gunicorn-loopback.Dockerfile');
    expect(g!.message).toContain('(set on the command line)');
    expect(g!.range.end).toEqual({ line: 3, column: 80 });
  });
  for (const file of dockerfiles('rules/server-bind-address/good')) {
    it(`is silent on ${file}`, () => {
      expect(fixtureFindings('server-bind-address', 'rules/server-bind-address/good', file)).toEqual([]);
    });
  }
  it('reads bind from a gunicorn.conf.py in the build context', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'dlint-gunicorn-'));
    try {
      fs.writeFileSync(path.join(dir, 'gunicorn.conf.py'), 'bind = ["127.0.0.1:8000"]\n');
      fs.writeFileSync(path.join(dir, 'app.py'), 'app = None\n');
      const file = path.join(dir, 'Dockerfile');
      const text = 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nCMD ["gunicorn", "app:app"]\n';
      fs.writeFileSync(file, text);
      const f = ruleFindings('server-bind-address', text, { filePath: file, contextDir: dir });
      expect(positions(f)).toEqual([[4, 6]]);
      expect(f[0]!.message).toContain('(set in its config file)');
      // Without the context the config file cannot be read: silent.
      expect(ruleFindings('server-bind-address', text)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('expose-present', () => {
  const expected: Record<string, [number, number][]> = {
    'entrypoint-port-flag.Dockerfile': [[5, 13]],
    'gunicorn-bind.Dockerfile': [[2, 8]],
    'inherited-cmd.Dockerfile': [[2, 6]],
    'lowercase-shell.Dockerfile': [[3, 5]],
    'no-expose.Dockerfile': [[4, 6]],
    'other-port.Dockerfile': [[2, 8]],
    'streamlit.Dockerfile': [[2, 8]],
    'vllm.Dockerfile': [[3, 6]],
  };
  it('has an expectation for every bad fixture', () => {
    expect(dockerfiles('rules/expose-present/bad')).toEqual(Object.keys(expected).sort());
  });
  for (const [file, at] of Object.entries(expected)) {
    it(`flags ${file}`, () => {
      expect(positions(fixtureFindings('expose-present', 'rules/expose-present/bad', file))).toEqual(at);
    });
  }
  it('names both ports on a mismatch and the port to expose when there is no EXPOSE', () => {
    const [m] = fixtureFindings('expose-present', 'rules/expose-present/bad', 'other-port.Dockerfile');
    expect(m!.message).toBe('The image EXPOSEs 8080 but `uvicorn` listens on 8000; EXPOSE 8000 or start it with `--port 8080`.');
    const [n] = fixtureFindings('expose-present', 'rules/expose-present/bad', 'vllm.Dockerfile');
    expect(n!.message).toBe('`vllm serve` listens on port 8001 but the image does not EXPOSE it; add `EXPOSE 8001`.');
  });
  for (const file of dockerfiles('rules/expose-present/good')) {
    it(`is silent on ${file}`, () => {
      expect(fixtureFindings('expose-present', 'rules/expose-present/good', file)).toEqual([]);
    });
  }
  it('names the port variable a default port may be changed by, still reporting the missing EXPOSE (kubernetes-engine-samples\' chatbot)', () => {
    const msg = (text: string) => ruleFindings('expose-present', text).map((f) => f.message);
    expect(msg('FROM python:3.12-slim\nCOPY . /app\nCMD ["run","/app/chat.py"]\nENTRYPOINT ["streamlit"]\n')).toEqual([
      '`streamlit` listens on port 8501 unless `STREAMLIT_SERVER_PORT` (unset in the image) names another where it runs, and the image EXPOSEs no port; add `EXPOSE 8501`, or set `ENV STREAMLIT_SERVER_PORT=<port>` and EXPOSE that port.',
    ]);
    // Set in the image, or by a flag, the port is certain.
    expect(msg('FROM python:3.12-slim\nENV STREAMLIT_SERVER_PORT=80\nCMD ["streamlit", "run", "chat.py"]\n')).toEqual(['`streamlit` listens on port 80 but the image does not EXPOSE it; add `EXPOSE 80`.']);
    expect(msg('FROM python:3.12-slim\nCMD ["streamlit", "run", "chat.py", "--server.port", "8080"]\n')).toEqual(['`streamlit` listens on port 8080 but the image does not EXPOSE it; add `EXPOSE 8080`.']);
  });
  it('is silent when no server is recognised', () => {
    expect(ruleFindings('expose-present', 'FROM python:3.12-slim\nCMD ["python", "-m", "http.server"]\n')).toEqual([]);
  });
});

describe('flask run with a .flaskenv', () => {
  it('reads FLASK_RUN_HOST from a .flaskenv copied from the context, and is silent when it cannot be read', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'dlint-flask-'));
    try {
      fs.writeFileSync(path.join(dir, '.flaskenv'), 'FLASK_APP=app.py\nFLASK_RUN_HOST=0.0.0.0\n');
      fs.writeFileSync(path.join(dir, 'app.py'), 'app = None\n');
      const file = path.join(dir, 'Dockerfile');
      const text = 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nEXPOSE 5000\nCMD ["flask", "run"]\n';
      fs.writeFileSync(file, text);
      expect(ruleFindings('server-bind-address', text, { filePath: file, contextDir: dir })).toEqual([]);
      expect(ruleFindings('server-bind-address', text)).toEqual([]);
      fs.writeFileSync(path.join(dir, '.flaskenv'), 'FLASK_APP=app.py\n');
      expect(positions(ruleFindings('server-bind-address', text, { filePath: file, contextDir: dir }))).toEqual([[5, 6]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('entrypoint programs', () => {
  it('treats the CMD as the command only behind an entrypoint script, not behind a program that takes it as arguments', () => {
    expect(detect('FROM python:3.12\nENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]\nCMD ["mlflow", "ui"]\n')?.server.id).toBe('mlflow');
    expect(detect('FROM python:3.12\nENTRYPOINT ["python", "launch.py"]\nCMD ["uvicorn", "app:app"]\n')).toBeNull();
    expect(detect('FROM python:3.12\nENTRYPOINT ["sh", "entrypoint.sh"]\nCMD ["gunicorn", "--bind=0.0.0.0:5000", "run:app"]\n')?.port).toBe(5000);
  });
});

describe('launcher ENTRYPOINT with a shell-form CMD', () => {
  it('runs the CMD through the launcher (`tini -- /bin/sh -c "…"`)', () => {
    expect(detect('FROM python:3.12\nENTRYPOINT ["tini", "--"]\nCMD cd /srv && uvicorn app:app --host=0.0.0.0\n')).toMatchObject({ host: '0.0.0.0', port: 8000 });
  });
});
