/**
 * Sample 106 (host security agents and scanners): kube-bench checks the node it runs on through the host PID
 * namespace and the host's /etc and /var, so its image and its command at start are explained, never reported. Printing
 * its version, and scanners over the image's own files (aide, rkhunter baselines), stay quiet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

const ID = 'host-facility-required';
const TARGETS = ['rhel8', 'ubuntu-22.04', 'debian-12'];
const quiet = (t: string) => {
  for (const target of TARGETS) assert.deepEqual(findingsOf(t, ID, target), [], target);
};

test("kube-bench's image: the FROM line and the start script of a stage on it name the host PID namespace", () => {
  const t = 'FROM aquasec/kube-bench:0.2.1\nCOPY entrypoint.sh .\nENTRYPOINT ["./entrypoint.sh"]\n';
  assert.match(notesOnWord(t, 0, 'aquasec/kube-bench'), /host's PID namespace/);
  assert.match(notesOnWord(t, 2, './entrypoint.sh'), /Start script not shown[\s\S]*kube-bench/);
  quiet(t);
  // Another namespace's image of a similar name is not kube-bench's.
  assert.doesNotMatch(notesOnWord('FROM someone/kube-bench-report:1\n', 0, 'someone/kube-bench-report'), /PID namespace/);
});

test('kube-bench as the start command is explained; `kube-bench version` and build steps are not', () => {
  const t = 'FROM alpine:3.20\nCOPY kube-bench /usr/local/bin/kube-bench\nCMD ["kube-bench", "run", "--targets", "node"]\n';
  assert.match(notesOnWord(t, 2, 'kube-bench'), /host's PID namespace/);
  quiet(t);
  const v = 'FROM alpine:3.20\nCOPY kube-bench /usr/local/bin/kube-bench\nCMD ["kube-bench", "version"]\n';
  assert.doesNotMatch(notesOnWord(v, 2, 'kube-bench'), /PID namespace/);
  const build = 'FROM alpine:3.20\nRUN kube-bench --help\n';
  assert.doesNotMatch(notesOnWord(build, 1, 'kube-bench'), /PID namespace/);
});

test("aide and rkhunter baselines over the image's own files stay quiet and unexplained", () => {
  const t = 'FROM debian:bookworm-slim\nRUN aide --init --config /etc/aide/aide.conf\nRUN rkhunter --propupd --nocolors\n';
  assert.doesNotMatch(notesOnWord(t, 1, 'aide'), /kernel|host/i);
  assert.doesNotMatch(notesOnWord(t, 2, 'rkhunter'), /kernel|host/i);
  quiet(t);
});
