/**
 * What the target host's kernel says about loadable modules, in hover and message words. Judged by
 * the target's kernel config (CONFIG_MODULES) when one is known; without a config the answer is
 * "unknown" — a kernel version alone does not say whether modules are enabled.
 */
import type { RuleContext } from '../types';
import { targetWords } from './related';

export type ModulesSupport = 'on' | 'off' | 'unknown';

export function modulesSupport(ctx: Pick<RuleContext, 'target'>): ModulesSupport {
  const config = ctx.target.config;
  if (!config) return 'unknown';
  const state = config.state('MODULES');
  return state === 'builtin' ? 'on' : state === 'off' ? 'off' : 'unknown';
}

/** One line for hovers: "Target …: loadable modules ✓ / ✗ / unknown" with the evidence. */
export function modulesSupportLine(ctx: Pick<RuleContext, 'target'>): string {
  const who = targetWords(ctx);
  const config = ctx.target.config;
  switch (modulesSupport(ctx)) {
    case 'on':
      return `Host kernel must provide: loadable module support and the module itself, loaded on the host. ${who}: modules ✓ (CONFIG_MODULES=y in ${config!.origin}).`;
    case 'off':
      return `Host kernel must provide: loadable module support. ${who}: ✗ CONFIG_MODULES is off in ${config!.origin} — no module can be loaded there at all; everything must be built in.`;
    default:
      return `Host kernel must provide: loadable module support and the module, loaded on the host. ${who}: unknown (no kernel config known for the target).`;
  }
}
