/**
 * The benchmark's own tests: the generator is deterministic and exact, the README splice touches
 * only the marked section, and smoke mode measures both servers end to end with finite ratios.
 * No wall-clock assertions: only the structure and sanity of the results.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { editSite, generateDockerfile, generateTypical } from './generate.mjs';
import { END, replaceSection, START } from './update-readme.mjs';
import { medianOfRounds } from './stats.mjs';

const root = path.resolve(__dirname, '..');

test('generated Dockerfiles are deterministic, of the exact size, with what the bench aims at', () => {
  for (const n of [100, 1000, 10000]) {
    const a = generateDockerfile(n);
    assert.equal(a.text, generateDockerfile(n).text, `size ${n} is not deterministic`);
    const lines = a.text.split('\n');
    assert.equal(lines.length - 1, n);
    assert.equal(a.meta.lines, n);
    assert.ok(a.meta.fromLines.length >= 1 && a.meta.fromLines.every((l) => /^FROM /.test(lines[l])));
    for (const c of a.meta.kernelCommands) assert.ok(lines[c.line].includes(c.word), `kernel command ${c.word} not on line ${c.line}`);
    const site = editSite(a.meta, lines);
    assert.ok(site.line > site.chain.start && site.line < site.chain.end, 'edit site is not inside a RUN chain');
    assert.ok(lines[site.line].slice(site.character).startsWith(' \\'), 'edit site is not before the continuation backslash');
  }
  const big = generateDockerfile(10000);
  assert.ok(
    big.text.includes('<<EOF') && big.text.includes('modprobe') && big.text.includes('sysctl -w') && big.text.includes('$(uname -r)'),
  );
  assert.ok(big.meta.fromLines.length > 10, 'a 10,000-line file should have many stages');
  const other = generateDockerfile(1000, 7);
  assert.notEqual(other.text, generateDockerfile(1000).text, 'the seed changes the file');
  for (let i = 0; i < 50; i++) {
    const t = generateTypical(i);
    assert.ok(t.meta.lines >= 30 && t.meta.lines <= 80, `typical file ${i} has ${t.meta.lines} lines`);
  }
});

test('rounds are merged number by number into their median; errors are kept from every round', () => {
  const a = { server: 'x', openMs: 30, keystrokeMs: { n: 3, p50: 1 }, list: [1], errors: [] };
  const b = { server: 'x', openMs: 10, keystrokeMs: { n: 3, p50: 5 }, list: [2], errors: ['late'] };
  const c = { server: 'x', openMs: 20, keystrokeMs: { n: 3, p50: 3 }, list: [3], errors: [] };
  assert.deepEqual(medianOfRounds([a, b, c]), {
    server: 'x',
    openMs: 20,
    keystrokeMs: { n: 3, p50: 3 },
    list: [1],
    errors: ['late'],
    rounds: 3,
  });
  assert.equal(medianOfRounds([a]), a);
});

test('the README splice replaces only the marked section and refuses without markers', () => {
  const readme = `# Title\n\nintro\n\n${START}\nold numbers\n${END}\n\n## After\ntext\n`;
  const next = replaceSection(readme, '| new | table |');
  assert.equal(next, `# Title\n\nintro\n\n${START}\n| new | table |\n${END}\n\n## After\ntext\n`);
  assert.equal(replaceSection(next!, '| new | table |'), next, 'idempotent');
  assert.equal(replaceSection('# no markers\n', 'x'), undefined);
  assert.equal(replaceSection(`${END}\n${START}\n`, 'x'), undefined, 'markers out of order');
});

// No time limit here: the bench bounds its own work (a few edits on 100 lines; every request it makes has its own bound).
test('smoke mode measures both servers, the floor and the CLI, with finite ratios', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kl-bench-')), 'results.json');
  const readme = path.join(root, 'README.md');
  const readmeBefore = fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : undefined;
  const r = spawnSync(process.execPath, [path.join(root, 'bench', 'run.mjs'), '--smoke', `--out=${out}`], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `bench --smoke failed:\n${r.stderr}\n${r.stdout}`);
  const results = JSON.parse(fs.readFileSync(out, 'utf8'));

  assert.equal(results.mode, 'smoke');
  for (const k of ['cores', 'cpuModel', 'node', 'date']) assert.ok(results.machine[k], `machine.${k} missing`);
  assert.equal(results.sizes.length, 1);
  const size = results.sizes[0];
  for (const name of ['kernel-lens', 'docker-langserver', 'kernel-lens-plain']) {
    const s = size.sessions[name];
    assert.ok(s, `${name} not measured`);
    assert.deepEqual(s.errors, [], `${name} reported errors`);
    assert.ok(s.startupMs > 0 && s.openMs > 0);
    assert.ok(s.coldOpenMs > s.startupMs && s.coldOpenMs > s.openMs, `${name}: cold open spans start-up and open`);
    assert.equal(s.keystrokeMs.n, results.config.keystrokes, `${name}: one sample per keystroke`);
    // Every configured hover is sampled, the FROM lines taken in turn when the file has fewer.
    assert.equal(s.hoverFromMs.n, results.config.hovers);
    assert.equal(s.paced.requestMs.n, results.config.pacedKeystrokes);
    assert.equal(s.burst.timedOut, false);
    assert.ok(s.burst.published >= 1 && s.burst.published <= s.burst.sent, `${name}: published ${s.burst.published} of ${s.burst.sent}`);
    assert.ok(s.peakRssKiB > 0, `${name}: no peak RSS`);
  }
  const kl = size.sessions['kernel-lens'];
  assert.equal(kl.hoverFromMs.answered, kl.hoverFromMs.n, 'Kernel Lens answers every hover on a FROM line');
  assert.ok(kl.memory && kl.memory.edits === results.config.memoryEdits && kl.memory.rssAfterKiB > 0, 'memory growth not measured');
  assert.equal(kl.memory.rssSamplesKiB.length, 11, 'RSS sampled at the start and after every tenth of the edits');
  assert.ok(size.floor.parseMs > 0 && size.floor.analyzeColdMs > 0 && size.floor.otherValidateMs > 0);
  assert.equal(size.floor.analyzeWarmMs.n, results.config.floorEdits);
  for (const [key, value] of Object.entries(results.ratios[size.lines]))
    assert.ok(Number.isFinite(value) && (value as number) > 0, `ratio ${key} is ${value}`);
  assert.ok(Number.isFinite(results.cli.filesPerSecond) && results.cli.filesPerSecond > 0);
  assert.ok([0, 1].includes(results.cli.exitStatus), `CLI exit status ${results.cli.exitStatus}`);
  assert.ok(Array.isArray(results.goals) && results.goals.length > 0);
  assert.match(r.stdout, /\| Keystroke → diagnostics, p50 \|/, 'the table is printed');
  assert.match(r.stdout, /\| Cold open: spawn → first diagnostics \|/, 'cold open has its own row');
  assert.ok(kl.firstStart && kl.firstStart.coldOpenMs > 0, 'the very first start (no code cache) is measured');
  assert.match(r.stdout, /\| Started plainly \(`node dist\/server.js --stdio`\): peak RSS/, 'the plainly started server has its rows');
  assert.equal(fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : undefined, readmeBefore, 'smoke mode must not touch the README');
});
