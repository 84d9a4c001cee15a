/** Property tests: the target model never throws and round-trips what it parses. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDirectives } from './directives';
import { parseJsonc } from './jsonc';
import { parseKernelConfig } from './kernelConfig';
import { compareKernelVersions, parseKernelVersion } from './kernelVersion';
import { resolveTarget } from './resolve';
import { parseWorkspaceConfigFile, validateTargetInput } from './settings';

describe('properties', () => {
  it('generated kernel versions parse to their numbers and compare like tuples', () => {
    const version = fc.record({
      major: fc.integer({ min: 1, max: 99 }),
      minor: fc.integer({ min: 0, max: 99 }),
      patch: fc.integer({ min: 0, max: 9999 }),
      suffix: fc.constantFrom('', '-91-generic', '-18-amd64', '-513.11.1.el8_9.x86_64', '.2-microsoft-standard-WSL2', '-linuxkit'),
    });
    fc.assert(
      fc.property(version, version, (a, b) => {
        const va = parseKernelVersion(`${a.major}.${a.minor}.${a.patch}${a.suffix}`);
        const vb = parseKernelVersion(`${b.major}.${b.minor}.${b.patch}${b.suffix}`);
        assert.ok(va && vb);
        assert.deepEqual([va.major, va.minor, va.patch], [a.major, a.minor, a.patch]);
        const tuple = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
        assert.equal(Math.sign(compareKernelVersions(va, vb)), Math.sign(tuple));
      }),
    );
  });
  it('nothing throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        parseKernelVersion(s);
        parseKernelConfig(s, 'x');
        parseJsonc(s);
        parseWorkspaceConfigFile(s, '/r/.kernel-lens.json');
        const d = parseDirectives(s.split('\n').map((l) => `# kernel-lens: ${l}`));
        resolveTarget({ directive: d.settings, settings: { target: s } }, () => ({ problem: 'no files in this test' }));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.dictionary(
          fc.constantFrom(
            'target',
            'kernel',
            'arch',
            'cgroup',
            'rules',
            'seccomp',
            'runtime',
            'windowsBuild',
            'os',
            'vsyscall',
            'kernelConfigPath',
          ),
          fc.jsonValue(),
        ),
        (v, obj) => {
          validateTargetInput(v, 'k');
          const r = validateTargetInput(obj, 'k');
          resolveTarget({ settings: r.input, cli: obj as never }, () => ({ problem: 'no files in this test' }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
