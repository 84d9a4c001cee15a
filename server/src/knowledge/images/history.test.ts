/**
 * tagHistory answers an image's first lookups by scanning its encoded rows and later ones from the
 * decoded map: both must give the same row for every tag (including a tag listed in several groups,
 * where the last wins) and nothing for a tag that was never published.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { officialImageTags } from './generated/officialImageTags';
import { decodedTagHistory, decodedTags, scannedTagHistory, tagHistory } from './history';

test('the scan of encoded rows and the decoded map agree on every image (sampled tags, near misses)', () => {
  let compared = 0;
  for (const image of Object.keys(officialImageTags)) {
    const tags = decodedTags(image);
    const step = Math.max(1, Math.floor(tags.length / 40));
    const sample = tags.filter((_, i) => i % step === 0 || i === tags.length - 1);
    const probes = new Set<string>(['', 'no-such-tag-ever']);
    for (const t of sample) {
      probes.add(t);
      probes.add(`${t}x`);
      probes.add(t.slice(0, -1));
    }
    for (const t of probes) {
      assert.deepEqual(scannedTagHistory(image, t), decodedTagHistory(image, t), `${image}:${t}`);
      compared++;
    }
  }
  assert.ok(compared > 1000);
});

test('tagHistory gives the same rows before and after an image is decoded', () => {
  const expected = decodedTagHistory('python', '3.12-slim');
  assert.equal(expected?.current, true);
  // A fresh image for the lookup path: its first lookups scan, then it is decoded.
  const image = 'node';
  const once = ['20-bookworm-slim', '18-alpine', 'lts', 'no-such-tag', '20-bookworm-slim', '18-alpine', 'lts'];
  const tags = [...once, ...once, ...once]; // more lookups than SCANS_BEFORE_DECODE (16)
  const rows = tags.map((t) => tagHistory(image, t));
  assert.deepEqual(
    rows,
    tags.map((t) => decodedTagHistory(image, t)),
  );
  assert.ok(rows[0]);
  assert.equal(rows[3], undefined);
});
