import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, textAt } from '../testKit';
import { getFeature } from '../../../knowledge/features';
import { analyzeDocument } from '../../analyze';
import { resolveTarget } from '../../host/resolve';
import { parseKernelConfig } from '../../host/kernelConfig';
import { getKernelBuild } from '../../../knowledge/hosts';

const ID = 'kernel-feature-missing';
const wg = getFeature('wireguard')!;
const TODAY = new Date('2026-11-26T00:00:00Z');

/** Texts of the findings of this rule (the exact word each sits on). */
function flagged(t: string, target: string): string[] {
  return findingsOf(t, ID, target).map((f) => textAt(t, f));
}

function noteOf(t: string, target: string, feature: string): string {
  const name = getFeature(feature)!.name;
  const note = analyze(t, target).notes.find((n) => n.markdown.startsWith(`**${name}**`));
  assert.ok(note, `hover note for ${feature}`);
  return note.markdown;
}

test('the finding sits on the use; the install line gets an info that never says the install fails', () => {
  const t = 'FROM debian:13\nRUN apt-get install -y wireguard-tools\nCMD ["wg-quick", "up", "wg0"]\n';
  const f = findingsOf(t, ID, 'rhel7');
  assert.deepEqual(
    f.map((x) => [textAt(t, x), x.severity]),
    [
      ['wireguard-tools', 'info'],
      ['"wg-quick"', 'warning'],
    ],
  );
  assert.match(f[1].message, /^`wg-quick` will fail on RHEL 7/);
  assert.ok(f[1].message.split('. ')[0].length <= 100, f[1].message);
  assert.match(f[1].message, /CONFIG_WIREGUARD is not set \(judged by the RHEL 7\.9 kernel 3\.10\.0-1160[.\d]*\.el7 config\)/);
  assert.match(f[0].message, /installs fine/);
  assert.doesNotMatch(f[0].message, /will fail/);
  assert.ok(f[0].related?.some((r) => r.range === undefined && /Target/.test(r.message)));
});

test('a module (=m) is present and auto-loaded: no finding, the hover says so', () => {
  const t = 'FROM debian:13\nRUN modprobe wireguard\nEXPOSE 3868/sctp\n';
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
  assert.match(noteOf(t, 'debian-12', 'wireguard'), /present as a module \(CONFIG_WIREGUARD=m\), auto-loaded on first use/);
  assert.deepEqual(findingsOf('FROM debian:13\nCMD ["bpftrace", "-e", "BEGIN {}"]\n', ID, 'debian-13'), []);
});

test('unknown target: no finding, but a hover note saying what the host needs', () => {
  const t = 'FROM debian:13\nCMD ["wg", "show"]\n';
  const r = analyze(t);
  assert.deepEqual(
    r.findings.filter((f) => f.ruleId === ID),
    [],
  );
  const note = r.notes.find((n) => n.markdown.includes(wg.name) && n.markdown.includes(`Linux ≥ ${wg.since}`));
  assert.ok(note, 'WireGuard note');
  assert.match(note.markdown, /target kernel unknown/);
});

test('without a kernel config the version decides, and the words say it is an estimate', () => {
  const t = 'FROM debian:13\nCMD ["nft", "list", "ruleset"]\n';
  assert.match(noteOf(t, '6.1', 'nf_tables'), /✓ host runs 6\.1 \(a version-based estimate/);
  const f = findingsOf(t, ID, '3.10.0');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /version-based estimate/);
  assert.match(f[0].message, /--kernel-config/);
});

test('generic commands only count with the arguments that need the feature; --version is not a use', () => {
  assert.deepEqual(findingsOf('FROM debian:13\nRUN ip addr show && unshare --pid --fork true && wg --version\n', ID, 'rhel7'), []);
  assert.equal(findingsOf('FROM debian:13\nRUN unshare --user --map-root-user true\n', ID, '3.2').length, 1);
});

// ── RHEL: backports judged by the real configs (each failed with the version-only check) ──────

test('rhel7: docker, podman and buildah (OverlayFS =m) raise no false alarm', () => {
  const t = 'FROM fedora:40\nRUN dnf install -y podman buildah\nRUN podman info && buildah --help\nCMD ["dockerd"]\n';
  assert.deepEqual(flagged(t, 'rhel7'), []);
  assert.match(noteOf('FROM docker:dind\nCMD ["dockerd"]\n', 'rhel7', 'overlayfs'), /present as a module \(CONFIG_OVERLAY_FS=m\)/);
});

test("without a config, Docker's overlay2 needs 4.0 (not the 3.18 of OverlayFS)", () => {
  const t = 'FROM docker:dind\nCMD ["dockerd"]\n';
  assert.equal(flagged(t, '3.19').length, 1);
  assert.deepEqual(flagged(t, '4.0'), []);
});

