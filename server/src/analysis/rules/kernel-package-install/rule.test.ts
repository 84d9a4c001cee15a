import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyAndCheck, findingsOf, fixTitled, textAt } from '../../shell/testSupport';
import { installOf, packageName } from '../../packages';
import { buildModel } from '../../document';
import { commandsOfModel } from '../../shell';

const ID = 'kernel-package-install';

test('install recognition: options, --virtual NAME, pins, release/arch qualifiers', () => {
  const pk = (t: string) =>
    commandsOfModel(buildModel(`FROM x\nRUN ${t}\n`))
      .map(installOf)
      .filter((x) => x)
      .flatMap((i) => i!.packages.map((p) => p.name));
  assert.deepEqual(pk('apt-get -y install --no-install-recommends -t bookworm-backports a=1.2-3 b/bookworm c:amd64 ./local.deb'), [
    'a',
    'b',
    'c',
    'local',
  ]);
  assert.deepEqual(pk('apk add --no-cache --virtual .build-deps gcc linux-headers=6.6-r0 musl-dev@edge'), [
    'gcc',
    'linux-headers',
    'musl-dev',
  ]);
  assert.deepEqual(pk('dnf install -y --setopt=tsflags=nodocs kernel-devel-5.14.0-427.el9.x86_64 python3-3.11 lua-5.4 gcc'), [
    'kernel-devel',
    'python3-3.11',
    'lua-5.4',
    'gcc',
  ]);
  assert.deepEqual(pk('zypper -n in -t package kernel-default git'), ['kernel-default', 'git']);
  assert.deepEqual(pk('pacman -Syu --noconfirm linux-lts git'), ['linux-lts', 'git']);
  assert.deepEqual(pk('pacman -Ss linux'), []);
  assert.deepEqual(pk('apt-get update && apt-get remove linux-image-amd64'), []);
  assert.deepEqual(pk('dpkg -i /tmp/linux-image-6.1.0-18-amd64_6.1.76-1_amd64.deb'), ['linux-image-6.1.0-18-amd64']);
  assert.equal(packageName('yum', 'kernel-devel-$(uname -r)'), 'kernel-devel-$(uname -r)');
});

test('flags kernel images, headers, modules and dkms; not userspace headers or util-linux', () => {
  const t =
    'FROM debian:13\nRUN apt-get install -y linux-image-amd64 linux-headers-amd64 util-linux linux-libc-dev libselinux1 dkms\nRUN dkms autoinstall\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['linux-image-amd64', 'linux-headers-amd64', 'dkms', 'dkms'],
  );
  assert.match(f[0].message, /kernel image/);
  assert.deepEqual(findingsOf('FROM alpine:3.20\nRUN apk add linux-headers musl-dev\n', ID), []);
  assert.deepEqual(findingsOf('FROM rockylinux:9\nRUN dnf install -y kernel-headers glibc-devel\n', ID), []);
  assert.deepEqual(findingsOf('FROM archlinux\nRUN pacman -S --noconfirm linux-api-headers\n', ID), []);
});

test('linux-headers-$(uname -r) is flagged and replaced by headers for a known target release', () => {
  const t =
    'FROM debian:13\nRUN apt-get update && apt-get install -y \\\n    build-essential \\\n    linux-headers-$(uname -r) \\\n    curl\n';
  const f = findingsOf(t, ID, '6.1.0-18-amd64');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /build machine's kernel/);
  const use = fixTitled(f[0], 'Install headers for the target kernel');
  assert.equal(use.isPreferred, true);
  applyAndCheck(
    t,
    use,
    'FROM debian:13\nRUN apt-get update && apt-get install -y \\\n    build-essential \\\n    linux-headers-6.1.0-18-amd64 \\\n    curl\n',
    { instructions: 2, rule: ID, target: '6.1.0-18-amd64', stillFlagged: 1 },
  );
  // Without a full target release only removal is offered.
  assert.ok(!findingsOf(t, ID).some((x) => x.fixes.some((y) => y.title.startsWith('Install headers'))));
});

test('fix: remove one package from a multi-line install, keeping continuations', () => {
  const t =
    'FROM debian:13\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      linux-image-amd64 \\\n      openssh-server \\\n && rm -rf /var/lib/apt/lists/*\n';
  const fix = fixTitled(findingsOf(t, ID)[0], 'Remove');
  assert.equal(fix.isPreferred, true);
  applyAndCheck(
    t,
    fix,
    "FROM debian:13\n# host kernel: linux-image-amd64 removed: containers run on the host's kernel\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      openssh-server \\\n && rm -rf /var/lib/apt/lists/*\n",
    { instructions: 2, rule: ID },
  );
});

test('fix: last package on the line and the only package (removes the install command)', () => {
  const t = 'FROM rockylinux:9\nRUN dnf install -y gcc kernel-devel-$(uname -r) && dnf clean all\n';
  applyAndCheck(
    t,
    fixTitled(findingsOf(t, ID)[0], 'Remove'),
    "FROM rockylinux:9\n# host kernel: kernel-devel-<release> removed: containers run on the host's kernel\nRUN dnf install -y gcc && dnf clean all\n",
    { instructions: 2, rule: ID },
  );
  const only = 'FROM debian:13\nRUN apt-get update && apt-get install -y linux-image-amd64 && rm -rf /var/lib/apt/lists/*\n';
  applyAndCheck(
    only,
    fixTitled(findingsOf(only, ID)[0], 'Remove'),
    "FROM debian:13\n# host kernel: linux-image-amd64 removed: containers run on the host's kernel\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n",
    { instructions: 2, rule: ID },
  );
});

