/**
 * Sample 102 (Android emulation and mobile-device tooling): redroid's Android images (the host's binder driver),
 * Docker-Android's emulator images and the emulator started by a script after `avdmanager create avd`, by a script
 * named for it, or by Detox's tests on an emulator configuration (KVM), usbmuxd run in the container (the host's USB
 * devices). Explained, never reported; building APKs, installing the SDK and tools stays quiet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';
import { scriptNameTopic } from '../../../knowledge/scriptNames';

const ID = 'host-facility-required';
const TARGETS = ['rhel8', 'ubuntu-22.04', 'debian-12'];
const quiet = (t: string) => {
  for (const target of TARGETS) assert.deepEqual(findingsOf(t, ID, target), [], target);
};

test("redroid's images need the host's binder driver: on the FROM line and on the start script a stage on it runs", () => {
  const t =
    'FROM redroid/redroid:11.0.0-latest\nCOPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh\n' +
    'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh", "androidboot.hardware=redroid"]\n';
  assert.match(notesOnWord(t, 0, 'redroid/redroid'), /binder/);
  assert.match(notesOnWord(t, 2, 'docker-entrypoint.sh'), /Start script not shown[\s\S]*binder/);
  // RHEL 8's kernel is built without binder (CONFIG_ANDROID_BINDER_IPC is not set): the image line is where it fails.
  const rhel = findingsOf(t, ID, 'rhel8');
  assert.deepEqual(
    rhel.map((f) => f.range.start.line),
    [0],
  );
  assert.match(rhel[0].message, /lacks Android binder IPC/);
  for (const target of ['ubuntu-22.04', 'debian-12']) assert.deepEqual(findingsOf(t, ID, target), [], target);
  // An unrelated repository of the same last name is not redroid's.
  assert.doesNotMatch(notesOnWord('FROM someone/redroid-builder:1\n', 0, 'someone/redroid-builder'), /binder/);
});

test("Docker-Android's emulator images (current tags and the older -x86-<version> names) need KVM; its Genymotion image does not", () => {
  for (const image of ['budtmo/docker-android:emulator_11.0', 'budtmo/docker-android-x86-7.1.1']) {
    const t = `FROM ${image}\nCOPY start.sh /start.sh\nCMD ["/start.sh"]\n`;
    assert.match(notesOnWord(t, 0, image), /KVM/, image);
    assert.match(notesOnWord(t, 2, '/start.sh'), /Start script not shown[\s\S]*KVM/, image);
    quiet(t);
  }
  assert.doesNotMatch(notesOnWord('FROM budtmo/docker-android:genymotion\n', 0, 'budtmo/docker-android'), /KVM/);
});

test('an AVD created with avdmanager is what a start script boots: the script is explained with KVM, the creation only on its word', () => {
  const t =
    'FROM ubuntu:22.04\nRUN echo no | avdmanager create avd --name "Pixel" --package "system-images;android-34;google_apis;x86_64" --force\n' +
    'COPY boot.sh /usr/local/bin/boot.sh\nCMD ["/usr/local/bin/boot.sh"]\n';
  assert.match(notesOnWord(t, 1, 'avd --name'), /KVM/);
  assert.match(notesOnWord(t, 3, '/usr/local/bin/boot.sh'), /Start script not shown[\s\S]*avdmanager create avd/);
  quiet(t);
  // Listing or deleting virtual devices prepares nothing.
  const other = 'FROM ubuntu:22.04\nRUN avdmanager list avd && avdmanager delete avd -n old\nCOPY boot.sh /boot.sh\nCMD ["/boot.sh"]\n';
  assert.doesNotMatch(notesOnWord(other, 3, '/boot.sh'), /KVM/);
});

test('a script named for starting an AVD or an emulator is read as starting one; Firebase-style emulators and a bare name are not', () => {
  assert.equal(scriptNameTopic('/opt/work/launch_avd.sh')?.facility, 'kvm');
  assert.equal(scriptNameTopic('/usr/local/bin/start_emulator.sh')?.facility, 'kvm');
  assert.equal(scriptNameTopic('boot-emulator.sh')?.facility, 'kvm');
  assert.equal(scriptNameTopic('start-emulators.sh'), undefined);
  assert.equal(scriptNameTopic('emulator.sh'), undefined);
  assert.equal(scriptNameTopic('create_avd.sh'), undefined);
});

test("Detox's tests on an emulator configuration boot the AVD (also inside concurrently's command lines); its build does not", () => {
  const t =
    'FROM reactnativecommunity/react-native-android:4.0\nCMD concurrently "yarn start" "sleep 25 && detox test -c android:emulator --headless -l trace"\n';
  assert.match(notesOnWord(t, 1, 'detox'), /KVM/);
  quiet(t);
  for (const line of [
    'RUN detox build -c android:emulator',
    'RUN detox test -c ios.sim.release',
    'RUN detox test --configuration android.att.release',
  ]) {
    assert.doesNotMatch(notesOnWord(`FROM node:20\n${line}\n`, 1, 'detox'), /KVM/, line);
  }
  assert.match(notesOnWord('FROM node:20\nRUN detox test --configuration android.emu.debug\n', 1, 'detox'), /KVM/);
});

test("usbmuxd run in the container talks to the host's USB devices; installing it is only its package", () => {
  const t = 'FROM ubuntu\nRUN apt-get update && apt-get install -y usbmuxd libimobiledevice-utils\nRUN usbmuxd &\n';
  assert.match(notesOnWord(t, 2, 'usbmuxd'), /device/i);
  assert.doesNotMatch(notesOnWord('FROM ubuntu\nRUN usbmuxd --version\n', 1, 'usbmuxd'), /USB/);
  quiet(t);
});
