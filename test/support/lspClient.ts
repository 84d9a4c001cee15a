/**
 * A real LSP client over stdio for tests and the benchmark: spawns a server process, speaks
 * JSON-RPC through vscode-languageserver-protocol, records published diagnostics, and polls
 * (never sleeps a fixed time) for the state a test waits for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');

export interface StartOptions {
  command?: string;
  args?: string[];
  rootPath?: string;
  settings?: unknown;
  /** Initialization options (the VS Code client sends { trusted, extensionPath }). */
  initializationOptions?: unknown;
  /** Whether the client claims workspace/configuration support (pull model). */
  pullConfiguration?: boolean;
  /** Workspace folders (paths; a multi-root workspace). Default: rootPath alone, if given. */
  workspaceFolders?: string[];
  /** Settings a pull with this folder URI as `scopeUri` answers (a folder's own values); others get `settings`. */
  folderSettings?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
}

export class LspTestClient {
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[]; count: number }>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly shownMessages: { type: number; message: string }[] = [];
  /** Capabilities the server registered at run time (client/registerCapability), in order. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  settings: unknown;
  private versions = new Map<string, number>();
  stderr = '';

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {}

  static async start(opts: StartOptions = {}): Promise<LspTestClient> {
    const proc = spawn(opts.command ?? process.execPath, opts.args ?? [serverPath, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...opts.env },
    });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspTestClient(proc, conn);
    client.settings = opts.settings ?? {};
    proc.stderr!.on('data', (d) => (client.stderr += String(d)));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const prev = client.diagnostics.get(p.uri);
      client.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics, count: (prev?.count ?? 0) + 1 });
    });
    for (const method of ['kernelLens/targetChanged', 'window/logMessage']) {
      conn.onNotification(method, (params: unknown) => {
        client.notifications.push({ method, params });
      });
    }
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      client.shownMessages.push(p);
    });
    conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      client.shownMessages.push(p);
      return null;
    });
    const folderSettings = opts.folderSettings ?? {};
    conn.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) =>
      p.items.map((it) =>
        it.section !== 'kernelLens'
          ? null
          : it.scopeUri !== undefined && Object.hasOwn(folderSettings, it.scopeUri)
            ? folderSettings[it.scopeUri]
            : client.settings,
      ),
    );
    conn.onRequest('client/registerCapability', (params: { registrations?: { method: string; registerOptions?: unknown }[] }) => {
      for (const r of params?.registrations ?? []) client.registrations.push(r);
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
    const rootUri = opts.rootPath ? pathToFileURL(opts.rootPath).toString() : null;
    const folders = opts.workspaceFolders?.map((f, i) => ({ uri: pathToFileURL(f).toString(), name: `ws${i}` }));
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders?.[0]?.uri ?? rootUri,
      workspaceFolders: folders ?? (rootUri ? [{ uri: rootUri, name: 'ws' }] : null),
      initializationOptions: opts.initializationOptions ?? { settings: opts.settings },
      capabilities: {
        workspace: {
          configuration: opts.pullConfiguration ?? true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
          applyEdit: true,
        },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            isPreferredSupport: true,
            dataSupport: true,
          },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          synchronization: { dynamicRegistration: false },
        },
      },
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    this.versions.set(uri, version);
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version, text } });
  }

  change(
    uri: string,
    changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[],
  ): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    return this.conn
      .sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes })
      .then(() => version);
  }

  close(uri: string): Promise<void> {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  hover(uri: string, line: number, character: number): Promise<{ contents: { kind: string; value: string }; range?: unknown } | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, range: unknown, diagnostics: Diagnostic[], only?: string[]): Promise<any[]> {
    return this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  /** Poll until the server published diagnostics for the given version (or any, when undefined). */
  async waitForDiagnostics(
    uri: string,
    opts: { version?: number; timeoutMs?: number; predicate?: (d: Diagnostic[]) => boolean } = {},
  ): Promise<Diagnostic[]> {
    const deadline = Date.now() + (opts.timeoutMs ?? 15000);
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && (opts.version === undefined || d.version === opts.version) && (!opts.predicate || opts.predicate(d.diagnostics)))
        return d.diagnostics;
      if (Date.now() > deadline) {
        throw new Error(
          `no diagnostics for ${uri}${opts.version !== undefined ? ` version ${opts.version}` : ''} within ${opts.timeoutMs ?? 15000} ms (last: ${JSON.stringify(d)?.slice(0, 400)}; stderr: ${this.stderr.slice(-400)})`,
        );
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async changeConfiguration(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kernelLens: settings } });
  }

  async shutdown(): Promise<number | null> {
    // A server that already died (killed by a test or the benchmark) gets no requests: they would
    // never be answered, and with nothing else pending the test process would just end.
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) {
      this.conn.dispose();
      return this.proc.exitCode;
    }
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), 5000)));
    try {
      const answered = await Promise.race([
        this.conn.sendRequest('shutdown').then(() => 'ok' as const),
        deadline,
        exited.then(() => 'exited' as const),
      ]);
      if (answered === 'ok') await this.conn.sendNotification('exit');
      else this.proc.kill();
    } catch {
      this.proc.kill();
    }
    const code = await Promise.race([exited, deadline.then(() => null)]);
    clearTimeout(timer);
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
    this.conn.dispose();
    return code;
  }
}

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}