test('packages named through ARG/ENV defaults are read as what they name; unknown values stay silent', () => {
  const t =
    'ARG KVER=6.1.0-18-amd64\nFROM debian:12\nARG KVER\nENV PKGS="linux-headers-${KVER} curl"\nARG TOOLS=git\nRUN apt-get install -y $PKGS $TOOLS ${UNKNOWN_PKG}\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['$PKGS'],
  );
  assert.match(f[0].message, /^`linux-headers-6\.1\.0-18-amd64` are headers/);
  assert.match(f[0].message, /`\$PKGS` is `linux-headers-6\.1\.0-18-amd64` by its ARG\/ENV default/);
  // A global ARG not redeclared in the stage is not visible there.
  assert.deepEqual(findingsOf('ARG K=linux-image-amd64\nFROM debian:12\nRUN apt-get install -y $K\n', ID), []);
  // Classified as written, message shows the resolved name.
  const w = 'FROM debian:12\nARG KVER=6.1.0-18-amd64\nRUN apt-get install -y linux-image-${KVER}\n';
  assert.match(findingsOf(w, ID)[0].message, /^`linux-image-6\.1\.0-18-amd64` installs a kernel the container never boots/);
});

test('local package files, rpm -i, rpm-ostree, vendor kernels', () => {
  const t =
    'FROM rockylinux:9\nRUN rpm -ivh /tmp/kernel-*.rpm /tmp/kernel-devel-5.14.0-427.el9.x86_64.rpm && rpm -q kernel\nRUN dnf -y install kernel-ml kernel-ml-devel kernel-ml-headers kernel-tools\nRUN rpm-ostree install kernel-modules-extra\n';
  assert.deepEqual(
    findingsOf(t, ID).map((x) => textAt(t, x)),
    ['/tmp/kernel-*.rpm', '/tmp/kernel-devel-5.14.0-427.el9.x86_64.rpm', 'kernel-ml', 'kernel-ml-devel', 'kernel-modules-extra'],
  );
  const d =
    'FROM debian:12\nRUN dpkg -i linux-image-*.deb && apt-get install -y ./linux-headers-6.1.0-rpi7-rpi-v8_6.1.63-1+rpt1_arm64.deb raspberrypi-kernel\n';
  assert.deepEqual(
    findingsOf(d, ID).map((x) => textAt(d, x)),
    ['linux-image-*.deb', './linux-headers-6.1.0-rpi7-rpi-v8_6.1.63-1+rpt1_arm64.deb', 'raspberrypi-kernel'],
  );
  assert.deepEqual(findingsOf('FROM alpine:3.22\nRUN apk add --no-cache linux-rpi linux-headers\n', ID).length, 1);
});

test('out-of-tree module builds: make -C /lib/modules/…, KDIR=, modules_install; artefact builds with INSTALL_MOD_PATH are not', () => {
  const t =
    'FROM debian:12\nRUN make -C /lib/modules/6.1.0-18-amd64/build M=$PWD modules\nRUN make KDIR=/usr/src/linux-headers-6.1.0-18-amd64 && make modules_install\nRUN make -C linux ARCH=arm64 modules && make -C linux modules_install INSTALL_MOD_PATH=/out\nRUN make -C /src install\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => [x.range.start.line, textAt(t, x)]),
    [
      [1, 'make'],
      [2, 'make'],
      [2, 'make'],
    ],
  );
  assert.match(f[0].message, /^`make` builds a module against `\/lib\/modules\/6\.1\.0-18-amd64\/build`, the image's tree, not the host's/);
  assert.match(f[2].message, /^`make modules_install` installs modules into the image's \/lib\/modules/);
});

test('bootable containers (bootc base images, ostree container commit): kernel packages explained, not flagged', () => {
  for (const from of [
    'quay.io/fedora/fedora-bootc:41',
    'quay.io/centos-bootc/centos-bootc:stream9',
    'registry.redhat.io/rhel9/rhel-bootc:9.4',
  ]) {
    const t = `FROM ${from}\nRUN dnf -y install kernel-devel kernel-modules-extra && dkms autoinstall\nRUN make -C /lib/modules/6.11.4-301.fc41.x86_64/build M=/src modules\n`;
    assert.deepEqual(findingsOf(t, ID), [], from);
    assert.ok(
      analyze(t).notes.some((n) => n.markdown.includes('bootable container')),
      from,
    );
  }
  const chained = 'FROM quay.io/fedora/fedora-bootc:41 AS os\nFROM os\nRUN dnf -y install kernel-devel\n';
  assert.deepEqual(findingsOf(chained, ID), [], 'a stage built on a bootable stage');
  const committed = 'FROM quay.io/fedora-ostree-desktops/silverblue:41\nRUN rpm-ostree install kmod-nvidia && ostree container commit\n';
  assert.deepEqual(findingsOf(committed, ID), []);
  // An ordinary image that only mentions bootc in text is still an ordinary image.
  assert.equal(findingsOf('FROM fedora:41\nRUN echo bootc && dnf -y install kernel-devel\n', ID).length, 1);
});

test('hover on kernel packages says what to do and what the target runs', () => {
  const t = 'FROM debian:12\nRUN apt-get install -y linux-image-amd64 linux-headers-amd64\n';
  const notes = analyze(t, 'debian-12').notes.map((n) => n.markdown);
  assert.ok(notes.some((n) => n.includes('**linux-image-amd64**') && n.includes('kernel 6.1.176') && n.includes('What to do')));
  assert.ok(notes.some((n) => n.includes('**linux-headers-amd64**') && n.includes('CONFIG_MODULES=y')));
});
