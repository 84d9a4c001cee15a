/**
 * vendorFamilies13.ts: pytorch/pytorch release lines tied to docker.Makefile's base by dated pull requests, and NGC
 * PyTorch 20.02 from its release notes, and Jupyter commit tags of 2017 whose root Dockerfile names its Ubuntu only in the
 * comment above a FROM by digest (scripts/gen-jupyter-commits.mjs), and the Docker Hub Jupyter tags only built on
 * ubuntu:22.04; tags outside those stay unknown and say why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKnown, checkUnknown, lookup } from '../../../../test/support/imageLookup';

test('pytorch/pytorch: each release line on the Ubuntu of its docker.Makefile base (runtime and devel)', () => {
  const src = /pytorch\/pytorch docker\.Makefile .*PR #101301 .*PR #113032/;
  checkKnown([
    // Samples 2, 4, 6, 7, 8, 12, 13 (1.7.0 … 1.13.0), the first list and samples 11, 13 (2.0.1): frozen old tags.
    ['pytorch/pytorch:1.7.0-cuda11.0-cudnn8-runtime', 'ubuntu-18.04', src, false],
    ['pytorch/pytorch:1.9.0-cuda10.2-cudnn7-devel', 'ubuntu-18.04', src, false],
    ['pytorch/pytorch:1.10.0-cuda11.3-cudnn8-devel', 'ubuntu-18.04', src, false],
    ['pytorch/pytorch:1.11.0-cuda11.3-cudnn8-runtime', 'ubuntu-18.04', src, false],
    ['pytorch/pytorch:1.12.0-cuda11.3-cudnn8-devel', 'ubuntu-18.04', src, false],
    ['pytorch/pytorch:1.13.0-cuda11.6-cudnn8-runtime', 'ubuntu-18.04', src, false],
    ['pytorch/pytorch:2.0.1-cuda11.7-cudnn8-runtime', 'ubuntu-18.04', src, false],
    // Samples 2, 5, 13 (2.1.0): the one release between the two changes.
    ['pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime', 'ubuntu-20.04', src, false],
    ['pytorch/pytorch:2.1.0-cuda12.1-cudnn8-devel', 'ubuntu-20.04', src, false],
    // Samples 4, 5, 13 and the first list (2.2.1 … 2.6.0).
    ['pytorch/pytorch:2.2.1-cuda12.1-cudnn8-runtime', 'ubuntu-22.04', src, false],
    ['pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime', 'ubuntu-22.04', src, false],
    ['pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime', 'ubuntu-22.04', src, false],
    ['pytorch/pytorch:2.6.0-cuda11.8-cudnn9-runtime', 'ubuntu-22.04', src, false],
  ]);
  // Outside the lines read, and the moving tags, nothing is guessed.
  for (const text of [
    'pytorch/pytorch',
    'pytorch/pytorch:latest',
    'pytorch/pytorch:2.1.1-cuda12.1-cudnn8-runtime',
    'pytorch/pytorch:1.4-cuda10.1-cudnn7-runtime',
    'pytorch/pytorch:2.10.0-cuda12.8-cudnn9-runtime',
  ])
    checkUnknown(text, /changed by release line .*no release is given rather than guessed/);
});

test('nvcr.io/nvidia/pytorch:20.02-py3: Ubuntu 18.04 from the 20.02 release notes; other months stay unknown', () => {
  checkKnown(
    // Sample 14.
    [
      [
        'nvcr.io/nvidia/pytorch:20.02-py3',
        'ubuntu-18.04',
        /pytorch-release-notes\/rel_20-02\.html.*Ubuntu 18\.04 with January 2020 updates/,
        false,
      ],
    ],
    'inferred',
  );
  checkUnknown('nvcr.io/nvidia/pytorch:20.03-py3', /NGC container only in that container’s release notes/);
  checkUnknown('nvcr.io/nvidia/tensorflow:20.02-tf1-py3', /NGC container only in that container’s release notes/);
});

test('jupyter/*:<commit> of 2017: the Ubuntu the base-notebook Dockerfile names above its FROM by digest', () => {
  // Sample 7 (cc9feab481f7, 2017-08-11): FROM ubuntu@sha256:84c33441… under "# Ubuntu 16.04 (xenial) from 2017-07-23".
  const src = /jupyter\/docker-stacks @ 82093869 .*scripts\/gen-jupyter-commits\.mjs/;
  checkKnown(
    [
      ['jupyter/scipy-notebook:cc9feab481f7', 'ubuntu-16.04', src, false],
      ['jupyter/base-notebook:cc9feab481f7', 'ubuntu-16.04', src, false],
    ],
    'inferred',
  );
  // A commit of 2016, when the base was a Debian Jessie digest, is not an Ubuntu commit and stays unknown.
  assert.equal(lookup('jupyter/base-notebook:7bd90a4b5af3').kind, 'unknown');
});

test('docker.io/jupyter/*: python-3.11 and lab-4.x tags were only built in the last, all-22.04 year of Docker Hub pushes', () => {
  const src = /jupyter\/docker-stacks @ 82093869 .*61fe0e3a \(2022-10-10\) to 00a67281/;
  checkKnown([
    // Samples 12 (python-3.11) and 6 (lab-4.0.2).
    ['jupyter/base-notebook:python-3.11', 'ubuntu-22.04', src, false],
    ['jupyter/minimal-notebook:python-3.11.6', 'ubuntu-22.04', src, false],
    ['jupyter/scipy-notebook:lab-4.0.2', 'ubuntu-22.04', src, false],
  ]);
  // Quay.io kept pushing python-3.11 after the move to 24.04; python-3.9 and lab-3.x builds span both bases.
  for (const text of [
    'quay.io/jupyter/base-notebook:python-3.11',
    'jupyter/base-notebook:python-3.9',
    'jupyter/datascience-notebook:lab-3.4.5',
    'jupyter/scipy-notebook:lab-4.0.0a30',
  ])
    checkUnknown(text, /names a software version, a commit or a date/);
});
