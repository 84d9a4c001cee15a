import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, textAt } from '../testKit';
import { hoverAt } from '../../hover';
import { analyzeDocument } from '../../analyze';
import { resolveTarget } from '../../host/resolve';
import { getFeature, kernelFeatures } from '../../../knowledge/features';
import {
  buildTimeLimits,
  commandTriggers,
  facilityFeatures,
  hostFacilities,
  imageTriggers,
  labelTriggers,
  linkTypeFeatures,
  mountTypes,
  packagePatternTriggers,
  packageTriggers,
  pathTriggers,
  portTriggers,
  qdiscFeatures,
  sourceTriggers,
} from '../../../knowledge/hostFacilities';

const ID = 'host-facility-required';
const notesAt = (t: string, target: string | undefined, line: number, word: string) => {
  const r = analyze(t, target);
  const character = t.split('\n')[line].indexOf(word);
  assert.ok(character >= 0, `line ${line} has ${word}`);
  return r.notes
    .filter(
      (n) =>
        n.range.start.line <= line &&
        line <= n.range.end.line &&
        (n.range.start.line < line || n.range.start.character <= character) &&
        (n.range.end.line > line || character < n.range.end.character),
    )
    .map((n) => n.markdown);
};

test('every facility, trigger and table names features and facilities that exist', () => {
  const facilities = new Set(hostFacilities.map((f) => f.id));
  assert.equal(facilities.size, hostFacilities.length, 'unique facility ids');
  const featureIds = (ids: readonly string[] | undefined) => (ids ?? []).forEach((id) => assert.ok(getFeature(id), `feature ${id}`));
  for (const f of hostFacilities) {
    featureIds(f.features);
    featureIds(f.relatedFeatures);
    assert.ok(f.source.length > 10, `${f.id} source`);
    assert.ok(f.summary.length > 20 && f.summary.length < 260, `${f.id} summary`);
  }
  for (const t of commandTriggers) {
    assert.ok(facilities.has(t.facility), t.command);
    featureIds(t.features);
  }
  for (const t of pathTriggers) {
    assert.ok(facilities.has(t.facility), t.path);
    featureIds(t.features);
  }
  for (const t of imageTriggers) assert.ok(facilities.has(t.facility), t.repository);
  for (const t of portTriggers) assert.ok(facilities.has(t.facility), String(t.port));
  for (const t of sourceTriggers) assert.ok(facilities.has(t.facility), String(t.pattern));
  for (const [p, id] of Object.entries(packageTriggers)) assert.ok(facilities.has(id), p);
  for (const t of packagePatternTriggers) assert.ok(facilities.has(t.facility), String(t.pattern));
  for (const [k, id] of Object.entries(labelTriggers)) assert.ok(facilities.has(id), k);
  for (const ids of [...Object.values(linkTypeFeatures), ...Object.values(qdiscFeatures)]) featureIds(ids);
  for (const m of Object.values(mountTypes)) {
    featureIds(m.features);
    assert.ok(facilities.has(m.facility));
  }
  for (const l of buildTimeLimits) assert.ok(l.source.length > 10, l.command);
  // The facility features are part of the one feature table every rule reads.
  for (const f of facilityFeatures) assert.equal(kernelFeatures.filter((k) => k.id === f.id).length, 1, f.id);
});

test('privileged operations in RUN fail at build time: warning on the command word', () => {
  const t = [
    'FROM debian:13',
    'RUN iptables -t nat -A POSTROUTING -j MASQUERADE',
    'RUN ip link add dev wg0 type wireguard && ip route add default dev wg0',
    'RUN mount -o loop /disk.img /mnt && losetup -f --show /disk.img',
    'RUN tc qdisc add dev eth0 root netem delay 100ms',
    'RUN (dockerd &) && sleep 3 && docker pull alpine',
    '',
  ].join('\n');
  const f = findingsOf(t, ID).filter((x) => x.severity === 'warning');
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    // `docker pull` after the dockerd it starts: both fail in a build step (dockerd cannot start, so no daemon answers).
    ['iptables', 'wireguard', 'ip', 'mount', 'losetup', 'tc', 'dockerd', 'docker'],
  );
  assert.match(f[0].message, /^`iptables` fails at build time: a docker build step has no CAP_NET_ADMIN\./);
  assert.match(f[3].message, /CAP_SYS_ADMIN/);
  assert.match(f[6].message, /cannot start in a docker build step/);
  assert.ok(
    f.every((x) => x.message.split('. ')[0].length <= 120),
    'first sentence is short',
  );
});

test('not a build failure: RUN --security=insecure, `|| true`, reads, --version, CMD', () => {
  const t = [
    'FROM debian:13',
    'RUN --security=insecure iptables -A INPUT -j ACCEPT',
    'RUN iptables -A INPUT -j DROP || true',
    'RUN iptables -A INPUT -j DROP \\',
    '    || echo "no netfilter here"',
    'RUN iptables --version && ip addr && ip route show && ip -br link && losetup --help && losetup -a && mount',
    'RUN tc qdisc show && wg genkey > /tmp/k',
    'CMD ["iptables", "-A", "INPUT", "-j", "DROP"]',
    '',
  ].join('\n');
  assert.deepEqual(findingsOf(t, ID), []);
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
});

test('mknod under /dev in RUN: info, the node is gone at run time; mknod at start is only explained', () => {
  const t =
    'FROM debian:13\nRUN mkdir -p /dev/net && mknod /dev/net/tun c 10 200\nCMD ["sh", "-c", "mknod /dev/net/tun c 10 200; openvpn server.conf"]\n';
  const f = findingsOf(t, ID);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.equal(textAt(t, f[0]), 'mknod');
  assert.match(f[0].message, /tmpfs/);
  assert.ok(notesAt(t, undefined, 2, 'openvpn').some((m) => m.includes('--device /dev/net/tun') && m.includes('--cap-add NET_ADMIN')));
});

test('mknod of a FIFO (TYPE p) names no device: silent; a device node next to it is still explained', () => {
  const t = 'FROM debian:13\nRUN mknod fifo-1 p && mknod -m 600 /tmp/q p\nRUN mknod -m 600 /dev/net/tun c 10 200\n';
  assert.deepEqual(notesAt(t, undefined, 1, 'mknod'), []);
  assert.ok(notesAt(t, undefined, 2, 'mknod').some((m) => m.includes('/dev/net/tun')));
  assert.equal(findingsOf(t, ID).length, 1, 'only the /dev/net/tun node is reported (lost at run time)');
});

test('ELECTRON_DISABLE_SANDBOX counts when set to nothing: Electron tests its presence (HasVar)', () => {
  for (const env of ['ENV ELECTRON_DISABLE_SANDBOX=', 'ENV ELECTRON_DISABLE_SANDBOX=""', 'ENV ELECTRON_DISABLE_SANDBOX=1']) {
    const t = `FROM node:22\n${env}\n`;
    assert.ok(notesAt(t, undefined, 1, 'ELECTRON_DISABLE_SANDBOX').length > 0, env);
  }
});

