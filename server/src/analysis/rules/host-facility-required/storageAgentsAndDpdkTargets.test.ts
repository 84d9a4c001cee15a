import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

const ID = 'host-facility-required';

test('a program built in another stage next to storage tools the final stage installs: the tools are listed on its word (sample 80)', () => {
  // find_string 'drbd-utils', id 55160547277: a Go storage agent that drives lvm, zfs and DRBD through the image's tools.
  const t = [
    'FROM golang:1.26-alpine AS build',
    'RUN CGO_ENABLED=0 go build -trimpath -o /homefs cmd/main.go',
    'FROM alpine:3.23',
    "RUN apk add --no-cache lvm2 zfs 'drbd-utils=~9.33' e2fsprogs",
    'COPY --from=build /homefs /usr/local/bin/homefs',
    'ENTRYPOINT ["/usr/local/bin/homefs"]',
    '',
  ].join('\n');
  const hover = notesOnWord(t, 5, '/usr/local/bin/homefs');
  assert.match(hover, /homefs\*\* is built in this file \(stage build\) next to packages/);
  assert.match(hover, /Device mapper[\s\S]*lvm2/);
  assert.match(hover, /ZFS[\s\S]*`zfs`/);
  assert.match(hover, /DRBD[\s\S]*drbd-utils/);
  assert.match(hover, /If the program runs them/);
  // A note, never a finding: the program may use none of them.
  for (const target of ['rhel8', 'debian-12'])
    assert.deepEqual(
      findingsOf(t, ID, target).filter((f) => f.range.start.line === 5),
      [],
    );
  // Tools installed only in the build stage never reach the container: nothing to list.
  const buildOnly = t
    .replace("RUN apk add --no-cache lvm2 zfs 'drbd-utils=~9.33' e2fsprogs\n", '')
    .replace('RUN CGO_ENABLED=0', 'RUN apk add lvm2 zfs\nRUN CGO_ENABLED=0');
  assert.doesNotMatch(notesOnWord(buildOnly, 5, '/usr/local/bin/homefs'), /is built in this file/);
  // A program copied from an image, not built here, is not said to be built here.
  const fromImage = t.replace('COPY --from=build /homefs', 'COPY --from=example/homefs:1 /homefs');
  assert.doesNotMatch(notesOnWord(fromImage, 5, '/usr/local/bin/homefs'), /is built in this file/);
});

test('a DPDK build target directory copied in (x86_64-native-linuxapp-gcc) names DPDK for a start script not shown (sample 80)', () => {
  // find_string 'install -y module-init-tools', id 8791560100: DPDK's hello world run by a script copied from the context.
  const t = [
    'FROM ubuntu:16.04',
    'RUN apt-get install -y module-init-tools pciutils python',
    'COPY $PWD/x86_64-native-linuxapp-gcc/ /root/x86_64-native-linuxapp-gcc/',
    'COPY $PWD/ingee-exec.sh /root/',
    'CMD ["/root/ingee-exec.sh"]',
    '',
  ].join('\n');
  assert.match(notesOnWord(t, 2, 'x86_64-native-linuxapp-gcc'), /DPDK[\s\S]*hugepages/);
  assert.match(notesOnWord(t, 4, '/root/ingee-exec.sh'), /Start script not shown[\s\S]*DPDK/);
  // The DPDK 19.x spelling (EXECENV `linux`) and the other documented architectures.
  for (const dir of ['x86_64-native-linux-gcc', 'arm64-armv8a-linuxapp-gcc', 'ppc_64-power8-linuxapp-gcc', 'i686-native-linuxapp-icc'])
    assert.match(notesOnWord(t.replaceAll('x86_64-native-linuxapp-gcc', dir), 2, dir), /DPDK/, dir);
  // GNU toolchain triplets and FreeBSD targets are not DPDK Linux build directories.
  for (const dir of ['x86_64-linux-gnu-gcc', 'x86_64-pc-linux-gnu', 'x86_64-native-bsdapp-gcc'])
    assert.doesNotMatch(notesOnWord(t.replaceAll('x86_64-native-linuxapp-gcc', dir), 2, dir), /DPDK/, dir);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), []);
});

test('falcosecurity/falco-no-driver is Falco without its driver: the FROM hover says the host must have it loaded (sample 80)', () => {
  // find_string 'FROM falcosecurity/falco', id 25330562300 (kubescape's sneeffer on falco-no-driver:0.32.2).
  const t = 'FROM falcosecurity/falco-no-driver:0.32.2\nCMD [ "/etc/sneeffer/resources/entrypoint.sh" ]\n';
  assert.match(notesOnWord(t, 0, 'falcosecurity/falco-no-driver'), /Falco kernel driver[\s\S]*kernel module or eBPF probe/);
  for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), []);
});

