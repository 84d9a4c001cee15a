/**
 * shared/regexNeedles.ts and the two tables it gates (host-facility-required's source triggers, this rule's
 * Windows-only patterns). It lives in this rule's folder because it reads this rule's table; a rule folder may read
 * rules/shared and the knowledge tables, never another rule folder (layering.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mayMatch, regexNeedles } from '../shared/regexNeedles';
import { sourceTriggers } from '../../../knowledge/hostFacilities';
import { patternNeedles, WINDOWS_ONLY, WINDOWS_ONLY_FORMS } from './instructions';

const root = join(__dirname, '..', '..', '..', '..', '..');

test('needles: literal runs, required groups, alternatives; optional parts and unread syntax give none', () => {
  const cases: [RegExp, string[] | undefined, boolean?][] = [
    [/abc/, ['abc']],
    [/ab?c/, ['a']], // the optional `b` splits the run: `a` and `c` are each required, `ac` is not a substring of `abc`
    [/ab*cd/, ['cd']],
    [/ab+cd/, ['ab']],
    [/ab{0,2}cde/, ['cde']],
    [/ab{2}c/, ['ab']],
    [/a\.b\/c/, ['a.b/c']],
    [/foo|barbaz/, ['foo', 'barbaz']],
    [/(^|\/)x-y\.sh$/, ['x-y.sh']],
    [/(^|\/)(install|build)_x\.sh$/, ['_x.sh']],
    [/^--(with|enable)-sctp$/, ['-sctp']],
    [/^-X(LongOne|LongTwo)$/, ['LongOne', 'LongTwo']],
    [/pre(-bin|-git)?x/, ['pre']],
    [/a(?:bcd)?e/, ['a']],
    [/x(?!abcdef)y/, ['x']],
    [/(?<=^\s*USER\s+)Admin\b/gi, ['admin'], true],
    [/(?<name>longword)x/, ['longword']],
    [/[a-z]+\d*\w/, undefined], // no literal at all
    [/abc|[a-z]+/, undefined], // one alternative without a literal: always try
    [/\x41bc/, undefined],
    [/\u0041bc/, undefined],
    [/(a)\1bc/, undefined],
    [/abc/u, undefined],
    [/ab\scd/, ['ab']],
    [/[abc]{2}xyz/, ['xyz']],
    [/a.*bcd/, ['bcd']],
    [/x{y/, ['x{y']],
  ];
  for (const [re, needles, lower = false] of cases) {
    const n = regexNeedles(re);
    assert.deepEqual(n?.needles, needles, String(re));
    if (n) assert.equal(n.lower, lower, String(re));
  }
});

test('mayMatch: no needles means always try; a case-insensitive pattern is looked for in lower case', () => {
  assert.equal(mayMatch(undefined, 'anything'), true);
  const n = regexNeedles(/Foo-Bar/i);
  assert.equal(mayMatch(n, 'x FOO-BAR y'), true);
  assert.equal(mayMatch(n, 'x foo bar y'), false);
  assert.equal(mayMatch(regexNeedles(/Foo/), 'foo'), false);
});

/** Every line and every word of the corpus, negatives, examples and fixtures: strings the tables meet. */
function realStrings(): string[] {
  const files: string[] = [join(root, 'test/recall/corpus.tsv'), join(root, 'test/recall/negatives.tsv')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!/\.(ts|json|md)$/.test(name)) files.push(p);
    }
  };
  walk(join(root, 'examples'));
  walk(join(root, 'test/fixtures'));
  const out = new Set<string>();
  for (const f of files)
    for (const raw of readFileSync(f, 'utf8').split('\n')) {
      // corpus/negatives snippets are JSON strings: their lines too
      const lines = raw.includes('\t"') ? [raw, ...String(JSON.parse(raw.slice(raw.indexOf('\t"') + 1))).split('\n')] : [raw];
      for (const line of lines) {
        out.add(line);
        for (const w of line.split(/\s+/)) out.add(w.replace(/^["']|["',;]$/g, ''));
      }
    }
  return [...out];
}

const tables = [
  ...sourceTriggers.map((t) => ({ re: t.pattern, needles: regexNeedles(t.pattern) })),
  ...[...WINDOWS_ONLY, ...Object.values(WINDOWS_ONLY_FORMS).flat()].map((p) => ({ re: p.re, needles: patternNeedles(p) })),
];

test('every needle of every table row is literal text of its pattern', () => {
  for (const { re, needles } of tables) {
    if (!needles) continue;
    // The source with escapes of punctuation undone, in the pattern's case.
    const literal = re.source.replace(/\\([^a-zA-Z0-9])/g, '$1');
    const text = needles.lower ? literal.toLowerCase() : literal;
    for (const n of needles.needles) assert.ok(text.includes(n), `${re}: needle ${JSON.stringify(n)} is not in its source`);
  }
  // The tables' rows mostly get one: a reader that stops finding needles would slow the rules back down silently.
  assert.ok(tables.filter((t) => t.needles).length >= tables.length * 0.9, 'most rows have needles');
});

test('every string a table row matches in the corpus, examples and fixtures holds one of its needles', () => {
  const strings = realStrings();
  let matched = 0;
  for (const { re, needles } of tables) {
    const plain = new RegExp(re.source, re.flags.replace('g', ''));
    for (const s of strings) {
      if (!plain.test(s)) continue;
      matched++;
      assert.ok(mayMatch(needles, s), `${re} matches ${JSON.stringify(s)} but its needles ${JSON.stringify(needles)} are not in it`);
    }
  }
  assert.ok(matched > 100, `only ${matched} matches: the strings are not read`);
});
