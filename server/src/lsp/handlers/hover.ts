import type { HoverParams } from 'vscode-languageserver/node';
import { analysis } from '../analysis';
import { isPosition } from '../changes';
import { documentUriOf, invalidParams, refuseUnlessServing, type ServerContext } from '../context';
import { toHover } from '../toLsp';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(async (params: HoverParams, token) => {
    refuseUnlessServing(ctx);
    const uri = documentUriOf(params);
    if (!isPosition(params.position)) throw invalidParams('position must have non-negative integer line and character');
    const session = ctx.sessions.get(uri);
    if (!session) return null;
    const result = await ctx.loop.analyzedFor(session, token);
    return result ? toHover(analysis().hoverAt(result, params.position)) : null;
  });
}
