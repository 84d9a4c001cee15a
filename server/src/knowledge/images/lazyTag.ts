/**
 * Tag patterns compiled on first read. The image tables hold about 1,500 rules, and a lookup reads only the
 * rules of its own repository: a rule whose `tag` is built from text (an alternation of hundreds of exact tags,
 * a library image's version and flavour words) is given it as a getter, so loading the tables at every start
 * does not build and parse patterns no document names. consistency.test.ts reads every rule's pattern.
 */
import type { ImageTagRule } from './ruleTypes';

/** Sets `rule.tag` to a getter that builds the pattern once, when first read; returns the rule. */
export function withLazyTag<T extends Partial<ImageTagRule>>(rule: T, build: () => RegExp): T & { tag: RegExp } {
  let tag: RegExp | undefined;
  return Object.defineProperty(rule, 'tag', { enumerable: true, configurable: true, get: () => (tag ??= build()) }) as T & {
    tag: RegExp;
  };
}
