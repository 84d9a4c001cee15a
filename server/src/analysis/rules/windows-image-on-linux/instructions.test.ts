import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, textAt } from '../testKit';

const ID = 'windows-image-on-linux';

test('Windows-only instructions on an unknown base: one error per stage on a Linux target, none on unknown or Windows targets', () => {
  const t =
    'FROM registry.example.com/base:1\nRUN powershell -Command Install-WindowsFeature Web-Server\nRUN dism /online /enable-feature /featurename:IIS-WebServer\n';
  const f = findingsOf(t, ID, 'ubuntu-24.04');
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['Install-WindowsFeature'],
  );
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /^`Install-WindowsFeature` runs only in a Windows container, and the target is Linux\./);
  assert.deepEqual(findingsOf(t, ID), []);
  assert.deepEqual(findingsOf(t, ID, 'windows-server-2022'), []);
  const notes = analyze(t, 'ubuntu-24.04').notes.map((n) => textAt(t, n));
  assert.deepEqual(notes, ['Install-WindowsFeature', 'dism']);
});

test('a known Windows base is reported on its FROM line only; comments, echo text and cross-platform cmdlets are silent', () => {
  const win = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Install-WindowsFeature NET-Framework-45-Core\n';
  assert.deepEqual(
    findingsOf(win, ID, 'ubuntu-24.04').map((x) => x.range.start.line),
    [0],
  );
  const linux =
    'FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\n# Install-WindowsFeature is not available here\nRUN pwsh -Command "Install-Module -Name Az -Force; Expand-Archive x.zip"\nRUN echo setxkbmap\n';
  assert.deepEqual(findingsOf(linux, ID, 'ubuntu-24.04'), []);
  assert.deepEqual(
    analyze(linux, 'ubuntu-24.04').notes.filter((n) => n.markdown.includes('Windows container')),
    [],
  );
});

test('Windows-only forms outside RUN and Windows tools run by path: one error per stage on an unknown base, a note on each', () => {
  const t =
    'FROM registry.example.com/base:1\nSHELL ["powershell", "-Command"]\nUSER ContainerAdministrator\nENV PATH="C:\\Windows\\system32;C:\\tools"\n' +
    'RUN %windir%\\Microsoft.NET\\Framework64\\v4.0.30319\\ngen update\nRUN %windir%\\system32\\inetsrv\\appcmd set app "Default Web Site/"\n' +
    'RUN net user builder /add\nRUN sc config w3svc start=demand\nRUN Set-Service -Name spooler -StartupType Automatic\n' +
    'ENTRYPOINT ["C:\\\\ServiceMonitor.exe", "w3svc"]\nCMD ["cmd", "/C", "dir"]\n';
  const f = findingsOf(t, ID, 'ubuntu-24.04');
  assert.deepEqual(
    f.map((x) => textAt(t, x)),
    ['powershell'],
  );
  const notes = analyze(t, 'ubuntu-24.04').notes.map((n) => textAt(t, n));
  assert.deepEqual(notes, [
    'powershell',
    'ContainerAdministrator',
    'C:\\',
    'C:\\',
    '%windir%\\Microsoft.NET\\Framework64\\v4.0.30319\\ngen',
    '%windir%\\system32\\inetsrv\\appcmd',
    'net',
    'sc',
    'Set-Service',
    'C:\\\\ServiceMonitor.exe',
    'cmd',
  ]);
  assert.deepEqual(findingsOf(t, ID, 'windows-server-2022'), []);
});

test('negative: Linux look-alikes of those forms stay silent', () => {
  const linux =
    'FROM ubuntu:24.04\nSHELL ["pwsh", "-Command"]\nSHELL ["/bin/bash", "-c"]\nUSER containerd\nENV PATH=/opt/mssql/bin:$PATH\n' +
    'RUN useradd containeruser\nUSER containeruser\nRUN net ads user\nRUN echo net user someone /add\nRUN sc config.txt\nRUN ngen-tool update\n' +
    'ENTRYPOINT ["/usr/local/bin/jenkins-agent"]\nCMD ["pwsh"]\nCMD ["sh", "-c", "cd C:\\\\x"]\n';
  assert.deepEqual(findingsOf(linux, ID, 'ubuntu-24.04'), []);
  assert.deepEqual(
    analyze(linux, 'ubuntu-24.04').notes.filter((n) => n.markdown.includes('Windows container')),
    [],
  );
});

