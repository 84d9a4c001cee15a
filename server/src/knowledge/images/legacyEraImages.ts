/**
 * Early Docker era (2014–2016) user images that later Dockerfiles still build FROM, read in the legacy-era recall sample:
 * tianon/centos (CentOS 5 and 6 root filesystems made with rinse and imported), sequenceiq/pam (that CentOS with PAM
 * rebuilt without audit) and sequenceiq/hadoop-docker (Hadoop on sequenceiq/pam). Same rules as vendorFamilies*.ts:
 * every row names the files read (repository @ commit (date)); a tag is resolved only where those files tie it to one
 * base. What they carry matters for the host: a CentOS 6 userland (glibc 2.12) calls the vsyscall page.
 */
import type { ImageTagRule } from './ruleTypes';

// --- tianon/centos (Docker Hub, 2013–2014) ------------------------------------------------------------------------------
// contrib/mkimage-rinse.sh in moby/moby (written by tianon; its usage names `username/centos centos-5|centos-6`) builds
// a root filesystem with rinse for the distribution given, then `docker import - $repo:$version`, where $version is read
// from the tree's etc/redhat-release ("6.5" for CentOS release 6.5). Docker Hub's description of tianon/centos: "CentOS
// 5 and 6, created using rinse instead of febootstrap". So a tag N.M is CentOS N's N.M release; other tags stay unknown.
const TIANON_CENTOS =
  'moby/moby @ 29342d46 contrib/mkimage-rinse.sh (rinse --distribution centos-5|centos-6, then `docker import - $repo:$version` with $version read from etc/redhat-release) and the Docker Hub description of tianon/centos: "CentOS 5 and 6, created using rinse instead of febootstrap"';

// --- sequenceiq/pam (sequenceiq/docker-pam) ----------------------------------------------------------------------------
const SEQUENCEIQ_PAM =
  'sequenceiq/docker-pam @ 43d3396c (2015-02-19), the newest commit: centos-6.5/Dockerfile FROM tianon/centos:6.5 in every version of the file (f0812a9, 75556b6, 43d3396), ubuntu-14.04/Dockerfile FROM ubuntu:14.04';

// --- sequenceiq/hadoop-docker ------------------------------------------------------------------------------------------
// One branch per Hadoop version, each with its Dockerfile (the README pulls sequenceiq/hadoop-docker:<version>).
const SEQUENCEIQ_HADOOP =
  'sequenceiq/hadoop-docker @ 37b97d18 (2020-06-25), Dockerfile on each version branch: 2.4.0 (3ec8d261, 2014-11-05) FROM tianon/centos:6.5; 2.4.1 (3c3d3f7c), 2.5.0 (677f9187), 2.5.1 (280a27ef), 2.5.2 (89fa8552), 2.6.0 (2296b16e, 2015-01-15), 2.7.1 (4ad4be5d, 2015-12-13) and tag 2.7.0 FROM sequenceiq/pam:centos-6.5';

const HADOOP_BASES: Readonly<Record<string, string>> = {
  '2.4.0': 'tianon/centos:6.5',
  '2.4.1': 'sequenceiq/pam:centos-6.5',
  '2.5.0': 'sequenceiq/pam:centos-6.5',
  '2.5.1': 'sequenceiq/pam:centos-6.5',
  '2.5.2': 'sequenceiq/pam:centos-6.5',
  '2.6.0': 'sequenceiq/pam:centos-6.5',
  '2.7.0': 'sequenceiq/pam:centos-6.5',
  '2.7.1': 'sequenceiq/pam:centos-6.5',
};

export const legacyEraImageRules: ImageTagRule[] = [
  {
    id: 'tianon-centos/version',
    repositories: ['docker.io/tianon/centos'],
    tag: /^(?<major>[56])\.\d+$/,
    release: 'centos-{major}',
    frozen: 'a rinse-built CentOS {tag} tree imported in 2013–2014; the repository is no longer built',
    source: TIANON_CENTOS,
  },
  {
    id: 'tianon-centos/other',
    repositories: ['docker.io/tianon/centos'],
    tag: /^.*$/,
    unknown:
      '{image}:{tag} is not an N.M tag (the version mkimage-rinse.sh read from etc/redhat-release), so its CentOS release is not recorded',
    source: TIANON_CENTOS,
  },
  {
    id: 'sequenceiq-pam/centos',
    repositories: ['docker.io/sequenceiq/pam'],
    tag: /^centos-6\.5$/,
    base: 'tianon/centos:6.5',
    source: SEQUENCEIQ_PAM,
  },
  {
    id: 'sequenceiq-pam/ubuntu',
    repositories: ['docker.io/sequenceiq/pam'],
    tag: /^ubuntu-14\.04$/,
    base: 'ubuntu:14.04',
    source: SEQUENCEIQ_PAM,
  },
  {
    id: 'sequenceiq-hadoop/version',
    repositories: ['docker.io/sequenceiq/hadoop-docker'],
    tag: /^(?<v>2\.\d\.\d)$/,
    base: { group: 'v', map: HADOOP_BASES },
    source: SEQUENCEIQ_HADOOP,
  },
];
