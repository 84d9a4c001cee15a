import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, target, unknownTarget } from '../testKit';

const ID = 'windows-image-on-linux';
const IMG = 'mcr.microsoft.com/windows/servercore:ltsc2022';
const windowsHost = (build: number) => ({
  label: `Windows build ${build}`,
  origin: { kind: 'cli' as const, detail: 'test' },
  os: 'windows' as const,
  windowsBuild: build,
});

test('Windows image on a Linux target → error on the image reference', () => {
  const [f] = findingsOf(`FROM ${IMG}\nRUN echo hi\n`, ID, target());
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 5 + IMG.length } });
  assert.match(f.message, /Windows kernel/);
  assert.deepEqual(f.related, [{ message: 'target: test (test)' }]);
  assert.equal(findingsOf(`FROM ${IMG}\n`, ID, target({ os: 'linux', kernel: undefined })).length, 1);
});

test('Windows host: newer image → error; older image → warning that names Hyper-V isolation', () => {
  const [newer] = findingsOf(`FROM ${IMG}\n`, ID, windowsHost(17763));
  assert.equal(newer.severity, 'error');
  assert.match(newer.message, /20348/);
  assert.match(newer.message, /17763/);
  const [older] = findingsOf('FROM mcr.microsoft.com/windows/servercore:ltsc2019\n', ID, windowsHost(20348));
  assert.equal(older.severity, 'warning');
  assert.match(older.message, /--isolation=hyperv/);
});

test('negative: same build, Linux images, unknown target, unknown host build', () => {
  assert.deepEqual(findingsOf(`FROM ${IMG}\n`, ID, windowsHost(20348)), []);
  assert.deepEqual(findingsOf('FROM ubuntu:24.04\n', ID, target()), []);
  assert.deepEqual(findingsOf(`FROM ${IMG}\n`, ID, unknownTarget()), []);
  assert.deepEqual(findingsOf(`FROM ${IMG}\n`, ID, { ...windowsHost(1), windowsBuild: undefined }), []);
});

test('a Windows base image pinned by digest only is still Windows: error on every Linux target, none on a Windows host', () => {
  const ref = 'mcr.microsoft.com/windows/nanoserver@sha256:3bb312dcc36fa551766a13cf2fb8e2be90726774589c96bea9198a26307bf2a2';
  for (const t of [target(), target({ kernel: { major: 5, minor: 15, patch: 0, raw: '5.15.0-91-generic' }, label: 'ubuntu-22.04' })]) {
    const [f] = findingsOf(`FROM ${ref}\n`, ID, t);
    assert.equal(f?.severity, 'error', t.label);
    assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 5 + ref.length } });
    assert.match(f.message, /Windows kernel/);
  }
  // The build is not known from a digest: no build-mismatch verdict on a Windows host.
  assert.deepEqual(findingsOf(`FROM ${ref}\n`, ID, windowsHost(20348)), []);
});

test('an unknown image whose tag names a Windows base: warning on a Linux target, note on a Windows host', () => {
  for (const image of [
    'jenkins/inbound-agent:4.7-1-jdk8-nanoserver-1809',
    'jenkins/inbound-agent:4.7-1-jdk8-windowsservercore-ltsc2019',
    'plugins/base:windows-1809',
    'embarkstudios/scoop:ltsc2019',
    'embarkstudios/vs-build-tools:ltsc2019-2017',
  ]) {
    const [f, ...rest] = findingsOf(`FROM ${image}\n`, ID, target());
    assert.equal(rest.length, 0, image);
    assert.equal(f.severity, 'warning', image);
    assert.deepEqual(f.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 5 + image.length } }, image);
    assert.match(f.message, /names a Windows base/, image);
    assert.deepEqual(findingsOf(`FROM ${image}\n`, ID, windowsHost(17763)), [], image);
    const notes = analyze(`FROM ${image}\n`, windowsHost(17763)).notes.filter((n) => /names a Windows base/.test(n.markdown));
    assert.equal(notes.length, 1, image);
    assert.match(notes[0].markdown, /Windows host/);
  }
  // A Windows-only instruction in such a stage adds nothing: the FROM warning says it.
  assert.equal(findingsOf('FROM embarkstudios/scoop:ltsc2019\nRUN powershell Install-WindowsFeature Web-Server\n', ID, target()).length, 1);
});