test("PowerShell's machine-wide environment (the registry's) is Windows-only; the process scope is not", () => {
  const t =
    "FROM registry.example.com/base:1\nSHELL [\"pwsh\", \"-Command\"]\nRUN [Environment]::SetEnvironmentVariable('PATH', $newPath, [EnvironmentVariableTarget]::Machine)\nRUN [Environment]::SetEnvironmentVariable('X', '1', [EnvironmentVariableTarget]::Process)\n";
  assert.deepEqual(
    findingsOf(t, ID, 'ubuntu-24.04').map((x) => textAt(t, x)),
    ['[EnvironmentVariableTarget]::Machine'],
  );
});

test('a drive-letter path as an ENV value, a directory made or a file written: a hover hint, never a finding; none where Wine is named', () => {
  // jenkinsci/docker tests/plugins-cli/custom-war/Dockerfile-windows and tests/functions/Dockerfile-windows (FROM bats-jenkins).
  const t =
    'FROM bats-jenkins\nENV JENKINS_WAR=C:/ProgramData/TestCustomDockerfile/my-custom-jenkins.war\n' +
    'RUN mkdir C:/ProgramData/Jenkins/Reference/pester ; echo $null >> C:/ProgramData/Jenkins/Reference/pester/test.override\n' +
    'ENV JAVA_HOME C:\\\\openjdk-21\nRUN echo C:/ProgramData/x\nARG JENKINS_HOME=C:/ProgramData/Jenkins/JenkinsHome\nARG HOME_DIR=/home/x\n';
  const hints = analyze(t, 'ubuntu-24.04').notes.filter((n) => n.markdown.includes('Windows container'));
  assert.deepEqual(
    hints.map((n) => textAt(t, n)),
    [
      'C:/ProgramData/TestCustomDockerfile/my-custom-jenkins.war',
      'C:/ProgramData/Jenkins/Reference/pester',
      'C:/ProgramData/Jenkins/Reference/pester/test.override',
      'C:\\\\openjdk-21',
      'C:/ProgramData/Jenkins/JenkinsHome',
    ],
  );
  assert.ok(hints.every((n) => /not reported/.test(n.markdown)));
  // Through a variable whose ARG default is such a path (jenkinsci/docker windows/windowsservercore/hotspot/Dockerfile).
  const viaArg =
    'FROM registry.example.com/base:1\nARG JAVA_HOME="C:/openjdk-21"\nENV JAVA_HOME=${JAVA_HOME}\nARG H=/opt/x\nENV HOME_DIR=${H}\n';
  assert.deepEqual(
    analyze(viaArg, 'ubuntu-24.04')
      .notes.filter((n) => n.markdown.includes('Windows container'))
      .map((n) => textAt(viaArg, n)),
    ['C:/openjdk-21', '${JAVA_HOME}'],
  );
  assert.deepEqual(findingsOf(t, ID, 'ubuntu-24.04'), []);
  // A Wine image sets Windows paths for the programs it runs: no hint at all.
  const wine = 'FROM debian:12\nRUN apt-get install -y wine64\nENV WINEPATH "C:\\\\Python27"\nENV APP_HOME=C:/app\nRUN mkdir C:/x\n';
  assert.deepEqual(
    analyze(wine, 'ubuntu-24.04').notes.filter((n) => n.markdown.includes('Windows container')),
    [],
  );
});

test('precision audit 6: a Windows-only command in a stage of a known Linux image is a hover note, not a Windows-image error', () => {
  // fluent/fluentd-docker-image Dockerfile.template.erb: the ERB template's Windows branch (`choco install`) follows
  // its Linux FROM ruby:3.4-slim; on a Linux host that stage is Linux, so choco is only a missing program.
  const erb =
    'FROM ruby:3.4-slim\nLABEL maintainer "Fluentd developers"\nRUN choco install -y ruby --version 3.4.9.1 --params "\'/InstallDir:C:\\ruby34\'"\n';
  assert.deepEqual(findingsOf(erb, ID, 'ubuntu-24.04'), []);
  assert.deepEqual(
    analyze(erb, 'ubuntu-24.04')
      .notes.filter((n) => n.markdown.includes('Windows container'))
      .map((n) => textAt(erb, n)),
    ['choco'],
  );
  // The same command on a base that is not known stays an error: the stage may well be Windows.
  assert.deepEqual(
    findingsOf(erb.replace('ruby:3.4-slim', 'registry.example.com/base:1'), ID, 'ubuntu-24.04').map((f) => f.severity),
    ['error'],
  );
});
