import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_RULES, parseDirectives } from './directives';

describe('parseDirectives: settings', () => {
  it('reads a target preset', () => {
    const r = parseDirectives(['# kernel-lens: target=rhel8', 'FROM centos:7']);
    assert.deepEqual(r.settings, { target: 'rhel8' });
    assert.equal(r.settingsLine, 0);
    assert.deepEqual(r.problems, []);
  });
  it('reads every key and normalises values', () => {
    const r = parseDirectives([
      '# kernel-lens: kernel=5.10 arch=aarch64 cgroup=2 vsyscall=none runtime=docker@24.0.7 os=linux seccomp=unconfined',
    ]);
    assert.deepEqual(r.settings, {
      kernel: '5.10',
      arch: 'arm64',
      cgroup: 2,
      vsyscall: 'none',
      runtime: 'docker@24.0.7',
      os: 'linux',
      seccomp: false,
    });
    assert.deepEqual(r.problems, []);
  });
  it('accepts windows-build and its spellings, case-insensitive keys and prefix', () => {
    const r = parseDirectives(['#KERNEL-LENS: OS=windows windowsBuild=20348']);
    assert.deepEqual(r.settings, { os: 'windows', windowsBuild: 20348 });
  });
  it('recognises directives anywhere, after parser directives, indented; ignores other comments', () => {
    const r = parseDirectives([
      '# syntax=docker/dockerfile:1',
      '# a comment about kernel lens',
      'FROM debian:12',
      '   # kernel-lens: arch=arm64',
      'RUN echo "# kernel-lens: target=rhel8"',
    ]);
    assert.deepEqual(r.settings, { arch: 'arm64' });
    assert.equal(r.settingsLine, 3);
    assert.deepEqual(r.problems, []);
  });
  it('merges keys over several lines; a conflicting repeat is reported and the first wins', () => {
    const r = parseDirectives(['# kernel-lens: target=rhel8', '# kernel-lens: arch=amd64', '# kernel-lens: target=rhel9 arch=amd64']);
    assert.deepEqual(r.settings, { target: 'rhel8', arch: 'amd64' });
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 2);
    assert.match(r.problems[0].message, /target is already set to 'rhel8' on line 1; this value is ignored/);
  });
  it('maps preset aliases to the canonical id', () => {
    assert.deepEqual(parseDirectives(['# kernel-lens: target=Jammy']).settings, { target: 'ubuntu-22.04' });
  });
});

describe('parseDirectives: typos and bad values', () => {
  it('unknown key: names the line, suggests, lists the valid keys, points at the key', () => {
    const line = '# kernel-lens: targt=rhel8';
    const r = parseDirectives([line]);
    assert.deepEqual(r.settings, {});
    assert.equal(r.problems.length, 1);
    const p = r.problems[0];
    assert.equal(p.line, 0);
    assert.equal(p.where, 'line 1');
    assert.match(p.message, /^Line 1: unknown key 'targt' — did you mean target\? Valid keys: target, kernel, arch, /);
    assert.deepEqual(p.range, {
      start: { line: 0, character: line.indexOf('targt') },
      end: { line: 0, character: line.indexOf('targt') + 5 },
    });
  });
  it('unknown preset with a suggestion, pointing at the value', () => {
    const line = '# kernel-lens: target=rhel88';
    const p = parseDirectives([line]).problems[0];
    assert.equal(p.message, "Line 1: target: unknown preset 'rhel88' — did you mean rhel8?");
    assert.deepEqual(p.range, { start: { line: 0, character: line.indexOf('rhel88') }, end: { line: 0, character: line.length } });
  });
  it('garbage target, bad kernel, bad arch: each a problem, valid parts survive', () => {
    const r = parseDirectives([
      '# kernel-lens: target=banana',
      '# kernel-lens: kernel=5.x arch=sparc cgroup=3 vsyscall=maybe runtime=dockr cgroup=2',
    ]);
    assert.deepEqual(r.settings, { cgroup: 2 });
    const messages = r.problems.map((p) => p.message);
    assert.equal(messages.length, 6);
    assert.match(
      messages[0],
      /^Line 1: target: 'banana' is neither a known preset nor a kernel version \(e\.g\. rhel8, ubuntu-22\.04, 5\.15\)\.$/,
    );
    assert.match(messages[1], /^Line 2: kernel: '5\.x' is not a kernel version/);
    assert.match(messages[2], /^Line 2: arch: 'sparc' is not a known architecture\. Valid: amd64, arm64/);
    assert.match(messages[3], /cgroup: .* \(valid: 1, 2\)/);
    assert.match(messages[4], /vsyscall: .* \(valid: emulate, xonly, none\)/);
    assert.match(messages[5], /runtime: 'dockr' is not a runtime .* did you mean docker\?/);
  });
  it('token without =, empty value, empty directive, near-miss spelling', () => {
    const r = parseDirectives([
      '# kernel-lens: rhel8',
      '# kernel-lens: target=',
      '# kernel-lens:',
      '# kernel-lens target=rhel8',
      '# kernellens: target=rhel8',
    ]);
    assert.deepEqual(r.settings, {});
    assert.deepEqual(
      r.problems.map((p) => p.line),
      [0, 1, 2, 3, 4],
    );
    assert.match(r.problems[0].message, /expected key=value but found 'rhel8'/);
    assert.match(r.problems[1].message, /'target=' has no value/);
    assert.match(r.problems[2].message, /empty kernel-lens directive/);
    assert.match(r.problems[3].message, /misspelt kernel-lens directive: write/);
    assert.match(r.problems[4].message, /misspelt kernel-lens directive: write/);
  });
  it('kernelConfigPath is not a directive key (a Dockerfile cannot make the checker read files)', () => {
    const r = parseDirectives(['# kernel-lens: kernelConfigPath=/etc/shadow']);
    assert.deepEqual(r.settings, {});
    assert.match(r.problems[0].message, /unknown key 'kernelConfigPath'/);
  });
});