test('target lacks the kernel part: config first (a module is present, no finding), version otherwise', () => {
  const t = 'FROM debian:13\nCMD ["sh", "-c", "ip link add dev vcan0 type vcan && candump vcan0"]\n';
  // CONFIG_CAN_VCAN=m on Debian 12 and RHEL 7.9: present, the kernel loads vcan on first use.
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
  assert.deepEqual(findingsOf(t, ID, 'rhel7'), []);
  assert.match(
    notesAt(t, 'debian-12', 1, 'vcan').join('\n'),
    /Virtual CAN \(vcan\) needs .*CONFIG_CAN_VCAN\) on the host — ✓ present as a module \(CONFIG_CAN_VCAN=m\), auto-loaded on first use \(judged by the /,
  );
  assert.deepEqual(findingsOf(t, ID), [], 'unknown target: nothing');
  const io = 'FROM debian:13\nRUN git clone https://github.com/axboe/liburing.git && cd liburing && make install\n';
  const w = findingsOf(io, ID, 'rhel7');
  assert.equal(w.length, 1);
  assert.equal(w[0].severity, 'warning');
  // The URL would make the first sentence too long: a short subject, the URL in the next sentence.
  assert.match(
    w[0].message,
    /^Using what this line brings in will fail on RHEL 7 \/ CentOS 7: its kernel lacks io_uring\. It is `https:\/\/github\.com\/axboe\/liburing\.git`\. CONFIG_IO_URING is not set \(judged by the RHEL 7\.9 kernel /,
  );
  const v = findingsOf(io, ID, '4.19');
  assert.equal(v.length, 1);
  assert.match(
    v[0].message,
    /lacks io_uring\..* It needs Linux ≥ 5\.1 for io_uring; the host runs 4\.19\. That is a version-based estimate/,
  );
  assert.deepEqual(findingsOf(io, ID, 'debian-12'), [], 'io_uring is built in on Debian 12');
  for (const f of [...w, ...v]) assert.ok(f.message.split('. ')[0].length <= 100, f.message);
});

test("off by default: explained with the host setting, never reported (whether a use is unprivileged is kernel-feature-missing's call)", () => {
  const t = 'FROM debian:13\nRUN apt-get install -y liburing-dev podman\nCMD ["podman", "run", "alpine"]\n';
  assert.deepEqual(findingsOf(t, ID, 'rhel-9.4'), []);
  assert.match(
    notesAt(t, 'rhel-9.4', 1, 'liburing-dev').join('\n'),
    /io_uring needs Linux ≥ 5\.1 \(CONFIG_IO_URING\) on the host — built, but off by default on RHEL 9\.3[^:]*: .*kernel\.io_uring_disabled=0/,
  );
  // Rootful podman on RHEL 7 (user.max_user_namespaces=0) does not create user namespaces: no finding.
  assert.deepEqual(findingsOf(t, ID, 'rhel7'), []);
  assert.match(
    notesAt(t, 'rhel7', 2, 'podman').join('\n'),
    /User namespaces .*— built, but off by default on RHEL 7: user\.max_user_namespaces is 0/,
  );
  // Writing /etc/subuid prepares rootless podman; it never fails itself.
  assert.deepEqual(findingsOf('FROM fedora:43\nRUN echo "podman:1:999" > /etc/subuid\n', ID, 'rhel7'), []);
});

test('the hover says what kernel-feature-missing says for the same feature and target', () => {
  const t = 'FROM debian:13\nRUN apt-get install -y wireguard-tools\nCMD ["sh", "-c", "ip link add dev wg0 type wireguard"]\n';
  for (const target of [undefined, '5.4', '6.1', 'rhel7', 'rhel8', 'debian-12']) {
    const kfm = notesAt(t, target, 1, 'wireguard-tools').find((m) => m.startsWith('**WireGuard**'));
    assert.ok(kfm, `kernel-feature-missing explains WireGuard on ${target}`);
    const verdict = /(WireGuard needs .*? on the host — .*?)\.(?: [A-Z]|\n|$)/.exec(kfm)?.[1];
    assert.ok(verdict, kfm);
    const hfr = notesAt(t, target, 2, 'wireguard').join('\n');
    assert.ok(hfr.includes(`- ${verdict}`), `${target}: host-facility-required says\n${hfr}\nkernel-feature-missing says\n${verdict}`);
  }
});

test('kprobes on RHEL 7.9 are present (its config names the events symbol KPROBE_EVENT, before the 4.11 rename)', () => {
  const t = 'FROM ubuntu:22.04\nRUN apt-get install -y bpfcc-tools\n';
  const hover = notesAt(t, 'rhel7', 1, 'bpfcc-tools').join('\n');
  assert.match(hover, /- kprobes needs \(CONFIG_KPROBES\) on the host — ✓ built in \(judged by the RHEL 7\.9 kernel /);
});

test('what kernel-feature-missing reports at the same place is not reported twice', () => {
  const t = 'FROM debian:13\nRUN apt-get install -y drbd-utils\nCMD ["drbdadm", "up", "r0"]\n';
  assert.deepEqual(findingsOf(t, ID, 'rhel7'), []);
  // kernel-feature-missing judges these (its own tests say how); this rule only must not repeat it.
  assert.ok(findingsOf(t, 'kernel-feature-missing', 'rhel7').length >= 1);
  assert.ok(
    notesAt(t, 'rhel7', 2, 'drbdadm').some((m) => /^\*\*DRBD\*\*.*kernel's drbd module/.test(m)),
    'this rule still explains the facility',
  );
});

test('hover on the token that matters: verdict per feature and docker run flags', () => {
  const t =
    'FROM debian:13\nRUN apt-get install -y qemu-system-x86 fuse3 can-utils\nENTRYPOINT ["qemu-system-x86_64", "-enable-kvm", "-m", "1G"]\n';
  const pkg = notesAt(t, 'debian-12', 1, 'can-utils').join('\n');
  assert.match(pkg, /SocketCAN/);
  assert.match(
    pkg,
    /SocketCAN needs \(CONFIG_CAN, CONFIG_CAN_RAW\) on the host — ✓ present as a module \(CONFIG_CAN=m, CONFIG_CAN_RAW=m\), auto-loaded on first use/,
  );
  assert.match(pkg, /--cap-add NET_ADMIN/);
  const kvm = notesAt(t, 'debian-12', 2, '-enable-kvm').join('\n');
  assert.match(kvm, /--device \/dev\/kvm/);
  assert.match(notesAt(t, undefined, 1, 'fuse3').join('\n'), /--device \/dev\/fuse/);
  const built = notesAt('FROM debian:13\nCMD ["fio", "--ioengine=io_uring"]\n', 'debian-12', 1, 'io_uring').join('\n');
  assert.match(built, /seccomp/);
});

test('images, COPY and VOLUME: DinD, qemu-user-static, Falco; the Docker CLI is not DinD', () => {
  const t = [
    'FROM docker:27-dind',
    'COPY --from=multiarch/qemu-user-static /usr/bin/qemu-aarch64-static /usr/bin/',
    'VOLUME /var/lib/docker',
    'RUN apk add --no-cache docker-cli docker-cli-compose',
    '',
  ].join('\n');
  const r = analyze(t);
  const on = (line: number, word: string) => notesAt(t, undefined, line, word).join('\n');
  assert.match(on(1, 'qemu-aarch64-static'), /binfmt_misc/);
  assert.match(on(1, 'multiarch'), /binfmt_misc/);
  assert.match(on(2, '/var/lib/docker'), /Docker-in-Docker/);
  assert.equal(on(3, 'docker-cli'), '');
  assert.ok(r.notes.some((n) => n.range.start.line === 0 && /Docker-in-Docker/.test(n.markdown)));
  // `docker build` and `docker pull` ask the daemon (the default builder is the daemon's BuildKit), like `docker run`:
  // in a RUN they fail the same way, unless a remote daemon or builder is named, or the failure is ignored.
  for (const run of ['docker build -t x .', 'docker pull alpine', 'docker run --rm alpine true']) {
    const f = findingsOf(`FROM docker:27-cli\nRUN ${run}\n`, ID, 'rhel7');
    assert.deepEqual(
      f.map((x) => x.message.split('. ')[0]),
      ['`docker` fails at build time: a docker build step has no /var/run/docker.sock'],
      run,
    );
  }
  for (const run of [
    'docker -H tcp://dind:2375 build -t x .',
    'DOCKER_HOST=tcp://dind:2375 docker pull alpine',
    'docker build --builder remote-kit -t x .',
    'docker pull alpine || true',
    'docker buildx build -t x .',
  ])
    assert.deepEqual(findingsOf(`FROM docker:27-cli\nRUN ${run}\n`, ID, 'rhel7'), [], run);
});

test('COPY --from a stage named after a facility image (FROM tonistiigi/binfmt AS binfmt) brings what that image holds', () => {
  const t = [
    'FROM tonistiigi/binfmt:buildkit-v7.1.0-30 AS binfmt',
    'FROM alpine:3.19 AS tools',
    'FROM alpine:3.19',
    'COPY --link --from=binfmt /buildkit-qemu-* /usr/local/bin/',
    'COPY --from=tools /bin/busybox /bin/',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 3, '--from').join('\n'), /binfmt_misc/);
  assert.deepEqual(notesAt(t, undefined, 4, '--from'), []);
});

test('the Android Emulator installed with sdkmanager is explained as KVM, never reported; other SDK packages stay silent', () => {
  const t = [
    'FROM ubuntu:22.04',
    'RUN yes | sdkmanager --licenses && sdkmanager "platform-tools" "platforms;android-34" "emulator"',
    'RUN sdkmanager --uninstall emulator',
    '',
  ].join('\n');
  assert.match(notesAt(t, 'rhel8', 1, 'emulator').join('\n'), /\/dev\/kvm/);
  assert.deepEqual(notesAt(t, 'rhel8', 1, 'platform-tools'), []);
  assert.deepEqual(notesAt(t, 'rhel8', 2, 'emulator'), []);
  assert.deepEqual(findingsOf(t, ID, '3.10'), []);
});

test('wireguard-go and amneziawg-go: built from source explained as TUN, never reported; run as the command', () => {
  const t = [
    'FROM alpine:3.22',
    'RUN git clone --depth 1 https://github.com/amnezia-vpn/amneziawg-go && cd amneziawg-go && make',
    'RUN git clone https://git.zx2c4.com/wireguard-go',
    'CMD ["amneziawg-go", "-f", "wg0"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, 'rhel8', 1, 'https').join('\n'), /TUN/);
  assert.match(notesAt(t, 'rhel8', 2, 'https').join('\n'), /TUN/);
  assert.match(notesAt(t, 'rhel8', 3, 'amneziawg-go').join('\n'), /\/dev\/net\/tun/);
  assert.deepEqual(
    findingsOf(t, ID, '3.10').filter((f) => f.range.start.line < 3),
    [],
  );
});

test('EXPOSE 2049 is explained only in a stage that runs the kernel NFS server', () => {
  const nfs = 'FROM debian:13\nRUN apt-get install -y nfs-kernel-server\nEXPOSE 2049\n';
  assert.match(notesAt(nfs, undefined, 2, '2049').join('\n'), /knfsd/);
  const plain = 'FROM debian:13\nRUN apt-get install -y nfs-ganesha\nEXPOSE 2049\n';
  assert.deepEqual(notesAt(plain, undefined, 2, '2049'), []);
  // nfs-utils carries the kernel server's tools (rpc.nfsd, exportfs): with the NFS ports exposed it serves.
  const utils = 'FROM alpine:3.22\nRUN apk add --no-cache nfs-utils\nEXPOSE 111/udp 2049/tcp 20048/tcp\n';
  assert.match(notesAt(utils, undefined, 2, '2049').join('\n'), /knfsd/);
  assert.match(notesAt(utils, undefined, 2, '20048').join('\n'), /knfsd/);
  const client = 'FROM alpine:3.22\nRUN apk add --no-cache nfs-utils\nEXPOSE 8080\n';
  assert.deepEqual(notesAt(client, undefined, 2, '8080'), []);
});

test('words in comments, echo and printf are not uses; redirect targets are writes', () => {
  const t = [
    'FROM debian:13',
    '# RUN iptables -A INPUT -j DROP',
    'RUN echo "iptables -A INPUT; mount -t nfs x:/y /mnt; /dev/kvm" && printf "losetup -f\\n"',
    'RUN echo "user:100000:65536" > /etc/subuid',
    '',
  ].join('\n');
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
  assert.deepEqual(notesAt(t, undefined, 2, 'iptables'), []);
  assert.match(notesAt(t, undefined, 3, '/etc/subuid').join('\n'), /user namespaces/i);
});

test('bad input never throws', () => {
  for (const t of [
    'FROM\nRUN ip link add type\n',
    'RUN mount -t\n',
    'FROM x\nCOPY --from= a b\nEXPOSE\nVOLUME\n',
    'RUN tc qdisc add\nRUN ip -n\n',
  ]) {
    assert.doesNotThrow(() => analyze(t, 'debian-12'));
  }
});

test("setcap: capabilities outside Docker's default set need --cap-add; default ones need nothing", () => {
  const t = 'FROM debian:13\nRUN setcap cap_net_admin,cap_net_raw+ep /usr/bin/app\nRUN setcap cap_net_bind_service=+ep /usr/sbin/nginx\n';
  const admin = notesAt(t, undefined, 1, 'cap_net_admin').join('\n');
  assert.match(admin, /--cap-add NET_ADMIN/);
  assert.doesNotMatch(admin, /--cap-add NET_RAW/);
  assert.match(notesAt(t, undefined, 2, 'cap_net_bind_service').join('\n'), /default set: nothing to add/);
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
  // wazuh/wazuh-docker's dashboard clears the flags (`=-ep`): nothing is granted, nothing to explain.
  const cleared = "FROM amazonlinux:2023\nRUN setcap 'cap_net_admin=-ep' /usr/share/wazuh-dashboard/node/bin/node\n";
  assert.deepEqual(notesAt(cleared, undefined, 1, 'setcap'), []);
  // An empty list before `=` is every capability (cap_from_text(3)): elastic-agent's `setcap =p`, `all+ep`.
  for (const spec of ['=p', '=ep', 'all+ep']) {
    const all = `FROM debian:13\nRUN setcap ${spec} /usr/share/elastic-agent/elastic-agent\n`;
    assert.match(notesAt(all, undefined, 1, 'setcap').join('\n'), /all capabilities[\s\S]*--cap-add ALL/, spec);
    assert.deepEqual(findingsOf(all, ID, 'debian-12'), [], spec);
  }
  // Removing file capabilities (`setcap -r`) grants nothing.
  assert.deepEqual(notesAt('FROM fedora:41\nRUN setcap -r /usr/sbin/sway\n', undefined, 1, 'setcap'), []);
});

test('device families, ENV values and GPUs are explained, never reported', () => {
  const t =
    'FROM nvidia/cuda:12.4.1-base-ubuntu22.04\nENV ZIGBEE_PORT=/dev/ttyACM0\nCMD ["sh", "-c", "nvidia-smi && stty -F /dev/ttyUSB1 9600"]\n';
  assert.match(notesAt(t, undefined, 1, '/dev/ttyACM0').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 2, 'ttyUSB1').join('\n'), /--device/);
  assert.match(notesAt(t, undefined, 2, 'nvidia-smi').join('\n'), /--gpus all/);
  for (const target of [null, 'debian-12', 'rhel7']) assert.deepEqual(findingsOf(t, ID, target), []);
});

test("an earlier stage's image is a COPY source: explained, not reported; k3s as a bare ENTRYPOINT counts", () => {
  const t =
    'FROM rancher/k3s:v1.30.4-k3s1 AS k3s\nFROM debian:13\nCOPY --from=k3s /bin/k3s /usr/local/bin/k3s\nENTRYPOINT ["/usr/local/bin/k3s"]\n';
  // Linux 3.10 without a config: OverlayFS (overlay2 needs 4.0) is missing by version.
  const f = findingsOf(t, ID, '3.10');
  assert.deepEqual(
    f.map((x) => x.range.start.line),
    [3],
  );
  assert.deepEqual(findingsOf(t, ID, 'rhel7'), [], 'RHEL 7.9: OverlayFS and br_netfilter are modules, present');
  assert.match(notesAt(t, undefined, 0, 'rancher/k3s').join('\n'), /Kubernetes node/);
  assert.deepEqual(findingsOf('FROM debian:13\nRUN k3s kubectl get pods || true\nCMD ["k3s", "kubectl", "version"]\n', ID, 'rhel7'), []);
});

test('install wrappers real images use (minideb install_packages, kind clean-install) are installs', () => {
  const t = 'FROM debian:13\nRUN install_packages openvpn curl\nRUN clean-install open-iscsi nfs-common\n';
  assert.match(notesAt(t, undefined, 1, 'openvpn').join('\n'), /--device \/dev\/net\/tun/);
  assert.match(notesAt(t, undefined, 2, 'open-iscsi').join('\n'), /iSCSI/);
  assert.deepEqual(notesAt(t, undefined, 1, 'curl'), []);
});

test('device groups, build options, qemu-*-static run directly; tailscaled in userspace mode needs no TUN', () => {
  const t = [
    'FROM debian:13',
    'RUN usermod -aG kvm,dialout builder && adduser pi gpio',
    'RUN ./configure --with-liburing --enable-sctp',
    'RUN ["qemu-arm-static", "/bin/true"]',
    'CMD ["tailscaled", "--tun=userspace-networking"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'kvm').join('\n'), /\/dev\/kvm/);
  assert.match(notesAt(t, undefined, 1, 'gpio').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 2, '--with-liburing').join('\n'), /io_uring/);
  assert.match(notesAt(t, undefined, 2, '--enable-sctp').join('\n'), /SCTP/);
  assert.match(notesAt(t, undefined, 3, 'qemu-arm-static').join('\n'), /binfmt_misc/);
  assert.ok(!notesAt(t, undefined, 4, 'tailscaled').some((m) => m.includes('TUN/TAP device (/dev/net/tun)')));
  assert.deepEqual(findingsOf(t, ID, 'rhel7'), [], 'options and groups are only explained');
});

test('hover on a FROM image shows the image card, then the facility note', () => {
  const r = analyze('FROM docker:27-dind\n');
  const h = hoverAt(r, { line: 0, character: 8 }, new Date('2026-11-26T00:00:00Z'));
  assert.ok(h);
  const parts = h.markdown.split('\n\n---\n\n');
  assert.ok(parts.length >= 2, h.markdown);
  assert.match(parts[parts.length - 1], /^\*\*Docker-in-Docker\*\*/);
  assert.match(parts[parts.length - 1], /--privileged/);
});

test("falco-driver-loader in RUN: the hover says it targets the build machine's kernel", () => {
  const t = 'FROM falcosecurity/falco-driver-loader:0.38.1\nRUN falco-driver-loader\nCMD ["falco-driver-loader"]\n';
  assert.match(notesAt(t, undefined, 1, 'falco-driver-loader').join('\n'), /build machine's kernel release/);
  assert.doesNotMatch(notesAt(t, undefined, 2, 'falco-driver-loader').join('\n'), /build machine/);
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
});

test('recall sample: dockerd-current (CentOS 7 docker), apk-install (gliderlabs/alpine), libfuse-dev builds', () => {
  const t = [
    'FROM centos:7',
    'RUN nohup /usr/bin/dockerd-current --storage-driver=vfs &',
    'CMD /usr/bin/dockerd-current --add-runtime docker-runc=/usr/libexec/docker/docker-runc-current',
    '',
  ].join('\n');
  for (const target of ['rhel8', 'debian-12']) {
    const f = findingsOf(t, ID, target);
    assert.deepEqual(
      f.map((x) => [x.severity, textAt(t, x), x.range.start.line]),
      [['warning', '/usr/bin/dockerd-current', 1]],
      target,
    );
    assert.match(f[0].message, /cannot start in a docker build step/);
  }
  assert.ok(notesAt(t, undefined, 2, 'dockerd-current').some((m) => m.includes('**Docker-in-Docker**')));
  const luks = 'FROM gliderlabs/alpine:3.4\nRUN apk-install bash cryptsetup file e2fsprogs\n';
  assert.ok(notesAt(luks, undefined, 1, 'cryptsetup').some((m) => /device-mapper|dm-crypt/i.test(m)));
  const s3fs = 'FROM ubuntu:18.10\nRUN apt-get -y install automake g++ libcurl4-gnutls-dev libfuse-dev libssl-dev make\n';
  assert.ok(notesAt(s3fs, undefined, 1, 'libfuse-dev').some((m) => m.includes('/dev/fuse')));
  const alpine = 'FROM alpine:3.18\nRUN apk --no-cache add build-base fuse-dev curl-dev\n';
  assert.ok(notesAt(alpine, undefined, 1, 'fuse-dev').some((m) => m.includes('/dev/fuse')));
  const pi = 'FROM resin/rpi-raspbian:jessie\nRUN apt-get install -y python python-dev libraspberrypi-bin python-pip\n';
  assert.ok(notesAt(pi, undefined, 1, 'libraspberrypi-bin').some((m) => m.includes('**Host device**')));
  assert.deepEqual(findingsOf(pi, ID, 'debian-12'), []);
  // Installing the headers never fails because of the kernel: no finding on any target.
  for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) {
    assert.deepEqual(findingsOf(s3fs, ID, target), [], target);
    assert.deepEqual(findingsOf(alpine, ID, target), [], target);
  }
});

test('recall sample 3: NTP daemons steer the host clock unless chronyd -x; explained, never reported', () => {
  const t = [
    'FROM alpine:3.19',
    'RUN apk add --no-cache chrony tzdata',
    'CMD ["chronyd", "-d"]',
    // Its own stage: in the CMD's stage the CMD would be this ENTRYPOINT's arguments (with its -x).
    'FROM alpine:3.19',
    'ENTRYPOINT ["/usr/sbin/chronyd", "-u", "chrony", "-d", "-x", "-L", "0"]',
    'HEALTHCHECK CMD ntpdate -q pool.ntp.org',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'chrony').join('\n'), /System clock/);
  const cmd = notesAt(t, undefined, 2, 'chronyd').join('\n');
  assert.match(cmd, /CAP_SYS_TIME/);
  assert.match(cmd, /--cap-add SYS_TIME/);
  assert.ok(!notesAt(t, undefined, 4, 'chronyd').some((m) => m.includes('System clock')), 'chronyd -x leaves the clock alone');
  assert.ok(!notesAt(t, undefined, 5, 'ntpdate').some((m) => m.includes('System clock')), 'ntpdate -q only queries');
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('recall sample 3: GlusterFS bricks, sandboxes (nsjail, bubblewrap) and CRIU put in place by COPY, cp or a fetched source', () => {
  const gluster =
    'FROM ubuntu:trusty\nRUN apt-get install -y --no-install-recommends glusterfs-server\nENTRYPOINT ["/usr/sbin/glusterd", "-N"]\n';
  assert.match(notesAt(gluster, undefined, 1, 'glusterfs-server').join('\n'), /trusted\.\* extended attributes/);
  assert.match(notesAt(gluster, undefined, 2, 'glusterd').join('\n'), /CAP_SYS_ADMIN/);
  const jail = [
    'FROM python:3.12-alpine AS builder',
    'RUN git clone https://github.com/google/nsjail.git /nsjail && cd /nsjail && make',
    'FROM python:3.12-alpine',
    'COPY --from=builder /nsjail/nsjail /usr/sbin/',
    'COPY --from=bwrap-build /bubblewrap-0.3.1/bwrap /bwrap',
    'RUN curl http://download.openvz.org/criu/criu-$CRIU.tar.bz2 | tar -jxf- && cp criu-$CRIU/criu/criu /usr/local/sbin',
    '',
  ].join('\n');
  assert.match(notesAt(jail, undefined, 1, 'https://github.com/google/nsjail.git').join('\n'), /Process sandboxes/);
  assert.match(notesAt(jail, undefined, 3, '/nsjail/nsjail').join('\n'), /--privileged/);
  assert.match(notesAt(jail, undefined, 4, '/bubblewrap-0.3.1/bwrap').join('\n'), /Process sandboxes/);
  assert.match(notesAt(jail, undefined, 5, 'http://download.openvz.org').join('\n'), /Checkpoint\/restore/);
  assert.match(notesAt(jail, undefined, 5, 'criu-$CRIU/criu/criu').join('\n'), /CAP_CHECKPOINT_RESTORE/);
  // A plain cp of an ordinary file is nothing.
  assert.deepEqual(notesAt('FROM debian:13\nRUN cp config/app.conf /etc/app.conf\n', undefined, 1, 'config/app.conf'), []);
  for (const target of ['rhel8', 'debian-12']) {
    assert.deepEqual(findingsOf(gluster, ID, target), [], target);
    assert.deepEqual(findingsOf(jail, ID, target), [], target);
  }
});

test('recall sample 3: GPIO and serial devices (pip RPi.GPIO, pigpio, WiringPi, ser2net, a /dev path inside an ENV value)', () => {
  const t = [
    'FROM resin/rpi-raspbian:jessie',
    'RUN pip3 install --no-cache-dir RPi.GPIO==0.7.1 requests',
    'RUN python3 -m pip install -r requirements.txt rpi_gpio',
    'RUN git clone https://github.com/joan2937/pigpio.git && cd pigpio && make && make install',
    'RUN git clone https://github.com/WiringPi/WiringPi.git WiringPi',
    'RUN apt-get install -y ser2net',
    'ENV CONFIG "3000:raw:0:/dev/ttyUSB0:38400 NONE 1STOPBIT 8DATABITS"',
    'ENTRYPOINT ["/usr/local/bin/pigpiod", "-g"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'RPi.GPIO').join('\n'), /\*\*Host device\*\* \(Python package `RPi.GPIO`\)/);
  assert.deepEqual(notesAt(t, undefined, 1, 'requests'), []);
  assert.match(notesAt(t, undefined, 2, 'rpi_gpio').join('\n'), /Host device/);
  assert.deepEqual(notesAt(t, undefined, 2, 'requirements.txt'), []);
  assert.match(notesAt(t, undefined, 3, 'https://github.com/joan2937').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 4, 'https://github.com/WiringPi').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 5, 'ser2net').join('\n'), /--device/);
  assert.match(notesAt(t, undefined, 6, '3000:raw').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 7, 'pigpiod').join('\n'), /Host device/);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('recall sample 3: Open vSwitch from package files and services, mininet, firecracker, PPTP, ocserv, mergerfs, Alpine bcc-dev', () => {
  const t = [
    'FROM ubuntu:22.04',
    'RUN dpkg -i /tmp/openvswitch-common* /tmp/openvswitch-switch*',
    'ENTRYPOINT service openvswitch-switch start && ovs-vsctl show && mn --topo minimal --mac',
    'RUN wget -q https://github.com/firecracker-microvm/firecracker/releases/download/v1.1.2/firecracker-v1.1.2-x86_64.tgz && \\',
    '    mv release-v1.1.2-x86_64/firecracker-v1.1.2-x86_64 /usr/local/bin/firecracker',
    'RUN apt-get install -y pptpd ocserv',
    'CMD ["pptpd", "--fg"]',
    'RUN git clone --depth=1 https://github.com/trapexit/mergerfs.git',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'openvswitch-switch*').join('\n'), /Open vSwitch/);
  assert.match(notesAt(t, undefined, 2, 'service').join('\n'), /Open vSwitch/);
  assert.match(notesAt(t, undefined, 2, 'mn').join('\n'), /Open vSwitch/);
  assert.ok(!notesAt('FROM debian:13\nCMD mn --switch user --test pingall\n', undefined, 1, 'mn').some((m) => m.includes('Open vSwitch')));
  // Micronaut's `mn` is another program.
  assert.deepEqual(
    notesAt('FROM eclipse-temurin:21\nRUN mn create-app example.micronaut.complete --build=gradle\n', undefined, 1, 'mn'),
    [],
  );
  assert.match(notesAt(t, undefined, 3, 'https://github.com/firecracker').join('\n'), /\/dev\/kvm/);
  assert.match(notesAt(t, undefined, 4, '/usr/local/bin/firecracker').join('\n'), /\/dev\/kvm/);
  assert.match(notesAt(t, undefined, 5, 'pptpd').join('\n'), /\/dev\/ppp/);
  assert.match(notesAt(t, undefined, 5, 'ocserv').join('\n'), /\/dev\/net\/tun/);
  assert.match(notesAt(t, undefined, 6, 'pptpd').join('\n'), /\/dev\/ppp/);
  assert.match(notesAt(t, undefined, 7, 'https://github.com/trapexit').join('\n'), /\/dev\/fuse/);
  const bcc = 'FROM golang:1.15.2-alpine3.12\nRUN apk add --no-cache build-base linux-headers clang bcc-dev\n';
  assert.match(notesAt(bcc, undefined, 1, 'bcc-dev').join('\n'), /bcc/);
  for (const target of ['rhel8', 'debian-12']) {
    assert.deepEqual(findingsOf(bcc, ID, target), [], target);
    assert.deepEqual(
      findingsOf(t, ID, target).map((f) => textAt(t, f)),
      [],
      target,
    );
  }
});

test('routers, NIC tuning, the RTC, disks and BMCs, the NVIDIA .run installer: explained, never reported', () => {
  const t = [
    'FROM debian:12',
    'RUN apt-get install -y frr bird2 smartmontools ipmitool',
    'CMD zebra -d && bird -f && ethtool -K eth0 tso off && hwclock --systohc',
    'ENTRYPOINT smartctl -a /dev/sda && ipmitool sensor && vconfig add eth0 100',
    'RUN sh NVIDIA-Linux-x86_64-535.54.03.run -s --kernel-source-path=/usr/src/linux',
    'VOLUME /dev/ttyS0',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'frr').join('\n'), /Network configuration/);
  assert.match(notesAt(t, undefined, 1, 'bird2').join('\n'), /CAP_NET_ADMIN/);
  assert.match(notesAt(t, undefined, 2, 'zebra').join('\n'), /Network configuration/);
  assert.match(notesAt(t, undefined, 2, 'bird').join('\n'), /Network configuration/);
  assert.match(notesAt(t, undefined, 2, 'ethtool').join('\n'), /CAP_NET_ADMIN/);
  assert.match(notesAt(t, undefined, 2, 'hwclock').join('\n'), /CAP_SYS_TIME/);
  assert.match(notesAt(t, undefined, 3, 'smartctl').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 3, '/dev/sda').join('\n'), /--device/);
  assert.match(notesAt(t, undefined, 3, 'ipmitool').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 3, 'vconfig').join('\n'), /802\.1Q|VLAN/i);
  assert.match(notesAt(t, undefined, 4, 'NVIDIA-Linux').join('\n'), /GPU \(host driver\)/);
  assert.match(notesAt(t, undefined, 5, '/dev/ttyS0').join('\n'), /Host device/);
  // Reads change nothing: ethtool -i, hwclock --show, ipmitool against a remote BMC.
  const reads = 'FROM debian:12\nCMD ethtool -i eth0 && hwclock --show && ipmitool -I lanplus -H bmc.example -U admin sensor\n';
  for (const word of ['ethtool', 'hwclock', 'ipmitool']) assert.deepEqual(notesAt(reads, undefined, 1, word), [], word);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 19: Alpine VA-API drivers and the udev package are explained, never reported; libva-dev is not', () => {
  const t = 'FROM alpine:3.20\nRUN apk add --no-cache libva libva-intel-driver intel-media-driver mesa-va-gallium libva-dev\n';
  for (const word of ['libva-intel-driver', 'intel-media-driver', 'mesa-va-gallium'])
    assert.match(notesAt(t, undefined, 1, word).join('\n'), /GPU \(host driver\)/, word);
  assert.deepEqual(notesAt(t, undefined, 1, 'libva-dev'), []);
  const u = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y udev\n';
  assert.match(notesAt(u, undefined, 1, 'udev').join('\n'), /udev in a container/);
  // Alpine's udev is eudev (zigbee2mqtt's image installs it for its serial adapters).
  assert.match(
    notesAt('FROM alpine:3.22\nRUN apk add --no-cache tzdata eudev tini nodejs\n', undefined, 1, 'eudev').join('\n'),
    /udev in a container/,
  );
  for (const target of ['rhel8', 'debian-12']) {
    assert.deepEqual(findingsOf(t, ID, target), [], target);
    assert.deepEqual(findingsOf(u, ID, target), [], target);
  }
});

