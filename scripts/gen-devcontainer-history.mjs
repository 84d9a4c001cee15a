#!/usr/bin/env node
/**
 * Generates server/src/knowledge/images/generated/devcontainerHistory.ts: every tag the dev container build code
 * produced for every published version of every definition, with the LAST version, commit and date that produced it
 * and the FROM base of its variant then. Reads git objects only (git for-each-ref, rev-list, ls-tree, cat-file) of:
 *
 *   microsoft/vscode-dev-containers (archived 2023): images were pushed at each release tag vX.Y.Z
 *     (.github/workflows/push.yml); build/src/utils/config.js getVersionFromRelease: a definition's version is its
 *     manifest's "definitionVersion", else the release's. Manifests: containers/<def>/definition-build.json (2020),
 *     definition-manifest.json (2020-05 on), manifest.json (2022 on); base image: .devcontainer/base.Dockerfile, else
 *     .devcontainer/Dockerfile.
 *   devcontainers/images: src/<def>/manifest.json "version"; base image: src/<def>/.devcontainer/Dockerfile, else
 *     src/<def>/Dockerfile. ASSUMPTION (its pushes skip versions already in the registry): a version is published
 *     when a first-parent commit changes the manifest's version, dated by that commit.
 *
 * Tags (getTagList / getTagsForVersion): each of the manifest's "tags" and the variant's "variantTags", with
 * ${VERSION} = the full version, major.minor, major and '' (unless build.versionedTagsOnly), ${VARIANT} = the variant
 * (':-' → ':', '-NOVARIANT' dropped, a tag ending in ':' skipped), and <image>:latest for the variant build.latest names
 * (true = the first variant). The base is the last FROM of the Dockerfile with ARG defaults and VARIANT substituted;
 * a FROM still naming a variable or an earlier stage is left out (the base stays unknown).
 *
 *   node scripts/gen-devcontainer-history.mjs --vscode <git dir> [--vscode-rev <commit>] --images <git dir> [--images-rev <commit>]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const VSCODE = opt('--vscode');
const IMAGES = opt('--images');
if (!VSCODE || !IMAGES) {
  console.error('usage: gen-devcontainer-history.mjs --vscode <git dir> --images <git dir> [--vscode-rev <c>] [--images-rev <c>]');
  process.exit(2);
}
const git = (repo, ...a) => execFileSync('git', ['-C', repo, ...a], { encoding: 'utf8', maxBuffer: 1 << 30 });

/** Blob contents by id, read in one `git cat-file --batch` per call. */
function readBlobs(repo, ids) {
  const out = new Map();
  const list = [...new Set(ids)];
  for (let i = 0; i < list.length; i += 2000) {
    const chunk = list.slice(i, i + 2000);
    const buf = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], { input: `${chunk.join('\n')}\n`, maxBuffer: 1 << 30 });
    let pos = 0;
    for (const id of chunk) {
      const nl = buf.indexOf(10, pos);
      const header = buf.subarray(pos, nl).toString();
      const size = Number(header.split(' ')[2]);
      out.set(id, buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
      pos = nl + 1 + size + 1;
      if (!header.startsWith(id)) throw new Error(`cat-file: ${header}`);
    }
  }
  return out;
}

