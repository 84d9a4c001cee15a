import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, TODAY } from '../testKit';
import { hoverAt } from '../../hover';

/** What hovering the first occurrence of `word` on `line` shows (empty when nothing). */
function hoverOn(text: string, line: number, word: string, target: string | null = null): string {
  const character = text.split('\n')[line].indexOf(word);
  assert.ok(character >= 0, `line ${line} has ${word}`);
  return hoverAt(analyze(text, target), { line, character }, TODAY)?.markdown ?? '';
}

test("OpenRC's rc-update add of a kernel-reliant daemon is explained (it starts when the image boots), never reported", () => {
  for (const [service, words] of [
    ['docker', /Docker-in-Docker/],
    ['openvpn', /TUN/],
    ['openvpn.office', /TUN/],
    ['iptables', /netfilter|iptables/i],
  ] as const) {
    const t = `FROM alpine:3.20\nRUN rc-update add ${service} default`;
    assert.match(hoverOn(t, 1, 'rc-update'), words, service);
    assert.deepEqual(findingsOf(t, 'host-facility-required', 'debian-12'), [], service);
  }
  // Other services, other verbs, and the words in an echo are not uses.
  for (const line of ['RUN rc-update add sshd default', 'RUN rc-update del docker boot', 'RUN echo "rc-update add docker boot"']) {
    assert.equal(hoverOn(`FROM alpine:3.20\n${line}`, 1, 'rc-update'), '', line);
  }
});

test("OpenRC's rc-service running a kernel-reliant service's init script is explained; status, stop and look-ups are not", () => {
  // Sample 88 (find_string 'RUN rc-service', id 16465072981): `rc-service iptables save` reads the loaded rules back.
  for (const [line, words] of [
    ['RUN rc-service iptables save', /netfilter|iptables/i],
    ['RUN rc-service ip6tables start', /netfilter|iptables/i],
    ['RUN rc-service docker start', /Docker-in-Docker/],
    ['CMD rc-service openvpn.office start && tail -f /dev/null', /TUN/],
  ] as const) {
    assert.match(hoverOn(`FROM alpine:3.20\n${line}`, 1, 'rc-service'), words, line);
  }
  for (const line of [
    'RUN rc-service iptables status',
    'RUN rc-service docker stop',
    'RUN rc-service -e docker',
    'RUN rc-service nginx restart',
    'RUN echo "rc-service docker start"',
  ]) {
    assert.equal(hoverOn(`FROM alpine:3.20\n${line}`, 1, 'rc-service'), '', line);
  }
});

test("Ubuntu's linux-tools for one kernel ABI and its flavour metapackages are explained as tracing the host kernel", () => {
  for (const pkg of [
    'linux-tools-4.4.0-53-generic',
    'linux-tools-5.15.0-91-lowlatency',
    'linux-tools-virtual',
    'linux-tools-generic-hwe-22.04',
  ]) {
    const t = `FROM ubuntu:22.04\nRUN apt-get install -y ${pkg}`;
    assert.match(hoverOn(t, 1, pkg), /perf|BPF|tracing/i, pkg);
  }
  assert.equal(hoverOn('FROM ubuntu:22.04\nRUN apt-get install -y linux-toolsmith', 1, 'linux-toolsmith'), '');
});

test("NGC framework images (JAX, TensorFlow, MXNet) are explained as the host's NVIDIA driver", () => {
  for (const image of ['nvcr.io/nvidia/jax:24.04-py3', 'nvcr.io/nvidia/tensorflow:23.01-tf2-py3', 'nvcr.io/nvidia/mxnet:22.05-py3']) {
    const r = analyze(`FROM ${image}\n`);
    assert.ok(
      r.notes.some((n) => n.range.start.line === 0 && /NVIDIA|GPU/i.test(n.markdown)),
      image,
    );
  }
});

