/**
 * Lookups in the generated tag history of the Docker Official Images (generated/officialImageTags.ts):
 * every tag ever published in docker-library/official-images (every version of its library files),
 * with the month it stopped being published, whether the newest snapshot still lists it, and what it was built on.
 *
 * An image's rows are decoded into a Map the first time that image is looked up, so a lookup is a
 * map access, never a scan of the ~140k tags.
 */
import { isOfficial, officialImagesSource, officialTagRows } from './officialTags';

export type BaseEvidence = 'distribution' | 'dockerfile' | 'path-history' | 'moving-base' | 'tag' | 'sibling-tag' | 'directory' | 'unknown';

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
  /** Architectures the tag was published for when last published (official-images names: amd64, arm64v8, …); empty = not stated. */
  architectures: readonly string[];
  /** For unknown bases: the family the tag or directory names ('alpine', 'windows'), when any. */
  family?: string;
  /**
   * 'path-history' only: the clone of the image's repository lacked the pinned GitCommit; the same Dockerfile path
   * names `base` in all `versions` of it the clone has, the newest at `commit` (12 hex digits at most) of `date`.
   */
  pathRead?: { commit: string; date: string; versions: number };
  source: string;
}

/** Front-coding markers (see scripts/gen-images.mjs): index = length of the prefix shared with the previous tag. */
const MARKERS = '!#$%&()*+,/;<=>?@[]^`{|}~';
/** Char code → shared prefix length, -1 for a tag character. */
const MARKER_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < MARKERS.length; i++) MARKER_INDEX[MARKERS.charCodeAt(i)] = i;

interface Group {
  month: string;
  current: boolean;
  evidence: BaseEvidence;
  ref: string;
  architectures: readonly string[];
}
interface Decoded {
  groups: Group[];
  tags: Map<string, number>;
  source: string;
}

const decoded = new Map<string, Decoded>();

const EVIDENCE: Record<string, BaseEvidence> = {
  '=': 'distribution',
  F: 'dockerfile',
  L: 'path-history',
  M: 'moving-base',
  T: 'tag',
  S: 'sibling-tag',
  D: 'directory',
  '?': 'unknown',
};

let historySourceText: string | undefined;
/** The source every row names (read with the rows, on first use). */
function historySource(): string {
  if (historySourceText === undefined) {
    const src = officialImagesSource();
    historySourceText = `docker-library/official-images @ ${src.commit.slice(0, 8)} (${src.date}), every version of library/<image> since ${src.since}`;
  }
  return historySourceText;
}

/** One image's rows: tag → group index (a number per tag; the row object is built when asked for). */
function decode(image: string): Decoded {
  const text = officialTagRows(image);
  const parts = text.split(' ');
  const bases = parts[0].split('|');
  const archSets = (parts[1] ?? '').split('|').map((a) => (a ? a.split(',') : []));
  const groups: Group[] = [];
  const tags = new Map<string, number>();
  for (let i = 2; i < parts.length; i++) {
    const line = parts[i];
    const colon = line.indexOf(':');
    const [month, index, arch, current] = line.slice(0, colon).split(',');
    const code = bases[Number(index)] ?? '?';
    const g =
      groups.push({
        month,
        current: current === 'c',
        evidence: EVIDENCE[code[0]] ?? 'unknown',
        ref: code.slice(1),
        architectures: archSets[Number(arch)] ?? [],
      }) - 1;
    let prev = '';
    let at = colon + 1;
    while (at < line.length) {
      const shared = MARKER_INDEX[line.charCodeAt(at) & 127];
      let end = at + 1;
      while (end < line.length && MARKER_INDEX[line.charCodeAt(end) & 127] < 0) end++;
      const tag = (shared > 0 ? prev.slice(0, shared) : '') + line.slice(at + 1, end);
      tags.set(tag, g);
      prev = tag;
      at = end;
    }
  }
  return { groups, tags, source: `${historySource()}; library/${image}` };
}

/**
 * Lookups of an image answered by scanning its encoded rows before they are decoded into a map: a
 * file names few tags of an image, and decoding a big image's rows (node, python: ~10k tags) cost
 * 5-15 ms of a small file's first analysis. An image looked up more often is decoded once. One scan
 * costs about a twentieth to a hundredth of a decode (debian: 0.16 vs 4.9 ms, node 0.5 vs 9.4,
 * python 0.16 vs 21, before V8 optimises either), so decoding only after 16 scans keeps a file of a
 * few dozen stages (and the warm-up before it) from paying a decode it never earns back, while a
 * file that looks an image up hundreds of times pays at most 16 scans more than it would have.
 */
const SCANS_BEFORE_DECODE = 16;
const scans = new Map<string, number>();

/** History of one official image tag ('python', '2.7-slim'); undefined when the image or tag was never published. */
export function tagHistory(image: string, tag: string): TagHistory | undefined {
  if (!isOfficial(image)) return undefined;
  const d = decoded.get(image);
  if (d) return rowOf(image, tag, d.tags.get(tag), d);
  const n = (scans.get(image) ?? 0) + 1;
  if (n <= SCANS_BEFORE_DECODE) {
    scans.set(image, n);
    return scannedTagHistory(image, tag);
  }
  return decodedTagHistory(image, tag);
}

