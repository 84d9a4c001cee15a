/**
 * Build-context scripts, second round (issue 16): multi-stage copies, scripts RUN runs, scripts a
 * script runs in turn, and the rules that read RUN/CMD shell seeing their commands.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, contextPathsOf } from '../../analyze';
import { BlockCache, buildModel } from '../../document';
import type { ContextFiles } from '../types';
import type { Finding } from '../../types';
import { resolveTarget } from '../../host/resolve';
import { TODAY, target, textAt } from '../testKit';

const NEW_KERNEL = target({ kernel: { major: 6, minor: 8, patch: 0, raw: '6.8.0' } });

function paths(text: string, files?: ContextFiles): string[] {
  return contextPathsOf(buildModel(text, new BlockCache()), files);
}

function run(text: string, files: Record<string, string>, ruleId: string, t = NEW_KERNEL): Finding[] {
  const contextFiles = new Map(Object.entries(files));
  return analyzeDocument(text, { target: t, today: TODAY, contextFiles }).findings.filter((f) => f.ruleId === ruleId);
}

const LOADS = '#!/bin/sh\nset -e\nmodprobe wireguard\nexec "$@"\n';

test('multi-stage (a stage built on the one that COPYs, COPY --from= a stage that COPYed it) and directory copies', () => {
  // The final stage built on the stage that copied the script, which sets the ENTRYPOINT or not.
  assert.deepEqual(paths('FROM alpine AS base\nCOPY e.sh /e.sh\nFROM base\nENTRYPOINT ["/e.sh"]\n'), ['e.sh']);
  assert.deepEqual(paths('FROM alpine AS base\nWORKDIR /app\nCOPY . .\nFROM base\nCMD ["./run.sh"]\n'), ['run.sh'], 'WORKDIR inherited');
  // COPY --from=<stage>: the file, a directory, by stage index, through two stages.
  const from =
    'FROM alpine AS build\nCOPY docker/entrypoint.sh /out/\nFROM debian:12\nCOPY --from=build /out/entrypoint.sh /usr/local/bin/\nENTRYPOINT ["entrypoint.sh"]\n';
  assert.deepEqual(paths(from), ['docker/entrypoint.sh']);
  assert.deepEqual(
    paths('FROM alpine AS build\nWORKDIR /src\nCOPY . .\nFROM alpine\nCOPY --from=0 /src/scripts/ /usr/local/bin/\nCMD ["start.sh"]\n'),
    ['scripts/start.sh'],
  );
  assert.deepEqual(
    paths(
      'FROM alpine AS a\nCOPY s.sh /s.sh\nFROM alpine AS b\nCOPY --from=a /s.sh /t/s.sh\nFROM alpine\nCOPY --from=b /t/ /\nCMD ["/s.sh"]\n',
    ),
    ['s.sh'],
  );
  // Not from the context: an image's file, a file the stage did not copy, a later stage, a COPY that replaces it.
  assert.deepEqual(paths('FROM alpine\nCOPY --from=nginx:1 /e.sh /e.sh\nENTRYPOINT ["/e.sh"]\n'), []);
  assert.deepEqual(paths('FROM alpine AS build\nRUN make\nFROM alpine\nCOPY --from=build /e.sh /e.sh\nENTRYPOINT ["/e.sh"]\n'), []);
  assert.deepEqual(paths('FROM alpine AS base\nCOPY e.sh /e.sh\nFROM base\nCOPY --from=nginx /x.sh /e.sh\nENTRYPOINT ["/e.sh"]\n'), []);
  assert.deepEqual(paths('FROM alpine\nCOPY . /app\nENTRYPOINT ["/app/entrypoint.sh"]\n'), ['entrypoint.sh']);
  assert.deepEqual(paths('FROM alpine\nADD . /app\nENTRYPOINT ["/app/docker/entrypoint.sh"]\n'), ['docker/entrypoint.sh']);
  assert.deepEqual(paths('FROM alpine\nCOPY scripts/ /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/start.sh"]\n'), ['scripts/start.sh']);
  assert.deepEqual(paths('FROM alpine\nWORKDIR /srv\nCOPY scripts/ bin/\nCMD ["/srv/bin/start.sh"]\n'), ['scripts/start.sh']);
  // The finding sits on the final stage's word, naming the file of the context.
  const f = run(from, { 'docker/entrypoint.sh': LOADS }, 'kernel-module-load');
  assert.equal(f.length, 1);
  assert.equal(textAt(from, f[0]), '"entrypoint.sh"');
  assert.match(f[0].message, /docker\/entrypoint\.sh line 3/);
});

test('a script RUN runs: reported as the same command written in the RUN, on the RUN word, the script line related', () => {
  const text = 'FROM debian:12\nWORKDIR /opt\nCOPY install-driver.sh .\nRUN chmod +x install-driver.sh && ./install-driver.sh\n';
  assert.deepEqual(paths(text), ['install-driver.sh']);
  const script = '#!/bin/bash\necho "modprobe nvidia is done on the host"\nmodprobe nvidia\n';
  const f = run(text, { 'install-driver.sh': script }, 'kernel-module-load');
  assert.equal(f.length, 1, 'the echo is not a command');
  assert.equal(textAt(text, f[0]), './install-driver.sh');
  const inline = run('FROM debian:12\nRUN modprobe nvidia\n', {}, 'kernel-module-load');
  assert.equal(f[0].severity, inline[0].severity, 'same severity as inline');
  assert.match(f[0].message, /^`modprobe nvidia` \(install-driver\.sh line 3\) runs at build time on the build machine's kernel/);
  const rel = f[0].related?.find((r) => r.file === 'install-driver.sh');
  assert.equal(rel?.range?.start.line, 2);
  assert.match(rel?.message ?? '', /which RUN runs while the image is built/);
  assert.ok(!f[0].fixes.some((x) => x.title.startsWith('Remove')), 'no fix edits the script');
  // `bash /tmp/setup.sh` after its COPY; not before it.
  const sysctl = 'FROM debian:12\nCOPY setup.sh /tmp/\nRUN bash /tmp/setup.sh\n';
  const s = run(sysctl, { 'setup.sh': 'sysctl -w net.ipv4.ip_forward=1\n' }, 'build-time-sysctl');
  assert.equal(s.length, 1);
  assert.equal(textAt(sysctl, s[0]), '/tmp/setup.sh');
  assert.match(s[0].message, /^`sysctl -w net\.ipv4\.ip_forward=1` \(setup\.sh line 1\): This sets a kernel parameter at build time/);
  assert.ok(s[0].related?.some((r) => r.file === 'setup.sh'));
  assert.deepEqual(paths('FROM debian:12\nRUN bash /tmp/setup.sh\nCOPY setup.sh /tmp/\n'), [], 'copied after the RUN');
  // A build tool the RUN runs is not a script to read (autoconf's configure, a Makefile's programs).
  assert.deepEqual(paths('FROM debian:12\nWORKDIR /src\nCOPY . .\nRUN ./configure && make && ./bin/tool\n'), []);
  // nestybox's k8s-node: `COPY kube-pull.sh /usr/bin/` + `RUN … kube-pull.sh $v`, whose line 22 starts dockerd.
  const pull = 'FROM ubuntu:24.04\nCOPY kube-pull.sh /usr/bin/\nRUN chmod +x /usr/bin/kube-pull.sh && kube-pull.sh $k8s_version\n';
  const d = run(pull, { 'kube-pull.sh': '#!/bin/sh\ndockerd > /var/log/dockerd.log 2>&1 &\nsleep 2\n' }, 'host-facility-required');
  const inlineD = run('FROM ubuntu:24.04\nRUN dockerd > /var/log/dockerd.log 2>&1 &\n', {}, 'host-facility-required');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, inlineD[0].severity);
  assert.equal(textAt(pull, d[0]), 'kube-pull.sh');
  assert.match(d[0].message, /cannot start in a docker build step.*`dockerd` \(kube-pull\.sh line 2\)/);
  assert.ok(d[0].related?.some((r) => r.file === 'kube-pull.sh' && r.range?.start.line === 1));
  // build-time-sysctl stays on build time: `sysctl -w` in an entrypoint is a start-time use (hover, requirements).
  const start = 'FROM debian:12\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n';
  const files = { 'entrypoint.sh': '#!/bin/sh\nsysctl -w net.core.somaxconn=1024\nexec "$@"\n' };
  assert.equal(run(start, files, 'build-time-sysctl').length, 0);
  const result = analyzeDocument(start, { target: NEW_KERNEL, today: TODAY, contextFiles: new Map(Object.entries(files)) });
  assert.ok(result.notes.some((n) => n.range.start.line === 2 && /entrypoint\.sh line 2/.test(n.markdown)));
});

test('scripts a context script runs: exec, . and source, followed two levels, each file once, no cycles', () => {
  const text = 'FROM alpine\nWORKDIR /app\nCOPY . .\nCOPY bin/ /usr/local/bin/\nENTRYPOINT ["/app/entrypoint.sh"]\n';
  const files: Record<string, string> = {
    'entrypoint.sh': '#!/bin/sh\n. /usr/local/bin/lib.sh\nsource ./env.sh\nexec /usr/local/bin/setup-net.sh "$@"\n',
    'bin/lib.sh': 'echo lib\n',
    'env.sh': '. ./entrypoint.sh\n',
    'bin/setup-net.sh': '#!/bin/sh\n\nmodprobe wireguard\nip link add wg0 type wireguard\n. /usr/local/bin/level3.sh\n',
    'bin/level3.sh': 'echo two levels down\n. /usr/local/bin/level4.sh\n',
    'bin/level4.sh': 'modprobe ip_vs\n',
  };
  assert.deepEqual(paths(text), ['entrypoint.sh']);
  const asked = paths(text, new Map(Object.entries(files)));
  assert.deepEqual(asked, ['entrypoint.sh', 'bin/lib.sh', 'env.sh', 'bin/setup-net.sh', 'bin/level3.sh']);
  const f = run(text, files, 'kernel-module-load');
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.match(f[0].message, /^`modprobe wireguard` \(bin\/setup-net\.sh line 3\)/);
  assert.doesNotMatch(f[0].message, /ip_vs/, 'a third level is not followed');
  assert.ok(!asked.includes('bin/level4.sh'), 'nor asked for');
  const rel = f[0].related?.find((r) => r.file === 'bin/setup-net.sh');
  assert.equal(rel?.range?.start.line, 2);
  assert.match(rel?.message ?? '', /run by entrypoint\.sh line 4/);
  // Without the nested file's text, nothing is said about it.
  const { 'bin/setup-net.sh': _, ...without } = files;
  assert.equal(run(text, without, 'kernel-module-load').length, 0);
});

test('kernel-feature-missing sees an entrypoint command: wg-quick on a kernel without WireGuard, the script line as evidence', () => {
  const text = 'FROM debian:12\nCOPY start.sh /\nCMD ["/start.sh"]\n';
  const script = '#!/bin/sh\n# wg-quick up wg0 in a comment\nwg-quick up wg0\nexec sleep infinity\n';
  const old = run(text, { 'start.sh': script }, 'kernel-feature-missing', target());
  assert.equal(old.length, 1);
  assert.equal(old[0].severity, 'warning');
  assert.equal(textAt(text, old[0]), '"/start.sh"');
  assert.match(old[0].message, /^`wg-quick` \(start\.sh line 3\) will fail on .*: its kernel lacks WireGuard/);
  assert.ok(old[0].related?.some((r) => r.file === 'start.sh' && r.range?.start.line === 2));
  assert.equal(run(text, { 'start.sh': script }, 'kernel-feature-missing', NEW_KERNEL).length, 0, 'a kernel with WireGuard');
  // Off by default only (user namespaces restricted on Ubuntu 24.04): the script may never reach the line; hover only.
  const ubuntu = resolveTarget({ cli: { target: 'ubuntu-24.04' } }).target;
  const rootless = { 'start.sh': 'if [ "$(id -u)" != 0 ]; then exec rootlesskit dockerd; fi\n' };
  assert.equal(run(text, rootless, 'kernel-feature-missing', ubuntu).length, 0);
  const hover = analyzeDocument(text, { target: ubuntu, today: TODAY, contextFiles: new Map(Object.entries(rootless)) }).notes;
  assert.ok(hover.some((n) => n.range.start.line === 2 && /rootlesskit.*start\.sh line 1/.test(n.markdown)));
  // A module load in a RUN script maps to its feature too, as inline.
  const runText = 'FROM debian:12\nCOPY setup.sh /\nRUN sh /setup.sh\n';
  const m = run(runText, { 'setup.sh': 'modprobe wireguard\n' }, 'kernel-feature-missing', target());
  assert.equal(m.length, 1);
  assert.match(m[0].message, /^Module `wireguard` \(setup\.sh line 1\) will fail/);
});
