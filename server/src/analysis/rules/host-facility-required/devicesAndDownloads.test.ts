import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertQuietOn, findingsOf, notesOnWord } from '../testKit';

const ID = 'host-facility-required';
const quietOn = (t: string) => assertQuietOn(t, ID);

test('plugdev joins the groups that own host devices; other groups stay silent', () => {
  const t = 'FROM ubuntu:22.04\nRUN useradd -ms /bin/bash tapas\nRUN usermod -aG plugdev tapas\n';
  assert.match(notesOnWord(t, 2, 'plugdev'), /Host device[\s\S]*--device/);
  assert.match(notesOnWord('FROM ubuntu:22.04\nRUN usermod -aG plugdev,video,sudo dev\n', 1, 'plugdev,video,sudo'), /Host device/);
  quietOn(t);
  assert.equal(notesOnWord('FROM ubuntu:22.04\nRUN usermod -aG sudo,staff dev\n', 1, 'sudo,staff'), '');
});

test('an ALSA hw device named in ENV or written into asound.conf is the host sound card; default and pulse PCMs are not', () => {
  const env = 'FROM debian:bookworm\nENV AUDIODEV=plughw:2,0\n';
  assert.match(notesOnWord(env, 1, 'AUDIODEV'), /Sound devices[\s\S]*--device \/dev\/snd/);
  quietOn(env);
  const conf = 'FROM debian:bookworm\nRUN echo \'pcm.!default { type plug slave.pcm "hw:2,0" }\' > /etc/asound.conf\n';
  assert.match(notesOnWord(conf, 1, "'pcm.!default"), /Sound devices[\s\S]*an ALSA hw device/);
  quietOn(conf);
  assert.equal(notesOnWord('FROM debian:bookworm\nENV AUDIODEV=default\n', 1, 'AUDIODEV'), '');
  assert.equal(notesOnWord('FROM debian:bookworm\nENV ALSA_PCM=pulse\n', 1, 'ALSA_PCM'), '');
  assert.equal(notesOnWord("FROM debian:bookworm\nRUN echo 'pcm.!default { type pulse }' > /etc/asound.conf\n", 1, "'pcm.!default"), '');
});

