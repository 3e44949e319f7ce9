// @ts-check
// A thin client: VS Code starts `dlint lsp --stdio` for Dockerfiles and Containerfiles; everything else
// (diagnostics, fixes, suppressions, rule docs, config) is the language server's.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The configured executable, else the workspace's own dlint (its version and plugins), else the PATH's. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('dlint').get('path');
  if (typeof configured === 'string' && configured !== '') return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'dlint.cmd' : 'dlint');
    if (fs.existsSync(local)) return local;
  }
  return 'dlint';
}

function start() {
  const command = serverCommand();
  // npm's .cmd shims on Windows only run through a shell.
  const run = { command, args: ['lsp', '--stdio'], options: { shell: process.platform === 'win32' } };
  client = new LanguageClient(
    'dlint',
    'dlint',
    { run, debug: run },
    {
      documentSelector: [
        { language: 'dockerfile' },
        { scheme: 'file', pattern: '**/{Containerfile,Containerfile.*}' },
      ],
      initializationOptions: { preset: vscode.workspace.getConfiguration('dlint').get('preset') ?? undefined },
    },
  );
  return client.start();
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('dlint')) return;
      await client?.stop();
      await start();
    }),
  );
  await start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
