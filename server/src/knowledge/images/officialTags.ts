/**
 * The official images' encoded tag rows (generated/officialImageTags.ts) for history.ts, loaded on
 * first use. The bundles read them from dist/official-image-tags.txt (written by scripts/build.mjs
 * from the generated module), one image's rows at a time: as a 2.9 MB string literal in
 * dist/analysis.js they cost every start of the server about 20 ms and 6 MiB of resident memory
 * (reading, hashing and deserialising the bundle, keeping its source) before any image was looked
 * up. From sources (tests, tsx) they are the generated module itself. A data file that cannot be
 * read answers like an empty table: lookups say less, they never throw.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface OfficialImagesSource {
  repository: string;
  commit: string;
  date: string;
  since: string;
}

/** Name of the data file beside the bundles (scripts/build.mjs writes it with `encodeTagTable`). */
const TAG_TABLE_FILE = 'official-image-tags.txt';
/** The header's length is written in this many decimal digits, first in the file. */
const LENGTH_DIGITS = 10;

interface Header {
  source: OfficialImagesSource;
  /** image → [byte offset in the body, byte length]. */
  images: Record<string, [number, number]>;
}

/**
 * The data file: the header's length, the header (JSON: the source and each image's byte range in
 * the body), then every image's rows. scripts/build.mjs writes it from the generated module.
 */
export function encodeTagTable(source: OfficialImagesSource, table: Readonly<Record<string, string>>): Buffer {
  const images: Header['images'] = {};
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [image, rows] of Object.entries(table)) {
    const bytes = Buffer.from(rows, 'utf8');
    images[image] = [offset, bytes.length];
    parts.push(bytes);
    offset += bytes.length;
  }
  const header = Buffer.from(JSON.stringify({ source, images } satisfies Header), 'utf8');
  return Buffer.concat([Buffer.from(String(header.length).padStart(LENGTH_DIGITS, '0'), 'latin1'), header, ...parts]);
}

export interface Table {
  source: OfficialImagesSource;
  has(image: string): boolean;
  rows(image: string): string;
  images(): string[];
}

let table: Table | undefined;

function tagTable(): Table {
  if (!table) {
    const file = join(__dirname, TAG_TABLE_FILE);
    table = basename(__dirname) === 'dist' && existsSync(file) ? fromDataFile(file) : fromModule(require(GENERATED) as GeneratedModule);
  }
  return table;
}

/** A variable: esbuild must not bundle the generated module (the bundles read the data file). */
const GENERATED = './generated/officialImageTags';

interface GeneratedModule {
  officialImagesSource: OfficialImagesSource;
  officialImageTags: Readonly<Record<string, string>>;
}

function fromModule(m: GeneratedModule): Table {
  const t = m.officialImageTags;
  return {
    source: m.officialImagesSource,
    has: (image) => Object.hasOwn(t, image),
    rows: (image) => (Object.hasOwn(t, image) ? t[image] : ''),
    images: () => Object.keys(t),
  };
}

function readAt(file: string, position: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, buf, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done === length ? buf : buf.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/** The table as the bundles read it (exported for the test that reads back what the build writes). */
export function fromDataFile(file: string): Table {
  let header: Header = {
    source: { repository: 'docker-library/official-images', commit: 'unknown', date: 'unknown', since: 'unknown' },
    images: {},
  };
  let bodyStart = 0;
  try {
    const length = Number(readAt(file, 0, LENGTH_DIGITS).toString('latin1'));
    const parsed = JSON.parse(readAt(file, LENGTH_DIGITS, length).toString('utf8')) as Header;
    if (parsed?.source && parsed.images) {
      header = parsed;
      bodyStart = LENGTH_DIGITS + length;
    }
  } catch {
    /* an unreadable file: no rows */
  }
  // One image's rows at a time, kept once read (a document names few images).
  const read = new Map<string, string>();
  return {
    source: header.source,
    has: (image) => Object.hasOwn(header.images, image),
    rows: (image) => {
      if (!Object.hasOwn(header.images, image)) return '';
      let rows = read.get(image);
      if (rows === undefined) {
        const [offset, length] = header.images[image];
        try {
          rows = readAt(file, bodyStart + offset, length).toString('utf8');
        } catch {
          rows = '';
        }
        read.set(image, rows);
      }
      return rows;
    },
    images: () => Object.keys(header.images),
  };
}

/** Where the rows come from (commit, date, first version read). */
export function officialImagesSource(): OfficialImagesSource {
  return tagTable().source;
}

/** Whether the official image was ever published (any tag). */
export function isOfficial(image: string): boolean {
  return tagTable().has(image);
}

/** The image's encoded rows ('' when it was never published). */
export function officialTagRows(image: string): string {
  return tagTable().rows(image);
}
