/**
 * vendorFamilies16.ts: Logstash 5.3.x and 6.4.x of docker.elastic.co by the FROM of elastic/logstash-docker's release
 * branch (before elastic/dockerfiles), and the official logstash:6.4.0 built FROM it; unread branches stay unknown.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown } from '../../../../test/support/imageLookup';

test('Logstash 5.3.x on Ubuntu 16.04 and 6.4.x on CentOS 7, from the logstash-docker release branches', () => {
  const src = /elastic\/logstash-docker @ 1974d752 .*branch 5\.3 @ 07cff82f .*FROM ubuntu:16\.04.*branch 6\.4 @ 002bba7d .*FROM centos:7/;
  checkKnown(
    [
      // Sample 8 (docker.elastic.co/logstash/logstash:5.3.0).
      ['docker.elastic.co/logstash/logstash:5.3.0', 'ubuntu-16.04', src, false],
      ['docker.elastic.co/logstash/logstash-oss:5.3.3', 'ubuntu-16.04', src, false],
      ['docker.elastic.co/logstash/logstash:6.4.0', 'centos-7', src, false],
      ['docker.elastic.co/logstash/logstash:6.4.3', 'centos-7', src, false],
    ],
    'inferred',
  );
  // Sample 14: the official logstash:6.4.0 was built FROM docker.elastic.co/logstash/logstash:6.4.0@sha256:….
  checkKnown([['logstash:6.4.0', 'centos-7', /./, false]]);
  // Branches not read per version (5.2, 6.3) and 6.4.4, which the 6.4 branch named but Elastic never released, stay unknown.
  for (const tag of ['5.2.0', '6.3.2', '6.4.4']) checkUnknown(`docker.elastic.co/logstash/logstash:${tag}`, /matches no known variant/);
});
