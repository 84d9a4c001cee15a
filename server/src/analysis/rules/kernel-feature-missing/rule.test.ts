import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, textAt } from '../../shell/testSupport';
import { getFeature } from '../../../knowledge/features';

const ID = 'kernel-feature-missing';
const wg = getFeature('wireguard')!;

test('warning when the target kernel is older than the feature (versions from the table)', () => {
  const t = 'FROM debian:13\nRUN apt-get install -y wireguard-tools\nCMD ["wg-quick", "up", "wg0"]\n';
  const f = findingsOf(t, ID, 'rhel7');
  assert.deepEqual(f.map((x) => textAt(t, x)), ['wireguard-tools', '"wg-quick"']);
  assert.ok(f.every((x) => x.severity === 'warning'));
  assert.ok(f[0].message.includes(`Linux ≥ ${wg.since}`));
  assert.ok(f[0].related?.some((r) => r.range === undefined && /Target/.test(r.message)));
});

test('info when the target config builds it as a module; nothing when built in or new enough', () => {
  const t = 'FROM debian:13\nRUN modprobe wireguard\nEXPOSE 3868/sctp\n';
  const f = findingsOf(t, ID, 'debian-12');
  assert.deepEqual(f.map((x) => textAt(t, x)), ['wireguard', '3868/sctp']);
  assert.ok(f.every((x) => x.severity === 'info'));
  assert.match(f[0].message, /CONFIG_WIREGUARD=m/);
  assert.deepEqual(findingsOf('FROM debian:13\nCMD ["bpftrace", "-e", "BEGIN {}"]\n', ID, 'debian-13'), []);
});

test('unknown target: no finding, but a hover note saying what the host needs', () => {
  const t = 'FROM debian:13\nCMD ["wg", "show"]\n';
  const r = analyze(t);
  assert.deepEqual(r.findings.filter((f) => f.ruleId === ID), []);
  const note = r.notes.find((n) => n.markdown.includes(wg.name) && n.markdown.includes(`Linux ≥ ${wg.since}`));
  assert.ok(note, 'WireGuard note');
  assert.match(note.markdown, /target kernel unknown/);
  assert.ok(analyze('FROM debian:13\nCMD ["nft", "list", "ruleset"]\n', '6.1').notes.some((n) => n.markdown.includes('target 6.1 ✓')));
});

test('generic commands only count with the arguments that need the feature; --version is not a use', () => {
  assert.deepEqual(findingsOf('FROM debian:13\nRUN ip addr show && unshare --pid --fork true && wg --version\n', ID, 'rhel7'), []);
  assert.equal(findingsOf('FROM debian:13\nRUN unshare --user --map-root-user true\n', ID, '3.2').length, 1);
});
