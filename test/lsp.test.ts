import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './lsp-client.js';
import { workspace } from './workspace.js';

const BAD = [
  'FROM python:3.12-slim',
  'MAINTAINER Jane <jane@example.com>',
  'RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
  'RUN pip install flask',
  'USER 10001',
  'CMD python app.py',
  '',
].join('\n');

const codes = (ds: Diagnostic[]): string[] => ds.map((d) => `${String(d.code)}@${d.range.start.line}`).sort();

describe('dlint lsp --stdio', () => {
  let dir: string;
  let client: TestClient;
  const docs = new Map<string, TextDocument>();

  const uriOf = (name: string): string => pathToFileURL(path.join(dir, name)).href;

  const open = async (name: string, text: string, languageId = 'dockerfile'): Promise<TextDocument> => {
    const doc = TextDocument.create(uriOf(name), languageId, 1, text);
    docs.set(doc.uri, doc);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc.uri, languageId, version: 1, text } });
    return doc;
  };

  /** Sends incremental edits as an editor does, one notification per call. */
  const change = async (uri: string, edits: TextEdit[]): Promise<TextDocument> => {
    const before = docs.get(uri)!;
    const after = TextDocument.update(before, edits.map((e) => ({ range: e.range, text: e.newText })), before.version + 1);
    docs.set(uri, after);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: after.version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    return after;
  };

  /** Applies a code action's edit the way a client does (checking the version it was made for). */
  const apply = async (action: CodeAction): Promise<TextDocument> => {
    const [docEdit] = action.edit!.documentChanges! as { textDocument: { uri: string; version: number }; edits: TextEdit[] }[];
    const doc = docs.get(docEdit!.textDocument.uri)!;
    expect(docEdit!.textDocument.version).toBe(doc.version);
    return change(doc.uri, docEdit!.edits);
  };

  const latest = (uri: string, version: number) => client.diagnostics(uri, (p) => p.version === version);

  const actions = (uri: string, range: Diagnostic['range'], only?: string[]) =>
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only } }) as Promise<CodeAction[]>;

  beforeAll(async () => {
    dir = workspace({ 'Dockerfile': BAD, 'requirements.txt': 'flask\n' });
    ({ client } = await TestClient.start(dir));
  });

  afterAll(async () => {
    if (client.child.exitCode === null) client.child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers initialize with its capabilities and registers config file watchers', async () => {
    const other = workspace({});
    const { client: c, init } = await TestClient.start(other);
    expect(init.serverInfo?.name).toBe('dlint');
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.dlint'] });
    await c.until('watcher registration', () => (c.registrations.length ? c.registrations : undefined));
    expect(c.registrations).toEqual(['workspace/didChangeWatchedFiles']);
    expect(await c.stop()).toBe(0);
  });

  it('publishes diagnostics on open: rule id as code, a docs link, mapped severity, exact ranges', async () => {
    const doc = await open('Dockerfile', BAD);
    const { diagnostics } = await latest(doc.uri, 1);
    expect(codes(diagnostics)).toEqual(['apt-no-install-recommends@2', 'exec-form-cmd@5', 'maintainer-deprecated@1', 'pip-no-cache-dir@3', 'pip-pin-versions@3']);
    const cmd = diagnostics.find((d) => d.code === 'exec-form-cmd')!;
    expect(cmd).toMatchObject({
      range: { start: { line: 5, character: 4 }, end: { line: 5, character: 17 } },
      severity: DiagnosticSeverity.Warning,
      source: 'dlint',
      codeDescription: { href: 'https://github.com/dlint-dev/dlint/blob/main/docs/rules/exec-form-cmd.md' },
    });
    expect(cmd.message).toMatch(/exec form/);
  });

  it('after a burst of edits publishes the latest text only, and never an older version after it', async () => {
    const uri = uriOf('Dockerfile');
    const since = client.published.length;
    let doc = docs.get(uri)!;
    // Type "--no-cache-dir " into line 4 one character at a time, as fast as the pipe takes it.
    const typed = '--no-cache-dir ';
    for (let i = 0; i < typed.length; i++) {
      const at = { line: 3, character: 'RUN pip install '.length + i };
      doc = await change(uri, [{ range: { start: at, end: at }, newText: typed[i]! }]);
    }
    const final = await latest(uri, doc.version);
    expect(codes(final.diagnostics)).toEqual(['apt-no-install-recommends@2', 'exec-form-cmd@5', 'maintainer-deprecated@1', 'pip-pin-versions@3']);
    const versions = client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(doc.version);
    expect(doc.getText().split('\n')[3]).toBe('RUN pip install --no-cache-dir flask');
  });

  it('offers each fix as a quick fix, the safe one preferred; applying it re-lints without that finding', async () => {
    const uri = uriOf('Dockerfile');
    const cmdLine = { start: { line: 5, character: 6 }, end: { line: 5, character: 6 } };
    const offered = await actions(uri, cmdLine);
    const fix = offered.find((a) => a.isPreferred)!;
    expect(fix).toMatchObject({ title: 'Rewrite CMD as ["python", "app.py"] (safe: the shell would run the same words) (dlint exec-form-cmd)', kind: 'quickfix' });
    expect(fix.diagnostics?.map((d) => d.code)).toEqual(['exec-form-cmd']);
    expect(offered.map((a) => a.title)).toEqual([
      'Rewrite CMD as ["python", "app.py"] (safe: the shell would run the same words) (dlint exec-form-cmd)',
      'Disable exec-form-cmd for this line',
      'Disable exec-form-cmd for this file',
      'Fix all safe dlint problems in this file',
    ]);
    const doc = await apply(fix);
    expect(doc.getText().split('\n')[5]).toBe('CMD ["python", "app.py"]');
    const { diagnostics } = await latest(uri, doc.version);
    expect(codes(diagnostics)).not.toContain('exec-form-cmd@5');
    expect(diagnostics).toHaveLength(3);
  });

  it('labels unsafe fixes and does not prefer them', async () => {
    const uri = uriOf('Dockerfile');
    const offered = await actions(uri, { start: { line: 2, character: 33 }, end: { line: 2, character: 33 } });
    const unsafe = offered.find((a) => a.title.startsWith('Add `--no-install-recommends`'))!;
    expect(unsafe.title).toBe('Add `--no-install-recommends` (dlint apt-no-install-recommends; unsafe: may change what the image does)');
    expect(unsafe.isPreferred).toBe(false);
  });

  it('disables a rule for one line with a dlint-ignore comment that the linter honours', async () => {
    const uri = uriOf('Dockerfile');
    const offered = await actions(uri, { start: { line: 3, character: 33 }, end: { line: 3, character: 33 } });
    const disable = offered.find((a) => a.title === 'Disable pip-pin-versions for this line')!;
    const doc = await apply(disable);
    const lines = doc.getText().split('\n');
    expect(lines[3]).toBe('# dlint-ignore pip-pin-versions -- TODO: why this is fine');
    expect(lines[4]).toBe('RUN pip install --no-cache-dir flask');
    const { diagnostics } = await latest(uri, doc.version);
    expect(codes(diagnostics)).toEqual(['apt-no-install-recommends@2', 'maintainer-deprecated@1']);
  });

  it('source.fixAll.dlint applies every safe fix (as --fix does) and leaves the unsafe ones', async () => {
    const uri = uriOf('Dockerfile');
    const [fixAll, ...rest] = await actions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(rest).toEqual([]);
    expect(fixAll).toMatchObject({ title: 'Fix all safe dlint problems in this file', kind: 'source.fixAll.dlint' });
    const doc = await apply(fixAll!);
    expect(doc.getText().split('\n')[1]).toBe('LABEL org.opencontainers.image.authors="Jane <jane@example.com>"');
    const { diagnostics } = await latest(uri, doc.version);
    expect(codes(diagnostics)).toEqual(['apt-no-install-recommends@2']);
    expect(await actions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll'])).toEqual([]);
  });

  it('shows the rule documentation on hover over a finding, and nothing elsewhere', async () => {
    const uri = uriOf('Dockerfile');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 33 } });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('**dlint `apt-no-install-recommends`** (info): `apt-get install` also installs recommended packages');
    expect(value).toContain('### Why is this bad?');
    expect(value).toContain('```dockerfile');
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } })).toBeNull();
  });

  it('re-lints open documents when a config file changes, and shows a broken config on the config file', async () => {
    const uri = uriOf('Dockerfile');
    const config = path.join(dir, '.dlintrc.yaml');
    const notify = () =>
      client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }] });
    let since = client.published.length;
    fs.writeFileSync(config, 'rules:\n  apt-no-install-recommends: off\n');
    await notify();
    expect((await client.diagnostics(uri, () => true, since)).diagnostics).toEqual([]);

    since = client.published.length;
    fs.writeFileSync(config, 'rules:\n  apt-no-install-recommends: off\n  pip-pin-version: off\n');
    await notify();
    const broken = await client.diagnostics(pathToFileURL(config).href, (p) => p.diagnostics.length > 0, since);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 17 } },
      severity: DiagnosticSeverity.Error,
      message: 'rules.pip-pin-version: unknown rule id "pip-pin-version"; did you mean "pip-pin-versions"? (dlint rules lists them)',
    });
    const message = await client.until('a window message', () => client.messages.at(-1));
    expect(message.message).toContain('configuration error');

    since = client.published.length;
    fs.writeFileSync(config, 'rules:\n  pip-no-cache-dir: error\n');
    await notify();
    await client.diagnostics(pathToFileURL(config).href, (p) => p.diagnostics.length === 0, since);
    expect(codes((await client.diagnostics(uri, () => true, since)).diagnostics)).toEqual(['apt-no-install-recommends@2']);

    // Without a watcher notification (clients that do not watch files): the next edit sees the new config.
    fs.writeFileSync(config, 'rules:\n  apt-no-install-recommends: off\n  maintainer-deprecated: error\n');
    const doc = await change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '# base\n' }]);
    expect((await latest(uri, doc.version)).diagnostics).toEqual([]);
    fs.rmSync(config);
  });

  it('counts columns in UTF-16 units and keeps CRLF line endings in fixes', async () => {
    const doc = await open('Containerfile', 'FROM python:3.12-slim\r\nUSER 10001\r\nCMD echo "🐳 ready" && python app.py\r\n');
    const { diagnostics } = await latest(doc.uri, 1);
    const cmd = diagnostics.find((d) => d.code === 'exec-form-cmd')!;
    expect(cmd.range.end).toEqual({ line: 2, character: 'CMD echo "🐳 ready" && python app.py'.length });
    const [disable] = (await actions(doc.uri, cmd.range)).filter((a) => a.title === 'Disable exec-form-cmd for this file');
    const after = await apply(disable!);
    expect(after.getText()).toBe('# dlint-ignore-file exec-form-cmd -- TODO: why this is fine\r\nFROM python:3.12-slim\r\nUSER 10001\r\nCMD echo "🐳 ready" && python app.py\r\n');
    expect((await latest(doc.uri, after.version)).diagnostics).toEqual([]);
  });

  it('puts findings about build-context files on those files, and ignores documents that are not Dockerfiles', async () => {
    const doc = await open('api.Dockerfile', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD ["python", "app.py"]\n');
    const requirements = await client.diagnostics(uriOf('requirements.txt'), (p) => p.diagnostics.length > 0);
    expect(codes(requirements.diagnostics)).toEqual(['requirements-pin-versions@0']);
    expect(requirements.diagnostics[0]!.relatedInformation).toEqual([
      { location: { uri: doc.uri, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 50 } } }, message: 'the RUN that installs requirements.txt' },
    ]);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: doc.uri } });
    await client.diagnostics(uriOf('requirements.txt'), (p) => p.diagnostics.length === 0);

    const notes = await open('notes.txt', 'FROM python\n', 'plaintext');
    expect((await latest(notes.uri, 1)).diagnostics).toEqual([]);
  });

  it('points a finding at the other line it is about (related information)', async () => {
    fs.writeFileSync(path.join(dir, 'app.py'), 'print("serving")\n');
    const doc = await open('app.Dockerfile', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD ["python", "app.py"]\n');
    const { diagnostics } = await latest(doc.uri, 1);
    const order = diagnostics.find((d) => d.code === 'layer-cache-order')!;
    expect(order.range.start.line).toBe(2);
    expect(order.relatedInformation).toEqual([
      { location: { uri: doc.uri, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 50 } } }, message: "the `pip install -r requirements.txt` this copy invalidates" },
    ]);
  });

  it('shuts down and exits cleanly', async () => {
    expect(await client.stop()).toBe(0);
  });
});
