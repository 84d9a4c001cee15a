/**
 * Non-official image families of issue #17, thirteenth file: vendor images the tables already knew whose tags stayed
 * unknown (the second class of unknownReasons.test.ts), tied to their base release by the publisher's own build files and
 * dated changes to them. Same rules as vendorFamilies2.ts … vendorFamilies12.ts: every row names what it rests on; tags
 * whose base no source read ties stay unknown, with the reason. Registered after vendorFamilies12.ts and before
 * toolImages.ts, whose catch-all unknowns for the same repositories stay in force for every tag not listed here.
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
//  - Ubuntu 20.04 for 2.1.0 (published 2023-10-04, between #101310 and the next change).
//  - Ubuntu 22.04 from PR #113032 (2023-11-06, "Move release docker container builds to ubuntu22.04",
//    nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04) for the release lines branched after it, 2.2 … 2.9: the Dockerfile
//    @ 01343dcd defaults ARG BASE_IMAGE=ubuntu:22.04, and issue #166897 (2025-11-03, 2.10.0) still finds the devel base
//    nvidia/cuda:…-devel-ubuntu22.04 on main. 2.1.1 and 2.1.2 (release/2.1 after #113032: not read whether it was picked)
//    and later lines stay unknown, as do latest and the bare name.
const PYTORCH =
  'pytorch/pytorch docker.Makefile (stored @ 631e16a5 and @ 04da8a0f: BASE_RUNTIME = ubuntu:18.04, BASE_DEVEL = nvidia/cuda:$(CUDA_VERSION)-cudnn$(CUDNN_VERSION)-devel-ubuntu18.04; runtime-image / devel-image set BASE_IMAGE to them) and Dockerfile @ 01343dcd (ARG BASE_IMAGE=ubuntu:22.04, FROM ${BASE_IMAGE} AS official); github.com/pytorch/pytorch issue #81120 (2022-07-08 … 2023-05-12: base ubuntu:18.04, "Still on Ubuntu 18.04.6 in PyTorch 1.13.1"), PR #101301 and #101310 (2023-05-12: BASE_RUNTIME → Ubuntu 20.04, the first change from 18.04), PR #113032 (2023-11-06: release builds → nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04), issue #166897 (2025-11-03: main still on nvidia/cuda:…-devel-ubuntu22.04); pytorch/pytorch.github.io PR #1381 (2023-05-08, "[Release 2.0.1]")';
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

export const vendorFamily13Rules: readonly ImageTagRule[] = [...pytorchRules, ...ngcRules];
