import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf } from '../testKit';
import { hostFacilities } from '../../../knowledge/hostFacilities';
import { copiedNameTopic, scriptNameTopic, scriptNameTopics } from '../../../knowledge/scriptNames';

/** The notes whose range holds the first occurrence of `word` on `line`. */
const notesAt = (t: string, line: number, word: string) => {
  const character = t.split('\n')[line].indexOf(word);
  assert.ok(character >= 0, `line ${line} has ${word}`);
  return analyze(t)
    .notes.filter(
      (n) =>
        n.range.start.line === line &&
        n.range.end.line === line &&
        n.range.start.character <= character &&
        character < n.range.end.character,
    )
    .map((n) => n.markdown)
    .join('\n');
};

test('every script-name topic points to a known facility or carries its own note and source', () => {
  const ids = new Set(hostFacilities.map((f) => f.id));
  for (const t of scriptNameTopics) {
    if (t.facility) assert.ok(ids.has(t.facility), `${t.topic}: ${t.facility}`);
    else assert.ok((t.note ?? '').length > 40 && (t.source ?? '').length > 20, t.topic);
  }
});

test('a script name is read by whole tokens, with the tokens some topics also need or exclude', () => {
  assert.equal(scriptNameTopic('/usr/local/bin/setup-iptables.sh')?.facility, 'netfilter');
  assert.equal(scriptNameTopic('load-kernel-modules.sh')?.topic, 'kernel modules');
  assert.equal(scriptNameTopic('modprobe.sh')?.topic, 'kernel modules');
  // HPC images: Lmod's environment modules (`module load gcc`), not kernel modules.
  assert.equal(scriptNameTopic('load_modules.sh'), undefined);
  assert.equal(scriptNameTopic('configure-hugepages.sh')?.facility, 'huge-pages');
  assert.equal(scriptNameTopic('/prepare-cgroup-v2.sh')?.topic, 'cgroups');
  assert.equal(scriptNameTopic('run_nfs_server.sh')?.facility, 'nfs-server');
  assert.equal(scriptNameTopic('tune.sh'), undefined);
  assert.equal(scriptNameTopic('install_node_modules.sh'), undefined);
  assert.equal(scriptNameTopic('mount-secrets.sh'), undefined);
  assert.equal(scriptNameTopic('install-deps.sh'), undefined);
  assert.equal(scriptNameTopic('entrypoint.sh'), undefined);
  // Docker started by a script (TeamCity's agent: COPY run-docker.sh /services/): `docker` only beside a verb.
  assert.equal(scriptNameTopic('/services/run-docker.sh')?.facility, 'dind');
  assert.equal(scriptNameTopic('start_docker.sh')?.facility, 'dind');
  assert.equal(scriptNameTopic('docker-entrypoint.sh'), undefined);
  assert.equal(scriptNameTopic('run-in-docker.sh'), undefined);
  assert.equal(scriptNameTopic('start-docker-compose.sh'), undefined);
});

test('a start or build script named for a kernel facility is explained on its word, saying the evidence is its name', () => {
  const t =
    'FROM debian:12\nCOPY setup-iptables.sh load-kernel-modules.sh /usr/local/bin/\nRUN bash /usr/local/bin/load-kernel-modules.sh\nENTRYPOINT ["/usr/local/bin/setup-iptables.sh"]\n';
  const entry = notesAt(t, 3, 'setup-iptables');
  assert.match(entry, /Script named for iptables\/nftables.*its text is not in this file, so the evidence is its name only/);
  assert.match(entry, /Netfilter/);
  assert.match(notesAt(t, 2, 'load-kernel-modules'), /CAP_SYS_MODULE/);
  // Hover only: a name is no evidence for a warning.
  assert.deepEqual(
    findingsOf(t, 'host-facility-required').filter((f) => f.range.start.line >= 2),
    [],
  );
});

test('a script the Dockerfile writes itself, or with an ordinary name, draws no name note', () => {
  const written = 'FROM debian:12\nRUN echo \'sysctl -w vm.max_map_count=262144\' > /bin/set_sysctl.sh\nCMD ["/bin/set_sysctl.sh"]\n';
  assert.doesNotMatch(notesAt(written, 2, 'set_sysctl'), /Script named for/);
  const plain = 'FROM debian:12\nRUN ./install-deps.sh && ./mount-secrets.sh\nENTRYPOINT ["/entrypoint.sh"]\n';
  assert.doesNotMatch(
    notesAt(plain, 1, 'install-deps') + notesAt(plain, 1, 'mount-secrets') + notesAt(plain, 2, 'entrypoint'),
    /Script named for/,
  );
});

