#!/usr/bin/env node
/**
 * What a moving official tag named on given dates: reads docker-library/official-images history (first-parent, as
 * scripts/gen-images.mjs does) and prints, for each date, the library file version in effect then and the entry that
 * listed the tag (its tags, GitCommit, Directory, GitRepo). The FROM line is then read from the image's repository at
 * that GitCommit and Directory (this script does not do that). Used for images built by a release workflow FROM a
 * moving tag on the release day (server/src/knowledge/images/movingBuilds.ts).
 *
 *   node scripts/moving-tag-at.mjs --official-images <git dir> <image> <tag> <YYYY-MM-DD>...
 */
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
const oi = opt('--official-images');
/** optional: a clone of the image's GitRepo (git dir), to print the final FROM of the entry's Dockerfile at its GitCommit */
const imageRepo = opt('--image-repo');
const [image, tag, ...dates] = args;
const cache = new Map();
const git = (...a) => {
  const key = a.join('\0');
  if (!cache.has(key)) cache.set(key, execFileSync('git', ['--git-dir', oi, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  return cache.get(key);
};
const versions = git('log', '--first-parent', '--format=%H %cI', 'HEAD', '--', `library/${image}`)
  .trim()
  .split('\n')
  .map((l) => l.split(' '));
const lastSeen = new Map();
function lastListing(exact) {
  if (lastSeen.has(exact)) return lastSeen.get(exact);
  for (const [sha] of versions) {
    const blocks = git('show', `${sha}:library/${image}`).split(/\n\s*\n/);
    const b = blocks.find((x) => (x.match(/^Tags:\s*(.+)$/im) ?? [])[1]?.split(/,\s*/).includes(exact));
    if (b) {
      const c = (b.match(/^GitCommit:\s*(.+)$/im) ?? [])[1]?.trim();
      lastSeen.set(exact, c);
      return c;
    }
  }
  return undefined;
}
function finalFrom(commit, dir, file = 'Dockerfile') {
  try {
    const text = execFileSync(
      'git',
      ['--git-dir', imageRepo, 'show', `${commit}:${dir.replace(/^\.\/?/, '')}${dir === '.' ? '' : '/'}${file}`],
      { encoding: 'utf8' },
    );
    const froms = [...text.matchAll(/^FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)].map((m) => m[1]);
    return froms.at(-1) ?? '?';
  } catch {
    return '?';
  }
}
for (const date of dates) {
  const end = `${date}T23:59:59Z`;
  const v = versions.find(([, d]) => new Date(d) <= new Date(end));
  if (!v) {
    console.log(`${date}\tno version`);
    continue;
  }
  const text = git('show', `${v[0]}:library/${image}`);
  const blocks = text.split(/\n\s*\n/);
  const field = (b, k) => (b.match(new RegExp(`^${k}:\\s*(.+)$`, 'mi')) ?? [])[1]?.trim();
  const repo = (text.match(/^GitRepo:\s*(.+)$/m) ?? [])[1]?.trim();
  const hit = blocks.find((b) => [field(b, 'Tags'), field(b, 'SharedTags')].filter(Boolean).join(', ').split(/,\s*/).includes(tag));
  if (!hit) {
    console.log(`${date}\t${v[0].slice(0, 12)} ${v[1]}\ttag not listed`);
    continue;
  }
  // The most specific tag of the entry (its first): the GitCommit official-images last listed it with. When it is the
  // same commit, the generated history's base of that tag (read at its last GitCommit) is what the moving tag was then.
  const exact = field(hit, 'Tags').split(/,\s*/)[0];
  const from = imageRepo ? finalFrom(field(hit, 'GitCommit'), field(hit, 'Directory') ?? '.', field(hit, 'File')) : '';
  const lastCommit = lastListing(exact);
  console.log(
    `${date}\t${v[0].slice(0, 12)} ${v[1].slice(0, 10)}\tTags: ${field(hit, 'Tags')}\tGitCommit: ${field(hit, 'GitCommit')}\tDirectory: ${field(hit, 'Directory')}\tGitRepo: ${field(hit, 'GitRepo') ?? repo}\tFROM ${from}\texact ${exact}: ${lastCommit === field(hit, 'GitCommit') ? 'same GitCommit when last listed' : `last listed with ${lastCommit}`}`,
  );
}
