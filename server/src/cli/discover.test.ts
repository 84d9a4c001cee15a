import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { discoverFiles, isDockerfileName, isSearchedFolder } from './discover';

test('folder search takes Dockerfile names and their variants', () => {
  for (const name of [
    'Dockerfile',
    'Containerfile',
    'Dockerfile.dev',
    'Dockerfile.alpine.arm64',
    'Containerfile.fedora',
    'api.Dockerfile',
    'api.dockerfile',
    'api.containerfile',
    'api.Containerfile',
  ]) {
    assert.ok(isDockerfileName(name), name);
  }
});

test('folder search leaves templates, docs, ignore files and editor leftovers alone', () => {
  for (const name of [
    'Dockerfile.md',
    'Dockerfile.j2',
    'Dockerfile.jinja2',
    'Dockerfile.tmpl',
    'Dockerfile.template',
    'Dockerfile.in',
    'Dockerfile.dockerignore',
    'Containerfile.containerignore',
    'Dockerfile.orig',
    'Dockerfile.bak',
    'Dockerfile.swp',
    'Dockerfile.dev.bak',
    'api.Dockerfile.j2',
    'Dockerfile~',
    'Dockerfiles',
    'Dockerfile-old',
    'README.md',
    'dockerfile.go',
    'ContainerfileX',
  ]) {
    assert.equal(isDockerfileName(name), false, name);
  }
});

test('folder search skips hidden folders and node_modules, but not .devcontainer or .github', () => {
  assert.equal(isSearchedFolder('src'), true);
  assert.equal(isSearchedFolder('.devcontainer'), true);
  assert.equal(isSearchedFolder('.github'), true);
  for (const name of ['.git', '.cache', '.venv', '.tox', 'node_modules']) assert.equal(isSearchedFolder(name), false, name);
});

test('discoverFiles: folders are filtered, explicit files are always checked', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-discover-'));
  try {
    const put = (rel: string): void => {
      fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
      fs.writeFileSync(path.join(tmp, rel), 'FROM alpine:3.20\n');
    };
    for (const rel of [
      'Dockerfile',
      'Dockerfile.md',
      'Dockerfile.j2',
      'Dockerfile.dockerignore',
      'Dockerfile.orig',
      'svc/api.Dockerfile',
      'svc/Dockerfile.dev',
      '.cache/e2e/Dockerfile',
      '.git/objects/Dockerfile',
      'node_modules/pkg/Dockerfile',
      '.devcontainer/Dockerfile',
    ]) {
      put(rel);
    }
    const found = discoverFiles(['.'], tmp).map((f) => f.display.split(path.sep).join('/'));
    assert.deepEqual(found, ['.devcontainer/Dockerfile', 'Dockerfile', 'svc/Dockerfile.dev', 'svc/api.Dockerfile']);
    // Named explicitly, any file is read: the user said which one.
    const explicit = discoverFiles(['Dockerfile.j2', '.cache/e2e/Dockerfile'], tmp).map((f) => f.display);
    assert.deepEqual(explicit, ['Dockerfile.j2', '.cache/e2e/Dockerfile']);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
