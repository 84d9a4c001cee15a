import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyAndCheck, findingsOf, fixTitled, notesOnWord, textAt } from '../testKit';

const ID = 'build-time-sysctl';

test('flags sysctl writes on the key=value argument, with run-time advice for namespaced keys', () => {
  const t = 'FROM debian:13\nRUN sysctl -w net.core.somaxconn=1024 && sysctl vm.swappiness=10\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['net.core.somaxconn=1024', 'vm.swappiness=10'],
  );
  assert.match(f[0].message, /docker run --sysctl net\.core\.somaxconn=1024/);
  assert.match(f[1].message, /only the host can set it/);
});

test('flags /proc/sys writes, tee, sysctl -p and sysctl.conf writes (redirect, heredoc, sed -i)', () => {
  const t = [
    'FROM debian:13',
    'RUN echo 1 > /proc/sys/net/ipv4/ip_forward',
    'RUN echo 65535 | tee /proc/sys/fs/file-max',
    'RUN sysctl -p /etc/sysctl.d/99.conf',
    "RUN echo 'vm.max_map_count=262144' >> /etc/sysctl.conf",
    'RUN cat <<EOF > /etc/sysctl.d/10-net.conf\nnet.ipv4.ip_forward = 1\nEOF',
    "RUN sed -i 's/a/b/' /etc/sysctl.conf",
    '',
  ].join('\n');
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['/proc/sys/net/ipv4/ip_forward', '/proc/sys/fs/file-max', '-p', '/etc/sysctl.conf', '/etc/sysctl.d/10-net.conf', '/etc/sysctl.conf'],
  );
  assert.match(f[0].message, /--sysctl net\.ipv4\.ip_forward=1/);
  assert.match(f[4].message, /--sysctl net\.ipv4\.ip_forward=1/);
});

test('reads are not flagged: sysctl -a, sysctl -n key, sysctl key; CMD-time sysctl is not build time', () => {
  const t = 'FROM debian:13\nRUN sysctl -a && sysctl -n net.core.somaxconn && sysctl kernel.hostname\nCMD sysctl -w net.core.somaxconn=1\n';
  assert.deepEqual(findingsOf(t, ID), []);
  assert.ok(analyze(t).notes.some((n) => n.markdown.includes('(read)')));
});

test('fix: remove sysctl -w from a chain, leaving the run-time form as a comment', () => {
  const t = 'FROM debian:13\nRUN apt-get update \\\n && sysctl -w net.core.somaxconn=1024 \\\n && rm -rf /var/lib/apt/lists/*\n';
  const fix = fixTitled(findingsOf(t, ID)[0], 'Remove');
  assert.equal(fix.isPreferred, true);
  applyAndCheck(
    t,
    fix,
    'FROM debian:13\n# host kernel: run with: docker run --sysctl net.core.somaxconn=1024\nRUN apt-get update \\\n && rm -rf /var/lib/apt/lists/*\n',
    { instructions: 2, rule: ID },
  );
});

test('fix: host-only key as the only command (exec form) removes the instruction', () => {
  const t = 'FROM debian:13\nRUN ["sysctl", "-w", "vm.swappiness=10"]\nCMD ["app"]\n';
  applyAndCheck(
    t,
    fixTitled(findingsOf(t, ID)[0], 'Remove'),
    'FROM debian:13\n# host kernel: set vm.swappiness=10 on the host (/etc/sysctl.d/)\nCMD ["app"]\n',
    { instructions: 2, rule: ID },
  );
});

test('fix: heredoc into sysctl.conf inside RUN <<EOF is removed with its body', () => {
  const t = 'FROM debian:13\nRUN <<EOF\nset -e\ncat <<CONF >> /etc/sysctl.conf\nnet.core.somaxconn = 4096\nCONF\nEOF\n';
  const f = findingsOf(t, ID);
  assert.equal(f.length, 1);
  // The cat with its heredoc is the last of two commands: removal would strand the body, so no removal is offered…
  assert.ok(!f[0].fixes.some((x) => x.title.startsWith('Remove')));
  // …but as the only command it goes with the instruction.
  const only = 'FROM debian:13\nRUN cat <<CONF >> /etc/sysctl.conf\nnet.core.somaxconn = 4096\nCONF\nCMD ["app"]\n';
  applyAndCheck(
    only,
    fixTitled(findingsOf(only, ID)[0], 'Remove'),
    'FROM debian:13\n# host kernel: run with: docker run --sysctl net.core.somaxconn=4096\nCMD ["app"]\n',
    { instructions: 2, rule: ID },
  );
});