test('browser wrappers, the kernel log, the clock, XDP, user namespaces and iscsiadm are read from names; `edge` alone is not', () => {
  assert.equal(scriptNameTopic('/opt/bin/wrap_chrome_binary')?.facility, 'browser-sandbox');
  assert.equal(scriptNameTopic('/opt/bin/wrap_chromium_binary')?.facility, 'browser-sandbox');
  assert.equal(scriptNameTopic('/opt/bin/wrap_edge_binary')?.facility, 'browser-sandbox');
  // Edge computing (Azure IoT Edge, EdgeX) is no browser.
  assert.equal(scriptNameTopic('install-edge.sh'), undefined);
  assert.equal(scriptNameTopic('/usr/bin/kmsg')?.facility, 'kernel-log');
  assert.equal(scriptNameTopic('/usr/bin/host-timesync-daemon')?.facility, 'system-clock');
  assert.equal(scriptNameTopic('./af_xdp_user')?.facility, 'bpf-tracing');
  assert.equal(scriptNameTopic('/usr/bin/userns_child_exec_amd64')?.facility, 'rootless-containers');
  assert.equal(scriptNameTopic('/usr/local/sbin/iscsiadm')?.facility, 'iscsi');
  assert.match(scriptNameTopic('/tmp/membarrier_check')?.note ?? '', /membarrier\(2\).*Linux ≥ 4\.3.*seccomp/);
});

test('a copied file is read by its name unless its extension says it is a document, source or archive', () => {
  assert.equal(copiedNameTopic('kernel-modules')?.topic, 'kernel modules');
  assert.equal(copiedNameTopic('/kernel-modules/')?.topic, 'kernel modules');
  assert.equal(copiedNameTopic('bin/antrea-sysctl-init')?.facility, 'kernel-tunables');
  assert.equal(copiedNameTopic('./router/scrypted-nftables.service')?.facility, 'netfilter');
  assert.equal(copiedNameTopic('docs/iptables.md'), undefined);
  assert.equal(copiedNameTopic('bpf/xdp_prog.c'), undefined);
  assert.equal(copiedNameTopic('zfs-2.2.0.tar.gz'), undefined);
  assert.equal(copiedNameTopic('bin/iptables-*'), undefined);
});

test('programs and copied files named for a facility are explained on their word, hover only; known programs keep their own note', () => {
  const t = [
    'FROM debian:12',
    'COPY wrap_chrome_binary /opt/bin/wrap_chrome_binary',
    'RUN /opt/bin/wrap_chrome_binary',
    'ADD docker/iscsiadm /usr/local/sbin',
    'COPY kernel-modules /kernel-modules',
    'COPY docs/iptables.md /usr/share/doc/',
    'RUN /usr/sbin/iptables -L',
    'CMD ["/usr/bin/host-timesync-daemon", "-port", "0xf3a4"]',
    '',
  ].join('\n');
  assert.match(
    notesAt(t, 2, 'wrap_chrome'),
    /Program named for Chrome\/Chromium.*the evidence is its name only[\s\S]*Chromium's Linux sandbox/,
  );
  assert.match(notesAt(t, 1, 'wrap_chrome'), /File named for Chrome\/Chromium.*its content is not in this file/);
  assert.match(notesAt(t, 3, 'docker/iscsiadm'), /File named for iSCSI/);
  assert.match(notesAt(t, 4, 'kernel-modules'), /File named for kernel modules[\s\S]*CAP_SYS_MODULE/);
  assert.doesNotMatch(notesAt(t, 5, 'iptables.md'), /named for/);
  assert.doesNotMatch(notesAt(t, 6, 'iptables'), /Program named for/);
  assert.match(notesAt(t, 7, 'host-timesync'), /Program named for setting the clock[\s\S]*CAP_SYS_TIME/);
  assert.deepEqual(
    findingsOf(t, 'host-facility-required').filter((f) => f.range.start.line !== 6),
    [],
  );
});

