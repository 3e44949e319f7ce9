import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBuildContext } from '../src/context/build-context.js';
import { SERVERS, type ServerSpec } from '../src/knowledge/servers.js';
import { buildModel } from '../src/model/build.js';
import { detectServer } from '../src/runtime/server.js';

/** A fictional server, described only by data: nothing in src/runtime knows it. */
const MODELSRV: ServerSpec = {
  id: 'modelsrv',
  name: 'modelsrv serve',
  invocations: [{ program: 'modelsrv', sub: ['serve'] }, { module: 'modelsrv', sub: ['serve'] }],
  defaultHost: 'loopback',
  defaultPort: 9999,
  extraPorts: [9998],
  hostFlags: ['--listen-host'],
  portFlags: ['--listen-port', '-P'],
  bindFlags: ['--listen'],
  valuedFlags: ['--model'],
  notServingFlags: ['--check'],
  hostEnv: ['MODELSRV_HOST'],
  addressEnv: [{ name: 'MODELSRV_URL', syntax: 'host-url' }],
  configFiles: [{ pathFlags: ['--config'], defaultPath: 'modelsrv.env', format: { syntax: 'dotenv', host: 'HOST', port: 'PORT' } }],
  baseImages: [{ image: /^example\/modelsrv$/, host: '0.0.0.0' }],
  hostFix: '`--listen-host 0.0.0.0`',
};
const CATALOGUE = [...SERVERS, MODELSRV];

const detect = (text: string, contextDir: string | null = null) =>
  detectServer(buildModel('Dockerfile', text), contextDir ? openBuildContext(contextDir, null) : null, CATALOGUE);

describe('a server added as a catalogue entry only', () => {
  it('is unknown to the default catalogue and found with the extended one', () => {
    const text = 'FROM python:3.12\nCMD ["modelsrv", "--model", "m", "serve"]\n';
    expect(detectServer(buildModel('Dockerfile', text))).toBeNull();
    expect(detect(text)).toMatchObject({ server: { id: 'modelsrv' }, host: '127.0.0.1', port: 9999, ports: [9999, 9998], configuredBy: { host: 'default', port: 'default' } });
  });
  it('reads its flags, bind flag, variables and python -m spelling', () => {
    expect(detect('FROM python:3.12\nCMD ["python", "-m", "modelsrv", "serve", "--listen-host", "0.0.0.0", "-P8080"]\n')).toMatchObject({ host: '0.0.0.0', port: 8080, configuredBy: { host: 'flag', port: 'flag' } });
    expect(detect('FROM python:3.12\nCMD ["modelsrv", "serve", "--listen", "127.0.0.1:7000"]\n')).toMatchObject({ host: '127.0.0.1', port: 7000 });
    expect(detect('FROM python:3.12\nENV MODELSRV_URL=http://0.0.0.0\nCMD ["modelsrv", "serve"]\n')).toMatchObject({ host: '0.0.0.0', port: 80, configuredBy: { host: 'env', port: 'env' } });
    expect(detect('FROM python:3.12\nENV MODELSRV_HOST=0.0.0.0\nCMD ["modelsrv", "serve"]\n')).toMatchObject({ host: '0.0.0.0', port: 9999, configuredBy: { host: 'env', port: 'default' } });
    expect(detect('FROM python:3.12\nCMD ["modelsrv", "serve", "--check"]\n')).toBeNull();
  });
  it('takes the base image default and its config file from the build context', () => {
    expect(detect('FROM example/modelsrv:1\nCMD ["modelsrv", "serve"]\n')).toMatchObject({ host: '0.0.0.0', configuredBy: { host: 'base-image', port: 'default' } });
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'dlint-modelsrv-'));
    try {
      fs.writeFileSync(path.join(dir, 'modelsrv.env'), 'HOST=0.0.0.0\nPORT=7001\n');
      const text = 'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD ["modelsrv", "serve"]\n';
      expect(detect(text, dir)).toMatchObject({ host: '0.0.0.0', port: 7001, configuredBy: { host: 'config-file', port: 'config-file' } });
      // Named but not in the context: unknown.
      expect(detect('FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD ["modelsrv", "serve", "--config", "other.env"]\n', dir)).toMatchObject({ host: null, port: null });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the server catalogue', () => {
  it('has unique ids and config formats that name what they read', () => {
    expect(new Set(SERVERS.map((s) => s.id)).size).toBe(SERVERS.length);
    for (const file of SERVERS.flatMap((s) => s.configFiles ?? [])) {
      if (file.format) expect(file.format.address ?? file.format.host ?? file.format.port).toBeDefined();
      if (file.notAFile) expect(file.pathFlags?.length).toBeGreaterThan(0);
    }
  });
  it('names the source that made an address unknown', () => {
    const s = detectServer(buildModel('Dockerfile', 'FROM python:3.12\nARG X\nENV GUNICORN_CMD_ARGS=$X\nCMD ["gunicorn", "app:app"]\n'));
    expect(s).toMatchObject({ host: null, port: null, configuredBy: { host: 'env', port: 'env' } });
  });
});
