import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyAndCheck, findingsOf, fixTitled, textAt } from '../testKit';
import { analyzeDocument } from '../../analyze';
import type { TargetHost } from '../../host/types';

const ID = 'kernel-module-load';

test('flags modprobe/insmod/rmmod/depmod at build and start, on the command word', () => {
  const t = 'FROM debian:13\nRUN modprobe wireguard && insmod /x/foo.ko && rmmod bar && depmod -a\nCMD ["modprobe", "tun"]\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['modprobe', 'insmod', 'rmmod', 'depmod', '"modprobe"'],
  );
  assert.match(f[0].message, /build machine's kernel/);
  assert.match(f[0].message, /modules-load\.d\/wireguard\.conf/);
  assert.match(f[4].message, /acts on the host's kernel: it needs CAP_SYS_MODULE/);
  assert.equal(f[0].related?.[0].range?.start.line, 0, 'related points at FROM');
});

test('does not flag modinfo, lsmod, dry runs, comments or strings', () => {
  const t =
    'FROM debian:13\n# RUN modprobe x\nRUN modinfo ext4; lsmod; modprobe -n wireguard; modprobe --show-depends x; echo "modprobe x"\n';
  assert.deepEqual(findingsOf(t, ID), []);
});

test('fix: remove from the middle of a continuation chain and add a host note', () => {
  const t = 'FROM debian:13\nRUN apt-get update && \\\n    modprobe wireguard && \\\n    apt-get install -y wireguard-tools\n';
  const fix = fixTitled(findingsOf(t, ID)[0], 'Remove');
  assert.equal(fix.isPreferred, true);
  assert.equal(fix.safe, true);
  applyAndCheck(
    t,
    fix,
    'FROM debian:13\n# host kernel: load module wireguard on the host (e.g. /etc/modules-load.d/wireguard.conf)\nRUN apt-get update && \\\n    apt-get install -y wireguard-tools\n',
    { instructions: 2, rule: ID },
  );
});

test('fix: the only command removes the instruction, continuation lines included (CRLF)', () => {
  const t = 'FROM debian:13\r\nRUN modprobe \\\r\n      br_netfilter\r\nCMD ["bash"]\r\n';
  const fix = fixTitled(findingsOf(t, ID)[0], 'Remove');
  applyAndCheck(
    t,
    fix,
    'FROM debian:13\r\n# host kernel: load module br_netfilter on the host (e.g. /etc/modules-load.d/br_netfilter.conf)\r\nCMD ["bash"]\r\n',
    { instructions: 2, rule: ID },
  );
});

test('fix: last command of the file with no trailing newline', () => {
  const t = 'FROM debian:13\nRUN modprobe tun';
  applyAndCheck(
    t,
    fixTitled(findingsOf(t, ID)[0], 'Remove'),
    'FROM debian:13\n# host kernel: load module tun on the host (e.g. /etc/modules-load.d/tun.conf)',
    { instructions: 1, rule: ID },
  );
});

test('fix: heredoc RUN and backtick escape', () => {
  const h = 'FROM debian:13\nRUN <<EOF\nset -e\nmodprobe -r floppy\nEOF\n';
  applyAndCheck(
    h,
    fixTitled(findingsOf(h, ID)[0], 'Remove'),
    'FROM debian:13\n# host kernel: module floppy is managed on the host, not in the image\nRUN <<EOF\nset -e\nEOF\n',
    { instructions: 2, rule: ID },
  );
  const b = '# escape=`\nFROM debian:13\nRUN apt-get update && `\n    modprobe tun && `\n    apt-get install -y openvpn\n';
  applyAndCheck(
    b,
    fixTitled(findingsOf(b, ID)[0], 'Remove'),
    '# escape=`\nFROM debian:13\n# host kernel: load module tun on the host (e.g. /etc/modules-load.d/tun.conf)\nRUN apt-get update && `\n    apt-get install -y openvpn\n',
    { instructions: 2, rule: ID },
  );
});

test('no removal fix inside a pipeline or condition; start-phase commands get no removal', () => {
  const t = 'FROM debian:13\nRUN if modprobe x; then echo y; fi\nCMD modprobe tun && exec app\n';
  for (const f of findingsOf(t, ID)) assert.ok(!f.fixes.some((x) => x.title.startsWith('Remove')), f.message);
});

test('hover notes for module commands even without a target', () => {
  const notes = analyze('FROM debian:13\nRUN modprobe tun\n').notes.filter((n) => n.markdown.includes('**modprobe**'));
  assert.equal(notes.length, 1);
});

// ── Module loading in every form (issue #16) ──────────────────────────────────────────────

function noModulesTarget(): TargetHost {
  const states: Record<string, 'builtin' | 'off'> = { MODULES: 'off' };
  return {
    label: 'tiny appliance',
    origin: { kind: 'cli', detail: 'test' },
    kernel: { major: 6, minor: 1, patch: 0, raw: '6.1.0' },
    config: { origin: 'appliance.config', size: 1, state: (s) => states[s] ?? 'off', value: () => undefined },
  };
}

test('first sentence says what is wrong and where it fails, short', () => {
  const t = 'FROM debian:13\nRUN modprobe br_netfilter\nCMD ["modprobe", "tun"]\n';
  const f = findingsOf(t, ID);
  const first = (m: string) => m.slice(0, m.indexOf('. ') + 1);
  assert.equal(first(f[0].message), "`modprobe br_netfilter` runs at build time on the build machine's kernel; the image keeps nothing.");
  assert.ok(first(f[1].message).length <= 100, first(f[1].message));
  assert.match(first(f[1].message), /acts on the host's kernel: it needs CAP_SYS_MODULE/);
});

test('a target with CONFIG_MODULES off is named in the message and the hover', () => {
  const t = 'FROM debian:13\nCMD ["modprobe", "tun"]\n';
  const r = analyzeDocument(t, { target: noModulesTarget(), today: new Date('2026-11-26T00:00:00Z') });
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /CONFIG_MODULES off \(appliance\.config\): no module can be loaded there at all/);
  assert.ok(r.notes.some((n) => n.markdown.includes('✗ CONFIG_MODULES is off')));
  // A known config with modules on, and no config at all.
  assert.ok(analyze(t, 'debian-12').notes.some((n) => n.markdown.includes('modules ✓ (CONFIG_MODULES=y')));
  assert.ok(analyze(t).notes.some((n) => n.markdown.includes('unknown (no kernel config known')));
});

test('start scripts written by heredoc and named by ENTRYPOINT/CMD are read; unnamed or COPY-only ones are not', () => {
  const script =
    'RUN cat > /usr/local/bin/start.sh <<\'EOF\'\n#!/bin/sh\n# modprobe in a comment\necho modprobe text\nmodprobe wireguard\nexec "$@"\nEOF\n';
  const named = `FROM debian:13\n${script}ENTRYPOINT ["/usr/local/bin/start.sh"]\n`;
  const f = findingsOf(named, ID);
  assert.deepEqual(
    f.map((x) => [textAt(named, x), x.range.start.line]),
    [['modprobe', 5]],
  );
  assert.match(f[0].message, /start script/);
  assert.deepEqual(findingsOf(`FROM debian:13\n${script}CMD ["nginx"]\n`, ID), [], 'a written script nothing runs');
  assert.deepEqual(findingsOf('FROM debian:13\nCOPY start.sh /start.sh\nENTRYPOINT ["/start.sh"]\n', ID), [], 'invisible script: silence');
  // tee, COPY heredoc, and `sh /path` naming the script.
  const tee = 'FROM debian:13\nRUN tee /init.sh <<EOF\ninsmod /x.ko\nEOF\nCMD ["sh", "/init.sh"]\n';
  assert.deepEqual(
    findingsOf(tee, ID).map((x) => textAt(tee, x)),
    ['insmod'],
  );
  const copy = 'FROM debian:13\nCOPY --chmod=755 <<EOF /start.sh\n#!/bin/bash\nmodprobe -a ip_vs ip_vs_rr\nEOF\nENTRYPOINT ["/start.sh"]\n';
  assert.deepEqual(
    findingsOf(copy, ID).map((x) => textAt(copy, x)),
    ['modprobe'],
  );
  // A python script is not shell.
  const py = 'FROM debian:13\nRUN cat > /s.py <<\'EOF\'\n#!/usr/bin/env python3\nmodprobe = 1\nEOF\nCMD ["/s.py"]\n';
  assert.deepEqual(findingsOf(py, ID), []);
});

test('/etc/modules and /etc/modules-load.d writes warn; COPY .ko, VOLUME /lib/modules, kmod explain only', () => {
  const t =
    'FROM debian:13\nRUN echo wireguard >> /etc/modules && echo overlay | tee /etc/modules-load.d/overlay.conf\nCOPY k8s.conf /etc/modules-load.d/\nCOPY drv.ko /lib/modules/extra/\nVOLUME ["/lib/modules"]\nRUN apt-get install -y kmod\n# echo x > /etc/modules\nRUN echo "/etc/modules" > /tmp/note\n';
  const f = findingsOf(t, ID);
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['/etc/modules', '/etc/modules-load.d/overlay.conf', '/etc/modules-load.d/'],
  );
  assert.match(f[0].message, /^`\/etc\/modules` is read at boot to load modules; a container never boots/);
  const notes = analyze(t).notes.map((n) => [textAt(t, n), n.markdown.slice(0, 30)] as const);
  assert.ok(notes.some(([w]) => w === 'drv.ko'));
  assert.ok(notes.some(([w]) => w === '/lib/modules'));
  assert.ok(notes.some(([w]) => w === 'kmod'));
});

