/**
 * Non-official image families of issue #17, eleventh file: the biggest unknown groups of samples 2–12 whose answer a
 * primary source gives. Moving tags are described as of the newest build files read (repository @ commit (date) in every
 * source, and in the hover's moving-tag text). The rules of the game are thirdParty.ts's, as in vendorFamilies2.ts …
 * vendorFamilies9.ts. Registered after vendorFamilies9.ts and before communityImages.ts and thirdParty.ts, whose
 * catch-all unknowns for the same repositories stay in force for every tag not listed here.
 */
import type { ImageTagRule } from './ruleTypes';

// --- Azure Functions host 4: python, node, java, powershell (Azure/azure-functions-docker) --------------------------------
// The <lang>-build.yml pipelines run on each release tag (trigger refs/tags/4.*) and build
// azure-functions/4/<lang>:<tag>-<lang><version>[-slim|-buildenv] from host/4/<folder>/<lang>/<lang><NN>/*.Dockerfile, the
// folder per version set in the pipeline's matrix; publish.yml re-tags them $(TargetVersion)-<lang><version>[…], so the
// 4-… tags are the TargetVersion 4 of the newest published release. They move with each host release (the bookworm folders
// already hold python 3.12, node 22, java 21 and powershell 7.4), so they are given as of the newest release tag read,
// 4.36.1 (the snapshot's HEAD). Three final stages end FROM mcr.microsoft.com/dotnet/runtime-deps:6.0, a moving tag: the
// dotnet-docker manifest of the same day maps 6.0 to 6.0/bullseye-slim, so that is the base named here. python 3.11 copies
// the whole root of its python:3.11-slim-bullseye stage over it (COPY --from=python / /): Debian 11 either way.
// core-tools images (FROM the moving dev container tags) and the generated -appservice files are not listed.
const AZURE_FUNCTIONS_4 =
  'Azure/azure-functions-docker @ 020dbf31 (2024-10-23, release tag 4.36.1, the newest tag and the snapshot HEAD): host/4/python-build.yml, node-build.yml, java-build.yml, powershell-build.yml (trigger refs/tags/4.*, matrix dockerfilePath bullseye for python 3.7–3.11, node 14–20, java 8/11/17, powershell 7.2; bookworm for python 3.12, node 22, java 21, powershell 7.4), host/4/publish.yml (docker tag …:$(PrivateVersion)-python3.9 …:$(TargetVersion)-python3.9 and likewise, python3.9 also as $(TargetVersion), -slim, -buildenv; java8 also as $(TargetVersion) and -slim); final FROM of host/4/bullseye/python/python3{7,8,9,10}/*.Dockerfile mcr.microsoft.com/mirror/docker/library/python:3.X-slim-bullseye, python311(-slim) mcr.microsoft.com/dotnet/runtime-deps:6.0 with COPY --from=python / / (python:3.11-slim-bullseye), python311-buildenv python:3.11-slim-bullseye, bookworm/python/python312 mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-amd64 (-buildenv FROM mcr.microsoft.com/oryx/python:3.12-debian-bookworm, whose own build was not read: not listed), bullseye/node/node14…20(-slim) and bullseye/java/java8,11,17(-slim) runtime-deps:6.0, bookworm/node/node22 and bookworm/java/java21(-slim) aspnet:8.0-bookworm-slim-amd64, bullseye/powershell/powershell72(-slim) mcr.microsoft.com/dotnet/aspnet:6.0-bullseye-slim, bookworm/powershell/powershell74(-slim) aspnet:8.0-bookworm-slim-amd64; dotnet/dotnet-docker @ 4f48d36a (2024-10-23) manifest.json: runtime-deps 6.0 shared tags on src/runtime-deps/6.0/bullseye-slim';
const AF = 'mcr.microsoft.com/azure-functions';
const RUNTIME_DEPS_6 = 'mcr.microsoft.com/dotnet/runtime-deps:6.0-bullseye-slim';
const ASPNET_8_BOOKWORM = 'mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-amd64';
const azureMeans = (what: string, release: string): string =>
  `${what} as built by host release 4.36.1, the newest release tag read (2024-10-23): ${release}; later host releases may move it`;
const azureRule = (id: string, repository: string, tag: RegExp, base: string, means: string, release: string): ImageTagRule => ({
  id: `azure-functions-4/${id}`,
  repositories: [`${AF}/${repository}`],
  tag,
  base,
  moving: { means: azureMeans(means, release) },
  source: AZURE_FUNCTIONS_4,
});
const azureFunctions4Rules: ImageTagRule[] = [
  azureRule(
    'python-bullseye',
    'python',
    /^4-python3\.(?<minor>[789]|10)(?:-slim|-buildenv)?$/,
    'python:3.{minor}-slim-bullseye',
    'the Python 3.{minor} image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'python-3.9-default',
    'python',
    /^4(?:-slim|-buildenv)?$/,
    'python:3.9-slim-bullseye',
    'the Python 3.9 image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'python-3.11',
    'python',
    /^4-python3\.11(?:-slim)?$/,
    RUNTIME_DEPS_6,
    'the Python 3.11 image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'python-3.11-buildenv',
    'python',
    /^4-python3\.11-buildenv$/,
    'python:3.11-slim-bullseye',
    'the Python 3.11 build image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'python-3.12',
    'python',
    /^4-python3\.12$/,
    ASPNET_8_BOOKWORM,
    'the Python 3.12 image of Functions host 4',
    'Debian 12 (bookworm)',
  ),
  azureRule(
    'node-bullseye',
    'node',
    /^4-node(?:14|16|18|20)(?:-slim)?$/,
    RUNTIME_DEPS_6,
    'the Node.js image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule('node-22', 'node', /^4-node22$/, ASPNET_8_BOOKWORM, 'the Node.js 22 image of Functions host 4', 'Debian 12 (bookworm)'),
  azureRule(
    'java-bullseye',
    'java',
    /^4(?:-java(?:8|11|17))?(?:-slim)?$/,
    RUNTIME_DEPS_6,
    'the Java image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule('java-21', 'java', /^4-java21(?:-slim)?$/, ASPNET_8_BOOKWORM, 'the Java 21 image of Functions host 4', 'Debian 12 (bookworm)'),
  azureRule(
    'powershell-7.2',
    'powershell',
    /^4-powershell7\.2(?:-slim)?$/,
    'mcr.microsoft.com/dotnet/aspnet:6.0-bullseye-slim',
    'the PowerShell 7.2 image of Functions host 4',
    'Debian 11 (bullseye)',
  ),
  azureRule(
    'powershell-7.4',
    'powershell',
    /^4-powershell7\.4(?:-slim)?$/,
    ASPNET_8_BOOKWORM,
    'the PowerShell 7.4 image of Functions host 4',
    'Debian 12 (bookworm)',
  ),
];

export const vendorFamily11Rules: readonly ImageTagRule[] = [...azureFunctions4Rules];
