/**
 * Lists the base-image references of every coverage sample (test/data/base-images*.tsv) that lookupImage leaves
 * unknown, grouped by repository (the reference without its tag or digest), largest group first: a group's weight is
 * the number of samples it appears in times its distinct references, so families that recur across samples come
 * before one-offs. With -v each reference is printed under its group with the start of its unknown reason; with
 * --samples only the known share of each sample is printed (the figures coverage.test.ts checks against its floors).
 *
 * Run: npx tsx scripts/image-unknowns.ts [-v | --samples]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImageRef } from '../server/src/analysis/imageRef';
import { lookupImage } from '../server/src/knowledge/images/index';

const DATA = join(__dirname, '..', 'test', 'data');

interface Group {
  samples: Set<string>;
  reasons: Map<string, string>;
}

/** The sample's short name: 'main' for base-images.tsv, 'sample7' for base-images-sample7.tsv. */
function sampleName(file: string): string {
  return file.replace(/^base-images-?|\.tsv$/g, '') || 'main';
}

function referencesOf(file: string): { ref: string; external: boolean }[] {
  return readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [ref, kind] = line.split('\t');
      return { ref, external: kind === 'external' };
    });
}

/** Why a reference is unknown, or undefined when it resolves (a labelled guess counts as resolved, as in coverage.test.ts). */
function unknownReason(ref: string): string | undefined {
  const parsed = parseImageRef(ref);
  if (!parsed.ok) return 'the reference does not parse';
  const found = lookupImage(parsed.ref);
  return found.kind === 'unknown' ? found.reason : undefined;
}

function repositoryOf(ref: string): string {
  const parsed = parseImageRef(ref);
  return parsed.ok ? `${parsed.ref.registry}/${parsed.ref.path}` : ref;
}

function main(): void {
  const verbose = process.argv.includes('-v');
  const groups = new Map<string, Group>();
  const shares: string[] = [];
  for (const file of readdirSync(DATA)
    .filter((f) => /^base-images.*\.tsv$/.test(f))
    .sort()) {
    const refs = referencesOf(file);
    let known = 0;
    let externalKnown = 0;
    for (const { ref, external } of refs) {
      const reason = unknownReason(ref);
      if (reason === undefined) {
        known++;
        if (external) externalKnown++;
        continue;
      }
      const repository = repositoryOf(ref);
      const group = groups.get(repository) ?? { samples: new Set<string>(), reasons: new Map<string, string>() };
      group.samples.add(sampleName(file));
      group.reasons.set(ref, reason);
      groups.set(repository, group);
    }
    const externals = refs.filter((r) => r.external).length;
    const pct = ((100 * known) / refs.length).toFixed(1);
    shares.push(`${sampleName(file)}\t${known}/${refs.length}\t${pct}%\texternal ${externalKnown}/${externals}`);
  }
  if (!process.argv.includes('--samples')) {
    const weight = (g: Group) => g.samples.size * g.reasons.size;
    for (const [repository, group] of [...groups].sort((a, b) => weight(b[1]) - weight(a[1]))) {
      console.log(`${group.samples.size}x${group.reasons.size}\t${repository}\t[${[...group.samples].join(',')}]`);
      if (verbose) for (const [ref, reason] of group.reasons) console.log(`    ${ref}\t${reason.slice(0, 160)}`);
    }
  }
  console.log(shares.join('\n'));
}

main();
