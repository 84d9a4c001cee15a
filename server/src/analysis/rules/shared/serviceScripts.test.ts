/**
 * Services a supervisor starts from COPYed files (serviceScripts.ts): s6-overlay run scripts, runit/phusion,
 * supervisord `[program:x] command=`. Through the real API (contextPathsOf, analyzeDocument, hoverAt), with
 * context texts in memory and, for the fixtures under test/fixtures/supervised-services/, read from disk.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, contextPathsOf } from '../../analyze';
import { BlockCache, buildModel } from '../../document';
import { readContextFile, readContextFiles } from '../../host/contextRead';
import { hoverAt } from '../../hover';
import type { Finding } from '../../types';
import { TODAY, target, textAt } from '../testKit';
import type { ContextFiles } from '../types';

const NEW_KERNEL = target({ kernel: { major: 6, minor: 8, patch: 0, raw: '6.8.0' } });
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../../test/fixtures/supervised-services');

const paths = (text: string, files?: ContextFiles): string[] => contextPathsOf(buildModel(text, new BlockCache()), files);

function run(text: string, files: Record<string, string>, ruleId: string): Finding[] {
  const contextFiles = new Map(Object.entries(files));
  return analyzeDocument(text, { target: NEW_KERNEL, today: TODAY, contextFiles }).findings.filter((f) => f.ruleId === ruleId);
}

const S6_RUN =
  '#!/usr/bin/with-contenv bash\n# modprobe in a comment is not a command\necho "modprobe wireguard on the host"\nmodprobe wireguard\nexec sleep infinity\n';

test('service folders asked for only when the image starts that supervisor', () => {
  const lsio = 'FROM ghcr.io/linuxserver/baseimage-alpine:3.23\nCOPY /root /\n';
  assert.deepEqual(paths(lsio), ['root/etc/s6-overlay/s6-rc.d/', 'root/etc/services.d/', 'root/etc/cont-init.d/']);
  // A CMD keeps s6's /init as the entrypoint; an ENTRYPOINT of its own replaces it.
  assert.ok(paths(`${lsio}CMD ["/app/start"]\n`).includes('root/etc/services.d/'));
  assert.deepEqual(paths(`${lsio}ENTRYPOINT ["/app/start"]\n`), ['root/app/start'], 'only the ENTRYPOINT itself');
  // The same COPY on a base that runs no supervisor, or under a plain CMD: nothing.
  assert.deepEqual(
    paths('FROM debian:12\nCOPY root/ /\nCMD ["nginx", "-g", "daemon off;"]\n').filter((p) => p.includes('/etc/')),
    [],
  );
  assert.deepEqual(paths('FROM debian:12\nCOPY app.conf /etc/supervisor/conf.d/\n'), []);
  // s6-overlay installed by the Dockerfile itself, ENTRYPOINT ["/init"]; v2 folders copied one by one.
  assert.deepEqual(
    paths('FROM alpine\nCOPY services.d/nginx/ /etc/services.d/nginx/\nCOPY 10-adduser /etc/cont-init.d/\nENTRYPOINT ["/init"]\n'),
    [
      'services.d/nginx/run',
      '10-adduser',
      '10-adduser/', // no extension: a file or a folder of init scripts; the reader answers only the one it is
    ],
  );
  // supervisord by its CMD word: a file, a glob of a folder, its own configuration.
  assert.deepEqual(paths('FROM debian:12\nCOPY app.conf /etc/supervisor/conf.d/\nCMD ["/usr/bin/supervisord", "-n"]\n'), ['app.conf']);
  assert.deepEqual(paths('FROM debian:12\nCOPY conf/* /etc/supervisor/conf.d/\nCOPY s.conf /etc/supervisord.conf\nCMD supervisord -n\n'), [
    'conf/',
    's.conf',
  ]);
  // phusion baseimage: its /sbin/my_init runs /etc/my_init.d/* and runit's /etc/service/<svc>/run.
  assert.deepEqual(paths('FROM phusion/baseimage:noble-1.0.0\nCOPY svc/ /etc/service/app/\nCOPY init.sh /etc/my_init.d/10_init.sh\n'), [
    'svc/run',
    'init.sh',
  ]);
  assert.deepEqual(paths('FROM phusion/baseimage:noble-1.0.0\nCOPY svc/ /etc/service/app/\nCMD ["/app/run"]\n'), []);
  // The old linuxserver/baseimage (no distro suffix) was FROM phusion/baseimage: my_init, not s6.
  assert.deepEqual(
    paths('FROM linuxserver/baseimage\nADD init/ /etc/my_init.d/\nADD root/ /\n').filter((p) => p.endsWith('/')),
    ['init/', 'root/etc/service/', 'root/etc/my_init.d/'],
  );
});

test('an s6 run script listed in a copied folder: commands on the COPY source word, the script line related', () => {
  const text = 'FROM lscr.io/linuxserver/baseimage-ubuntu:noble\nCOPY root/ /\n';
  const listing = { 'root/etc/s6-overlay/s6-rc.d/': 'svc-vpn/\nuser/\n' };
  assert.deepEqual(paths(text, new Map(Object.entries(listing))).slice(-1), ['root/etc/s6-overlay/s6-rc.d/svc-vpn/run']);
  const f = run(text, { ...listing, 'root/etc/s6-overlay/s6-rc.d/svc-vpn/run': S6_RUN }, 'kernel-module-load');
  assert.equal(f.length, 1, 'the comment and the echo are not commands');
  assert.equal(textAt(text, f[0]), 'root/');
  assert.match(f[0].message, /svc-vpn\/run line 4/);
  const rel = f[0].related?.find((r) => r.file !== undefined);
  assert.equal(rel?.file, 'root/etc/s6-overlay/s6-rc.d/svc-vpn/run');
  assert.equal(rel?.range?.start.line, 3);
  assert.match(rel?.message ?? '', /supervisor \(s6-overlay\) runs when the container starts/);
  // An execline run script is not shell: not read. Without the listing nothing is said.
  assert.equal(
    run(
      text,
      { ...listing, 'root/etc/s6-overlay/s6-rc.d/svc-vpn/run': '#!/command/execlineb -P\nmodprobe wireguard\n' },
      'kernel-module-load',
    ).length,
    0,
  );
  assert.equal(run(text, { 'root/etc/s6-overlay/s6-rc.d/svc-vpn/run': S6_RUN }, 'kernel-module-load').length, 0);
});

test('supervisord: started programs only; autostart=false and comments are not commands; a program script followed', () => {
  const text = 'FROM debian:12\nCOPY start.sh /root/\nCOPY vpn.conf /etc/supervisor/conf.d/\nCMD ["supervisord", "-n"]\n';
  // binhex/arch-delugevpn's build/delugevpn.conf shape (`key = value`, a root start script).
  const conf = (autostart: string) =>
    `[program:start-script]\nautorestart = false\nuser = root\ncommand = /root/start.sh\n\n[program:wg]\n${autostart}\ncommand=modprobe wireguard ; load it\n;command=modprobe tun\n`;
  const start = '#!/bin/bash\niptables -t nat -A POSTROUTING -j MASQUERADE\n';
  const loads = run(text, { 'vpn.conf': conf('autostart=true'), 'start.sh': start }, 'kernel-module-load');
  assert.equal(loads.length, 1);
  assert.equal(textAt(text, loads[0]), 'vpn.conf');
  assert.match(loads[0].message, /vpn\.conf line 8/);
  assert.equal(run(text, { 'vpn.conf': conf('autostart = false'), 'start.sh': start }, 'kernel-module-load').length, 0);
  // The script a program's command runs is read as a nested start script.
  assert.ok(paths(text, new Map([['vpn.conf', conf('')]])).includes('start.sh'));
  const r = analyzeDocument(text, {
    target: NEW_KERNEL,
    today: TODAY,
    contextFiles: new Map([
      ['vpn.conf', conf('autostart=false')],
      ['start.sh', start],
    ]),
  });
  assert.match(hoverAt(r, { line: 2, character: 7 }, TODAY)?.markdown ?? '', /Netfilter[\s\S]*start\.sh line 2/);
});

test('supervisord started by the start script CMD runs (`exec supervisord -n`): its program files are read too', () => {
  const text = 'FROM debian:12\nCOPY supervisord.conf /etc/supervisor/conf.d/supervisord.conf\nCOPY run.sh /run.sh\nCMD ["/run.sh"]\n';
  const conf = '[supervisord]\nnodaemon=true\n\n[program:net]\ncommand=/sbin/modprobe br_netfilter\n';
  const runs = (tail: string) => ({ 'run.sh': `#!/bin/bash\nset -e\n${tail}\n`, 'supervisord.conf': conf });
  assert.deepEqual(paths(text), ['run.sh']);
  assert.deepEqual(paths(text, new Map(Object.entries(runs('exec /usr/bin/supervisord -n')))), ['run.sh', 'supervisord.conf']);
  const loads = run(text, runs('exec /usr/bin/supervisord -n'), 'kernel-module-load');
  assert.equal(loads.length, 1);
  assert.equal(textAt(text, loads[0]), 'supervisord.conf');
  assert.match(loads[0].message, /supervisord\.conf line 5/);
  // A start script that does not start supervisord (here only says its name) leaves the file unread.
  assert.equal(run(text, runs('echo "supervisord is not used"\nexec nginx'), 'kernel-module-load').length, 0);
});

test('systemd as PID 1: ExecStart= lines of the units a RUN enables; a unit copied but not enabled, and comments, say nothing', () => {
  const text =
    'FROM ubuntu:22.04\nCOPY fw.service /etc/systemd/system/\nCOPY idle.service /etc/systemd/system/\nRUN systemctl enable fw\nCMD ["/sbin/init"]\n';
  assert.deepEqual(paths(text), ['fw.service']);
  assert.deepEqual(paths(text.replace('CMD ["/sbin/init"]', 'CMD ["bash"]')), []);
  const unit = (exec: string) =>
    `[Unit]\nDescription=NAT\n[Service]\nType=oneshot\n${exec}\n# ExecStart=/sbin/modprobe tun\nExecStart=/usr/sbin/iptables -t nat -A POSTROUTING -j MASQUERADE\n[Install]\nWantedBy=multi-user.target\n`;
  const loads = run(
    text,
    { 'fw.service': unit('ExecStartPre=-/sbin/modprobe br_netfilter'), 'idle.service': unit('ExecStart=modprobe tun') },
    'kernel-module-load',
  );
  assert.equal(loads.length, 1);
  assert.equal(textAt(text, loads[0]), 'fw.service');
  assert.match(loads[0].message, /fw\.service line 5/);
  assert.doesNotMatch(loads[0].message, /tun/);
  // The key outside [Service] is not a command.
  assert.equal(run(text, { 'fw.service': '[Unit]\nExecStart=/sbin/modprobe br_netfilter\n' }, 'kernel-module-load').length, 0);
});

test('fixtures read from disk: linuxserver/docker-wireguard s6 services; docker-mailserver autostart=false programs silent', () => {
  const wg = path.join(FIXTURES, 's6-wireguard');
  const text = fs.readFileSync(path.join(wg, 'Dockerfile'), 'utf8');
  const model = buildModel(text, new BlockCache());
  const files = readContextFiles(wg, (f) => contextPathsOf(model, f));
  assert.ok(files?.has('root/etc/s6-overlay/s6-rc.d/svc-wireguard/run'));
  assert.ok(!files?.has('root/etc/s6-overlay/s6-rc.d/user/run'), 'a bundle has no run script');
  const r = analyzeDocument(text, { target: NEW_KERNEL, today: TODAY, contextFiles: files });
  const copy = text.split('\n').findIndex((l) => l.startsWith('COPY'));
  const hover = hoverAt(r, { line: copy, character: 6 }, TODAY)?.markdown ?? '';
  assert.match(hover, /WireGuard[\s\S]*svc-wireguard\/run line 25/);
  assert.match(hover, /ip link add … type wireguard/);

  const dms = path.join(FIXTURES, 'supervisord-mailserver');
  const dtext = fs.readFileSync(path.join(dms, 'Dockerfile'), 'utf8');
  const dmodel = buildModel(dtext, new BlockCache());
  const dfiles = readContextFiles(dms, (f) => contextPathsOf(dmodel, f));
  assert.ok(dfiles?.has('target/supervisor/conf.d/dms-services.conf'));
  const dr = analyzeDocument(dtext, { target: NEW_KERNEL, today: TODAY, contextFiles: dfiles });
  assert.doesNotMatch(JSON.stringify(dr.findings), /fail2ban|Netfilter/i);
  const dline = dtext.split('\n').findIndex((l) => l.includes('conf.d/*'));
  assert.doesNotMatch(hoverAt(dr, { line: dline, character: 8 }, TODAY)?.markdown ?? '', /Netfilter/);
});

test('fixture read from disk: nicjo814/docker-transmission-openvpn my_init.d scripts on the old linuxserver (phusion) base', () => {
  const dir = path.join(FIXTURES, 'myinit-transmission-openvpn');
  const text = fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
  const model = buildModel(text, new BlockCache());
  const r = analyzeDocument(text, {
    target: NEW_KERNEL,
    today: TODAY,
    contextFiles: readContextFiles(dir, (f) => contextPathsOf(model, f)),
  });
  const add = text.split('\n').findIndex((l) => l.startsWith('ADD init/'));
  assert.match(
    hoverAt(r, { line: add, character: 5 }, TODAY)?.markdown ?? '',
    /mknod \/dev\/net\/tun` \(init\/30_start_openvpn\.sh line 7\)/,
  );
});

test('the reader lists a context folder (sorted, folders with /), never one outside the context or ignored', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-services-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-outside-'));
  try {
    fs.mkdirSync(path.join(dir, 'root/etc/services.d/b'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'root/etc/services.d/a'));
    fs.writeFileSync(path.join(dir, 'root/etc/services.d/a/run'), S6_RUN);
    fs.writeFileSync(path.join(dir, 'root/etc/services.d/notes.txt'), 'x');
    fs.symlinkSync(out, path.join(dir, 'root/etc/cont-init.d'));
    const real = fs.realpathSync(dir);
    assert.equal(readContextFile(real, 'root/etc/services.d/')?.text, 'a/\nb/\nnotes.txt');
    assert.equal(readContextFile(real, 'root/etc/services.d')?.text, undefined, 'a folder is read only when asked as one');
    assert.equal(readContextFile(real, 'root/etc/services.d/a/run/'), undefined);
    assert.equal(readContextFile(real, 'root/etc/cont-init.d/'), undefined, 'a symlink out of the context');
    const text = 'FROM ghcr.io/linuxserver/baseimage-alpine:3.23\nCOPY root/ /\n';
    const model = buildModel(text, new BlockCache());
    assert.ok(readContextFiles(dir, (f) => contextPathsOf(model, f))?.has('root/etc/services.d/a/run'));
    fs.writeFileSync(path.join(dir, '.dockerignore'), 'root/etc/services.d\n');
    assert.equal(
      readContextFiles(dir, (f) => contextPathsOf(model, f)),
      undefined,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
});
