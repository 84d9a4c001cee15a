import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, target } from '../shared/imageTestSupport';

const ID = 'systemd-init';
const slice = (text: string, f: { range: { start: { line: number; character: number }; end: { character: number } } }) =>
  text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

test('CentOS 7 systemd 219 as PID 1 on a cgroup v2 target → error on the program word', () => {
  const text = 'FROM centos:7\nRUN yum -y install httpd\nCMD ["/usr/sbin/init"]\n';
  const [f] = findingsOf(text, target({ cgroup: 2 }), ID);
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), '/usr/sbin/init');
  assert.match(f.message, /systemd 219/);
  assert.match(f.message, /cgroup v2/);
  assert.match(f.message, /230/);
  assert.equal(f.related?.[0].range?.start.line, 0, 'points at the FROM line');
  assert.deepEqual(f.related?.[1], { message: 'target: test (test)' });
});

test('cgroup v1 → warning; unknown cgroup → warning that says unknown and what v2 would do', () => {
  const text = 'FROM centos:7\nENTRYPOINT /sbin/init\n';
  const [v1] = findingsOf(text, target({ cgroup: 1 }), ID);
  assert.equal(v1.severity, 'warning');
  assert.equal(slice(text, v1), '/sbin/init');
  const [unknown] = findingsOf(text, target({ cgroup: undefined }), ID);
  assert.equal(unknown.severity, 'warning');
  assert.match(unknown.message, /unknown/);
  assert.match(unknown.message, /cannot start/);
});

test('newer systemd on cgroup v2 stays a warning; shell form with exec; systemd binary paths', () => {
  const [f] = findingsOf('FROM debian:12\nCMD exec /lib/systemd/systemd\n', target({ cgroup: 2 }), ID);
  assert.equal(f.severity, 'warning');
  assert.equal(findingsOf('FROM fedora:44\nENTRYPOINT ["/usr/lib/systemd/systemd", "--system"]\n', target(), ID).length, 1);
});

test('init images used as they are (ubi-init) in the final stage', () => {
  const text = 'FROM registry.access.redhat.com/ubi9/ubi-init\nRUN dnf -y install httpd && systemctl enable httpd\n';
  const [f] = findingsOf(text, target(), ID);
  assert.ok(f);
  assert.equal(f.range.start.line, 0);
  assert.deepEqual(findingsOf(text + 'CMD ["httpd", "-DFOREGROUND"]\n', target(), ID), [], 'own CMD replaces the init default');
});

test('negative: other programs, overridden CMD, init only in an earlier instruction', () => {
  assert.deepEqual(findingsOf('FROM centos:7\nCMD ["httpd", "-DFOREGROUND"]\n', target(), ID), []);
  assert.deepEqual(findingsOf('FROM centos:7\nCMD ["/sbin/init"]\nCMD ["bash"]\n', target(), ID), []);
  assert.deepEqual(findingsOf('FROM centos:7\nRUN /usr/sbin/init --version || true\n', target(), ID), []);
  assert.deepEqual(findingsOf('FROM ubuntu:24.04\nCMD ["/usr/local/bin/initialize"]\n', target(), ID), []);
});
