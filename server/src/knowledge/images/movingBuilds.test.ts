/**
 * Images built FROM a moving official tag on the release day (movingBuilds.ts): Gleam, Flyway -alpine and Node-RED
 * release tags resolve to what that moving tag named then, citing the build files and official-images history; releases
 * near a base change, unrecorded variants and tags after the snapshots stay honest unknowns.
 */
import { test } from 'node:test';
import { checkKnown, checkUnknown, type Row } from '../../../../test/support/imageLookup';

test('Gleam release images resolve by what erlang/node moving tags named on the release day', () => {
  const gleam = /gleam-lang\/gleam @ 952c3012.*erlang\/docker-erlang-otp @ 023b069b/;
  const rows: Row[] = [
    ['ghcr.io/gleam-lang/gleam:v1.5.1-erlang-alpine', 'alpine-3.19', gleam, false],
    ['ghcr.io/gleam-lang/gleam:v1.8.0-erlang-alpine', 'alpine-3.21', gleam, false],
    ['ghcr.io/gleam-lang/gleam:v1.9.0-erlang', 'debian-12', gleam, false],
    ['ghcr.io/gleam-lang/gleam:v0.14.0-erlang-slim', 'debian-10', gleam, false],
    ['ghcr.io/gleam-lang/gleam:v1.18.1-node-alpine', 'alpine-3.24', gleam, false],
    ['ghcr.io/gleam-lang/gleam:v0.30.0-node', 'debian-12', gleam, false],
  ];
  checkKnown(rows, 'inferred');
});

test('Gleam tags the build files do not fix stay unknown, saying why', () => {
  // erlang:alpine moved from Alpine 3.14 to 3.15 within two weeks of v0.18.0
  checkUnknown('ghcr.io/gleam-lang/gleam:v0.18.0-erlang-alpine', /moving tag/);
  checkUnknown('ghcr.io/gleam-lang/gleam:v0.34.1-elixir-slim', /elixir images/);
  checkUnknown('ghcr.io/gleam-lang/gleam:v1.5.1-scratch', /FROM scratch/);
  // node images start with v0.16.0
  checkUnknown('ghcr.io/gleam-lang/gleam:v0.15.0-node-alpine', /moving tag/);
});

test('Flyway -alpine releases resolve by their Java base on the release day; later and moving tags stay unknown', () => {
  const flyway = /flyway\/flyway-docker @ 4b9657b2/;
  const rows: Row[] = [
    ['flyway/flyway:9.15.1-alpine', 'alpine-3.17', flyway, false],
    ['flyway/flyway:9.19.4-alpine', 'alpine-3.18', flyway, false],
    ['flyway/flyway:10.8.1-alpine', 'alpine-3.18', flyway, false],
    // openjdk:8-jre-alpine was no longer listed by official-images: its last build
    ['flyway/flyway:6.0.0-alpine', 'alpine-3.9', flyway, false],
    // the 9.22 line ended with 9.22.3
    ['flyway/flyway:9.22-alpine', 'alpine-3.18', flyway, false],
  ];
  checkKnown(rows, 'inferred');
  checkUnknown('flyway/flyway:11.10.0-alpine', /after 10\.15\.0/);
  checkUnknown('flyway/flyway:10-alpine', /moving major/);
  checkUnknown('flyway/flyway:9.22', /Debian\/Ubuntu/);
  // adoptopenjdk/openjdk11 is not an official image: not read
  checkUnknown('flyway/flyway:7.5.3-alpine', /not recorded/);
});

test('Node-RED images resolve by node:<major>-alpine on the release day; latest as of the commit read', () => {
  const nodeRed = /node-red\/node-red-docker @ 100a7256.*nodejs\/docker-node @ f27d936f/;
  const rows: Row[] = [
    ['nodered/node-red:4.0.8-22', 'alpine-3.21', nodeRed, false],
    ['nodered/node-red:3.0.2-16', 'alpine-3.16', nodeRed, false],
    ['nodered/node-red:3.0.2-minimal', 'alpine-3.16', nodeRed, false],
    ['nodered/node-red:2.2.2-14', 'alpine-3.12', nodeRed, false],
    ['nodered/node-red:latest-minimal', 'alpine-3.24', nodeRed, true],
    ['nodered/node-red', 'alpine-3.24', nodeRed, true],
  ];
  checkKnown(rows, 'inferred');
  // node:20-alpine moved from Alpine 3.22 to 3.23 within two weeks of 4.1.2
  checkUnknown('nodered/node-red:4.1.2-20', /moving tag/);
  checkUnknown('nodered/node-red:4.0.8-debian', /-debian images/);
  checkUnknown('nodered/node-red:latest-22', /latest-<node>/);
});
