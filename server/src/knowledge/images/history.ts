/**
 * Lookups in the generated tag history of the Docker Official Images (generated/officialImageTags.ts):
 * every tag ever published in docker-library/official-images (every version of its library files),
 * with the month it stopped being published, whether the newest snapshot still lists it, and what it was built on.
 *
 * An image's rows are decoded into a Map the first time that image is looked up, so a lookup is a
 * map access, never a scan of the ~140k tags.
 */
import { officialImagesSource, officialImageTags } from './generated/officialImageTags';

export type BaseEvidence = 'distribution' | 'dockerfile' | 'moving-base' | 'tag' | 'directory' | 'unknown';

export interface TagHistory {
  image: string;
  tag: string;
  /** Month (YYYY-MM) the tag was removed from its library file; the head's month for a tag still published. */
  lastPublished: string;
  /** Listed at the head commit: the tag is still published (and may still move). */
  current: boolean;
  /** Reference the tag was built FROM when last published ('alpine:3.5', 'debian:buster-slim'); absent for distribution images and unknown bases. */
  base?: string;
  /** How the base is known. */
  evidence: BaseEvidence;
  /** For unknown bases: the family the tag or directory names ('alpine', 'windows'), when any. */
  family?: string;
  source: string;
}

/** Front-coding markers (see scripts/gen-images.mjs): index = length of the prefix shared with the previous tag. */
const MARKERS = '!#$%&()*+,/;<=>?@[]^`{|}~';

const decoded = new Map<string, Map<string, TagHistory>>();

const EVIDENCE: Record<string, BaseEvidence> = { '=': 'distribution', F: 'dockerfile', M: 'moving-base', T: 'tag', D: 'directory', '?': 'unknown' };

export const historySource = `docker-library/official-images @ ${officialImagesSource.commit.slice(0, 8)} (${officialImagesSource.date}), every version of library/<image> since ${officialImagesSource.since}`;

function decode(image: string): Map<string, TagHistory> {
  const text = officialImageTags[image];
  const map = new Map<string, TagHistory>();
  if (text === undefined) return map;
  const lines = text.split('\n');
  const bases = lines[0].split('|');
  const source = `${historySource}; library/${image}`;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    const [month, index, current] = line.slice(0, colon).split(',');
    const code = bases[Number(index)] ?? '?';
    const evidence = EVIDENCE[code[0]] ?? 'unknown';
    const ref = code.slice(1);
    const coded = line.slice(colon + 1);
    let prev = '';
    let at = 0;
    while (at < coded.length) {
      const shared = MARKERS.indexOf(coded[at]);
      let end = at + 1;
      while (end < coded.length && MARKERS.indexOf(coded[end]) < 0) end++;
      const tag = prev.slice(0, Math.max(shared, 0)) + coded.slice(at + 1, end);
      const row: TagHistory = { image, tag, lastPublished: month, current: current === 'c', evidence, source };
      if (evidence === 'unknown') { if (ref) row.family = ref; } else if (ref) row.base = ref;
      map.set(tag, row);
      prev = tag;
      at = end;
    }
  }
  return map;
}

/** History of one official image tag ('python', '2.7-slim'); undefined when the image or tag was never published. */
export function tagHistory(image: string, tag: string): TagHistory | undefined {
  if (!Object.prototype.hasOwnProperty.call(officialImageTags, image)) return undefined;
  let map = decoded.get(image);
  if (!map) {
    map = decode(image);
    decoded.set(image, map);
  }
  return map.get(tag);
}

/** Whether the official image was ever published (any tag). */
export function isOfficialImage(image: string): boolean {
  return Object.prototype.hasOwnProperty.call(officialImageTags, image);
}
