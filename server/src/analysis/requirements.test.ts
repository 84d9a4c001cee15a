import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from './analyze';
import { hostNeeds, imageRequirements, requirementsText } from './requirements';
import type { TargetHost } from './host/types';

const TODAY = new Date('2026-12-05T00:00:00Z');
const target: TargetHost = {
  kernel: { major: 6, minor: 8, patch: 0, raw: '6.8.0' },
  os: 'linux',
  label: 'kernel 6.8.0',
  origin: { kind: 'cli', detail: 'from the test' },
};
const requirementsOf = (text: string) => imageRequirements(analyzeDocument(text, { target, today: TODAY }));

test('devices and capabilities a container needs become run flags, Compose and Kubernetes settings, each saying why', () => {
  const req = requirementsOf(
    'FROM debian:12\nRUN apt-get update && apt-get install -y openvpn\nCOPY server.conf /etc/openvpn/\nCMD ["openvpn", "--config", "/etc/openvpn/server.conf"]\n',
  );
  const kinds = req.stages[0].requirements.map((r) => `${r.kind} ${r.name} ${r.phase}`);
  assert.ok(kinds.includes('capability NET_ADMIN run'), kinds.join('\n'));
  assert.ok(kinds.includes('device /dev/net/tun run'), kinds.join('\n'));
  const flags = req.run.docker.map((d) => d.flag);
  // One flag per need, its reasons joined (the package and the command both ask for it).
  assert.deepEqual(
    flags.filter((f) => f.startsWith('--cap-add') || f.startsWith('--device')),
    ['--cap-add NET_ADMIN', '--device /dev/net/tun'],
  );
  const tun = req.run.docker.find((d) => d.flag === '--device /dev/net/tun')!;
  assert.match(tun.why, /package `openvpn` \(line 2\)/);
  assert.match(tun.why, /`openvpn` \(line 4\)/);
  assert.match(req.run.compose, /cap_add:\n {6}- NET_ADMIN {2}# /);
  assert.match(req.run.compose, /devices:\n {6}- \/dev\/net\/tun:\/dev\/net\/tun {2}# /);
  assert.match(
    req.run.kubernetes,
    /containers:\n {4}- name: app\n {6}securityContext:\n {8}capabilities:\n {10}add:\n {12}- NET_ADMIN {2}# /,
  );
  assert.match(req.run.kubernetes, /# \/dev\/net\/tun: Kubernetes has no --device; a device plugin or a privileged container provides it/);
  assert.ok(hostNeeds(analyzeDocument('FROM debian:12\nCMD ["openvpn"]\n', { target, today: TODAY }))?.includes('--cap-add NET_ADMIN'));
});

test('what only the host can provide (a GPU driver) is a host line, not a run flag', () => {
  const req = requirementsOf('FROM nvidia/cuda:12.2.0-runtime-ubuntu22.04\nCMD ["nvidia-smi"]\n');
  const gpu = req.stages[0].requirements.filter((r) => r.kind === 'host-facility');
  assert.equal(gpu.length, 2);
  assert.match(gpu[0].notes?.join(' ') ?? '', /--gpus all/);
  assert.ok(req.run.host.some((h) => /^GPU \(host driver\): NVIDIA: docker run --gpus all/.test(h.what)));
  assert.equal(req.run.docker.length, 0);
});

test('a RUN step that uses a facility needs it while building: listed as build, never a run flag', () => {
  const req = requirementsOf('FROM alpine:3.20\nRUN iptables -t nat -A POSTROUTING -j MASQUERADE\n');
  const caps = req.stages[0].requirements.filter((r) => r.kind === 'capability');
  assert.ok(caps.length > 0 && caps.every((r) => r.phase === 'build'), JSON.stringify(caps));
  assert.ok(!req.run.docker.some((d) => d.flag.startsWith('--cap-add')));
  assert.match(requirementsText(req, 'Dockerfile'), /capability {6}NET_ADMIN — build/);
});

test('a file capability outside the default set is needed when the container runs, one set inside it needs nothing', () => {
  const outside = requirementsOf('FROM debian:12\nRUN setcap cap_net_admin+ep /usr/bin/tool\n');
  assert.deepEqual(
    outside.run.docker.map((d) => d.flag),
    ['--cap-add NET_ADMIN'],
  );
  const inside = requirementsOf('FROM debian:12\nRUN setcap cap_net_bind_service+ep /usr/bin/tool\n');
  assert.equal(inside.run.docker.length, 0);
});

test('an ordinary application image needs no flags, and a word in an echo is not a use', () => {
  for (const text of [
    'FROM python:3.12-slim\nRUN pip install flask\nCMD ["python", "app.py"]\n',
    'FROM debian:12\nRUN echo "run openvpn with --device /dev/net/tun"\n',
  ]) {
    const req = requirementsOf(text);
    assert.deepEqual(req.run.docker, [], text);
    assert.deepEqual(
      req.stages[0].requirements.filter((r) => ['capability', 'device', 'privileges', 'host-facility'].includes(r.kind)),
      [],
      text,
    );
  }
});

test('an earlier stage that uses a facility does not give the final image its flags', () => {
  const req = requirementsOf('FROM debian:12 AS tools\nCMD ["openvpn"]\nFROM python:3.12-slim\nCMD ["python", "app.py"]\n');
  assert.deepEqual(req.run.docker, []);
});