test('akmods building for a named kernel, wgrest, Intel RMD, Azure NPM and the wg-easy image are explained', () => {
  const akmods = 'FROM fedora:rawhide AS builder\nRUN akmods --force --kernels "$KERNEL_VERSION" --kmod nvidia';
  assert.match(hoverOn(akmods, 1, 'akmods'), /kernel release/);
  assert.equal(hoverOn('FROM fedora:41\nRUN akmods --help', 1, 'akmods'), '');
  assert.match(hoverOn('FROM alpine:3.18\nENTRYPOINT ["/usr/local/bin/wgrest", "--listen", ":8000"]', 1, 'wgrest'), /WireGuard|interface/i);
  assert.match(hoverOn('FROM golang:1.13\nENTRYPOINT ["/usr/bin/rmd","-d","--address","0.0.0.0"]', 1, 'rmd'), /resctrl/);
  assert.match(hoverOn('FROM ubuntu:18.04\nENTRYPOINT ["/usr/bin/azure-npm"]', 1, 'azure-npm'), /netfilter|iptables/i);
  assert.ok(
    analyze('FROM weejewel/wg-easy:latest\n').notes.some((n) => n.range.start.line === 0 && /interface|WireGuard/i.test(n.markdown)),
  );
});

test("a start command handed the default route's interface is explained as capturing on that NIC, never reported", () => {
  for (const cmd of [
    `CMD ["sh", "-c", "exec python3 fatt.py -i $(ip route | grep \\"^default\\" | awk '{ print $5 }') --json_logging"]`,
    `CMD exec bin/server -d true -i $(ip route | grep "^default" | awk '{ print $5 }') -l /var/log/glutton.log`,
    `CMD sensor --interface=$(ip -4 route show default | cut -d' ' -f5)`,
    `ENTRYPOINT ["sh", "-c", "exec p0f -i $(ip r | awk '/default/ { print $5 }')"]`,
  ]) {
    const t = `FROM alpine:3.23\n${cmd}`;
    assert.match(hoverOn(t, 1, '$(ip'), /default route[\s\S]*CAP_NET_RAW[\s\S]*--network host/, cmd);
    assert.deepEqual(findingsOf(t, 'host-facility-required', 'rhel8'), [], cmd);
  }
  // The gateway's address ($3), an interface not read from the default route, and a build step are not this use.
  for (const line of [
    `CMD exec ./app --gateway $(ip route | awk '/default/ { print $3 }')`,
    `CMD exec ./app -i $(cat /etc/iface)`,
    `RUN ./probe -i $(ip route | grep default | awk '{ print $5 }')`,
  ]) {
    assert.doesNotMatch(hoverOn(`FROM alpine:3.23\n${line}`, 1, '$('), /default route/, line);
  }
});

test("Intel's AESM service started in the container is explained as the host's SGX device; /dev/isgx too", () => {
  for (const [line, word] of [
    ['CMD /bin/bash -c "service aesmd start"', 'aesmd'],
    ['CMD ["/opt/intel/sgx-aesm-service/aesm/aesm_service", "--no-daemon"]', 'aesm_service'],
    ['RUN ls -l /dev/isgx', '/dev/isgx'],
  ] as const) {
    const t = `FROM ubuntu:22.04\n${line}`;
    assert.match(hoverOn(t, 1, word), /SGX/, line);
    assert.match(hoverOn(t, 1, word), /sgx_enclave/, line);
  }
  // Other services, and the package's name in an echo, are not uses.
  assert.doesNotMatch(hoverOn('FROM ubuntu:22.04\nCMD service nginx start', 1, 'nginx'), /SGX/);
  assert.equal(hoverOn('FROM ubuntu:22.04\nRUN echo "service aesmd start"', 1, 'aesmd'), '');
});

test("sshuttle's client is explained as netfilter rules (iptables or nftables), also as a package a start script runs", () => {
  const t = 'FROM ubuntu:22.04\nCMD ["sshuttle", "-r", "user@host", "10.0.0.0/8"]';
  assert.match(hoverOn(t, 1, 'sshuttle'), /netfilter|iptables/i);
  assert.equal(hoverOn('FROM ubuntu:22.04\nRUN sshuttle --version', 1, 'sshuttle'), '');
  const script = 'FROM ubuntu\nRUN apt-get update && apt-get install -y sshuttle\nCOPY start.sh ./\nCMD ["./start.sh"]';
  assert.match(hoverOn(script, 3, 'start.sh'), /netfilter|iptables/i);
});

