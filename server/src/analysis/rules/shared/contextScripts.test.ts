import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, analyzeModel, contextPathsOf } from '../../analyze';
import { BlockCache, buildModel } from '../../document';
import { requirementsText, imageRequirements } from '../../requirements';
import type { Finding } from '../../types';
import { TODAY, target, textAt } from '../testKit';

const ENTRYPOINT_SH = [
  '#!/bin/sh',
  'set -e',
  '# modprobe in a comment is not a command',
  'echo "run modprobe wireguard on the host"',
  'modprobe wireguard',
  'exec "$@"',
].join('\n');

function paths(text: string): string[] {
  return contextPathsOf(buildModel(text, new BlockCache()));
}

function run(
  text: string,
  files: Record<string, string>,
  ruleId: string,
  t = target({ kernel: { major: 6, minor: 1, patch: 0, raw: '6.1.0' } }),
): Finding[] {
  const contextFiles = new Map(Object.entries(files));
  return analyzeDocument(text, { target: t, today: TODAY, contextFiles }).findings.filter((f) => f.ruleId === ruleId);
}

test('the context paths asked for: COPY to a PATH directory and ENTRYPOINT by bare name', () => {
  assert.deepEqual(paths('FROM debian:12\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\n'), [
    'docker-entrypoint.sh',
  ]);
  // Renamed on copy; a directory without the slash; ADD; shell form through sh and exec.
  assert.deepEqual(paths('FROM alpine\nCOPY scripts/run.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n'), ['scripts/run.sh']);
  assert.deepEqual(paths('FROM alpine\nADD start.sh /usr/local/bin\nCMD start.sh\n'), ['start.sh']);
  assert.deepEqual(paths('FROM alpine\nCOPY ./bin/start.sh /\nCMD sh /start.sh\n'), ['bin/start.sh']);
  assert.deepEqual(paths('FROM alpine\nCOPY start.sh /\nCMD bash -c "/start.sh"\n'), ['start.sh']);
  assert.deepEqual(paths('FROM alpine\nCOPY entrypoint.sh /\nENTRYPOINT exec /entrypoint.sh "$@"\n'), ['entrypoint.sh']);
  // A directory copied, a WORKDIR-relative name, a basename glob.
  assert.deepEqual(paths('FROM alpine\nCOPY scripts/ /scripts/\nCMD ["/scripts/start.sh"]\n'), ['scripts/start.sh']);
  assert.deepEqual(paths('FROM alpine\nWORKDIR /app\nCOPY . .\nCMD ["./start.sh"]\n'), ['start.sh']);
  // CMD before the COPY (kylemanna/docker-openvpn: `CMD ["ovpn_run"]`, then `ADD ./bin /usr/local/bin`); the image's last WORKDIR.
  assert.deepEqual(paths('FROM alpine\nCMD ["ovpn_run"]\nADD ./bin /usr/local/bin\n'), ['bin/ovpn_run']);
  assert.deepEqual(paths('FROM alpine\nCMD ["./run.sh"]\nWORKDIR /srv\nCOPY run.sh /srv/\n'), ['run.sh']);
  assert.deepEqual(paths('FROM alpine\nCOPY *.sh /usr/local/bin/\nENTRYPOINT ["entrypoint.sh"]\n'), ['entrypoint.sh']);
});

