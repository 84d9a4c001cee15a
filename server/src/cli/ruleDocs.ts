/**
 * The text of docs/rules/<id>.md, for SARIF `help`. The bundle (dist/cli.js) carries the pages:
 * scripts/build.mjs defines KERNEL_LENS_RULE_DOCS from docs/rules/ at build time, so the check
 * does not depend on where (or whether) the docs folder is installed. Run from sources, the page
 * is read from the checkout.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { packageRoot, repositoryFileWebUri } from './pkg';

declare const KERNEL_LENS_RULE_DOCS: Record<string, string> | undefined;

function bundledPages(): Record<string, string> | undefined {
  return typeof KERNEL_LENS_RULE_DOCS === 'object' ? KERNEL_LENS_RULE_DOCS : undefined;
}

/** The rule page's Markdown as written, or undefined when there is none. */
export function rulePageMarkdown(ruleId: string): string | undefined {
  const bundled = bundledPages();
  if (bundled) return Object.hasOwn(bundled, ruleId) ? bundled[ruleId] : undefined;
  const root = packageRoot();
  if (!root || !/^[a-z0-9-]+$/.test(ruleId)) return undefined;
  try {
    return readFileSync(join(root, 'docs', 'rules', `${ruleId}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The page with its relative links made absolute on the repository's web site: a SARIF viewer
 * shows the page away from the docs folder, where `../target.md` would lead nowhere.
 */
export function rulePageForViewers(ruleId: string): string | undefined {
  const page = rulePageMarkdown(ruleId);
  if (page === undefined) return undefined;
  return page.replace(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g, (whole, target: string) => {
    const resolved = posix.normalize(posix.join('docs/rules', target));
    if (resolved.startsWith('..')) return whole;
    const web = repositoryFileWebUri(resolved);
    return web ? `](${web})` : whole;
  });
}
