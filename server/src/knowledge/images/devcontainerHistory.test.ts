/**
 * Dev container tags today's manifests no longer build (devcontainerHistory.ts, generated from the build code and
 * manifests of microsoft/vscode-dev-containers and devcontainers/images): resolved through the FROM of their last
 * build, with its date and version, frozen; a FROM whose meaning then is not recorded stays unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devcontainerTag } from './devcontainerHistory';
import { devcontainerTagRows } from './generated/devcontainerHistory';
import { known, lookup } from '../../../../test/support/imageLookup';

function unknown(text: string, reason: RegExp): void {
  const found = lookup(text);
  assert.equal(found.kind, 'unknown', `${text}: ${JSON.stringify(found)}`);
  if (found.kind === 'unknown') assert.match(found.reason, reason, text);
}

const VSCODE = 'mcr.microsoft.com/vscode/devcontainers';

test('0.x major tags of the samples resolve through their last build in devcontainers/images, frozen', () => {
  const cases: Array<[string, string, string, string, string]> = [
    // tag, release, last published (month), version, FROM of that build
    ['python:0-3.9', 'debian-11', '2023-06', '0.204.11', 'python:3.9-bullseye'],
    ['dotnet:0-6.0', 'debian-11', '2023-10', '0.204.14', 'mcr.microsoft.com/dotnet/sdk:6.0-bullseye-slim'],
    ['anaconda:0-3', 'debian-11', '2024-05', '0.205.1', 'mcr.microsoft.com/devcontainers/base:1-bullseye'],
    ['miniconda:0-3', 'debian-11', '2024-05', '0.203.10', 'mcr.microsoft.com/devcontainers/base:1-bullseye'],
  ];
  for (const [tag, release, month, version, from] of cases) {
    for (const path of [VSCODE, 'mcr.microsoft.com/devcontainers']) {
      const id = known(`${path}/${tag}`, true);
      assert.equal(id.release.id, release, tag);
      assert.equal(id.variant, 'dev container', tag);
      assert.equal(id.publication?.lastPublished, month, tag);
      assert.match(id.publication?.frozen ?? '', new RegExp(`devcontainers/images \\S+ ${version.replace(/\./g, '\\.')} `), tag);
      assert.match(id.inferredFrom?.rule ?? '', new RegExp(`FROM ${from.replace(/\./g, '\\.')}`), tag);
      assert.match(id.inferredFrom?.source ?? '', /devcontainers\/images @ [0-9a-f]{8}/, tag);
      assert.equal(id.movingTag, undefined, `${tag}: a frozen tag does not move`);
    }
  }
});

test('a moving FROM of the last build whose meaning then is not recorded stays unknown', () => {
  // vscode-dev-containers 0.109.0 (release tag of 2020-03-30): FROM python:${VARIANT} with VARIANT=3.7.
  assert.equal(devcontainerTag('python', '0.109.0-3.8', 'vscode')?.base, 'python:3.8');
  unknown(`${VSCODE}/python:0.109.0-3.8`, /last built 2020-03-30\) was built FROM python:3\.8, .*not recorded/);
  // The same history for 3.7 and ruby:2.5 (0.201.5, 2021-04-30, FROM ruby:2.5): vendorFamilies30.ts answers these two by
  // the library file in force on the build day, ahead of this table.
  assert.equal(devcontainerTag('python', '0.109.0-3.7', 'vscode')?.base, 'python:3.7');
  assert.equal(devcontainerTag('ruby', '2.5', 'vscode')?.version, '0.201.5');
  // universal 0.16.0 was built FROM Oryx's build image, whose distribution no table records.
  unknown(`${VSCODE}/universal:0.16.0`, /FROM mcr\.microsoft\.com\/oryx\/build:vso-20200706\.2/);
});

test('a FROM naming its release resolves, and a base tag read as it was that month', () => {
  const alpine = known(`${VSCODE}/base:0.118-alpine`, true);
  assert.equal(alpine.release.id, 'alpine-3.10');
  assert.match(alpine.publication?.frozen ?? '', /vscode-dev-containers .* archived/);
  const debian = known(`${VSCODE}/base:0.118-debian`, true);
  assert.equal(debian.release.id, 'debian-10');
  assert.match(debian.inferredFrom?.rule ?? '', /FROM buildpack-deps:buster-curl, which named debian:buster in 2020-05/);
});

test('tags vscode-dev-containers alone built exist only under vscode/devcontainers', () => {
  assert.equal(known(`${VSCODE}/anaconda:0.202.2-3`, true).release.id, 'debian-11');
  assert.equal(devcontainerTag('anaconda', '0.202.2-3', 'devcontainers'), undefined);
  unknown('mcr.microsoft.com/devcontainers/anaconda:0.202.2-3', /no longer build/);
});

test("today's rules win over the history; a tag never built stays unknown", () => {
  const current = known('mcr.microsoft.com/devcontainers/python:3.12', true);
  assert.ok(current.movingTag, 'python:3.12 is a moving tag of today’s manifest');
  assert.match(current.inferredFrom?.rule ?? '', /^devcontainers\/python:/);
  unknown(`${VSCODE}/python:0.0.1-3.7`, /no longer build/);
  unknown(`${VSCODE}/python:9-3.99`, /no longer build/);
});

test('the generated rows decode: every image has tags, each with a version, a date and a known origin', () => {
  let n = 0;
  for (const image of Object.keys(devcontainerTagRows)) {
    const rows = devcontainerTagRows[image][2].split(' ');
    assert.equal(rows.length % 3, 0, image);
    n += rows.length / 3;
  }
  assert.ok(n > 5000, `${n} tags`);
  const h = devcontainerTag('python', '0-3.9', 'vscode');
  assert.deepEqual([h?.version, h?.date, h?.from, h?.newest], ['0.204.11', '2023-06-07', 'd', false]);
});
