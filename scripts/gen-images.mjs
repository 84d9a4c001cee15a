#!/usr/bin/env node
/**
 * Generates the image knowledge tables under server/src/knowledge/images/generated/ from local git
 * clones (or fetched snapshots) of their primary sources:
 *
 *   --official-images <gitdir>   docker-library/official-images: every version of library/<image> on the main
 *                                line (first-parent history, 2013 → HEAD): when each tag appeared, when it
 *                                was removed, and the entry (GitCommit, Directory) it last had
 *   --endoflife <gitdir>         endoflife-date/endoflife.date: products/<distro>.md release lists
 *   --image-repos <dir>          optional: a folder of git dirs named <owner>+<name>/repo (or <owner>+<name>.git)
 *                                holding the images' own repositories (docker-library/python, nodejs/docker-node, …);
 *                                a tag's base is then read from the FROM line of the Dockerfile at the GitCommit and
 *                                Directory the library file pinned
 *   --rev <commit>               official-images commit to stop at (default HEAD); --eol-rev likewise
 *   --pinned-froms <tsv>         optional: FROM lines of Dockerfiles at pinned GitCommits a clone lacks, read elsewhere at
 *                                exactly that commit (scripts/pinned-froms.tsv: repository, commit, path, FROM)
 *   --report-unread <file>       optional: writes the tags whose base stayed unknown, with the GitRepo, GitCommit and
 *                                Dockerfile their entry names and why it was not read (the repositories to bring next)
 *
 * Usage: npm run knowledge:update -- --official-images ../official-images/.git --endoflife ../endoflife.date/.git
 *
 * Reads only git objects (git --git-dir … show / ls-tree / cat-file); writes only the generated files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'server/src/knowledge/images/generated');

function args() {
  const a = process.argv.slice(2);
  const o = {};
  for (let i = 0; i < a.length; i++) {
    const k = a[i];
    if (!k.startsWith('--')) continue;
    o[k.slice(2)] = a[i + 1];
    i++;
  }
  if (!o['official-images'] || !o.endoflife) {
    console.error(
      'usage: gen-images.mjs --official-images <gitdir> --endoflife <gitdir> [--image-repos <dir>] [--rev <commit>] [--eol-rev <commit>] [--pinned-froms <tsv>] [--report-unread <file>]',
    );
    process.exit(2);
  }
  return o;
}

function gitDir(p) {
  // Accept a work tree (has .git) or a bare/git dir.
  if (existsSync(join(p, '.git'))) return join(p, '.git');
  return p;
}

function git(dir, ...argv) {
  return execFileSync('git', ['--git-dir', dir, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** Reads many objects at once: `git cat-file --batch`, requests like '<rev>:<path>' or a blob id. Missing → undefined. */
