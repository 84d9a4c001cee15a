/** `kernel-lens requirements` reads the services a supervisor starts from the folder a Dockerfile COPYs (fixtures from real repositories). */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, run } from './helpers';

before(() => ensureBuilt());

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/supervised-services');

test('requirements: linuxserver/docker-wireguard s6 run scripts name WireGuard and NET_ADMIN on the COPY line', () => {
  const cwd = path.join(FIXTURES, 's6-wireguard');
  const r = run(['requirements', 'Dockerfile'], { cwd });
  assert.match(r.stdout, /`wg-quick` \(root\/etc\/s6-overlay\/s6-rc\.d\/svc-wireguard\/run line 25\) \(line 5\)/);
  assert.match(r.stdout, /NET_ADMIN .*init-wireguard-module\/run line 7/);
  // Standard input has no build context: the run scripts are not read.
  const stdin = run(['requirements', '-'], { input: fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8'), cwd });
  assert.doesNotMatch(stdin.stdout, /s6-rc\.d/);
});

test('requirements: docker-mailserver programs with autostart=false (fail2ban) ask for nothing', () => {
  const r = run(['requirements', 'Dockerfile'], { cwd: path.join(FIXTURES, 'supervisord-mailserver') });
  assert.doesNotMatch(r.stdout, /fail2ban|NET_ADMIN|dms-services/);
});
