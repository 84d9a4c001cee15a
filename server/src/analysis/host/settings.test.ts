import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonc } from './jsonc';
import { normalizeArch, parseRuntime, parseWorkspaceConfigFile, validateTargetInput } from './settings';
import { closest, editDistance } from './suggest';

describe('validateTargetInput', () => {
  it('keeps valid fields and normalises them', () => {
    const r = validateTargetInput(
      {
        target: 'RHEL8',
        kernel: '4.18.0-513.el8',
        arch: 'x86_64',
        os: 'Linux',
        windowsBuild: '20348',
        cgroup: 'v2',
        vsyscall: 'EMULATE',
        runtime: 'Docker@25.0.1',
        seccomp: 'default',
        kernelConfigPath: ' /boot/config ',
        rules: { 'a-rule': 'Warning' },
      },
      'kernelLens',
    );
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.input, {
      target: 'rhel8',
      kernel: '4.18.0-513.el8',
      arch: 'amd64',
      os: 'linux',
      windowsBuild: 20348,
      cgroup: 2,
      vsyscall: 'emulate',
      runtime: 'docker@25.0.1',
      seccomp: true,
      kernelConfigPath: '/boot/config',
      rules: { 'a-rule': 'warning' },
    });
  });
  it('"banana" target: the message the user sees', () => {
    const r = validateTargetInput({ target: 'banana' }, 'kernelLens');
    assert.deepEqual(r.input, {});
    assert.deepEqual(r.problems, [
      {
        where: 'kernelLens.target',
        message: "kernelLens.target: 'banana' is neither a known preset nor a kernel version (e.g. rhel8, ubuntu-22.04, 5.15).",
      },
    ]);
  });
  it('kernel version as target', () => {
    assert.deepEqual(validateTargetInput({ target: '6.1.0-18-amd64' }, 'k').input, { target: '6.1.0-18-amd64' });
  });
  it('auto target', () => {
    assert.deepEqual(validateTargetInput({ target: 'Auto' }, 'k').input, { target: 'auto' });
  });
  it('wrong type in every field: each a problem, each field left unknown', () => {
    const r = validateTargetInput(
      {
        target: 5.1,
        kernel: true,
        kernelConfigPath: 3,
        arch: 64,
        os: 1,
        windowsBuild: 1.5,
        cgroup: 'three',
        vsyscall: false,
        runtime: ['docker'],
        seccomp: 'maybe',
        rules: 'all',
      },
      'kernelLens',
    );
    assert.deepEqual(r.input, {});
    assert.deepEqual(
      r.problems.map((p) => p.where),
      ['target', 'kernel', 'kernelConfigPath', 'arch', 'os', 'windowsBuild', 'cgroup', 'vsyscall', 'runtime', 'seccomp', 'rules'].map(
        (k) => `kernelLens.${k}`,
      ),
    );
    assert.match(r.problems[0].message, /write the kernel version as a string in quotes/);
    assert.match(r.problems[3].message, /must be a string, not number 64/);
    assert.match(r.problems[8].message, /must be a string, not a list/);
  });
  it('unknown preset close to a real one suggests it', () => {
    assert.match(
      validateTargetInput({ target: 'rhel88' }, 'kernelLens').problems[0].message,
      /unknown preset 'rhel88' — did you mean rhel8\?$/,
    );
    assert.match(validateTargetInput({ target: 'ubuntu-22.4' }, 'kernelLens').problems[0].message, /did you mean ubuntu-22\.04\?/);
  });
  it('bad severities are dropped one by one; known rule typos caught', () => {
    const r = validateTargetInput({ rules: { a: 'error', b: 'loud', c: 'off', typo: 'info' } }, 'k', {
      knownRules: ['a', 'b', 'c', 'typ0'],
    });
    assert.deepEqual(r.input, { rules: { a: 'error', c: 'off' } });
    assert.equal(r.problems.length, 2);
    assert.match(r.problems[0].message, /rule 'b': 'loud' is not a severity/);
    assert.match(r.problems[1].message, /unknown rule 'typo' — did you mean typ0\?/);
  });
  it('empty strings and nulls mean "not set"; unknown keys ignored unless strict', () => {
    assert.deepEqual(validateTargetInput({ target: '', arch: null, trace: { server: 'off' } }, 'kernelLens'), { input: {}, problems: [] });
    const strict = validateTargetInput({ targt: 'rhel8' }, 'f', { strictKeys: true });
    assert.match(strict.problems[0].message, /unknown key — did you mean "target"\?/);
  });
  it('non-object input', () => {
    assert.deepEqual(validateTargetInput(undefined, 'k'), { input: {}, problems: [] });
    assert.match(validateTargetInput('rhel8', 'kernelLens').problems[0].message, /must be an object/);
    assert.match(validateTargetInput([1], 'kernelLens').problems[0].message, /not a list/);
  });
});

