/**
 * What an official base tag named in a given month (generated/baseTimeline.ts, from every version of its
 * official-images library file): a tag last built in 2024-04 FROM eclipse-temurin:17-jre was built on what that tag
 * named then (Ubuntu 22.04, its entry listed 17-jre-jammy), not on what it names today. Where the entry named nothing
 * (openjdk:8-jre before 2018), what the Dockerfile at the GitCommit it pinned was FROM ('F' points; baseDuringByPinnedFile).
 * A tag's change points are parsed on its first lookup, so a lookup is a map access and a short walk.
 */
import { baseTimeline, baseTimelineRepositories, baseTimelineSource, retiredOn } from './generated/baseTimeline';

const parsed = new Map<string, ReadonlyArray<readonly [string, string]>>();

function points(key: string): ReadonlyArray<readonly [string, string]> | undefined {
  let p = parsed.get(key);
  if (!p && Object.hasOwn(baseTimeline, key)) {
    p = baseTimeline[key].split(',').map((x) => {
      const i = x.indexOf(' ');
      return [x.slice(0, i), x.slice(i + 1)] as const;
    });
    parsed.set(key, p);
  }
  return p;
}

/**
 * The base an official tag's library entry named throughout a month ('YYYY-MM'): in effect when the month began and
 * unchanged during it. Undefined when it changed that month, named nothing, was not listed, or is not recorded.
 */
export function baseDuring(ref: string, month: string, child?: string): string | undefined {
  const only = valueDuring(ref, month, lastListed(child, month));
  // 'F…' is what the pinned Dockerfile said, not the entry: baseDuringByPinnedFile answers it, citing the file.
  return only && only !== '-' && !only.startsWith('F') ? only : undefined;
}

/** Front-coding markers (scripts/gen-images.mjs frontCode): index = length of the prefix shared with the previous tag. */
const MARKERS = '!#$%&()*+,/;<=>?@[]^`{|}~';

/** Per image, decoded on its first lookup: tag → the day it was last removed from its library file (retiredOn). */
const removed = new Map<string, Map<string, string>>();

/**
 * The day in `month` a retired tag (`image:tag`) was last removed from its library file, where that day answers what
 * the month does not (generated retiredOn): it was built only while listed, so later changes of its base are not in it.
 */
export function lastListed(child: string | undefined, month: string): string | undefined {
  if (!child) return undefined;
  const i = child.indexOf(':');
  const image = child.slice(0, i);
  let days = removed.get(image);
  if (!days) {
    days = new Map();
    // '<day><tags>' groups, the tags front-coded: a marker character = length of the prefix shared with the previous tag.
    for (const group of Object.hasOwn(retiredOn, image) ? retiredOn[image].split(' ') : []) {
      const day = group.slice(0, 10);
      let prev = '';
      for (const piece of group.slice(10).match(/[!#$%&()*+,/;<=>?@[\]^`{|}~][^!#$%&()*+,/;<=>?@[\]^`{|}~]*/g) ?? []) {
        prev = prev.slice(0, MARKERS.indexOf(piece[0])) + piece.slice(1);
        days.set(prev, day);
      }
    }
    removed.set(image, days);
  }
  const day = days.get(child.slice(i + 1));
  return day?.startsWith(month) ? day : undefined;
}

/**
 * The one timeline value in effect throughout a month (at its start and at every change in it), or undefined; with
 * `until` (a day of that month), only the changes up to and including that day count.
 */
function valueDuring(ref: string, month: string, until?: string): string | undefined {
  const p = points(key(ref));
  if (!p) return undefined;
  const start = `${month}-01`;
  let atStart: string | undefined;
  const during: string[] = [];
  for (const [date, named] of p) {
    if (date < start) atStart = named;
    else if (date.slice(0, 7) === month && (until === undefined || date <= until)) during.push(named);
  }
  const values = new Set([...(atStart === undefined ? [] : [atStart]), ...during]);
  if (values.size !== 1) return undefined;
  const [only] = values;
  return only;
}

function key(ref: string): string {
  const k = ref.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  return k.includes(':') ? k : `${k}:latest`;
}

/**
 * Where the base tag's library entry named no release in a month: what the Dockerfile at the GitCommit its entry pinned
 * was FROM throughout that month (`base`, a distribution tag or an official tag naming its release), with the official
 * tags it was built FROM on the way (`via`: openjdk:8-jre for a tomcat tag, which was itself FROM buildpack-deps:…).
 * Undefined when the pin's base changed during the month, the Dockerfile was not readable, or the entry named a release.
 */
export function baseDuringByPinnedFile(
  ref: string,
  month: string,
  child?: string,
): { base: string; via: string[]; source: string } | undefined {
  const only = valueDuring(ref, month, lastListed(child, month));
  if (!only?.startsWith('F')) return undefined;
  const chain = only.slice(1).split('>');
  const base = chain.pop() as string;
  const images = [...new Set([key(ref), ...chain].map((r) => r.slice(0, r.indexOf(':'))))];
  const files = images.map((i) =>
    Object.hasOwn(baseTimelineRepositories, i)
      ? `${baseTimelineRepositories[i]} (the ${i} Dockerfile at each GitCommit library/${i} pinned)`
      : `library/${i}`,
  );
  return {
    base,
    via: chain,
    source: `${baseTimelineSource.repository} @ ${baseTimelineSource.commit.slice(0, 8)} (${baseTimelineSource.date}), every version of library/${images.join(', library/')}; ${files.join('; ')}`,
  };
}

export function baseTimelineCitation(): string {
  return `${baseTimelineSource.repository} @ ${baseTimelineSource.commit.slice(0, 8)} (${baseTimelineSource.date}), every version of the base image's library file`;
}
