import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHostProfile, profileTarget, PROFILE_FORMAT, isProfileReference } from './profile';
import { presetCandidates, profilesFromNodeList, runtimeFromNode } from './kubernetes';
import { resolveTarget } from './resolve';

test('parseHostProfile: accepts a captured profile, reports bad fields without dropping the rest', () => {
  const text = JSON.stringify({
    format: PROFILE_FORMAT,
    via: 'capture',
    os: 'linux',
    kernelRelease: '5.14.0-427.13.1.el9_4.x86_64',
    arch: 'amd64',
    cgroup: 2,
    sysctls: { 'user.max_user_namespaces': '0', 'bad key': '1' },
    kernelConfig: { origin: '/proc/config.gz', symbols: { WIREGUARD: 'm', 'not-a-symbol': 'y' } },
    extra: 1,
  });
  const r = parseHostProfile(text, 'host.json');
  assert.ok(r.profile);
  assert.equal(r.profile!.kernelRelease, '5.14.0-427.13.1.el9_4.x86_64');
  assert.deepEqual({ ...r.profile!.sysctls }, { 'user.max_user_namespaces': '0' });
  assert.deepEqual({ ...r.profile!.kernelConfig!.symbols }, { WIREGUARD: 'm' });
  assert.equal(r.problems.length, 3, r.problems.join('\n'));
  assert.match(r.problems.join('\n'), /unknown key "extra"/);
});

test('parseHostProfile: not JSON, wrong format, prototype keys', () => {
  assert.match(parseHostProfile('{', 'x.json').problems[0], /not valid JSON/);
  assert.match(parseHostProfile('{"format":"other"}', 'x.json').problems[0], /not a Kernel Lens host profile/);
  const r = parseHostProfile(`{"format":"${PROFILE_FORMAT}","via":"capture","os":"linux","sysctls":{"__proto__":"1"}}`, 'x.json');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.ok(r.profile);
});

test('isProfileReference: only .json values', () => {
  assert.ok(isProfileReference('./hosts/a.json'));
  assert.ok(!isProfileReference('rhel8'));
  assert.ok(!isProfileReference('5.15.0-91-generic'));
});

test('a captured profile resolves like the machine it came from, labelled as the profile', () => {
  const profile = parseHostProfile(
    JSON.stringify({
      format: PROFILE_FORMAT,
      via: 'capture',
      os: 'linux',
      name: 'n1',
      kernelRelease: '6.1.0-18-amd64',
      arch: 'arm64',
      cgroup: 2,
      kernelConfig: { origin: '/proc/config.gz', symbols: { IO_URING: 'y', WIREGUARD: 'm' } },
    }),
    'p.json',
  ).profile!;
  const t = profileTarget(profile, 'n1 (p.json)');
  assert.equal(t.kind, 'machine');
  const r = resolveTarget({
    cli: { target: 'p.json' },
    readProfile: () => ({ profile, path: '/x/p.json' }),
    machine: { release: '9.9.9', platform: 'linux' },
  });
  assert.equal(r.target.kernel?.raw, '6.1.0-18-amd64');
  assert.equal(r.target.arch, 'arm64');
  assert.equal(r.target.config?.state('WIREGUARD'), 'module');
  assert.equal(r.target.config?.state('NF_TABLES'), 'off');
  assert.match(r.target.label, /host profile n1/);
  assert.deepEqual(r.problems, []);
});

test('a node profile resolves to its preset with the node kernel and arch', () => {
  const { profiles } = profilesFromNodeList({
    kind: 'List',
    items: [
      {
        metadata: { name: 'a', labels: { agentpool: 'np1' } },
        status: {
          nodeInfo: {
            kernelVersion: '5.15.0-1064-azure',
            osImage: 'Ubuntu 22.04.4 LTS',
            architecture: 'amd64',
            operatingSystem: 'linux',
            containerRuntimeVersion: 'containerd://1.7.15-1',
          },
        },
      },
    ],
  });
  assert.equal(profiles.length, 1);
  assert.equal(profiles[0].name, 'np1');
  const r = resolveTarget({ cli: { target: 'np1.json' }, readProfile: () => ({ profile: profiles[0], path: 'np1.json' }) });
  assert.equal(r.target.presetId, 'ubuntu-22.04');
  assert.equal(r.target.kernel?.raw, '5.15.0-1064-azure');
  assert.equal(r.target.runtime?.kind, 'containerd');
});

test('presetCandidates and runtimeFromNode', () => {
  assert.deepEqual(presetCandidates('Red Hat Enterprise Linux 9.4 (Plow)', undefined), ['rhel-9.4', 'rhel9.4', 'rhel9']);
  assert.deepEqual(presetCandidates('Debian GNU/Linux 12 (bookworm)', undefined), ['debian-12']);
  assert.deepEqual(presetCandidates('Amazon Linux 2', '4.14.336-257.562.amzn2.x86_64'), ['amazonlinux2-4.14']);
  assert.deepEqual(presetCandidates('Talos (v1.7.6)', undefined), []);
  assert.equal(runtimeFromNode('docker://20.10.7'), 'docker@20.10.7');
  assert.equal(runtimeFromNode('cri-o://1.28.1'), undefined);
});

test('profilesFromNodeList: not a node list', () => {
  assert.match(profilesFromNodeList({}).problems[0], /No nodes found/);
  assert.match(profilesFromNodeList({ items: [42] }).problems[0], /not a node object/);
});
