import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord, textAt } from '../testKit';

const ID = 'host-facility-required';

test('sample 89: swapoff/swapon change the host swap areas, so in RUN they fail for want of CAP_SYS_ADMIN', () => {
  const t = [
    'FROM bwjdk:11',
    'RUN swapoff -a',
    'RUN swapon --show && swapon -s',
    'RUN swapon /swapfile',
    'CMD ["sh", "-c", "swapon /swapfile && exec app"]',
    '',
  ].join('\n');
  const f = findingsOf(t, ID).filter((x) => x.severity === 'warning');
  assert.deepEqual(
    f.map((x) => [x.range.start.line, textAt(t, x)]),
    [
      [1, 'swapoff'],
      [3, 'swapon'],
    ],
    'only the changes in RUN; listing swap areas changes nothing, and at start the runtime decides',
  );
  assert.match(f[0].message, /^`swapoff` fails at build time: a docker build step has no CAP_SYS_ADMIN\./);
  assert.match(notesOnWord(t, 4, 'swapon'), /Swap areas/);
  assert.equal(notesOnWord(t, 2, 'swapon'), '');
});

test("sample 89: jaxlib's CUDA builds by local version are explained as the host GPU driver's, never reported", () => {
  const t = [
    'FROM nvcr.io/nvidia/pytorch:21.05-py3',
    'RUN pip install jaxlib==0.3.5+cuda113.cudnn820 -f https://alpa-projects.github.io/wheels.html',
    'RUN pip install jaxlib==0.4.13 jax',
    'RUN pip install https://storage.googleapis.com/jax-releases/cuda11/jaxlib-0.4.13+cuda11.cudnn86-cp310-cp310-manylinux2014_x86_64.whl',
    '',
  ].join('\n');
  assert.deepEqual(findingsOf(t, ID), []);
  assert.match(notesOnWord(t, 1, 'jaxlib==0.3.5+cuda113.cudnn820'), /GPU \(host driver\)/);
  assert.equal(notesOnWord(t, 2, 'jaxlib==0.4.13'), '', 'a CPU jaxlib is no GPU use');
  assert.match(
    notesOnWord(
      t,
      3,
      'https://storage.googleapis.com/jax-releases/cuda11/jaxlib-0.4.13+cuda11.cudnn86-cp310-cp310-manylinux2014_x86_64.whl',
    ),
    /GPU \(host driver\)/,
  );
});