test('bootable containers: modules-load.d is the point there, no warning', () => {
  const t =
    'FROM quay.io/centos-bootc/centos-bootc:stream10\nRUN echo vfio-pci > /etc/modules-load.d/vfio.conf\nRUN depmod -a 6.12.0-55.el10.x86_64\n';
  assert.deepEqual(findingsOf(t, ID), []);
  const marked = 'FROM quay.io/example/custom-os:1\nRUN echo vfio-pci > /etc/modules-load.d/vfio.conf && ostree container commit\n';
  assert.deepEqual(findingsOf(marked, ID), [], 'ostree container commit marks the stage');
});

test('cp/install into /etc/modules-load.d warn; /etc/modprobe.d is explained (a driver container may read it)', () => {
  const t =
    'FROM debian:13\nRUN install -D -m 0644 k8s.conf /etc/modules-load.d/k8s.conf && cp wg.conf /etc/modules-load.d/ && cp /etc/modules-load.d/x.conf /tmp/\nRUN echo "options nvidia NVreg_X=1" > /etc/modprobe.d/nvidia.conf\nCOPY nouveau.conf /etc/modprobe.d/\n';
  assert.deepEqual(
    findingsOf(t, ID).map((x) => textAt(t, x)),
    ['/etc/modules-load.d/k8s.conf', '/etc/modules-load.d/'],
  );
  const notes = analyze(t)
    .notes.filter((n) => n.markdown.includes('module options/blacklists'))
    .map((n) => textAt(t, n));
  assert.deepEqual(notes.sort(), ['/etc/modprobe.d/', '/etc/modprobe.d/nvidia.conf']);
});

