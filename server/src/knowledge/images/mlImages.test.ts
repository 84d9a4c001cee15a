/**
 * NGC containers (mlImages.ts): a YY.MM release resolves to the Ubuntu its own release notes list, for that container
 * only; releases whose notes were not read stay unknown with the reason (toolImages.ts `ngc/unknown`).
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown } from '../../../../test/support/imageLookup';

test('NGC containers: the Ubuntu each release note lists, per container; unread releases unknown', () => {
  checkKnown(
    [
      ['nvcr.io/nvidia/tritonserver:20.10-py3', 'ubuntu-18.04', /triton-inference-server\/release-notes/, false],
      ['nvcr.io/nvidia/tritonserver:20.12-py3', 'ubuntu-20.04', /rel_21-05/, false],
      ['nvcr.io/nvidia/tritonserver:21.05-py3', 'ubuntu-20.04', /Ubuntu 20\.04 including Python 3\.8/, false],
      ['nvcr.io/nvidia/tensorrtserver:19.05-py3', 'ubuntu-16.04', /TensorRT Inference Server/, false],
      ['nvcr.io/nvidia/pytorch:19.06-py3', 'ubuntu-16.04', /pytorch-release-notes/, false],
      ['nvcr.io/nvidia/pytorch:19.11-py3', 'ubuntu-18.04', /pytorch-release-notes/, false],
      ['nvcr.io/nvidia/tensorflow:20.06-tf1-py3', 'ubuntu-18.04', /tensorflow-release-notes/, false],
      ['nvcr.io/nvidia/tensorflow:21.06-tf2-py3', 'ubuntu-20.04', /tensorflow-release-notes/, false],
      ['nvcr.io/nvidia/mxnet:22.05-py3', 'ubuntu-20.04', /mxnet-release-notes/, false],
      ['nvcr.io/nvidia/mxnet:24.05-py3', 'ubuntu-22.04', /rel-24-05/, false],
      ['nvcr.io/nvidia/tensorrt:18.08-py3', 'ubuntu-16.04', /container-release-notes/, false],
    ],
    'inferred',
  );
  // Another container's note of the same month is not taken as this one's.
  checkUnknown('nvcr.io/nvidia/pytorch:21.05-py3', /do not include this one/);
  checkUnknown('nvcr.io/nvidia/tritonserver:24.01-py3', /Frameworks Support Matrix/);
  checkUnknown('nvcr.io/nvidia/tritonserver:21.05-py3-sdk', /do not include this one/);
});

test('tensorflow/serving: each release by the last FROM of its Dockerfile(.gpu) at the release tag; latest = 2.20.0', () => {
  const src = /tensorflow\/serving @ 9d981c5c/;
  checkKnown(
    [
      ['tensorflow/serving:1.12.0', 'ubuntu-16.04', src, false],
      ['tensorflow/serving:2.11.1', 'ubuntu-18.04', src, false],
      ['tensorflow/serving:2.12.0', 'ubuntu-20.04', src, false],
      ['tensorflow/serving:2.20.0', 'ubuntu-22.04', src, false],
      ['tensorflow/serving:2.1.0-gpu', 'ubuntu-16.04', src, false],
      ['tensorflow/serving:2.2.0-gpu', 'ubuntu-18.04', src, false],
      ['tensorflow/serving:2.15.1-gpu', 'ubuntu-20.04', src, false],
      ['tensorflow/serving', 'ubuntu-22.04', src, true],
      ['tensorflow/serving:latest-gpu', 'ubuntu-22.04', src, true],
    ],
    'inferred',
  );
  checkUnknown('tensorflow/serving:latest-devel', /-devel and -mkl images/);
  checkUnknown('tensorflow/serving:2.15.0', /no release were not read/);
});