function catFiles(dir, requests) {
  const out = new Map();
  if (requests.length === 0) return out;
  const CHUNK = 5000;
  for (let i = 0; i < requests.length; i += CHUNK) {
    const part = requests.slice(i, i + CHUNK);
    const r = spawnSync('git', ['--git-dir', dir, 'cat-file', '--batch'], { input: part.join('\n') + '\n', maxBuffer: 2 ** 31 });
    const buf = r.stdout;
    let pos = 0;
    for (const req of part) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      const header = buf.toString('utf8', pos, nl);
      pos = nl + 1;
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
      const size = Number(header.split(' ')[2]);
      out.set(req, buf.toString('utf8', pos, pos + size));
      pos += size + 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// endoflife.date

/** endoflife.date product → distribution key used by the release ids of the hand-written tables. */
const EOL_PRODUCTS = {
  ubuntu: 'ubuntu',
  debian: 'debian',
  alpine: 'alpine',
  'alpine-linux': 'alpine',
  centos: 'centos',
  'centos-stream': 'centos-stream',
  fedora: 'fedora',
  'rocky-linux': 'rockylinux',
  almalinux: 'almalinux',
  'oracle-linux': 'oraclelinux',
  'amazon-linux': 'amazonlinux',
  rhel: 'rhel',
  redhat: 'rhel',
  opensuse: 'opensuse-leap',
  'windows-server': 'windows-server',
  'windows-server-core': 'windows-server-core',
  'windows-nano-server': 'nanoserver',
  nanoserver: 'nanoserver',
  photon: 'photon',
  'vmware-photon': 'photon',
  'azure-linux': 'azurelinux',
  mageia: 'mageia',
  linuxmint: 'linuxmint',
};

/**
 * The `releases:` list of an endoflife.date front matter: a YAML sequence of flat maps with scalar
 * values (that is all the product files use there), read without a YAML library.
 */
function releasesOf(frontMatter) {
  const lines = frontMatter.split('\n');
  const start = lines.findIndex((l) => /^releases:\s*$/.test(l));
  if (start < 0) return [];
  const out = [];
  let item;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break; // next top-level key
    const m = /^\s*(-\s+)?([A-Za-z][\w-]*):\s*(.*?)\s*$/.exec(line.replace(/\s+#.*$/, ''));
    if (!m) continue;
    if (m[1]) {
      item = {};
      out.push(item);
    }
    if (!item) continue;
    let v = m[3];
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    else if (v === 'true' || v === 'false') v = v === 'true';
    item[m[2]] = v;
  }
  return out;
}

function isoDate(v) {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return undefined;
}

function readEndoflife(dir, rev) {
  const commit = git(dir, 'rev-parse', rev).trim();
  const date = git(dir, 'show', '-s', '--format=%cs', commit).trim();
  const files = git(dir, 'ls-tree', '--name-only', commit, 'products/').split('\n').filter(Boolean);
  const wanted = files.filter((f) => EOL_PRODUCTS[f.replace(/^products\//, '').replace(/\.md$/, '')] !== undefined);
  const blobs = catFiles(
    dir,
    wanted.map((f) => `${commit}:${f}`),
  );
  const products = {};
  for (const f of wanted) {
    const text = blobs.get(`${commit}:${f}`);
    if (!text) continue;
    const m = /^---\n([\s\S]*?)\n---/.exec(text);
    if (!m) continue;
    const product = f.replace(/^products\//, '').replace(/\.md$/, '');
    const rows = [];
    for (const r of releasesOf(m[1])) {
      const eol = isoDate(r.eol) ?? (r.eol === false ? 'no' : undefined);
      const ext =
        isoDate(r.eoes) ?? isoDate(r.extendedSupport) ?? (r.eoes === false || r.extendedSupport === false ? undefined : undefined);
      rows.push([
        String(r.releaseCycle),
        r.codename ? String(r.codename) : '',
        isoDate(r.releaseDate) ?? '',
        eol ?? '',
        ext ?? '',
        r.lts ? 1 : 0,
        r.latest ? String(r.latest) : '',
      ]);
    }
    products[product] = rows;
  }
  return { commit, date, products };
}

// ---------------------------------------------------------------------------------------------
// official-images library files

/** Parses one library/<image> file (both formats) into entries { tags, sharedTags, archs, repo, commit, dir, file }. */
function parseLibrary(text) {
  const entries = [];
  if (/^Tags:/m.test(text)) {
    // RFC 2822-like format (2015 →): a global block, then blocks separated by blank lines.
    const blocks = text.split(/\n\s*\n/);
    let global = {};
    for (const block of blocks) {
      const fields = {};
      let last;
      for (const line of block.split('\n')) {
        if (/^\s*#/.test(line) || line.trim() === '') continue;
        const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
        if (m) {
          last = m[1];
          fields[last] = m[2].trim();
        } else if (last && /^\s/.test(line)) fields[last] += ' ' + line.trim();
      }
      if (!fields.Tags) {
        global = { ...global, ...fields };
        continue;
      }
      const f = { ...global, ...fields };
      const list = (s) =>
        (s ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
      entries.push({
        tags: list(f.Tags),
        sharedTags: list(f.SharedTags),
        archs: list(f.Architectures ?? 'amd64'),
        repo: f.GitRepo ?? '',
        commit: f.GitCommit ?? '',
        dir: f.Directory ?? '.',
        file: f.File ?? 'Dockerfile',
      });
    }
    return entries;
  }
  // Older formats (2013–2016): "tag: git://github.com/owner/repo@ref [directory]", the ref a commit or a git tag
  // (`5.20: git://github.com/perl/docker-perl@r20160430.0 5.020.003-64bit`), and the first one (September–October 2013):
  // "tag<TAB>git://github.com/owner/repo<TAB>C:<commit>" ("B:<branch>" or no ref at all). Every line is a tag published
  // in that version whatever its ref names: only a commit (or a tag resolved in the clone: tagCommit) can pin a FROM.
  const byKey = new Map();
  for (const line of text.split('\n')) {
    const e = oldFormatLine(line);
    if (!e) continue;
    const key = `${e.repo}@${e.commit || e.ref || ''} ${e.dir}`;
    if (!byKey.has(key)) {
      const { tag: _tag, ...entry } = e;
      byKey.set(key, { ...entry, tags: [] });
      entries.push(byKey.get(key));
    }
    byKey.get(key).tags.push(e.tag);
  }
  return entries;
}

const HEX_COMMIT = /^[0-9a-f]{7,40}$/;

/**
 * One line of a 2013–2016 library file → { tag, repo, commit ('' unless a hex commit), ref (a git tag's name, when the
 * `@` names one), dir, file } or undefined. The old format states no architectures (per-architecture images came in
 * 2017): left empty = not stated. A ref that is not a commit counts only after a URL, so a header such as
 * `Maintainers: Jo <jo@x.org> (@jo)` in a file without `Tags:` is never read as a tag.
 */
function oldFormatLine(line) {
  const base = { sharedTags: [], archs: [], commit: '', ref: undefined, dir: '.', file: 'Dockerfile' };
  let m = /^\s*([\w][\w.-]*)\s*:\s*(\S+)@([\w./-]+)(?:\s+(\S+))?\s*$/.exec(line);
  if (m && (HEX_COMMIT.test(m[3]) || /^[a-z+]+:\/\//.test(m[2]))) {
    const commit = HEX_COMMIT.test(m[3]) ? m[3] : '';
    return { ...base, tag: m[1], repo: m[2], commit, ref: commit ? undefined : m[3], dir: m[4] ?? '.' };
  }
  m = /^([\w][\w.-]*)\s+((?:git|https?):\/\/\S+)(?:\s+([CB]):(\S+))?\s*$/.exec(line);
  if (m) return { ...base, tag: m[1], repo: m[2], commit: m[3] === 'C' && HEX_COMMIT.test(m[4]) ? m[4] : '' };
  return undefined;
}

/**
 * The commit a git tag named by a 2013–2016 entry points to in the image repository's clone (`refs/tags/<ref>^{commit}`),
 * or undefined when the clone lacks that tag. Only tags: a release tag is fixed, a branch has moved on since.
 */
const tagCommits = new Map();
function tagCommit(gd, ref) {
  const key = `${gd} ${ref}`;
  if (!tagCommits.has(key)) {
    const r = spawnSync('git', ['--git-dir', gd, 'rev-parse', '--verify', '-q', `refs/tags/${ref}^{commit}`], { encoding: 'utf8' });
    tagCommits.set(key, r.status === 0 ? r.stdout.trim() : undefined);
  }
  return tagCommits.get(key);
}

/** The commit an entry pins: its GitCommit, or the commit its git tag names in the clone `gd`; undefined when neither. */
function entryCommit(entry, gd) {
  if (HEX_COMMIT.test(entry.commit)) return entry.commit;
  return gd && entry.ref ? tagCommit(gd, entry.ref) : undefined;
}

/** Distribution images: their tags are releases, resolved by the release tables (base '='). */
const DISTRO_IMAGES = new Set([
  'ubuntu',
  'debian',
  'alpine',
  'centos',
  'fedora',
  'amazonlinux',
  'oraclelinux',
  'rockylinux',
  'almalinux',
  'photon',
  'opensuse',
  'clearlinux',
  'mageia',
  'archlinux',
  'busybox',
  'ubuntu-debootstrap',
  'ubuntu-upstart',
  'crux',
  'sourcemage',
  'neurodebian',
  'cirros',
  'scratch',
  'alt',
  'sl',
  'ros',
  'clefos',
  'euleros',
  'swarm',
]);

const ARCH_PREFIX = /^(?:amd64|arm32v5|arm32v6|arm32v7|arm64v8|i386|ppc64le|s390x|riscv64|mips64le|windows-amd64)$/;

function readOfficialImages(dir, rev, imageRepos, pinnedFroms) {
  const head = git(dir, 'rev-parse', rev).trim();
  const headDate = git(dir, 'show', '-s', '--format=%cs', head).trim();
  // Every version of every library file on the main line, oldest first: the merge commits' diffs
  // against their first parent, so a pull request's files count from the day they were merged.
  const log = git(
    dir,
    'log',
    '--first-parent',
    '-m',
    '--raw',
    '--no-abbrev',
    '--no-renames',
    '--reverse',
    '--format=C %H %cs',
    head,
    '--',
    'library/',
  );
  const changes = [];
  let date;
  for (const line of log.split('\n')) {
    if (line.startsWith('C ')) {
      date = line.split(' ')[2];
      continue;
    }
    const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) \w+\tlibrary\/([^/\s]+)$/.exec(line);
    if (m) changes.push({ date, blob: m[1], image: m[2] });
  }
  const deleted = (b) => /^0+$/.test(b);
  const blobs = catFiles(dir, [...new Set(changes.map((c) => c.blob).filter((b) => !deleted(b)))]);
  console.error(`official-images: ${changes.length} versions of library files (${blobs.size} distinct), ${changes[0]?.date} … ${headDate}`);
  /** image → tag → { first, last (month it stopped being published, or the head month), entry, current } */
  const images = new Map();
  /** image → tags of its current version */
  const live = new Map();
  const parsed = new Map();
  for (const c of changes) {
    let tags = images.get(c.image);
    if (!tags) {
      tags = new Map();
      images.set(c.image, tags);
    }
    const entries = deleted(c.blob) ? [] : (parsed.get(c.blob) ?? parsed.set(c.blob, parseLibrary(blobs.get(c.blob) ?? '')).get(c.blob));
    const now = new Set();
    for (const e of entries) {
      for (const [tag, shared] of [...e.tags.map((x) => [x, false]), ...e.sharedTags.map((x) => [x, true])]) {
        // A tag in Tags wins over the same tag in SharedTags; a Windows-only entry never replaces a Linux one.
        const windowsOnly = e.archs.length > 0 && e.archs.every((a) => a.startsWith('windows-'));
        if (now.has(tag) && (shared || windowsOnly)) continue;
        now.add(tag);
        const row = tags.get(tag) ?? { first: c.date.slice(0, 7) };
        row.entry = e;
        row.removed = undefined;
        tags.set(tag, row);
      }
    }
    for (const tag of live.get(c.image) ?? []) if (!now.has(tag)) tags.get(tag).removed = c.date.slice(0, 7);
    live.set(c.image, now);
  }
  for (const tags of images.values()) {
    for (const row of tags.values()) {
      row.current = row.removed === undefined;
      row.last = row.removed ?? headDate.slice(0, 7);
    }
  }
  return {
    head,
    headDate,
    versions: changes.length,
    firstDate: changes[0]?.date ?? headDate,
    images,
    repoCommits: findBases(images, imageRepos, pinnedFroms),
  };
}

// ---------------------------------------------------------------------------------------------
// Base of a tag

const DEBIAN_CODENAMES = [
  'hamm',
  'slink',
  'potato',
  'woody',
  'sarge',
  'etch',
  'lenny',
  'squeeze',
  'wheezy',
  'jessie',
  'stretch',
  'buster',
  'bullseye',
  'bookworm',
  'trixie',
  'forky',
  'duke',
  'sid',
];
let UBUNTU_CODENAMES = [];

/** Base reference a tag (or directory) names, e.g. 'alpine3.12' → 'alpine:3.12'; undefined when it names none. */
function baseFromWords(text) {
  const words = text.toLowerCase().split(/[-/_]/);
  const has = (w) => words.includes(w);
  for (const w of words) {
    let m;
    if ((m = /^alpine(3\.\d+)$/.exec(w))) return `alpine:${m[1]}`;
    if ((m = /^alpine-?(3\.\d+)$/.exec(w))) return `alpine:${m[1]}`;
  }
  const ai = words.indexOf('alpine');
  if (ai >= 0 && /^3\.\d+$/.test(words[ai + 1] ?? '')) return `alpine:${words[ai + 1]}`;
  // Directory layouts such as 6.3/ubuntu/24.04, 8/debian/12, 2/amazonlinux/2023, 9/rhel/ubi9.
  for (const [i, w] of words.entries()) {
    const next = words[i + 1] ?? '';
    if (w === 'ubuntu' && /^\d\d\.\d\d$/.test(next)) return `ubuntu:${next}`;
    if (w === 'debian' && /^\d{1,2}$/.test(next)) return has('slim') ? `debian:${next}-slim` : `debian:${next}`;
    if ((w === 'centos' || w === 'amazonlinux' || w === 'oraclelinux' || w === 'fedora') && /^\d{1,4}$/.test(next)) return `${w}:${next}`;
  }
  for (const c of DEBIAN_CODENAMES) if (has(c)) return has('slim') ? `debian:${c}-slim` : `debian:${c}`;
  for (const c of UBUNTU_CODENAMES) if (has(c)) return `ubuntu:${c}`;
  for (const w of words) {
    let m;
    if ((m = /^ubuntu(\d\d\.\d\d)$/.exec(w))) return `ubuntu:${m[1]}`;
    if ((m = /^oraclelinux(\d+)$/.exec(w))) return `oraclelinux:${m[1]}`;
    if ((m = /^ubi(\d+)$/.exec(w)))
      return has('minimal') ? `registry.access.redhat.com/ubi${m[1]}/ubi-minimal` : `registry.access.redhat.com/ubi${m[1]}/ubi`;
    if ((m = /^centos(\d+)$/.exec(w))) return `centos:${m[1]}`;
    if ((m = /^fedora(\d+)$/.exec(w))) return `fedora:${m[1]}`;
    if (w === 'al2023') return 'amazonlinux:2023';
    if (w === 'al2') return 'amazonlinux:2';
    if ((m = /^(ltsc20\d\d|1[0-9]{3}|20h2|2004|2009)$/.exec(w))) {
      const i = words.indexOf(w);
      if (words[i - 1] === 'windowsservercore' || words[i - 1] === 'servercore') return `mcr.microsoft.com/windows/servercore:${w}`;
      if (words[i - 1] === 'nanoserver') return `mcr.microsoft.com/windows/nanoserver:${w}`;
    }
  }
  return undefined;
}

/** Moving base tags: what they named then is not what they name now, so they are not followed. */
function isMovingBase(ref) {
  const m = /^(?:[\w.-]+\/)*([\w.-]+)(?::([\w.-]+))?$/.exec(ref);
  if (!m) return true;
  const tag = m[2] ?? 'latest';
  if (/^(latest|stable|oldstable|oldoldstable|testing|unstable|edge|rolling|lts|devel|current|mainline)$/.test(tag)) return true;
  if (m[1] === 'alpine' && tag === '3') return true;
  return false;
}

function repoKey(url) {
  const m = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url ?? '');
  return m ? `${m[1]}/${m[2]}`.toLowerCase() : undefined;
}

/**
 * Repositories GitHub renamed or moved (the old name redirects): official-images still names the old one, whose newest
 * snapshot may be years older than the new name's, or not to be had. The new name's clone is read when there is one.
 * Each pair below was checked, not assumed: GitCommits the old name's entries pinned are commits of the new name's
 * snapshot (a commit id is the hash of its tree, so the Dockerfile read there is the one the entry pinned); a pinned
 * commit the new snapshot lacks falls to laterPins, as for any clone.
 */
const RENAMED = {
  'eclipse/jetty.docker': 'jetty/jetty.docker',
  'c0b/docker-erlang-otp': 'erlang/docker-erlang-otp',
  'c0b/docker-elixir': 'erlef/docker-elixir',
  'jenkinsci/jenkins-ci.org-docker': 'jenkinsci/docker',
  'cloudbees/jenkins-ci.org-docker': 'jenkinsci/docker',
  'docker-library/mariadb': 'mariadb/mariadb-docker',
  'cpuguy83/docker-jruby': 'jruby/docker-jruby',
  'joomla/docker-joomla': 'joomla-docker/docker-joomla',
  'eclipse/mosquitto': 'eclipse-mosquitto/mosquitto',
  'perl6/docker': 'rakudo/docker',
  'raku/docker': 'rakudo/docker',
  'joyent/docker-node': 'nodejs/docker-node',
  'iojs/docker-iojs': 'nodejs/docker-iojs',
  'docker/distribution-library-image': 'distribution/distribution-library-image',
  'docker-flink/docker-flink': 'apache/flink-docker',
  'docker-library/java': 'docker-library/openjdk',
  'piwik/docker-piwik': 'matomo-org/docker',
  'mashape/docker-kong': 'kong/docker-kong',
  '31z4/storm-docker': 'apache/storm-docker',
  'yourls/docker-yourls': 'yourls/containers',
  'yourls/docker': 'yourls/containers',
  'yourls/images': 'yourls/containers',
  'krakendio/docker-library': 'krakend/docker-library',
  'md5/docker-jetty': 'appropriate/docker-jetty',
  'klaemo/docker-couchdb': 'apache/couchdb-docker',
  'docker-library/docker-python': 'docker-library/python',
  'docker-library/docker-mysql': 'docker-library/mysql',
  'jfrazelle/irssi': 'jessfraz/irssi',
  'dotcloud/docker': 'moby/moby',
  'docker/docker': 'moby/moby',
  'dotcloud/docker-registry': 'docker/docker-registry',
};

function listImageRepos(dirArg) {
  const map = new Map();
  if (!dirArg) return map;
  for (const name of readdirSync(dirArg)) {
    const m = /^([\w.-]+)\+([\w.-]+?)(?:\.git)?$/.exec(name);
    if (!m) continue;
    const candidates = [join(dirArg, name, 'repo'), join(dirArg, name)];
    const g = candidates.find((c) => existsSync(join(c, 'HEAD')) || existsSync(join(c, '.git')));
    if (g) map.set(`${m[1]}/${m[2]}`.toLowerCase(), gitDir(g));
  }
  for (const [from, to] of Object.entries(RENAMED)) if (map.has(to)) map.set(from, map.get(to));
  return map;
}

/** The final stage's base from a Dockerfile text (ARG defaults substituted; stage names followed). */
function finalFrom(text) {
  const args = {};
  const stages = new Map();
  let last;
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    let m;
    if ((m = /^\s*ARG\s+(\w+)=("?)([^\s"]*)\2/i.exec(line))) {
      if (!(m[1] in args)) args[m[1]] = m[3];
      continue;
    }
    if ((m = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line))) {
      let img = m[1].replace(/\$\{?(\w+)\}?/g, (_a, n) => args[n] ?? `$${n}`);
      if (img.includes('$')) img = undefined;
      else if (stages.has(img.toLowerCase())) img = stages.get(img.toLowerCase());
      if (m[2]) stages.set(m[2].toLowerCase(), img);
      last = img ?? '?';
    }
  }
  return last;
}

/** Image repositories some tag's FROM line was looked up in (named in the generated header). */
const usedRepos = new Set();

/** scripts/pinned-froms.tsv: 'owner/name commit:path' → FROM, for pinned commits the clones lack. */
function readPinnedFroms(file) {
  const map = new Map();
  if (!file) return map;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [repo, commit, path, from] = line.split('\t');
    map.set(`${repo.toLowerCase()} ${commit}:${path}`, from.trim());
  }
  return map;
}

function findBases(images, imageRepos, pinnedFroms = new Map()) {
  // Collect (repo, commit, dir/file) requests per image repository.
  const perRepo = new Map();
  const keyOf = new Map();
  const froms = new Map();
  for (const tags of images.values()) {
    for (const row of tags.values()) {
      const key = repoKey(row.entry.repo);
      const gd = key && imageRepos.get(key);
      const commit = key && entryCommit(row.entry, gd);
      if (!commit) continue;
      const dir = row.entry.dir === '.' ? '' : row.entry.dir.replace(/^\.\//, '').replace(/\/$/, '') + '/';
      const req = `${commit}:${dir}${row.entry.file}`;
      if (!gd) {
        // No clone (docker-library/gcc: its snapshot is too large to fetch): a FROM read elsewhere at exactly the pinned
        // commit (scripts/pinned-froms.tsv) still answers; keyed under a name no git dir can have.
        const pinned = pinnedFroms.get(`${key} ${req}`);
        if (!pinned) continue;
        row.fromRequest = { gd: `pinned:${key}`, req, key };
        froms.set(`pinned:${key} ${req}`, pinned);
        usedRepos.add(key);
        continue;
      }
      row.fromRequest = { gd, req, key };
      usedRepos.add(key);
      if (!keyOf.has(gd)) keyOf.set(gd, new Set());
      keyOf.get(gd).add(key);
      if (!perRepo.has(gd)) perRepo.set(gd, new Set());
      perRepo.get(gd).add(req);
    }
  }
  for (const [gd, reqs] of perRepo) {
    const got = catFiles(gd, [...reqs]);
    let found = 0;
    for (const [req, text] of got) {
      const f = finalFrom(text);
      if (f) {
        froms.set(`${gd} ${req}`, f);
        found++;
      }
    }
    const missing = [];
    for (const req of reqs) {
      if (got.has(req)) continue;
      // A renamed repository's clone serves several names (RENAMED): the row may be filed under any of them.
      const pinned = [...keyOf.get(gd)].map((k) => pinnedFroms.get(`${k} ${req}`)).find(Boolean);
      if (pinned) {
        froms.set(`${gd} ${req}`, pinned);
        found++;
      } else missing.push(req);
    }
    console.error(`  ${gd}: ${found}/${reqs.size} Dockerfiles read`);
    laterPins(gd, missing, froms);
  }
  return froms;
}

/**
 * A GitCommit missing from the clone (official-images pinned a commit newer than the snapshot read): the Dockerfile at
 * the same path is read in every commit of the clone that touched it. Its base is taken ('L' evidence) only when every
 * version of that file names the same base, not a moving tag: then the newest version read (commit and date recorded)
 * is what the path had said throughout, and the pinned commit is taken to say it too. Otherwise the tag stays unknown.
 */
function laterPins(gd, missing, froms) {
  const byPath = new Map();
  for (const req of missing) {
    const path = req.slice(req.indexOf(':') + 1);
    if (!byPath.has(path)) byPath.set(path, []);
    byPath.get(path).push(req);
  }
  let taken = 0;
  for (const [path, reqs] of byPath) {
    let log;
    try {
      log = git(gd, 'log', '--all', '--format=%H %cs', '--', path).split('\n').filter(Boolean);
    } catch {
      continue;
    }
    if (log.length === 0) continue;
    const texts = catFiles(
      gd,
      log.map((l) => `${l.split(' ')[0]}:${path}`),
    );
    const bases = new Set();
    for (const text of texts.values()) bases.add(finalFrom(text) ?? '?');
    const [newest, date] = log[0].split(' ');
    const base = [...bases][0];
    if (bases.size !== 1 || !base || base === '?' || base === 'scratch' || isMovingBase(base)) continue;
    for (const req of reqs) froms.set(`${gd} ${req}`, `L${base}~${newest.slice(0, 8)}~${date}~${texts.size}`);
    taken += reqs.length;
  }
  if (missing.length)
    console.error(
      `    ${missing.length} pinned Dockerfiles missing; ${taken} read from their path's newest version (same base in every version)`,
    );
}

/**
 * Base code of a tag row: '=' distribution image, 'F<ref>' FROM line, 'T<ref>' tag name, 'S<ref>' another tag of the
 * same entry, 'D<ref>' directory, 'M<ref>' FROM a moving tag, '?' unknown (strongest evidence first).
 */
function baseOf(image, tag, row, froms) {
  if (DISTRO_IMAGES.has(image)) {
    // The most specific other tag of the same entry (latest → 8.4.2105): what an alias meant when last published.
    const siblings = row.entry.tags.filter((t) => t !== tag && /^[\w.-]+$/.test(t));
    const specific = siblings.sort((a, b) => b.split(/[.-]/).length - a.split(/[.-]/).length || b.length - a.length)[0];
    return specific && !/^\d/.test(tag) ? `=${specific}` : '=';
  }
  let moving;
  let later;
  if (row.fromRequest) {
    const f = froms.get(`${row.fromRequest.gd} ${row.fromRequest.req}`);
    if (f?.startsWith('L')) later = f;
    else if (f === 'scratch') return 'Fscratch';
    else if (f && f !== '?' && !isMovingBase(f)) return `F${f}`;
    else if (f && f !== '?') moving = `M${f}`;
  }
  // A release the tag names is what that tag was published as, even where the Dockerfile says FROM a moving tag.
  const fromTag = baseFromWords(tag);
  if (fromTag) return `T${fromTag}`;
  // One entry of a library file is one image under several tags (redis: `7.4.5, 7.4, 7, 7.4.5-bookworm, 7-bookworm`):
  // a release named by another tag of the same entry is this tag's base too, when the entry's tags name only one.
  const named = new Set(
    [...row.entry.tags, ...row.entry.sharedTags]
      .filter((t) => t !== tag)
      .map(baseFromWords)
      .filter(Boolean),
  );
  if (named.size === 1) return `S${[...named][0]}`;
  const fromDir = baseFromWords(row.entry.dir ?? '');
  if (fromDir) return `D${fromDir}`;
  if (later) return later;
  if (moving) return moving;
  const words = `${tag}/${row.entry.dir}`.toLowerCase().split(/[-/_]/);
  if (words.includes('alpine')) return '?alpine';
  if (words.some((w) => /^(windowsservercore|nanoserver)$/.test(w))) return '?windows';
  return '?';
}

/**
 * One line of the --report-unread list: image, tag, current|<month>, the GitRepo, GitCommit and Dockerfile path its
 * entry names, and why no FROM was read (no clone of the repository, commit missing from it, no FROM line).
 */
function unreadRow(image, tag, row, froms) {
  const e = row.entry;
  const dir = e.dir === '.' ? '' : e.dir.replace(/^\.\//, '').replace(/\/$/, '') + '/';
  let why = 'no clone';
  if (row.fromRequest) why = froms.has(`${row.fromRequest.gd} ${row.fromRequest.req}`) ? 'FROM not read' : 'commit or file missing';
  if (!e.commit && e.ref && !row.fromRequest) why = 'no clone, or the clone lacks the tag';
  return [image, tag, row.current ? 'current' : row.last, repoKey(e.repo) ?? e.repo, e.commit || e.ref || '', `${dir}${e.file}`, why].join(
    '\t',
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * Front coding of a sorted tag list: each tag is written as one marker character, whose index in
 * MARKERS is the length of the prefix it shares with the previous tag, then the rest of the tag.
 * Tags use only [A-Za-z0-9_.-], so markers never occur inside a tag. Decoded by history.ts.
 */
const MARKERS = '!#$%&()*+,/;<=>?@[]^`{|}~';
function frontCode(tags) {
  const sorted = [...tags].sort();
  let prev = '';
  let out = '';
  for (const t of sorted) {
    let n = 0;
    while (n < MARKERS.length - 1 && n < t.length && n < prev.length && t[n] === prev[n]) n++;
    out += MARKERS[n] + t.slice(n);
    prev = t;
  }
  return out;
}

function main() {
  const o = args();
  const eol = readEndoflife(gitDir(o.endoflife), o['eol-rev'] ?? 'HEAD');
  setUbuntuCodenames(eol.products);
  const oiDir = gitDir(o['official-images']);
  const repos = listImageRepos(o['image-repos']);
  const oi = readOfficialImages(oiDir, o.rev ?? 'HEAD', repos, readPinnedFroms(o['pinned-froms']));
  const froms = oi.repoCommits;

  mkdirSync(outDir, { recursive: true });
  const header = (what) => `// GENERATED by scripts/gen-images.mjs (npm run knowledge:update) — do not edit by hand.\n// ${what}\n`;

  // endoflife.date releases
  const eolOut =
    header(`endoflife-date/endoflife.date @ ${eol.commit} (${eol.date}): products/*.md releases.`) +
    `/** [releaseCycle, codename, releaseDate, eol ('no' = not announced), extended support end, lts, latest point release] per product. */\n` +
    `export const endoflifeSource = { repository: 'endoflife-date/endoflife.date', commit: '${eol.commit}', date: '${eol.date}' } as const;\n` +
    `export const endoflifeReleases: Readonly<Record<string, ReadonlyArray<readonly [string, string, string, string, string, number, string]>>> = ${JSON.stringify(eol.products)};\n`;
  writeFileSync(join(outDir, 'endoflifeReleases.ts'), eolOut);

  // official-images tag history
  const data = {};
  /** Tags whose base stayed unknown, with the Dockerfile that would name it (for --report-unread). */
  const unread = [];
  let tagCount = 0;
  const baseKinds = {};
  for (const [image, tags] of [...oi.images].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (image.includes('/') || ARCH_PREFIX.test(image)) continue;
    const bases = [];
    const baseIdx = new Map();
    const archSets = [];
    const archIdx = new Map();
    const groups = new Map();
    for (const [tag, row] of tags) {
      const b = baseOf(image, tag, row, froms);
      baseKinds[b[0]] = (baseKinds[b[0]] ?? 0) + 1;
      if (b[0] === '?') unread.push(unreadRow(image, tag, row, froms));
      if (!baseIdx.has(b)) {
        baseIdx.set(b, bases.length);
        bases.push(b);
      }
      const archs = row.entry.archs.join(',');
      if (!archIdx.has(archs)) {
        archIdx.set(archs, archSets.length);
        archSets.push(archs);
      }
      const key = `${row.last},${baseIdx.get(b)},${archIdx.get(archs)}${row.current ? ',c' : ''}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(tag);
      tagCount++;
    }
    // Space-separated (no character that needs an escape in a JS string literal: the bundle parses faster).
    data[image] = [bases.join('|'), archSets.join('|'), ...[...groups].map(([k, t]) => `${k}:${frontCode(t)}`)].join(' ');
  }
  const oiOut =
    header(
      `docker-library/official-images @ ${oi.head} (${oi.headDate}): every version of library/<image> on the main line (${oi.versions} versions, ${oi.firstDate} … ${oi.headDate}).`,
    ) +
    `// Image repositories read for FROM lines (at the GitCommit each tag pinned): ${[...usedRepos].sort().join(', ') || 'none'}.\n` +
    `/**\n * Per image: first line = bases ('|'-separated; '=' distribution image, 'F<ref>' FROM line of the Dockerfile at the\n` +
    ` * pinned GitCommit, 'M<ref>' FROM a moving tag, 'T<ref>' named by the tag, 'S<ref>' named by another tag of the same entry,\n` +
    ` * 'D<ref>' named by the Directory, '?…' not known);\n` +
    ` * then the architecture lists ('|'-separated; empty = not stated, as in the pre-2015 format), then groups\n` +
    ` * '<month the tag stopped being published, or the head month>,<base index>,<architectures index>[,c = still published]:<tags>',\n` +
    ` * the tags front-coded (a marker character from ${JSON.stringify('!#$%&()*+,/;<=>?@[]^`{|}~')} = length of the prefix shared with the previous tag).\n */\n` +
    `export const officialImagesSource = { repository: 'docker-library/official-images', commit: '${oi.head}', date: '${oi.headDate}', since: '${oi.firstDate}', versions: ${oi.versions} } as const;\n` +
    `export const officialImageTags: Readonly<Record<string, string>> = {\n${Object.entries(data)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)},`)
      .join('\n')}\n};\n`;
  writeFileSync(join(outDir, 'officialImageTags.ts'), oiOut);
  console.error(`images: ${Object.keys(data).length}, tags: ${tagCount}, base kinds: ${JSON.stringify(baseKinds)}`);
  if (o['report-unread']) writeFileSync(o['report-unread'], `${unread.join('\n')}\n`);
  console.error(`sizes: officialImageTags.ts ${oiOut.length} bytes, endoflifeReleases.ts ${eolOut.length} bytes`);
}

/** Helpers the other generators share (scripts/gen-base-timeline.mjs). */
export {
  baseFromWords,
  catFiles,
  DISTRO_IMAGES,
  entryCommit,
  finalFrom,
  git,
  gitDir,
  isMovingBase,
  listImageRepos,
  oldFormatLine,
  parseLibrary,
  readEndoflife,
  readPinnedFroms,
  repoKey,
};
/** The Ubuntu codenames baseFromWords recognises (from endoflife.date's products/ubuntu.md). */
export function setUbuntuCodenames(products) {
  UBUNTU_CODENAMES = (products.ubuntu ?? []).map((r) => r[1].split(' ')[0].toLowerCase()).filter(Boolean);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