test('context paths: none for a --from= COPY of what the stage did not copy, a URL, an escape, a variable, a script never run, a superseded ENTRYPOINT, a builder stage', () => {
  assert.deepEqual(paths('FROM alpine AS b\nFROM alpine\nCOPY --from=b /e.sh /e.sh\nENTRYPOINT ["/e.sh"]\n'), []);
  assert.deepEqual(paths('FROM alpine\nADD https://example.com/e.sh /e.sh\nENTRYPOINT ["/e.sh"]\n'), []);
  assert.deepEqual(paths('FROM alpine\nCOPY ../secret/e.sh /e.sh\nENTRYPOINT ["/e.sh"]\n'), []);
  assert.deepEqual(paths('FROM alpine\nCOPY $F /e.sh\nENTRYPOINT ["/e.sh"]\n'), []);
  assert.deepEqual(paths('FROM alpine\nCOPY e.sh /e.sh\nCMD ["nginx", "-g", "daemon off;"]\n'), []);
  assert.deepEqual(paths('FROM alpine\nCOPY e.sh /e.sh\nENTRYPOINT ["/e.sh"]\nENTRYPOINT ["nginx"]\n'), []);
  // A builder stage's own start command never runs from the image; a final stage built on a stage inherits its ENTRYPOINT.
  assert.deepEqual(paths('FROM alpine AS build\nCOPY e.sh /e.sh\nCMD ["/e.sh"]\nFROM nginx\n'), []);
  assert.deepEqual(paths('FROM alpine AS base\nCOPY e.sh /e.sh\nENTRYPOINT ["/e.sh"]\nFROM base\nRUN true\n'), ['e.sh']);
  // The inherited ENTRYPOINT runs the final image's file: the COPY of the stage built on it.
  assert.deepEqual(paths('FROM alpine AS base\nENTRYPOINT ["/e.sh"]\nFROM base\nCOPY e.sh /e.sh\n'), ['e.sh']);
  assert.deepEqual(paths('FROM alpine AS base\nCOPY e.sh /e.sh\nENTRYPOINT ["/e.sh"]\nFROM alpine\nCOPY e.sh /e.sh\nCMD ["/e.sh"]\n'), [
    'e.sh',
  ]);
  // Bare name in a directory that is not on PATH: the shell would not find it.
  assert.deepEqual(paths('FROM alpine\nCOPY e.sh /app/\nENTRYPOINT ["e.sh"]\n'), []);
  // A relative name under an unknown WORKDIR does not match an absolute destination.
  assert.deepEqual(paths('FROM alpine\nCOPY e.sh /e.sh\nCMD ["./e.sh"]\n'), []);
});

test('modprobe in the COPYed entrypoint: on the ENTRYPOINT word, with the script line related, no script edit', () => {
  const text = 'FROM debian:12\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT ["entrypoint.sh"]\n';
  const f = run(text, { 'entrypoint.sh': ENTRYPOINT_SH }, 'kernel-module-load');
  assert.equal(f.length, 1, 'the comment and the echo are not commands');
  assert.equal(f[0].range.start.line, 2);
  assert.equal(textAt(text, f[0]), '"entrypoint.sh"');
  assert.match(f[0].message, /entrypoint\.sh line 5/);
  const rel = f[0].related?.find((r) => r.file !== undefined);
  assert.deepEqual(rel?.file, 'entrypoint.sh');
  assert.equal(rel?.range?.start.line, 4);
  assert.equal(rel?.range?.start.character, 0);
  assert.ok(
    f[0].fixes.every((x) => x.edits.every((e) => e.range.start.line <= 2)),
    'fixes edit only the Dockerfile',
  );
  assert.ok(!f[0].fixes.some((x) => x.title.startsWith('Remove')), 'no fix that would edit the script');
  // Without the script's text nothing is said.
  assert.equal(run(text, {}, 'kernel-module-load').length, 0);
});

test('iptables and dockerd in the entrypoint: host facilities listed in the requirements and hovers', () => {
  const text = 'FROM debian:12\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n';
  const script =
    '#!/usr/bin/env bash\niptables -t nat -A POSTROUTING -j MASQUERADE\ndockerd &\nsysctl -w vm.max_map_count=262144\nexec "$@"\n';
  const result = analyzeDocument(text, { target: target(), today: TODAY, contextFiles: new Map([['entrypoint.sh', script]]) });
  const req = requirementsText(imageRequirements(result), 'x');
  assert.match(req, /iptables.*entrypoint\.sh line 2/);
  assert.match(req, /dockerd.*entrypoint\.sh line 3/);
  assert.match(req, /`sysctl` \(entrypoint\.sh line 4\)/);
  assert.ok(result.notes.some((n) => n.range.start.line === 2 && /entrypoint\.sh line 2/.test(n.markdown)));
  const without = analyzeDocument(text, { target: target(), today: TODAY });
  assert.doesNotMatch(requirementsText(imageRequirements(without), 'x'), /iptables|dockerd/);
});