test('a sysctl file copied in (COPY … /etc/sysctl.conf, /etc/sysctl.d/) is explained on hover, never reported', () => {
  const t = [
    'FROM node:18',
    'COPY ./sysctl.conf /etc/sysctl.conf',
    'COPY 99-net.conf /etc/sysctl.d/',
    'COPY ["a.conf", "/etc/sysctl.d/a.conf"]',
    'COPY sysctl.conf /app/config/sysctl.conf',
    '',
  ].join('\n');
  for (const target of ['rhel8', 'ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const notes = analyze(t).notes.filter((n) => n.markdown.includes('A container does not boot'));
  assert.deepEqual(
    notes.map((n) => [n.range.start.line, textAt(t, n)]),
    [
      [1, '/etc/sysctl.conf'],
      [2, '/etc/sysctl.d/'],
      [3, '"/etc/sysctl.d/a.conf"]'],
    ],
  );
  assert.match(notes[0].markdown, /docker run --sysctl k=v/);
});

test('every sysctl.d(5) directory counts: /usr/lib/sysctl.d and /run/sysctl.d too (sample 57)', () => {
  const t =
    'FROM debian:13\nCOPY 99-synproxy.conf /usr/lib/sysctl.d/99-synproxy.conf\nRUN echo net.ipv4.tcp_syncookies=1 > /run/sysctl.d/10-x.conf\n';
  assert.deepEqual(
    analyze(t)
      .notes.filter((n) => n.markdown.includes('A container does not boot'))
      .map((n) => textAt(t, n)),
    ['/usr/lib/sysctl.d/99-synproxy.conf'],
  );
  assert.deepEqual(
    findingsOf(t, ID).map((f) => f.range.start.line),
    [2],
  );
  // A bootable image applies them at its own boot: explained as such, and a file written there is not reported.
  const boot =
    'FROM quay.io/fedora/fedora-bootc:41\nCOPY 99-synproxy.conf /usr/lib/sysctl.d/\nRUN echo vm.swappiness=10 > /usr/lib/sysctl.d/90-swap.conf\n';
  assert.deepEqual(findingsOf(boot, ID), []);
  assert.ok(analyze(boot).notes.some((n) => /This image is bootable/.test(n.markdown) && n.range.start.line === 1));
  // Elsewhere under /usr/lib is not sysctl configuration.
  assert.deepEqual(findingsOf('FROM debian:13\nRUN echo a=b > /usr/lib/sysctl.conf.example\n', ID), []);
});

test('a sysctl write when the container starts is not explained as a read', () => {
  const t = 'FROM redis:7\nCMD sysctl -w vm.overcommit_memory=1 && exec redis-server\nCMD sysctl -n vm.overcommit_memory\n';
  const notes = analyze(t).notes;
  assert.ok(!notes.some((n) => n.range.start.line === 1 && n.markdown.includes('(read)')));
  assert.ok(notes.some((n) => n.range.start.line === 2 && n.markdown.includes('(read)')));
});

test('sample 103: a start command in a stage whose ENV spells sysctl keys with __ is explained (hover only), other ENV names are not', () => {
  const t =
    'FROM alpine:edge\nADD tunesys /tunesys\nENV TUNE_CACHE=1 \\\n    sys__vm__drop_caches=3\n' +
    'ENV net__ipv4__tcp_fin_timeout=20 \\\n    net__ipv4__tcp_tw_reuse=1\nCMD [ "/tunesys/run" ]\n';
  const hover = notesOnWord(t, 6, 'tunesys');
  assert.match(hover, /kernel parameters in ENV.*`vm\.drop_caches`.*`net\.ipv4\.tcp_fin_timeout`/s);
  assert.match(hover, /`vm\.drop_caches` is not namespaced/);
  for (const target of ['ubuntu-22.04', 'debian-12', 'rhel8'] as const) assert.deepEqual(findingsOf(t, ID, target), [], target);
  const quiet = [
    'FROM alpine\nENV NET_TIMEOUT=20 KERNEL_VERSION=6.1 vm_name=a\nCMD ["/run"]\n',
    'FROM alpine\nENV APP__DB__HOST=db\nCMD ["/run"]\n',
    // A builder stage's ENV says nothing of the final stage's start.
    'FROM alpine AS b\nENV net__core__somaxconn=1024\nFROM alpine\nCMD ["/run"]\n',
  ];
  for (const q of quiet) assert.doesNotMatch(notesOnWord(q, q.split('\n').length - 2, 'run'), /kernel parameters in ENV/, q);
});
