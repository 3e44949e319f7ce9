/** `dlint lsp --stdio` and `dlint-language-server`: the server on this process's stdin and stdout. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export function startStdioServer(): void {
  // An editor's linter must outlive its own bugs: log them (stderr is free) and keep serving.
  const log = (e: unknown): void => void process.stderr.write(`dlint lsp: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.on('uncaughtException', log);
  process.on('unhandledRejection', log);
  // stdout carries the protocol; the library routes console output to the client's log instead.
  startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
}
