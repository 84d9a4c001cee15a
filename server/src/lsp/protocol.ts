/**
 * The values this layer takes from vscode-languageserver, imported in this one module. The library is
 * CommonJS: esbuild gives every module that imports from it a copy of its 320 exports (a getter
 * each, made while dist/server-core.js loads); one importing module makes one copy instead of seven.
 * Types are imported from the library directly (they cost nothing at run time).
 */
export {
  AbstractMessageWriter,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  ProposedFeatures,
  RegistrationRequest,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
