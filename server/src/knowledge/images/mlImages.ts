/**
 * Machine-learning images whose distribution only their publisher's release notes state. NVIDIA's NGC containers
 * (nvcr.io/nvidia/<framework>:YY.MM-py3) list "Ubuntu NN.04" first under "The container also includes the following" in
 * each release's notes; a release is resolved here only where that note was read, for that container (a release of
 * another framework in the same month is not taken to say anything about this one). Notes of 2022 and later put that
 * list in the Frameworks Support Matrix, which was not read: those releases stay unknown (toolImages.ts `ngc/unknown`).
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

const NOTES = 'https://docs.nvidia.com/deeplearning';
/** One NGC container: its repositories, the tag suffixes its notes describe, and release → Ubuntu image from those notes. */
interface NgcContainer {
  name: string;
  repositories: readonly string[];
  suffix: string;
  notes: string;
  releases: Readonly<Record<string, string>>;
}

const NGC_CONTAINERS: readonly NgcContainer[] = [
  {
    name: 'tritonserver',
    repositories: ['nvcr.io/nvidia/tritonserver'],
    suffix: '-py3',
    notes: `${NOTES}/triton-inference-server/release-notes/rel_20-03-1.html, rel_20-07 … rel_20-10, rel_20-12, rel_21-02, rel_21-04, rel_21-05 ("Contents of the Triton Inference Server container … Ubuntu 18.04 including Python 3.6" for 20.03.1 … 20.10, "Ubuntu 20.04 including Python 3.8" for 20.12 … 21.05)`,
    releases: {
      'ubuntu:18.04': '20.03.1 20.07 20.08 20.09 20.10',
      'ubuntu:20.04': '20.12 21.02 21.04 21.05',
    },
  },
  {
    name: 'tensorrtserver',
    repositories: ['nvcr.io/nvidia/tensorrtserver'],
    suffix: '-py3',
    notes: `${NOTES}/triton-inference-server/release-notes/rel_19-04.html, rel_19-05, rel_19-10, rel_20-01, rel_20-02 ("The TensorRT Inference Server container image … Ubuntu 16.04" for 19.04, 19.05; "Ubuntu 18.04" for 19.10, 20.01, 20.02)`,
    releases: { 'ubuntu:16.04': '19.04 19.05', 'ubuntu:18.04': '19.10 20.01 20.02' },
  },
  {
    name: 'pytorch',
    repositories: ['nvcr.io/nvidia/pytorch'],
    suffix: '-py3',
    notes: `${NOTES}/frameworks/pytorch-release-notes/rel_19-03.html, rel_19-05, rel_19-06, rel_19-10, rel_19-11 ("Ubuntu 16.04 including Python 3.6 environment" for 19.03 … 19.06, "Ubuntu 18.04 including Python 3.6 environment" for 19.10, 19.11)`,
    releases: { 'ubuntu:16.04': '19.03 19.05 19.06', 'ubuntu:18.04': '19.10 19.11' },
  },
  {
    name: 'tensorflow',
    repositories: ['nvcr.io/nvidia/tensorflow'],
    suffix: '-tf[12]-py3',
    notes: `${NOTES}/dgx/tensorflow-release-notes/rel_20-06.html ("Ubuntu 18.04 … Container image 20.06-tf1-py3 and 20.06-tf2-py3 contains Python 3.6"), frameworks/tensorflow-release-notes/rel_21-05.html and dgx/…/rel_21-06.html ("Ubuntu 20.04 … 21.0x-tf1-py3 and 21.0x-tf2-py3 contains Python 3.8")`,
    releases: { 'ubuntu:18.04': '20.06', 'ubuntu:20.04': '21.05 21.06' },
  },
  {
    name: 'mxnet',
    repositories: ['nvcr.io/nvidia/mxnet'],
    suffix: '-py3',
    notes: `${NOTES}/dgx/mxnet-release-notes/rel_18.06.html, rel_18.12 ("Ubuntu 16.04"), frameworks/mxnet-release-notes/rel_21-03, rel_21-04, rel_22-03, rel_22-05 ("Ubuntu 20.04 including Python 3.8"), rel-24-05 ("Ubuntu 22.04 including Python 3.10")`,
    releases: { 'ubuntu:16.04': '18.06 18.12', 'ubuntu:20.04': '21.03 21.04 22.03 22.05', 'ubuntu:22.04': '24.05' },
  },
  {
    name: 'tensorrt',
    repositories: ['nvcr.io/nvidia/tensorrt'],
    suffix: '-py[23]',
    notes: `${NOTES}/tensorrt/container-release-notes/rel_18.08.html ("Contents of TensorRT … Ubuntu 16.04")`,
    releases: { 'ubuntu:16.04': '18.08' },
  },
];

const ngcRules: ImageTagRule[] = NGC_CONTAINERS.flatMap((c) =>
  exactTagRules(
    c.releases,
    (base) => ({
      id: `ngc/${c.name}-${base}`,
      repositories: c.repositories,
      source: `NVIDIA release notes ${c.notes}`,
    }),
    { suffix: c.suffix },
  ),
);

