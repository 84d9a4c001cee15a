/**
 * vendorFamilies8.ts: vendor images of the twelfth, seventh and tenth samples, each pinned with real tags of the coverage
 * samples (test/data/base-images*.tsv) to what its own build files name, and tags that must stay unknown.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown } from '../../../../test/support/imageLookup';

test('jupyterhub/jupyterhub release tags: the base the Dockerfile of every commit carrying the version names', () => {
  const src = /jupyterhub\/jupyterhub @ 2841153d/;
  checkKnown(
    [
      // Twelfth sample (Zverinus/jupiterhub, futuretea/jupyterhub).
      ['jupyterhub/jupyterhub:3.0.0', 'ubuntu-22.04', src, false],
      ['jupyterhub/jupyterhub:1.0.0', 'ubuntu-18.04', src, false],
      ['jupyterhub/jupyterhub:0.8.1', 'debian-8', src, false],
      ['jupyterhub/jupyterhub:1.1.0', 'ubuntu-18.04', src, false],
      ['jupyterhub/jupyterhub:2.3.1', 'ubuntu-20.04', src, false],
      ['jupyterhub/jupyterhub:5.2.1', 'ubuntu-22.04', src, false],
    ],
    'inferred',
  );
  // 1.2.0's commits named Ubuntu 18.04 and 20.04; latest and 5.x series tags move; 5.3.0 on are built elsewhere.
  checkUnknown('jupyterhub/jupyterhub:1.2.0', /1\.2\.0 was built on Ubuntu 18\.04 and 20\.04/);
  checkUnknown('jupyterhub/jupyterhub', /latest, the major tags and the 5\.x series tags move/);
  checkUnknown('jupyterhub/jupyterhub:5.4.0', /not built from this repository/);
});

test('bitwalker alpine-erlang → alpine-elixir → alpine-elixir-phoenix: one Alpine release through every push of the chain', () => {
  const src = /bitwalker\/alpine-erlang @ f0306ce6/;
  checkKnown(
    [
      // Twelfth sample (jrventaja/ersventaja; the elixir look-up).
      ['bitwalker/alpine-elixir-phoenix:1.13.1', 'alpine-3.15', src, false],
      ['bitwalker/alpine-elixir:1.9.2', 'alpine-3.10', src, false],
      ['bitwalker/alpine-erlang:22.1.3', 'alpine-3.10', src, false],
      ['bitwalker/alpine-erlang:20.0.1', 'alpine-3.6', src, false],
      ['bitwalker/alpine-elixir:1.15.0', 'alpine-3.18', src, false],
    ],
    'inferred',
  );
  // latest moved with every version; 1.9.4 was rebuilt on a newer Alpine (erlang 22.1.x, then 22.2.x).
  checkUnknown('bitwalker/alpine-elixir-phoenix', /latest and the major and newest series tags were re-pushed/);
  checkUnknown('bitwalker/alpine-elixir-phoenix:latest', /not a version whose every build ran on one Alpine release/);
  checkUnknown('bitwalker/alpine-elixir:1.9.4', /not a version whose every build ran on one Alpine release/);
  checkUnknown('bitwalker/alpine-erlang:27', /not a version whose every build ran on one Alpine release/);
});

test('frolvlad/alpine-glibc: the Alpine release its branch or master build names; latest moves with master', () => {
  const src = /frolvlad\/docker-alpine-glibc @ 33dafb10/;
  checkKnown(
    [
      // Tenth sample (the envoy and kong look-ups).
      ['frolvlad/alpine-glibc', 'alpine-3.22', src, true],
      ['frolvlad/alpine-glibc:alpine-3.12_glibc-2.31', 'alpine-3.12', src, false],
      ['frolvlad/alpine-glibc:alpine-3.9', 'alpine-3.9', src, false],
      ['frolvlad/alpine-glibc:alpine-3.22_glibc-2.42', 'alpine-3.22', src, false],
    ],
    'inferred',
  );
  checkUnknown('frolvlad/alpine-glibc:glibc-2.28', /does not name an Alpine release this repository built consistently/);
});

test('louislam/uptime-kuma: 1.x Debian tags on buster through base-debian; latest and 1 carry the newest 1.x release', () => {
  const src = /louislam\/uptime-kuma @ 6398a958/;
  checkKnown(
    [
      // Twelfth sample (almeidx/uptime-kuma-on-railway, SupportTools/uptime-kuma).
      ['louislam/uptime-kuma:1', 'debian-10', src, true],
      ['louislam/uptime-kuma:latest', 'debian-10', src, true],
      ['louislam/uptime-kuma:1.23.16', 'debian-10', src, false],
      ['louislam/uptime-kuma:1.18.0-debian', 'debian-10', src, false],
    ],
    'inferred',
  );
  // 2.x runs on bases pushed by hand from bookworm and trixie node images; 1.5.0 and the -alpine tags were Alpine builds.
  checkUnknown('louislam/uptime-kuma:2', /2\.x tags run on base images pushed by hand/);
  checkUnknown('louislam/uptime-kuma:1.5.0', /not a 1\.x Debian tag/);
  checkUnknown('louislam/uptime-kuma:1-alpine', /not a 1\.x Debian tag/);
});

test('alpine/helm stays unknown: every Dockerfile version is FROM a moving Alpine tag', () => {
  // Twelfth sample (instrumenta/helm-conftest) and tenth.
  checkUnknown('alpine/helm:3.2.4', /built FROM a moving Alpine tag/);
  checkUnknown('alpine/helm', /which Alpine release that was is not recorded/);
});
