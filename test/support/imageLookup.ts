/**
 * Shared by the image tests that pin references to the releases their build files name (communityImages,
 * toolImages, deviceImages, logstash): look a reference up, assert it resolved as a sourced fact, or as an
 * honest unknown with its reason. Test code only, kept outside server/src: it reads the analysis layer's
 * reference parser, which the knowledge layer must not import (server/src/lsp/layering.test.ts).
 */
import assert from 'node:assert/strict';
import { parseImageRef } from '../../server/src/analysis/imageRef';
import { lookupImage } from '../../server/src/knowledge/images/index';
import type { ImageIdentity } from '../../server/src/knowledge/types';

export function lookup(text: string): ReturnType<typeof lookupImage> {
  const parsed = parseImageRef(text);
  assert.ok(parsed.ok, text);
  return lookupImage(parsed.ref);
}

/** The release a reference resolves to from the tables (a guess from the tag's words counts as not resolved). */
export function releaseOf(text: string): string | undefined {
  const found = lookup(text);
  return found.kind === 'known' && !found.identity.guessedFrom ? found.identity.release.id : undefined;
}

/**
 * The identity a reference resolves to, which must be known; `fact` also asserts it is not a guess from the
 * tag or image name (a release read from a build file or table).
 */
export function known(text: string, fact = false): ImageIdentity {
  const found = lookup(text);
  assert.equal(found.kind, 'known', `${text}: ${JSON.stringify(found)}`);
  if (found.kind !== 'known') throw new Error('unreachable');
  if (fact) assert.equal(found.identity.guessedFrom, undefined, `${text}: a fact from the build file, not a guess`);
  return found.identity;
}

/** [reference, release id, the source must cite, moving tag?] */
export type Row = [string, string, RegExp, boolean];

/**
 * Each row resolves to its release as a fact (not a guess from the name), cites its source and is moving or
 * frozen as stated. `source`: 'inferred' — the inference record must cite it (tags read from build files);
 * 'either' — the inference record or, without one, the release row.
 */
export function checkKnown(rows: Row[], source: 'inferred' | 'either' = 'either'): void {
  for (const [text, release, cites, moving] of rows) {
    const found = lookup(text);
    assert.equal(found.kind, 'known', `${text}: ${JSON.stringify(found)}`);
    if (found.kind !== 'known') continue;
    assert.equal(found.identity.release.id, release, text);
    assert.equal(found.identity.guessedFrom, undefined, `${text}: a fact from the build files, not a guess`);
    const cited =
      source === 'inferred'
        ? (found.identity.inferredFrom?.source ?? '')
        : (found.identity.inferredFrom?.source ?? found.identity.release.source);
    assert.match(cited, cites, `${text}: cites its source`);
    assert.equal(found.identity.movingTag !== undefined, moving, `${text}: moving tag`);
  }
}

export function checkUnknown(text: string, reason: RegExp): void {
  const found = lookup(text);
  assert.equal(found.kind, 'unknown', `${text}: ${JSON.stringify(found)}`);
  if (found.kind === 'unknown') assert.match(found.reason, reason, text);
}
