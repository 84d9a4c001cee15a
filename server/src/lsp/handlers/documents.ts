/**
 * The document store: open, change, close. Each change notification is validated as a whole before
 * anything is recorded or applied (a malformed one is rejected and logged once per document); the
 * valid changes are recorded in the document's session (so the next model is derived from the
 * previous one) and applied to its LinesDocument.
 */
import { TextDocuments } from '../protocol';
import { malformedChanges, recordable } from '../changes';
import type { ServerContext } from '../context';
import { LinesDocument } from '../linesDocument';
import { DocumentSession } from '../session';

export function createDocumentStore(ctx: ServerContext): TextDocuments<LinesDocument> {
  const documents = new TextDocuments<LinesDocument>({
    create: LinesDocument.create,
    update: (doc, changes, version) => {
      const session = ctx.sessions.get(doc.uri);
      const problem = malformedChanges(changes);
      if (problem) {
        if (session && !session.loggedMalformedChange) {
          session.loggedMalformedChange = true;
          ctx.connection.console.warn(
            `Kernel Lens: a didChange for ${doc.uri} was ignored (${problem}); further ones are ignored silently.`,
          );
        }
        return doc;
      }
      session?.recordChanges(recordable(changes as Parameters<typeof recordable>[0]));
      doc.update(changes, version);
      return doc;
    },
  });
  documents.onDidOpen((e) => {
    ctx.sessions.get(e.document.uri)?.clearTimer();
    const old = ctx.sessions.get(e.document.uri);
    if (old) old.closed = true;
    const session = new DocumentSession(e.document.uri, e.document, () => ctx.loop.generation);
    ctx.sessions.set(e.document.uri, session);
    ctx.loop.schedule(session);
  });
  documents.onDidChangeContent((e) => {
    const session = ctx.sessions.get(e.document.uri);
    if (session && session.document === e.document) ctx.loop.schedule(session);
  });
  documents.onDidClose((e) => {
    const session = ctx.sessions.get(e.document.uri);
    if (session) {
      session.closed = true;
      session.clearTimer();
    }
    ctx.sessions.delete(e.document.uri);
    void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  return documents;
}
