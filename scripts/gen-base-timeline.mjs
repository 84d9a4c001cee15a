#!/usr/bin/env node
/**
 * Generates server/src/knowledge/images/generated/baseTimeline.ts: for every official tag that another official tag is
 * built FROM (the F/M bases of generated/officialImageTags.ts), the release its library entry named on each day the
 * library file changed — by the tag itself, another tag of the same entry, or the Directory (the T/S/D evidence of
 * gen-images.mjs). A tag that was last built FROM `eclipse-temurin:17-jre` in 2024-04 was built on what that tag
 * named then (its entry listed 17-jre-jammy), not on what it names today.
 *
 * Where the entry names no release (openjdk:8-jre, php:7.4-apache, node:14), the final FROM of the Dockerfile at the
 * GitCommit and Directory that version of the entry pinned is recorded instead ('F'), read from the image's own
 * repository (--image-repos, as gen-images.mjs reads it) or scripts/pinned-froms.tsv. It is kept only when it names a
 * release: a distribution image's version tag (debian:jessie, alpine:3.9), an official tag whose words name one
 * (buildpack-deps:stretch-curl), or another official tag that names none (tomcat FROM openjdk:8-jre), followed through
 * that tag's own timeline at the same dates ('F<from>><what it was then>'). A moving tag (debian:latest, alpine:3), an
 * unreadable Dockerfile or a commit the clone lacks leaves the point as naming nothing.
 *
 * Usage: node scripts/gen-base-timeline.mjs --official-images <gitdir> --endoflife <gitdir> [--rev <commit>] [--eol-rev <commit>]
 *          [--image-repos <dir>] [--pinned-froms scripts/pinned-froms.tsv]
 * (the same commits and clones as generated/officialImageTags.ts and endoflifeReleases.ts). Reads only git objects.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  baseFromWords,
  catFiles,
  DISTRO_IMAGES,
  entryCommit,
  finalFrom,
  git,
  gitDir,
  isMovingBase,
  listImageRepos,
  parseLibrary,
  readEndoflife,
  readPinnedFroms,
  repoKey,
  setUbuntuCodenames,
} from './gen-images.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'server/src/knowledge/images/generated');

const USAGE =
  'usage: gen-base-timeline.mjs --official-images <gitdir> --endoflife <gitdir> [--rev <commit>] [--eol-rev <commit>] [--image-repos <dir>] [--pinned-froms <tsv>]';

function args() {
  const a = process.argv.slice(2);
  const o = {};
  for (let i = 0; i + 1 < a.length; i += 2) o[a[i].replace(/^--/, '')] = a[i + 1];
  if (!o['official-images'] || !o.endoflife) {
    console.error(USAGE);
    process.exit(2);
  }
  return o;
}

const OFFICIAL_REF = /^(?:docker\.io\/)?(?:library\/)?([a-z0-9][a-z0-9._-]*):([\w.-]+)$/;
/** An official base as a FROM line names it; without a tag (`FROM buildpack-deps`) it is the `latest` tag, as Docker reads it. */
const OFFICIAL_BASE = /^(?:docker\.io\/)?(?:library\/)?([a-z0-9][a-z0-9._-]*)(?::([\w.-]+))?$/;

/**
 * The official tags other official tags are built FROM, by image: image → Set(tag); and per such 'image:tag', the months
 * in which a tag built FROM it stopped being published (the months the resolver asks a pinned Dockerfile about).
 */
