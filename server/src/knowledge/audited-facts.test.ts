/**
 * Facts corrected or added by the 2026-08 audit of the knowledge tables. Each test pins a value
 * that was wrong or missing before, so a later edit cannot silently bring the old value back.
 * Sources are named in the rows themselves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getRelease } from './images';
import { getFeature } from './features';
import { classifySysctl } from './sysctls';

function release(id: string) {
  const r = getRelease(id);
  assert.ok(r, `release ${id} exists`);
  return r;
}

test('AlmaLinux 8 ends 2029-05-31, like RHEL 8 (endoflife.date corrected its 2029-03-01 upstream in #10170)', () => {
  const r = release('almalinux-8');
  assert.equal(r.supportEnds, '2029-05-31');
  assert.equal(r.extendedSupportEnds, '2029-05-31');
  assert.match(r.source, /almalinux\.md @ a70eca33/);
  // Rocky 8 and UBI 8 keep the RHEL 8 maintenance date.
  assert.equal(release('rockylinux-8').supportEnds, '2029-05-31');
  assert.equal(release('ubi-8').supportEnds, '2029-05-31');
});

test('Amazon Linux 2 installs boot kernel 5.10 by default (4.14 AMIs also exist)', () => {
  const r = release('amazonlinux-2');
  assert.equal(r.distroKernel, '5.10');
  assert.ok(
    (r.sources ?? []).some((s) => s.includes('aml2-kernel')),
    'AWS kernel doc cited',
  );
});

test("Ubuntu GA kernels from Canonical's HWE table: 20.04 = 5.4, 26.04 = 7.0", () => {
  assert.equal(release('ubuntu-20.04').distroKernel, '5.4');
  assert.equal(release('ubuntu-26.04').distroKernel, '7.0');
  assert.equal(release('ubuntu-22.04').distroKernel, '5.15');
  assert.equal(release('ubuntu-24.04').distroKernel, '6.8');
});

test('Alpine musl versions found on the Alpine CDN: 3.18 = 1.2.4, 3.20 = 1.2.5; 3.19 (a git snapshot) stays unversioned', () => {
  assert.equal(release('alpine-3.18').libc.version, '1.2.4');
  assert.equal(release('alpine-3.20').libc.version, '1.2.5');
  assert.equal(release('alpine-3.19').libc.version, undefined);
  assert.match(release('alpine-3.19').notes ?? '', /1\.2\.4_git20230717/);
  for (const id of ['alpine-3.18', 'alpine-3.19', 'alpine-3.20']) assert.equal(release(id).libc.minKernel, undefined);
});

test('fanotify is usable since 2.6.37 (2.6.36 merged it disabled)', () => {
  assert.equal(getFeature('fanotify')?.since, '2.6.37');
});

test('memfd_create (3.17) asks for no Kconfig symbol: MEMFD_CREATE is derived and absent before 4.18', () => {
  const f = getFeature('memfd_create');
  assert.equal(f?.since, '3.17');
  assert.deepEqual(f?.kconfig, []);
});

test('global net.ipv4 keys (ipv4_table, initial netns only) are host-only; per-netns neighbours stay namespaced', () => {
  for (const key of ['net.ipv4.tcp_mem', 'net.ipv4.udp_mem', 'net.ipv4.tcp_max_orphans']) {
    const c = classifySysctl(key);
    assert.equal(c.class, 'host-only', key);
    assert.match(c.rule.source, /sysctl_net_ipv4\.c/, key);
  }
  for (const key of ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem', 'net.ipv4.tcp_congestion_control']) {
    assert.equal(classifySysctl(key).class, 'namespaced', key);
  }
});
