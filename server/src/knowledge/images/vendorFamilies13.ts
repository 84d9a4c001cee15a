/**
 * Non-official image families of issue #17, thirteenth file: vendor images the tables already knew whose tags stayed
 * unknown (the second class of unknownReasons.test.ts), tied to their base release by the publisher's own build files and
 * dated changes to them: pytorch/pytorch release lines, NGC PyTorch 20.02, Jupyter Docker Stacks version tags of Docker
 * Hub's last year. Same rules as vendorFamilies2.ts … vendorFamilies12.ts: every row names what it rests on; tags
 * whose base no source read ties stay unknown, with the reason. Registered after vendorFamilies12.ts and before
 * thirdParty.ts and toolImages.ts, whose rules for the same repositories stay in force for every tag not listed here.
 */
import type { ImageTagRule } from './ruleTypes';
import { exactTagRules } from './vendors';

// --- pytorch/pytorch (docker.Makefile BASE_RUNTIME / BASE_DEVEL, per release line) ----------------------------------------
// The release tags X.Y.Z-cudaA.B-cudnnN-runtime and -devel are built by docker.Makefile: runtime-image FROM $(BASE_RUNTIME)
// (ubuntu:NN.NN; CUDA comes from conda or pip), devel-image FROM $(BASE_DEVEL) (nvidia/cuda:…-devel-ubuntuNN.NN). The
// base changed twice, each time by a dated pull request on main; a release line uses the base of its release branch:
//  - Ubuntu 18.04 until 2023-05-12: the stored docker.Makefile versions (@ 631e16a5 and @ 04da8a0f, CUDA 11.6.2, Python
//    3.10: BASE_RUNTIME = ubuntu:18.04, BASE_DEVEL = nvidia/cuda:…-devel-ubuntu18.04); issue #81120 (2022-07-08, the
//    Dockerfile's ubuntu:18.04 base, "Still on Ubuntu 18.04.6 in PyTorch 1.13.1", 2023-02-22) closed by PR #101301 / #101310
//    (2023-05-12, "Use 20.04 as base image: As 18.04 just EOLed 2 weeks ago"), the first move away from 18.04. 2.0.1 was
//    published on 2023-05-08 (pytorch.github.io PR #1381 "[Release 2.0.1]"), before it. Releases 1.7.0 … 2.0.1 only:
//    older tags were built by other files not read.
//  - Ubuntu 20.04 for 2.1.0: release/2.1 was cut on 2023-08-28 (release tracker issue #108055), between #101310 and the
//    next change.
//  - Ubuntu 22.04 from PR #113032 (2023-11-06, "Move release docker container builds to ubuntu22.04",
//    nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04) for the release lines branched after it, 2.2 (cut 2023-12-06, issue
//    #115300) … 2.9: the Dockerfile @ 01343dcd defaults ARG BASE_IMAGE=ubuntu:22.04, and issue #166897 (2025-11-03,
//    2.10.0) still finds the devel base nvidia/cuda:…-devel-ubuntu22.04 on main. 2.1.1 and 2.1.2 stay unknown: they were
//    built on release/2.1 after #113032 (whose 2.1.1 cherry-pick deadline, 2023-11-03 in tracker #110961, preceded it) and
//    whether it was picked was not read; so do older and later lines, latest and the bare name.
const PYTORCH =
  'pytorch/pytorch docker.Makefile (stored @ 631e16a5 and @ 04da8a0f: BASE_RUNTIME = ubuntu:18.04, BASE_DEVEL = nvidia/cuda:$(CUDA_VERSION)-cudnn$(CUDNN_VERSION)-devel-ubuntu18.04; runtime-image / devel-image set BASE_IMAGE to them) and Dockerfile @ 01343dcd (ARG BASE_IMAGE=ubuntu:22.04, FROM ${BASE_IMAGE} AS official); github.com/pytorch/pytorch issue #81120 (2022-07-08 … 2023-05-12: base ubuntu:18.04, "Still on Ubuntu 18.04.6 in PyTorch 1.13.1"), PR #101301 and #101310 (2023-05-12: BASE_RUNTIME → Ubuntu 20.04, the first change from 18.04), PR #113032 (2023-11-06: release builds → nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04), issue #166897 (2025-11-03: main still on nvidia/cuda:…-devel-ubuntu22.04); release trackers #108055 (release/2.1 cut 2023-08-28) and #115300 (release/2.2 cut 2023-12-06); pytorch/pytorch.github.io PR #1381 (2023-05-08, "[Release 2.0.1]")';
