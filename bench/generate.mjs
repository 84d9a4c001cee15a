// Deterministic, realistic Dockerfiles for the benchmark (seeded PRNG, no Math.random): multi-stage
// builds with long RUN continuation chains, heredocs, comments, ARG/ENV blocks and kernel-relevant
// commands sprinkled in (modprobe, sysctl -w, WireGuard/kernel-header packages, $(uname -r),
// systemd as PID 1). Same seed and size → byte-identical text, so runs are comparable.
//
// Every generator returns { text, meta } where meta records what the benchmark needs to aim at:
// FROM lines, positions of kernel-relevant command words, and RUN continuation chains.

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

// Base images by package-manager family (test data for the generator, not facts the product ships).
const FAMILIES = {
  apt: [
    'ubuntu:22.04',
    'ubuntu:20.04',
    'ubuntu:24.04',
    'debian:12-slim',
    'debian:bookworm',
    'debian:11',
    'golang:1.22-bookworm',
    'node:20-bookworm-slim',
    'python:3.12-slim',
  ],
  apk: ['alpine:3.19', 'alpine:3.20', 'alpine:latest', 'golang:1.22-alpine'],
  yum: ['centos:7', 'rockylinux:9', 'almalinux:8', 'fedora:40', 'amazonlinux:2023', 'registry.access.redhat.com/ubi8/ubi:8.9'],
};
const APT_PKGS = [
  'ca-certificates',
  'curl',
  'git',
  'build-essential',
  'pkg-config',
  'libssl-dev',
  'zlib1g-dev',
  'libffi-dev',
  'python3',
  'python3-pip',
  'unzip',
  'xz-utils',
  'gnupg',
  'dirmngr',
  'iproute2',
  'iptables',
  'net-tools',
  'jq',
  'less',
  'vim-tiny',
  'openssh-client',
  'rsync',
  'tzdata',
  'locales',
  'libpq-dev',
  'libxml2-dev',
  'libyaml-dev',
  'libsqlite3-dev',
  'cmake',
  'ninja-build',
  'autoconf',
  'automake',
  'libtool',
  'gettext',
  'procps',
  'strace',
  'tini',
  'dumb-init',
  'sudo',
  'wget',
];
const APK_PKGS = [
  'ca-certificates',
  'curl',
  'git',
  'build-base',
  'openssl-dev',
  'zlib-dev',
  'libffi-dev',
  'python3',
  'py3-pip',
  'bash',
  'tini',
  'iproute2',
  'iptables',
  'jq',
  'musl-dev',
  'linux-headers',
  'tzdata',
  'openssh-client',
  'rsync',
  'su-exec',
];
const YUM_PKGS = [
  'ca-certificates',
  'curl',
  'git',
  'gcc',
  'gcc-c++',
  'make',
  'openssl-devel',
  'zlib-devel',
  'libffi-devel',
  'python3',
  'python3-pip',
  'unzip',
  'xz',
  'iproute',
  'iptables',
  'jq',
  'procps-ng',
  'which',
  'tar',
  'gzip',
  'sudo',
  'systemd',
  'cronie',
  'rsyslog',
];
const KERNEL_PKGS = {
  apt: [
    'wireguard',
    'wireguard-tools',
    'linux-headers-$(uname -r)',
    'linux-image-generic',
    'nftables',
    'bpfcc-tools',
    'liburing-dev',
    'dkms',
    'kmod',
  ],
  apk: ['wireguard-tools', 'linux-lts', 'nftables', 'bcc-tools', 'liburing-dev', 'kmod'],
  yum: ['kernel-devel-$(uname -r)', 'kernel-headers', 'wireguard-tools', 'nftables', 'bcc-tools', 'liburing-devel', 'kmod', 'dkms'],
};
const SYSCTLS = [
  'net.ipv4.ip_forward=1',
  'net.core.somaxconn=4096',
  'vm.max_map_count=262144',
  'fs.inotify.max_user_watches=524288',
  'net.ipv4.tcp_tw_reuse=1',
  'kernel.pid_max=4194304',
  'net.ipv6.conf.all.forwarding=1',
];
const MODULES = ['wireguard', 'br_netfilter', 'overlay', 'ip_tables', 'nf_conntrack', 'vxlan', 'xt_REDIRECT', 'fuse'];
const SERVICES = ['api', 'worker', 'gateway', 'indexer', 'scheduler', 'proxy', 'auth', 'billing', 'search', 'ingest'];
const SHELL_LINES = [
  'set -eux',
  'mkdir -p /opt/app/bin /var/log/app',
  'useradd --system --uid 10001 app || adduser -S -u 10001 app',
  'chown -R 10001 /opt/app',
  'ln -sf /usr/share/zoneinfo/UTC /etc/localtime',
  'echo "export PATH=/opt/app/bin:$PATH" > /etc/profile.d/app.sh',
  'curl -fsSL https://example.invalid/install.sh -o /tmp/install.sh',
  'sh /tmp/install.sh --prefix=/opt/app',
  'rm -f /tmp/install.sh',
  'find /opt/app -name "*.pyc" -delete',
  'test -x /opt/app/bin/app',
];

