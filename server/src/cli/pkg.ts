/** The installed package: its version, where its docs folder is, and its repository (for SARIF help links). */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json';

export const toolName = 'Kernel Lens';
export const version: string = pkg.version;

let root: string | null | undefined;

/**
 * The package's root folder: the nearest folder above this code holding our package.json. Works
 * from the bundle (dist/cli.js → ..) and from sources (server/src/cli → ../../..).
 */
export function packageRoot(): string | undefined {
  if (root !== undefined) return root ?? undefined;
  root = null;
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let i = 0; i < 6; i++) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (json.name === pkg.name) {
        root = dir;
        break;
      }
    } catch {
      // not here; go up
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return root ?? undefined;
}

/** file:// URI of a rule's docs page in the installed package (docs/rules/<id>.md). */
export function ruleDocsUri(ruleId: string): string | undefined {
  const r = packageRoot();
  return r ? pathToFileURL(path.join(r, 'docs', 'rules', `${ruleId}.md`)).href : undefined;
}

/** The repository's web address from package.json `repository` (`git+…` and `.git` dropped). */
export function repositoryWebUrl(): string | undefined {
  const repo = (pkg as { repository?: string | { url?: string } }).repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  if (!url || !/^(?:git\+)?https:\/\//.test(url)) return undefined;
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
}

/**
 * A rule page on the repository's web site (docs/rules/<id>.md on the default branch): the address
 * a code-scanning reader can open, unlike a file on the machine that ran the check.
 */
export function ruleWebUri(ruleId: string): string | undefined {
  const _web = repositoryWebUrl();
  return repositoryFileWebUri(`docs/rules/${encodeURIComponent(ruleId)}.md`);
}

/** A file of the repository (path from its root) on the repository's web site. */
export function repositoryFileWebUri(pathFromRoot: string): string | undefined {
  const web = repositoryWebUrl();
  return web ? `${web}/blob/main/${pathFromRoot}` : undefined;
}
