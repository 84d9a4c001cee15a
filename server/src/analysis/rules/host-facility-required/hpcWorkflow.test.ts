/**
 * Sample 59 (science / HPC-workflow images): Apptainer installed from conda-forge, configured by command, file or
 * APPTAINER_/SINGULARITY_ variables; CernVM-FS mounts (cvmfs2, cvmfsexec, `mount -t cvmfs`, the cvmfs package);
 * Alpine's docker meta package; a VOLUME a hidden start script would use. All explained, none reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf } from '../testKit';

const ID = 'host-facility-required';
/** The hover notes on the first (or, with `last`, the last) occurrence of `word` on `line`. */
const notesAt = (t: string, line: number, word: string, last = false): string => {
  const text = t.split('\n')[line];
  const character = last ? text.lastIndexOf(word) : text.indexOf(word);
  assert.ok(character >= 0, `line ${line} has ${word}`);
  return analyze(t)
    .notes.filter((n) => n.range.start.line <= line && line <= n.range.end.line)
    .filter(
      (n) =>
        (n.range.start.line < line || n.range.start.character <= character) &&
        (n.range.end.line > line || character < n.range.end.character),
    )
    .map((n) => n.markdown)
    .join('\n');
};
const TARGETS = ['rhel8', 'ubuntu-22.04', 'debian-12'];

test('Apptainer from conda-forge (micromamba create, conda install, pixi global install); other conda packages and commands stay quiet', () => {
  const t = [
    'FROM mambaorg/micromamba',
    'RUN micromamba create -q -y -c conda-forge -n apptainer apptainer',
    'RUN conda install -y conda-forge::apptainer>=1.3 numpy',
    'RUN pixi global install apptainer',
    'RUN conda install -y -n apptainer numpy',
    'RUN conda search apptainer && mamba list apptainer',
    'RUN apt-get install -y python3-conda',
    '',
  ].join('\n');
  assert.doesNotMatch(notesAt(t, 1, 'apptainer'), /Apptainer/, 'the environment name (-n) is not a package');
  assert.match(notesAt(t, 1, 'apptainer', true), /Apptainer \/ Singularity containers\*\* \(conda package `apptainer`\)/);
  assert.match(notesAt(t, 2, 'conda-forge::apptainer'), /conda package `apptainer`/);
  assert.match(notesAt(t, 3, 'apptainer'), /conda package `apptainer`/);
  assert.doesNotMatch(notesAt(t, 4, 'apptainer'), /Apptainer/, 'an environment named apptainer is not the package');
  assert.doesNotMatch(notesAt(t, 5, 'apptainer'), /Apptainer/, 'search and list install nothing');
  for (const target of TARGETS) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('Apptainer settings: `singularity config global`, its configuration file edited, APPTAINER_/SINGULARITY_ variables', () => {
  const t = [
    'FROM almalinux:8',
    'RUN singularity config global --set "allow setuid" "no"',
    "RUN sed -i -e '/^allow setuid/s/yes/no/' /etc/singularity/singularity.conf",
    'ENV SINGULARITY_DISABLE_PID_NAMESPACES=false',
    'ENV APPTAINER_BIND=/cvmfs',
    'ENV SINGULARITYENV_FOO=1',
    'RUN singularity --version',
    '',
  ].join('\n');
  assert.match(notesAt(t, 1, 'singularity'), /Apptainer \/ Singularity containers/);
  assert.match(notesAt(t, 2, '/etc/singularity'), /Apptainer \/ Singularity containers/);
  assert.match(notesAt(t, 3, 'SINGULARITY_DISABLE'), /Apptainer \/ Singularity containers/);
  assert.match(notesAt(t, 4, 'APPTAINER_BIND'), /Apptainer \/ Singularity containers/);
  assert.doesNotMatch(notesAt(t, 5, 'SINGULARITYENV_FOO'), /Apptainer/, 'SINGULARITYENV_ only passes a variable into the container');
  assert.doesNotMatch(notesAt(t, 6, 'singularity'), /Apptainer/, '--version starts nothing');
  for (const target of TARGETS) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('CernVM-FS: cvmfsexec fetched, cvmfs2 and `mount -t cvmfs` at start, the cvmfs package', () => {
  const t = [
    'FROM almalinux:9',
    'RUN git clone https://github.com/cvmfs/cvmfsexec /cvmfsexec && cd /cvmfsexec && ./makedist osg',
    'RUN dnf install -y cvmfs',
    'CMD ["/usr/bin/cvmfs2", "-o", "allow_other", "atlas.cern.ch", "/cvmfs/atlas.cern.ch"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, 1, 'https://github.com/cvmfs'), /CernVM-FS \(FUSE mounts under \/cvmfs\)/);
  assert.match(notesAt(t, 2, 'cvmfs'), /CernVM-FS/);
  assert.match(notesAt(t, 3, 'cvmfs2'), /CernVM-FS[\s\S]*--device \/dev\/fuse/);
  const mount = 'FROM ubuntu:22.04\nCMD mount -t cvmfs data.galaxyproject.org /cvmfs/data.galaxyproject.org\n';
  assert.match(notesAt(mount, 1, 'cvmfs'), /CernVM-FS/);
  for (const target of TARGETS) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test("Alpine's docker package is the engine; Debian's docker package is not", () => {
  const alpine = 'FROM alpine:3.17\nRUN apk add --no-cache docker\n';
  assert.match(notesAt(alpine, 1, 'docker'), /Docker-in-Docker/);
  const debian = 'FROM debian:12\nRUN apt-get install -y docker\n';
  assert.doesNotMatch(notesAt(debian, 1, 'docker'), /Docker-in-Docker/);
});

test('a start script not shown is read with the VOLUME its stage declares; a VOLUME of another stage is not', () => {
  const t = [
    'FROM ubuntu:22.04',
    'VOLUME ["/export/", "/var/lib/docker"]',
    'ADD startup.sh /usr/bin/startup',
    'CMD ["/usr/bin/startup"]',
    '',
  ].join('\n');
  assert.match(notesAt(t, 3, '/usr/bin/startup'), /Start script not shown[\s\S]*Docker-in-Docker\*\*: `\/var\/lib\/docker`/);
  const other = [
    'FROM ubuntu:22.04 AS data',
    'VOLUME /var/lib/docker',
    'FROM ubuntu:22.04',
    'ADD startup.sh /usr/bin/startup',
    'CMD ["/usr/bin/startup"]',
    '',
  ].join('\n');
  assert.doesNotMatch(notesAt(other, 4, '/usr/bin/startup'), /Docker-in-Docker/);
  for (const target of TARGETS) assert.deepEqual(findingsOf(t, ID, target), [], target);
});

test('ulimit given its value through a variable sets a limit; a query does not', () => {
  const t = ['FROM centos:7', 'CMD ulimit -Hn "$config_max" && exec supervisord', ''].join('\n');
  assert.match(notesAt(t, 1, 'ulimit'), /Resource limits/);
  const query = ['FROM centos:7', 'CMD hard_max=$(ulimit -Hn) && exec supervisord', ''].join('\n');
  assert.doesNotMatch(notesAt(query, 1, 'ulimit'), /Resource limits/);
});