test('a missing kernel feature used by the script is reported on the ENTRYPOINT line (WireGuard link, old kernel)', () => {
  const text = 'FROM debian:12\nCOPY start.sh /\nCMD ["sh", "/start.sh"]\n';
  const script = 'ip link add wg0 type wireguard\n';
  const f = run(text, { 'start.sh': script }, 'host-facility-required', target());
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 2);
  assert.ok(f[0].related?.some((r) => r.file === 'start.sh' && r.range?.start.line === 0));
  assert.deepEqual(
    f[0].fixes.filter((x) => x.edits.length > 0 && !x.title.startsWith('Ignore ')),
    [],
  );
});

test('silent: script COPYed but not run, Python entrypoint, words in comments and echo, a --from= COPY', () => {
  const files = {
    'entrypoint.sh': ENTRYPOINT_SH.replace(/^modprobe wireguard$/m, 'true'),
    'e.py': '#!/usr/bin/env python3\nimport os\nos.system("modprobe x")\n',
  };
  assert.equal(run('FROM debian:12\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n', files, 'kernel-module-load').length, 0);
  assert.equal(run('FROM debian:12\nCOPY e.py /e.py\nENTRYPOINT ["/e.py"]\n', { 'e.py': files['e.py'] }, 'kernel-module-load').length, 0);
  const loads = { 'entrypoint.sh': ENTRYPOINT_SH };
  assert.equal(run('FROM debian:12\nCOPY entrypoint.sh /\nCMD ["nginx"]\n', loads, 'kernel-module-load').length, 0);
  assert.equal(
    run('FROM debian:12 AS b\nFROM debian:12\nCOPY --from=b entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n', loads, 'kernel-module-load')
      .length,
    0,
  );
  // A file the Dockerfile does not copy is not read, even if the caller passed it.
  assert.equal(run('FROM debian:12\nENTRYPOINT ["/entrypoint.sh"]\n', loads, 'kernel-module-load').length, 0);
});

test('a changed script with the same Dockerfile model is read again (memos keyed by the files too)', () => {
  const model = buildModel('FROM debian:12\nCOPY e.sh /\nCMD ["/e.sh"]\n', new BlockCache());
  const loads = (script: string): number =>
    analyzeModel(model, { target: target(), today: TODAY, contextFiles: new Map([['e.sh', script]]) }).findings.filter(
      (f) => f.ruleId === 'kernel-module-load',
    ).length;
  assert.equal(loads('true\n'), 0);
  assert.equal(loads('modprobe br_netfilter\n'), 1);
  assert.equal(loads('true\n'), 0);
});

test('systemd as PID 1 from the COPYed entrypoint: systemd-init points at the script line', () => {
  const text = 'FROM debian:12\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n';
  const f = run(text, { 'entrypoint.sh': '#!/bin/sh\nexec /sbin/init\n' }, 'systemd-init');
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 2);
  assert.ok(f[0].related?.some((r) => r.file === 'entrypoint.sh' && r.range?.start.line === 1));
});

test('several module loads of one context script: one warning on the word that runs it, every line listed', () => {
  const script = [
    '#!/bin/sh',
    'modprobe ip_tables || :',
    'modprobe ip6_tables || :',
    'if x; then modprobe nf_tables || :; fi',
    'exec dockerd',
  ].join('\n');
  const text = 'FROM alpine:3.20\nCOPY dockerd-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["dockerd-entrypoint.sh"]\n';
  const found = run(text, { 'dockerd-entrypoint.sh': script }, 'kernel-module-load');
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const [f] = found;
  assert.equal(textAt(text, f), '"dockerd-entrypoint.sh"');
  assert.match(f.message, /^3 `modprobe` commands in dockerd-entrypoint\.sh \(lines 2, 3, 4\) act on the host's kernel/);
  assert.match(f.message, /`ip_tables`, `ip6_tables`, `nf_tables`/);
  const lines = (f.related ?? []).filter((r) => r.file === 'dockerd-entrypoint.sh').map((r) => (r.range?.start.line ?? -1) + 1);
  assert.deepEqual(lines, [2, 3, 4], 'each script line in the related information');
  // One load stays a finding of its own, with its line in the message.
  const one = run(text, { 'dockerd-entrypoint.sh': '#!/bin/sh\nmodprobe wireguard\nexec "$@"\n' }, 'kernel-module-load');
  assert.equal(one.length, 1);
  assert.match(one[0].message, /^`modprobe wireguard` \(dockerd-entrypoint\.sh line 2\)/);
});