describe('normalizeArch / parseRuntime', () => {
  it('maps aliases', () => {
    const cases: [string, string | undefined][] = [
      ['x86_64', 'amd64'],
      ['amd64', 'amd64'],
      ['aarch64', 'arm64'],
      ['armhf', 'arm/v7'],
      ['armv7', 'arm/v7'],
      ['armv7l', 'arm/v7'],
      ['i386', '386'],
      ['i686', '386'],
      ['linux/arm64', 'arm64'],
      ['ppc64el', 'ppc64le'],
      ['sparc', undefined],
      ['', undefined],
    ];
    for (const [input, want] of cases) assert.equal(normalizeArch(input), want, input);
  });
  it('parses runtimes', () => {
    assert.deepEqual(parseRuntime('docker'), { kind: 'docker' });
    assert.deepEqual(parseRuntime('docker@25.0.1'), { kind: 'docker', version: '25.0.1' });
    assert.deepEqual(parseRuntime('podman@5.0.2-rc1'), { kind: 'podman', version: '5.0.2-rc1' });
    assert.deepEqual(parseRuntime('docker@25.0.3+unconfined'), { kind: 'docker', version: '25.0.3', seccompDefault: false });
    assert.deepEqual(parseRuntime('Podman+Unconfined'), { kind: 'podman', seccompDefault: false });
    assert.deepEqual(validateTargetInput({ runtime: 'Docker@25.0.3+unconfined' }, 'k').input, { runtime: 'docker@25.0.3+unconfined' });
    assert.equal(parseRuntime('docker@'), undefined);
    assert.equal(parseRuntime('docker+'), undefined);
    assert.equal(parseRuntime('docker@latest'), undefined);
    assert.equal(parseRuntime('lxc'), undefined);
  });
});

describe('parseWorkspaceConfigFile', () => {
  it('reads a file with comments and trailing commas; resolves a relative config path', () => {
    const text =
      '{\n  // the prod fleet\n  "$schema": "./schemas/kernel-lens.schema.json",\n  "target": "rhel8",\n  "kernelConfigPath": "hosts/rhel8.config", /* copied from a host */\n  "arch": "x86_64",\n}\n';
    const r = parseWorkspaceConfigFile(text, '/repo/.kernel-lens.json');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.input, { target: 'rhel8', kernelConfigPath: '/repo/hosts/rhel8.config', arch: 'amd64' });
  });
  it('a JSON error gives one problem with line and column, and nothing else is used', () => {
    const r = parseWorkspaceConfigFile('{\n  "target": "rhel8"\n  "arch": "arm64"\n}', '/repo/.kernel-lens.json');
    assert.deepEqual(r.input, {});
    assert.equal(r.problems.length, 1);
    assert.equal(
      r.problems[0].message,
      ".kernel-lens.json: not valid JSON at line 3, column 3: expected ',' or '}' but found '\"'. The file is ignored until it is fixed.",
    );
    assert.equal(r.problems[0].line, undefined); // `line` is for Dockerfile directive problems only
    assert.deepEqual(r.problems[0].location, {
      path: '/repo/.kernel-lens.json',
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } },
    });
  });
  it('field problems point at the value', () => {
    const r = parseWorkspaceConfigFile('{\n  "target": "banana",\n  "targt": "rhel8"\n}', '/repo/.kernel-lens.json');
    assert.equal(r.problems.length, 2);
    assert.equal(r.problems[0].where, '.kernel-lens.json "target"');
    assert.deepEqual(r.problems[0].location, {
      path: '/repo/.kernel-lens.json',
      range: { start: { line: 1, character: 12 }, end: { line: 1, character: 20 } },
    });
    assert.equal(r.problems[0].line, undefined);
    assert.match(r.problems[1].message, /"targt": unknown key — did you mean "target"\?/);
  });
  it('a JSON value that is not an object', () => {
    assert.match(parseWorkspaceConfigFile('"rhel8"', '/r/.kernel-lens.json').problems[0].message, /must be an object/);
  });
});

describe('parseJsonc', () => {
  it('parses what JSON.parse parses', () => {
    const samples = ['{"a":[1,2,{"b":null}],"c":"x\\u0041\\n","d":-1.5e3,"e":true,"f":false}', '[]', '"s"', '0', '{}'];
    for (const s of samples) assert.deepEqual(parseJsonc(s).value, JSON.parse(s), s);
  });
  it('reports errors with positions', () => {
    const cases: [string, number, number, RegExp][] = [
      ['', 0, 0, /expected a value but found end of file/],
      ['{', 0, 1, /property name/],
      ['{"a": }', 0, 6, /expected a value/],
      ['{"a": 1} x', 0, 9, /after the end/],
      ['{\n"a": "unterminated\n}', 1, 5, /unterminated string/],
      ['/* open', 0, 0, /unterminated \/\* comment/],
      ['{"a": tru}', 0, 6, /expected a value/],
      // jsonc-parser reports the string that holds the bad escape.
      ['{"a": "\\q"}', 0, 6, /invalid escape/],
    ];
    for (const [text, line, character, re] of cases) {
      const r = parseJsonc(text);
      assert.ok(r.error, text);
      assert.match(r.error.message, re, text);
      assert.deepEqual(r.error.position, { line, character }, text);
    }
  });
  it('does not blow the stack on deep nesting', () => {
    assert.match(parseJsonc('['.repeat(100000)).error?.message ?? '', /nested too deeply/);
  });
});

describe('suggest', () => {
  it('edit distance and closest', () => {
    assert.equal(editDistance('targt', 'target'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(closest('rhel88', ['rhel8', 'rhel9', 'ubuntu-22.04']), 'rhel8');
    assert.equal(closest('banana', ['rhel8', 'rhel9']), undefined);
  });
});

describe('parseJsonc safety', () => {
  it('treats "__proto__" as a plain key', () => {
    const v = parseJsonc('{"__proto__": {"polluted": 1}}').value as Record<string, unknown>;
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((v as { polluted?: number }).polluted, undefined);
    assert.deepEqual(Object.keys(v), ['__proto__']);
  });
});