/** tagHistory through the decoded map (exported for the test that checks both ways agree). */
export function decodedTagHistory(image: string, tag: string): TagHistory | undefined {
  if (!isOfficial(image)) return undefined;
  let d = decoded.get(image);
  if (!d) {
    d = decode(image);
    decoded.set(image, d);
    scans.delete(image);
  }
  return rowOf(image, tag, d.tags.get(tag), d);
}

function rowOf(image: string, tag: string, g: number | undefined, d: Decoded): TagHistory | undefined {
  if (g === undefined) return undefined;
  const group = d.groups[g];
  const row: TagHistory = {
    image,
    tag,
    lastPublished: group.month,
    current: group.current,
    evidence: group.evidence,
    architectures: group.architectures,
    source: d.source,
  };
  if (group.evidence === 'unknown') {
    if (group.ref) row.family = group.ref;
  } else if (group.evidence === 'path-history') {
    // 'L<base>~<newest commit>~<its date>~<versions read>' (scripts/gen-images.mjs laterPins).
    const [base, commit, date, versions] = group.ref.split('~');
    row.base = base;
    row.pathRead = { commit, date, versions: Number(versions) };
  } else if (group.ref) row.base = group.ref;
  return row;
}

/**
 * tagHistory without decoding the image's rows. A tag is front-coded as the marker of the prefix length
 * `k` it shares with the previous tag, then its own characters from `k` on, up to the next marker or
 * space; so each `k` gives a string to look for with indexOf (native code, where a character-by-character
 * walk over the rows in not-yet-compiled JavaScript cost a small file's first analysis ~10 ms for
 * python's and golang's 70-80 KB). Each place found is checked by decoding its group up to it; the last
 * group that lists the tag wins, as in the decoded map.
 */
export function scannedTagHistory(image: string, tag: string): TagHistory | undefined {
  if (!isOfficial(image)) return undefined;
  const text = officialTagRows(image);
  const basesEnd = text.indexOf(' ');
  const archEnd = basesEnd < 0 ? -1 : text.indexOf(' ', basesEnd + 1);
  if (archEnd < 0) return undefined;
  const found = lastGroupListing(text, archEnd, tag);
  if (found < 0) return undefined;
  const [month, index, arch, current] = text.slice(found, text.indexOf(':', found)).split(',');
  const code = text.slice(0, basesEnd).split('|')[Number(index)] ?? '?';
  const archSet = text.slice(basesEnd + 1, archEnd).split('|')[Number(arch)];
  const group: Group = {
    month,
    current: current === 'c',
    evidence: EVIDENCE[code[0]] ?? 'unknown',
    ref: code.slice(1),
    architectures: archSet ? archSet.split(',') : [],
  };
  return rowOf(image, tag, 0, { groups: [group], tags: new Map(), source: `${historySource()}; library/${image}` });
}

/** Start of the header of the last group (after `from`) that lists `tag`, or -1. */
function lastGroupListing(text: string, from: number, tag: string): number {
  const places: number[] = [];
  for (let k = 0; k < MARKERS.length && k <= tag.length; k++) {
    const needle = MARKERS[k] + tag.slice(k);
    for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
      const after = at + needle.length;
      if (after === text.length || text.charCodeAt(after) === 32 || MARKER_INDEX[text.charCodeAt(after) & 127] >= 0) places.push(at);
    }
  }
  places.sort((a, b) => b - a);
  for (const at of places) {
    const header = text.lastIndexOf(' ', at) + 1;
    if (tagAt(text, header, at) === tag) return header;
  }
  return -1;
}

/** The tag that starts at `at` (a marker) in the group whose header starts at `header`, decoded from the group's first tag; undefined when `at` is not a tag's start. */
function tagAt(text: string, header: number, at: number): string | undefined {
  const colon = text.indexOf(':', header);
  if (colon < 0 || at <= colon) return undefined;
  let prev = '';
  for (let i = colon + 1; i <= at; ) {
    const shared = MARKER_INDEX[text.charCodeAt(i) & 127];
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) !== 32 && MARKER_INDEX[text.charCodeAt(end) & 127] < 0) end++;
    const t = (shared > 0 ? prev.slice(0, shared) : '') + text.slice(i + 1, end);
    if (i === at) return t;
    prev = t;
    i = end;
  }
  return undefined;
}

/** Every tag of an image, from the decoded rows (tests compare the scan with the map over them). */
export function decodedTags(image: string): string[] {
  if (!isOfficial(image)) return [];
  decodedTagHistory(image, '');
  return [...(decoded.get(image)?.tags.keys() ?? [])];
}

/** Whether the official image was ever published (any tag). */
export function isOfficialImage(image: string): boolean {
  return isOfficial(image);
}
