import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyAndCheck, findingsOf, fixTitled, textAt } from '../testKit';

const ID = 'build-host-uname';

test('flags uname -r / -a / --kernel-release used as a value at build time', () => {
  const t =
    'FROM debian:13\nRUN mkdir -p /lib/modules/$(uname -r)/extra && K=`uname --kernel-release` && echo "$(uname -a)" > /etc/motd\nRUN uname -r > /etc/kver\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['uname -r', 'uname --kernel-release', 'uname -a', 'uname -r'],
  );
  assert.match(f[0].message, /build machine's kernel/);
});

test('not flagged: uname -m/-s, uname printed to the build log, uname in CMD, package words (other rule)', () => {
  const t =
    'FROM debian:13\nRUN ARCH=$(uname -m) && OS=$(uname -s) && uname -a && uname -r > /dev/null\nRUN apt-get install -y linux-headers-$(uname -r)\nCMD echo "$(uname -r)"\n';
  assert.deepEqual(findingsOf(t, ID), []);
  assert.ok(analyze(t).notes.some((n) => n.markdown.includes("reports the host's kernel")));
});

test('fix: replace $(uname -r) by the target release when it is known in full', () => {
  const t = 'FROM debian:13\nRUN make -C /lib/modules/$(uname -r)/build M=/src\n';
  const f = findingsOf(t, ID, '6.1.0-18-amd64');
  applyAndCheck(
    t,
    fixTitled(f[0], 'Use the target kernel release'),
    'FROM debian:13\nRUN make -C /lib/modules/6.1.0-18-amd64/build M=/src\n',
    { instructions: 2, rule: ID, target: '6.1.0-18-amd64' },
  );
  assert.ok(
    !findingsOf(t, ID).some((x) => x.fixes.some((y) => y.title.startsWith('Use the target'))),
    'no replacement without a known release',
  );
  const b = 'FROM debian:13\r\nRUN echo `uname -r` > /etc/kver\r\n';
  applyAndCheck(
    b,
    fixTitled(findingsOf(b, ID, '6.1.0-18-amd64')[0], 'Use the target kernel release'),
    'FROM debian:13\r\nRUN echo 6.1.0-18-amd64 > /etc/kver\r\n',
    { instructions: 2, rule: ID, target: '6.1.0-18-amd64' },
  );
});

test('ls /lib/modules captured at build time stands in for "the" kernel: flagged; at start or uncaptured: hover only', () => {
  const t =
    'FROM debian:12\nRUN KVER=$(ls /lib/modules | head -n1) && make -C /lib/modules/$KVER/build M=/src\nRUN ls /lib/modules\nCMD ["sh", "-c", "ls /lib/modules/$(uname -r)"]\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => x.range.start.line),
    [1],
  );
  assert.match(
    f[0].message,
    /^`ls \/lib\/modules` at build time lists the image's kernel packages, not the kernel the container runs on\./,
  );
  assert.deepEqual(
    findingsOf('FROM quay.io/fedora/fedora-bootc:41\nRUN KVER=$(ls /usr/lib/modules) && dracut --kver $KVER\n', ID),
    [],
    'bootable container: the image kernel is the one',
  );
  assert.equal(
    findingsOf('FROM rockylinux:9\nRUN dnf -y install kernel-devel && make -C /usr/src/kernels/$(ls /usr/src/kernels)\n', ID).length,
    1,
    'RHEL header trees too',
  );
});

test("kernel files of /proc read into the image at build time are the build machine's; at run time, the host's", () => {
  const t =
    'FROM golang:alpine\nRUN cat /proc/cmdline > /cmdline && K=$(cat /proc/sys/kernel/osrelease)\nRUN cat /proc/version\nCMD cat /proc/cmdline > /tmp/c\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['cat /proc/cmdline', 'cat /proc/sys/kernel/osrelease'],
  );
  assert.match(f[0].message, /kernel command line/);
  assert.doesNotMatch(f[0].message, /build argument/);
  assert.match(f[1].message, /build argument/);
  assert.ok(analyze(t).notes.some((n) => n.markdown.includes("reads the build machine's kernel")));
  assert.ok(analyze(t).notes.some((n) => n.markdown.includes("reads the host's kernel")));
  // Other /proc files and other programs are not this rule's.
  assert.deepEqual(findingsOf('FROM alpine\nRUN cat /proc/cpuinfo > /cpu && grep x /proc/cmdline > /y\n', ID), []);
});

test("/proc/config.gz uncompressed into a file at build time is the build machine's kernel configuration", () => {
  const t =
    'FROM alpine AS build\nRUN make defconfig && ([ ! -f /proc/1/root/proc/config.gz ] || zcat /proc/1/root/proc/config.gz > .config)\nRUN zcat /proc/config.gz > /kconfig\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['zcat /proc/1/root/proc/config.gz', 'zcat /proc/config.gz'],
  );
  assert.match(f[0].message, /kernel configuration/);
  // Only checked (a pipe into grep), or at container start: nothing is baked in.
  assert.deepEqual(findingsOf('FROM alpine\nRUN zcat /proc/config.gz | grep -q CONFIG_FUSE_FS=y\n', ID), []);
  assert.deepEqual(findingsOf('FROM alpine\nCMD zcat /proc/config.gz > /tmp/k && sleep 1\n', ID), []);
  assert.deepEqual(findingsOf('FROM alpine\nRUN zcat /data/config.gz > /k\n', ID), []);
});
