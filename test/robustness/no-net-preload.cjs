/**
 * Preload for the security tests: `node --require test/robustness/no-net-preload.cjs dist/server.js --stdio`.
 * Replaces every way to open a network connection or run a program with a function that records
 * the attempt and throws, and records every path the process reads. Output: JSON lines appended to
 * $KERNEL_LENS_AUDIT_LOG ({ kind: 'net' | 'exec' | 'read' | 'stat', what, stack? }).
 *
 * The stdio transport is not affected: process.stdin/stdout are pipes Node opens itself (no
 * net.Socket#connect, no dns, no child process), and vscode-jsonrpc's StreamMessageReader/Writer
 * only read and write those streams.
 */
'use strict';
const fs = require('fs');
const net = require('net');
const tls = require('tls');
const dns = require('dns');
const http = require('http');
const https = require('https');
const childProcess = require('child_process');

const logPath = process.env.KERNEL_LENS_AUDIT_LOG;
const realAppend = fs.appendFileSync;
function record(kind, what) {
  const line = JSON.stringify({ kind, what: String(what), stack: kind === 'read' || kind === 'stat' ? undefined : new Error().stack.split('\n').slice(2, 8).join('\n') }) + '\n';
  if (logPath) realAppend.call(fs, logPath, line);
}

function forbid(kind, name) {
  return function forbidden(...args) {
    let what = name;
    try {
      what = `${name} ${JSON.stringify(args.filter((a) => typeof a !== 'function')).slice(0, 300)}`;
    } catch {
      /* unserialisable args */
    }
    record(kind, what);
    throw new Error(`kernel-lens security test: ${name} is forbidden`);
  };
}

net.Socket.prototype.connect = forbid('net', 'net.Socket#connect');
net.connect = net.createConnection = forbid('net', 'net.connect');
tls.connect = forbid('net', 'tls.connect');
dns.lookup = forbid('net', 'dns.lookup');
dns.resolve = forbid('net', 'dns.resolve');
if (dns.promises) dns.promises.lookup = forbid('net', 'dns.promises.lookup');
http.request = http.get = forbid('net', 'http.request');
https.request = https.get = forbid('net', 'https.request');
if (typeof globalThis.fetch === 'function') globalThis.fetch = forbid('net', 'fetch');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  childProcess[name] = forbid('exec', `child_process.${name}`);
}

function pathOf(p) {
  if (typeof p === 'string') return p;
  if (p instanceof URL) return p.pathname;
  if (Buffer.isBuffer(p)) return p.toString();
  return undefined; // a file descriptor: its path was recorded by openSync
}
function wrap(obj, name, kind) {
  const real = obj[name];
  if (typeof real !== 'function') return;
  obj[name] = function (p, ...rest) {
    const file = pathOf(p);
    if (file !== undefined) record(kind, file);
    return real.call(this, p, ...rest);
  };
}
// 'read': the content is read. 'stat': only metadata (existence, type, size, real path).
for (const name of ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream', 'readdirSync', 'readdir', 'opendirSync', 'readlinkSync']) wrap(fs, name, 'read');
for (const name of ['statSync', 'lstatSync', 'stat', 'existsSync', 'accessSync', 'realpathSync']) wrap(fs, name, 'stat');
for (const name of ['readFile', 'open', 'readdir', 'opendir']) wrap(fs.promises, name, 'read');
for (const name of ['stat', 'access']) wrap(fs.promises, name, 'stat');
if (fs.realpathSync.native) wrap(fs.realpathSync, 'native', 'stat');