test('COPY into /etc/depmod.d is explained, never reported: only a depmod run from the image reads it', () => {
  const t = 'FROM ubuntu:16.04\nCOPY ovs-override.conf /etc/depmod.d/openvswitch.conf\nCOPY app.conf /etc/app.d/app.conf\n';
  assert.deepEqual(findingsOf(t, ID), []);
  const notes = analyze(t)
    .notes.filter((n) => n.markdown.includes("depmod's search order"))
    .map((n) => textAt(t, n));
  assert.deepEqual(notes, ['/etc/depmod.d/openvswitch.conf']);
});

test('two heredocs opened on one line: which body is whose is not guessed (silence)', () => {
  const t = "FROM debian:13\nRUN cat > /a.sh <<'A' && cat > /b.sh <<'B'\nmodprobe x\nA\necho hi\nB\nCMD [\"/b.sh\"]\n";
  assert.deepEqual(findingsOf(t, ID), []);
});

test('a start-script finding points at the CMD/ENTRYPOINT word that runs the script', () => {
  const t =
    'FROM debian:13\nRUN cat > /usr/local/bin/start.sh <<\'EOF\'\nmodprobe wireguard\nEOF\nENTRYPOINT ["/usr/local/bin/start.sh"]\n';
  const [f] = findingsOf(t, ID);
  const by = f.related?.find((r) => /Runs the script/.test(r.message));
  assert.ok(by?.range, JSON.stringify(f.related));
  assert.equal(textAt(t, { range: by!.range! }), '"/usr/local/bin/start.sh"');
});

