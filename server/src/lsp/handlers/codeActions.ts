import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import { CodeActionKind } from '../protocol';
import type { DockerfileModel } from '../../analysis/index';
import { analysis } from '../analysis';
import { documentUriOf, invalidParams, refuseUnlessServing, type ServerContext } from '../context';
import type { DocumentSession } from '../session';
import { toCodeAction, type DiagnosticData } from '../toLsp';

export const FIX_ALL_KIND = 'source.fixAll.kernel-lens';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async (params: CodeActionParams, token) => {
    refuseUnlessServing(ctx);
    const uri = documentUriOf(params);
    if (!Array.isArray(params.context?.diagnostics)) throw invalidParams('context.diagnostics must be an array');
    const session = ctx.sessions.get(uri);
    if (!session) return [];
    const only = Array.isArray(params.context.only) ? params.context.only : undefined;
    const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source);
    const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix);
    const actions: CodeAction[] = [];
    if (wantsQuickFix) {
      const ours = params.context.diagnostics.some((d) => d?.source === 'kernel-lens');
      // Only the current model is needed (not a fresh analysis): cheap, so typing never waits on it.
      const model = ours ? await modelFor(ctx, session, token) : undefined;
      actions.push(...quickFixes(ctx, uri, params, model));
    }
    if (wantsFixAll) {
      const result = await ctx.loop.analyzedFor(session, token);
      const edits = result ? analysis().fixAllEdits(result.findings) : [];
      if (edits.length)
        actions.push({ title: 'Kernel Lens: fix all safe problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
    }
    return actions;
  });
}

/** The model of the current text: at once when cheap, else the one the analysis in progress builds. */
async function modelFor(
  ctx: ServerContext,
  session: DocumentSession,
  token: Parameters<ServerContext['loop']['analyzedFor']>[1],
): Promise<DockerfileModel | undefined> {
  if (session.catchUp()) return session.model;
  return (await ctx.loop.analyzedFor(session, token))?.model;
}

/** Rule fixes travel in Diagnostic.data; the fixes every finding offers are added here, from the current model. */
function quickFixes(ctx: ServerContext, uri: string, params: CodeActionParams, model: DockerfileModel | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const ignoreLine = model ? analysis().findFileIgnoreLine(model) : -1;
  for (const d of params.context.diagnostics) {
    const data = d?.data as DiagnosticData | undefined;
    if (d?.source !== 'kernel-lens' || !data || !Array.isArray(data.fixes)) continue;
    const common = model
      ? analysis().commonFixes(model, { ruleId: data.ruleId, range: d.range, targetMatters: data.targetMatters === true }, ignoreLine)
      : [];
    for (const fix of [...data.fixes, ...common]) {
      if (fix.command && fix.edits.length === 0 && !ctx.client.runsOurCommands) continue;
      // A command-only action (the target picker) once per menu, not once per diagnostic.
      if (fix.command && fix.edits.length === 0 && actions.some((a) => a.title === fix.title)) continue;
      actions.push(toCodeAction(uri, fix, d));
    }
  }
  return actions;
}
