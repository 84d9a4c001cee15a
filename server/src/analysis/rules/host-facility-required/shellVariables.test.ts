import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

const notesOn = (t: string, line: number, word: string) => notesOnWord(t, line, word);

test('packages named through a shell variable the same RUN assigned are explained like listed ones, never reported', () => {
  const t =
    'FROM debian:12\nRUN needed="kmod iptables" && apt-get update && apt-get install -y $needed\n' +
    "RUN export PKGS='wireguard-tools'; apt-get install -y ${PKGS}\nRUN apt-get install -y $needed\n";
  assert.match(notesOn(t, 1, '$needed'), /Netfilter.*package `iptables` \(from `\$needed`\)/);
  assert.match(notesOn(t, 2, '${PKGS}'), /package `wireguard-tools`/);
  // Another RUN step is another shell: the variable is unset there.
  assert.doesNotMatch(notesOn(t, 3, '$needed'), /iptables/);
  assert.deepEqual(findingsOf(t, 'host-facility-required'), []);
});

test('a package name spelled through an ARG, also with bash pattern substitution, is read from its default; pins are not names', () => {
  const t =
    'FROM ubuntu:20.04\nARG CUDA_VERSION=11.2\nARG CUDA_COMPAT_VERSION=460.73.01-1\nSHELL ["/bin/bash", "-c"]\n' +
    'RUN apt-get install -y cuda-compat-${CUDA_VERSION/./-}=${CUDA_COMPAT_VERSION}\n' +
    'RUN apt-get install -y cuda-compat-${UNSET/./-} cuda-${CUDA_VERSION//./-}-foo\n' +
    'ARG P=wireguard\nRUN apt-get install -y "${P}-tools"\n' +
    'ARG TENSORFLOW_VERSION=2.11.0\nRUN python3 -m pip install --no-cache-dir tensorflow-gpu==${TENSORFLOW_VERSION} ${PKG}==1\n';
  assert.match(
    notesOn(t, 4, 'cuda-compat'),
    /GPU \(host driver\).*package `cuda-compat-11-2` \(from `cuda-compat-\$\{CUDA_VERSION\/\.\/-\}/,
  );
  // A variable with no known value leaves no name; a name no table knows stays silent.
  assert.doesNotMatch(notesOn(t, 5, 'cuda-compat'), /GPU/);
  assert.doesNotMatch(notesOn(t, 5, 'cuda-${'), /GPU/);
  assert.match(notesOn(t, 7, '${P}'), /package `wireguard-tools`/);
  // A variable after the pin only picks the version: the name before it is the package.
  assert.match(notesOn(t, 9, 'tensorflow-gpu'), /GPU \(host driver\).*Python package `tensorflow-gpu`/);
  assert.doesNotMatch(notesOn(t, 9, '${PKG}'), /GPU/);
  assert.deepEqual(findingsOf(t, 'host-facility-required'), []);
});