const PYTORCH_REPOS = ['docker.io/pytorch/pytorch'];
/** Release → Ubuntu, per release line (see above); only the versions the line's base is tied to. */
const PYTORCH_LINES: readonly { ubuntu: string; versions: string }[] = [
  {
    ubuntu: '18.04',
    versions: '1\\.7\\.[01]|1\\.8\\.[01]|1\\.9\\.[01]|1\\.10\\.[0-2]|1\\.11\\.0|1\\.12\\.[01]|1\\.13\\.[01]|2\\.0\\.[01]',
  },
  { ubuntu: '20.04', versions: '2\\.1\\.0' },
  {
    ubuntu: '22.04',
    versions: '2\\.2\\.[0-2]|2\\.3\\.[01]|2\\.4\\.[01]|2\\.5\\.[01]|2\\.6\\.0|2\\.7\\.[01]|2\\.8\\.0|2\\.9\\.[01]',
  },
];
const pytorchRules: ImageTagRule[] = PYTORCH_LINES.flatMap(({ ubuntu, versions }) => [
  {
    id: `pytorch/runtime-ubuntu${ubuntu}`,
    repositories: PYTORCH_REPOS,
    tag: new RegExp(`^(?:${versions})-cuda\\d+\\.\\d+-cudnn\\d+-runtime$`),
    base: `ubuntu:${ubuntu}`,
    source: PYTORCH,
  },
  {
    id: `pytorch/devel-ubuntu${ubuntu}`,
    repositories: PYTORCH_REPOS,
    tag: new RegExp(`^(?:${versions})-cuda\\d+\\.\\d+-cudnn\\d+-devel$`),
    // FROM nvidia/cuda:<cuda>-cudnn<n>-devel-ubuntuNN.NN, whose own build is NVIDIA's; the Ubuntu is the one BASE_DEVEL
    // names (as tensorflow/serving's -gpu rows in mlImages.ts name the Ubuntu of their nvidia/cuda base).
    base: `ubuntu:${ubuntu}`,
    source: PYTORCH,
  },
]);
pytorchRules.push({
  id: 'pytorch/unknown-line',
  repositories: PYTORCH_REPOS,
  tag: /^.*$/,
  unknown:
    'pytorch/pytorch tags are built by docker.Makefile, whose BASE_RUNTIME / BASE_DEVEL changed by release line (Ubuntu 18.04 for 1.7.0 … 2.0.1, 20.04 for 2.1.0, 22.04 for 2.2 … 2.9); this tag is outside those lines (an older or newer release, 2.1.1 / 2.1.2, or latest, which moves with each release), so no release is given rather than guessed',
  source: PYTORCH,
});

// --- NVIDIA NGC PyTorch 20.02 ------------------------------------------------------------------------------------------
// The 20.02 release notes list "Ubuntu 18.04 with January 2020 updates" among the container's key features; the other
// months of that container not read (mlImages.ts has 19.03 … 19.11) stay unknown (toolImages.ts `ngc/unknown`).
const NGC_PYTORCH_2002 =
  'NVIDIA release notes https://docs.nvidia.com/deeplearning/frameworks/pytorch-release-notes/rel_20-02.html (PyTorch Release 20.02, Key Features and Enhancements: "Ubuntu 18.04 with January 2020 updates")';
const ngcRules: ImageTagRule[] = exactTagRules(
  { 'ubuntu:18.04': '20.02' },
  () => ({ id: 'ngc/pytorch-20.02', repositories: ['nvcr.io/nvidia/pytorch'], source: NGC_PYTORCH_2002 }),
  { suffix: '-py3' },
);

// --- Jupyter Docker Stacks on Docker Hub: version tags only built after 2022-10-10 ----------------------------------------
// Every first-parent commit of jupyter/docker-stacks from 61fe0e3a (2022-10-10, the last of the 2022-10-09/10 series
// that rebuilt old Python versions on ubuntu-20.04 and -22.04) to 00a67281 (2023-10-20, after which images went to
// Quay.io only) has a root Dockerfile on ubuntu:22.04 (generated/jupyterCommitTags.ts: all 343 of them). A version tag
// that no build before that span could carry was therefore pushed to Docker Hub from ubuntu:22.04 only:
//  - python-3.11 and python-3.11.x: ARG PYTHON_VERSION=3.11 from 5bcf2105 (2023-06-01) and no earlier pin (3.10 from
//    46c41283, 2022-05-26); the python-<major.minor> tag exists since 5d535899 (2022-09-29).
//  - lab-4.x.y: JupyterLab 4 first named by the repository in a2f462b1 (2023-05-25, "Update image example to use
//    JupyterLab 4.0"); a JupyterLab 4 pre-release would carry its a/b/rc suffix in the tag.
// On Quay.io the same tags kept being pushed after the move to ubuntu:24.04 (e51895bc, 2024-08-30) and stay unknown.
const JUPYTER_HUB_AFTER_2022_10 =
  'jupyter/docker-stacks @ 82093869 (2026-08-08): the root Dockerfile (base-notebook, then docker-stacks-foundation) at every first-parent commit from 61fe0e3a (2022-10-10) to 00a67281 (2023-10-20, Docker Hub pushes end) names ubuntu:22.04 (scripts/gen-jupyter-commits.mjs); ARG PYTHON_VERSION=3.11 from 5bcf2105 (2023-06-01, 3.10 since 46c41283 2022-05-26); tagging/taggers.py PythonMajorMinorVersionTagger since 5d535899 (2022-09-29); a2f462b1 (2023-05-25) "Update image example to use JupyterLab 4.0"';
const JUPYTER_HUB = [
  'docker-stacks-foundation',
  'base-notebook',
  'minimal-notebook',
  'scipy-notebook',
  'r-notebook',
  'julia-notebook',
  'tensorflow-notebook',
  'pytorch-notebook',
  'datascience-notebook',
  'pyspark-notebook',
  'all-spark-notebook',
].map((name) => `docker.io/jupyter/${name}`);
const jupyterHubRules: ImageTagRule[] = [
  {
    id: 'jupyter/dockerhub-python-3.11',
    repositories: JUPYTER_HUB,
    tag: /^python-3\.11(?:\.\d+)?$/,
    base: 'ubuntu:22.04',
    source: JUPYTER_HUB_AFTER_2022_10,
  },
  {
    id: 'jupyter/dockerhub-lab-4',
    repositories: JUPYTER_HUB,
    tag: /^lab-4\.\d+\.\d+$/,
    base: 'ubuntu:22.04',
    source: JUPYTER_HUB_AFTER_2022_10,
  },
];

export const vendorFamily13Rules: readonly ImageTagRule[] = [...pytorchRules, ...ngcRules, ...jupyterHubRules];