test('start scripts written with echo lines and named by CMD/ENTRYPOINT are read, on the word that runs them', () => {
  const echoed =
    'FROM debian:13\nRUN echo "#!/bin/sh" > /start.sh && \\\n    echo "modprobe nvidia" >> /start.sh && \\\n    echo "exec \\"\\$@\\"" >> /start.sh && chmod +x /start.sh\nCMD ["/start.sh"]\n';
  const f = findingsOf(echoed, ID);
  assert.deepEqual(
    f.map((x) => [textAt(echoed, x), x.range.start.line]),
    [['"/start.sh"', 4]],
  );
  assert.match(f[0].message, /modprobe/);
  // Not named by CMD/ENTRYPOINT, overwritten by a later `>`, echo -e (escapes), an unknown expansion: silence.
  const none = [
    'FROM debian:13\nRUN echo "modprobe nvidia" > /start.sh\nCMD ["nginx"]\n',
    'FROM debian:13\nRUN echo "modprobe nvidia" > /start.sh && echo "exec nginx" > /start.sh\nCMD ["/start.sh"]\n',
    'FROM debian:13\nRUN echo -e "modprobe nvidia\\nexec nginx" > /start.sh\nCMD ["/start.sh"]\n',
    'FROM debian:13\nRUN echo "$MODULE_CMD" > /start.sh && echo "modprobe nvidia" >> /start.sh\nCMD ["/start.sh"]\n',
    'FROM debian:13\nRUN echo "modprobe nvidia" > /start.sh\nFROM debian:13\nCMD ["/start.sh"]\n',
  ];
  for (const t of none) assert.deepEqual(findingsOf(t, ID), [], t);
});

test('a module tool replaced by a copied wrapper: a hover note on the destination, no finding; other bin files stay silent', () => {
  const t =
    'FROM alpine:3.24\nCOPY modprobe.sh /usr/local/bin/modprobe\nCOPY docker-entrypoint.sh /usr/local/bin/\nCOPY tool /usr/local/bin/modprobe-helper\n';
  assert.deepEqual(findingsOf(t, ID), []);
  const notes = analyze(t).notes.filter((n) => n.markdown.includes('module tool'));
  assert.deepEqual(
    notes.map((n) => textAt(t, n)),
    ['/usr/local/bin/modprobe'],
  );
});

test('depmod -b indexes a module tree staged for another system: no finding (OS image builders); a bare depmod still warns', () => {
  const staged = 'FROM alpine:3.20\nRUN depmod -b /build/usr 6.12.59-talos\nRUN depmod --basedir=/rootfs -a 6.1.0 && depmod -b/out 6.1.0\n';
  assert.deepEqual(findingsOf(staged, ID), []);
  assert.deepEqual(findingsOf(staged, ID, 'rhel8'), []);
  assert.equal(findingsOf('FROM alpine:3.20\nRUN depmod -a\n', ID).length, 1);
});

test('lsmod, run or copied in, is explained (the running kernel: host or build machine), never reported', () => {
  // Mellanox/k8s-rdma-shared-dev-plugin Dockerfile copies lsmod from a package stage; its plugin lists the host's modules.
  const t = 'FROM alpine:3.20\nCOPY --from=pkgs /sbin/lsmod /sbin/lsmod\nRUN lsmod\nCMD ["lsmod"]\nRUN echo lsmod\n';
  const r = analyze(t, 'debian-12');
  const on = (line: number) =>
    r.notes
      .filter((n) => n.range.start.line === line && /lsmod lists the modules loaded in the kernel it runs on/.test(n.markdown))
      .map((n) => textAt(t, n));
  assert.deepEqual(on(1), ['/sbin/lsmod']);
  assert.deepEqual(on(2), ['lsmod']);
  assert.deepEqual(on(3), ['"lsmod"']);
  assert.deepEqual(on(4), [], 'an echoed word is not a command');
  assert.deepEqual(findingsOf(t, 'kernel-module-load', 'debian-12'), []);
});