test('a service registered to start at boot is read by its name like a script (chkconfig, update-rc.d, systemctl enable)', () => {
  for (const line of [
    'RUN chkconfig --add disable-transparent-hugepages',
    'RUN chkconfig disable-transparent-hugepages on',
    'RUN update-rc.d disable-transparent-hugepages defaults',
    'RUN systemctl enable disable-transparent-hugepages.service',
  ]) {
    const md = hoverOn(`FROM centos:7\n${line}`, 1, 'disable-transparent-hugepages');
    assert.match(md, /Service named for huge pages/, line);
    assert.match(md, /registered to start when the image boots/, line);
    assert.deepEqual(findingsOf(`FROM centos:7\n${line}`, 'host-facility-required', 'debian-12'), [], line);
  }
  // Names that say nothing, other verbs, and a name a command trigger already explains once (`rc-update add openvpn`).
  assert.equal(hoverOn('FROM centos:7\nRUN systemctl enable sshd.service', 1, 'sshd'), '');
  assert.equal(hoverOn('FROM centos:7\nRUN chkconfig --del disable-transparent-hugepages', 1, 'disable-transparent-hugepages'), '');
  assert.doesNotMatch(hoverOn('FROM alpine:3.20\nRUN rc-update add openvpn default', 1, 'openvpn'), /Service named for/);
});

test("the Instana agent's folder (/opt/instana/agent) marks the image as its privileged host agent, on its start script too", () => {
  // instana/instana-agent-docker dynamic/Dockerfile: the agent package's tree copied in, run.sh run from that folder.
  const t = [
    'FROM registry.access.redhat.com/ubi8/ubi-minimal:latest',
    'COPY --from=instana-agent /opt/instana /opt/instana',
    'ADD run.sh /opt/instana/agent/bin',
    'WORKDIR /opt/instana/agent',
    'VOLUME ["/opt/instana/agent/etc/instana"]',
    'ENTRYPOINT ["/usr/local/bin/tini", "-s", "-g", "--", "./bin/run.sh"]',
  ].join('\n');
  assert.match(hoverOn(t, 2, '/opt/instana/agent/bin'), /Instana host agent/);
  assert.match(hoverOn(t, 5, 'run.sh'), /Instana host agent/);
  assert.deepEqual(findingsOf(t, 'host-facility-required', 'rhel8'), [], 'explained, never reported');
  // Another folder that only starts with the same letters is not the agent's.
  const other = 'FROM alpine:3.20\nCOPY web /opt/instana-web/\nVOLUME /opt/instanaX/agent\n';
  assert.equal(hoverOn(other, 1, '/opt/instana-web/'), '');
  assert.equal(hoverOn(other, 2, '/opt/instanaX/agent'), '');
});

test("general mechanisms for uncovered corpus lines (recallJ7): syz-manager, envbox, Cilium's bpftool image, DAPPER_RUN_ARGS --privileged, a .deb directory", () => {
  // Programs whose use of the host kernel their own documentation states; hover only, at start.
  const syz = 'FROM gcr.io/syzkaller/syzbot\nENTRYPOINT ./bin/syz-manager --config /tmp/syzkaller/syzkaller.cfg\n';
  assert.match(hoverOn(syz, 1, './bin/syz-manager'), /KVM[\s\S]*`syz-manager`/);
  assert.deepEqual(findingsOf(syz, 'host-facility-required', 'rhel8'), []);
  assert.match(hoverOn('FROM ubuntu:jammy\nCMD ["/envbox"]\n', 1, '/envbox'), /Docker-in-Docker[\s\S]*`envbox`/);
  // A stage built on Cilium's bpftool image, copied from.
  const bpf = 'FROM quay.io/cilium/cilium-bpftool:abc AS bpftool-dist\nFROM ubuntu:22.04\nCOPY --from=bpftool-dist /usr/local /usr/local\n';
  assert.match(hoverOn(bpf, 2, '--from'), /BPF/);
  // rancher/dapper's run options for the build container: --privileged there is explained on the ENV.
  for (const env of ['ENV DAPPER_RUN_ARGS --privileged -v /tmp:/tmp', 'ENV DAPPER_RUN_ARGS="--privileged -v k3os-pkg:/go/pkg"'])
    assert.match(hoverOn(`FROM golang:1.22\n${env}\n`, 1, 'DAPPER_RUN_ARGS'), /--privileged/, env);
  assert.equal(hoverOn('FROM golang:1.22\nENV DAPPER_RUN_ARGS -v /tmp:/tmp\n', 1, 'DAPPER_RUN_ARGS'), '');
  assert.equal(hoverOn('FROM golang:1.22\nENV OTHER_ARGS --privileged\n', 1, 'OTHER_ARGS'), '');
  // .deb files under a directory named after a package: that package; an unrelated directory: nothing.
  assert.match(hoverOn('FROM ubuntu:22.04\nRUN dpkg -i /iptables/*\\.deb && rm -rf /iptables\n', 1, '/iptables/'), /Netfilter/);
  assert.equal(hoverOn('FROM ubuntu:22.04\nRUN dpkg -i /tmp/debs/*.deb\n', 1, '/tmp/debs'), '');
});

