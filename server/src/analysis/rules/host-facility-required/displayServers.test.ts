/**
 * Mechanisms found missing by recall sample 101 (display, audio and game-streaming stacks): a real X server as the
 * command (Xorg opens the console's VT, then the GPU and input devices), Weston on its DRM or fbdev back end (named, or
 * picked by default where the image sets no WAYLAND_DISPLAY, WAYLAND_SOCKET or DISPLAY), and a write to oom_score_adj
 * (lowering it needs CAP_SYS_RESOURCE). Virtual screens (Xvfb, Weston's headless back end) stay unexplained.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

const ID = 'host-facility-required';
const quietOn = (t: string) => {
  for (const target of ['debian-12', 'rhel8']) assert.deepEqual(findingsOf(t, ID, target), [], `${target}: explained, never reported`);
};
const DISPLAY_SERVER = /Display server on the host's screens[\s\S]*\/dev\/tty0[\s\S]*\/dev\/dri/;

test('Xorg as the command opens the console VT, the GPU and input devices; Xvfb, Xorg -version and CMD arguments do not', () => {
  const t = 'FROM ubuntu:14.10\nRUN apt-get update && apt-get install -y xorg\nVOLUME ["/tmp/.X11-unix"]\nENTRYPOINT ["Xorg"]\n';
  assert.match(notesOnWord(t, 3, 'Xorg'), DISPLAY_SERVER);
  quietOn(t);
  assert.match(notesOnWord('FROM debian:12\nCMD X :0 vt7 -nolisten tcp\n', 1, 'X'), DISPLAY_SERVER);
  assert.doesNotMatch(notesOnWord('FROM debian:12\nCMD ["Xvfb", ":99", "-screen", "0", "1280x720x24"]\n', 1, 'Xvfb'), /Display server/);
  assert.doesNotMatch(notesOnWord('FROM debian:12\nCMD ["Xorg", "-version"]\n', 1, 'Xorg'), /Display server/);
  assert.doesNotMatch(notesOnWord('FROM debian:12\nRUN Xorg -configure\n', 1, 'Xorg'), /Display server/);
  // CMD only gives arguments to the ENTRYPOINT's java: Xorg never runs (negatives.tsv, sample 101).
  const java =
    'FROM openjdk:8-jre-alpine\nRUN apk add --no-cache xorg-server\nCMD ["Xorg", "-ac", ":0"]\nENTRYPOINT ["java", "-jar", "app.jar"]\n';
  assert.doesNotMatch(notesOnWord(java, 2, 'Xorg'), /Display server/);
});

test('Weston on its DRM or fbdev back end drives the host screens; nested and virtual back ends do not', () => {
  const drm = 'FROM nixos/nix:latest\nCMD ["weston", "--backend=drm", "--drm-device=/dev/dri/card1", "--output-name=DP-3"]\n';
  assert.match(notesOnWord(drm, 1, 'weston'), DISPLAY_SERVER);
  quietOn(drm);
  assert.match(notesOnWord('FROM debian:12\nCMD weston -B fbdev-backend.so\n', 1, 'weston'), DISPLAY_SERVER);
  const bare = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y weston\nENV XDG_RUNTIME_DIR /tmp/xdg\nCMD ["weston"]\n';
  assert.match(notesOnWord(bare, 3, 'weston'), DISPLAY_SERVER);
  // With DISPLAY (or WAYLAND_DISPLAY) set Weston nests in that display server instead.
  assert.doesNotMatch(notesOnWord('FROM ubuntu:24.04\nENV DISPLAY=:0\nCMD ["weston"]\n', 2, 'weston'), /Display server/);
  assert.doesNotMatch(notesOnWord('FROM ubuntu:24.04\nENV WAYLAND_DISPLAY=wayland-1\nCMD ["weston"]\n', 2, 'weston'), /Display server/);
  for (const cmd of ['weston --backend=headless', 'weston --backend=vnc --port=5905', 'weston -B rdp-backend.so', 'weston --version'])
    assert.doesNotMatch(notesOnWord(`FROM fedora:40\nCMD ${cmd}\n`, 1, 'weston'), /Display server/, cmd);
  assert.doesNotMatch(notesOnWord('FROM fedora:40\nRUN weston --backend=drm\n', 1, 'weston'), /Display server/);
});

test('a write to oom_score_adj is explained: lowering it needs CAP_SYS_RESOURCE', () => {
  const t =
    'FROM ubuntu:22.04\nCMD ["/bin/bash", "-c", "echo -500 > /proc/self/oom_score_adj && exec /usr/bin/supervisord -c /etc/supervisor/supervisord.conf"]\n';
  assert.match(notesOnWord(t, 1, '/proc/self/oom_score_adj'), /oom_score_adj[\s\S]*CAP_SYS_RESOURCE[\s\S]*--oom-score-adj/);
  quietOn(t);
  assert.match(
    notesOnWord('FROM alpine:3.20\nCMD sh -c "echo -17 > /proc/1/oom_adj; exec app"\n', 1, '/proc/1/oom_adj'),
    /CAP_SYS_RESOURCE/,
  );
});
