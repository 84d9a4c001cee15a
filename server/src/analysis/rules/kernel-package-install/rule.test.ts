import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyAndCheck, findingsOf, fixTitled, textAt } from '../../shell/testSupport';
import { installOf, packageName } from '../../packages';
import { buildModel } from '../../document';
import { commandsOfModel } from '../../shell';

const ID = 'kernel-package-install';

test('install recognition: options, --virtual NAME, pins, release/arch qualifiers', () => {
  const pk = (t: string) => commandsOfModel(buildModel(`FROM x\nRUN ${t}\n`)).map(installOf).filter((x) => x).flatMap((i) => i!.packages.map((p) => p.name));
  assert.deepEqual(pk('apt-get -y install --no-install-recommends -t bookworm-backports a=1.2-3 b/bookworm c:amd64 ./local.deb'), ['a', 'b', 'c', 'local']);
  assert.deepEqual(pk('apk add --no-cache --virtual .build-deps gcc linux-headers=6.6-r0 musl-dev@edge'), ['gcc', 'linux-headers', 'musl-dev']);
  assert.deepEqual(pk('dnf install -y --setopt=tsflags=nodocs kernel-devel-5.14.0-427.el9.x86_64 python3-3.11 lua-5.4 gcc'), ['kernel-devel', 'python3-3.11', 'lua-5.4', 'gcc']);
  assert.deepEqual(pk('zypper -n in -t package kernel-default git'), ['kernel-default', 'git']);
  assert.deepEqual(pk('pacman -Syu --noconfirm linux-lts git'), ['linux-lts', 'git']);
  assert.deepEqual(pk('pacman -Ss linux'), []);
  assert.deepEqual(pk('apt-get update && apt-get remove linux-image-amd64'), []);
  assert.deepEqual(pk('dpkg -i /tmp/linux-image-6.1.0-18-amd64_6.1.76-1_amd64.deb'), ['linux-image-6.1.0-18-amd64']);
  assert.equal(packageName('yum', 'kernel-devel-$(uname -r)'), 'kernel-devel-$(uname -r)');
});

test('flags kernel images, headers, modules and dkms; not userspace headers or util-linux', () => {
  const t = 'FROM debian:13\nRUN apt-get install -y linux-image-amd64 linux-headers-amd64 util-linux linux-libc-dev libselinux1 dkms\nRUN dkms autoinstall\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(f.map((x) => textAt(t, x)), ['linux-image-amd64', 'linux-headers-amd64', 'dkms', 'dkms']);
  assert.match(f[0].message, /kernel image/);
  assert.deepEqual(findingsOf('FROM alpine:3.20\nRUN apk add linux-headers musl-dev\n', ID), []);
  assert.deepEqual(findingsOf('FROM rockylinux:9\nRUN dnf install -y kernel-headers glibc-devel\n', ID), []);
  assert.deepEqual(findingsOf('FROM archlinux\nRUN pacman -S --noconfirm linux-api-headers\n', ID), []);
});

test('linux-headers-$(uname -r) is flagged and replaced by headers for a known target release', () => {
  const t = 'FROM debian:13\nRUN apt-get update && apt-get install -y \\\n    build-essential \\\n    linux-headers-$(uname -r) \\\n    curl\n';
  const f = findingsOf(t, ID, '6.1.0-18-amd64');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /build machine's kernel/);
  const use = fixTitled(f[0], 'Install headers for the target kernel');
  assert.equal(use.isPreferred, true);
  applyAndCheck(t, use, 'FROM debian:13\nRUN apt-get update && apt-get install -y \\\n    build-essential \\\n    linux-headers-6.1.0-18-amd64 \\\n    curl\n', { instructions: 2, rule: ID, target: '6.1.0-18-amd64', stillFlagged: 1 });
  // Without a full target release only removal is offered.
  assert.ok(!findingsOf(t, ID).some((x) => x.fixes.some((y) => y.title.startsWith('Install headers'))));
});

test('fix: remove one package from a multi-line install, keeping continuations', () => {
  const t = 'FROM debian:13\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      linux-image-amd64 \\\n      openssh-server \\\n && rm -rf /var/lib/apt/lists/*\n';
  const fix = fixTitled(findingsOf(t, ID)[0], 'Remove');
  assert.equal(fix.isPreferred, true);
  applyAndCheck(t, fix, "FROM debian:13\n# host kernel: linux-image-amd64 removed: containers run on the host's kernel\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      openssh-server \\\n && rm -rf /var/lib/apt/lists/*\n", { instructions: 2, rule: ID });
});

test('fix: last package on the line and the only package (removes the install command)', () => {
  const t = 'FROM rockylinux:9\nRUN dnf install -y gcc kernel-devel-$(uname -r) && dnf clean all\n';
  applyAndCheck(t, fixTitled(findingsOf(t, ID)[0], 'Remove'), "FROM rockylinux:9\n# host kernel: kernel-devel-<release> removed: containers run on the host's kernel\nRUN dnf install -y gcc && dnf clean all\n", { instructions: 2, rule: ID });
  const only = 'FROM debian:13\nRUN apt-get update && apt-get install -y linux-image-amd64 && rm -rf /var/lib/apt/lists/*\n';
  applyAndCheck(only, fixTitled(findingsOf(only, ID)[0], 'Remove'), "FROM debian:13\n# host kernel: linux-image-amd64 removed: containers run on the host's kernel\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n", { instructions: 2, rule: ID });
});
