/**
 * The bundles read the official images' tag rows from the data file scripts/build.mjs writes with
 * encodeTagTable: reading it back must give every image's rows and the source exactly as the
 * generated module has them, and a broken file must read as an empty table, not throw.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { officialImagesSource, officialImageTags } from './generated/officialImageTags';
import { encodeTagTable, fromDataFile } from './officialTags';

test('the data file gives back every image and its rows, and the source', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-tags-'));
  try {
    const file = path.join(dir, 'official-image-tags.txt');
    fs.writeFileSync(file, encodeTagTable(officialImagesSource, officialImageTags));
    const table = fromDataFile(file);
    assert.deepEqual(table.source, officialImagesSource);
    assert.deepEqual(table.images(), Object.keys(officialImageTags));
    for (const [image, rows] of Object.entries(officialImageTags)) {
      assert.equal(table.has(image), true, image);
      assert.equal(table.rows(image), rows, image);
    }
    assert.equal(table.has('no-such-image'), false);
    assert.equal(table.rows('no-such-image'), '');
    assert.equal(table.has('constructor'), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a truncated or missing data file reads as an empty table', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-tags-'));
  try {
    const file = path.join(dir, 'official-image-tags.txt');
    fs.writeFileSync(file, encodeTagTable(officialImagesSource, officialImageTags).subarray(0, 100));
    const truncated = fromDataFile(file);
    assert.equal(truncated.has('python'), false);
    assert.equal(truncated.rows('python'), '');
    const missing = fromDataFile(path.join(dir, 'absent.txt'));
    assert.equal(missing.has('python'), false);
    assert.deepEqual(missing.images(), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