test('precision audit 1: depmod for the shipped release in a driver container (ENTRYPOINT nvidia-driver init) is not flagged', () => {
  // NVIDIA/gpu-driver-container rhel8/precompiled/Dockerfile @ 06a208ca, cut to the lines that matter.
  const body =
    'RUN rm -rf /lib/modules/${KERNEL_VERSION} \\\n    && mkdir -p /lib/modules/${KERNEL_VERSION}/proc \\\n    && depmod ${KERNEL_VERSION}\n';
  const from = 'FROM nvcr.io/nvidia/cuda:12.9.1-base-ubi8\nARG KERNEL_VERSION\n';
  assert.deepEqual(findingsOf(`${from}${body}ENTRYPOINT ["nvidia-driver", "init"]\n`, ID), []);
  assert.equal(findingsOf(`${from}${body}ENTRYPOINT ["/app"]\n`, ID).length, 1);
  // The driver container's stage only: a builder stage's depmod is still flagged.
  assert.equal(findingsOf(`${from}${body}FROM ${from.slice(5)}ENTRYPOINT ["nvidia-driver", "init"]\n`, ID).length, 1);
});

test('precision audit 1: depmod in a stage only copied from (a module package for a booted kernel) is not flagged', () => {
  // linuxkit/linuxkit kernel/common/Dockerfile.zfs @ 3bf33c3a, cut to the lines that matter.
  const build = 'FROM alpine:3.22 AS build\nRUN make -C /zfs/module install\nRUN cd /lib/modules && \\\n    depmod -ae *\n';
  assert.deepEqual(findingsOf(`${build}FROM scratch\nENTRYPOINT []\nCMD []\nCOPY --from=build /lib/modules/ /lib/modules/\n`, ID), []);
  // The same stage run as the image itself: flagged.
  assert.equal(findingsOf(`${build}CMD ["/app"]\n`, ID).length, 1);
});

test("precision audit 3: a module command in a shell function called once per module is listed once, with every call's module", async () => {
  // vimagick/dockerfiles nfs/old/arm/entrypoint.sh (ehough/docker-nfs-server): assert_kernel_mod() runs
  // `modprobe -v "$module"`, called for each module; the finding said "4 `modprobe` commands … (lines 318, 318, 318, 318)".
  const { analyzeDocument } = await import('../../analyze');
  const { TODAY } = await import('../testKit');
  const script = [
    '#!/bin/bash',
    'assert_kernel_mod() {',
    '  local -r module=$1',
    '  modprobe -v "$module"',
    '}',
    'assert_kernel_mod nfs',
    'assert_kernel_mod nfsd',
    'assert_kernel_mod rpcsec_gss_krb5',
    'exec rpc.mountd',
  ].join('\n');
  const t = 'FROM debian:12\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/entrypoint.sh"]\n';
  const found = analyzeDocument(t, { today: TODAY, contextFiles: new Map([['entrypoint.sh', script]]) }).findings.filter(
    (f) => f.ruleId === ID,
  );
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(
    found[0].message,
    /^`modprobe` in entrypoint\.sh \(line 4\), run by each call, acts on the host's kernel: it needs CAP_SYS_MODULE/,
  );
  assert.match(found[0].message, /`nfs`, `nfsd`, `rpcsec_gss_krb5`/, 'the modules of every call');
  // Two module commands on different lines stay one finding listing both.
  const two = script.replace('exec rpc.mountd', 'modprobe nfsd\nexec rpc.mountd');
  const both = analyzeDocument(t, { today: TODAY, contextFiles: new Map([['entrypoint.sh', two]]) }).findings.filter(
    (f) => f.ruleId === ID,
  );
  assert.equal(both.length, 1);
  assert.match(both[0].message, /^2 `modprobe` commands in entrypoint\.sh \(lines 4, 9\)/);
});
