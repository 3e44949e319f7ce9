/**
 * The language server: open Dockerfiles are linted on open and, debounced, on change; only the latest
 * text's findings are published. Config files changing on disk re-lint the open documents.
 */
import path from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Preset } from '../types.js';
import { VERSION } from '../version.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { configDiagnostics } from './config-errors.js';
import { CONFIG_FILE_NAMES, configStamp } from './config-stamp.js';
import { diagnosticsByUri } from './diagnostics.js';
import { hover } from './hover.js';
import { uriPath, WorkspaceLinter } from './workspace-linter.js';

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
const DEBOUNCE_MS = 100;

/** What the editor may pass in `initializationOptions` (the VS Code extension's settings). */
interface InitOptions {
  preset?: Preset;
}

function initOptions(value: unknown): InitOptions {
  const preset = value && typeof value === 'object' ? (value as { preset?: unknown }).preset : undefined;
  return preset === 'recommended' || preset === 'strict' ? { preset } : {};
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  /** Diagnostics on other files (build-context files, configs), by file URI, then by who reported them. */
  const foreign = new Map<string, Map<string, Diagnostic[]>>();
  const shownMessages = new Set<string>();
  /** Config fingerprint last seen per document folder. */
  const stamps = new Map<string, string>();
  let linter: WorkspaceLinter | null = null;
  let documentChanges = false;
  let watchFiles = false;

  const say = (message: string): void => {
    if (shownMessages.has(message)) return;
    shownMessages.add(message);
    // A notification, not `window.showWarningMessage` (a request that clients may reject, e.g. a test harness).
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  };

  /** Sets what `reporter` says about `uri` (another file than the reporter) and publishes the union. */
  const setForeign = (uri: string, reporter: string, diagnostics: Diagnostic[]): void => {
    const by = foreign.get(uri) ?? new Map<string, Diagnostic[]>();
    if (diagnostics.length) by.set(reporter, diagnostics);
    else by.delete(reporter);
    if (by.size) foreign.set(uri, by);
    else foreign.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [...by.values()].flat() });
  };

  const publish = (docUri: string, version: number | undefined, byUri: Map<string, Diagnostic[]>): void => {
    void connection.sendDiagnostics({ uri: docUri, version, diagnostics: byUri.get(docUri) ?? [] });
    for (const [uri, by] of foreign) if (by.has(docUri) && !byUri.has(uri)) setForeign(uri, docUri, []);
    for (const [uri, list] of byUri) if (uri !== docUri) setForeign(uri, docUri, list);
  };

  const run = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc || !linter) return;
    const { version } = doc;
    const file = uriPath(uri);
    const dir = file ? path.dirname(file) : linter.root;
    const stamp = configStamp(dir);
    const known = stamps.get(dir);
    stamps.set(dir, stamp);
    if (known !== undefined && known !== stamp) {
      // A config changed on disk unannounced: re-lint everything open under the new configuration.
      configChanged();
      return;
    }
    const generation = linter.generation;
    try {
      const outcome = await linter.lint(doc);
      // A newer text or a config change since: their own lint publishes.
      if (documents.get(uri)?.version !== version || linter.generation !== generation) return;
      if (outcome.kind === 'linted') publish(uri, version, diagnosticsByUri(outcome.result));
      else if (outcome.kind === 'skipped') publish(uri, version, new Map());
      else {
        const { byUri, unplaced } = configDiagnostics(outcome.error.message, linter.root);
        publish(uri, version, new Map());
        for (const [configUri, list] of byUri) setForeign(configUri, 'config', list);
        const first = outcome.error.message.split('\n')[0]!;
        say(`dlint: configuration error, ${uriPath(uri) ? path.basename(uriPath(uri)!) : uri} is not linted: ${unplaced[0] ?? first}`);
      }
    } catch (e) {
      // A bug or a broken plugin: report it and keep serving the other documents.
      connection.console.error(`dlint: linting ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      say(`dlint: linting failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void run(uri);
      }, delay),
    );
  };

  const configChanged = (): void => {
    if (!linter) return;
    linter.reset();
    shownMessages.clear();
    stamps.clear();
    for (const uri of [...foreign.keys()]) if (foreign.get(uri)!.has('config')) setForeign(uri, 'config', []);
    for (const doc of documents.all()) schedule(doc.uri, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null;
    const root = (folder && uriPath(folder)) ?? process.cwd();
    linter = new WorkspaceLinter({ root, ...initOptions(params.initializationOptions), onNotice: (m) => connection.console.info(`dlint: ${m}`) });
    documentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'dlint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (!watchFiles) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${CONFIG_FILE_NAMES.join(',')}}` }] });
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => CONFIG_FILE_NAMES.includes(path.basename(uriPath(c.uri) ?? '')))) configChanged();
  });

  // The first lint of a document runs at once; edits wait for the typing to pause.
  const opened = new Set<string>();
  documents.onDidChangeContent(({ document }) => {
    schedule(document.uri, opened.has(document.uri) ? DEBOUNCE_MS : 0);
    opened.add(document.uri);
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    opened.delete(document.uri);
    linter?.forget(document.uri);
    publish(document.uri, undefined, new Map());
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const outcome = doc && linter ? await linter.lint(doc) : null;
    if (!doc || outcome?.kind !== 'linted' || outcome.result.version !== doc.version) return [];
    return codeActions(doc, outcome.result, params, documentChanges);
  });

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const outcome = doc && linter ? await linter.lint(doc) : null;
    if (!doc || outcome?.kind !== 'linted' || outcome.result.version !== doc.version) return null;
    return hover(outcome.result, params.position);
  });

  documents.listen(connection);
  connection.listen();
}