test('a tag set by an ARG without a default: Windows by its repository or by the literal parts of the tag', () => {
  const byRepository = 'ARG CORE_BASE_TAG\nFROM mcr.microsoft.com/windows/servercore:${CORE_BASE_TAG} as powershell\n';
  const [f, ...rest] = findingsOf(byRepository, ID, target());
  assert.equal(rest.length, 0);
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /`mcr\.microsoft\.com\/windows\/servercore` holds only Windows images, whatever `\$\{CORE_BASE_TAG\}` will be/);
  assert.deepEqual(findingsOf(byRepository, ID, windowsHost(17763)), []);
  const byTag = 'ARG version\nARG W\nFROM jenkins/agent:"${version}"-jdk17-nanoserver-"${W}"\n';
  assert.match(findingsOf(byTag, ID, target())[0].message, /names a Windows base \(`nanoserver`\)/);
  // The tag is shown as written, a default's `:-` inside it included.
  const withDefault = 'ARG TAG\nFROM mcr.microsoft.com/windows/servercore:${TAG:-ltsc2019}\n';
  assert.match(findingsOf(withDefault, ID, target())[0].message, /whatever `\$\{TAG:-ltsc2019\}` will be/);
  // Nothing known about the repository or the tag: silent (a `:` inside `${A:-b}` is not the tag's colon).
  for (const t of [
    'ARG R\nARG B\nFROM ${R}/${B}\n',
    'ARG V\nFROM mcr.microsoft.com/dotnet/sdk:${V}\n',
    'ARG IMG\nFROM ${IMG:-mcr.microsoft.com/windows/servercore:ltsc2019}-x\n',
  ])
    assert.deepEqual(findingsOf(t, ID, target()), [], t);
});

test('negative: Windows words in the repository name (cross-compilers), ordinary tags, known images', () => {
  for (const image of [
    'dockcross/windows-static-x64',
    'dockcross/windows-x64-posix:latest',
    'mback2k/windows-vstools:vs14_1709',
    'plugins/base:multiarch',
    'node:20-servercorefoo',
    'ubuntu:24.04',
  ]) {
    assert.deepEqual(findingsOf(`FROM ${image}\n`, ID, target()), [], image);
    assert.equal(analyze(`FROM ${image}\n`, target()).notes.filter((n) => /names a Windows base/.test(n.markdown)).length, 0, image);
  }
  // A known Windows image keeps its own (error) finding only.
  const [known, ...more] = findingsOf(`FROM ${IMG}\n`, ID, target());
  assert.equal(known.severity, 'error');
  assert.equal(more.length, 0);
});