test("Puppeteer's browser download is a Chromium its client drives; Firefox downloads and other CLIs are not", () => {
  for (const t of [
    'FROM node:22\nRUN npx puppeteer browsers install chrome --install-deps\n',
    'FROM node:22\nRUN npx @puppeteer/browsers install chrome@stable\n',
    'FROM node:22\nRUN npx --yes @puppeteer/browsers@latest install chrome-headless-shell@131\n',
    'FROM node:22\nRUN npx playwright install chromium\n',
  ]) {
    assert.match(notesOnWord(t, 1, 'install'), /Chromium's Linux sandbox[\s\S]*downloads a Chromium-based browser/, t);
    quietOn(t);
  }
  assert.equal(notesOnWord('FROM node:22\nRUN npx @puppeteer/browsers install firefox@stable\n', 1, 'install'), '');
  assert.equal(notesOnWord('FROM node:22\nRUN npx puppeteer browsers list\n', 1, 'list'), '');
  assert.equal(notesOnWord('FROM node:22\nRUN npm install puppeteer-extra\n', 1, 'install'), '');
});

test("Debian's chromium wrapper reads /etc/chromium.d: --no-sandbox written there is explained; other flags and files are not", () => {
  const t =
    'FROM python:3.12\nRUN printf \'#!/bin/sh\\nexport CHROMIUM_FLAGS="$CHROMIUM_FLAGS --no-sandbox --disable-gpu"\\n\' > /etc/chromium.d/00-container\n';
  assert.match(notesOnWord(t, 1, "'#!/bin/sh\\nexport"), /Chromium's Linux sandbox[\s\S]*\/etc\/chromium\.d\/00-container/);
  quietOn(t);
  assert.equal(
    notesOnWord('FROM python:3.12\nRUN echo \'export CHROMIUM_FLAGS="--disable-gpu"\' > /etc/chromium.d/gpu\n', 1, "'export"),
    '',
  );
  assert.equal(notesOnWord("FROM python:3.12\nRUN echo '--no-sandbox' > /tmp/chromium.d/flags\n", 1, "'--no-sandbox'"), '');
});

test('Gammu talks to a modem on a host serial port; cuDNN packages, also as local .deb files, need the host GPU driver', () => {
  const g = 'FROM ubuntu:24.04\nRUN apt update && apt install -y gammu gammu-smsd\nADD gammu-smsdrc /etc/\nENTRYPOINT ["gammu-smsd"]\n';
  assert.match(notesOnWord(g, 3, 'gammu-smsd'), /Host device/);
  quietOn(g);
  const c = 'FROM ros:foxy-ros-base-focal\nCOPY . /home\nRUN apt-get install ./libcudnn8_8.2.1.32-1+cuda10.2_arm64.deb\n';
  assert.match(notesOnWord(c, 2, './libcudnn8_8.2.1.32-1+cuda10.2_arm64.deb'), /GPU \(host driver\)[\s\S]*libcudnn8/);
  assert.match(notesOnWord('FROM ubuntu:22.04\nRUN apt-get install -y libcudnn9-cuda-12\n', 1, 'libcudnn9-cuda-12'), /GPU \(host driver\)/);
  quietOn(c);
});

test('a program compiled in the final stage and run as the command: what the stage prepares is said on its word', () => {
  const t =
    'FROM debian:bookworm\nRUN git clone https://github.com/WiringPi/WiringPi.git && cd WiringPi && ./build\nCOPY . /src\nRUN cd /src && g++ main.c -l wiringPi -o output\nWORKDIR /src\nCMD ["./output"]\n';
  assert.match(notesOnWord(t, 5, './output'), /\*\*output\*\* is compiled in this file[\s\S]*Host device[\s\S]*WiringPi/);
  quietOn(t);
  // An ordinary program built and run: the stage prepares nothing, so nothing is said; nor for another program.
  assert.equal(
    notesOnWord('FROM debian:bookworm\nCOPY . /src\nRUN gcc -O2 -o /usr/local/bin/app /src/main.c\nCMD ["app"]\n', 3, 'app'),
    '',
  );
  const other =
    'FROM debian:bookworm\nRUN git clone https://github.com/WiringPi/WiringPi.git && cd WiringPi && ./build\nRUN gcc -o tool tool.c\nCMD ["./server"]\n';
  assert.doesNotMatch(notesOnWord(other, 3, './server'), /is compiled in this file/);
});

test('a Go program built with `go build -o` and run as the command: what the stage prepares is said on its word', () => {
  // A BLE server on paypal/gatt (sample 94): bluez installed, the program built in the stage, then run.
  const t =
    'FROM golang:1.18\nRUN apt-get install -y bluez bluetooth\nCOPY . .\nRUN go build -o ble_server main.go\nCMD ["./ble_server"]\n';
  assert.match(
    notesOnWord(t, 4, './ble_server'),
    /\*\*ble_server\*\* is compiled in this file \(`go build … -o ble_server`\)[\s\S]*Bluetooth/,
  );
  quietOn(t);
  // `go build` without -o, another Go subcommand, or a stage preparing nothing: nothing said.
  assert.doesNotMatch(
    notesOnWord(
      'FROM golang:1.18\nRUN apt-get install -y bluez\nRUN go vet -o ble_server ./...\nCMD ["./ble_server"]\n',
      3,
      './ble_server',
    ),
    /is compiled in this file/,
  );
  assert.equal(notesOnWord('FROM golang:1.18\nRUN go build -o app .\nCMD ["./app"]\n', 2, './app'), '');
});

test("balena's ENV UDEV=on starts udevd through the image's entry point; on other images nothing reads it", () => {
  const t = 'FROM balenalib/raspberrypi3-debian:bookworm\nENV UDEV=on\nCMD ["sleep", "infinity"]\n';
  assert.match(notesOnWord(t, 1, 'UDEV'), /udev in a container[\s\S]*entry\.sh\) mounts a devtmpfs over \/dev[\s\S]*privileged/);
  assert.doesNotMatch(notesOnWord(t, 1, 'UDEV'), /own ENTRYPOINT/);
  quietOn(t);
  // 1 and true count, in any case, through a stage built on the balena stage; an ENTRYPOINT of the stage is said to replace it.
  const chained = 'FROM resin/rpi-raspbian AS base\nFROM base\nENV UDEV=True\nENTRYPOINT ["/app/entry-point.sh"]\n';
  assert.match(notesOnWord(chained, 2, 'UDEV'), /udev in a container[\s\S]*This stage sets its own ENTRYPOINT/);
  assert.equal(notesOnWord('FROM balenalib/raspberrypi3-debian:bookworm\nENV UDEV=off\n', 1, 'UDEV'), '');
  for (const base of ['ubuntu:22.04', 'python:3.11-slim', 'node:16'])
    assert.equal(notesOnWord(`FROM ${base}\nENV UDEV=on\n`, 1, 'UDEV'), '', `${base}: not a balena image`);
});
