/**
 * Issue #17 (b): a moving tag described "as of" the commit read of its build repository. Two invariants, over every rule:
 * (i) the description names the date it rests on, so the hover never states a moving tag's release without it;
 * (ii) where the tag is built FROM an official image whose history we ship (generated/baseTimeline.ts, official-images
 *      library files), the release the lookup names is the one that official tag named on that date: a base that moved
 *      after the commit read must not be reported with its newer release under an older "as of" date.
 * (ii) checks the rules whose base is a fixed reference directly, and templated ones through every reference of the
 * coverage samples they resolve (the tag fills the template as the resolver does).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageCard } from '../../analysis/hover';
import { parseImageRef } from '../../analysis/imageRef';
import { baseTimeline } from './generated/baseTimeline';
import { imageTagRules, lookupImage } from './index';
import { asOfDay, fill } from './resolve';
import type { ImageTagRule } from './ruleTypes';

const DATE = /\b(\d{4}-\d\d-\d\d)\b/;
const asOfDate = asOfDay;

/** What an official tag named on a day, from its official-images history ('F…': its pinned Dockerfile's FROM). */
function officialOn(ref: string, day: string): string | undefined {
  const key = ref.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  if (!Object.hasOwn(baseTimeline, key)) return undefined;
  let named: string | undefined;
  for (const point of baseTimeline[key].split(',')) {
    const i = point.indexOf(' ');
    if (point.slice(0, i) > day) break;
    named = point.slice(i + 1);
  }
  if (!named || named === '-') return undefined;
  return named.startsWith('F') ? named.slice(1) : named;
}

function releaseOf(text: string): string | undefined {
  const parsed = parseImageRef(text);
  const found = parsed.ok ? lookupImage(parsed.ref) : undefined;
  return found?.kind === 'known' ? found.identity.release.id : undefined;
}

test('every moving tag described "as of" a commit names the date of that commit', () => {
  const missing: string[] = [];
  for (const rule of imageTagRules()) {
    const means = rule.moving?.means;
    if (means && /\b(?:as of|commit read)\b/.test(means) && !DATE.test(means)) missing.push(`${rule.id}: ${means}`);
  }
  assert.deepEqual(missing, []);
});

/** A mismatch between the release a rule's moving tag resolves to and what its official base named on the date read. */
function mismatch(rule: ImageTagRule, base: string, got: string | undefined): string | undefined {
  const day = asOfDate(rule.moving?.means);
  if (!day) return undefined;
  const then = officialOn(base, day);
  if (!then) return undefined;
  const want = releaseOf(then);
  return want && got !== want ? `${rule.id}: FROM ${base} named ${then} (${want}) on ${day}, lookup gives ${got}` : undefined;
}

test('a moving tag on an official base names the release that base had on the date read', () => {
  const wrong: string[] = [];
  let checked = 0;
  // Rules whose base is one fixed reference: no sample needed.
  for (const rule of imageTagRules()) {
    if (!rule.moving || typeof rule.base !== 'string' || rule.base.includes('{')) continue;
    const day = asOfDate(rule.moving.means);
    if (!day || !officialOn(rule.base, day)) continue;
    checked++;
    const w = mismatch(rule, rule.base, releaseOf(rule.base));
    if (w) wrong.push(w);
  }
  // Templated ones through the references that reach them.
  const dir = join(__dirname, '../../../../test/data');
  const refs = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => /^base-images.*\.tsv$/.test(n)))
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n'))
      if (line.trim() && !line.startsWith('#')) refs.add(line.split('\t')[0]);
  // Templated moving rules the samples do not reach, one reference each (the alpine lines moved 3.23 → 3.24 on 2026-06-10).
  for (const extra of [
    'webdevops/php:8.2-alpine',
    'webdevops/php:8.5-alpine',
    'webdevops/php-nginx:8.3-alpine',
    'webdevops/php-apache-dev:8.4-alpine',
    'webdevops/php:8.4-bookworm',
  ])
    refs.add(extra);
  const byId = new Map(imageTagRules().map((r) => [r.id, r]));
  for (const text of refs) {
    const parsed = parseImageRef(text);
    if (!parsed.ok) continue;
    const found = lookupImage(parsed.ref);
    if (found.kind !== 'known' || !found.identity.movingTag) continue;
    const rule = byId.get(found.identity.inferredFrom?.rule ?? '');
    if (!rule?.moving || typeof rule.base !== 'string') continue;
    const tag = parsed.ref.tag ?? 'latest';
    const m = rule.tag.exec(tag);
    if (!m) continue;
    const base = fill(rule.base, { ...(m.groups ?? {}), tag, image: found.identity.image });
    const day = asOfDate(rule.moving.means);
    if (!day || !officialOn(base, day)) continue;
    checked++;
    const w = mismatch(rule, base, found.identity.release.id);
    if (w) wrong.push(`${text} → ${w}`);
  }
  assert.deepEqual(wrong, []);
  assert.ok(checked >= 2, `only ${checked} moving tags on official bases checked`);
});

test('webdevops/php:8.2-alpine as of 2026-01-26 is Alpine 3.23, the base php:8.2-fpm-alpine named then (3.24 from 2026-06-10)', () => {
  const parsed = parseImageRef('webdevops/php-nginx:8.2-alpine');
  assert.ok(parsed.ok);
  const found = lookupImage(parsed.ref);
  assert.equal(found.kind, 'known');
  if (found.kind !== 'known') return;
  assert.equal(found.identity.release.id, 'alpine-3.23');
  assert.match(found.identity.movingTag?.means ?? '', /as of the newest commit read \(2026-01-26\)/);
  const inner = parseImageRef('webdevops/php:8.2-alpine');
  assert.ok(inner.ok);
  const base = lookupImage(inner.ref);
  assert.ok(base.kind === 'known');
  assert.match(String(base.identity.inferredFrom?.source), /FROM php:8\.2-fpm-alpine, which named alpine:3\.23 in 2026-01/);
});

test('the FROM hover of a moving tag read as of a commit names that date, and no later one', () => {
  const target = { os: 'linux', label: 'test host', origin: { kind: 'default' } } as unknown as Parameters<typeof imageCard>[2];
  for (const [text, day] of [
    ['linuxserver/wireguard:latest', '2026-04-23'],
    ['webdevops/php:8.2-alpine', '2026-01-26'],
    ['lscr.io/linuxserver/jellyfin:latest', '2026-08-04'],
  ] as const) {
    const parsed = parseImageRef(text);
    assert.ok(parsed.ok, text);
    const card = imageCard(text, lookupImage(parsed.ref), target, new Date('2026-12-07T00:00:00Z'));
    const line = card.split('\n').find((l) => l.includes('is a moving tag')) ?? '';
    assert.match(line, new RegExp(`as of [^.]*\\(${day}\\)`), `${text}: ${line}`);
    assert.doesNotMatch(line, /\) as of \d{4}-\d\d-\d\d/, `${text}: a second, later date: ${line}`);
  }
});