describe('parseDirectives: suppressions', () => {
  it('file-wide ignore list', () => {
    const r = parseDirectives(['# kernel-lens: ignore=rule-a,rule-b target=rhel8', '# kernel-lens: ignore=rule-c,rule-a']);
    assert.deepEqual(r.fileIgnores, ['rule-a', 'rule-b', 'rule-c']);
    assert.deepEqual(r.settings, { target: 'rhel8' });
  });
  it('line ignores return their comment line; commas and/or spaces separate rules', () => {
    const r = parseDirectives([
      'FROM x',
      '# kernel-lens-ignore rule-a, rule-b',
      'RUN modprobe x',
      '  #kernel-lens-ignore: rule-c rule-d',
      'RUN y',
    ]);
    assert.deepEqual(r.lineIgnores, [
      { line: 1, rules: ['rule-a', 'rule-b'] },
      { line: 3, rules: ['rule-c', 'rule-d'] },
    ]);
    assert.deepEqual(r.problems, []);
  });
  it('a bare kernel-lens-ignore silences every rule on the next instruction', () => {
    assert.deepEqual(parseDirectives(['# kernel-lens-ignore']).lineIgnores, [{ line: 0, rules: [ALL_RULES] }]);
  });
  it('with known rules, typos are reported with a suggestion and dropped', () => {
    const line = '# kernel-lens-ignore modprobe-in-build, sysctl-at-buld';
    const r = parseDirectives([line, '# kernel-lens: ignore=modprob-in-build'], { knownRules: ['modprobe-in-build', 'sysctl-at-build'] });
    assert.deepEqual(r.lineIgnores, [{ line: 0, rules: ['modprobe-in-build'] }]);
    assert.deepEqual(r.fileIgnores, []);
    assert.equal(r.problems.length, 2);
    assert.match(r.problems[0].message, /unknown rule 'sysctl-at-buld' — did you mean sysctl-at-build\?/);
    assert.equal(r.problems[0].range?.start.character, line.indexOf('sysctl-at-buld'));
    assert.match(r.problems[1].message, /unknown rule 'modprob-in-build' — did you mean modprobe-in-build\?/);
  });
  it('never throws on odd input', () => {
    const odd = [
      '',
      '#',
      '# kernel-lens: ===',
      '# kernel-lens: a=b=c',
      '\u0000# kernel-lens: target=rhel8',
      '# kernel-lens: target=' + 'x'.repeat(10000),
    ];
    assert.doesNotThrow(() => parseDirectives(odd));
  });
});
