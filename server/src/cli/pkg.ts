/** The installed package: its version and where its docs folder is (for SARIF help links). */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
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
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
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