test("Judge0's base image judge0/compilers brings the Isolate sandbox: explained on the FROM line, never reported", () => {
  const t = 'FROM judge0/compilers:1.4.0 AS production\nRUN echo ok\n';
  assert.match(hoverOn(t, 0, 'judge0/compilers'), /sandbox/i);
  assert.deepEqual(findingsOf(t, 'host-facility-required', 'rhel8'), []);
  // judge0/api is Judge0's own image under its name before the 2020 rename (judge0/judge0 f299d12a), run privileged
  // like judge0/judge0; judge0/buildpack-deps is the plain build base the compilers image starts from.
  assert.match(hoverOn('FROM judge0/api:1.13.0\n', 0, 'judge0/api'), /sandbox/i);
  assert.doesNotMatch(hoverOn('FROM judge0/buildpack-deps:buster-2019-12-28\n', 0, 'judge0/buildpack-deps'), /sandbox/i);
});

test('one facility named on several lines of a start script: one hover note on the word that runs it, every line listed', async () => {
  // precision audit 3: instana/instana-agent-docker dynamic/Dockerfile with its run.sh gave the ENTRYPOINT 21 copies of
  // the Instana agent's explanation, one per line of run.sh naming a file under /opt/instana/agent.
  const { analyzeDocument } = await import('../../analyze');
  const t = [
    'FROM registry.access.redhat.com/ubi8/ubi-minimal:latest',
    'ADD run.sh /opt/instana/agent/bin',
    'WORKDIR /opt/instana/agent',
    'ENTRYPOINT ["/usr/local/bin/tini", "-s", "-g", "--", "./bin/run.sh"]',
  ].join('\n');
  const script = [
    '#!/bin/bash',
    'cp /opt/instana/agent/etc/org.ops4j.pax.logging.cfg.tmpl /opt/instana/agent/etc/org.ops4j.pax.logging.cfg',
    'cp /opt/instana/agent/etc/mvn-settings.xml.tmpl /opt/instana/agent/etc/mvn-settings.xml',
    'exec /opt/instana/agent/bin/karaf server',
  ].join('\n');
  const result = analyzeDocument(t, { today: TODAY, contextFiles: new Map([['run.sh', script]]) });
  const character = t.split('\n')[3].indexOf('./bin/run.sh');
  const on = result.notes.filter(
    (n) =>
      n.range.start.line === 3 &&
      n.range.start.character <= character &&
      character < n.range.end.character &&
      /Instana host agent/.test(n.markdown),
  );
  assert.equal(on.length, 1, on.map((n) => n.markdown.slice(0, 160)).join('\n'));
  for (const line of [2, 3, 4]) assert.match(on[0].markdown, new RegExp(`run\\.sh line ${line}\\b`));
  assert.equal(on[0].markdown.match(/The Instana agent monitors/g)?.length, 1, 'the explanation once');
});

test("Rancher's `k3c daemon` and its root /var/lib/rancher/k3c are explained as a nested container engine; its client commands are not", () => {
  const t = ['FROM scratch', 'VOLUME /var/lib/rancher/k3c', 'CMD ["/bin/k3c", "daemon", "--bridge-cidr=172.19.0.0/16"]', ''].join('\n');
  assert.match(hoverOn(t, 1, '/var/lib/rancher/k3c'), /Docker-in-Docker/);
  assert.match(hoverOn(t, 2, 'k3c'), /Docker-in-Docker/);
  for (const line of ['CMD ["k3c", "build", "."]', 'RUN k3c images', 'ENTRYPOINT ["k3c"]']) {
    assert.equal(hoverOn(`FROM debian:12\n${line}`, 1, 'k3c'), '', line);
  }
});
