/**
 * Logstash images of docker.elastic.co (vendors.ts): a version resolves to the base its Dockerfile in elastic/dockerfiles
 * names, citing it; versions that Dockerfile history does not cover stay unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookup } from '../../../../test/support/imageLookup';

test('a Logstash version resolves to the base its elastic/dockerfiles Dockerfile names', () => {
  const rows: [string, string][] = [
    ['docker.elastic.co/logstash/logstash:7.5.0', 'centos-7'],
    ['docker.elastic.co/logstash/logstash:8.10.2', 'ubuntu-20.04'],
    ['docker.elastic.co/logstash/logstash:8.19.3', 'ubuntu-24.04'],
    ['docker.elastic.co/logstash/logstash:9.1.0', 'ubi-9'],
  ];
  for (const [text, release] of rows) {
    const found = lookup(text);
    assert.equal(found.kind, 'known', `${text}: ${JSON.stringify(found)}`);
    if (found.kind !== 'known') continue;
    assert.equal(found.identity.release.id, release, text);
    assert.equal(found.identity.guessedFrom, undefined, text);
    assert.match(found.identity.inferredFrom?.source ?? '', /elastic\/dockerfiles @ 3b01a0be: logstash\/Dockerfile/, text);
  }
});

test('Logstash versions the branches do not hold, or re-committed on two bases, stay unknown', () => {
  for (const text of ['docker.elastic.co/logstash/logstash:5.2.0', 'docker.elastic.co/logstash/logstash:8.17.8']) {
    assert.equal(lookup(text).kind, 'unknown', text);
  }
});