test('alpine-make-vm-image copied in or run: it attaches the image through qemu-nbd and mounts it (sample 85)', () => {
  // find_string 'apk add qemu-img', id 2454548672: the tool copied in, run by the entry script.
  const t = [
    'FROM alpine:latest',
    'RUN apk add qemu-img e2fsprogs',
    'COPY alpine-make-vm-image /bin/',
    'COPY entrypoint.sh /bin/',
    'ENTRYPOINT ["/bin/sh", "/bin/entrypoint.sh"]',
    '',
  ].join('\n');
  const copied = notesOnWord(t, 2, 'alpine-make-vm-image');
  assert.match(copied, /Mounting filesystems[\s\S]*alpine-make-vm-image/);
  assert.match(copied, /CAP_SYS_ADMIN/);
  // Copied in, it is explained, never reported: the entry script may not run it.
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
  // Run in a build step it fails there: mount(2) needs CAP_SYS_ADMIN, which no build step has.
  const atBuild = 'FROM alpine:3.20\nRUN apk add qemu-img e2fsprogs\nRUN ./alpine-make-vm-image --image-format qcow2 alpine.qcow2\n';
  const f = findingsOf(atBuild, ID, 'debian-12').filter((x) => x.range.start.line === 2);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /SYS_ADMIN|build/);
  // The hover on the run names the NBD driver its attach needs (CONFIG_BLK_DEV_NBD).
  assert.match(notesOnWord(atBuild, 2, 'alpine-make-vm-image'), /NBD|BLK_DEV_NBD/);
  // Its --help or --version only prints.
  assert.deepEqual(findingsOf(atBuild.replace('--image-format qcow2 alpine.qcow2', '--help'), ID, 'debian-12'), []);
});

test('any program started with DPDK EAL options is a DPDK application: hugepages and VFIO/UIO of the host (sample 97)', () => {
  // find_string 'apt-get install -y dpdk', id 16723720047: a DPDK program built in the file, named for itself.
  const t = [
    'FROM ubuntu:latest',
    'RUN apt-get install -y dpdk libibverbs1',
    'ENTRYPOINT ["./ktsnd", "--single-file-segments", "--file-prefix=container", "--no-pci", "--vdev=virtio_user0,path=/var/run/openvswitch/vhost-user0"]',
    '',
  ].join('\n');
  const hover = notesOnWord(t, 2, './ktsnd');
  assert.match(hover, /DPDK[\s\S]*`ktsnd --single-file-segments`[\s\S]*hugepages/);
  // Each memory or multi-process option of the EAL is enough, in both spellings.
  for (const option of ['--socket-mem 1024,0', '--file-prefix app1', '--huge-dir=/mnt/huge', '--legacy-mem', '--vfio-intr msix']) {
    const one = `FROM debian:12\nCMD /opt/app/fwd -l 2-3 ${option} -- -p 0x3\n`;
    assert.match(notesOnWord(one, 1, '/opt/app/fwd'), /DPDK/, option);
  }
  // --no-huge runs the EAL on ordinary memory: nothing said. Look-alike options of other programs, and the option in
  // an echo, are not DPDK's.
  for (const quiet of [
    'CMD /opt/app/fwd --socket-mem 64 --no-huge',
    'CMD /opt/app/fwd --prefix /opt --file /tmp/x',
    'RUN echo "--socket-mem 1024" > /etc/app.args',
  ])
    assert.doesNotMatch(notesOnWord(`FROM debian:12\n${quiet}\n`, 1, quiet.split(' ')[1]), /DPDK/, quiet);
  // Explained, never reported: every target has hugetlbfs.
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), []);
});

test("DPDK's legacy make target (T=x86_64-native-linuxapp-gcc, T=${RTE_TARGET}) says it builds kernel modules for the build machine (sample 97)", () => {
  // find_string 'ENV RTE_SDK', id 6801042404: DPDK 16.11 built with its legacy make, examples after it.
  const t = [
    'FROM ubuntu:16.04',
    'ENV RTE_TARGET x86_64-native-linuxapp-gcc',
    'ENV RTE_SDK /usr/local/src/dpdk-16.11',
    'WORKDIR $RTE_SDK',
    'RUN make install T=${RTE_TARGET} \\',
    '    && make -C examples/',
    '',
  ].join('\n');
  const hover = notesOnWord(t, 4, 'T=${RTE_TARGET}');
  assert.match(hover, /legacy make build[\s\S]*igb_uio and KNI kernel modules[\s\S]*\/lib\/modules\/\$\(uname -r\)\/build/);
  for (const word of ['T=x86_64-native-linuxapp-gcc', 'T=arm64-armv8a-linux-gcc', 'RTE_TARGET=x86_64-native-linux-clang'])
    assert.match(notesOnWord(t.replace('T=${RTE_TARGET}', word), 4, word), /igb_uio/, word);
  // FreeBSD targets, other make variables named T, and GNU triplets are not DPDK's Linux build.
  for (const word of ['T=x86_64-native-bsdapp-gcc', 'T=release', 'T=x86_64-linux-gnu'])
    assert.doesNotMatch(notesOnWord(t.replace('T=${RTE_TARGET}', word), 4, word), /igb_uio/, word);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), []);
});
