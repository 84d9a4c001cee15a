import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DistroRelease } from '../knowledge/types';
import { supportStatus } from './support';

const release = (over: Partial<DistroRelease>): DistroRelease =>
  ({
    id: 'debian-12',
    distro: 'debian',
    distroName: 'Debian',
    version: '12',
    label: 'Debian 12 (bookworm)',
    os: 'linux',
    family: 'debian',
    packageManager: 'apt',
    supportEnds: '2026-07-11',
    extendedSupportEnds: '2028-06-30',
    libc: { kind: 'glibc', version: '2.36', minKernel: '3.2' },
    ...over,
  }) as DistroRelease;

test('support state follows the date it is asked on', () => {
  const bookworm = release({});
  assert.equal(supportStatus(bookworm, new Date('2026-01-01')).state, 'supported');
  assert.match(
    supportStatus(bookworm, new Date('2026-01-01')).text,
    /^supported \(standard support until 2026-07-11, extended until 2028-06-30\)$/,
  );
  const extended = supportStatus(bookworm, new Date('2026-12-06'));
  assert.equal(extended.state, 'extended');
  // Past dates are said in the past tense: "end of standard support on <past date>" read like a future event.
  assert.match(extended.text, /^standard support ended on 2026-07-11; extended support .* until 2028-06-30$/);
  assert.deepEqual(supportStatus(bookworm, new Date('2028-07-01')), { state: 'end-of-life', text: 'end of life since 2028-06-30' });
});

test('rolling releases and releases without dates say so', () => {
  assert.equal(supportStatus(release({ rolling: true }), new Date('2026-12-06')).state, 'rolling');
  assert.equal(supportStatus(release({ supportEnds: undefined, extendedSupportEnds: undefined }), new Date('2026-12-06')).state, 'unknown');
});

test('Windows releases use Microsoft lifecycle words', () => {
  const ltsc2019 = release({ os: 'windows', supportEnds: '2024-01-09', extendedSupportEnds: '2029-01-09' });
  assert.match(
    supportStatus(ltsc2019, new Date('2026-12-06')).text,
    /^mainstream support ended on 2024-01-09; extended support \(security updates\) until 2029-01-09$/,
  );
});