test("Microsoft's own Windows repositories the image tables do not list: a warning on Linux, none on a Windows host; not under mcr.microsoft.com/oss", () => {
  for (const image of [
    'microsoft/mssql-server-windows-express',
    'mcr.microsoft.com/windowsservercore-insider:10.0.17744.1001',
    'mcr.microsoft.com/nanoserver-insider:10.0.17744.1001',
    'mcr.microsoft.com/windows-insider',
  ]) {
    const [f, ...more] = findingsOf(`FROM ${image}\n`, ID, target());
    assert.equal(f?.severity, 'warning', image);
    assert.match(f.message, /holds only Microsoft's Windows images/, image);
    assert.equal(more.length, 0, image);
    assert.deepEqual(findingsOf(`FROM ${image}\n`, ID, windowsHost(20348)), [], image);
  }
  // The instructions of such a stage are not reported again.
  assert.equal(
    findingsOf('FROM microsoft/mssql-server-windows-express\nRUN Add-WindowsFeature Web-CGI\nUSER ContainerAdministrator\n', ID, target())
      .length,
    1,
  );
  // microsoft/dotnet-framework is in the image tables too (vendorFamilies40.ts: every Dockerfile of
  // microsoft/dotnet-framework-docker is FROM a Windows image): the known Windows image's error, once.
  const [framework, ...frameworkMore] = findingsOf(
    'FROM microsoft/dotnet-framework:4.7.2-sdk\nRUN Add-WindowsFeature Web-CGI\n',
    ID,
    target(),
  );
  assert.equal(framework?.severity, 'error');
  assert.equal(frameworkMore.length, 0);
  // microsoft/iis is in the image tables (vendorFamilies19.ts: every Dockerfile of Microsoft/iis-docker is FROM a Windows
  // image), so it gets the known Windows image's error, once.
  const [iis, ...iisMore] = findingsOf('FROM microsoft/iis\nRUN Add-WindowsFeature Web-CGI\nUSER ContainerAdministrator\n', ID, target());
  assert.equal(iis?.severity, 'error');
  assert.equal(iisMore.length, 0);
  for (const image of [
    'mcr.microsoft.com/oss/kubernetes/windows-gmsa-webhook:v0.7',
    'microsoft/mssql-server-linux:2017-latest',
    'mcr.microsoft.com/mssql/server:2022-latest',
  ])
    assert.deepEqual(findingsOf(`FROM ${image}\n`, ID, target()), [], image);
});

test('an unknown image whose repository or tag is named for Windows is explained on hover, never reported; cross-compilers and mcr oss images are not', () => {
  for (const image of [
    'stefanscherer/node-windows:6.9.4-nano-onbuild',
    'mback2k/windows-vstools:vs14_1709',
    'public.ecr.aws/eks-distro-build-tooling/eks-distro-windows-base:1809',
    'nanoserverapiscan',
    'windowsservercore',
    'stefanscherer/xterm:windows',
  ]) {
    const notes = analyze(`FROM ${image}\n`, target()).notes.filter((n) => /Named for Windows/.test(n.markdown));
    assert.equal(notes.length, 1, image);
    assert.match(notes[0].markdown, /If it is a Windows image, it needs the Windows kernel.*Target: ✗ the target is Linux/s, image);
    assert.deepEqual(findingsOf(`FROM ${image}\n`, ID, target()), [], image);
  }
  // Linux images named for Windows work: dockcross' MinGW cross-compilers, Microsoft's Linux images for Windows nodes.
  for (const image of [
    'dockcross/windows-static-x86',
    'dockcross/windows-x64-posix',
    'mcr.microsoft.com/oss/kubernetes/windows-gmsa-webhook:v0.7.1',
    'stefanscherer/chocolatey',
  ])
    assert.equal(analyze(`FROM ${image}\n`, target()).notes.filter((n) => /Named for Windows/.test(n.markdown)).length, 0, image);
  // A tag that names the Windows base keeps its own (reported) note, not a second one.
  const tagged = analyze('FROM jenkins/inbound-agent:4.7-1-jdk8-nanoserver-1809\n', target()).notes;
  assert.equal(tagged.filter((n) => /Named for Windows/.test(n.markdown)).length, 0);
});

test('--platform=windows/… asks for a Windows build whatever the image: warning on the flag on Linux, hover everywhere', () => {
  for (const text of [
    'FROM --platform=windows/amd64 node:16\nRUN npm install\n',
    'FROM --platform=windows/amd64 golang:1.21 AS w\nRUN go build\n',
    'FROM --platform=windows mcr2.example/tool\n',
  ]) {
    const [f, ...rest] = findingsOf(text, ID, target());
    assert.equal(rest.length, 0, text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.range.start.line, 0);
    assert.match(text.split('\n')[0].slice(f.range.start.character, f.range.end.character), /^windows/);
    assert.match(f.message, /Windows kernel/);
    assert.ok(analyze(text, unknownTarget()).notes.some((n) => /Windows build/.test(n.markdown) && n.range.start.line === 0));
  }
  assert.deepEqual(findingsOf('FROM --platform=windows/amd64 node:16\n', ID, windowsHost(20348)), []);
  // A Windows image with the flag is reported once, by its image; linux and variable platforms say nothing.
  assert.equal(findingsOf(`FROM --platform=windows/amd64 ${IMG}\n`, ID, target()).length, 1);
  assert.deepEqual(findingsOf('FROM --platform=linux/amd64 node:16\n', ID, target()), []);
  assert.deepEqual(findingsOf('FROM --platform=$TARGETPLATFORM node:16\n', ID, target()), []);
});

test("microsoft/dotnet-framework-samples is Microsoft's .NET Framework sample repository: Windows", () => {
  assert.equal(findingsOf('FROM microsoft/dotnet-framework-samples\n', ID, target()).length, 1);
  assert.equal(findingsOf('FROM microsoft/dotnet-framework-samples:aspnetapp\n', ID, target()).length, 1);
});