test('rhel7: nftables and nft are fine (NF_TABLES=m)', () => {
  const t = 'FROM debian:13\nRUN apt-get install -y nftables\nCMD ["nft", "-f", "/etc/rules.nft"]\n';
  assert.deepEqual(flagged(t, 'rhel7'), []);
});

test('rhel7: bcc, bpftrace, bpftool work from 7.6 (BPF_SYSCALL=y); rhel-7.5 and rhel-7.9 differ on eBPF', () => {
  const t =
    'FROM fedora:40\nRUN dnf install -y bcc-tools bpftrace bpftool\nCMD ["bpftrace", "-e", "BEGIN {}"]\nHEALTHCHECK CMD bpftool prog list\n';
  assert.deepEqual(flagged(t, 'rhel7'), []);
  assert.deepEqual(flagged(t, 'rhel-7.9'), []);
  assert.deepEqual(flagged(t, 'rhel-7.6'), []);
  assert.deepEqual(flagged(t, 'rhel-7.5'), ['bcc-tools', 'bpftrace', 'bpftool', '"bpftrace"', 'bpftool']);
  assert.match(findingsOf(t, ID, 'rhel-7.5')[3].message, /CONFIG_BPF_SYSCALL is not set \(judged by the RHEL 7\.5 kernel 3\.10\.0-862/);
});

test('rhel8: mptcpd (MPTCP from 8.3), unshare --time (TIME_NS from 8.4), systemd-oomd (PSI from 8.1) are fine', () => {
  const mptcp = 'FROM fedora:40\nCMD ["mptcpd"]\n';
  const time = 'FROM fedora:40\nCMD ["unshare", "--time", "--fork", "date"]\n';
  const oomd = 'FROM fedora:40\nCMD ["systemd-oomd"]\n';
  for (const t of [mptcp, time, oomd]) assert.deepEqual(flagged(t, 'rhel8'), [], t);
  assert.equal(flagged(mptcp, 'rhel-8.2').length, 1);
  assert.deepEqual(flagged(mptcp, 'rhel-8.3'), []);
  assert.equal(flagged(time, 'rhel-8.3').length, 1);
  assert.deepEqual(flagged(time, 'rhel-8.4'), []);
  assert.equal(flagged(oomd, 'rhel-8.0').length, 1);
  assert.deepEqual(flagged(oomd, 'rhel-8.1'), []);
});

test('rhel7: rootless podman and unshare -U are built but off by default (user.max_user_namespaces=0)', () => {
  const unshare = 'FROM fedora:40\nCMD ["unshare", "-U", "-r", "id"]\n';
  const f = findingsOf(unshare, ID, 'rhel7');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /will fail on RHEL 7 \/ CentOS 7 as shipped: User namespaces is built but off by default/);
  assert.match(f[0].message, /user\.max_user_namespaces/);
  assert.match(noteOf(unshare, 'rhel7', 'user_namespaces'), /built, but off by default on RHEL 7/);
  const rootless = 'FROM fedora:40\nRUN dnf install -y podman\nUSER podman\nCMD ["podman", "run", "alpine"]\n';
  assert.deepEqual(flagged(rootless, 'rhel7'), ['"podman"']);
  assert.deepEqual(flagged(rootless, 'rhel8'), []);
  // As root, podman does not need user namespaces.
  assert.deepEqual(flagged('FROM fedora:40\nCMD ["podman", "run", "alpine"]\n', 'rhel7'), []);
});

test('rhel9: liburing — not built in 9.0–9.2, built but disabled by default from 9.3', () => {
  const t = 'FROM fedora:40\nRUN dnf install -y liburing\nCMD ["fio", "--ioengine=io_uring", "job.fio"]\n';
  const old = findingsOf(t, ID, 'rhel-9.2');
  assert.deepEqual(
    old.map((x) => textAt(t, x)),
    ['liburing', '"fio"'],
  );
  assert.match(old[1].message, /CONFIG_IO_URING is not set/);
  // Off by default: the use is flagged; the install line gets only the hover (rings may never be used).
  const now = findingsOf(t, ID, 'rhel-9.4');
  assert.deepEqual(
    now.map((x) => textAt(t, x)),
    ['"fio"'],
  );
  assert.match(now[0].message, /built but off by default/);
  assert.match(now[0].message, /kernel\.io_uring_disabled/);
  assert.match(now[0].message, /Technology Preview/);
  assert.match(noteOf(t, 'rhel-9.4', 'io_uring'), /built, but off by default/);
  assert.match(noteOf(t, 'rhel9', 'io_uring'), /built, but off by default on RHEL 9\.8/);
});

test('rhel8/rhel9: btrfs-progs, drbd-utils and apparmor_parser are flagged (not in the config)', () => {
  const t =
    'FROM fedora:40\nRUN dnf install -y btrfs-progs drbd-utils\nRUN btrfs filesystem show && drbdadm status && apparmor_parser -r /etc/apparmor.d/x\n';
  for (const target of ['rhel8', 'rhel9']) {
    assert.deepEqual(flagged(t, target), ['btrfs-progs', 'drbd-utils', 'btrfs', 'drbdadm', 'apparmor_parser'], target);
  }
});

