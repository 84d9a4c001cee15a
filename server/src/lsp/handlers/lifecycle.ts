/** initialize / initialized, settings and watched-file changes, shutdown. */
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { CodeActionKind, DidChangeConfigurationNotification, RegistrationRequest, TextDocumentSyncKind } from '../protocol';
import { loadAnalysisNow } from '../analysis';
import { publishedDiagnostics, toHover } from '../toLsp';
import type { ServerContext } from '../context';
import { FIX_ALL_KIND } from './codeActions';

export function registerLifecycle(ctx: ServerContext): void {
  const { connection, workspace, loop, client } = ctx;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client.pullsConfiguration = !!params.capabilities?.workspace?.configuration;
    const watched = params.capabilities?.workspace?.didChangeWatchedFiles;
    client.watchesFiles = watched?.dynamicRegistration ? (watched.relativePatternSupport ? 'relative' : 'glob') : false;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; trusted?: boolean; extensionPath?: string };
    if (typeof init.extensionPath === 'string') client.extensionRoot = init.extensionPath;
    client.runsOurCommands = typeof init.extensionPath === 'string';
    const folders = (Array.isArray(params.workspaceFolders) ? params.workspaceFolders : [])
      .map((f) => f?.uri)
      .filter((u): u is string => typeof u === 'string');
    if (folders.length === 0 && typeof params.rootUri === 'string') folders.push(params.rootUri);
    workspace.initialize({ folders, trusted: init.trusted !== false, initialSettings: init.settings });
    client.initialized = true;
    // The analysis loads, and runs once on a small Dockerfile, before the answer: the first document
    // opened then runs warmed-up code instead of waiting for it.
    loadAnalysisNow({
      diagnostics: (findings) => publishedDiagnostics(findings, 'file:///warm-up/Dockerfile', client.extensionRoot),
      hover: toHover,
      busy: () => loop.firstDiagnosticsPending(),
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll],
          resolveProvider: false,
        },
      },
      serverInfo: { name: 'kernel-lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (client.pullsConfiguration) {
      // The request `connection.client.register` sends, with an id of our own: the library makes a random
      // UUID, and loading node:crypto for it was about 3 ms of every start, before the first diagnostics.
      const registration = {
        id: 'kernel-lens.configuration',
        method: DidChangeConfigurationNotification.method,
        registerOptions: { section: 'kernelLens' },
      };
      void connection.sendRequest(RegistrationRequest.type, { registrations: [registration] }).catch(() => undefined);
    }
    void workspace
      .reload(client.pullsConfiguration)
      .catch(() => undefined)
      .then(() => {
        loop.settingsReady();
        loop.analyzeAll();
      });
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (!client.pullsConfiguration) workspace.setPushedSettings((change?.settings as { kernelLens?: unknown } | undefined)?.kernelLens);
    await workspace.reload(client.pullsConfiguration);
    loop.analyzeAll();
  });

  // .kernel-lens.json (the VS Code client watches it) and the start scripts a Dockerfile COPYs (registered by the loop).
  connection.onDidChangeWatchedFiles(async () => {
    await workspace.reload(client.pullsConfiguration);
    loop.analyzeAll();
  });

  connection.onShutdown(() => {
    loop.dispose();
    workspace.dispose();
  });
}