test('validation sample: Bluetooth, VA-API and NVIDIA toolkit variables, SDR and V4L2 devices, NFQUEUE, CNI plugins', () => {
  const t = [
    'FROM debian:12',
    'RUN apt-get install -y bluez mesa-va-drivers intel-media-va-driver-non-free rtl-sdr v4l-utils libnetfilter-queue-dev',
    'ENV NVIDIA_DRIVER_CAPABILITIES="compute,video,utility"',
    'ENV NVIDIA_VISIBLE_DEVICES all',
    'ADD dist/amd64/calico /opt/cni/bin/calico',
    'CMD bluetoothd -n & rtl_tcp -a 0.0.0.0',
    '',
  ].join('\n');
  const bt = notesAt(t, undefined, 1, 'bluez').join('\n');
  assert.match(bt, /Bluetooth/);
  assert.match(bt, /--network host/);
  assert.match(notesAt(t, undefined, 1, 'mesa-va-drivers').join('\n'), /GPU \(host driver\)/);
  assert.match(notesAt(t, undefined, 1, 'intel-media-va-driver-non-free').join('\n'), /\/dev\/dri/);
  assert.match(notesAt(t, undefined, 1, 'rtl-sdr').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 1, 'v4l-utils').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 1, 'libnetfilter-queue-dev').join('\n'), /Netfilter/);
  assert.match(notesAt(t, undefined, 2, 'NVIDIA_DRIVER_CAPABILITIES').join('\n'), /--gpus all/);
  assert.match(notesAt(t, undefined, 3, 'NVIDIA_VISIBLE_DEVICES').join('\n'), /GPU \(host driver\)/);
  assert.match(notesAt(t, undefined, 4, '/opt/cni/bin/calico').join('\n'), /CNI plugins/);
  assert.match(notesAt(t, undefined, 5, 'bluetoothd').join('\n'), /Bluetooth/);
  assert.match(notesAt(t, undefined, 5, 'rtl_tcp').join('\n'), /Host device/);
  // Other variables are nothing.
  assert.deepEqual(notesAt('FROM debian:12\nENV CUDA_HOME=/usr/local/cuda\n', undefined, 1, 'CUDA_HOME'), []);
  assert.deepEqual(notesAt('FROM debian:12\nENV NVIDIA_VISIBLE_DEVICES=void\n', undefined, 1, 'NVIDIA_VISIBLE_DEVICES'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('eleventh sample: the nvidia-docker 1.0 label and NVIDIA driver packages are explained, never reported', () => {
  const t = [
    'FROM nvidia/cuda:8.0-devel-ubuntu16.04',
    'LABEL com.nvidia.volumes.needed="nvidia_driver"',
    'RUN apt-get update && apt-get install -y git net-tools nvidia-375 cuda',
    'RUN apt-get install -y --no-install-recommends nvidia-driver-535-server libnvidia-compute-550 nvidia-utils-470',
    'LABEL com.nvidia.cuda.version="8.0" maintainer="someone"',
    'RUN apt-get install -y nvidia-cuda-toolkit nvidia-container-toolkit cuda-toolkit-12-2',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'com.nvidia.volumes.needed').join('\n'), /GPU \(host driver\)/);
  assert.match(notesAt(t, undefined, 2, 'nvidia-375').join('\n'), /GPU \(host driver\)/);
  for (const word of ['nvidia-driver-535-server', 'libnvidia-compute-550', 'nvidia-utils-470'])
    assert.match(notesAt(t, undefined, 3, word).join('\n'), /GPU \(host driver\)/, word);
  // Other labels and the CUDA toolkit (compilers and libraries, no driver) are nothing.
  assert.deepEqual(notesAt(t, undefined, 4, 'com.nvidia.cuda.version'), []);
  for (const word of ['nvidia-cuda-toolkit', 'nvidia-container-toolkit', 'cuda-toolkit-12-2'])
    assert.deepEqual(notesAt(t, undefined, 5, word), [], word);
  // The legacy form `LABEL key value` names the key first.
  assert.match(notesAt('FROM ubuntu:16.04\nLABEL com.nvidia.volumes.needed nvidia_driver\n', undefined, 1, 'com.nvidia').join('\n'), /GPU/);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('DAHDI: fetched source, the service and its tools are explained, never reported', () => {
  const t = [
    'FROM debian:jessie',
    'RUN wget http://downloads.asterisk.org/pub/telephony/dahdi-linux-complete/dahdi-linux-complete-current.tar.gz && make && service dahdi start',
    'CMD dahdi_cfg -vv && asterisk -f',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'http://downloads.asterisk.org').join('\n'), /DAHDI telephony drivers/);
  assert.match(notesAt(t, undefined, 1, 'service').join('\n'), /\/dev\/dahdi/);
  assert.match(notesAt(t, undefined, 2, 'dahdi_cfg').join('\n'), /out-of-tree kernel modules/);
  assert.deepEqual(notesAt(t, undefined, 2, 'asterisk'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 5: sound (ALSA tools, JACK, a PulseAudio daemon, the audio group), not PulseAudio control or ALSA libraries', () => {
  const t = [
    'FROM alpine:3.13',
    'RUN apk add --no-cache alsa-utils pulseaudio pulseaudio-alsa alsa-lib-dev',
    'RUN addgroup root audio',
    'ENTRYPOINT [ "pulseaudio", "-v" ]',
    'CMD speaker-test -c2 && pulseaudio --check && aplay -l',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'alsa-utils').join('\n'), /Sound devices/);
  assert.match(notesAt(t, undefined, 1, 'pulseaudio-alsa').join('\n'), /--device \/dev\/snd/);
  // The PulseAudio package alone may be a client; the ALSA library only builds against ALSA.
  assert.deepEqual(notesAt(t, undefined, 1, 'pulseaudio '), []);
  assert.deepEqual(notesAt(t, undefined, 1, 'alsa-lib-dev'), []);
  assert.match(notesAt(t, undefined, 2, 'audio').join('\n'), /audio group/);
  // pulseaudio(1): -v is --verbose, so the daemon runs.
  assert.match(notesAt(t, undefined, 3, 'pulseaudio').join('\n'), /Sound devices/);
  assert.match(notesAt(t, undefined, 4, 'speaker-test').join('\n'), /Sound devices/);
  assert.deepEqual(notesAt(t, undefined, 4, 'pulseaudio'), [], '--check only asks a running daemon');
  // Other programs' -v still asks for the version.
  assert.deepEqual(notesAt('FROM alpine\nRUN openvpn -v\n', undefined, 1, 'openvpn'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 5: auditd, SELinux and AppArmor policy, PTP clocks, RDMA: explained, never reported', () => {
  const t = [
    'FROM centos:7',
    'RUN yum install -y audit linuxptp libibverbs-utils perftest rdma-core && yum clean all',
    'RUN setenforce 0',
    'RUN apparmor_parser -r /etc/apparmor.d/usr.sbin.foo && apparmor_parser -QT /etc/apparmor.d/bar',
    'CMD /usr/sbin/auditd -n & ptp4l -i eth0 -m & ib_write_bw -d mlx5_0',
    'RUN git clone https://github.com/ptpd/ptpd.git /opt/ptpd',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'audit').join('\n'), /Kernel audit/);
  assert.match(notesAt(t, undefined, 1, 'linuxptp').join('\n'), /PTP hardware clocks/);
  assert.match(notesAt(t, undefined, 1, 'libibverbs-utils').join('\n'), /RDMA/);
  assert.match(notesAt(t, undefined, 1, 'perftest').join('\n'), /\/dev\/infiniband/);
  assert.match(notesAt(t, undefined, 2, 'setenforce').join('\n'), /SELinux and AppArmor policy/);
  assert.match(notesAt(t, undefined, 3, 'apparmor_parser -r').join('\n'), /CAP_MAC_ADMIN/);
  assert.ok(!notesAt(t, undefined, 3, 'apparmor_parser -QT').some((m) => m.includes('SELinux and AppArmor policy')), '-Q only compiles');
  const cmd = notesAt(t, undefined, 4, 'auditd').join('\n');
  assert.match(cmd, /--pid host/);
  assert.match(cmd, /--cap-add AUDIT_CONTROL/);
  assert.match(notesAt(t, undefined, 4, 'ptp4l').join('\n'), /--cap-add SYS_TIME/);
  assert.match(notesAt(t, undefined, 4, 'ib_write_bw').join('\n'), /RDMA/);
  assert.match(notesAt(t, undefined, 5, 'https://github.com/ptpd').join('\n'), /System clock/);
  for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 87: setsebool changes the running SELinux policy (refused where the container sees no selinuxfs): explained, never reported', () => {
  const t = [
    'FROM quay.io/almalinuxorg/atomic-desktop-kde:10',
    'RUN setsebool -P domain_kernel_load_modules on',
    'RUN setsebool -P httpd_can_network_connect 1 || true',
    '# RUN setsebool -P httpd_can_network_connect_db 1',
    'RUN echo setsebool -P httpd_can_network_connect 1',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'setsebool').join('\n'), /SELinux mode, booleans and AppArmor profiles/);
  assert.match(notesAt(t, undefined, 2, 'setsebool').join('\n'), /SELinux is disabled/);
  // A comment and a word printed by echo are not commands.
  assert.deepEqual(
    analyze(t, undefined).notes.filter((n) => n.range.start.line >= 3 && /SELinux/.test(n.markdown)),
    [],
  );
  for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 5: FRR by image, by its directory (also run through tini) and its daemons file; BIRD copied in', () => {
  const t = [
    'FROM quay.io/frrouting/frr:10.2.5',
    "RUN sed -i 's/^#\\?zebra=.*/zebra=yes/' /etc/frr/daemons",
    'COPY bird /usr/local/sbin/bird',
    'ENTRYPOINT [ "/sbin/tini", "--", "/usr/lib/frr/docker-start" ]',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 0, 'quay.io').join('\n'), /Network configuration/);
  assert.match(notesAt(t, undefined, 1, '/etc/frr/daemons').join('\n'), /Network configuration/);
  assert.match(notesAt(t, undefined, 2, '/usr/local/sbin/bird').join('\n'), /Network configuration/);
  assert.match(notesAt(t, undefined, 3, '/usr/lib/frr/docker-start').join('\n'), /Network configuration/);
  // Another program run by its path is nothing; FRR's config files elsewhere are nothing.
  assert.deepEqual(notesAt('FROM alpine\nCMD ["/usr/local/bin/app"]\n', undefined, 1, '/usr/local/bin/app'), []);
  assert.deepEqual(notesAt('FROM alpine\nCOPY frr.conf /etc/frr/frr.conf\n', undefined, 1, '/etc/frr/frr.conf'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 5: i386 packages (IA-32 emulation), USB/IP, udev rules, the Android emulator under a variable directory, gVisor, multipath', () => {
  const t = [
    'FROM debian:stretch',
    'RUN dpkg --add-architecture i386 && apt-get -y update && apt-get -y install wine wine32 wine-binfmt usbip usbutils',
    'COPY 99-usb.rules /etc/udev/rules.d/99-usb.rules',
    'RUN ${ANDROID_HOME}/tools/emulator -avd test -no-window &',
    'RUN chmod a+rx runsc && mv runsc containerd-shim-runsc-v1 /usr/local/bin && /sbin/mpathconf --enable',
    'RUN apt-get update && apt-get install -y curl && curl -s https://install.zerotier.com/ | bash',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'dpkg').join('\n'), /IA-32 emulation/);
  assert.match(notesAt(t, undefined, 1, 'wine32').join('\n'), /CONFIG_IA32_EMULATION/);
  assert.deepEqual(notesAt(t, undefined, 1, 'wine '), [], 'wine itself may be 64-bit only');
  assert.match(notesAt(t, undefined, 1, 'wine-binfmt').join('\n'), /binfmt_misc/);
  assert.match(notesAt(t, undefined, 1, 'usbip').join('\n'), /USB\/IP/);
  assert.match(notesAt(t, undefined, 1, 'usbutils').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 2, '/etc/udev/rules.d').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 3, '${ANDROID_HOME}').join('\n'), /KVM/);
  assert.match(notesAt(t, undefined, 4, 'runsc containerd').join('\n'), /Process sandboxes/);
  assert.match(notesAt(t, undefined, 4, 'mpathconf').join('\n'), /Device mapper/);
  assert.match(notesAt(t, undefined, 5, 'https://install.zerotier.com').join('\n'), /TUN/);
  // Other dpkg uses and another architecture are nothing; an emulator without a virtual device is nothing.
  assert.deepEqual(notesAt('FROM debian\nRUN dpkg --print-architecture\n', undefined, 1, 'dpkg'), []);
  assert.deepEqual(notesAt('FROM debian\nRUN dpkg --add-architecture arm64\n', undefined, 1, 'dpkg'), []);
  assert.deepEqual(notesAt('FROM debian\nRUN emulator -list-avds\n', undefined, 1, 'emulator'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 6: Wi-Fi access points, BATMAN-adv mesh, fastd, md RAID and disk tools, I2C/GPIO/serial tools, Edge TPU, VPP DPDK plugin', () => {
  const t = [
    'FROM debian:bookworm',
    'RUN apt-get install -y hostapd iw batctl fastd mdadm smartmontools nvme-cli i2c-tools gpiod minicom libedgetpu1-std vpp-plugin-dpdk',
    'RUN pip install smbus-cffi smbus2',
    'CMD hostapd /etc/hostapd.conf && batctl if add wlan0 && i2cdetect -y 1 && gpioinfo && minicom -D /dev/ttyUSB0',
    '',
  ].join('\n');
  for (const [word, pattern] of [
    ['hostapd', /Wi-Fi interfaces \(nl80211\)/],
    ['iw ', /CONFIG_CFG80211/],
    ['batctl', /batman-adv/],
    ['fastd', /TUN/],
    ['mdadm', /Software RAID/],
    ['smartmontools', /Host device/],
    ['nvme-cli', /Host device/],
    ['i2c-tools', /Host device/],
    ['gpiod', /Host device/],
    ['minicom', /Host device/],
    ['libedgetpu1-std', /Host device/],
    ['vpp-plugin-dpdk', /DPDK/],
  ] as const)
    assert.match(notesAt(t, undefined, 1, word).join('\n'), pattern, word);
  assert.match(notesAt(t, undefined, 2, 'smbus-cffi').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 2, 'smbus2').join('\n'), /Host device/);
  for (const [word, pattern] of [
    ['hostapd', /nl80211/],
    ['batctl', /batman-adv/],
    ['i2cdetect', /Host device/],
    ['gpioinfo', /Host device/],
    ['minicom', /Host device/],
  ] as const)
    assert.match(notesAt(t, undefined, 3, word).join('\n'), pattern, word);
  // Explained, not reported, where the kernel part exists (Debian 12, Ubuntu 22.04 build batman-adv, cfg80211 and md
  // as modules); RHEL 8's kernel has "# CONFIG_BATMAN_ADV is not set": using batctl there fails.
  for (const target of ['ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const rhel = findingsOf(t, ID, 'rhel8');
  assert.deepEqual(
    rhel.map((f) => textAt(t, f)),
    ['batctl', 'batctl'],
  );
  assert.match(rhel[0].message, /CONFIG_BATMAN_ADV is not set/);
});

test('sample 6: sysdig and BuildKit images, their daemons; look-alikes stay silent', () => {
  assert.match(notesAt('FROM sysdig/sysdig:0.4.0\n', undefined, 0, 'sysdig').join('\n'), /Sysdig kernel driver/);
  assert.match(notesAt('FROM moby/buildkit:v0.25.1-rootless AS rootless\n', undefined, 0, 'moby').join('\n'), /BuildKit daemon/);
  assert.match(notesAt('FROM alpine\nENTRYPOINT ["buildkitd"]\n', undefined, 1, 'buildkitd').join('\n'), /BuildKit daemon/);
  assert.match(notesAt('FROM debian\nRUN apt-get install -y sysdig\n', undefined, 1, 'sysdig').join('\n'), /Sysdig kernel driver/);
  // A word in a comment or in an echo is not a command; a Python I2C-free package is nothing.
  const quiet =
    'FROM python:3.12\n# RUN apt-get install -y hostapd batctl\nRUN echo "run hostapd and mdadm on the host" && pip install smbus-like-name\n';
  assert.deepEqual(notesAt(quiet, undefined, 2, 'hostapd'), []);
  assert.deepEqual(notesAt(quiet, undefined, 2, 'smbus-like-name'), []);
});

test('sample 7: Waydroid/Anbox need binder (missing on RHEL 8 only); numactl, lm-sensors, cAdvisor explained', () => {
  const t =
    'FROM ubuntu:22.04\nRUN apt-get install -y waydroid numactl lm-sensors\nCMD ["anbox", "session-manager"]\nRUN numactl --interleave=all true && sensors\n';
  assert.match(notesAt(t, undefined, 1, 'waydroid').join('\n'), /binder/);
  assert.match(notesAt(t, undefined, 1, 'numactl').join('\n'), /CONFIG_NUMA/);
  assert.match(notesAt(t, undefined, 1, 'lm-sensors').join('\n'), /hwmon/);
  assert.match(notesAt(t, 'debian-12', 2, 'anbox').join('\n'), /CONFIG_ANDROID_BINDER_IPC=m/);
  assert.match(notesAt(t, undefined, 3, 'sensors').join('\n'), /hwmon/);
  // Ubuntu 22.04 and Debian 12 build binder as a module; RHEL 8's config does not set CONFIG_ANDROID_BINDER_IPC.
  for (const target of ['ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  assert.deepEqual(
    findingsOf(t, ID, 'rhel8').map((f) => textAt(t, f)),
    ['waydroid', '"anbox"'],
  );
  for (const image of ['google/cadvisor:latest', 'gcr.io/cadvisor/cadvisor:v0.49.1'])
    assert.match(notesAt(`FROM ${image}\n`, undefined, 0, 'cadvisor').join('\n'), /cAdvisor/, image);
  assert.match(notesAt('FROM alpine\nENTRYPOINT ["/usr/bin/cadvisor", "-logtostderr"]\n', undefined, 1, 'cadvisor').join('\n'), /cAdvisor/);
});

test('sample 7: CUDA framework images, a renamed NVIDIA installer, ghcr dockur/windows, the ARC dind runner', () => {
  const gpu = [
    'pytorch/pytorch:2.0.0-cuda11.7-cudnn8-devel',
    'tensorflow/tensorflow:2.2.0-gpu',
    'tensorflow/tensorflow:latest-gpu-jupyter',
  ];
  const imageNotes = (image: string) => notesAt(`FROM ${image}\n`, undefined, 0, image.split('/')[0]).join('\n');
  for (const image of gpu) assert.match(imageNotes(image), /GPU \(host driver\)/, image);
  // CPU tags are not GPU images.
  for (const image of ['tensorflow/tensorflow:2.15.0', 'pytorch/pytorch:2.1.0-runtime'])
    assert.doesNotMatch(imageNotes(image), /GPU \(host driver\)/, image);
  const run = 'FROM tianon/steam\nRUN sudo sh /tmp/NVIDIA-DRIVER.run -a -N --ui=none --no-kernel-module\n';
  assert.match(notesAt(run, undefined, 1, '--no-kernel-module').join('\n'), /GPU \(host driver\)/);
  assert.match(notesAt('FROM ghcr.io/dockur/windows:5.14\n', undefined, 0, 'dockur').join('\n'), /KVM/);
  const arc = 'FROM ghcr.io/actions-runner-controller/actions-runner-controller/actions-runner-dind:v2.323.0-ubuntu-22.04\n';
  assert.match(notesAt(arc, undefined, 0, 'actions').join('\n'), /Docker-in-Docker|dockerd/);
});

test('sample 7: squid interception modes written by echo or a heredoc; printed, commented or plain proxy lines stay silent', () => {
  const t =
    'FROM debian:bookworm\nRUN echo "http_port 3129 intercept" >> /etc/squid3/squid.conf\nRUN cat > /etc/squid/squid.conf <<EOF\nhttp_port 3130 tproxy\nEOF\n';
  assert.match(notesAt(t, undefined, 1, 'intercept').join('\n'), /Interception proxy/);
  assert.match(notesAt(t, 'debian-12', 2, '/etc/squid/squid.conf').join('\n'), /TPROXY[\s\S]*CONFIG_NETFILTER_XT_TARGET_TPROXY=m/);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const quiet =
    'FROM debian:bookworm\n# RUN echo "http_port 3129 intercept" >> /etc/squid/squid.conf\nRUN echo "http_port 3129 intercept"\nRUN echo "http_port 3128" >> /etc/squid/squid.conf\nRUN echo "http_port 3129 intercept" >> /etc/notes.txt\n';
  for (const line of [2, 3, 4]) assert.deepEqual(notesAt(quiet, undefined, line, 'http_port'), [], `line ${line}`);
});

test('sample 8: PF_RING, Alpine bpftrace-tools, IPMI, NUT and gpsd installs explained; the ntop repository package is not PF_RING', () => {
  const t =
    'FROM ubuntu:22.04\nRUN apt-get install -y pfring nprobe\nRUN apk add bpftrace-tools freeipmi nut gpsd\nRUN apt-get install -y /tmp/apt-ntop.deb\n';
  assert.match(notesAt(t, undefined, 1, 'pfring').join('\n'), /PF_RING/);
  assert.match(notesAt(t, undefined, 2, 'bpftrace-tools').join('\n'), /BPF|tracing/i);
  for (const word of ['freeipmi', 'nut', 'gpsd']) assert.match(notesAt(t, undefined, 2, word).join('\n'), /Host device/, word);
  assert.deepEqual(notesAt(t, undefined, 3, 'apt-ntop'), []);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 8: ROCm images and ollama:rocm need the host amdgpu driver; the CPU ollama image does not', () => {
  const imageNotes = (image: string) => notesAt(`FROM ${image}\n`, undefined, 0, image.split('/')[0]).join('\n');
  for (const image of [
    'rocm/pytorch:rocm7.1_ubuntu22.04_py3.10_pytorch_release_2.8.0',
    'rocm/rocm-terminal',
    'ollama/ollama:rocm',
    'rocm/vllm:latest',
  ])
    assert.match(imageNotes(image), /GPU \(host driver\)/, image);
  for (const image of ['ollama/ollama:latest', 'ollama/ollama']) assert.doesNotMatch(imageNotes(image), /GPU \(host driver\)/, image);
});

test('sample 8: node-problem-detector reads /dev/kmsg; flanneld, smartd and the MLNX_OFED installer explained', () => {
  for (const image of ['registry.k8s.io/node-problem-detector/node-problem-detector:v0.8.12', 'k8s.gcr.io/node-problem-detector:v0.8.0'])
    assert.match(notesAt(`FROM ${image}\n`, undefined, 0, 'node-problem-detector').join('\n'), /Kernel log/, image);
  assert.match(notesAt('FROM alpine\nVOLUME /dev/kmsg\n', undefined, 1, '/dev/kmsg').join('\n'), /Kernel log/);
  const t =
    'FROM alpine:3.7\nENTRYPOINT ["flanneld"]\nFROM alpine:3.7\nCMD ["/usr/sbin/smartd", "-n"]\nRUN MLNX_OFED_LINUX-4.4/mlnxofedinstall --user-space-only --force\n';
  assert.match(notesAt(t, undefined, 1, 'flanneld').join('\n'), /Virtual network interfaces/);
  assert.match(notesAt(t, undefined, 3, 'smartd').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 4, 'mlnxofedinstall').join('\n'), /RDMA/);
  for (const target of ['ubuntu-22.04', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 24: kube-vip, multus-daemon and start-ovs as the command; debootstrap and containerlab installs explained', () => {
  const t =
    'FROM scratch\nENTRYPOINT ["/kube-vip"]\nFROM scratch\nRUN kube-vip manifest pod --arp\nCMD ["/usr/src/multus-cni/bin/multus-daemon"]\nCMD ["start-ovs"]\nRUN apt-get install -y debootstrap live-build squashfs-tools\nRUN bash -c "$(curl -sL https://get.containerlab.dev)"\nCMD ["/usr/bin/containerlab", "help"]\n';
  assert.match(notesAt(t, undefined, 1, '/kube-vip').join('\n'), /Virtual service addresses.*\n\n.*NET_RAW/);
  assert.deepEqual(notesAt(t, undefined, 3, 'kube-vip'), [], 'kube-vip manifest at build time only prints YAML');
  assert.match(notesAt(t, undefined, 4, 'multus-daemon').join('\n'), /CNI plugins/);
  assert.match(notesAt(t, 'ubuntu-22.04', 5, 'start-ovs').join('\n'), /Open vSwitch[\s\S]*CONFIG_OPENVSWITCH/);
  assert.match(notesAt(t, undefined, 6, 'debootstrap').join('\n'), /Mounting filesystems/);
  assert.match(notesAt(t, undefined, 6, 'live-build').join('\n'), /Mounting filesystems/);
  assert.deepEqual(notesAt(t, undefined, 6, 'squashfs-tools'), []);
  assert.match(notesAt(t, undefined, 7, 'https://get.containerlab.dev').join('\n'), /Virtual network interfaces/);
  assert.deepEqual(notesAt(t, undefined, 8, 'containerlab'), []);
  for (const image of [
    'ghcr.io/kube-vip/kube-vip:v0.8.9',
    'ghcr.io/kube-vip/kube-vip-iptables:v0.8.9',
    'plndr/kube-vip:0.3.1',
    'quay.io/metallb/speaker:v0.14.9',
  ])
    assert.match(notesAt(`FROM ${image}\n`, undefined, 0, image.split('/')[0]).join('\n'), /Virtual service addresses/, image);
  for (const target of ['ubuntu-22.04', 'rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  // Weave Net's router and weave script by their paths in its images; another program under /home/weave is not Weave's.
  const weave =
    'FROM alpine:3.10\nENTRYPOINT ["/home/weave/weaver"]\nCMD ["/home/weave/sigproxy", "/home/weave/weave"]\nFROM alpine:3.10\nCMD ["/home/weave/app"]\n';
  assert.match(notesAt(weave, undefined, 1, '/home/weave/weaver').join('\n'), /Weave Net router/);
  assert.match(notesAt(weave, undefined, 2, '/home/weave/weave"').join('\n'), /Weave Net router/);
  assert.deepEqual(notesAt(weave, undefined, 4, '/home/weave/app'), []);
});

test('sample 8: FreeIPMI and ipmitool over the LAN use no local device; BCC cloned with a trailing slash is still BCC', () => {
  const lan = 'FROM debian:12\nCMD ["ipmi-sensors", "--hostname=bmc1.example.org"]\nRUN ipmitool -I lanplus -H 10.0.0.5 sensor\n';
  assert.deepEqual(notesAt(lan, undefined, 1, 'ipmi-sensors'), []);
  assert.deepEqual(notesAt(lan, undefined, 2, 'ipmitool'), []);
  assert.match(notesAt('FROM debian:12\nCMD ["ipmi-sensors"]\n', undefined, 1, 'ipmi-sensors').join('\n'), /Host device/);
  const bcc = 'FROM ubuntu:20.04\nRUN git clone http://github.com/iovisor/bcc/ -b v0.24.0\n';
  assert.match(notesAt(bcc, undefined, 1, 'iovisor').join('\n'), /BCC|bcc/);
});

test('sample 8 validation: ROCm packages and amdgpu-install, apcupsd explained; their look-alikes stay silent', () => {
  const t =
    'FROM ubuntu:24.04\nRUN apt-get install -y ./amdgpu-install_6.3.60304-1_all.deb && apt-get install -y rocm rocm-hip-runtime apcupsd\nRUN amdgpu-install --usecase=rocm --no-dkms -y\nCMD ["apcupsd", "-b"]\n';
  for (const word of ['rocm rocm-hip', 'rocm-hip-runtime'])
    assert.match(notesAt(t, undefined, 1, word).join('\n'), /GPU \(host driver\)/, word);
  assert.match(notesAt(t, undefined, 1, 'apcupsd').join('\n'), /Host device/);
  assert.match(notesAt(t, undefined, 2, 'amdgpu-install').join('\n'), /GPU \(host driver\)/);
  assert.match(notesAt(t, undefined, 3, 'apcupsd').join('\n'), /Host device/);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  // A package whose name only contains rocm is not ROCm.
  assert.deepEqual(notesAt('FROM ubuntu:24.04\nRUN apt-get install -y rocminfo-docs-example\n', undefined, 1, 'rocminfo'), []);
});

test('sample 9: Jetson L4T images, VPN interfaces named in checks, Nebula, tinc, Cilium/Calico agents, XDP and Kata explained', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM nvcr.io/nvidia/l4t-pytorch:r32.5.0-pth1.7-py3\n', 0, 'l4t-pytorch', /Jetson \(L4T\)/],
    ['FROM dustynv/ros:foxy-ros-base-l4t-r32.6.1\n', 0, 'ros', /Jetson \(L4T\)/],
    ['FROM alpine:3.20\nHEALTHCHECK CMD ip link show wg0\n', 1, 'ip', /Virtual network interfaces/],
    ['FROM alpine\nHEALTHCHECK --interval=60s CMD ifconfig tun0 || exit 1\n', 1, 'ifconfig', /TUN\/TAP/],
    ['FROM alpine\nHEALTHCHECK CMD ping -c 1 -I tun0 8.8.8.8\n', 1, 'ping', /TUN\/TAP/],
    ['FROM alpine:3.19\nCOPY --from=build /go/nebula/nebula /bin/nebula\n', 1, '/go/nebula/nebula', /TUN\/TAP/],
    ['FROM alpine\nRUN apk add --no-cache tinc-pre\n', 1, 'tinc-pre', /TUN\/TAP/],
    ['FROM gke.gcr.io/cilium/cilium:v1.11.1\n', 0, 'cilium', /Cilium agent/],
    ['FROM calico/node\n', 0, 'calico', /Calico node agent/],
    ['FROM alpine\nCOPY --from=b /out/xdp-loader /root/bin/\n', 1, 'xdp-loader', /BPF and kernel tracing/],
    ['FROM busybox\nRUN wget ${KATA_URL}/kata-runtime\n', 1, 'kata-runtime', /KVM/],
    ['FROM fedora:latest\nCMD [ "snort", "-i", "wlp2s0", "-c", "/etc/snort/snort.conf" ]\n', 1, 'snort', /Host network interface/],
    ['FROM centos:7\nRUN yum -y install /tmp/strongswan*.rpm\n', 1, 'strongswan', /IPsec/],
    ['FROM centos:7\nCMD ["/usr/sbin/strongswan", "start", "--nofork"]\n', 1, 'strongswan', /IPsec/],
    // Validation rows: DeepStream's Jetson image, Weave Net, kube-router.
    ['FROM nvcr.io/nvidia/deepstream-l4t:6.0.1-triton\n', 0, 'deepstream-l4t', /Jetson \(L4T\)/],
    ['FROM weaveworks/weave-kube:2.8.1\n', 0, 'weave-kube', /Weave Net/],
    ['FROM alpine:3.16\nENTRYPOINT ["/home/weave/launch.sh"]\n', 1, 'launch.sh', /Weave Net/],
    ['FROM alpine\nENTRYPOINT ["/kube-router"]\n', 1, 'kube-router', /IPVS/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
});

test('sample 9 look-alikes stay silent: container interfaces, other registries, plain names', () => {
  const quiet = [
    'FROM alpine\nHEALTHCHECK CMD ip link show eth0\n',
    'FROM alpine\nHEALTHCHECK CMD ping -c 1 -I eth0 8.8.8.8 || exit 1\n',
    'FROM alpine\nRUN ip link show\n',
    'FROM dustynv/jetson-containers-docs:latest\n',
    'FROM nvidia/cuda-l4t-lookalike:12.0\n',
    'FROM alpine\nCMD ["tcpdump", "-i", "eth0", "-w", "/data/x.pcap"]\n',
    'FROM alpine\nRUN tcpdump -r /data/enp3s0.pcap\n',
    'FROM debian:12\nRUN apt-get install -y tint2 tintin++\n',
    'FROM nvcr.io/nvidia/deepstream:6.1-triton\n',
    'FROM alpine\nENTRYPOINT ["/home/weaver/launch.sh"]\n',
  ];
  const cards = /TUN\/TAP|Virtual network interfaces|Jetson \(L4T\)|Host network interface|Cilium|Calico|TUN device|Weave Net/;
  for (const t of quiet) {
    assert.deepEqual(
      analyze(t).notes.filter((n) => cards.test(n.markdown)),
      [],
      t,
    );
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
});

test('sample 10: writes under /sys and /proc/sys are kernel settings; a /sys write in RUN fails at build time', () => {
  const t =
    'FROM redis:7\nRUN echo never > /sys/kernel/mm/transparent_hugepage/enabled\nCMD echo 1 > /proc/sys/vm/overcommit_memory && exec redis-server\nRUN echo never > /sys/kernel/mm/transparent_hugepage/defrag || true\nCMD sysctl -w vm.overcommit_memory=1\n';
  assert.match(notesAt(t, undefined, 1, '/sys/kernel').join('\n'), /Kernel tunables/);
  assert.match(notesAt(t, undefined, 2, '/proc/sys').join('\n'), /Kernel tunables/);
  assert.match(notesAt(t, undefined, 4, 'sysctl').join('\n'), /Kernel tunables/);
  for (const target of ['ubuntu-22.04', 'rhel8']) {
    const f = findingsOf(t, ID, target);
    assert.deepEqual(
      f.map((x) => textAt(t, x)),
      ['/sys/kernel/mm/transparent_hugepage/enabled'],
      target,
    );
    assert.match(f[0].message, /^This write fails at build time: a docker build step has no writable \/sys\..*Set it on the host/);
  }
  // Text that only mentions the path, a comment, a file written at build time for rc.local: nothing.
  const quiet =
    'FROM redis:7\n# RUN echo never > /sys/kernel/mm/transparent_hugepage/enabled\nRUN echo "never > /sys/kernel/mm/transparent_hugepage/enabled"\nRUN echo "echo never > /sys/kernel/mm/transparent_hugepage/enabled" >> /etc/rc.local\n';
  for (const line of [1, 2]) assert.deepEqual(notesAt(quiet, undefined, line, 'never'), [], String(line));
  // The rc.local text is no sysfs write at build time: its one note (systemd-init's) says only an init runs rc.local.
  const rcLocal = notesAt(quiet, undefined, 3, 'never');
  assert.equal(rcLocal.length, 1);
  assert.match(rcLocal[0], /only when an init system boots/);
  assert.deepEqual(findingsOf(quiet, ID, 'ubuntu-22.04'), []);
});

test('sample 10: ptrace users explained, attaching adds SYS_PTRACE; installing them is silent', () => {
  const t =
    'FROM alpine:3.19\nCMD ["strace", "-f", "-p", "1"]\nCMD ["gdbserver", ":1234", "./app"]\nCMD py-spy record -o p.svg -- python app.py\n';
  const attach = notesAt(t, undefined, 1, 'strace').join('\n');
  assert.match(attach, /Process tracing/);
  assert.match(attach, /run with `docker run --cap-add SYS_PTRACE`/);
  assert.match(notesAt(t, undefined, 2, 'gdbserver').join('\n'), /ptrace/);
  assert.doesNotMatch(notesAt(t, undefined, 3, 'py-spy').join('\n'), /run with `docker run --cap-add SYS_PTRACE`/);
  assert.match(notesAt(t, undefined, 3, 'py-spy').join('\n'), /Process tracing/);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const quiet = 'FROM python:3.12\nRUN apt-get install -y strace gdb && pip install py-spy\nCMD gdb -batch -ex bt ./app core\n';
  assert.deepEqual(notesAt(quiet, undefined, 1, 'strace'), []);
  assert.deepEqual(notesAt(quiet, undefined, 1, 'py-spy'), []);
  assert.deepEqual(notesAt(quiet, undefined, 2, 'gdb'), []);
});

test("sample 10: Chrome, Chromium and Electron runs and --no-sandbox explain Chromium's sandbox; installs and strings do not", () => {
  const t =
    'FROM debian:12\nCMD ["google-chrome-stable", "--headless", "--no-sandbox"]\nENV DEFAULT_LAUNCH_ARGS=["--no-sandbox", "--disable-gpu"]\nCMD xvfb-run -a electron .\n';
  assert.match(notesAt(t, undefined, 1, 'google-chrome-stable').join('\n'), /Chromium's Linux sandbox/);
  assert.match(notesAt(t, undefined, 1, '--no-sandbox').join('\n'), /user namespaces/);
  assert.match(notesAt(t, undefined, 2, 'DEFAULT_LAUNCH_ARGS').join('\n'), /Chromium's Linux sandbox/);
  assert.match(notesAt(t, undefined, 3, 'electron').join('\n'), /Chromium's Linux sandbox/);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const quiet =
    'FROM node:20\nRUN apt-get install -y google-chrome-stable chromium\nRUN echo \'{"args": ["--no-sandbox"]}\' > /puppeteer.json\n# we need --no-sandbox here\n';
  for (const [line, word] of [
    [1, 'chromium'],
    [3, '--no-sandbox'],
  ] as const)
    assert.deepEqual(notesAt(quiet, undefined, line, word), [], word);
  // The echoed text is written to a JSON file as Puppeteer's launch options (mermaid-cli's -p): a configuration
  // write, explained like squid.conf's, where the same words in a comment are not.
  assert.match(notesAt(quiet, undefined, 2, '--no-sandbox').join('\n'), /Chromium's Linux sandbox/);
  assert.deepEqual(findingsOf(quiet, ID, 'debian-12'), []);
});

test('sample 10: an AppImage mounts itself through FUSE, which no build step has; extracting needs none', () => {
  const t = 'FROM ubuntu:22.04\nRUN ./linuxdeploy-x86_64.AppImage --appdir AppDir --output appimage\nCMD ["./app.AppImage"]\n';
  for (const target of ['ubuntu-22.04', 'rhel8']) {
    const f = findingsOf(t, ID, target);
    assert.deepEqual(
      f.map((x) => textAt(t, x)),
      ['./linuxdeploy-x86_64.AppImage'],
      target,
    );
    assert.match(f[0].message, /no \/dev\/fuse.*--appimage-extract-and-run/);
  }
  assert.match(notesAt(t, undefined, 2, 'app.AppImage').join('\n'), /FUSE/);
  for (const quiet of [
    'FROM ubuntu:22.04\nRUN ./nvim.appimage --appimage-extract && mv squashfs-root /opt/nvim\n',
    'FROM ubuntu:22.04\nRUN APPIMAGE_EXTRACT_AND_RUN=1 ./linuxdeploy-x86_64.AppImage --appdir AppDir\n',
    'FROM ubuntu:22.04\nENV APPIMAGE_EXTRACT_AND_RUN=1\nRUN ./appimagetool-x86_64.AppImage AppDir out.AppImage\n',
    'FROM ubuntu:22.04\nRUN ./linuxdeploy-x86_64.AppImage --appdir AppDir || true\n',
  ])
    assert.deepEqual(findingsOf(quiet, ID, 'ubuntu-22.04'), [], quiet);
  const extracted = 'FROM ubuntu:22.04\nRUN ./nvim.appimage --appimage-extract\n';
  assert.deepEqual(notesAt(extracted, undefined, 1, 'nvim.appimage'), []);
});

test('sample 10: raised limits, memory locking, JVM huge pages, date -s and dmesg explained; look-alikes silent', () => {
  const t =
    'FROM docker.elastic.co/elasticsearch/elasticsearch:8.11.0\nCMD ulimit -l unlimited && exec elasticsearch\nENV bootstrap.memory_lock=true\nENV JAVA_TOOL_OPTIONS="-Xmx1g -XX:+UseTransparentHugePages"\nCMD date -s "2024-01-01" && dmesg -w\n';
  assert.match(notesAt(t, undefined, 1, 'ulimit').join('\n'), /Resource limits/);
  assert.match(notesAt(t, undefined, 2, 'bootstrap').join('\n'), /Resource limits/);
  assert.match(notesAt(t, undefined, 3, '-XX:+UseTransparent').join('\n'), /Huge pages/);
  assert.match(notesAt(t, undefined, 4, 'date').join('\n'), /System clock/);
  assert.match(notesAt(t, undefined, 4, 'dmesg').join('\n'), /Kernel log/);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  assert.deepEqual(
    findingsOf('FROM alpine\nRUN date -s "2024-01-01"\n', ID, 'ubuntu-22.04').map((f) => f.message.slice(0, 50)),
    ['`date` fails at build time: a docker build step ha'],
  );
  const quiet =
    'FROM eclipse-temurin:21\nCMD ulimit -a && exec java -XX:LargePageSizeInBytes=2m -jar app.jar\nENV bootstrap.memory_lock=false\nRUN date +%Y%m%d > /build-date\n';
  assert.deepEqual(notesAt(quiet, undefined, 1, 'ulimit'), []);
  assert.deepEqual(notesAt(quiet, undefined, 1, 'LargePageSizeInBytes'), []);
  assert.deepEqual(notesAt(quiet, undefined, 2, 'bootstrap'), []);
  assert.deepEqual(notesAt(quiet, undefined, 3, 'date'), []);
});

test('sample 10 validation: Electron through a package runner keeps the sandbox; adding the package does not', () => {
  for (const cmd of ['CMD ["yarn", "run", "electron", "."]', 'CMD npx electron .', 'CMD pnpm exec electron .'])
    assert.match(notesAt(`FROM node:20\n${cmd}\n`, undefined, 1, 'electron').join('\n'), /Chromium's Linux sandbox/, cmd);
  for (const cmd of ['RUN yarn add electron', 'RUN npx electron-builder --linux', 'RUN yarn run build-electron'])
    assert.deepEqual(notesAt(`FROM node:20\n${cmd}\n`, undefined, 1, 'electron'), [], cmd);
});

test('sample 12: the Podman images and the static Podman image, a CAN interface handed to a program', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM mgoltzsche/podman:5.7.0\n', 0, 'podman', /Containers inside a container/],
    ['FROM mgoltzsche/podman:minimal\n', 0, 'podman', /Containers inside a container/],
    ['FROM quay.io/containers/podman:v5.2\n', 0, 'podman', /Containers inside a container/],
    ['FROM quay.io/podman/upstream\n', 0, 'upstream', /Containers inside a container/],
    ['FROM python:3.8-slim\nCMD python3 app.py -s spec.yml -i can0 -m 1\n', 1, 'python3', /SocketCAN/],
    ['FROM debian:12\nCMD ["socketcand", "-v", "-i", "vcan0,can1"]\n', 1, 'socketcand', /SocketCAN/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
});

test('sample 12 look-alikes stay silent: the remote Podman client, kaniko, a can0 only echoed or as a file name', () => {
  const quiet = [
    'FROM mgoltzsche/podman:5.7.0-remote\n',
    'FROM gcr.io/kaniko-project/executor:v1.18.0-debug\n',
    "FROM python:3.11\nRUN echo 'bring up can0 first'\n",
    'FROM python:3.11\nCMD ["python3", "replay.py", "--log", "can0.log"]\n',
    'FROM alpine\nCMD ["tcpdump", "-i", "can0"]\n',
  ];
  const cards = /Containers inside a container|SocketCAN/;
  for (const t of quiet) {
    assert.deepEqual(
      analyze(t).notes.filter((n) => cards.test(n.markdown)),
      [],
      t,
    );
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
});

test('sample 12 validation: an image run by the Docker CLI, KMM kmod-image trees under /opt/lib/modules', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM docker:stable\nCMD docker run --privileged --rm tonistiigi/binfmt --install all\n', 1, 'tonistiigi/binfmt', /binfmt_misc/],
    ['FROM docker:stable\nRUN docker run --rm --privileged multiarch/qemu-user-static --reset -p yes\n', 1, 'multiarch', /binfmt_misc/],
    ['FROM alpine\nCMD ["podman", "container", "run", "--privileged", "docker:dind"]\n', 1, 'docker:dind', /Docker in Docker|dind/i],
    ['FROM alpine:latest\nCOPY --from=BUILD /kmod /opt/lib/modules/$KERNEL_VERSION/nvidia/\n', 1, '/opt/lib', /Kernel module files/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
  const quiet = [
    'FROM docker:stable\nCMD docker run --rm alpine echo tonistiigi/binfmt\n',
    // Pulling the binfmt image runs nothing (CMD: a RUN `docker pull` fails for want of a daemon, tested above).
    'FROM docker:stable\nCMD docker pull tonistiigi/binfmt && docker images\n',
    'FROM alpine\nCOPY app /opt/app/lib/modules-cache/\n',
  ];
  for (const t of quiet) {
    assert.deepEqual(
      analyze(t).notes.filter((n) => /binfmt_misc|Kernel module files/.test(n.markdown)),
      [],
      t,
    );
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
});

test('sample 13: route add/del, qemu-bridge-helper ACL, LIBVA_DRIVER_NAME, gcsfuse, sshfs volume plugin, strongSwan source, V4L2 tools', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM ubuntu\nCMD route add -net 10.0.14.0/24 gw 10.0.17.3 && sleep infinity\n', 1, 'route', /Network configuration/],
    ['FROM alpine\nRUN echo "allow virbr0" >> /etc/qemu/bridge.conf\n', 1, '/etc/qemu', /TUN\/TAP/],
    ['FROM ubuntu:20.04\nENV LIBVA_DRIVER_NAME iHD\n', 1, 'LIBVA', /GPU/],
    ['FROM nginx:1.11\nRUN apt-get -y install gcsfuse\n', 1, 'gcsfuse', /FUSE/],
    ['FROM alpine\nCMD ["docker-volume-sshfs"]\n', 1, 'docker-volume', /FUSE/],
    ['FROM buildpack-deps:jessie\nRUN curl -SL "https://download.strongswan.org/strongswan-$V.tar.gz" | tar -zx\n', 1, 'https', /IPsec/],
    ['FROM python:3\nRUN tar -xjf strongswan-$STRONGSWAN_VERSION.tar.bz2\n', 1, 'strongswan-', /IPsec/],
    ['FROM debian:12\nRUN ./configure --enable-kernel-libipsec && make\n', 1, '--enable-kernel', /TUN\/TAP/],
    ['FROM ubuntu:18.04\nENTRYPOINT [ "/usr/local/bin/v4l2rtspserver" ]\n', 1, 'v4l2rtspserver', /Host device/],
    ['FROM ubuntu:20.04\nENTRYPOINT [ "/usr/local/bin/v4l2compress" ]\n', 1, 'v4l2compress', /Host device/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
  // A route change in RUN fails: no build step has CAP_NET_ADMIN.
  const build = 'FROM ubuntu\nRUN sudo route add -net 10.0.14.0/24 gw 10.0.17.3\n';
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) {
    const f = findingsOf(build, ID, target);
    assert.equal(f.length, 1, target);
    assert.match(f[0].message, /fails at build time.*NET_ADMIN/);
    assert.equal(textAt(build, f[0]), 'route');
  }
});

test('sample 13 look-alikes stay silent: route only shown, qemu.conf, other LIBVA variables, gcsfuse named in echo', () => {
  const quiet = [
    'FROM ubuntu\nRUN route -n\n',
    'FROM ubuntu\nCMD ["route"]\n',
    'FROM alpine\nRUN echo "user = root" >> /etc/libvirt/qemu.conf.d/x\n',
    'FROM ubuntu\nENV LIBVA_MESSAGING_LEVEL 0\n',
    "FROM alpine\nRUN echo 'install gcsfuse on the host'\n",
    'FROM alpine\nRUN ./configure --enable-openssl --enable-eap-tls\n',
    'FROM alpine\nCOPY v4l2-notes.txt /docs/\n',
  ];
  const cards = /Network configuration|TUN\/TAP|GPU \(host driver\)|FUSE|IPsec|Host device/;
  for (const t of quiet) {
    assert.deepEqual(
      analyze(t).notes.filter((n) => cards.test(n.markdown)),
      [],
      t,
    );
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
});

test('sample 13 validation: the osixia/keepalived image and RPi.GPIO from Debian, Raspbian and Alpine packages', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM osixia/keepalived:latest\n', 0, 'osixia', /keepalived/],
    ['FROM raspbian/fpixel\nRUN apt-get install -y python-rpi.gpio\n', 1, 'python-rpi', /Host device/],
    ['FROM debian:12\nRUN apt-get install -y python3-rpi.gpio\n', 1, 'python3-rpi', /Host device/],
    ['FROM alpine:3.20\nRUN apk add py3-rpigpio\n', 1, 'py3-rpigpio', /Host device/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
  const quiet = ['FROM osixia/openldap:1.5.0\n', 'FROM debian:12\nRUN apt-get install -y python3-gpiozero-doc\n'];
  for (const t of quiet) {
    assert.deepEqual(
      analyze(t).notes.filter((n) => /keepalived \(VRRP|Host device/.test(n.markdown)),
      [],
      t,
    );
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
});

test('CI images that run dockerd: Drone plugins/docker (not its windows tags), summerwind dind runners, Nestybox systemd-docker; drone-docker', () => {
  for (const image of [
    'plugins/docker',
    'plugins/docker:linux-arm',
    'summerwind/actions-runner-dind:latest',
    'summerwind/actions-runner-dind-rootless:v2.299.1-ubuntu-22.04',
    'nestybox/ubuntu-bionic-systemd-docker',
  ]) {
    const t = `FROM ${image}\nRUN true\n`;
    assert.ok(
      analyze(t).notes.some((n) => n.range.start.line === 0 && /Docker-in-Docker/.test(n.markdown)),
      image,
    );
  }
  for (const image of [
    'plugins/docker:windows-1809-amd64',
    'plugins/base:multiarch',
    'summerwind/actions-runner:latest',
    'nestybox/ubuntu-focal-systemd',
  ]) {
    const t = `FROM ${image}\nRUN true\n`;
    assert.ok(!analyze(t).notes.some((n) => n.range.start.line === 0 && /Docker-in-Docker/.test(n.markdown)), image);
  }
  const t = 'FROM alpine\nENTRYPOINT ["/bin/drone-docker"]\n';
  assert.match(notesAt(t, undefined, 1, '/bin/drone-docker').join('\n'), /Docker-in-Docker/);
  assert.equal(notesAt('FROM alpine\nRUN echo drone-docker\n', undefined, 1, 'drone-docker').join('\n'), '');
});

test('sample 15: ROCm and Neuron/Gaudi variables and images, NGC PyTorch, Intel GPU tools, ceph-fuse, hailo-all, chrt, samba-ad-dc', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM rocm/dev-ubuntu-24.04:6.4.1\nENV HSA_OVERRIDE_GFX_VERSION=11.0.0\n', 1, 'HSA_OVERRIDE', /GPU \(host driver\)/],
    ['FROM rocm/pytorch:latest\nENV HIP_VISIBLE_DEVICES=0\n', 1, 'HIP_VISIBLE', /GPU \(host driver\)/],
    ['FROM ubuntu:22.04\nENV ROCR_VISIBLE_DEVICES 0\n', 1, 'ROCR_VISIBLE', /GPU \(host driver\)/],
    ['FROM nvcr.io/nvidia/pytorch:20.12-py3\n', 0, 'nvidia/pytorch', /GPU \(host driver\)/],
    ['FROM public.ecr.aws/neuron/pytorch-inference-neuronx:1.13.1-neuronx-py310-sdk2.18.1-ubuntu20.04\n', 0, 'neuron', /Host device/],
    ['FROM vault.habana.ai/gaudi-docker/1.21.1/rhel9.4/habanalabs/pytorch-installer-2.6.0:latest\n', 0, 'gaudi', /Host device/],
    ['FROM ubuntu:22.04\nENV HABANA_VISIBLE_DEVICES=all\n', 1, 'HABANA', /Host device/],
    ['FROM ubuntu:22.04\nRUN apt install intel-gpu-tools -y\n', 1, 'intel-gpu-tools', /GPU \(host driver\)/],
    ['FROM qnib/ceph-base\nRUN apt-get install -y ceph-fuse\n', 1, 'ceph-fuse', /FUSE/],
    ['FROM python:3.11-slim-bookworm\nRUN apt-get install -y hailo-all\n', 1, 'hailo-all', /Host device/],
    ['FROM clearlinux:latest\nCMD ["chrt", "-f", "99", "./fastAF"]\n', 1, 'chrt', /Real-time scheduling/],
    ['FROM ubuntu:noble\nRUN apt install -y samba samba-ad-dc\n', 1, 'samba-ad-dc', /Security extended attributes/],
    [
      'FROM ubuntu:22.04\nRUN wget https://github.com/intel/compute-runtime/releases/download/24.26.30049.6/intel-opencl-icd_24.26.30049.6_amd64.deb && dpkg -i *.deb\n',
      1,
      'https',
      /GPU \(host driver\)/,
    ],
    [
      'FROM ubuntu:22.04\nRUN wget https://github.com/intel/linux-npu-driver/releases/download/v1.5.0/intel-level-zero-npu_1.5.0.20240619-9582784383_ubuntu22.04_amd64.deb\n',
      1,
      'https',
      /Host device/,
    ],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
});

test('sample 15 look-alikes stay silent: chrt only printing, ROCm variables in comments, plain samba, Gaudi-like names elsewhere', () => {
  const quiet = [
    'FROM ubuntu\nRUN chrt -m\n',
    'FROM ubuntu\nCMD ["chrt", "-p", "1"]\n',
    'FROM ubuntu\n#ENV HSA_OVERRIDE_GFX_VERSION="10.3.0"\n',
    'FROM ubuntu:noble\nRUN apt install -y samba smbclient\n',
    'FROM debian:bookworm\nENTRYPOINT ["/opt/swtpm/bin/swtpm"]\n',
    'FROM example/gaudi-docker-notes:1\n',
    'FROM ubuntu:22.04\nRUN wget https://example.com/pool/main/n/nginx/nginx_1.24.0-1_amd64.deb && dpkg -i nginx_1.24.0-1_amd64.deb\n',
    'FROM ubuntu:22.04\nRUN wget https://github.com/intel/compute-runtime/releases/download/24.26.30049.6/intel-opencl-icd-dbgsym_24.26.30049.6_amd64.ddeb\n',
  ];
  const cards = /GPU \(host driver\)|Host device|Real-time scheduling|Security extended attributes/;
  for (const t of quiet) {
    assert.deepEqual(
      analyze(t).notes.filter((n) => cards.test(n.markdown)),
      [],
      t,
    );
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
});

test('sample 16: -XX:+UseNUMA, Electron and libuv variables, cyclictest, capsh, udevd, Intel PCM and rdmsr, Pktgen-DPDK', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM openjdk:11\nCMD ["java", "-server", "-XX:+UseNUMA", "-jar", "app.jar"]\n', 1, '-XX:+UseNUMA', /NUMA placement/],
    ['FROM eclipse-temurin:21\nENV JAVA_TOOL_OPTIONS="-XX:+UseNUMA -Xmx1g"\n', 1, 'JAVA_TOOL_OPTIONS', /NUMA placement/],
    ['FROM node:20\nENV ELECTRON_DISABLE_SANDBOX=1\n', 1, 'ELECTRON_DISABLE_SANDBOX', /Chromium's Linux sandbox/],
    ['FROM node:20-alpine\nENV UV_USE_IO_URING=0\n', 1, 'UV_USE_IO_URING', /libuv's io_uring/],
    ['FROM debian:bookworm\nENTRYPOINT ["cyclictest"]\n', 1, 'cyclictest', /Real-time scheduling/],
    [
      'FROM alpine:3.22\nENTRYPOINT ["capsh", "--caps=cap_net_raw+eip", "--user=app", "--addamb=cap_net_raw", "--exec=/app/x"]\n',
      1,
      'capsh',
      /capability sets/,
    ],
    ['FROM ubuntu:22.04\nRUN /lib/systemd/systemd-udevd --daemon && udevadm trigger\n', 1, 'systemd-udevd', /udev in a container/],
    ['FROM ubuntu:22.04\nRUN /lib/systemd/systemd-udevd --daemon && udevadm trigger\n', 1, 'udevadm', /udev in a container/],
    [
      'FROM fedora:40\nENTRYPOINT [ "/usr/local/bin/pcm-sensor-server", "-p", "9738", "-r" ]\n',
      1,
      'pcm-sensor-server',
      /model-specific registers/,
    ],
    ['FROM ubuntu:22.04\nRUN apt-get install -y msr-tools\n', 1, 'msr-tools', /model-specific registers/],
    ['FROM nff-go-base\nCMD ["./pktgen", "-c", "0x1ff", "-n", "4", "--", "-P"]\n', 1, 'pktgen', /DPDK/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
  // rdmsr in a build step has no /dev/cpu; the kernel side is the host's msr driver.
  assert.equal(findingsOf('FROM ubuntu:22.04\nRUN rdmsr 0x1a0\n', ID, 'debian-12').length, 1);
  // The variables only mention io_uring: a host without it (RHEL 8) is not reported.
  assert.deepEqual(findingsOf('FROM node:20-alpine\nENV UV_USE_IO_URING=0\n', ID, 'rhel8'), []);
});

test('sample 16 look-alikes stay silent: capsh only printing, udevadm info, pktgen without EAL options, options in comments', () => {
  const quiet = [
    'FROM alpine\nRUN capsh --print\n',
    'FROM ubuntu\nRUN udevadm info --query=all --name=/dev/sda || true\n',
    'FROM ubuntu\nCMD ["pktgen", "--help"]\n',
    'FROM openjdk:11\n# CMD ["java", "-XX:+UseNUMA", "-jar", "app.jar"]\n',
    'FROM node:20\n#ENV ELECTRON_DISABLE_SANDBOX=1\n',
  ];
  const cards = /NUMA placement|capability sets|udev in a container|model-specific registers|DPDK|Chromium's Linux sandbox/;
  for (const t of quiet) {
    assert.deepEqual(
      analyze(t).notes.filter((n) => cards.test(n.markdown)),
      [],
      t,
    );
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
});

test('a start script copied from the context but not passed: its stage installs name what it may start, on the script word', () => {
  const t =
    'FROM alpine:3.22\nRUN apk add --no-cache iptables tinc\nCOPY docker-entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n';
  const n = notesAt(t, 'debian-12', 3, '/entrypoint.sh').join('\n');
  assert.match(n, /\*\*Start script not shown\*\* \(`docker-entrypoint\.sh`\)/);
  assert.match(n, /TUN\/TAP device \(\/dev\/net\/tun\)\*\*: package `tinc`/);
  assert.match(n, /Netfilter \(iptables\/nftables\)\*\*: package `iptables`\n/, 'the package and its program are listed once');
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), [], 'explained, never reported');
  // With the script's text the analysis reads it instead, and says nothing about what it cannot see.
  const read = analyzeDocument(t, {
    target: resolveTarget({ cli: { target: 'debian-12' } }).target,
    today: new Date('2026-11-26T00:00:00Z'),
    contextFiles: new Map([['docker-entrypoint.sh', '#!/bin/sh\nexec tincd --no-detach\n']]),
  });
  assert.ok(!read.notes.some((x) => x.markdown.includes('Start script not shown')));
  // Nothing installed that names a facility, or a script of another stage: no note.
  const plain = 'FROM alpine:3.22\nRUN apk add --no-cache curl\nCOPY entrypoint.sh /e.sh\nENTRYPOINT ["/e.sh"]\n';
  assert.ok(!notesAt(plain, 'debian-12', 3, '/e.sh').some((x) => x.includes('Start script not shown')));
  const earlier = 'FROM alpine:3.22 AS vpn\nRUN apk add tinc\nCOPY e.sh /e.sh\nENTRYPOINT ["/e.sh"]\nFROM alpine:3.22\nCMD ["sh"]\n';
  assert.ok(!notesAt(earlier, 'debian-12', 3, '/e.sh').some((x) => x.includes('Start script not shown')));
});

test('a start script in a stage built on another stage reads what that stage prepared (FROM containerd-base AS cind)', () => {
  const t =
    'FROM golang:1.17-bullseye AS base\nFROM base AS containerd-base\nRUN apt-get update -y && apt-get install -y fuse\n' +
    'FROM containerd-base AS cind\nCOPY ./script/cind/ /\nENTRYPOINT ["/entrypoint.sh"]\n';
  const n = notesAt(t, 'debian-12', 5, '/entrypoint.sh').join('\n');
  assert.match(n, /\*\*Start script not shown\*\* \(`script\/cind\/entrypoint\.sh`\)[\s\S]*FUSE \(\/dev\/fuse\)\*\*: package `fuse`/);
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
  // A stage the final one is not built on (a builder only copied from) adds nothing.
  const copied =
    'FROM debian:12 AS tools\nRUN apt-get install -y fuse\nFROM debian:12\nCOPY --from=tools /usr/bin/fusermount /usr/bin/\nENTRYPOINT ["/entrypoint.sh"]\n';
  assert.ok(!notesAt(copied, 'debian-12', 4, '/entrypoint.sh').some((x) => /FUSE \(\/dev\/fuse\)\*\*: package/.test(x)));
});

test('TCP Fast Open asked of a Shadowsocks program is the network namespace sysctl; without the flag nothing', () => {
  const t = 'FROM alpine:3.22\nCMD ss-local -s "$SERVER" -p 8388 -b 0.0.0.0 -l 1080 --fast-open\n';
  assert.match(notesAt(t, 'rhel8', 1, 'ss-local').join('\n'), /net\.ipv4\.tcp_fastopen.*0x2/s);
  assert.deepEqual(findingsOf(t, ID, 'rhel8'), []);
  const rust = 'FROM alpine:3.22\nCMD ssservice server -s "0.0.0.0:8388" --tcp-fast-open\n';
  assert.match(notesAt(rust, 'debian-12', 1, 'ssservice').join('\n'), /TCP Fast Open/);
  const plain = 'FROM alpine:3.22\nCMD ss-server -s 0.0.0.0 -p 8388 -u\n';
  assert.ok(!notesAt(plain, 'debian-12', 1, 'ss-server').some((x) => x.includes('TCP Fast Open')));
});

test('sample 17 programs: TUN VPNs, Edge, SDR decoders (not readsb --net-only), VirtualBox, Docker Desktop, shorewall', () => {
  const has = (cmd: string, re: RegExp) => {
    const t = `FROM debian:13\nCMD ${cmd}\n`;
    assert.match(notesAt(t, 'debian-12', 1, cmd.split(' ')[0]).join('\n'), re, cmd);
  };
  has('hans -f -s 10.1.2.0 -p secret', /TUN\/TAP device/);
  has('shadowvpn -c /etc/shadowvpn/server.conf', /TUN\/TAP device/);
  has('dsvpn server vpn.key auto 443', /TUN\/TAP device/);
  has('microsoft-edge --headless', /Chromium's Linux sandbox/);
  has('acarsdec -r 0 131.525', /Host device/);
  has('readsb --device-type rtlsdr', /Host device/);
  has('VBoxManage startvm vm1', /VirtualBox kernel modules/);
  has('/opt/docker-desktop/bin/com.docker.backend --with-frontend', /KVM/);
  has('shorewall start', /Netfilter/);
  has('motion -n', /Host device/);
  const net = 'FROM debian:13\nCMD readsb --net-only --net-connector feeder,30005,beast_in\n';
  assert.deepEqual(notesAt(net, 'debian-12', 1, 'readsb'), []);
});

test('an fstab entry for the nfsd filesystem, and WireGuard compat sources, are explained', () => {
  const fstab = 'FROM alpine:3.22\nRUN echo "nfsd /proc/fs/nfsd nfsd defaults 0 0" >> /etc/fstab\n';
  assert.match(notesAt(fstab, 'debian-12', 1, 'nfsd /proc').join('\n'), /Kernel NFS server/);
  const other = 'FROM alpine:3.22\nRUN echo "tmpfs /tmp tmpfs defaults 0 0" >> /etc/fstab\n';
  assert.ok(!notesAt(other, 'debian-12', 1, 'tmpfs').some((x) => x.includes('NFS')));
  const wg = 'FROM debian:13\nRUN git clone https://git.zx2c4.com/wireguard-linux-compat.git /wireguard\n';
  assert.match(notesAt(wg, 'debian-12', 1, 'https').join('\n'), /Virtual network interfaces/);
  assert.deepEqual(findingsOf(wg, ID, 'rhel8'), []);
});

test('an opaque start script names the programs its stage installs under their own name; the adb server reaches USB devices', () => {
  const t =
    'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y google-chrome-stable\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n';
  assert.match(
    notesAt(t, 'debian-12', 3, '/entrypoint.sh').join('\n'),
    /Chromium's Linux sandbox\*\*: package `google-chrome-stable` \(its program\)/,
  );
  // Installing it alone is still no use.
  assert.ok(!notesAt(t, 'debian-12', 1, 'google-chrome-stable').some((x) => x.includes('sandbox')));
  const adb = 'FROM alpine:3.22\nCMD ["adb", "-a", "-P", "5037", "server", "nodaemon"]\n';
  assert.match(notesAt(adb, 'debian-12', 1, 'adb').join('\n'), /Host device/);
  const client = 'FROM alpine:3.22\nCMD ["adb", "connect", "10.0.0.2:5555"]\n';
  assert.deepEqual(notesAt(client, 'debian-12', 1, 'adb'), []);
});

test('Wi-Fi monitor-mode capture: kismet and aircrack-ng explain the host wireless stack on hover, never warn', () => {
  const kismet = 'FROM debian:12\nCMD ["kismet", "--no-ncurses"]\n';
  assert.match(notesAt(kismet, 'debian-12', 1, 'kismet').join('\n'), /nl80211/);
  const airmon = 'FROM alpine:3.22\nRUN apk add --no-cache aircrack-ng bash\nENTRYPOINT ["airmon-ng", "start", "wlan0"]\n';
  assert.match(notesAt(airmon, 'rhel8', 1, 'aircrack-ng').join('\n'), /monitor/);
  assert.match(notesAt(airmon, 'rhel8', 2, 'airmon-ng').join('\n'), /nl80211/);
  for (const target of ['debian-12', 'rhel8', 'ubuntu-22.04']) {
    assert.deepEqual(findingsOf(kismet, ID, target), [], target);
    assert.deepEqual(findingsOf(airmon, ID, target), [], target);
  }
  // the words in an echo are data
  const echo = 'FROM debian:12\nRUN echo "run kismet or airmon-ng on the host"\n';
  assert.deepEqual(notesAt(echo, 'debian-12', 1, 'kismet'), []);
});

test('sample 21: the binfmt installer, the iptables wrapper, Cilium datapath sources and runtime base; RUN --security=insecure', () => {
  const t = [
    'FROM quay.io/cilium/cilium-runtime:ad71fe7980638d9b7d4c57fc07604cea9a0a1371',
    'RUN ./iptables-wrapper-installer.sh --no-sanity-check',
    'COPY bpf/ /var/lib/cilium/bpf/',
    'COPY --from=binfmt /go/bin/binfmt /usr/bin/binfmt',
    'ENTRYPOINT [ "/usr/bin/binfmt" ]',
    'RUN --security=insecure /usr/bin/test -test.v',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 0, 'cilium-runtime').join('\n'), /Cilium agent/);
  const wrapper = notesAt(t, undefined, 1, 'iptables-wrapper-installer.sh').join('\n');
  assert.match(wrapper, /Netfilter/);
  assert.match(wrapper, /only installs the wrapper/);
  assert.match(notesAt(t, undefined, 2, '/var/lib/cilium/bpf/').join('\n'), /Cilium agent/);
  assert.match(notesAt(t, undefined, 4, '/usr/bin/binfmt').join('\n'), /binfmt_misc/);
  assert.match(notesAt(t, undefined, 5, '--security=insecure').join('\n'), /without BuildKit's sandbox/);
  // Installing the wrapper changes no rule, and the flag is the builder's business: explained, never reported.
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  // Not the program: a word in an echo, a path that only starts the same, a RUN without the flag.
  const u = [
    'FROM alpine:3.20',
    'RUN echo binfmt iptables-wrapper',
    'COPY bpf/ /var/lib/cilium/bpf-old/',
    'RUN --network=host true',
    '',
  ].join('\n');
  assert.deepEqual(notesAt(u, undefined, 1, 'binfmt'), []);
  // (A folder named for BPF is explained by its name, not as Cilium's datapath.)
  assert.doesNotMatch(notesAt(u, undefined, 2, '/var/lib/cilium/bpf-old/').join('\n'), /Cilium/);
  assert.deepEqual(notesAt(u, undefined, 3, '--network=host'), []);
});

test("jemalloc's --with-lg-page: the host kernel's page size explained on the option, never reported", () => {
  const t = ['FROM alpine:3.24', 'RUN ./autogen.sh --with-lg-page=16 && make', 'RUN ./configure --with-lg-quantum=4 && make', ''].join(
    '\n',
  );
  assert.match(notesAt(t, undefined, 1, '--with-lg-page=16').join('\n'), /Unsupported system page size/);
  assert.deepEqual(notesAt(t, undefined, 2, '--with-lg-quantum=4'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('Z-Wave JS UI installed with npm or run by name: its USB stick is a host device; other npm packages are not', () => {
  const t = [
    'FROM alpine:3.24',
    'RUN npm install -g "zwave-js-ui@${ZWAVEJS_UI_VERSION}"',
    'RUN npm install -g zwave-js-ui-helper && npm i zwave-js',
    'CMD ["zwave-js-ui"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'zwave-js-ui').join('\n'), /Z-Wave USB stick/);
  assert.deepEqual(notesAt(t, undefined, 2, 'zwave-js-ui-helper'), []);
  assert.match(notesAt(t, undefined, 3, 'zwave-js-ui').join('\n'), /Host device/);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test("QEMU's binfmt registration script ADDed beside a start script not shown: the start word names binfmt_misc", () => {
  const t = [
    'FROM busybox:1.37',
    'ADD ./register.sh /register',
    'ADD https://raw.githubusercontent.com/qemu/qemu/e75941331e4cdc05878119e08635ace437aae721/scripts/qemu-binfmt-conf.sh /qemu-binfmt-conf.sh',
    'ENTRYPOINT ["/register"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 3, '/register').join('\n'), /Start script not shown[\s\S]*binfmt_misc/);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  // Without the registration script, the same start script names nothing.
  const u = ['FROM busybox:1.37', 'ADD ./register.sh /register', 'ENTRYPOINT ["/register"]', ''].join('\n');
  assert.doesNotMatch(notesAt(u, undefined, 2, '/register').join('\n'), /binfmt_misc/);
});

test('s390-tools (DASD, zcrypt, qeth tools for the host kernel drivers of IBM Z) is explained as host devices, never reported', () => {
  const t = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y s390-tools s390-tools-data\n';
  assert.match(notesAt(t, undefined, 1, 's390-tools').join('\n'), /Host device/);
  assert.deepEqual(notesAt(t, undefined, 1, 's390-tools-data'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test("Puppeteer launch options written to a JSON file with --no-sandbox: Chromium's sandbox explained, never reported", () => {
  const t = [
    'FROM node:22-bookworm',
    `RUN echo '{"args": ["--no-sandbox"]}' > /puppeteer.json`,
    `RUN echo '{"args": []}' > /quiet.json && echo '--no-sandbox' > /notes.txt`,
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, '{"args"').join('\n'), /Chromium's Linux sandbox/);
  assert.deepEqual(notesAt(t, undefined, 2, '{"args"'), []);
  assert.deepEqual(notesAt(t, undefined, 2, "'--no-sandbox'"), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('system-container tools (sample 20): kubeadm and kubelet packages, kind releases, host daemons, binfmt.d, imklog, LVM without udev', () => {
  const t = [
    'FROM ubuntu:22.04',
    'RUN apt-get install -y kubeadm="${V#v}"-00 kubelet kubectl containerd.io strace dhcpcd5',
    'RUN curl -Lo ./kind https://kind.sigs.k8s.io/dl/v0.10.0/kind-linux-amd64 && pip install fusepy',
    "RUN sed -i 's/^\\($ModLoad imklog\\)/#\\1/' /etc/rsyslog.conf && sed -i 's/udev_sync = 1/udev_sync = 0/' /etc/lvm/lvm.conf",
    'COPY qemu.conf /etc/binfmt.d/qemu.conf',
    'RUN echo "kubelet strace imklog udev_sync" > /README',
    'CMD ["/usr/bin/qemu-ga", "-p", "/dev/vport0p1"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'kubeadm').join('\n'), /Kubernetes node in a container/);
  assert.deepEqual(notesAt(t, undefined, 1, 'kubectl'), [], 'the client talks to a cluster; it runs nothing');
  assert.match(notesAt(t, undefined, 1, 'containerd.io').join('\n'), /Docker-in-Docker/);
  assert.deepEqual(notesAt(t, undefined, 1, 'strace'), [], 'installing a tracer is silent (sample 10); running it is the use');
  assert.match(notesAt(t, undefined, 1, 'dhcpcd5').join('\n'), /CAP_NET_ADMIN/);
  assert.match(notesAt(t, undefined, 2, 'kind.sigs').join('\n'), /Kubernetes node/);
  assert.match(notesAt(t, undefined, 2, 'fusepy').join('\n'), /\/dev\/fuse/);
  assert.match(notesAt(t, undefined, 3, 'imklog').join('\n'), /Kernel log/);
  assert.match(notesAt(t, undefined, 3, 'udev_sync').join('\n'), /Device mapper/);
  assert.match(notesAt(t, undefined, 4, '/etc/binfmt.d').join('\n'), /binfmt_misc/);
  assert.deepEqual(notesAt(t, undefined, 5, 'kubelet'), [], 'words in an echo are not uses');
  assert.match(notesAt(t, undefined, 6, 'vport0p1').join('\n'), /Host device/);
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target} has every kernel part`);
  // Linux 3.10 without a config lacks OverlayFS (4.0): kubeadm, kubelet and containerd.io are reported where installed.
  assert.deepEqual(
    findingsOf(t, ID, '3.10').map((f) => textAt(t, f)),
    ['kubeadm="${V#v}"-00', 'kubelet', 'containerd.io'],
  );
});

test('host hardware daemons at start: acpid, rngd (CAP_SYS_ADMIN for RNDADDENTROPY), tcsd, dhcpcd, binfmt', () => {
  for (const [cmd, re] of [
    ['acpid', /Host device/],
    ['rngd', /SYS_ADMIN/],
    ['tcsd', /Host device/],
    ['dhcpcd', /Network configuration/],
    ['binfmt', /binfmt_misc/],
  ] as const) {
    const t = `FROM scratch\nCMD ["/sbin/${cmd}", "-f"]\n`;
    assert.match(notesAt(t, undefined, 1, cmd).join('\n'), re, cmd);
  }
});

test("a package list written for `install $(cat packages.txt)` names packages; kind's validate_userns edited out is explained", () => {
  const t = [
    'FROM quay.io/centos/centos:stream9',
    'RUN echo "attr ceph-fuse rbd-nbd"  >> packages.txt',
    'RUN echo "ceph-fuse is mentioned here" >> /NOTES.txt',
    'RUN dnf install -y $(cat packages.txt)',
    "RUN sed -i 's/^validate_userns$/# validate_userns/' /usr/local/bin/entrypoint",
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'ceph-fuse').join('\n'), /FUSE \(\/dev\/fuse\)[\s\S]*listed in `packages.txt`/);
  assert.deepEqual(notesAt(t, undefined, 2, 'ceph-fuse'), [], 'a file that is not a package list');
  assert.match(notesAt(t, undefined, 4, 'validate_userns').join('\n'), /Kubernetes node in a container/);
  for (const target of ['debian-12', 'rhel8', '3.10']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: explained only`);
});

test('Prometheus node_exporter (command and images) reads the host kernel through mounted /proc and /sys: explained only', () => {
  const t =
    'FROM quay.io/prometheus/node-exporter:v1.8.2\nENTRYPOINT ["/bin/node_exporter", "--path.procfs", "/host/proc", "--path.sysfs", "/host/sys"]\n';
  assert.match(notesAt(t, undefined, 1, 'node_exporter').join('\n'), /--pid=host/);
  assert.match(notesAt(t, undefined, 0, 'node-exporter').join('\n'), /Host metrics/);
  for (const target of ['debian-12', 'rhel8', '3.10']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test("LinuxKit's org.mobyproject.config label is the runtime settings the image gets: explained, other labels are nothing", () => {
  const t =
    'FROM scratch\nLABEL org.mobyproject.config=\'{"pid": "host", "capabilities": ["CAP_SYS_BOOT"]}\'\nLABEL org.opencontainers.image.title=x\n';
  assert.match(notesAt(t, undefined, 1, 'org.mobyproject.config').join('\n'), /LinuxKit system container/);
  assert.deepEqual(notesAt(t, undefined, 2, 'org.opencontainers'), []);
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('firmware is loaded by the host kernel from the host: packages, /lib/firmware and staged firmware trees are explained only', () => {
  const t =
    'FROM debian:12\nRUN apt-get install -y firmware-misc-nonfree curl\nCOPY fw/ /lib/firmware/\nRUN mkdir -p /out/lib/firmware && ./copy-firmware.sh /out/lib/firmware\nRUN echo /lib/firmware\n';
  assert.match(notesAt(t, undefined, 1, 'firmware-misc-nonfree').join('\n'), /mount namespace of init/);
  assert.deepEqual(notesAt(t, undefined, 1, 'curl'), []);
  assert.match(notesAt(t, undefined, 2, '/lib/firmware').join('\n'), /Device firmware/);
  assert.match(notesAt(t, undefined, 3, '/out/lib/firmware').join('\n'), /Device firmware/);
  assert.deepEqual(notesAt(t, undefined, 4, '/lib/firmware'), [], 'echo prints a word');
  for (const target of ['debian-12', 'rhel8', '3.10']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('a build script not shown, run in a Docker-in-Docker stage: the note says a build step is not privileged; elsewhere nothing', () => {
  const t =
    'FROM ghcr.io/nestybox/ubuntu-focal-systemd-docker:latest\nCOPY kube-pull.sh /usr/bin/\nRUN chmod +x /usr/bin/kube-pull.sh && kube-pull.sh v1.20.2\n';
  assert.match(
    notesAt(t, undefined, 2, 'kube-pull.sh v1').join('\n'),
    /Build script not shown[\s\S]*Docker-in-Docker[\s\S]*not privileged/,
  );
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const plain = 'FROM node:20\nCOPY build.sh /usr/bin/\nRUN build.sh\n';
  assert.ok(!notesAt(plain, undefined, 2, 'build.sh').some((m) => m.includes('Build script not shown')));
  // With the script read from the build context, its own commands speak instead.
  const r = analyzeDocument(t, {
    today: new Date('2026-11-26T00:00:00Z'),
    target: resolveTarget({ cli: { target: 'debian-12' } }).target,
    contextFiles: new Map([['kube-pull.sh', '#!/bin/sh\ndockerd &\nsleep 2\n']]),
  });
  assert.ok(!r.notes.some((n) => n.markdown.includes('Build script not shown')));
  assert.ok(
    r.findings.some((f) => f.ruleId === ID && f.range.start.line === 2),
    'dockerd in a build step is reported',
  );
});

test('supervisord as the command in a Docker-in-Docker stage: its programs may use what the stage prepares; a plain stage says nothing', () => {
  const t =
    'FROM ubuntu:bionic\nRUN apt-get install -y docker-ce docker-ce-cli containerd.io supervisor\nCOPY supervisord.conf /etc/supervisor/conf.d/supervisord.conf\nCMD ["/usr/bin/supervisord"]\n';
  assert.match(notesAt(t, undefined, 3, 'supervisord').join('\n'), /starts the programs its configuration names[\s\S]*Docker-in-Docker/);
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const plain = 'FROM python:3.12\nRUN pip install supervisor\nCMD ["supervisord", "-n"]\n';
  assert.deepEqual(notesAt(plain, undefined, 2, 'supervisord'), []);
});

test('a start script handed a program runs it: ENTRYPOINT ["/entrypoint.sh", "dockerd"]; options and modes are not programs', () => {
  const t = [
    'FROM alpine:3.20',
    'COPY entrypoint.sh /entrypoint.sh',
    'ENTRYPOINT ["/entrypoint.sh", "dockerd"]',
    'CMD ["/usr/local/bin/docker-entrypoint.sh", "tailscaled", "--state=mem:"]',
    'CMD /start.sh dockerd --host=unix:///var/run/docker.sock',
    '',
  ].join('\n');
  assert.ok(notesAt(t, undefined, 2, 'dockerd').some((m) => m.includes('**Docker-in-Docker**')));
  assert.ok(notesAt(t, undefined, 3, 'tailscaled').some((m) => /tun/i.test(m)));
  assert.ok(notesAt(t, undefined, 4, 'dockerd').some((m) => m.includes('**Docker-in-Docker**')));
  // Arguments that are options, variables or the build's own words stay silent.
  const quiet = ['FROM alpine:3.20', 'ENTRYPOINT ["/entrypoint.sh", "--dockerd"]', 'RUN ./build.sh dockerd', ''].join('\n');
  assert.deepEqual(notesAt(quiet, undefined, 1, 'dockerd'), []);
  assert.deepEqual(notesAt(quiet, undefined, 2, 'dockerd'), []);
});

test('Ceph kernel client: mount -t ceph judged by config (openSUSE Leap 16.0 has no CONFIG_CEPH_FS), rbd map, cephcsi; storage tools copied in', () => {
  const t = [
    'FROM quay.io/ceph/ceph:v19',
    'CMD rbd map mypool/img && mount -t ceph mon1:/ /mnt/cephfs',
    'ENTRYPOINT ["/usr/local/bin/cephcsi"]',
    'RUN rbd ls mypool',
    'COPY --from=cbuilder /usr/local/sbin/nvme /usr/local/bin/spdk_* /usr/local/bin/',
    '',
  ].join('\n');
  const leap = findingsOf(t, ID, 'opensuse-leap-16');
  assert.deepEqual(
    leap.map((x) => [x.severity, textAt(t, x), x.range.start.line]),
    [['warning', 'mount', 1]],
  );
  assert.match(leap[0].message, /lacks CephFS kernel client/);
  assert.deepEqual(findingsOf(t, ID, 'ubuntu-22.04'), []);
  const rbd = notesAt(t, 'opensuse-leap-16', 1, 'rbd').join('\n');
  assert.match(rbd, /\*\*Ceph kernel client/);
  assert.match(rbd, /CONFIG_BLK_DEV_RBD=m\), not loaded on demand: `rbd map` loads it with modprobe/);
  assert.ok(notesAt(t, undefined, 2, 'cephcsi').some((m) => m.includes('**Ceph kernel client')));
  assert.deepEqual(notesAt(t, undefined, 3, 'rbd'), []);
  assert.ok(notesAt(t, undefined, 4, 'nvme').length > 0);
  assert.ok(notesAt(t, undefined, 4, 'spdk_').some((m) => /DPDK|huge/i.test(m)));
  // seaweedfs's apt-install wrapper installs like apt-get install.
  const sw = 'FROM ubuntu:22.04\nRUN apt-install curl fio fuse ca-certificates\n';
  assert.ok(notesAt(sw, undefined, 1, 'fuse').some((m) => /FUSE/.test(m)));
});

test('a start script whose text is not shown, in an image that copies in an eBPF agent: the note names the agent; without one nothing', () => {
  const t =
    'FROM golang:1.26 AS builder\nRUN go build -o /src/bin/beyla ./cmd/beyla\nFROM ubuntu:24.04\nCOPY --from=builder /src/bin/beyla /beyla\nCOPY --from=builder /beyla_wrapper.sh /beyla_wrapper.sh\nENTRYPOINT [ "/beyla_wrapper.sh" ]\n';
  assert.match(notesAt(t, undefined, 5, 'beyla_wrapper').join('\n'), /may run programs this image carries[\s\S]*BPF and kernel tracing/);
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const plain =
    'FROM golang:1.26 AS builder\nFROM ubuntu:24.04\nCOPY --from=builder /out/app /app\nCOPY --from=builder /run.sh /run.sh\nENTRYPOINT ["/run.sh"]\n';
  assert.deepEqual(notesAt(plain, undefined, 4, 'run.sh'), []);
  // With the script read from the build context, its own commands speak instead.
  const read = 'FROM ubuntu:24.04\nCOPY beyla /beyla\nCOPY wrapper.sh /wrapper.sh\nENTRYPOINT ["/wrapper.sh"]\n';
  const r = analyzeDocument(read, {
    today: new Date('2026-11-26T00:00:00Z'),
    target: resolveTarget({ cli: { target: 'debian-12' } }).target,
    contextFiles: new Map([['wrapper.sh', '#!/bin/sh\nexec /beyla "$@"\n']]),
  });
  assert.ok(!r.notes.some((n) => n.markdown.includes('may run programs this image carries')));
});

test("Docker's static archive: `install docker/*` brings dockerd (explained), `docker/docker` alone is the CLI; ARC's dind start scripts", () => {
  const all = 'FROM ubuntu:24.04\nRUN tar zxvf docker.tgz && install -o root -g root -m 755 docker/* /usr/bin/\n';
  assert.match(notesAt(all, 'rhel8', 1, 'docker/*').join('\n'), /Docker-in-Docker/);
  const cli = 'FROM ubuntu:24.04\nRUN tar zxvf docker.tgz && install -o root -g root -m 755 docker/docker /usr/bin/docker\n';
  assert.deepEqual(notesAt(cli, 'rhel8', 1, 'docker/docker'), []);
  for (const t of [all, cli]) assert.deepEqual(findingsOf(t, ID, 'debian-12'), []);
  const arc =
    'FROM ubuntu:22.04\nCOPY entrypoint-dind-rootless.sh /usr/bin/\nENTRYPOINT ["/bin/bash", "-c"]\nCMD ["entrypoint-dind-rootless.sh"]\n';
  assert.match(notesAt(arc, 'debian-12', 3, 'entrypoint-dind-rootless').join('\n'), /Docker-in-Docker/);
  const rootless = 'FROM ubuntu:22.04\nRUN curl -fsSL https://get.docker.com/rootless | sh\n';
  assert.match(notesAt(rootless, 'debian-12', 1, 'get.docker.com').join('\n'), /Docker-in-Docker/);
});

test('eBPF agents, Kepler and node-problem-detector as the command: BPF for ig and coroot-node-agent, RAPL for Kepler, /dev/kmsg for the kernel monitor', () => {
  for (const agent of ['ig', 'coroot-node-agent', 'gpu-ebpf-bridge']) {
    const t = `FROM alpine:3.22\nENTRYPOINT ["/usr/bin/${agent}"]\n`;
    assert.match(notesAt(t, 'rhel8', 1, agent).join('\n'), /BPF and kernel tracing[\s\S]*CONFIG_BPF_SYSCALL/, agent);
    assert.deepEqual(findingsOf(t, ID, 'rhel8'), [], agent);
    assert.equal(findingsOf(t, ID, '3.10').length, 1, `${agent} on 3.10`);
  }
  const kepler = 'FROM registry.access.redhat.com/ubi9:latest\nENTRYPOINT ["/usr/bin/kepler"]\n';
  const k = notesAt(kepler, 'rhel8', 1, 'kepler').join('\n');
  assert.match(k, /powercap/);
  assert.doesNotMatch(k, /BPF/);
  const npd = 'FROM debian:12\nENTRYPOINT ["/node-problem-detector", "--config.system-log-monitor=/config/kernel-monitor.json"]\n';
  assert.match(notesAt(npd, 'rhel8', 1, 'node-problem-detector').join('\n'), /Kernel log/);
  const other = 'FROM debian:12\nENTRYPOINT ["/node-problem-detector", "--config.system-log-monitor=/config/docker-monitor.json"]\n';
  assert.deepEqual(notesAt(other, 'rhel8', 1, 'node-problem-detector'), []);
  const hook = 'FROM busybox\nENTRYPOINT ["/bin/container-hook"]\n';
  assert.match(notesAt(hook, 'debian-12', 1, 'container-hook').join('\n'), /fanotify[\s\S]*--cap-add SYS_ADMIN/);
  assert.deepEqual(findingsOf(hook, ID, 'rhel8'), []);
  const dlv = 'FROM alpine:3.22\nENTRYPOINT [ "/dlv", "--listen=:2345", "--headless=true", "exec", "/beyla" ]\n';
  assert.match(notesAt(dlv, 'rhel8', 1, '/beyla').join('\n'), /BPF and kernel tracing/);
});

test('sample 25: Cloud TPU pip extras and vLLM device, the host NVIDIA volume on PATH, fuse-overlayfs storage, kselftest', () => {
  const cases: [string, number, string, RegExp][] = [
    [
      'FROM python:3.10\nRUN pip install "jax[tpu]" -f https://storage.googleapis.com/jax-releases/libtpu_releases.html\n',
      1,
      'jax',
      /Cloud TPU/,
    ],
    ['FROM python:3.10\nRUN pip install libtpu\n', 1, 'libtpu', /Cloud TPU/],
    ['FROM vllm/vllm-tpu:v0.13.2\nENV VLLM_TARGET_DEVICE=tpu\n', 1, 'VLLM_TARGET', /Cloud TPU/],
    ['FROM ubuntu:22.04\nENV VLLM_TARGET_DEVICE=cuda\n', 1, 'VLLM_TARGET', /GPU \(host driver\)/],
    ['FROM ubuntu:jammy\nENV PATH=$PATH:/usr/local/nvidia/bin\n', 1, 'PATH', /GPU \(host driver\)/],
    [
      'FROM ubuntu:22.04\nRUN printf \'[storage.options.overlay]\\nmount_program = "/usr/bin/fuse-overlayfs"\\n\' > /etc/containers/storage.conf\n',
      1,
      'mount_program',
      /FUSE/,
    ],
    ['FROM ubuntu:24.04\nCMD ["/bin/bash", "-c", "./run_kselftest.sh -c pidfd"]\n', 1, 'run_kselftest', /Kernel selftests/],
    // The TPU extra matches only itself: JAX's CUDA extra is the GPU build (sample 40).
    ['FROM python:3.10\nRUN pip install "jax[cuda12]"\n', 1, 'jax', /GPU \(host driver\)/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
  const quiet: [string, string][] = [
    ['FROM python:3.10\nRUN pip install jax\n', 'jax'],
    ['FROM ubuntu:22.04\nENV VLLM_TARGET_DEVICE=cpu\n', 'VLLM_TARGET'],
    ['FROM ubuntu:22.04\nENV PATH=$PATH:/usr/local/nvidia-tools/bin\n', 'PATH'],
    ['FROM ubuntu:22.04\nRUN printf \'mount_program = "/usr/bin/fuse-overlayfs"\\n\' > /tmp/notes.txt\n', 'mount_program'],
  ];
  for (const [t, word] of quiet) assert.equal(notesAt(t, undefined, 1, word).join('\n'), '', t);
});

test('debootstrap mounts proc and sysfs in the new root: explained (SYS_ADMIN), not with --foreign or fakechroot; never reported', () => {
  const t =
    'FROM debian:13\nRUN debootstrap bookworm /target\nRUN debootstrap --foreign bookworm /t2 && debootstrap --variant=fakechroot bookworm /t3\nENTRYPOINT ["debootstrap"]\n';
  const build = notesAt(t, undefined, 1, 'debootstrap').join('\n');
  assert.match(build, /Mounting filesystems/);
  assert.match(build, /proc and sysfs/);
  assert.deepEqual(notesAt(t, undefined, 2, 'debootstrap'), []);
  assert.match(notesAt(t, 'debian-12', 3, 'debootstrap').join('\n'), /--cap-add SYS_ADMIN/);
  assert.deepEqual(findingsOf(t, ID), []);
  assert.deepEqual(findingsOf(t, ID, 'rhel8'), []);
});

test('Bluetooth bindings installed with pip (bleak, PyBluez, bluepy) explain the host adapter; never reported', () => {
  const t = 'FROM python:3.11\nRUN pip3 install "bleak>=0.11.0"\nRUN pip install PyBluez bluepy==1.3.0 requests\n';
  assert.match(notesAt(t, undefined, 1, 'bleak').join('\n'), /Bluetooth \(host adapter\)/);
  assert.match(notesAt(t, undefined, 2, 'PyBluez').join('\n'), /Bluetooth/);
  assert.match(notesAt(t, undefined, 2, 'bluepy').join('\n'), /Bluetooth/);
  assert.deepEqual(notesAt(t, undefined, 2, 'requests'), []);
  assert.deepEqual(findingsOf(t, ID, 'rhel8'), []);
});

test('sample 34: a host agent told where the host root is, monitoring agents by name, lm_sensors and hdparm', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM alpine:3.23\nENV NRIA_OVERRIDE_HOST_ROOT /host\n', 1, 'NRIA_OVERRIDE_HOST_ROOT', /Host monitoring agent/],
    ['FROM alpine:3.23\nENV NRIA_OVERRIDE_HOST_PROC=/host/proc\n', 1, 'NRIA_OVERRIDE_HOST_PROC', /Host monitoring agent/],
    ['FROM alpine:3.23\nCMD ["/usr/bin/newrelic-infra-service"]\n', 1, '/usr/bin/newrelic-infra-service', /Host monitoring agent/],
    ['FROM scratch\nENTRYPOINT ["/otelcol-ebpf-profiler"]\n', 1, '/otelcol-ebpf-profiler', /BPF/],
    ['FROM alpine:3.23\nRUN apk add --no-cache lm_sensors\n', 1, 'lm_sensors', /hwmon/],
    ['FROM debian:12\nRUN apt-get install -y hdparm\n', 1, 'hdparm', /Host device/],
    ['FROM ubuntu:22.04\nRUN apt-get install -y datacenter-gpu-manager-4-core\n', 1, 'datacenter-gpu-manager-4-core', /GPU/],
    ['FROM ubuntu:22.04\nENTRYPOINT ["/usr/bin/dcgm-exporter"]\n', 1, '/usr/bin/dcgm-exporter', /GPU/],
    ['FROM scratch\nENTRYPOINT ["/bin/process-exporter"]\n', 1, '/bin/process-exporter', /Host monitoring agent/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
});

test('sample 34 look-alikes stay silent: an empty host root in either ENV form, NVIDIA_VISIBLE_DEVICES void in the legacy form', () => {
  const quiet = [
    'FROM alpine:3.23\nENV NRIA_OVERRIDE_HOST_ROOT ""\n',
    'FROM alpine:3.23\nENV NRIA_OVERRIDE_HOST_ROOT=""\n',
    'FROM ubuntu:22.04\nENV NVIDIA_VISIBLE_DEVICES void\n',
  ];
  const cards = /Host monitoring agent|GPU \(host driver\)/;
  for (const t of quiet)
    assert.deepEqual(
      analyze(t).notes.filter((n) => cards.test(n.markdown)),
      [],
      t,
    );
  // The legacy form with a value still counts.
  assert.match(notesAt('FROM ubuntu:22.04\nENV NVIDIA_VISIBLE_DEVICES all\n', undefined, 1, 'NVIDIA_VISIBLE_DEVICES').join('\n'), /GPU/);
});

test('packages listed in an ARG or ENV that an install expands as a whole word are explained where they are written', () => {
  const t = [
    'FROM fedora:41',
    'ARG REQUIRED_PACKAGES=" \\',
    '    mesa-vulkan-drivers \\',
    '    libdrm \\',
    '    "',
    'ENV EXTRA_PACKAGES="fuse-zip flatpak"',
    'ARG UNUSED="gamescope"',
    'RUN dnf install -y $REQUIRED_PACKAGES ${EXTRA_PACKAGES}',
    'RUN echo $UNUSED',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 2, 'mesa-vulkan-drivers').join('\n'), /GPU \(host driver\)[\s\S]*listed in `\$REQUIRED_PACKAGES`/);
  assert.match(notesAt(t, undefined, 5, 'fuse-zip').join('\n'), /FUSE \(\/dev\/fuse\)/);
  assert.match(notesAt(t, undefined, 5, 'flatpak').join('\n'), /Process sandboxes/);
  assert.deepEqual(notesAt(t, undefined, 3, 'libdrm'), [], 'a library with no facility');
  assert.deepEqual(notesAt(t, undefined, 6, 'gamescope'), [], 'no install expands $UNUSED');
  for (const target of ['debian-12', 'rhel8', '3.10']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: explained only`);
});

test("vLLM's server and CLI are GPU uses (CUDA by default), not where the image names its device, nor a module merely named vllm_*", () => {
  const joined = 'FROM ubuntu:22.04\nENTRYPOINT ["python3"]\nCMD ["-m", "vllm.entrypoints.openai.api_server", "--model", "/model"]\n';
  assert.match(notesAt(joined, undefined, 2, 'vllm.entrypoints').join('\n'), /GPU/);
  assert.match(notesAt('FROM ubuntu:22.04\nCMD vllm serve /model\n', undefined, 1, 'vllm').join('\n'), /GPU/);
  assert.deepEqual(notesAt('FROM ubuntu:22.04\nENV VLLM_TARGET_DEVICE=cpu\nCMD vllm serve /model\n', undefined, 2, 'vllm'), []);
  assert.deepEqual(notesAt('FROM ubuntu:22.04\nRUN python3 -m vllm_plugin.thing\n', undefined, 1, 'vllm_plugin'), []);
  for (const target of [null, 'debian-12', 'rhel7']) assert.deepEqual(findingsOf(joined, ID, target), []);
});

test('--no-sandbox says it removes the dependency, --disable-setuid-sandbox that it does not; both hover only', () => {
  const t = 'FROM zenika/alpine-chrome\nENTRYPOINT ["chromium-browser", "--headless", "--no-sandbox", "--disable-setuid-sandbox"]\n';
  const off = notesAt(t, undefined, 1, '--no-sandbox').join('\n');
  assert.match(off, /`--no-sandbox` turns all of the sandbox off: the browser then needs neither user namespaces/);
  assert.match(notesAt(t, undefined, 1, '--disable-setuid-sandbox').join('\n'), /only the setuid helper.*still needs user namespaces/);
  for (const target of ['rhel7', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 54: nsjail CTF bases by name (with a registry, under any namespace), 32-bit and Mininet bases; look-alike names stay silent', () => {
  const facilityOf = (from: string, word: string) => notesAt(`FROM ${from}\nCOPY . /srv\n`, undefined, 0, word).join('\n');
  assert.match(facilityOf('pwn.red/jail', 'pwn.red/jail'), /Process sandboxes/);
  assert.match(facilityOf('redpwn/jail:0.1.1', 'redpwn/jail'), /Process sandboxes/);
  assert.match(facilityOf('gcr.io/kctf-docker/challenge@sha256:eb0f8c3b', 'gcr.io/kctf-docker'), /Process sandboxes/);
  assert.match(facilityOf('downunderctf/nsjail', 'downunderctf'), /Process sandboxes/);
  assert.match(facilityOf('i386/debian:bookworm', 'i386/debian'), /IA-32 emulation/);
  assert.match(facilityOf('iwaseyusuke/mininet', 'iwaseyusuke'), /Open vSwitch/);
  // Only the registry makes `jail` the redpwn image; a local `jail` or another registry's is not it.
  assert.doesNotMatch(facilityOf('jail', 'jail'), /Process sandboxes/);
  assert.doesNotMatch(facilityOf('example.com/jail', 'example.com'), /Process sandboxes/);
  assert.doesNotMatch(facilityOf('acme/nsjail-docs', 'acme'), /Process sandboxes/);
  for (const target of ['rhel8', 'debian-12'])
    assert.deepEqual(findingsOf('FROM pwn.red/jail\nCOPY --from=ubuntu / /srv\n', ID, target), []);
});

test("sample 54: a program in socat's EXEC: address is explained, also behind a wrapper; a plain program there is not", () => {
  const t =
    'FROM ubuntu:22.04\nCMD kctf_drop_privs socat TCP-LISTEN:1337,fork EXEC:"kctf_pow nsjail --config /cfg -- ./chal"\n' +
    'ENTRYPOINT ["socat", "TCP-LISTEN:7414,fork", "EXEC:\'python chal.py\',stderr"]\n';
  assert.match(notesAt(t, undefined, 1, 'EXEC').join('\n'), /Process sandboxes[\s\S]*`nsjail` in socat's `EXEC:` address/);
  assert.deepEqual(notesAt(t, undefined, 2, 'EXEC'), []);
  for (const target of ['rhel8', 'ubuntu-22.04']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 54: Chromium installed beside a WebDriver, Selenium or Puppeteer client is a driven browser; Chromium alone is not', () => {
  const driven = (extra: string) => `FROM debian:12\nRUN apt-get install -y chromium\n${extra}\n`;
  for (const extra of ['RUN apt-get install -y chromium-driver', 'RUN pip3 install selenium==4.1', 'RUN yarn add puppeteer@21 express']) {
    assert.match(notesAt(driven(extra), undefined, 1, 'chromium').join('\n'), /Chromium's Linux sandbox[\s\S]*driven by/, extra);
  }
  assert.deepEqual(notesAt(driven('RUN pip3 install redis'), undefined, 1, 'chromium'), []);
  // A client in another stage does not drive this stage's browser.
  const split = 'FROM debian:12 AS a\nRUN pip3 install selenium\nFROM debian:12\nRUN apt-get install -y chromium\n';
  assert.deepEqual(notesAt(split, undefined, 3, 'chromium'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(driven('RUN pip3 install selenium'), ID, target), []);
});

test("sample 54: kafel policies, OVS source releases, Mininet's installer and Chrome's setuid helper are explained, never reported", () => {
  const t = [
    'FROM ubuntu:22.04',
    'ADD pwn.kafel /etc/pwn.kafel',
    'RUN cd openvswitch-2.1.2 && ./configure && make install',
    'RUN PYTHON=python3 mininet/util/install.sh -fnv',
    'RUN chmod 4755 /app/node_modules/puppeteer/.local-chromium/linux-1/chrome-linux/chrome_sandbox',
    'ENV CHROME_DEVEL_SANDBOX=/usr/local/sbin/chrome-devel-sandbox',
    'RUN cd openvswitch-docs && make',
    'ENTRYPOINT ["/home/ctf/nsjail-pwn.sh"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 7, 'nsjail-pwn').join('\n'), /Process sandboxes/);
  assert.match(notesAt(t, undefined, 1, 'pwn.kafel').join('\n'), /Seccomp filters a program loads itself/);
  assert.match(notesAt(t, undefined, 2, 'openvswitch-2.1.2').join('\n'), /Open vSwitch/);
  assert.match(notesAt(t, undefined, 3, 'mininet/util').join('\n'), /Open vSwitch/);
  assert.match(notesAt(t, undefined, 4, '/app/node_modules').join('\n'), /Chromium's Linux sandbox/);
  assert.match(notesAt(t, undefined, 5, 'CHROME_DEVEL_SANDBOX').join('\n'), /Chromium's Linux sandbox/);
  assert.deepEqual(notesAt(t, undefined, 6, 'openvswitch-docs'), []);
  for (const target of ['rhel8', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('ENV in its legacy form (`ENV NAME value`) is read as NAME and value; dapper mounts the host Docker socket', () => {
  // rancher/k3os Dockerfile.dapper: `ENV DAPPER_DOCKER_SOCKET true` (rancher/dapper bind-mounts /var/run/docker.sock).
  const cases: [string, string, RegExp][] = [
    ['FROM golang:1.22\nENV DAPPER_DOCKER_SOCKET true\n', 'DAPPER_DOCKER_SOCKET', /Docker client/],
    // A text trigger written with a space instead of `=` (the trigger's own `[= ]` separator).
    ['FROM ubuntu:24.04\nENV START_DOCKER true\n', 'START_DOCKER', /Docker-in-Docker|dockerd|Docker daemon/i],
  ];
  for (const [t, word, card] of cases) {
    assert.match(notesAt(t, undefined, 1, word).join('\n'), card, t);
    for (const target of ['ubuntu-22.04', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
  // Other values stay quiet: START_DOCKER false, a dapper variable that mounts nothing.
  for (const t of ['FROM ubuntu:24.04\nENV START_DOCKER false\n', 'FROM golang:1.22\nENV DAPPER_SOURCE /go/src/x\n'])
    assert.deepEqual(
      analyze(t).notes.filter((n) => n.range.start.line === 1),
      [],
      t,
    );
});

test("a command's own environment (NAME=value cmd) is read like ENV: Portage's namespace sandboxes turned off", () => {
  // flatcar/scripts @ ab6d76d957b8 sdk_lib/Dockerfile.sdk-build and Dockerfile.lean-arch (the second through sudo, in an if).
  const t = [
    'FROM gentoo/stage3',
    'RUN FEATURES="-ipc-sandbox -network-sandbox -pid-sandbox" \\',
    '    /home/sdk/sdk_entry.sh ./update_chroot',
    'RUN if [ -n "$RMCROSS" ]; then FEATURES="-ipc-sandbox -pid-sandbox" sudo crossdev --clean "$RMCROSS"; fi',
    'RUN FEATURES="-pid-sandbox" ; emerge x',
    'RUN echo FEATURES="-pid-sandbox"',
    'RUN FEATURES="ccache" emerge x',
    '',
  ].join('\n');
  const r = analyze(t);
  const on = (line: number) =>
    r.notes.filter((n) => n.range.start.line === line && /namespace sandboxes turned off/.test(n.markdown)).map((n) => textAt(t, n));
  assert.deepEqual(on(1), ['FEATURES="-ipc-sandbox -network-sandbox -pid-sandbox"']);
  assert.deepEqual(on(3), ['FEATURES="-ipc-sandbox -pid-sandbox"']);
  // A shell variable set alone, an echoed word and other FEATURES are not a command's environment turning them off.
  assert.deepEqual([...on(4), ...on(5), ...on(6)], []);
  for (const target of ['ubuntu-22.04', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('precision audit 1: `docker compose version` in RUN needs no daemon; `docker compose up` still fails at build time', () => {
  // docker-library/docker 29/cli/Dockerfile smoke-tests its plugins with `docker compose version` during the build.
  const quiet = 'FROM alpine:3.22\nRUN docker --version \\\n\t&& docker buildx version \\\n\t&& docker compose version\n';
  assert.deepEqual(findingsOf(quiet, ID), []);
  const help = 'FROM alpine:3.22\nRUN docker compose --help\n';
  assert.deepEqual(findingsOf(help, ID), []);
  const up = 'FROM alpine:3.22\nRUN docker compose up -d\n';
  const f = findingsOf(up, ID);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /^`docker` fails at build time: a docker build step has no \/var\/run\/docker\.sock\./);
});

test('sample J5: netlink and netfilter Python bindings, Mininet install-mnexec; quiet on words and other make targets', () => {
  const t = [
    'FROM ubuntu:20.04',
    'RUN pip3 install pyyaml cerberus docker psutil python-iptables',
    'RUN pip install pyroute2',
    'RUN cd /root/mininet && pip3 install . && PYTHON=python3 make install-mnexec',
    'RUN echo "pyroute2 python-iptables" > /README && make install',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'python-iptables').join('\n'), /Netfilter/);
  assert.match(notesAt(t, undefined, 2, 'pyroute2').join('\n'), /Network configuration/);
  assert.match(notesAt(t, undefined, 3, 'make').join('\n'), /Network emulator/);
  assert.deepEqual(notesAt(t, undefined, 4, 'pyroute2'), [], 'a word in an echo is not a package');
  assert.deepEqual(notesAt(t, undefined, 4, 'make'), [], 'other make targets are not Mininet');
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('an image repository named with an architecture suffix is that image for one architecture (kindest/node-arm64)', () => {
  const arm = 'FROM kindest/node-arm64:v1.18.20\nRUN apt-get install -y sudo\n';
  assert.ok(
    notesAt(arm, 'debian-12', 0, 'kindest').some((n) => /Kubernetes/.test(n)),
    'kindest/node-arm64 read as kindest/node',
  );
  // Only a known suffix is stripped, and only where the rest is a known image.
  for (const t of ['FROM easypi/alpine-arm\nRUN true\n', 'FROM kindest/node-armada:v1\nRUN true\n'])
    assert.ok(!notesAt(t, 'debian-12', 0, 'FROM').some((n) => /Kubernetes node/.test(n)), t);
});

test("ufw's framework files copied in are netfilter rules and tunables ufw loads", () => {
  const t = 'FROM ubuntu:22.04\nRUN apt-get -y install ufw\nCOPY firewall/conf/before.rules /etc/ufw/before.rules\n';
  assert.ok(notesAt(t, 'debian-12', 2, '/etc/ufw').some((n) => /Netfilter/.test(n)));
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), [], 'explained, never reported');
  const other = 'FROM ubuntu:22.04\nCOPY rules /etc/ufwx/before.rules\n';
  assert.ok(!notesAt(other, 'debian-12', 1, '/etc/ufwx').some((n) => /Netfilter/.test(n)));
});

test('Nmap run as root scans with raw packets; a connect, list or unprivileged scan does not', () => {
  const start = 'FROM alpine:3.19\nRUN apk add --no-cache nmap\nCOPY . /app\nENTRYPOINT ["./docker-entrypoint.sh"]\n';
  const n = notesAt(start, 'debian-12', 3, './docker-entrypoint.sh').join('\n');
  assert.match(n, /Start script not shown/);
  assert.match(n, /Raw-packet network tools[^\n]*\*\*: package `nmap`/);
  assert.ok(notesAt('FROM alpine:3.19\nCMD ["nmap", "-sS", "10.0.0.0/24"]\n', 'debian-12', 1, 'nmap').some((x) => /Raw-packet/.test(x)));
  for (const flag of ['-sT', '--unprivileged', '-sL'])
    assert.ok(
      !notesAt(`FROM alpine:3.19\nCMD ["nmap", "${flag}", "host"]\n`, 'debian-12', 1, 'nmap').some((x) => /Raw-packet/.test(x)),
      flag,
    );
  assert.deepEqual(findingsOf(start, ID, 'debian-12'), [], 'explained, never reported');
});

test("an application run by its language runtime, in an image that prepares a facility: the runtime's word says what it may start", () => {
  const t = 'FROM ubuntu:22.04\nRUN apt-get -y install hostapd\nCOPY app.py .\nCMD [ "python3", "-m" , "flask", "run", "--host=0.0.0.0"]\n';
  const n = notesAt(t, 'debian-12', 3, 'python3').join('\n');
  assert.match(n, /\*\*Application not shown\*\* \(`python3`\)/);
  assert.match(n, /package `hostapd`/);
  assert.deepEqual(findingsOf(t, ID, 'debian-12'), [], 'explained, never reported');
  // Nothing prepared, a runtime in a builder stage, or a RUN step: no note.
  const plain = 'FROM python:3.12-slim\nRUN pip install flask\nCMD ["python3", "app.py"]\n';
  assert.ok(!notesAt(plain, 'debian-12', 2, 'python3').some((x) => x.includes('Application not shown')));
  const builder = 'FROM ubuntu:22.04 AS b\nRUN apt-get -y install hostapd\nCMD ["python3", "app.py"]\nFROM alpine\nCMD ["sh"]\n';
  assert.ok(!notesAt(builder, 'debian-12', 2, 'python3').some((x) => x.includes('Application not shown')));
  const run = 'FROM ubuntu:22.04\nRUN apt-get -y install hostapd\nRUN python3 setup.py build\n';
  assert.ok(!notesAt(run, 'debian-12', 2, 'python3').some((x) => x.includes('Application not shown')));
});

test("Mizar's node daemon loads XDP programs: mizard as the command is explained, never reported", () => {
  const t = 'FROM mizarnet/python_base:latest\nCMD mizard\n';
  assert.ok(notesAt(t, 'debian-12', 1, 'mizard').some((n) => /BPF[\s\S]*XDP/.test(n)));
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('apk finds its applet before the options: `apk --update -t add pkg` installs pkg (sample 57)', () => {
  // apk-tools deduces the applet from the first non-option word, before getopt takes `add` as `-t`'s value.
  const t =
    'FROM alpine:3.6\nRUN apk --update -t add libressl keepalived iproute2\nCOPY keepalived.sh /usr/bin/keepalived.sh\nENTRYPOINT ["/usr/bin/keepalived.sh"]\n';
  assert.ok(
    notesAt(t, undefined, 1, 'keepalived').some((m) => /keepalived/.test(m)),
    'the package is read',
  );
  assert.ok(
    notesAt(t, undefined, 3, 'keepalived.sh').some((m) => /Start script not shown[\s\S]*keepalived/.test(m)),
    'the start script lists it',
  );
  // Not an install: the first applet word is `info`.
  assert.equal(notesAt('FROM alpine\nRUN apk info -e add keepalived\n', undefined, 1, 'keepalived').length, 0);
});

test('a start script run through a shell by a relative path is read like one the program word names (sample 57)', () => {
  const t = 'FROM alpine\nRUN apk add ipset iptables\nCOPY entrypoint.sh /entrypoint.sh\nCMD ["bash", "-x", "entrypoint.sh"]\n';
  const notes = notesAt(t, undefined, 3, 'entrypoint.sh');
  assert.ok(
    notes.some((m) => /Start script not shown[\s\S]*a COPY matched to its relative path[\s\S]*Netfilter/.test(m)),
    notes.join('\n'),
  );
  // The shell word itself says nothing: the note sits on the script operand.
  assert.equal(notesAt(t, undefined, 3, 'bash').filter((m) => /Start script/.test(m)).length, 0);
});

test('a program built in another stage next to liburing is explained on the start word (sample 57)', () => {
  const t =
    'FROM debian:bookworm-slim AS build\nRUN apt-get install -y build-essential liburing-dev\nRUN make\n' +
    'FROM debian:bookworm-slim\nCOPY --from=build /src/kvstore /usr/local/bin/kvstore\nCMD ["kvstore", "--port", "5160"]\n';
  const notes = notesAt(t, undefined, 5, 'kvstore');
  assert.ok(
    notes.some((m) => /kvstore\*\* is built in this file \(stage build\)[\s\S]*io_uring[\s\S]*liburing-dev/.test(m)),
    notes.join('\n'),
  );
  // A program copied from an image, not built here, is not said to be built here.
  const fromImage =
    'FROM debian:bookworm-slim\nRUN apt-get install -y liburing2\nCOPY --from=example/kv /kvstore /usr/local/bin/kvstore\nCMD ["kvstore"]\n';
  assert.equal(notesAt(fromImage, undefined, 3, 'kvstore').filter((m) => /is built in this file/.test(m)).length, 0);
  // `./kv` is looked up under the stage's WORKDIR.
  const relative = t.replace(
    'COPY --from=build /src/kvstore /usr/local/bin/kvstore\nCMD ["kvstore", "--port", "5160"]',
    'WORKDIR /app\nCOPY --from=build /src/kvstore /app/kvstore\nCMD ["./kvstore"]',
  );
  assert.ok(notesAt(relative, undefined, 6, './kvstore').some((m) => /is built in this file/.test(m)));
  assert.equal(
    notesAt(relative.replace('WORKDIR /app', 'WORKDIR /srv'), undefined, 6, './kvstore').filter((m) => /is built in this file/.test(m))
      .length,
    0,
  );
  // Libraries that reach no facility say nothing.
  const plain = t.replace('liburing-dev', 'libssl-dev');
  assert.equal(notesAt(plain, undefined, 5, 'kvstore').filter((m) => /is built in this file/.test(m)).length, 0);
});

test('nvidia-ctk and containers.conf edits name their facility (sample 57)', () => {
  const ctk = 'FROM ubuntu:22.04\nRUN apt-get install -y nvidia-container-toolkit && nvidia-ctk runtime configure --runtime=docker\n';
  assert.ok(notesAt(ctk, undefined, 1, 'nvidia-ctk').some((m) => /GPU \(host driver\)/.test(m)));
  const conf = 'FROM quay.io/podman/stable\nRUN sed -i \'s|^utsns="host"|utsns="private"|\' /etc/containers/containers.conf\n';
  assert.ok(notesAt(conf, undefined, 1, '/etc/containers/containers.conf').some((m) => /Containers inside a container/.test(m)));
});

test('sample 84: SUSE -32bit packages and Ubuntu ia32-libs are 32-bit x86 libraries for i386 programs', () => {
  const t = [
    'FROM opensuse:13.1',
    'RUN zypper --non-interactive install tcsh gcc glibc-32bit libXpm4-32bit',
    'FROM ubuntu:12.04',
    'RUN apt-get install -y --no-install-recommends xvfb openjdk-7-jdk ia32-libs ia32-libs-multiarch',
    '',
  ].join('\n');
  for (const word of ['glibc-32bit', 'libXpm4-32bit']) assert.match(notesAt(t, undefined, 1, word).join('\n'), /IA-32 emulation/, word);
  for (const word of ['ia32-libs', 'ia32-libs-multiarch']) assert.match(notesAt(t, undefined, 3, word).join('\n'), /IA-32 emulation/, word);
  // The 64-bit packages beside them are the image's own architecture.
  assert.deepEqual(notesAt(t, undefined, 1, 'gcc'), []);
  assert.deepEqual(notesAt(t, undefined, 3, 'openjdk-7-jdk'), []);
  // A word ending in 32bit without the package-suffix dash is no package of that kind.
  assert.deepEqual(notesAt('FROM opensuse/leap\nRUN zypper install -y win32bit\n', undefined, 1, 'win32bit'), []);
  for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 60: i386 packages by their architecture qualifier, and a supplementary-group list in an ENV variable', () => {
  const t = [
    'FROM ubuntu:16.04',
    'RUN apt-get install -y software-properties-common libc6:i386 libstdc++6:i386=5.4.0-6ubuntu1',
    'RUN yum -y install glibc.i686 libstdc++.x86_64',
    'ENV ENTRYPOINT_GROUPS="audio,video"',
    'ENV EXTRA_GROUPS video',
    'ENV GROUPS_URL=audio ENTRYPOINT_GROUPS=users',
    '',
  ].join('\n');
  assert.match(notesAt(t, undefined, 1, 'libc6:i386').join('\n'), /IA-32 emulation/);
  assert.match(notesAt(t, undefined, 1, 'libstdc++6:i386').join('\n'), /IA-32 emulation/);
  assert.deepEqual(notesAt(t, undefined, 1, 'software-properties-common'), [], 'a package without a qualifier is the image architecture');
  assert.match(notesAt(t, undefined, 2, 'glibc.i686').join('\n'), /IA-32 emulation/);
  assert.deepEqual(notesAt(t, undefined, 2, 'libstdc++.x86_64'), []);
  assert.match(notesAt(t, undefined, 3, 'ENTRYPOINT_GROUPS').join('\n'), /\/dev\/snd/);
  assert.match(notesAt(t, undefined, 4, 'EXTRA_GROUPS').join('\n'), /Host device/);
  // A name that is not a group list, or a list of groups that own no device, is nothing.
  assert.deepEqual(notesAt(t, undefined, 5, 'GROUPS_URL'), []);
  assert.deepEqual(notesAt(t, undefined, 5, 'ENTRYPOINT_GROUPS'), []);
  // Another architecture's qualifier is not IA-32; an arm64 package on an arm64 image is native.
  assert.deepEqual(notesAt('FROM debian\nRUN apt-get install -y libc6:arm64\n', undefined, 1, 'libc6:arm64'), []);
  for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('sample 63: Qt WebEngine sandbox switch, Firefox sandbox prefs written through a variable, hotio vpn bases', () => {
  const cases: [string, number, string, RegExp][] = [
    [
      'FROM ubuntu:24.04\nENV TITLE="Calibre" \\\n  QTWEBENGINE_DISABLE_SANDBOX="1"\n',
      2,
      'QTWEBENGINE_DISABLE_SANDBOX',
      /Chromium's Linux sandbox/,
    ],
    [
      'FROM ubuntu:24.04\nRUN P="/usr/lib/firefox/browser/defaults/preferences/firefox.js" && \\\n' +
        `  echo 'pref("security.sandbox.warn_unprivileged_namespaces", false);' >> \${P}\n`,
      2,
      'security',
      /Firefox's Linux sandbox/,
    ],
    [
      'FROM debian:12\nRUN echo \'user_pref("security.sandbox.content.level", 2);\' > /home/u/.mozilla/firefox/p/user.js\n',
      1,
      'security',
      /Firefox's Linux sandbox/,
    ],
    ['FROM ghcr.io/hotio/base:alpinevpn\n', 0, 'base', /Virtual network interfaces/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
  // Explained only: Firefox may be run in a container with user namespaces, and the VPN is opt-in.
  for (const [t] of cases) for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], t);
});

test('sample 103: Pro Custodibus WireGuard image explains the WireGuard link its wg-quick brings up at start (hover only)', () => {
  const t = 'FROM procustodibus/wireguard:v1.0\nCOPY wireguard/wg0.conf /etc/wireguard\n';
  assert.match(notesAt(t, undefined, 0, 'wireguard').join('\n'), /Virtual network interfaces/);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  // Another vendor's repository of the same name stays silent.
  assert.deepEqual(notesAt('FROM example/wireguardish:v1.0\n', undefined, 0, 'wireguardish'), []);
});

test('sample 63 look-alikes stay silent: Firefox prefs outside its sandbox, a pref only printed, hotio bases without a VPN', () => {
  const quiet = [
    `FROM ubuntu:24.04\nRUN echo 'pref("browser.aboutwelcome.enabled", false);' >> /usr/lib/firefox/browser/defaults/preferences/firefox.js\n`,
    `FROM ubuntu:24.04\nRUN echo 'pref("security.sandbox.content.level", 2);'\n`,
    `FROM ubuntu:24.04\nRUN P=/tmp/notes.txt && echo 'pref("security.sandbox.content.level", 2);' >> $P\n`,
    'FROM ghcr.io/hotio/base:alpine\n',
    'FROM ubuntu:24.04\n#ENV QTWEBENGINE_DISABLE_SANDBOX=1\n',
  ];
  const cards = /Firefox's Linux sandbox|Virtual network interfaces|Chromium's Linux sandbox/;
  for (const t of quiet)
    assert.deepEqual(
      analyze(t).notes.filter((n) => cards.test(n.markdown)),
      [],
      t,
    );
});

test('sample 65: XMRig as the command explains its MSR mod and huge pages (hover only); printing its version or help does not', () => {
  for (const t of ['FROM ubuntu:22.04\nCMD ["xmrig"]\n', 'FROM alpine:3.22\nENTRYPOINT ["/usr/local/bin/xmrig"]\n']) {
    assert.match(notesAt(t, undefined, 1, 'xmrig').join('\n'), /XMRig's RandomX MSR mod and huge pages.*msr driver/s, t);
    // The miner falls back without them (slower): nothing is reported on any target.
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
  for (const t of [
    'FROM alpine:3.22\nRUN xmrig --version\n',
    'FROM alpine:3.22\nCMD ["xmrig", "--help"]\n',
    'FROM alpine:3.22\nRUN apk add xmrig\n',
  ]) {
    assert.doesNotMatch(notesAt(t, undefined, 1, 'xmrig').join('\n'), /RandomX MSR mod/, t);
  }
});

test('pre-1.12 Docker daemon spellings (docker -d, docker --daemon, docker daemon) and lxc-docker are Docker-in-Docker', () => {
  for (const cmd of [
    'CMD docker -d -H unix:///var/run/docker.sock',
    'CMD ["docker", "--daemon"]',
    'CMD ["docker", "daemon", "-H", "0.0.0.0:2375"]',
  ]) {
    const t = `FROM ubuntu:14.04\n${cmd}\n`;
    assert.ok(
      notesAt(t, undefined, 1, 'docker').some((m) => m.includes('**Docker-in-Docker**')),
      cmd,
    );
  }
  // `-d` after a subcommand is a subcommand's option (docker run -d: detach), not the daemon.
  for (const cmd of ['CMD ["docker", "run", "-d", "nginx"]', 'CMD docker -D info', 'CMD docker -H tcp://10.0.0.1:2375 ps']) {
    const t = `FROM ubuntu:14.04\n${cmd}\n`;
    assert.ok(!notesAt(t, undefined, 1, 'docker').some((m) => m.includes('**Docker-in-Docker**')), cmd);
  }
  const pkg = 'FROM ubuntu:14.04\nRUN apt-get update && apt-get install -y lxc-docker\n';
  assert.ok(notesAt(pkg, undefined, 1, 'lxc-docker').some((m) => m.includes('**Docker-in-Docker**')));
});

test('sample 68: USER with a device group, paddlepaddle-gpu, Chromium in a Node.js stage, OpenWrt firewall.user edits', () => {
  // USER user:group: the primary group, when it owns host devices (the groups usermod -aG names).
  assert.match(notesAt('FROM alpine:3.20\nUSER nobody:audio\nCMD ["darkice"]\n', undefined, 1, 'nobody').join('\n'), /Sound devices/);
  assert.equal(notesAt('FROM alpine:3.20\nUSER audio\n', undefined, 1, 'audio').join('\n'), '', 'a user named audio is not the group');
  assert.equal(notesAt('FROM alpine:3.20\nUSER app:app\n', undefined, 1, 'app').join('\n'), '');
  assert.match(
    notesAt('FROM python:3.11\nRUN pip install paddlepaddle-gpu==2.6.2\n', undefined, 1, 'paddlepaddle').join('\n'),
    /GPU \(host driver\)/,
  );
  assert.equal(notesAt('FROM python:3.11\nRUN pip install paddlepaddle==2.6.2\n', undefined, 1, 'paddlepaddle').join('\n'), '');
  // Chromium in a stage that runs a Node.js program (npm, node): a Puppeteer or Playwright client from package.json drives it.
  for (const t of [
    'FROM node:20\nRUN apt-get update && apt-get install -y chromium\nCOPY . /app\nCMD ["node", "server.js"]\n',
    'FROM alpine:3.20\nRUN apk add nodejs npm chromium\nRUN npm ci\nCMD ["npm", "start"]\n',
  ])
    assert.match(notesAt(t, undefined, 1, 'chromium').join('\n'), /runs a Node\.js program/, t);
  // The Node.js program in another stage does not drive this one's browser.
  const apart = 'FROM node:20 AS build\nRUN npm ci\nFROM debian:12\nRUN apt-get install -y chromium\n';
  assert.equal(notesAt(apart, undefined, 3, 'chromium').join('\n'), '');
  // Installed alone, in an image that runs no Node.js program: no use of the host (nuclei's optional headless mode).
  assert.equal(
    notesAt('FROM alpine:3.20\nRUN apk add --no-cache bind-tools chromium ca-certificates\n', undefined, 1, 'chromium').join('\n'),
    '',
  );
  // OpenWrt's firewall runs /etc/firewall.user at each start: an iptables rule appended to it is explained on the text.
  const fw =
    'FROM scratch\nRUN echo "iptables -A POSTROUTING -t mangle -p udp --dport 68 -j CHECKSUM --checksum-fill" >> /etc/firewall.user\n';
  assert.match(notesAt(fw, undefined, 1, 'iptables').join('\n'), /Written into/);
  assert.equal(notesAt(fw.replace('/etc/firewall.user', '/etc/firewall.notes'), undefined, 1, 'iptables').join('\n'), '');
  assert.deepEqual(findingsOf(fw, ID), [], 'hover only: whether the script runs is not in the Dockerfile');
});

test('sample 82: a started check of torch.cuda and nvidia_smi_exporter use the host GPU driver; other python -c code is silent', () => {
  const t =
    'FROM python:3.11\nHEALTHCHECK CMD python -c "import torch; assert torch.cuda.is_available()" || exit 1\n' +
    'RUN python3 -c "import torch; print(torch.cuda.is_available())"\nCMD ["python3", "-c", "import torch; print(torch.__version__)"]\n' +
    'FROM nvidia/cuda:8.0-runtime\nCMD ["./nvidia_smi_exporter"]\n';
  const notes = (line: number, word: string) => notesAt(t, undefined, line, word).join('\n');
  assert.match(notes(1, 'python'), /GPU \(host driver\)/);
  // At build the trigger says nothing (startOnly); code that does not ask for CUDA devices is no GPU use.
  assert.doesNotMatch(notes(2, 'python3'), /GPU \(host driver\)/);
  assert.doesNotMatch(notes(3, 'python3'), /GPU \(host driver\)/);
  assert.match(notes(5, 'nvidia_smi_exporter'), /GPU \(host driver\)/);
  assert.deepEqual(findingsOf(t, ID), []);
});

test('sample 90: Neuron DLC tags, the Holoscan dGPU image, GLX of the NVIDIA driver, rigaya encoders, jellyfin-ffmpeg, Edge TPU API, listed .debs', () => {
  const cases: [string, number, string, RegExp][] = [
    ['FROM public.ecr.aws/neuron/pytorch-training:2.1.0-neuronx-py310\n', 0, 'neuron', /Host device/],
    ['FROM nvcr.io/nvidia/clara-holoscan/holoscan:v3.3.0-dgpu as runtime\n', 0, 'holoscan', /GPU \(host driver\)/],
    ['FROM nvidia/cuda:11.8.0-devel-ubuntu20.04\nENV __GLX_VENDOR_LIBRARY_NAME=nvidia\n', 1, '__GLX', /GPU \(host driver\)/],
    ['FROM ubuntu:jammy\nENTRYPOINT ["/usr/bin/qsvencc"]\n', 1, '/usr/bin/qsvencc', /GPU \(host driver\)/],
    ['FROM ubuntu:noble\nRUN apt install -y --no-install-recommends jellyfin-ffmpeg7\n', 1, 'jellyfin-ffmpeg7', /GPU \(host driver\)/],
    ['FROM ubuntu:22.04\nRUN apt-get -y install python3-edgetpu libedgetpu1-legacy-std\n', 1, 'python3-edgetpu', /Host device/],
    [
      'FROM ubuntu:noble\nRUN echo "https://github.com/intel/compute-runtime/releases/download/24.35.30872.22/intel-opencl-icd-legacy1_24.35.30872.22_amd64.deb" >> list.txt && wget -i list.txt && dpkg -i *.deb\n',
      1,
      '*.deb',
      /GPU \(host driver\)/,
    ],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
  // Other spellings stay silent: an Inferentia-free DLC tag, Holoscan's iGPU image, Mesa's GLX, a plain FFmpeg.
  for (const [t, line, word] of [
    ['FROM public.ecr.aws/neuron/pytorch-training:2.1.0-py310\n', 0, 'neuron'],
    ['FROM nvcr.io/nvidia/clara-holoscan/holoscan:v3.3.0-igpu\n', 0, 'holoscan'],
    ['FROM ubuntu:22.04\nENV __GLX_VENDOR_LIBRARY_NAME=mesa\n', 1, '__GLX'],
    ['FROM ubuntu:noble\nRUN apt install -y ffmpeg\n', 1, 'ffmpeg'],
  ] as [string, number, string][])
    assert.doesNotMatch(notesAt(t, undefined, line, word).join('\n'), /GPU \(host driver\)|Host device/, t);
  assert.deepEqual(findingsOf('FROM ubuntu:jammy\nRUN apt-get install -y jellyfin-ffmpeg7\nENTRYPOINT ["/usr/bin/qsvencc"]\n', ID), []);
});

test('a bootable container (bootc) boots its own kernel: a package that needs a kernel feature is judged on hover only', () => {
  // ublue-os/bazzite Containerfile: waydroid installed in a Kinoite-based bootc image that ends with `bootc container lint`.
  const install = 'FROM ghcr.io/ublue-os/kinoite-main:44\nRUN dnf5 -y install \\\n        waydroid \\\n        cage\n';
  const bootable = install + 'RUN bootc container lint\n';
  for (const target of ['rhel8', 'ubuntu-24.04']) assert.deepEqual(findingsOf(bootable, ID, target), []);
  const note = analyze(bootable, 'rhel8').notes.find((n) => n.range.start.line === 2 && /bootable container/.test(n.markdown));
  assert.ok(note, 'the hover says the image boots its own kernel');
  // The same install in an ordinary image still draws the warning on a kernel without binder.
  assert.deepEqual(
    findingsOf(install, ID, 'rhel8').map((f) => textAt(install, f)),
    ['waydroid'],
  );
});

test('sample 96: setpriv changing capability sets, and Judge0’s own image', () => {
  const cases: [string, number, string, RegExp][] = [
    [
      'FROM alpine:3.22\nENTRYPOINT ["setpriv", "--inh-caps=+net_raw", "--ambient-caps=+net_raw", "--reuid=10001", "--regid=10001", "--init-groups", "/app/netdash"]\n',
      1,
      'setpriv',
      /Process capability sets \(capsh, setpriv\)/,
    ],
    [
      'FROM python:3.12-slim\nENTRYPOINT ["setpriv", "--reuid", "app", "--regid", "app", "--init-groups", "--inh-caps", "+net_admin", "--ambient-caps", "+net_admin", "--", "uv", "run", "app"]\n',
      1,
      'setpriv',
      /ambient capabilities need Linux ≥ 4\.3/,
    ],
    [
      'FROM swift:latest\nUSER coder\nENTRYPOINT ["setpriv","--inh-caps=-all","--ambient-caps=-all","--bounding-set=-all","--no-new-privs","--"]\n',
      2,
      'setpriv',
      /CAP_SETPCAP, which a non-root user lacks/,
    ],
    ['FROM judge0/judge0:1.13.1\n', 0, 'judge0', /Process sandboxes/],
    ['FROM judge0/api:1.10.0\n', 0, 'judge0', /Process sandboxes/],
  ];
  for (const [t, line, word, card] of cases) assert.match(notesAt(t, undefined, line, word).join('\n'), card, t);
  // setpriv only switching user or setting no_new_privs (Linux ≥ 3.5) changes no capability set: silent.
  for (const t of [
    'FROM caddy:2.11.4-alpine\nENTRYPOINT ["setpriv", "--no-new-privs"]\nCMD ["caddy", "run"]\n',
    'FROM debian:bookworm\nCMD exec setpriv --reuid app --regid app --init-groups app\n',
    'FROM debian:bookworm\nRUN setpriv --dump\n',
  ]) {
    assert.doesNotMatch(notesAt(t, undefined, 1, 'setpriv').join('\n'), /capability sets/, t);
    for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: ${t}`);
  }
  // The wrapped program is still read: setpriv peels to the program it runs.
  assert.match(
    notesAt('FROM debian:bookworm\nCMD ["setpriv", "--reuid=1000", "--", "cyclictest"]\n', undefined, 1, 'cyclictest').join('\n'),
    /Real-time scheduling/,
  );
});

test('snap and flatpak inside an image: snapd mounts squashfs images, flatpak runs its triggers and apps under bwrap', () => {
  // Dockerfiles of sample 99 (find_string 'RUN snap install', 'RUN flatpak install'): snap installs in RUN need the snapd
  // daemon and its mounts, which no build step has; flatpak installs go on without bwrap's namespaces, so hover only.
  const snap = 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y snapd\nRUN snap install go --classic\n';
  assert.deepEqual(
    findingsOf(snap, ID).map((f) => textAt(snap, f)),
    ['snap'],
  );
  assert.match(notesAt(snap, undefined, 2, 'snap').join('\n'), /snapd daemon.*squashfs/);
  assert.match(notesAt(snap, undefined, 1, 'snapd').join('\n'), /snapd \(snap packages\)/);
  assert.match(notesAt('FROM islasgeci/base:latest\nRUN service snapd start\n', undefined, 1, 'service').join('\n'), /snapd/);
  const flatpak = 'FROM python:3.9\nRUN flatpak install -y flathub org.musescore.MuseScore\n';
  assert.deepEqual(findingsOf(flatpak, ID), []);
  assert.match(notesAt(flatpak, undefined, 1, 'flatpak').join('\n'), /bwrap cannot create its namespaces/);
  // Commands that only read or configure stay silent.
  for (const [t, word] of [
    ['FROM ubuntu:22.04\nRUN snap list && snap --version\n', 'snap'],
    ['FROM ubuntu:22.04\nRUN flatpak remote-add --if-not-exists flathub https://flathub.org/repo/flathub.flatpakrepo\n', 'flatpak'],
    ['FROM ubuntu:22.04\nRUN service ssh start\n', 'service'],
  ] as [string, string][]) {
    assert.deepEqual(findingsOf(t, ID), [], t);
    assert.doesNotMatch(notesAt(t, undefined, 1, word).join('\n'), /snapd|bwrap cannot/, t);
  }
});

test('image builders: mkosi builds in its sandbox (build, its default verb, after options with values), kiwi-ng system bind-mounts /proc, /dev, /sys; never reported', () => {
  const t =
    'FROM ubuntu:24.04\nRUN --security=insecure mkosi -C ./initrd build\nRUN mkosi --version && mkosi genkey && mkosi -C ./initrd summary\n' +
    'ENTRYPOINT ["mkosi"]\nCMD \\\n  kiwi-ng --type iso system build --description /d --target-dir /out\nRUN kiwi-ng --profile Standard image info\n' +
    'RUN apt-get install -y mkosi python3-kiwi\n';
  const build = notesAt(t, undefined, 1, 'mkosi').join('\n');
  assert.match(build, /Process sandboxes/);
  assert.match(build, /mkosi builds the image as root in its sandbox/);
  // --version, genkey and summary build nothing; `-C ./initrd` is an option's value, not the verb.
  for (const w of ['mkosi', 'genkey', 'summary']) assert.deepEqual(notesAt(t, undefined, 2, w), [], w);
  assert.match(notesAt(t, undefined, 3, 'mkosi').join('\n'), /Process sandboxes/);
  assert.match(notesAt(t, undefined, 5, 'kiwi-ng').join('\n'), /Mounting filesystems/);
  assert.deepEqual(notesAt(t, undefined, 6, 'kiwi-ng'), []);
  assert.match(notesAt(t, undefined, 7, 'python3-kiwi').join('\n'), /Mounting filesystems/);
  for (const target of ['ubuntu-22.04', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), []);
});

test('sample 104: chattr +i/-i and setfattr on security.* or trusted.* explained; other flags and user.* silent', () => {
  const t =
    'FROM ubuntu:24.04\nRUN chattr +i /etc/resolv.conf\nCMD chattr -i /data/lock && exec app\nRUN setfattr -x security.capability /usr/bin/ping\nCMD setfattr -n trusted.gfid -v 0x01 /brick && exec glusterd\n';
  assert.match(notesAt(t, undefined, 1, 'chattr').join('\n'), /CAP_LINUX_IMMUTABLE/);
  assert.match(notesAt(t, undefined, 2, 'chattr').join('\n'), /--cap-add LINUX_IMMUTABLE/);
  assert.match(notesAt(t, undefined, 3, 'setfattr').join('\n'), /File capabilities/);
  assert.match(notesAt(t, undefined, 4, 'setfattr').join('\n'), /CAP_SYS_ADMIN/);
  assert.deepEqual(
    findingsOf('FROM alpine\nRUN chattr +i /etc/program-version\n', ID, 'ubuntu-22.04').map((f) => f.message.slice(0, 52)),
    ['`chattr` fails at build time: a docker build step ha'],
  );
  const quiet =
    'FROM alpine\nRUN chattr -R +e /data\nRUN setfattr -n user.pax.flags -v "mr" /usr/bin/java\nRUN getfattr -n security.capability /usr/bin/ping\nRUN lsattr /etc\n';
  for (const [line, word] of [
    [1, 'chattr'],
    [2, 'setfattr'],
    [3, 'getfattr'],
    [4, 'lsattr'],
  ] as const)
    assert.deepEqual(notesAt(quiet, undefined, line, word), [], word);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(quiet, ID, target), [], target);
});