// --- TensorFlow Serving (tensorflow/serving) --------------------------------------------------------------------------------
// g3doc/docker.md: the images on Docker Hub are the ones tensorflow_serving/tools/docker/Dockerfile (CPU) and Dockerfile.gpu
// describe. Their last FROM at each release tag: ubuntu:NN.04, or nvidia/cuda:<cuda>-…-ubuntuNN.04 for the GPU image
// (NVIDIA's tag names its Ubuntu: its own naming scheme). latest / latest-gpu are the newest release, 2.20.0.
const SERVING =
  'tensorflow/serving @ 9d981c5c (2026-07-30): tensorflow_serving/tools/docker/Dockerfile and Dockerfile.gpu, last FROM at each release tag 1.8.0 … 2.20.0 (CPU: ubuntu:16.04 to 1.12.x, 18.04 1.13.0–2.11.1, 20.04 2.12.0–2.19.1, 22.04 2.20.0; GPU: nvidia/cuda:…-ubuntu16.04 to 2.1.x, -ubuntu18.04 2.2.0–2.11.1, -ubuntu20.04 2.12.0–2.19.1, -ubuntu22.04 2.20.0); g3doc/docker.md';
const SERVING_REPOS = ['docker.io/tensorflow/serving'];
const SERVING_CPU: Readonly<Record<string, string>> = {
  'ubuntu:16.04': '1.8.0 1.9.0 1.9.1 1.10.0 1.10.1 1.11.0 1.11.1 1.12.0 1.12.3',
  'ubuntu:18.04':
    '1.13.0 1.14.0 1.15.0 2.0.0 1.13.1 1.13.2 2.1.0 2.2.0 2.3.0 2.4.0 2.4.1 2.2.2 2.5.1 2.1.4 2.2.3 2.4.2 2.3.3 2.3.4 2.4.3 2.5.2 2.6.0 2.4.4 2.5.3 2.6.1 2.7.0 2.6.2 2.5.4 2.6.3 2.8.0 2.9.0 2.8.2 2.6.5 2.9.1 2.7.3 2.10.0 2.7.4 2.8.3 2.9.2 2.8.4 2.9.3 2.10.1 2.11.0 2.11.1',
  'ubuntu:20.04': '2.12.0 2.12.1 2.12.2 2.13.0 2.13.1 2.14.0 2.14.1 2.15.1 2.16.1 2.17.0 2.18.0 2.17.1 2.18.1 2.19.0 2.19.1',
  'ubuntu:22.04': '2.20.0',
};
const SERVING_GPU: Readonly<Record<string, string>> = {
  'ubuntu:16.04': '1.9.1 1.10.0 1.10.1 1.11.0 1.11.1 1.12.0 1.13.0 1.14.0 1.12.3 1.15.0 2.0.0 1.13.1 1.13.2 2.1.0 2.1.4',
  'ubuntu:18.04':
    '2.2.0 2.3.0 2.4.0 2.4.1 2.2.2 2.5.1 2.2.3 2.4.2 2.3.3 2.3.4 2.4.3 2.5.2 2.6.0 2.4.4 2.5.3 2.6.1 2.7.0 2.6.2 2.5.4 2.6.3 2.8.0 2.9.0 2.8.2 2.6.5 2.9.1 2.7.3 2.10.0 2.7.4 2.8.3 2.9.2 2.8.4 2.9.3 2.10.1 2.11.0 2.11.1',
  'ubuntu:20.04': '2.12.0 2.12.1 2.12.2 2.13.0 2.13.1 2.14.0 2.14.1 2.15.1 2.16.1 2.17.0 2.18.0 2.17.1 2.18.1 2.19.0 2.19.1',
  'ubuntu:22.04': '2.20.0',
};
const servingRules: ImageTagRule[] = [
  ...exactTagRules(SERVING_CPU, (base) => ({ id: `tf-serving/${base}`, repositories: SERVING_REPOS, source: SERVING })),
  ...exactTagRules(SERVING_GPU, (base) => ({ id: `tf-serving/gpu-${base}`, repositories: SERVING_REPOS, source: SERVING }), {
    suffix: '-gpu',
  }),
  {
    id: 'tf-serving/latest',
    repositories: SERVING_REPOS,
    tag: /^latest(?:-gpu)?$/,
    base: 'ubuntu:22.04',
    moving: { pin: 'tensorflow/serving:2.20.0' },
    source: SERVING,
  },
  {
    id: 'tf-serving/unknown',
    repositories: SERVING_REPOS,
    tag: /^.*$/,
    unknown:
      'tensorflow/serving release tags and their -gpu images resolve by the Dockerfile at the release tag; the -devel and -mkl images (Dockerfile.devel*, Dockerfile.mkl) and tags of no release were not read',
    source: SERVING,
  },
];

export const mlImageRules: readonly ImageTagRule[] = [...ngcRules, ...servingRules];
