import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareKernelVersions, formatKernel, formatKernelLine, kernelAtLeast, parseKernelVersion } from './kernelVersion';

describe('parseKernelVersion', () => {
  const valid: [string, number, number, number][] = [
    ['5.15', 5, 15, 0],
    ['5.15.0-91-generic', 5, 15, 0],
    ['6.1.0-18-amd64', 6, 1, 0],
    ['4.18.0-513.11.1.el8_9.x86_64', 4, 18, 0],
    ['3.10.0-1160.el7.x86_64', 3, 10, 0],
    ['6.6.87.2-microsoft-standard-WSL2', 6, 6, 87],
    ['5.10.210-201.852.amzn2.x86_64', 5, 10, 210],
    ['6.10.14-linuxkit', 6, 10, 14],
    ['7.2', 7, 2, 0],
    ['2.6.32-754.el6', 2, 6, 32],
    ['4.9.337', 4, 9, 337],
    ['  6.8.0-rc3  ', 6, 8, 0],
    ['v6.1', 6, 1, 0],
    ['5.15.0+', 5, 15, 0],
  ];
  for (const [s, major, minor, patch] of valid) {
    it(`parses ${JSON.stringify(s)}`, () => {
      const v = parseKernelVersion(s);
      assert.ok(v, `expected ${s} to parse`);
      assert.deepEqual({ major: v.major, minor: v.minor, patch: v.patch }, { major, minor, patch });
      assert.equal(v.raw, s.trim());
    });
  }
  const invalid = [
    'banana',
    '5',
    '5.x',
    '-1.2',
    '',
    '   ',
    '99999.1',
    '100.1',
    '5.100',
    '0.1',
    '5.15 generic',
    '5..15',
    '5.15.',
    'linux-5.15',
    '5.15.0-9\u00001',
    '1.2.99999',
    '6.1\n'.repeat(2),
    'x'.repeat(300),
  ];
  for (const s of invalid) {
    it(`rejects ${JSON.stringify(s.length > 20 ? s.slice(0, 20) + '…' : s)}`, () => {
      assert.equal(parseKernelVersion(s), undefined);
    });
  }
  it('rejects non-strings without throwing', () => {
    assert.equal(parseKernelVersion(5.15 as unknown as string), undefined);
    assert.equal(parseKernelVersion(undefined as unknown as string), undefined);
  });
});

describe('compareKernelVersions / kernelAtLeast', () => {
  const v = (s: string) => parseKernelVersion(s)!;
  it('orders numerically, not as text', () => {
    assert.ok(compareKernelVersions(v('5.10'), v('5.9')) > 0);
    assert.ok(compareKernelVersions(v('4.18.0-513.el8'), v('5.1')) < 0);
    assert.ok(compareKernelVersions(v('6.6.87.2-microsoft-standard-WSL2'), v('6.6.9')) > 0);
    assert.equal(compareKernelVersions(v('5.15.0-91-generic'), v('5.15')), 0);
  });
  it('answers kernelAtLeast against table strings', () => {
    assert.equal(kernelAtLeast(v('5.15.0-91-generic'), '5.1'), true);
    assert.equal(kernelAtLeast(v('5.1'), '5.1'), true);
    assert.equal(kernelAtLeast(v('4.18.0-513.11.1.el8_9.x86_64'), '5.1'), false);
    assert.equal(kernelAtLeast(v('3.10.0-1160.el7.x86_64'), '3.10.0'), true);
    assert.equal(kernelAtLeast(v('5.4'), v('5.6')), false);
  });
  it('throws on a malformed table value (a bug, caught by knowledge tests)', () => {
    assert.throws(() => kernelAtLeast(v('5.4'), '5.x'), /knowledge table/);
  });
  it('formats raw and line', () => {
    assert.equal(formatKernel(v('4.18.0-513.11.1.el8_9.x86_64')), '4.18.0-513.11.1.el8_9.x86_64');
    assert.equal(formatKernelLine(v('4.18.0-513.11.1.el8_9.x86_64')), '4.18');
  });
});
