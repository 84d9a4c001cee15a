/** Kernel Lens requests beyond LSP: presets, the target of a document, the rules. */
import { analysis } from '../analysis';
import { invalidParams, refuseUnlessServing, type ServerContext } from '../context';

/** What the status bar shows: one target, or the set when `targets` names several. */
interface TargetInfo {
  label: string;
  origin: unknown;
  presetId?: string;
  description: string;
  knowledgeDate: string;
  targets?: string[];
}

export function registerCustomRequests(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onRequest('kernelLens/presets', () => {
    refuseUnlessServing(ctx);
    return analysis().hostPresets.map((p) => ({
      id: p.id,
      name: p.name,
      group: p.group,
      kernel: p.kernel,
      os: p.os,
      windowsBuild: p.windowsBuild,
      arches: p.arches,
    }));
  });
  connection.onRequest('kernelLens/targetInfo', (params: { uri?: unknown } | null | undefined): TargetInfo => {
    refuseUnlessServing(ctx);
    if (params?.uri !== undefined && typeof params.uri !== 'string') throw invalidParams('uri must be a string');
    const session = typeof params?.uri === 'string' ? ctx.sessions.get(params.uri) : undefined;
    const target = session?.result?.target ?? ctx.workspace.resolveFor(typeof params?.uri === 'string' ? params.uri : undefined).target;
    const fleet = session?.result?.fleet;
    if (fleet) {
      const names = fleet.map((m) => m.name);
      const description = `targets: ${fleet
        .map((m) =>
          analysis()
            .describeTarget(m.target)
            .replace(/^target: /, ''),
        )
        .join('; ')}`;
      return {
        label: `${names.length} targets: ${names.join(', ')}`,
        origin: target.origin,
        description,
        knowledgeDate: analysis().knowledgeDate,
        targets: names,
      };
    }
    const { label, origin, presetId } = target;
    return { label, origin, presetId, description: analysis().describeTarget(target), knowledgeDate: analysis().knowledgeDate };
  });
  connection.onRequest('kernelLens/requirements', async (params: { uri?: unknown } | null | undefined, token) => {
    refuseUnlessServing(ctx);
    if (typeof params?.uri !== 'string') throw invalidParams('uri must be a string');
    const session = ctx.sessions.get(params.uri);
    if (!session) return null;
    const result = await ctx.loop.analyzedFor(session, token);
    if (!result) return null;
    const api = analysis();
    const requirements = api.imageRequirements(result);
    const name = decodeURIComponent(params.uri.replace(/^.*\//, '')) || 'Dockerfile';
    return { markdown: api.requirementsMarkdown(requirements, name), requirements };
  });
  connection.onRequest('kernelLens/rules', () => {
    refuseUnlessServing(ctx);
    return analysis()
      .allRules()
      .map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, summary: r.summary }));
  });
}
