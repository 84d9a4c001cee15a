/** What the request handlers share: the connection, the open documents, the analysis loop, the workspace. */
import type { Connection } from 'vscode-languageserver/node';
import { ErrorCodes, ResponseError } from './protocol';
import type { AnalysisLoop } from './analysisLoop';
import type { DocumentSession } from './session';
import type { WorkspaceTarget } from './workspaceTarget';

export interface ServerContext {
  readonly connection: Connection;
  readonly loop: AnalysisLoop;
  readonly workspace: WorkspaceTarget;
  readonly sessions: Map<string, DocumentSession>;
  readonly client: {
    initialized: boolean;
    /** Command-only fixes (target picker, rule docs) exist only in the Kernel Lens VS Code client. */
    runsOurCommands: boolean;
    pullsConfiguration: boolean;
    extensionRoot: string;
    /** How the client takes file watchers registered at run time (start scripts beside a Dockerfile), if at all. */
    watchesFiles: 'relative' | 'glob' | false;
  };
}

/** Throws the LSP error for a request that cannot be served now: before `initialize` (-32002) or after `shutdown` (-32600). */
export function refuseUnlessServing(ctx: ServerContext): void {
  if (!ctx.client.initialized) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'Kernel Lens: initialize first');
  if (ctx.loop.shutDown)
    throw new ResponseError(ErrorCodes.InvalidRequest, 'Kernel Lens: the server is shutting down (shutdown was received)');
}

export function invalidParams(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `Kernel Lens: invalid params: ${what}`);
}

/** The `textDocument.uri` of a request's params (throws InvalidParams when missing). */
export function documentUriOf(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
  if (typeof uri !== 'string') throw invalidParams('textDocument.uri must be a string');
  return uri;
}
