import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../analyze';
import { hoverAt } from '../../hover';
import { TODAY, target } from '../testKit';

// HashiCorp's Vault image (hashicorp/docker-vault 0.X/): the entrypoint's shebang runs the shell under dumb-init,
// and the script gives the vault binary CAP_IPC_LOCK for mlock().
const DOCKERFILE = 'FROM alpine:3.18\nCOPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh\nENTRYPOINT ["docker-entrypoint.sh"]\n';
const script = (shebang: string) =>
  `${shebang}\nset -e\nif [ "$1" = 'vault' ]; then\n    setcap cap_ipc_lock=+ep $(readlink -f $(which vault))\nfi\nexec "$@"\n`;

function entrypointHover(shebang: string): string {
  const result = analyzeDocument(DOCKERFILE, {
    target: target(),
    today: TODAY,
    contextFiles: new Map([['docker-entrypoint.sh', script(shebang)]]),
  });
  return hoverAt(result, { line: 2, character: DOCKERFILE.split('\n')[2].indexOf('docker-entrypoint') }, TODAY)?.markdown ?? '';
}

test('a start script whose shebang runs the shell under an init (dumb-init, tini) or env is read as a shell script', () => {
  for (const shebang of ['#!/usr/bin/dumb-init /bin/sh', '#!/sbin/tini /bin/bash', '#!/usr/bin/env sh', '#!/bin/sh']) {
    assert.match(entrypointHover(shebang), /setcap cap_ipc_lock[\s\S]*--cap-add IPC_LOCK/, shebang);
  }
});

test('a shebang naming another interpreter, even under dumb-init, is not read as shell', () => {
  assert.doesNotMatch(entrypointHover('#!/usr/bin/dumb-init /usr/bin/python3'), /setcap/);
  assert.doesNotMatch(entrypointHover('#!/usr/bin/python3'), /setcap/);
});