function installCommand(family, pkgs) {
  if (family === 'apt') return ['apt-get update', `apt-get install -y --no-install-recommends`, pkgs, 'rm -rf /var/lib/apt/lists/*'];
  if (family === 'apk') return [null, 'apk add --no-cache', pkgs, null];
  return [null, 'yum install -y', pkgs, 'yum clean all'];
}

/**
 * Writes lines while recording meta. `mark(word)` records the position of a command word on the
 * line being added, so the benchmark can hover exactly on the flagged command.
 */
class Writer {
  constructor() {
    this.lines = [];
    this.meta = { fromLines: [], kernelCommands: [], runChains: [] };
  }
  get length() {
    return this.lines.length;
  }
  add(line, ...words) {
    for (const w of words) {
      const character = line.indexOf(w);
      if (character >= 0) this.meta.kernelCommands.push({ line: this.lines.length, character: character + 1, word: w });
    }
    this.lines.push(line);
  }
}

/** One stage: FROM, metadata, a long install chain, heredocs, kernel-relevant bits, entrypoint. */
function writeStage(w, r, index, opts) {
  const family = r.pick(['apt', 'apt', 'apt', 'apk', 'yum']);
  const image = r.pick(FAMILIES[family]);
  const name = `${r.pick(SERVICES)}-${index}`;
  const maxChain = opts.maxChain ?? 60;
  w.add(`# ---- stage ${index}: ${name} (${family}) ----`);
  if (r.chance(0.25)) {
    w.add(`ARG BASE_${index}=${image}`);
    w.meta.fromLines.push(w.length);
    w.add(`FROM \${BASE_${index}} AS ${name}`);
  } else {
    w.meta.fromLines.push(w.length);
    w.add(`FROM ${r.chance(0.1) ? '--platform=linux/amd64 ' : ''}${image} AS ${name}`);
  }
  w.add(`LABEL org.opencontainers.image.title="${name}" \\`);
  w.add(`      org.opencontainers.image.revision="r${r.int(1000, 9999)}"`);
  if (family === 'apt') w.add('ENV DEBIAN_FRONTEND=noninteractive \\'), w.add('    LANG=C.UTF-8 \\'), w.add(`    APP_HOME=/opt/${name}`);
  else w.add(`ENV APP_HOME=/opt/${name}`);
  w.add('WORKDIR $APP_HOME');
  if (r.chance(0.5)) w.add('');

  // The long continuation chain: install packages (kernel ones sometimes), then shell steps.
  const pool = family === 'apt' ? APT_PKGS : family === 'apk' ? APK_PKGS : YUM_PKGS;
  const pkgCount = r.int(Math.min(8, maxChain), maxChain);
  const [pre, install, , post] = installCommand(family, null);
  const start = w.length;
  if (pre) {
    w.add(`RUN ${pre} \\`);
    w.add(` && ${install} \\`);
  } else w.add(`RUN ${install} \\`);
  for (let i = 0; i < pkgCount; i++) {
    if (r.chance(0.04)) w.add(`      # ${r.pick(['runtime deps', 'needed by the build', 'debug tools', 'TLS'])}`);
    if (r.chance(0.06)) {
      const kp = r.pick(KERNEL_PKGS[family]);
      w.add(`      ${kp} \\`, kp);
    } else w.add(`      ${r.pick(pool)}${r.chance(0.3) ? `=${r.int(1, 9)}.${r.int(0, 20)}*` : ''} \\`);
  }
  const steps = r.int(1, 6);
  for (let i = 0; i < steps; i++) {
    if (r.chance(0.08)) w.add(` && modprobe ${r.pick(MODULES)} || true \\`, 'modprobe');
    else if (r.chance(0.08)) w.add(` && sysctl -w ${r.pick(SYSCTLS)} \\`, 'sysctl');
    else w.add(` && ${r.pick(SHELL_LINES)} \\`);
  }
  w.add(post ? ` && ${post}` : ' && true');
  w.meta.runChains.push({ start, end: w.length - 1 });

  // Heredocs: a script and a config file.
  if (r.chance(0.6)) {
    w.add('RUN <<EOF');
    const n = r.int(2, 8);
    for (let i = 0; i < n; i++) {
      if (r.chance(0.1)) w.add(`echo ${r.pick(SYSCTLS)} >> /etc/sysctl.conf`);
      else w.add(r.pick(SHELL_LINES));
    }
    w.add('EOF');
  }
  if (r.chance(0.4)) {
    w.add(`COPY <<-CONF /etc/sysctl.d/99-${name}.conf`);
    const n = r.int(1, 4);
    for (let i = 0; i < n; i++) w.add(`\t${r.pick(SYSCTLS)}`);
    w.add('CONF');
  }
  // Single kernel-relevant instructions.
  if (r.chance(0.3)) w.add(`RUN sysctl -w ${r.pick(SYSCTLS)}`, 'sysctl');
  if (r.chance(0.25)) w.add(`RUN modprobe ${r.pick(MODULES)}`, 'modprobe');
  if (r.chance(0.2)) w.add('RUN mkdir -p /lib/modules/$(uname -r) && depmod -a $(uname -r)', 'uname');
  if (r.chance(0.3)) w.add(`# ${r.pick(['keep the image small', 'TODO: pin versions', 'see docs/build.md', 'runs as non-root'])}`);
  if (index > 0 && r.chance(0.6)) w.add(`COPY --from=${opts.previousName} /opt /opt`);
  w.add(`COPY . $APP_HOME/`);
  if (r.chance(0.5)) w.add(`EXPOSE ${r.pick([80, 443, 8080, 9090, 51820])}`);
  if (r.chance(0.4)) w.add('HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8080/healthz || exit 1');
  if (r.chance(0.2)) {
    w.add('STOPSIGNAL SIGRTMIN+3');
    w.add('CMD ["/sbin/init"]', '/sbin/init');
  } else if (r.chance(0.5)) w.add(`ENTRYPOINT ["/usr/bin/tini", "--", "/opt/app/bin/${name}"]`);
  else w.add(`CMD ["/opt/app/bin/${name}", "--port", "8080"]`);
  w.add('');
  return name;
}