/** path → blob id of the files under `prefix` at a commit whose path matches `keep`. */
function tree(repo, commit, prefix, keep) {
  const files = new Map();
  for (const line of git(repo, 'ls-tree', '-r', commit, '--', prefix).split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/.exec(line);
    if (m && keep.test(m[2])) files.set(m[2], m[1]);
  }
  return files;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    // Some manifests carry comments or trailing commas.
    try {
      return JSON.parse(text.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** The last FROM of a Dockerfile with ARG defaults and the variant substituted; undefined when a variable or a stage remains. */
function baseOf(dockerfile, variant) {
  const lines = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const argDefaults = {};
  const stages = new Set();
  let from;
  for (const line of lines) {
    const a = /^\s*ARG\s+(\w+)=("?)([^"\s]*)\2\s*$/i.exec(line);
    if (a && !(a[1] in argDefaults)) argDefaults[a[1]] = a[3];
    const f = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (f) {
      from = f[1];
      if (f[2]) stages.add(f[2].toLowerCase());
    }
  }
  if (!from) return undefined;
  const vars = { ...argDefaults, ...(variant ? { VARIANT: variant } : {}) };
  const ref = from.replace(/\$\{?(\w+)\}?/g, (all, name) => vars[name] ?? all);
  if (ref.includes('$') || stages.has(ref.toLowerCase()) || ref === 'scratch') return undefined;
  return ref;
}

/** Every tag getTagList produces for one variant of one version: [image, tag]. */
function tagsFor(build, variants, version, variant) {
  const parts = version.split('.');
  if (parts.length !== 3) return [];
  const versions = [version, `${parts[0]}.${parts[1]}`, parts[0]];
  if (!build.versionedTagsOnly) versions.push('');
  const templates = [...(build.tags ?? []), ...((variant && build.variantTags?.[variant]) || [])];
  const out = [];
  for (const v of versions)
    for (const t of templates) {
      const tag = t
        .replace('${VERSION}', v)
        .replace(':-', ':')
        .replace(/\$\{?VARIANT\}?/, variant || 'NOVARIANT')
        .replace('-NOVARIANT', '');
      if (!tag.endsWith(':') && tag.includes(':')) out.push(tag);
    }
  const latest = build.latest;
  if (latest && (!variants || variant === latest || (latest === true && variant === variants[0])))
    for (const t of build.tags ?? []) if (t.includes(':')) out.push(`${t.slice(0, t.indexOf(':'))}:latest`);
  return [...new Set(out)];
}

/** image → tag → { version, commit, date, base, from } (the last publish that produced the tag wins). */
const produced = new Map();
/**
 * Tags that name their variant's distribution release are left out: the variant rules of thirdParty.ts
 * (devcontainers/debian-codename, …-number) answer them from the tag, and they make up most of the tags.
 */
const NAMES_RELEASE =
  /(?:^|-)(?:stretch|buster|bullseye|bookworm|trixie|bionic|focal|jammy|noble|resolute|debian-?\d+|ubuntu-?\d\d\.\d\d|alpine-?3\.\d+)(?:-slim)?$/;
function record(fullTag, entry) {
  const i = fullTag.lastIndexOf(':');
  const image = fullTag.slice(0, i);
  const tag = fullTag.slice(i + 1);
  if (NAMES_RELEASE.test(tag)) return;
  if (!produced.has(image)) produced.set(image, new Map());
  const tags = produced.get(image);
  const prev = tags.get(tag);
  if (!prev || prev.date <= entry.date) tags.set(tag, entry);
}

function publish(manifest, dockerfile, version, commit, date, from) {
  const build = manifest.build ?? {};
  const variants = manifest.variants ?? build.variants;
  for (const variant of variants ?? [undefined]) {
    const base = dockerfile ? baseOf(dockerfile, variant) : undefined;
    for (const t of tagsFor(build, variants, version, variant)) record(t, { version, commit, date, base, from });
  }
}

// microsoft/vscode-dev-containers: one publish per release tag, oldest first.
const vscodeRev = git(VSCODE, 'rev-parse', opt('--vscode-rev') ?? 'HEAD').trim();
const releases = git(VSCODE, 'for-each-ref', '--format=%(refname:short) %(*objectname)%(objectname)', 'refs/tags')
  .trim()
  .split('\n')
  .map((l) => l.split(' '))
  .filter(([t]) => /^v\d+\.\d+\.\d+$/.test(t))
  .map(([t, ids]) => [t, ids.slice(0, 40)])
  .sort(([a], [b]) => {
    const x = a.slice(1).split('.').map(Number);
    const y = b.slice(1).split('.').map(Number);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
const VSCODE_FILES =
  /^containers\/[^/]+\/(?:definition-build\.json|definition-manifest\.json|manifest\.json|\.devcontainer\/(?:base\.)?Dockerfile)$/;
let vscodePublishes = 0;
for (const [release, commit] of releases) {
  const files = tree(VSCODE, commit, 'containers', VSCODE_FILES);
  const blobs = readBlobs(VSCODE, [...files.values()]);
  const date = git(VSCODE, 'show', '-s', '--format=%cs', commit).trim();
  const defs = new Set([...files.keys()].map((p) => p.split('/')[1]));
  for (const def of defs) {
    const file = (name) => {
      const id = files.get(`containers/${def}/${name}`);
      return id && blobs.get(id);
    };
    const text = file('manifest.json') ?? file('definition-manifest.json') ?? file('definition-build.json');
    const manifest = text && parseJson(text);
    if (!manifest?.build?.tags) continue;
    const version = manifest.definitionVersion ?? release.slice(1);
    publish(manifest, file('.devcontainer/base.Dockerfile') ?? file('.devcontainer/Dockerfile'), version, commit.slice(0, 8), date, 'v');
    vscodePublishes++;
  }
}

// devcontainers/images: a publish per manifest version change along the first-parent history, oldest first.
const imagesRev = git(IMAGES, 'rev-parse', opt('--images-rev') ?? 'HEAD').trim();
const imageCommits = git(IMAGES, 'rev-list', '--first-parent', '--reverse', '--format=%H %cs', imagesRev, '--', 'src')
  .trim()
  .split('\n')
  .filter((l) => !l.startsWith('commit '))
  .map((l) => l.split(' '));
const IMAGES_FILES = /^src\/[^/]+\/(?:manifest\.json|\.devcontainer\/Dockerfile|Dockerfile)$/;
const lastVersion = new Map();
let imagesPublishes = 0;
let previousManifests = new Map();
for (const [commit, date] of imageCommits) {
  const files = tree(IMAGES, commit, 'src', IMAGES_FILES);
  const manifests = new Map([...files].filter(([p]) => p.endsWith('/manifest.json')));
  const changed = [...manifests].filter(([p, id]) => previousManifests.get(p) !== id);
  previousManifests = manifests;
  if (changed.length === 0) continue;
  const blobs = readBlobs(
    IMAGES,
    changed.map(([, id]) => id),
  );
  for (const [path, id] of changed) {
    const def = path.split('/')[1];
    const manifest = parseJson(blobs.get(id));
    const version = manifest?.version ?? manifest?.definitionVersion;
    if (!manifest?.build?.tags || !version || lastVersion.get(def) === version) continue;
    lastVersion.set(def, version);
    const dockerId = files.get(`src/${def}/.devcontainer/Dockerfile`) ?? files.get(`src/${def}/Dockerfile`);
    const dockerfile = dockerId && readBlobs(IMAGES, [dockerId]).get(dockerId);
    publish(manifest, dockerfile, version, commit.slice(0, 8), date, 'd');
    imagesPublishes++;
  }
}

// Output: per image, its publishes ('<version> <YYYY-MM-DD> <commit> <v|d>', comma-separated), its bases (space-separated)
// and its tags, sorted and front-coded like scripts/gen-images.mjs (a marker character = the length of the prefix
// shared with the previous tag), each '<marker><rest of tag> <publish index> <base index or ->' (indexes in base 36).
const MARKERS = '!#$%&()*+,/;<=>?@[]^`{|}~';
let tagCount = 0;
const body = [...produced]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([image, tags]) => {
    const publishes = [];
    const bases = [];
    const index = (list, key) => {
      let i = list.indexOf(key);
      if (i < 0) i = list.push(key) - 1;
      return i.toString(36);
    };
    let prev = '';
    const rows = [...tags]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([tag, e]) => {
        let n = 0;
        while (n < Math.min(prev.length, tag.length, MARKERS.length - 1) && prev[n] === tag[n]) n++;
        prev = tag;
        tagCount++;
        const p = index(publishes, `${e.version} ${e.date} ${e.commit} ${e.from}`);
        return `${MARKERS[n]}${tag.slice(n)} ${p} ${e.base ? index(bases, e.base) : '-'}`;
      });
    return `  ${JSON.stringify(image)}: [\n    ${JSON.stringify(publishes.join(','))},\n    ${JSON.stringify(bases.join(' '))},\n    ${JSON.stringify(rows.join(' '))},\n  ],`;
  })
  .join('\n');
const vDate = git(VSCODE, 'show', '-s', '--format=%cs', vscodeRev).trim();
const iDate = git(IMAGES, 'show', '-s', '--format=%cs', imagesRev).trim();
const out = `// GENERATED by scripts/gen-devcontainer-history.mjs — do not edit by hand.
// microsoft/vscode-dev-containers @ ${vscodeRev} (${vDate}): ${releases.length} release tags vX.Y.Z of the mirror (${vscodePublishes} definition builds);
// devcontainers/images @ ${imagesRev} (${iDate}): ${imagesPublishes} manifest version changes. ${tagCount} tags of ${produced.size} images.
export const devcontainerHistorySource = {
  vscode: { repository: 'microsoft/vscode-dev-containers', commit: '${vscodeRev}', date: '${vDate}' },
  images: { repository: 'devcontainers/images', commit: '${imagesRev}', date: '${iDate}' },
} as const;
/**
 * Image (path under the registry path, 'python') → [publishes '<version> <YYYY-MM-DD> <commit> <v|d>' joined by ',',
 * bases joined by ' ', rows '<marker><rest of tag> <publish index> <base index|->' joined by ' ' (indexes base 36)]. Rows
 * are sorted by tag; the marker's index in '${MARKERS}' is the length of the prefix shared with the previous row's tag.
 * v = last produced by a vscode-dev-containers release (published under vscode/devcontainers only), d = by devcontainers/images.
 */
export const devcontainerTagRows: Readonly<Record<string, readonly [string, string, string]>> = {
${body}
};
`;
const target = join(import.meta.dirname, '../server/src/knowledge/images/generated/devcontainerHistory.ts');
writeFileSync(target, out);
console.log(
  `wrote ${target}: ${tagCount} tags of ${produced.size} images, ${out.length} bytes; ${releases.length} releases, ${imagesPublishes} images publishes`,
);
