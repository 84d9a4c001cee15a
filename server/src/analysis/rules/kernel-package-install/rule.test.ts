import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyAndCheck, findingsOf, fixTitled, textAt } from '../testKit';
import { installOf, packageName } from '../../packages';
import { buildModel } from '../../document';
import { commandsOfModel } from '../../shell';
import { Word } from '../../shell/word';

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
  // `NAME.ARCH` (dnf5-specs(7)) and Debian's `NAME:ARCH` name the package; `python3.11` is a name.
  assert.deepEqual(pk('dnf install -y glibc.i686 kernel-devel.x86_64 mesa-vulkan-drivers.i686 python3.11 foo.armv7hl'), [
    'glibc',
    'kernel-devel',
    'mesa-vulkan-drivers',
    'python3.11',
    'foo',
  ]);
  assert.deepEqual(pk('zypper in -y kernel-default-devel.x86_64'), ['kernel-default-devel']);
  assert.deepEqual(pk('apt-get install -y linux-headers-amd64:arm64'), ['linux-headers-amd64']);
  assert.deepEqual(pk('pacman -Syu --noconfirm linux-lts git'), ['linux-lts', 'git']);
  assert.deepEqual(pk('pacman -Ss linux'), []);
  assert.deepEqual(pk('apt-get update && apt-get remove linux-image-amd64'), []);
  assert.deepEqual(pk('dpkg -i /tmp/linux-image-6.1.0-18-amd64_6.1.76-1_amd64.deb'), ['linux-image-6.1.0-18-amd64']);
  assert.equal(packageName('yum', 'kernel-devel-$(uname -r)'), 'kernel-devel-$(uname -r)');
  // A local file named through a variable is kept as written (read later through ARG/ENV); a plain path is not a package.
  assert.equal(packageName('apt', './"$KERNEL_HDR"'), './"$KERNEL_HDR"');
  assert.equal(packageName('apt', './install.sh'), undefined);
  // A version pin through a variable glued to the name leaves the name; another variable may change the name.
  assert.equal(packageName('apt', 'docker-ce${engine_version_suffix}'), 'docker-ce');
  assert.equal(packageName('apt', 'moby-engine$DOCKER_VERSION'), 'moby-engine');
  assert.equal(packageName('apt', 'kubelet${KUBE_VERSION:+=$KUBE_VERSION}'), 'kubelet');
  assert.equal(packageName('apt', 'linux-image${FLAVOUR}'), 'linux-image${FLAVOUR}');
  assert.equal(packageName('apt', 'linux-headers-${KERNEL_VERSION}'), 'linux-headers-${KERNEL_VERSION}');
  assert.deepEqual(pk('apk-install bash cryptsetup'), ['bash', 'cryptsetup']);
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
    'FROM rockylinux:9\nRUN rpm -ivh /tmp/kernel-*.rpm /tmp/kernel-devel-5.14.0-427.el9.x86_64.rpm && rpm -q kernel\nRUN dnf -y install kernel-ml kernel-ml-devel kernel-ml-headers kernel-tools\n';
  assert.deepEqual(
    findingsOf(t, ID).map((x) => textAt(t, x)),
    ['/tmp/kernel-*.rpm', '/tmp/kernel-devel-5.14.0-427.el9.x86_64.rpm', 'kernel-ml', 'kernel-ml-devel'],
  );
  // rpm-ostree changes packages only in an ostree native container: its stage is bootable, its kernel explained.
  const ostree = 'FROM rockylinux:9\nRUN rpm-ostree install kernel-modules-extra\n';
  assert.deepEqual(findingsOf(ostree, ID), []);
  assert.ok(
    analyze(ostree).notes.some((n) => n.markdown.startsWith('**kernel-modules-extra**') && n.markdown.includes('bootable container')),
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

test('modules_install reached through brace expansion (make -C src modules{,_install}) is a module install; other braces are not', () => {
  const t = 'FROM debian:12\nRUN make -C zenergy-master -j modules{,_install} clean\nRUN make -C src {all,install}\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => [x.range.start.line, textAt(t, x)]),
    [[1, 'make']],
  );
  assert.match(f[0].message, /^`make modules_install` installs modules into the image's \/lib\/modules/);
});

test('bootable containers (bootc base images, ostree container commit): kernel packages explained, not flagged', () => {
  for (const from of [
    'quay.io/fedora/fedora-bootc:41',
    'quay.io/centos-bootc/centos-bootc:stream9',
    'registry.redhat.io/rhel9/rhel-bootc:9.4',
    'quay.io/almalinuxorg/atomic-desktop-kde:10',
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

test('a package query in a substitution names what the install gets (sample 87): kernel\\* listed by dnf', () => {
  const t = [
    'FROM almalinux:9',
    "RUN dnf install -y $( dnf list --available kernel\\* --disablerepo='*' --enablerepo=my-repo 2>/dev/null | grep 'custom' | tail -1 )",
    'RUN dnf install -y $(dnf list --available python3\\* | tail -1) $(cat /tmp/packages.txt)',
    'RUN dnf install -y $(dnf repoquery --requires kernel-core)',
    '',
  ].join('\n');
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => x.range.start.line),
    [1],
    'the kernel listed by dnf; python3*, a file and a requires query are not kernels',
  );
  assert.match(f[0].message, /installs what `dnf list kernel\*` lists/);
  assert.ok(!f[0].fixes.some((x) => /^(Remove|Install headers)/.test(x.title)), 'no rule fix: the word is a computed list');
  assert.ok(textAt(t, f[0]).startsWith('$( dnf list'));
  // apt-cache's pattern is a regular expression: `^linux-headers-` lists header packages.
  const apt = "FROM debian:12\nRUN apt-get install -y $(apt-cache search --names-only '^linux-headers-' | head -1 | cut -d' ' -f1)\n";
  assert.equal(findingsOf(apt, ID).length, 1);
  assert.deepEqual(findingsOf(apt.replace('^linux-headers-', '^libfoo-'), ID), []);
  // In a bootable image (AlmaLinux's Atomic desktop, a bootc image) the same line is the kernel the machine boots.
  const bootable = t.replace('FROM almalinux:9', 'FROM quay.io/almalinuxorg/atomic-desktop-kde:10');
  assert.deepEqual(findingsOf(bootable, ID), []);
  assert.ok(analyze(bootable).notes.some((n) => n.range.start.line === 1 && n.markdown.includes('bootable container')));
});

test('hover on kernel packages says what to do and what the target runs', () => {
  const t = 'FROM debian:12\nRUN apt-get install -y linux-image-amd64 linux-headers-amd64\n';
  const notes = analyze(t, 'debian-12').notes.map((n) => n.markdown);
  assert.ok(notes.some((n) => n.includes('**linux-image-amd64**') && n.includes('kernel 6.1.176') && n.includes('What to do')));
  assert.ok(notes.some((n) => n.includes('**linux-headers-amd64**') && n.includes('CONFIG_MODULES=y')));
});

test('recall sample: kernel packages through a quoted variable, amazon-linux-extras, copied and downloaded package files, rpm-ostree', () => {
  const hover = (t: string, line: number, word: string) => {
    const r = analyze(t);
    const character = t.split('\n')[line].indexOf(word);
    assert.ok(character >= 0, word);
    return r.notes
      .filter((n) => n.range.start.line === line && n.range.start.character <= character && character < n.range.end.character)
      .map((n) => n.markdown)
      .join('\n');
  };
  // aws-nitro-enclaves-cli: ENV names a headers .deb, the install reads it as ./"$KERNEL_HDR".
  const nitro =
    'FROM ubuntu:22.04\nENV KERNEL_HDR="linux-headers-5.4.100-0504100_5.4.100-0504100.202102231536_all.deb"\nRUN apt-get install -y ./"$KERNEL_HDR"\n';
  for (const target of ['rhel8', 'ubuntu-22.04']) {
    const f = findingsOf(nitro, ID, target);
    assert.deepEqual(
      f.map((x) => textAt(nitro, x)),
      ['./"$KERNEL_HDR"'],
      target,
    );
    assert.match(f[0].message, /`linux-headers-5\.4\.100-0504100` are headers for a distribution kernel/);
  }
  // Amazon Linux 2 kernel topics install the topic's kernel package.
  const al2 = 'FROM amazonlinux:2\nRUN amazon-linux-extras install kernel-5.4 -y && amazon-linux-extras install docker\n';
  for (const target of ['rhel8', 'debian-12']) {
    const f = findingsOf(al2, ID, target);
    assert.deepEqual(
      f.map((x) => textAt(al2, x)),
      ['kernel-5.4'],
      target,
    );
    assert.match(f[0].message, /installs a kernel the container never boots/);
  }
  assert.deepEqual(findingsOf('FROM amazonlinux:2\nRUN amazon-linux-extras install docker epel\n', ID), []);
  // Package files copied in (a Silverblue image replacing its kernel) and downloads: explained, never reported.
  const silverblue =
    'FROM quay.io/fedora/fedora-silverblue:39\nCOPY kernel/x86_64/kernel-*.rpm /rpms/\nRUN rpm-ostree override replace /rpms/* && ostree container commit\n';
  assert.deepEqual(findingsOf(silverblue, ID), []);
  assert.match(
    hover(silverblue, 1, 'kernel/'),
    /\*\*kernel-\*\.rpm\*\* \(a package file copied in\): a kernel image[\s\S]*bootable container/,
  );
  assert.match(hover(silverblue, 2, 'rpm-ostree'), /\*\*rpm-ostree override replace\*\*: a bootable-container/);
  const copied = 'FROM ubuntu:22.04\nCOPY linux-headers-5.15.0-91_5.15.0-91.101_all.deb app.deb /tmp/\n';
  assert.match(hover(copied, 1, 'linux-headers'), /kernel headers for the distribution's kernel[\s\S]*never changes the kernel/);
  assert.equal(hover(copied, 1, 'app.deb'), '');
  const download =
    "FROM centos:7\nRUN for t in `yum --showduplicates list kernel-devel | awk '{print $2}'`; do yumdownloader --destdir /root/h kernel-devel-$t.x86_64; done\n";
  assert.deepEqual(findingsOf(download, ID), []);
  assert.match(hover(download, 1, 'kernel-devel-$t'), /downloaded as a package file, not installed\): kernel headers/);
  // rpm-ostree marks an ostree native container: its kernel packages are the point, not a mistake.
  const bootc = 'FROM quay.io/example/custom-os:40\nRUN rpm-ostree install kernel-devel && rpm-ostree cleanup -m\n';
  assert.deepEqual(findingsOf(bootc, ID), []);
  assert.match(hover(bootc, 1, 'kernel-devel'), /bootable container/);
  // `rpm-ostree compose` builds another tree: the stage is not marked, its own kernel installs stay flagged.
  const compose = 'FROM fedora:40\nRUN dnf install -y rpm-ostree kernel && rpm-ostree compose tree --repo=/repo tree.yaml\n';
  assert.deepEqual(
    findingsOf(compose, ID).map((x) => textAt(compose, x)),
    ['kernel'],
  );
});

test('make -C /usr/src/linux (the conventional source path) is a module build; /usr/src/linux-firmware is not a kernel tree', () => {
  const t =
    'FROM bugroger/coreos-developer:1409.7.0 AS build\nRUN make -C /usr/src/linux modules_prepare\nRUN make -C /usr/src/linux-firmware install\n';
  for (const target of ['rhel8', 'ubuntu-22.04']) {
    const f = findingsOf(t, ID, target);
    assert.deepEqual(
      f.map((x) => [x.range.start.line, textAt(t, x)]),
      [[1, 'make']],
      target,
    );
    assert.match(f[0].message, /builds a module against `\/usr\/src\/linux`/);
  }
});

test('a kernel installed with libguestfs is booted by its appliance VM: explained, not reported; alone it is reported', () => {
  // Another RUN of the same stage is the same image, whose appliance boots it (shared/vmBoot.ts); another image is not.
  const t =
    'FROM debian:trixie-slim\nRUN apt-get install -yq libguestfs-tools linux-image-${TARGETARCH} vim\nRUN apt-get install -y linux-image-arm64\nFROM debian:trixie-slim\nRUN apt-get install -y linux-image-amd64\n';
  for (const target of ['debian-12', 'rhel8']) {
    assert.deepEqual(
      findingsOf(t, ID, target).map((f) => textAt(t, f)),
      ['linux-image-amd64'],
      `${target}: only the install in the image without libguestfs`,
    );
  }
  const note = analyze(t, 'debian-12').notes.find((n) => n.markdown.startsWith('**linux-image-${TARGETARCH}**'));
  assert.match(note?.markdown ?? '', /libguestfs boots this kernel in its appliance/);
  assert.match(note?.markdown ?? '', /never the container's kernel/);
  const sameImage = analyze(t, 'debian-12').notes.find((n) => n.markdown.startsWith('**linux-image-arm64**'));
  assert.match(sameImage?.markdown ?? '', /boots it in a virtual machine: `libguestfs-tools`/);
});

test('a kernel in a stage that is only copied from (never run) is explained, not reported; headers there still are', () => {
  // ottomatica/slim images/ubuntu-20.04-cloud-init/Dockerfile: the kernel and its modules are copied out for a VM image.
  const t =
    'FROM ubuntu:20.04 AS kernel\nRUN apt-get update && \\\n    apt-get install -y linux-virtual && \\\n    apt-get clean\n\nFROM ubuntu:20.04\nCOPY --from=kernel /lib/modules /lib/modules\nCOPY --from=kernel /boot/vmlinuz-* /vmlinuz\n';
  assert.deepEqual(findingsOf(t, ID, 'ubuntu-22.04'), []);
  const note = analyze(t, 'ubuntu-22.04').notes.find((n) => textAt(t, n) === 'linux-virtual');
  assert.match(note!.markdown, /only copied from/);
  // The same install in the last stage (the image that runs), or in a stage another is built on, is reported.
  const run =
    'FROM ubuntu:20.04 AS kernel\nRUN apt-get install -y linux-virtual\nFROM kernel\nCOPY --from=kernel /boot/vmlinuz-* /vmlinuz\n';
  assert.deepEqual(
    findingsOf(run, ID, 'ubuntu-22.04').map((x) => textAt(run, x)),
    ['linux-virtual'],
  );
  const last = 'FROM alpine AS a\nRUN echo\nFROM ubuntu:20.04\nCOPY --from=a /x /x\nRUN apt-get install -y linux-virtual\n';
  assert.equal(findingsOf(last, ID, 'ubuntu-22.04').length, 1);
  // Headers in a builder stage build modules for a distribution kernel: still reported.
  const headers = 'FROM fedora:40 AS build\nRUN dnf install -y kernel-devel.x86_64 gcc\nFROM scratch\nCOPY --from=build /out/mod.ko /\n';
  assert.deepEqual(
    findingsOf(headers, ID, 'ubuntu-22.04').map((x) => textAt(headers, x)),
    ['kernel-devel.x86_64'],
  );
});

test('a kernel the image boots in a VM (debos/fakemachine, QEMU) is explained, not reported; across FROM <stage> chains', () => {
  // go-debos/debos @ 76a7b0fa Dockerfile, cut down: the kernel is installed in runner-amd64/-arm64, and the final
  // stage, FROM runner-${TARGETARCH} (the automatic platform ARG, no default), copies in debos, whose fakemachine
  // boots the newest kernel under /lib/modules in a QEMU VM.
  const debos =
    'FROM debian:trixie-slim AS builder\nRUN go install ./...\n' +
    'FROM debian:trixie-slim AS runner-amd64\nRUN apt-get install -y linux-image-amd64\n' +
    'FROM debian:trixie-slim AS runner-arm64\nRUN apt-get install -y linux-image-arm64 linux-headers-arm64\n' +
    'FROM debian:trixie-slim AS other\nRUN apt-get install -y linux-image-amd64\n' +
    'FROM runner-${TARGETARCH} AS runner\nCOPY --from=builder $GOPATH/bin/debos /usr/local/bin/debos\nENTRYPOINT ["/usr/local/bin/debos"]\n';
  for (const target of ['debian-12', 'rhel8']) {
    // Headers still build for nothing; the sibling stage `other` is not part of the debos image.
    assert.deepEqual(
      findingsOf(debos, ID, target).map((f) => `${f.range.start.line + 1}:${textAt(debos, f)}`),
      ['6:linux-headers-arm64', '8:linux-image-amd64'],
      target,
    );
  }
  const note = analyze(debos, 'debian-12').notes.find((n) => n.range.start.line === 3 && textAt(debos, n) === 'linux-image-amd64');
  assert.match(note?.markdown ?? '', /boots it in a virtual machine: `\/usr\/local\/bin\/debos` — fakemachine/);
  assert.match(note?.markdown ?? '', /never the container's kernel/);
  // Without the stage that carries debos, the same installs are reported.
  const alone = debos.slice(0, debos.indexOf('FROM runner-${TARGETARCH}'));
  assert.equal(findingsOf(alone, ID, 'debian-12').filter((f) => textAt(alone, f).startsWith('linux-image')).length, 3);
  // QEMU system emulation in the stage the kernel is installed on (go-debos/fakemachine @ e518bf67 Dockerfile).
  const qemu =
    'FROM debian:trixie-slim AS base\nRUN apt-get install -y qemu-system-x86\nFROM base\nRUN apt-get install -y linux-image-amd64\n';
  assert.deepEqual(findingsOf(qemu, ID, 'debian-12'), []);
  // qemu-system-common alone emulates nothing: still reported.
  const common = 'FROM debian:trixie-slim\nRUN apt-get install -y qemu-system-common linux-image-amd64\n';
  assert.equal(findingsOf(common, ID, 'debian-12').length, 1);
});

test('precision audit 1: precompiled modules in a driver container (ENTRYPOINT nvidia-driver init) are not flagged; elsewhere they are', () => {
  // NVIDIA/gpu-driver-container rhel8/precompiled/Dockerfile @ 06a208ca, cut to the lines that matter.
  const driver =
    'FROM nvcr.io/nvidia/cuda:12.9.1-base-ubi8\nRUN dnf install -y /rpms/kmod-nvidia-*.rpm \\\n    && dnf clean all\nENTRYPOINT ["nvidia-driver", "init"]\n';
  assert.deepEqual(findingsOf(driver, ID), []);
  const note = analyze(driver).notes.find((n) => n.range.start.line === 1 && /kmod-nvidia/.test(n.markdown));
  assert.match(note?.markdown ?? '', /driver container.*exactly the kernel release/s);
  const plain =
    'FROM nvcr.io/nvidia/cuda:12.9.1-base-ubi8\nRUN dnf install -y /rpms/kmod-nvidia-*.rpm \\\n    && dnf clean all\nENTRYPOINT ["/app"]\n';
  assert.equal(findingsOf(plain, ID).length, 1);
});

test('precision audit 1: a Kairos image build (RUN /kairos-init) ships the kernel its OS image boots; ls /lib/modules reads that kernel', () => {
  // kairos-io/kairos examples/builds/ubuntu-24.04-fips/Dockerfile @ ca022425, cut to the lines that matter.
  const kairos = (init: string) =>
    'FROM quay.io/kairos/kairos-init:v0.7.0-beta13 AS kairos-init\n\nFROM ubuntu:24.04\n' +
    `RUN --mount=type=bind,from=kairos-init,src=/kairos-init,dst=/kairos-init \\\n    ${init} -l debug -s install --version "\${VERSION}"\n` +
    'RUN apt-get install -y strongswan openssh-client openssh-server linux-image-fips shim-signed\n' +
    'RUN kernel=$(ls /lib/modules | head -n1) && mv /tmp/modules.fips /lib/modules/${kernel}/modules.fips\n';
  const quiet = analyze(kairos('/kairos-init')).findings.filter((f) => f.ruleId === ID || f.ruleId === 'build-host-uname');
  assert.deepEqual(quiet, []);
  // The same file without the Kairos step is an ordinary image: both are flagged.
  const loud = analyze(kairos('/usr/local/bin/other-tool')).findings.filter((f) => f.ruleId === ID || f.ruleId === 'build-host-uname');
  assert.deepEqual(loud.map((f) => f.ruleId).sort(), ['build-host-uname', ID]);
  // `elemental init` (with options before the sub-command) marks the stage too; `elemental version` does not.
  const elemental = (cmd: string) => `FROM ubuntu:22.04\nRUN ${cmd}\nRUN apt-get install -y linux-image-generic\n`;
  assert.deepEqual(findingsOf(elemental('elemental --debug init -f'), ID), []);
  assert.equal(findingsOf(elemental('elemental version'), ID).length, 1);
});

test('precision audit 2: headers in a builder stage only copied from, with no module build in sight, are explained, not reported', () => {
  // cybozu/neco-containers falco/Dockerfile @ HEAD of this session's mirror, cut down: Falco's userspace and its CO-RE
  // probe are built with -DBUILD_DRIVER=Off; only /install/ leaves the stage.
  const falco =
    'FROM ghcr.io/cybozu/ubuntu-dev:24.04 AS builder\n' +
    'RUN apt-get update && apt-get install -y --no-install-recommends \\\n    clang \\\n    libelf-dev \\\n    linux-headers-generic \\\n    llvm\n' +
    'RUN cmake -B build -S . -DBUILD_DRIVER=Off && cmake --build build --target falco\n' +
    'FROM ghcr.io/cybozu/ubuntu:24.04\nCOPY --from=builder /install/ /\nCMD ["/usr/bin/falco"]\n';
  for (const target of ['ubuntu-24.04', 'rhel8', 'macos']) assert.deepEqual(findingsOf(falco, ID, target), []);
  const note = analyze(falco, 'ubuntu-24.04').notes.find((n) => textAt(falco, n) === 'linux-headers-generic');
  assert.match(note!.markdown, /only copied from[\s\S]*builds no kernel module that this Dockerfile shows/);
  // A module build in that stage, a word naming a kernel tree there, or a module copied out: still reported.
  const withBuild = falco.replace('RUN cmake', 'RUN make -C /lib/modules/6.8.0-45-generic/build M=$PWD modules && cmake');
  assert.equal(findingsOf(withBuild, ID, 'ubuntu-24.04').filter((f) => textAt(withBuild, f) === 'linux-headers-generic').length, 1);
  const withTree = falco.replace('RUN cmake', 'RUN ./build.sh --kernel-source-path=/usr/src/linux-headers-6.8.0-45 && cmake');
  assert.equal(findingsOf(withTree, ID, 'ubuntu-24.04').length, 1);
  const shipsModule = falco.replace('COPY --from=builder /install/ /', 'COPY --from=builder /out/falco.ko /lib/modules/');
  assert.equal(findingsOf(shipsModule, ID, 'ubuntu-24.04').length, 1);
  // The same install in the stage that runs, or with the build machine's release, is reported as before.
  const run = 'FROM ubuntu:24.04\nRUN apt-get install -y linux-headers-generic\n';
  assert.equal(findingsOf(run, ID, 'ubuntu-24.04').length, 1);
  const uname = falco.replace('linux-headers-generic', 'linux-headers-$(uname -r)');
  assert.equal(findingsOf(uname, ID, 'ubuntu-24.04').filter((f) => /uname/.test(textAt(uname, f))).length, 1);
});

test('the official Silverblue/Kinoite OCI images on quay.io/fedora are bootable: kmod-nvidia there is explained, not reported', () => {
  const t = 'FROM quay.io/fedora/fedora-silverblue:41\nRUN dnf in -y kmod-nvidia xorg-x11-drv-nvidia\n';
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  // The plain Fedora image is not bootable: the same install is reported there.
  assert.equal(findingsOf('FROM quay.io/fedora/fedora:41\nRUN dnf in -y kmod-nvidia\n', ID, 'rhel8').length, 1);
});

test("OpenWrt's opkg: packages after its options; kmod-* are modules of OpenWrt's own kernel (sample 68)", () => {
  const pk = (t: string) =>
    commandsOfModel(buildModel(`FROM x\nRUN ${t}\n`))
      .map(installOf)
      .filter((x) => x)
      .flatMap((i) => i!.packages.map((p) => p.name));
  assert.deepEqual(pk('opkg --force-overwrite -d ram install luci kmod-mac80211'), ['luci', 'kmod-mac80211']);
  assert.deepEqual(pk('opkg remove kmod-mac80211 && opkg list kmod-*'), []);
  const t = 'FROM scratch\nADD rootfs.tar.gz /\nRUN opkg update && opkg install luci wpad-wolfssl kmod-mac80211 iptables-mod-checksum\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['kmod-mac80211'],
  );
  assert.match(
    analyze(t)
      .notes.map((n) => n.markdown)
      .join('\n'),
    /OpenWrt kernel module package/,
  );
});

test('notes make a Range only for the words they annotate (a shell word keeps a Range once read, for as long as the model lives)', () => {
  // Invariant (memory of big files): reading the hover notes does not materialise the range of every argument;
  // at 50,000 lines reading each build command's arguments for a boot path kept some 44,000 ranges (5 MB).
  const text = `FROM ubuntu:22.04\n${Array.from({ length: 20 }, (_, i) => `RUN cp a${i} b${i} && mkdir -p opt/x${i} opt/y${i}\n`).join('')}RUN cp vmlinuz /boot/vmlinuz\n`;
  const result = analyze(text);
  const descriptor = Object.getOwnPropertyDescriptor(Word.prototype, 'range')!;
  let made = 0;
  Object.defineProperty(Word.prototype, 'range', {
    configurable: true,
    get(this: Word) {
      if ((this as unknown as { cachedRange?: unknown }).cachedRange === undefined) made++;
      return descriptor.get!.call(this);
    },
  });
  try {
    const notes = result.notes;
    assert.ok(
      notes.some((n) => n.markdown.includes('/boot/vmlinuz')),
      'the boot path is still explained',
    );
    assert.ok(made <= notes.length, `${made} ranges made for ${notes.length} notes`);
  } finally {
    Object.defineProperty(Word.prototype, 'range', descriptor);
  }
});

/** The hover text of the notes on `line` whose range covers exactly `path`, joined (one reader for the boot-chain tests). */
function notesOnPath(t: string): (line: number, path: string) => string {
  const notes = analyze(t).notes;
  return (line, path) =>
    notes
      .filter((n) => n.range.start.line === line && textAt(t, n) === path)
      .map((n) => n.markdown)
      .join('\n');
}

test("mkinitcpio's configuration written in an image (Arch OSTree images) is explained as the boot chain, hover only", () => {
  const t =
    'FROM archlinux:base-devel\nRUN pacman --noconfirm -S linux mkinitcpio\n' +
    'RUN mkdir -p /etc/mkinitcpio.conf.d && echo "HOOKS=(base systemd ostree)" >> /etc/mkinitcpio.conf.d/ostree.conf\n' +
    "RUN sed -i 's/^MODULES=()/MODULES=(btrfs)/' /etc/mkinitcpio.conf\n";
  const on = notesOnPath(t);
  assert.match(on(2, '/etc/mkinitcpio.conf.d/ostree.conf'), /mkinitcpio's configuration .*read when an initramfs is generated/);
  assert.match(on(3, '/etc/mkinitcpio.conf'), /mkinitcpio's configuration/);
  assert.equal(findingsOf(t, ID).filter((f) => f.range.start.line >= 2).length, 0);
  // Not a file of that name elsewhere.
  assert.equal(
    analyze('FROM alpine:3.22\nRUN cp /src/mkinitcpio.conf /tmp/x\n').notes.filter((n) => /mkinitcpio's/.test(n.markdown)).length,
    0,
  );
});

test('bootc kargs.d and zram-generator.conf are boot-chain paths: explained on hover, bootable or not, never reported', () => {
  const t =
    'FROM quay.io/centos-bootc/centos-bootc:stream9\n' +
    'RUN mkdir -p /usr/lib/bootc/kargs.d && printf \'kargs = ["i915.enable_dc=0"]\\n\' > /usr/lib/bootc/kargs.d/90-i915.toml\n' +
    'COPY rt.toml /usr/lib/bootc/kargs.d/rt.toml\n' +
    "RUN printf '[zram0]\\nzram-size = 8192\\n' > /etc/systemd/zram-generator.conf\n" +
    'COPY zram.conf /usr/lib/systemd/zram-generator.conf.d/10-zram.conf\n' +
    'RUN bootc container lint\n';
  const on = notesOnPath(t);
  assert.match(
    on(1, '/usr/lib/bootc/kargs.d/90-i915.toml'),
    /kernel command line of the machine that boots this image.*bootable container/s,
  );
  assert.match(on(2, '/usr/lib/bootc/kargs.d/rt.toml'), /kernel arguments for bootc/);
  assert.match(on(3, '/etc/systemd/zram-generator.conf'), /zram devices.*zram driver/);
  assert.match(on(4, '/usr/lib/systemd/zram-generator.conf.d/10-zram.conf'), /zram-generator's configuration/);
  assert.equal(findingsOf(t, ID).length, 0);
  // In an application image: the container never boots, so nothing reads them.
  const app = 'FROM debian:12\nCOPY zram-generator.conf /etc/systemd/zram-generator.conf\n';
  assert.match(
    analyze(app)
      .notes.map((n) => n.markdown)
      .join('\n'),
    /zram-generator's configuration.*never boots/s,
  );
  assert.equal(findingsOf(app, ID).length, 0);
  // Not a file of that name elsewhere, nor another bootc directory.
  for (const other of [
    'FROM debian:12\nCOPY zram-generator.conf /srv/zram-generator.conf\n',
    'FROM debian:12\nCOPY x.toml /usr/lib/bootc/install/x.toml\n',
  ])
    assert.equal(analyze(other).notes.filter((n) => /zram-generator's|kernel arguments for bootc/.test(n.markdown)).length, 0, other);
});

test("Alpine's `akms install|build` is a module build like DKMS's; `akms status` and `uninstall` build nothing", () => {
  const t = 'FROM alpine:latest\nRUN apk add akms\nCOPY . /usr/src/tenstorrent/\nRUN akms install .\nRUN akms build -k 6.6.31-0-lts .\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['akms', 'akms', 'akms'],
  );
  assert.match(f[1].message, /^`akms install` builds modules at image build time/);
  assert.deepEqual(findingsOf('FROM alpine:latest\nRUN akms status && akms uninstall tenstorrent\n', ID), []);
});

test("DKMS in an image whose /lib/modules links to the host's mounted tree (falco-driver-loader) is hover only", () => {
  // falcosecurity/falco docker/driver-loader/Dockerfile: dkms installed, then /lib/modules made a link to $HOST_ROOT/lib/modules.
  const t =
    'FROM debian:12\nENV HOST_ROOT=/host\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n\tdkms \\\n\tgcc\n' +
    'RUN rm -df /lib/modules \\\n\t&& ln -s $HOST_ROOT/lib/modules /lib/modules\nENTRYPOINT ["/docker-entrypoint.sh"]\n';
  for (const target of ['ubuntu-24.04', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), []);
  const note = analyze(t).notes.find((n) => n.range.start.line === 3 && textAt(t, n) === 'dkms');
  assert.match(note?.markdown ?? '', /links \/lib\/modules to the host's module tree/);
  // The literal mount point, quoted, with -sf; the link made in the stage the final one builds on.
  const literal =
    'FROM debian:12 AS base\nRUN apt-get install -y dkms && ln -sf "/host/lib/modules" /lib/modules\nFROM base\nCMD ["loader"]\n';
  assert.deepEqual(findingsOf(literal, ID), []);
  // Still a warning: no link, a link to the image's own tree, a link made the other way round, or in another stage.
  for (const other of [
    'FROM debian:12\nRUN apt-get install -y dkms\n',
    'FROM debian:12\nRUN apt-get install -y dkms && ln -s /usr/lib/modules /lib/modules\n',
    'FROM debian:12\nRUN apt-get install -y dkms && ln -s /lib/modules $HOST_ROOT/lib/modules\n',
    'FROM debian:12 AS a\nRUN ln -s /host/lib/modules /lib/modules\nFROM debian:12\nRUN apt-get install -y dkms\n',
  ])
    assert.deepEqual(
      findingsOf(other, ID).map((f) => textAt(other, f)),
      ['dkms'],
      other,
    );
  // A module build during `docker build` still is one: the link is empty then.
  const built = 'FROM debian:12\nRUN ln -s /host/lib/modules /lib/modules\nRUN dkms autoinstall\n';
  assert.deepEqual(
    findingsOf(built, ID).map((f) => textAt(built, f)),
    ['dkms'],
  );
});

test('a kernel a bootstrapper includes goes into the root it builds: explained on the package name, never reported', () => {
  // recall sample 96: a live-ISO builder bootstraps Debian with the kernel in its --include list.
  const t =
    'FROM rust:1-bookworm\nRUN fakechroot debootstrap \\\n\t--arch=amd64 \\\n\t--include=linux-image-amd64,live-boot \\\n\t--variant=fakechroot \\\n\tbookworm \\\n\tROOTFS \\\n\thttp://deb.debian.org/debian/\n';
  for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const note = analyze(t, 'debian-12').notes.find((n) => /It goes into `ROOTFS`/.test(n.markdown));
  assert.ok(note, 'the hover names the root the kernel goes into');
  assert.equal(textAt(t, note), 'linux-image-amd64', 'on the package name inside the option word');
  assert.match(note.markdown, /runs on the host's kernel/);
  // mmdebstrap's space- or comma-separated list, with the option's value as the next word.
  const mm = 'FROM debian:12\nRUN mmdebstrap --include "linux-image-arm64 systemd-sysv" bookworm /out/rootfs.tar\n';
  assert.ok(
    analyze(mm, 'debian-12').notes.some((n) => /It goes into `\/out\/rootfs\.tar`/.test(n.markdown)),
    mm,
  );
  // Other included packages are not kernel packages: nothing to say about them.
  const plain = 'FROM debian:12\nRUN debootstrap --include=ca-certificates,curl bookworm /srv/root\n';
  assert.ok(!analyze(plain, 'debian-12').notes.some((n) => /It goes into/.test(n.markdown)), plain);
});

test('a kernel installed into another root (dnf --installroot, pacman -r) is that root’s: explained, never reported', () => {
  const cases: [string, string][] = [
    ['FROM fedora:40\nRUN dnf -y --installroot=/out install kernel\n', '/out'],
    ['FROM archlinux:latest\nRUN fakechroot -- fakeroot -- pacman -Sy -r /bootfs --noconfirm base linux-zen\n', '/bootfs'],
  ];
  for (const [t, root] of cases) {
    for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
    assert.ok(
      analyze(t, 'debian-12').notes.some((n) => n.markdown.includes(`It goes into \`${root}\``)),
      t,
    );
  }
  // Into the image itself (no root option, or the root `/`): still reported.
  for (const t of ['FROM fedora:40\nRUN dnf -y install kernel\n', 'FROM fedora:40\nRUN dnf -y --installroot=/ install kernel\n'])
    assert.equal(findingsOf(t, ID, 'debian-12').length, 1, t);
});

test('Gentoo: emerge atoms (operator, version, slot, USE, repository, category) and the kernel sources they name; genkernel explained', () => {
  const pk = (t: string) =>
    commandsOfModel(buildModel(`FROM x\nRUN ${t}\n`))
      .map(installOf)
      .filter((x) => x)
      .flatMap((i) => i!.packages.map((p) => p.name));
  assert.deepEqual(pk('emerge -vq genkernel gentoo-sources:$KVER github-cli'), ['genkernel', 'gentoo-sources', 'github-cli']);
  assert.deepEqual(pk('emerge --jobs 4 --with-bdeps y ">=sys-kernel/gentoo-sources-6.6.21-r1:6.6[symlink]::gentoo" @world'), [
    'sys-kernel/gentoo-sources',
  ]);
  // Not a merge: pretend, search, unmerge, sync, short actions in a cluster.
  for (const t of [
    'emerge -pv gentoo-sources',
    'emerge --search kernel',
    'emerge -C gentoo-sources',
    'emerge --sync',
    'emerge --onlydeps foo',
  ])
    assert.deepEqual(pk(t), [], t);
  const t =
    'FROM gentoo/stage3:amd64-openrc\nRUN emerge -vq genkernel sys-kernel/gentoo-sources dev-vcs/git\nRUN genkernel all --install\n';
  assert.deepEqual(
    findingsOf(t, ID).map((f) => textAt(t, f)),
    ['sys-kernel/gentoo-sources'],
  );
  const r = analyze(t);
  assert.match(r.notes.find((n) => textAt(t, n) === 'sys-kernel/gentoo-sources')?.markdown ?? '', /virtual\/linux-sources/);
  assert.match(r.notes.find((n) => textAt(t, n) === 'genkernel' && n.range.start.line === 2)?.markdown ?? '', /prepares booting a kernel/);
  assert.equal(packageName('emerge', '@module-rebuild'), undefined);
  assert.equal(packageName('emerge', '=sys-kernel/gentoo-kernel-bin-6.6.21'), 'sys-kernel/gentoo-kernel-bin');
});