/** The last stage, sized so the file ends at exactly `lineCount` lines: its install chain takes up the slack. */
function writeFinalStage(w, r, index, lineCount, previousName) {
  const family = r.pick(['apt', 'apk', 'yum']);
  const pool = family === 'apt' ? APT_PKGS : family === 'apk' ? APK_PKGS : YUM_PKGS;
  const [pre, install, , post] = installCommand(family, null);
  const fixed = 5 + (pre ? 1 : 0) + (previousName ? 1 : 0);
  const slack = lineCount - w.length - fixed;
  if (slack < 1) return;
  w.add(`# ---- stage ${index}: final (${family}) ----`);
  w.meta.fromLines.push(w.length);
  w.add(`FROM ${r.pick(FAMILIES[family])} AS final`);
  const start = w.length;
  if (pre) {
    w.add(`RUN ${pre} \\`);
    w.add(` && ${install} \\`);
  } else w.add(`RUN ${install} \\`);
  for (let i = 0; i < slack; i++) {
    if (r.chance(0.05)) {
      const kp = r.pick(KERNEL_PKGS[family]);
      w.add(`      ${kp} \\`, kp);
    } else w.add(`      ${r.pick(pool)} \\`);
  }
  w.add(post ? ` && ${post}` : ' && true');
  w.meta.runChains.push({ start, end: w.length - 1 });
  if (previousName) w.add(`COPY --from=${previousName} /opt /opt`);
  w.add('CMD ["/opt/app/bin/final"]');
}

/** A file of exactly `lineCount` lines (plus the trailing newline). */
export function generateDockerfile(lineCount, seed = 20260822) {
  const r = prng(seed ^ lineCount);
  const w = new Writer();
  w.add('# syntax=docker/dockerfile:1');
  w.add(`# Generated by bench/generate.mjs (seed ${seed}, ${lineCount} lines): a synthetic multi-stage build.`);
  const maxChain = Math.max(6, Math.min(60, Math.floor(lineCount / 8)));
  // A stage never exceeds this many lines (chain + comments inside it + the fixed parts).
  const stageMax = Math.ceil(maxChain * 1.1) + 48;
  let index = 0;
  let previousName = '';
  while (lineCount - w.length > stageMax + 12) previousName = writeStage(w, r, index++, { previousName, maxChain });
  writeFinalStage(w, r, index++, lineCount, previousName);
  while (w.length < lineCount) w.add(`# end of generated file (${w.length})`);
  return { text: w.lines.join('\n') + '\n', meta: { lines: w.length, stages: w.meta.fromLines.length, ...w.meta } };
}

/** A typical Dockerfile (30–80 lines), for the CLI throughput run. */
export function generateTypical(i, seed = 20260822) {
  const r = prng(seed + i * 7919);
  return generateDockerfile(r.int(30, 80), seed + i);
}

/**
 * Where the benchmark types: a continuation line in the middle of the RUN chain closest to the
 * middle of the file (a package line, before the trailing backslash).
 */
export function editSite(meta, lines) {
  const mid = Math.floor(meta.lines / 2);
  let best;
  for (const c of meta.runChains) {
    if (c.end - c.start < 3) continue;
    const d = Math.abs((c.start + c.end) / 2 - mid);
    if (!best || d < best.d) best = { c, d };
  }
  const chain = best?.c ?? meta.runChains[0];
  let line = Math.floor((chain.start + chain.end) / 2);
  while (line < chain.end && !/^\s+[a-z]/.test(lines[line])) line++;
  const text = lines[line];
  const bs = text.lastIndexOf(' \\');
  return { line, character: bs >= 0 ? bs : text.length, chain };
}