function trackedBases() {
  const text = readFileSync(join(generated, 'officialImageTags.ts'), 'utf8');
  const out = new Map();
  const retiredMonths = new Map();
  /** Every retired tag built FROM a tracked base: { image, tag, base 'image:tag', month it stopped being published }. */
  const retiredChildren = [];
  for (const m of text.matchAll(/^"[^"]+": "([^"]*)"/gm)) {
    const [basesField, , ...groups] = m[1].split(' ');
    const bases = basesField.split('|');
    const refs = bases.map((b) => {
      if (b[0] !== 'F' && b[0] !== 'M') return undefined;
      const ref = OFFICIAL_BASE.exec(b.slice(1));
      if (!ref || DISTRO_IMAGES.has(ref[1])) return undefined;
      const tag = ref[2] ?? 'latest';
      if (!out.has(ref[1])) out.set(ref[1], new Set());
      out.get(ref[1]).add(tag);
      return `${ref[1]}:${tag}`;
    });
    const image = m[0].slice(1, m[0].indexOf('"', 1));
    for (const g of groups) {
      const [month, base, , current] = g.slice(0, g.indexOf(':')).split(',');
      const ref = refs[Number(base)];
      if (!ref || current === 'c') continue;
      if (!retiredMonths.has(ref)) retiredMonths.set(ref, new Set());
      retiredMonths.get(ref).add(month);
      for (const tag of frontDecoded(g.slice(g.indexOf(':') + 1))) retiredChildren.push({ image, tag, base: ref, month });
    }
  }
  return { tracked: out, retiredMonths, retiredChildren };
}

/** Sorted tags front-coded as scripts/gen-images.mjs frontCode writes them (a marker = length of the shared prefix). */
function frontCoded(tags) {
  const MARKERS = '!#$%&()*+,/;<=>?@[]^`{|}~';
  let prev = '';
  let out = '';
  for (const t of [...tags].sort()) {
    let n = 0;
    while (n < MARKERS.length - 1 && n < t.length && n < prev.length && t[n] === prev[n]) n++;
    out += MARKERS[n] + t.slice(n);
    prev = t;
  }
  return out;
}

/** The tags of a front-coded group (scripts/gen-images.mjs frontCode; history.ts decodes the same way). */
function frontDecoded(text) {
  const MARKERS = '!#$%&()*+,/;<=>?@[]^`{|}~';
  const tags = [];
  let prev = '';
  let cur;
  for (const ch of text) {
    const k = MARKERS.indexOf(ch);
    if (k >= 0) {
      if (cur !== undefined) tags.push((prev = cur));
      cur = prev.slice(0, k);
    } else cur += ch;
  }
  if (cur !== undefined) tags.push(cur);
  return tags;
}

/**
 * The one value a timeline had from the start of a month until a day of it (inclusive), or undefined: the day-precise
 * form of the resolver's month rule (baseTimeline.ts valueDuring), for a tag last listed on that day.
 */
function valueUntil(points, month, day) {
  let atStart;
  const during = [];
  for (const [d, v] of points) {
    if (d < `${month}-01`) atStart = v;
    else if (d.slice(0, 7) === month && d <= day) during.push(v);
  }
  const values = new Set([...(atStart === undefined ? [] : [atStart]), ...during]);
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * Keeps the file points ('F…') only over months a retired tag built FROM the base asks about (its value at the start of
 * the month or a change in it); elsewhere they become '' (names nothing), which answers nothing rather than something.
 * The resolver asks about no other month, so the answers it gets are unchanged; the generated file stays small.
 */
function onlyAsked(points, months) {
  const asked = [...(months ?? [])].sort();
  const out = points.map(([d, v], i) => {
    if (!v.startsWith('F')) return [d, v];
    const until = points[i + 1]?.[0] ?? '9999-12-31';
    // The point is in effect from d (inclusive) until the next point (exclusive): month M asks about it when that span
    // covers the first of M or begins in M.
    const used = asked.some((m) => (d <= `${m}-01` && until > `${m}-01`) || d.slice(0, 7) === m);
    return [d, used ? v : ''];
  });
  return out.filter(([, v], i) => i === 0 || out[i - 1][1] !== v);
}

/** What an entry says a tag is built on: the tag's own words, another tag of the entry (when only one release is named), the Directory. */
function named(tag, entry) {
  const own = baseFromWords(tag);
  if (own) return own;
  const others = new Set(
    [...entry.tags, ...entry.sharedTags]
      .filter((t) => t !== tag)
      .map(baseFromWords)
      .filter(Boolean),
  );
  if (others.size === 1) return [...others][0];
  return baseFromWords(entry.dir ?? '') ?? '';
}

/**
 * What a final FROM says about the release, or undefined when it says nothing that can be kept:
 * { ref } — a distribution image's fixed tag, or an official tag whose words name its release (read by the resolver);
 * { via } — an official tag naming no release ('openjdk:8-jre'), to be followed through its own timeline.
 */
function readFrom(from) {
  if (!from || from === '?' || from === 'scratch' || from.includes('@') || isMovingBase(from)) return undefined;
  const m = OFFICIAL_REF.exec(from);
  if (!m) return undefined; // another registry or namespace: its release is not read here
  const ref = `${m[1]}:${m[2]}`;
  if (DISTRO_IMAGES.has(m[1])) return { ref };
  if (baseFromWords(m[2])) return { ref };
  return { via: ref };
}

function main() {
  const o = args();
  const eol = readEndoflife(gitDir(o.endoflife), o['eol-rev'] ?? 'HEAD');
  setUbuntuCodenames(eol.products);
  const dir = gitDir(o['official-images']);
  const head = git(dir, 'rev-parse', o.rev ?? 'HEAD').trim();
  const headDate = git(dir, 'show', '-s', '--format=%cs', head).trim();
  const repos = listImageRepos(o['image-repos']);
  // library/java (2014–2017) pins git://github.com/docker-library/java, renamed docker-library/openjdk: gen-images.mjs'
  // RENAMED reads its pinned commits (6f340724 of 2015-09, openjdk-8-jdk/Dockerfile) there, here too.
  const pinnedFroms = readPinnedFroms(o['pinned-froms']);
  const { tracked, retiredMonths, retiredChildren } = trackedBases();
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
    if (line.startsWith('C ')) date = line.split(' ')[2];
    const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) \w+\tlibrary\/([^/\s]+)$/.exec(line);
    if (m) changes.push({ date, blob: m[1], image: m[2] });
  }
  const blobs = catFiles(dir, [...new Set(changes.map((c) => c.blob).filter((b) => !/^0+$/.test(b)))]);
  const parsedBlobs = new Map();
  const entriesOf = (blob) => {
    if (!parsedBlobs.has(blob)) parsedBlobs.set(blob, parseLibrary(blobs.get(blob) ?? ''));
    return parsedBlobs.get(blob);
  };

  // A renamed repository's git dir is cited under the name of its folder (OWNER+NAME), its current name.
  const keyOfDir = new Map();
  for (const [k, g] of repos) {
    const own = g.toLowerCase().includes(`/${k.replace('/', '+')}`);
    if (own || !keyOfDir.has(g)) keyOfDir.set(g, k);
  }
  /** Per image, the repositories a FROM line of its entries was read from (named in the generated file). */
  const usedRepos = new Map();
  /** 'gitdir commit:path' → final FROM ('?' when none), for the Dockerfiles the entries pinned. */
  const froms = new Map();
  /** Per 'image:tag': [[date, named ref ('' = names nothing, '-' = not listed), pinned Dockerfile request or undefined]]. */
  const raw = new Map();
  /**
   * Reads the timelines of the given tags from every version of their library files. Tags whose entry names nothing get
   * the request for the Dockerfile their entry pinned, read in one batch per repository afterwards.
   */
  const readTimelines = (wanted) => {
    const perRepo = new Map();
    for (const c of changes) {
      const tags = wanted.get(c.image);
      if (!tags) continue;
      const entries = entriesOf(c.blob);
      for (const tag of tags) {
        const entry = entries.find((e) => e.tags.includes(tag)) ?? entries.find((e) => e.sharedTags.includes(tag));
        const ref = entry ? named(tag, entry) : '-';
        const key = `${c.image}:${tag}`;
        const points = raw.get(key) ?? [];
        raw.set(key, points);
        if (points.length === 0 && ref === '-') continue;
        let req;
        const rk = entry && ref === '' ? repoKey(entry.repo) : undefined;
        const gd = rk && repos.get(rk);
        const commit = gd && entryCommit(entry, gd);
        if (commit) {
          const d = entry.dir === '.' ? '' : `${entry.dir.replace(/^\.\//, '').replace(/\/$/, '')}/`;
          req = { gd, image: c.image, req: `${commit}:${d}${entry.file}` };
          if (!perRepo.has(gd)) perRepo.set(gd, new Map());
          perRepo.get(gd).set(req.req, c.image);
        }
        const last = points.at(-1);
        if (last?.[1] !== ref || last?.[2]?.req !== req?.req || last?.[2]?.gd !== req?.gd) points.push([c.date, ref, req]);
      }
    }
    for (const [gd, reqs] of perRepo) {
      const todo = [...reqs.keys()].filter((r) => !froms.has(`${gd} ${r}`));
      const got = catFiles(gd, todo);
      const key = keyOfDir.get(gd);
      for (const r of todo) {
        const text = got.get(r);
        const from = text === undefined ? pinnedFroms.get(`${key} ${r}`) : finalFrom(text);
        froms.set(`${gd} ${r}`, from ?? '?');
        if (!from || from === '?') continue;
        const image = reqs.get(r);
        if (!usedRepos.has(image)) usedRepos.set(image, new Set());
        usedRepos.get(image).add(key);
      }
    }
  };
  readTimelines(tracked);
  // Official tags a pinned Dockerfile is FROM that name no release and are not tracked themselves: their timelines too
  // (a few rounds: a chain such as tomcat → openjdk → buildpack-deps is at most three deep).
  for (let round = 0; round < 4; round++) {
    const more = new Map();
    for (const points of raw.values())
      for (const [, , req] of points) {
        const via = req && readFrom(froms.get(`${req.gd} ${req.req}`))?.via;
        if (!via || raw.has(via)) continue;
        const [image, tag] = via.split(':');
        if (!more.has(image)) more.set(image, new Set());
        more.get(image).add(tag);
      }
    if (more.size === 0) break;
    readTimelines(more);
  }

  /** A tag's timeline with each point resolved: named ref, '' (nothing readable), '-' or 'F<from>[><what that was then>]'. */
  const resolved = new Map();
  const resolveKey = (key, depth) => {
    if (resolved.has(key)) return resolved.get(key);
    const points = raw.get(key) ?? [];
    const out = [];
    points.forEach(([d, ref, req], i) => {
      const next = points[i + 1]?.[0] ?? '9999-12-31';
      const r = req && ref === '' ? readFrom(froms.get(`${req.gd} ${req.req}`)) : undefined;
      if (r?.ref) return out.push([d, `F${r.ref}`]);
      if (!r?.via || depth >= 4) return out.push([d, ref]);
      // FROM an official tag naming no release: what that tag was on this date and at each of its changes until the next.
      const inner = resolveKey(r.via, depth + 1);
      const at = (v) => (v === '' || v === '-' ? '' : `F${r.via}>${v.replace(/^F/, '')}`);
      const before = inner.filter(([d2]) => d2 <= d).at(-1);
      out.push([d, before ? at(before[1]) : '']);
      for (const [d2, v] of inner) if (d2 > d && d2 < next) out.push([d2, at(v)]);
    });
    const deduped = out.filter(([, v], i) => i === 0 || out[i - 1][1] !== v);
    resolved.set(key, deduped);
    return deduped;
  };

  const rows = [];
  let fileRows = 0;
  for (const [image, tags] of tracked)
    for (const tag of tags) {
      const key = `${image}:${tag}`;
      const p = onlyAsked(resolveKey(key, 0), retiredMonths.get(key));
      if (!p.some(([, r]) => r && r !== '-')) continue;
      if (p.some(([, r]) => r.startsWith('F'))) fileRows++;
      rows.push([key, p]);
    }
  rows.sort((a, b) => a[0].localeCompare(b[0]));

  // A retired tag whose base changed in the month it stopped being published: the month answers nothing, but the day it
  // was removed from its library file may. It was built only while listed, so a change of the base after that day
  // cannot be in it (maven:3.8.1-jdk-8-slim, removed 2021-08-16, FROM openjdk:8-jdk-slim, which moved from
  // buster-slim to bullseye-slim on 2021-08-25). Kept only where the day gives the one answer the month does not.
  const rowOf = new Map(rows);
  const asking = retiredChildren.filter(({ base, month }) => {
    const p = rowOf.get(base);
    return p && valueUntil(p, month, `${month}-31`) === undefined;
  });
  const wantedDays = new Map();
  for (const c of asking) {
    if (!wantedDays.has(c.image)) wantedDays.set(c.image, new Set());
    wantedDays.get(c.image).add(c.tag);
  }
  /** 'image:tag' → the date of the library change that last removed it. */
  const removedOn = new Map();
  const listedNow = new Map();
  for (const c of changes) {
    const tags = wantedDays.get(c.image);
    if (!tags) continue;
    const entries = /^0+$/.test(c.blob) ? [] : entriesOf(c.blob);
    for (const tag of tags) {
      const key = `${c.image}:${tag}`;
      const listed = entries.some((e) => e.tags.includes(tag) || e.sharedTags.includes(tag));
      if (listedNow.get(key) && !listed) removedOn.set(key, c.date);
      listedNow.set(key, listed);
    }
  }
  const retiredOn = [];
  for (const { image, tag, base, month } of asking) {
    const key = `${image}:${tag}`;
    const day = removedOn.get(key);
    if (!day || listedNow.get(key) || day.slice(0, 7) !== month) continue;
    const v = valueUntil(rowOf.get(base), month, day);
    if (v && v !== '-') retiredOn.push([key, day]);
  }
  // Per image, '<day><tags, front-coded>' groups, space-separated: tags leave a library file together, so a day is written
  // once, and its tags share long prefixes (1.12.2-rc1-dind, 1.12.2-rc1-git).
  const byImage = new Map();
  for (const [key, day] of retiredOn) {
    const i = key.indexOf(':');
    if (!byImage.has(key.slice(0, i))) byImage.set(key.slice(0, i), new Map());
    const days = byImage.get(key.slice(0, i));
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(key.slice(i + 1));
  }
  const retiredRows = [...byImage]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([image, days]) => [
      image,
      [...days]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([d, tags]) => `${d}${frontCoded(tags)}`)
        .join(' '),
    ]);
  const pin = new Map();
  const pinOf = (k) => {
    if (!pin.has(k)) pin.set(k, `${k} @ ${git(repos.get(k), 'rev-parse', 'HEAD').trim().slice(0, 8)}`);
    return pin.get(k);
  };
  // Only the images some kept row read a Dockerfile of (its own, or one it was FROM).
  const cited = new Set();
  for (const [key, p] of rows)
    for (const [, r] of p)
      if (r.startsWith('F')) {
        cited.add(key.split(':')[0]);
        for (const ref of r.slice(1).split('>')) cited.add(ref.split(':')[0]);
      }
  const repoRows = [...cited]
    .filter((i) => usedRepos.has(i))
    .sort()
    .map((i) => [i, [...usedRepos.get(i)].sort().map(pinOf).join(', ')]);
  const out =
    `// GENERATED by scripts/gen-base-timeline.mjs — do not edit by hand.\n` +
    `// docker-library/official-images @ ${head} (${headDate}); endoflife-date/endoflife.date @ ${eol.commit} (${eol.date});\n` +
    `// image repositories (snapshots read for FROM lines at the GitCommit each version of an entry pinned): baseTimelineRepositories.\n` +
    `/**\n * Per official tag that other official tags are built FROM: '<date> <ref>' at each change of what its library entry\n` +
    ` * named it built on (by its own words, another tag of the entry, or the Directory), ','-separated, oldest first;\n` +
    ` * '<date> ' = listed but naming nothing, '<date> -' = no longer listed; '<date> F<ref>' = the entry named nothing and\n` +
    ` * the Dockerfile at the GitCommit it pinned was FROM <ref>; 'F<ref>><then>' = FROM an official tag naming no release,\n` +
    ` * which was <then> (named by its entry, or F: its own pinned Dockerfile) on that date.\n */\n` +
    `export const baseTimelineSource = { repository: 'docker-library/official-images', commit: '${head}', date: '${headDate}' } as const;\n` +
    `/** Per image whose pinned Dockerfiles a row read: its repository, at the snapshot commit read. */\n` +
    `export const baseTimelineRepositories: Readonly<Record<string, string>> = {\n${repoRows
      .map(([i, r]) => `${JSON.stringify(i)}: ${JSON.stringify(r)},`)
      .join('\n')}\n};\n` +
    `/**\n * Retired tags FROM a base of this table that changed in the month they stopped being published, where the day their\n` +
    ` * library file last removed them gives one answer (the base's value from the start of that month until that day):\n` +
    ` * per image, '<day><tags>' groups, space-separated, the tags front-coded as in officialImageTags.ts.\n */\n` +
    `export const retiredOn: Readonly<Record<string, string>> = {\n${retiredRows
      .map(([k, d]) => `${JSON.stringify(k)}: ${JSON.stringify(d)},`)
      .join('\n')}\n};\n` +
    `export const baseTimeline: Readonly<Record<string, string>> = {\n${rows
      .map(([k, p]) => `${JSON.stringify(k)}: ${JSON.stringify(p.map(([d, r]) => `${d} ${r}`).join(','))},`)
      .join('\n')}\n};\n`;
  writeFileSync(join(generated, 'baseTimeline.ts'), out);
  const readable = [...froms.values()].filter((f) => f !== '?').length;
  console.error(
    `base timeline: ${rows.length} tags of ${tracked.size} images, ${retiredOn.length} retired tags answered by their day (${fileRows} with pinned Dockerfile rows; ${readable}/${froms.size} Dockerfiles read), ${out.length} bytes`,
  );
}

main();