test("a user kernel config decides over the version: RHEL 7.9's config with kernel 3.10.0", () => {
  const build = getKernelBuild('rhel-7.9-amd64')!;
  const text =
    Object.entries(build.symbols)
      .map(([s, v]) => `CONFIG_${s}=${v}`)
      .join('\n') + '\n';
  const target = resolveTarget({ cli: { kernel: '3.10.0', kernelConfigPath: '/rhel-7.9.config' } }, () => ({
    config: parseKernelConfig(text, '/rhel-7.9.config'),
  })).target;
  const t = 'FROM debian:13\nCMD ["nft", "list", "ruleset"]\nHEALTHCHECK CMD bpftool prog list\n';
  const r = analyzeDocument(t, { target, today: TODAY });
  assert.deepEqual(
    r.findings.filter((f) => f.ruleId === ID),
    [],
  );
  assert.ok(r.notes.some((n) => /present as a module \(CONFIG_NF_TABLES=m/.test(n.markdown) && n.markdown.includes('/rhel-7.9.config')));
  // The same host without the config: the version decides (an estimate), and nft is flagged.
  const bare = analyzeDocument(t, { target: resolveTarget({ cli: { kernel: '3.10.0' } }).target, today: TODAY });
  assert.ok(bare.findings.some((f) => f.ruleId === ID && /version-based estimate/.test(f.message)));
});

test('Ubuntu 24.04 restricts unprivileged user namespaces through AppArmor; Debian 10 through unprivileged_userns_clone', () => {
  const t = 'FROM debian:13\nCMD ["unshare", "--user", "--map-root-user", "id"]\n';
  assert.match(findingsOf(t, ID, 'ubuntu-24.04')[0].message, /apparmor_restrict_unprivileged_userns is 1, which restricts it/);
  assert.match(findingsOf(t, ID, 'debian-10')[0].message, /kernel\.unprivileged_userns_clone is 0/);
  assert.deepEqual(findingsOf(t, ID, 'debian-11'), []);
  assert.deepEqual(findingsOf(t, ID, 'ubuntu-22.04'), []);
});

test("a RHEL uname -r without a preset is judged by its minor release's config, run-time defaults included", () => {
  const t = 'FROM debian:13\nCMD ["nft", "list", "ruleset"]\nHEALTHCHECK CMD fio --ioengine=io_uring job.fio\n';
  assert.deepEqual(
    flagged(t, '3.10.0-1160.119.1.el7.x86_64').map((x) => x),
    ['fio'],
  );
  assert.match(
    noteOf(t, '3.10.0-1160.el7.x86_64', 'nf_tables'),
    /RHEL 7\.9 kernel 3\.10\.0-1160\.88\.1\.el7 config, matched by the release 3\.10\.0-1160\.el7\.x86_64/,
  );
  assert.match(findingsOf(t, ID, '5.14.0-284.11.1.el9_2.x86_64')[0].message, /CONFIG_IO_URING is not set \(judged by the RHEL 9\.2 kernel/);
  assert.match(findingsOf(t, ID, '5.14.0-427.13.1.el9_4.x86_64')[0].message, /built but off by default/);
  // Oracle's UEK is another kernel: no RHEL config for it, the version decides.
  assert.match(noteOf(t, '5.15.0-316.196.4.1.el8uek.x86_64', 'nf_tables'), /version-based estimate/);
});

test("without a config, RHEL 7 kernels from 3.10.0-514 have what Docker's overlay2 needs", () => {
  const t = 'FROM docker:dind\nCMD ["dockerd"]\n';
  assert.deepEqual(flagged(t, '3.10.0-514.el7.x86_64'), []);
  assert.equal(flagged(t, '3.10.0-327.el7.x86_64').length, 1);
  assert.equal(flagged(t, '3.10.0').length, 1);
});

test('a bootable container (bootc) boots its own kernel: its feature uses are judged on hover only', () => {
  const bootc = 'FROM quay.io/fedora/fedora-bootc:42\nRUN dnf -y install wireguard-tools\nCMD ["wg-quick", "up", "wg0"]\n';
  assert.deepEqual(findingsOf(bootc, ID, 'rhel8'), []);
  assert.ok(analyze(bootc, 'rhel8').notes.some((n) => n.range.start.line === 2 && /WireGuard/.test(n.markdown)));
  const plain = bootc.replace('quay.io/fedora/fedora-bootc:42', 'fedora:42');
  assert.deepEqual(
    findingsOf(plain, ID, 'rhel8').map((f) => [textAt(plain, f), f.severity]),
    [
      ['wireguard-tools', 'info'],
      ['"wg-quick"', 'warning'],
    ],
  );
});