test("a start script the Dockerfile does not bring in is read with what its stage prepares: Playwright's Chromium download", () => {
  const chrome =
    'FROM ghcr.io/browserless/base:latest\nRUN ./node_modules/playwright-core/cli.js install --with-deps chrome\nCMD ["./scripts/start.sh"]\n';
  assert.match(notesAt(chrome, 2, 'scripts/start'), /Start script not shown[\s\S]*Chromium's Linux sandbox[\s\S]*playwright install/);
  for (const install of [
    'node node_modules/playwright-core/cli.js install chromium firefox',
    'npx -y playwright@1.45 install',
    'python3 -m playwright install --with-deps msedge',
  ]) {
    const t = `FROM node:20\nRUN ${install}\nCMD ["./scripts/start.sh"]\n`;
    assert.match(notesAt(t, 2, 'scripts/start'), /Chromium's Linux sandbox/, install);
  }
  // Firefox and WebKit have no Chromium sandbox; install-deps installs only libraries.
  for (const install of ['npx playwright install firefox webkit', 'npx playwright install-deps chromium']) {
    const t = `FROM node:20\nRUN ${install}\nCMD ["./scripts/start.sh"]\n`;
    assert.doesNotMatch(notesAt(t, 2, 'scripts/start'), /Chromium's Linux sandbox/, install);
  }
  // A script the Dockerfile writes is judged by its lines, not by its stage.
  const written = 'FROM node:20\nRUN npx playwright install chromium && echo \'exec node server.js\' > /start.sh\nCMD ["/start.sh"]\n';
  assert.doesNotMatch(notesAt(written, 2, 'start.sh'), /Start script not shown/);
  assert.deepEqual(findingsOf(chrome, 'host-facility-required'), []);
});

test("journald's ReadKMsg= written into journald.conf and a program named for io_uring are explained, hover only", () => {
  const t = 'FROM ubuntu:22.04\nRUN echo "ReadKMsg=no" >> /etc/systemd/journald.conf\nCMD ./build/io-uring-static-server\n';
  assert.match(notesAt(t, 1, 'ReadKMsg'), /Kernel log \(\/dev\/kmsg\)/);
  assert.match(notesAt(t, 2, 'io-uring'), /Program named for io_uring/);
  assert.doesNotMatch(notesAt('FROM ubuntu:22.04\nRUN echo "Storage=volatile" >> /etc/systemd/journald.conf\n', 1, 'Storage'), /kmsg/);
  assert.deepEqual(findingsOf(t, 'host-facility-required'), []);
});

test('/etc/fstab written or copied in is explained as mounting (hover only); limits.conf, applied only to PAM sessions, is not', () => {
  const t =
    "FROM debian:12\nRUN echo '/dev/sdb1 /data ext4 defaults 0 0' >> /etc/fstab\nCOPY fstab /etc/fstab\nRUN echo 'root soft nofile 65535' >> /etc/security/limits.conf\n";
  assert.match(notesAt(t, 1, '/etc/fstab'), /Mounting filesystems/);
  assert.match(notesAt(t, 2, '/etc/fstab'), /Mounting filesystems/);
  assert.equal(notesAt(t, 3, 'limits.conf'), '');
  assert.deepEqual(findingsOf(t, 'host-facility-required'), []);
});

test('a Python script run by its file name is read like a shell script: the name is the only evidence', () => {
  const t = 'FROM ubuntu:22.04\nCMD ["python3", "examples/containernet_example.py"]\n';
  assert.match(notesAt(t, 1, 'examples/containernet_example.py'), /Script named for Mininet\/Containernet.*Network emulator/s);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, 'host-facility-required', target), []);
  // A module or inline code is not a script file; a plain name says nothing.
  assert.equal(notesAt('FROM ubuntu:22.04\nCMD ["python3", "-m", "containernet_example.py"]\n', 1, 'containernet_example.py'), '');
  assert.equal(notesAt('FROM ubuntu:22.04\nCMD ["python3", "app.py"]\n', 1, 'app.py'), '');
});

test('a start script named for XMRig is explained as the miner (MSR driver, huge pages), hover only', () => {
  const t = 'FROM alpine:3.22\nCOPY entrypoint.sh /usr/local/bin/xmrig.sh\nENTRYPOINT ["xmrig.sh"]\n';
  assert.match(notesAt(t, 2, 'xmrig.sh'), /XMRig's RandomX MSR mod and huge pages/);
  assert.deepEqual(findingsOf(t, 'host-facility-required'), []);
  // A name that only contains the letters is not the token.
  assert.doesNotMatch(
    notesAt('FROM alpine:3.22\nCOPY run.sh /usr/local/bin/xmrigger.sh\nENTRYPOINT ["xmrigger.sh"]\n', 2, 'xmrigger.sh'),
    /RandomX/,
  );
});

test('programs and scripts named for packet capture, lm-sensors or docker-ipv6nat are explained by their names, hover only', () => {
  assert.equal(scriptNameTopic('/app/tcpdump.sh')?.facility, 'packet-capture');
  assert.equal(scriptNameTopic('lm-sensors-api')?.facility, 'hwmon');
  assert.equal(scriptNameTopic('lmsensors_exporter')?.facility, 'hwmon');
  assert.equal(scriptNameTopic('/docker-ipv6nat-compat')?.facility, 'netfilter');
  // `sensors` alone is any sensor data (an IoT collector), not the host's hwmon drivers.
  assert.equal(scriptNameTopic('read-sensors.sh'), undefined);
  const capture =
    'FROM golang:1.16-alpine\nRUN apk add tcpdump\nCOPY tcpdump.sh ./\nCMD ["/bin/sh", "-c", "(nohup /app/tcpdump.sh &) && /mirroring-api-logging"]\n';
  assert.match(notesAt(capture, 3, '/app/tcpdump.sh'), /Packet capture/);
  const sensors = 'FROM debian:bookworm-slim\nCOPY --from=build /app/lm-sensors-api /usr/local/bin/\nENTRYPOINT ["lm-sensors-api"]\n';
  assert.match(notesAt(sensors, 2, 'lm-sensors-api'), /Program named for hardware sensors \(lm-sensors\).*hwmon/s);
  const nat = 'FROM alpine:3.22\nCOPY docker-ipv6nat-compat /\nENTRYPOINT ["/docker-ipv6nat-compat"]\n';
  assert.match(notesAt(nat, 2, '/docker-ipv6nat-compat'), /Netfilter|iptables/);
  for (const t of [capture, sensors, nat]) assert.deepEqual(findingsOf(t, 'host-facility-required'), []);
});

test("dockerd's containerd snapshotter set in /etc/docker/daemon.json (even by a heredoc) is explained as Docker-in-Docker, hover only", () => {
  const t =
    'FROM alpine:3.22\nRUN apk add --no-cache docker-engine\nRUN mkdir -p /etc/docker && cat >/etc/docker/daemon.json <<\'EOF\'\n{\n  "features": {\n    "containerd-snapshotter": false\n  }\n}\nEOF\n';
  assert.match(notesAt(t, 2, '/etc/docker/daemon.json'), /Docker-in-Docker/);
  assert.deepEqual(findingsOf(t, 'host-facility-required'), []);
  // A daemon.json only the docker CLI's `experimental` flag is written to stays silent.
  assert.equal(
    notesAt('FROM alpine:3.22\nRUN echo \'{"experimental": true}\' > /etc/docker/daemon.json\n', 1, '/etc/docker/daemon.json'),
    '',
  );
});

test('a manual page or other documentation copied in is no program: its name explains nothing (precision audit 3)', () => {
  // jessfraz/dockerfiles wireguard/tools: wg's manual page copied from the install stage drew "File named for virtual network links".
  assert.equal(copiedNameTopic('/usr/share/man/man8/wg.8'), undefined);
  assert.equal(copiedNameTopic('usr/share/doc/iptables/setup-iptables'), undefined);
  const t = 'FROM alpine:3.20\nCOPY --from=r.j3ss.co/wireguard:install /usr/share/man/man8/wg.8 /usr/share/man/man8/wg.8\n';
  assert.doesNotMatch(notesAt(t, 1, 'wg.8'), /File named for/);
  // The same name outside a documentation folder still names its topic.
  assert.equal(copiedNameTopic('/usr/local/bin/setup-iptables')?.facility, 'netfilter');
});
