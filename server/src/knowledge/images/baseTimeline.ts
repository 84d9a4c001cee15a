/**
 * What an official base tag named in a given month (generated/baseTimeline.ts, from every version of its
 * official-images library file): a tag last built in 2024-04 FROM eclipse-temurin:17-jre was built on what that tag
 * named then (Ubuntu 22.04, its entry listed 17-jre-jammy), not on what it names today. A tag's change points are
 * parsed on its first lookup, so a lookup is a map access and a short walk.
 */
import { baseTimeline, baseTimelineSource } from './generated/baseTimeline';

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
export function baseDuring(ref: string, month: string): string | undefined {
  const key = ref.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  const p = points(key);
  if (!p) return undefined;
  const start = `${month}-01`;
  let atStart: string | undefined;
  const during: string[] = [];
  for (const [date, named] of p) {
    if (date < start) atStart = named;
    else if (date.slice(0, 7) === month) during.push(named);
  }
  const values = new Set([...(atStart === undefined ? [] : [atStart]), ...during]);
  if (values.size !== 1) return undefined;
  const [only] = values;
  return only && only !== '-' ? only : undefined;
}

export function baseTimelineCitation(): string {
  return `${baseTimelineSource.repository} @ ${baseTimelineSource.commit.slice(0, 8)} (${baseTimelineSource.date}), every version of the base image's library file`;
}
