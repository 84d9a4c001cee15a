/**
 * LSP wiring only: documents in, analysis results out. Every decision lives in ../analysis.
 * Runs over IPC (VS Code) or stdio (`node dist/server.js --stdio`, any LSP client).
 *
 * The parts: handlers/documents.ts (the document store and one DocumentSession per open document),
 * analysisLoop.ts (scheduling, sliced preparation and analysis, publishing), handlers/* (requests),
 * toLsp.ts (conversions to LSP types), limits.ts (the named thresholds).
 */
import { resolve } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { AnalysisLoop } from './analysisLoop';
import type { ServerContext } from './context';
import { registerCodeActions } from './handlers/codeActions';
import { registerCustomRequests } from './handlers/custom';
import { createDocumentStore } from './handlers/documents';
import { registerHover } from './handlers/hover';
import { registerLifecycle } from './handlers/lifecycle';
import type { DocumentSession } from './session';
import { createServerConnection } from './transport';
import { WorkspaceTarget } from './workspaceTarget';

export { FIX_ALL_KIND } from './handlers/codeActions';

export function startServer(connection: Connection = createServerConnection()): Connection {
  const sessions = new Map<string, DocumentSession>();
  const client: ServerContext['client'] = {
    initialized: false,
    runsOurCommands: false,
    pullsConfiguration: false,
    extensionRoot: resolve(__dirname, '..'),
    watchesFiles: false,
  };
  // The loop and the workspace refer to each other through the context (a kernel config changing on disk re-analyses).
  const ctx = { connection, sessions, client } as { -readonly [K in keyof ServerContext]: ServerContext[K] };
  ctx.workspace = new WorkspaceTarget(connection, () => ctx.loop.analyzeAll());
  ctx.loop = new AnalysisLoop(
    connection,
    ctx.workspace,
    () => sessions.values(),
    () => client.extensionRoot,
    () => client.watchesFiles,
  );
  registerLifecycle(ctx);
  registerCustomRequests(ctx);
  registerHover(ctx);
  registerCodeActions(ctx);
  createDocumentStore(ctx).listen(connection);
  connection.listen();
  return connection;
}
