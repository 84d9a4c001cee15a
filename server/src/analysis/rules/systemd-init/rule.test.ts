import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf, notesOnWord, target } from '../testKit';

const ID = 'systemd-init';
const slice = (text: string, f: { range: { start: { line: number; character: number }; end: { character: number } } }) =>
  text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

test('CentOS 7 systemd 219 as PID 1 on a cgroup v2 target → error on the program word', () => {
  const text = 'FROM centos:7\nRUN yum -y install httpd\nCMD ["/usr/sbin/init"]\n';
  const [f] = findingsOf(text, ID, target({ cgroup: 2 }));
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), '/usr/sbin/init');
  assert.match(f.message, /systemd 219/);
  assert.match(f.message, /cgroup v2/);
  assert.match(f.message, /230/);
  assert.equal(f.related?.[0].range?.start.line, 0, 'points at the FROM line');
  assert.deepEqual(f.related?.[1], { message: 'target: test (test)' });
});

test('cgroup v1 → warning; unknown cgroup → warning that says unknown and what v2 would do', () => {
  const text = 'FROM centos:7\nENTRYPOINT /sbin/init\n';
  const [v1] = findingsOf(text, ID, target({ cgroup: 1 }));
  assert.equal(v1.severity, 'warning');
  assert.equal(slice(text, v1), '/sbin/init');
  const [unknown] = findingsOf(text, ID, target({ cgroup: undefined }));
  assert.equal(unknown.severity, 'warning');
  assert.match(unknown.message, /unknown/);
  assert.match(unknown.message, /cannot start/);
});

test('newer systemd on cgroup v2 stays a warning; shell form with exec; systemd binary paths', () => {
  const [f] = findingsOf('FROM debian:12\nCMD exec /lib/systemd/systemd\n', ID, target({ cgroup: 2 }));
  assert.equal(f.severity, 'warning');
  assert.equal(findingsOf('FROM fedora:44\nENTRYPOINT ["/usr/lib/systemd/systemd", "--system"]\n', ID, target()).length, 1);
});

test('init images used as they are (ubi-init) in the final stage', () => {
  const text = 'FROM registry.access.redhat.com/ubi9/ubi-init\nRUN dnf -y install httpd && systemctl enable httpd\n';
  const [f] = findingsOf(text, ID, target());
  assert.ok(f);
  assert.equal(f.range.start.line, 0);
  assert.deepEqual(findingsOf(text + 'CMD ["httpd", "-DFOREGROUND"]\n', ID, target()), [], 'own CMD replaces the init default');
});

test('negative: other programs, overridden CMD, init only in an earlier instruction', () => {
  assert.deepEqual(findingsOf('FROM centos:7\nCMD ["httpd", "-DFOREGROUND"]\n', ID, target()), []);
  assert.deepEqual(findingsOf('FROM centos:7\nCMD ["/sbin/init"]\nCMD ["bash"]\n', ID, target()), []);
  assert.deepEqual(findingsOf('FROM centos:7\nRUN /usr/sbin/init --version || true\n', ID, target()), []);
  assert.deepEqual(findingsOf('FROM ubuntu:24.04\nCMD ["/usr/local/bin/initialize"]\n', ID, target()), []);
});

// ── Init and cgroups in every form (issue #16) ────────────────────────────────────────────
const rangesOf = (text: string, fs: { range: { start: { line: number; character: number }; end: { character: number } } }[]) =>
  fs.map((f) => slice(text, f));

test('init inside sh -c and in a start script written by the Dockerfile; OpenRC /sbin/init is not called systemd', () => {
  const shc = 'FROM fedora:41\nCMD ["/bin/sh", "-c", "mkdir -p /run/x && exec /usr/sbin/init"]\n';
  assert.deepEqual(rangesOf(shc, findingsOf(shc, ID, target())), ['/usr/sbin/init']);
  const script =
    'FROM fedora:41\nRUN cat > /start.sh <<\'EOF\'\n#!/bin/bash\nexec /lib/systemd/systemd --log-level=info\nEOF\nCMD ["bash", "/start.sh"]\n';
  const [f] = findingsOf(script, ID, target());
  assert.equal(f.range.start.line, 3);
  const openrc = 'FROM alpine:3.22\nRUN apk add openrc\nENTRYPOINT ["/sbin/init"]\n';
  const [o] = findingsOf(openrc, ID, target({ cgroup: 1 }));
  assert.match(o.message, /^`\/sbin\/init` starts OpenRC \(Alpine Linux 3\.22\) as PID 1/);
});

test('bootable containers run systemd as a machine init: no finding', () => {
  assert.deepEqual(findingsOf('FROM quay.io/fedora/fedora-bootc:41\nCMD ["/sbin/init"]\n', ID, target()), []);
});

test('systemctl during the build: start/restart/--now flagged, enable/mask explained, echo and replacements silent', () => {
  const t =
    'FROM debian:12\nRUN systemctl enable ssh && systemctl mask getty.target && systemctl start ssh\nRUN systemctl enable --now nginx\nRUN systemctl daemon-reload || true\nRUN echo "systemctl restart x"\nRUN systemctl --root=/mnt start x\n';
  const f = findingsOf(t, ID, target());
  assert.deepEqual(rangesOf(t, f), ['systemctl start', 'systemctl enable', 'systemctl daemon-reload']);
  assert.match(f[0].message, /^`systemctl start ssh` at build time fails: no systemd runs as PID 1 during `docker build`\./);
  const replaced = 'FROM centos:7\nCOPY files/docker/systemctl3.py /usr/bin/systemctl\nRUN systemctl start httpd\n';
  assert.deepEqual(findingsOf(replaced, ID, target()), [], 'docker-systemctl-replacement makes build-time start work');
});

test('cgroup v1 paths and VOLUME /sys/fs/cgroup: flagged only on cgroup v2 targets; v1+v2-aware scripts silent', () => {
  const t =
    'FROM eclipse-temurin:21\nVOLUME [ "/sys/fs/cgroup" ]\nCMD ["sh", "-c", "java -Xmx$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes) -jar app.jar"]\n';
  assert.deepEqual(rangesOf(t, findingsOf(t, ID, target({ cgroup: 2 }))), [
    '/sys/fs/cgroup',
    '/sys/fs/cgroup/memory/memory.limit_in_bytes',
  ]);
  assert.deepEqual(findingsOf(t, ID, target({ cgroup: 1 })), []);
  assert.deepEqual(findingsOf(t, ID, target({ cgroup: undefined })), []);
  const both =
    'FROM eclipse-temurin:21\nCMD ["sh", "-c", "if [ -f /sys/fs/cgroup/memory.max ]; then M=$(cat /sys/fs/cgroup/memory.max); else M=$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes); fi; exec java -jar app.jar"]\n';
  assert.deepEqual(findingsOf(both, ID, target({ cgroup: 2 })), []);
  assert.deepEqual(findingsOf('FROM alpine\nRUN echo "/sys/fs/cgroup/memory/x is v1"\n', ID, target({ cgroup: 2 })), []);
});

test('systemctl start at container start fails unless systemd is PID 1 of that stage', () => {
  const t = 'FROM centos:7\nCMD ["sh", "-c", "systemctl start httpd && tail -f /var/log/httpd/access_log"]\n';
  const f = findingsOf(t, ID, target({ cgroup: 1 }));
  assert.deepEqual(rangesOf(t, f), ['systemctl start']);
  assert.match(f[0].message, /^`systemctl start httpd` at container start fails: systemd is not PID 1 in this container\./);
  const withInit =
    'FROM centos:7\nRUN cat > /start.sh <<\'EOF\'\n#!/bin/bash\n(sleep 5; systemctl start httpd) &\nexec /usr/sbin/init\nEOF\nCMD ["/start.sh"]\n';
  assert.deepEqual(
    findingsOf(withInit, ID, target({ cgroup: 1 })).map((x) => x.range.start.line),
    [4],
    'only the init itself',
  );
  assert.deepEqual(findingsOf('FROM debian:12\nCMD systemctl status nginx; service nginx start && sleep infinity\n', ID, target()), []);
});

test('a program the Dockerfile puts at the init path (ADD ./init-haproxy /sbin/init) is not an init system', () => {
  const own = 'FROM ubuntu:14.04\nADD ./init-haproxy /sbin/init\nRUN chmod +x /sbin/init\nCMD ["/sbin/init"]\n';
  assert.deepEqual(findingsOf(own, ID, target()), []);
  assert.deepEqual(findingsOf(own, ID, target({ cgroup: 1 })), []);
  // Through a stage chain, and only for that path: /usr/sbin/init stays the image's.
  const chained = 'FROM centos:7 AS base\nCOPY ["init.sh", "/sbin/init"]\nFROM base\nCMD ["/sbin/init"]\n';
  assert.deepEqual(findingsOf(chained, ID, target()), []);
  const other = 'FROM centos:7\nCOPY init.sh /sbin/init\nCMD ["/usr/sbin/init"]\n';
  assert.deepEqual(rangesOf(other, findingsOf(other, ID, target())), ['/usr/sbin/init']);
});

test('community systemd images used as they are: jrei/systemd-*, geerlingguy/docker-*-ansible, nestybox *-systemd*', () => {
  for (const image of [
    'jrei/systemd-ubuntu:22.04',
    'docker.io/jrei/systemd-debian',
    'geerlingguy/docker-ubuntu2004-ansible',
    'geerlingguy/docker-rockylinux9-ansible:latest',
    'nestybox/ubuntu-bionic-systemd-docker',
    'solita/ubuntu-systemd:18.04',
    'centos/systemd',
  ]) {
    const text = `FROM ${image}\nRUN apt-get update\n`;
    const [f, ...rest] = findingsOf(text, ID, target());
    assert.equal(rest.length, 0, image);
    assert.equal(slice(text, f), image);
    assert.match(f.message, /This image's default command starts systemd as PID 1/, image);
    const note = analyze(text, target()).notes.find((n) => n.range.start.line === 0 && /as PID 1/.test(n.markdown));
    assert.match(note?.markdown ?? '', /This image's default command is systemd: .*Dockerfile/, image);
  }
});

test('negative: a community systemd image whose CMD/ENTRYPOINT is replaced, used as a build stage, or a look-alike name', () => {
  assert.deepEqual(findingsOf('FROM jrei/systemd-ubuntu:20.04\nCMD ls\n', ID, target()), []);
  assert.deepEqual(findingsOf('FROM centos/systemd\nCMD ["/usr/local/tomcat/bin/catalina.sh", "run"]\n', ID, target()), []);
  assert.deepEqual(findingsOf('FROM nestybox/ubuntu-noble-systemd-docker\nENTRYPOINT ["./start.sh"]\n', ID, target()), []);
  assert.deepEqual(
    findingsOf(
      'FROM geerlingguy/docker-ubuntu2204-ansible AS test\nRUN true\nFROM alpine\nCOPY --from=test /etc/os-release /\n',
      ID,
      target(),
    ),
    [],
  );
  for (const image of [
    'geerlingguy/ansible-runner',
    'jrei/other',
    'nestybox/alpine-docker',
    'geerlingguy/docker-ubuntu2204-ansible-foo',
    'centos/httpd',
    'solita/ubuntu',
  ]) {
    assert.deepEqual(findingsOf(`FROM ${image}\n`, ID, target()), [], image);
  }
});

test('a start script written with echo lines that ends in exec /usr/sbin/init', () => {
  const text =
    'FROM centos/systemd\nRUN echo "#!/bin/sh" > /usr/local/bin/entrypoint.sh && \\\n    echo "exec /usr/sbin/init" >> /usr/local/bin/entrypoint.sh\nCMD ["/usr/local/bin/entrypoint.sh"]\n';
  const [f, ...rest] = findingsOf(text, ID, target());
  assert.equal(rest.length, 0);
  assert.equal(f.range.start.line, 3);
  assert.equal(slice(text, f), '"/usr/local/bin/entrypoint.sh"');
  assert.deepEqual(findingsOf(text.replace('exec /usr/sbin/init', 'exec nginx'), ID, target()), []);
});

test('a start script that runs init is one finding, though the stage has both an ENTRYPOINT and a CMD', () => {
  const text =
    'FROM centos/systemd\nRUN echo "#!/bin/sh" > /usr/local/bin/entrypoint.sh && \\\n    echo "exec /usr/sbin/init" >> /usr/local/bin/entrypoint.sh\nENTRYPOINT ["/usr/local/bin/entrypoint.sh"]\nCMD ["--log-level=info"]\n';
  const found = findingsOf(text, ID, target());
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.range)));
});

test('an entrypoint that declares its own init() function and calls it starts no init system', () => {
  const text = 'FROM debian:12\nRUN echo "init(){ pcscd --hotplug; }" > /e.sh && echo "init" >> /e.sh\nENTRYPOINT ["/e.sh"]\n';
  assert.deepEqual(findingsOf(text, ID, target()), []);
  // the same script without the declaration runs /sbin/init
  assert.equal(findingsOf(text.replace('init(){ pcscd --hotplug; }', 'pcscd --hotplug'), ID, target()).length, 1);
});

test('an init path a wrapper execs (kind node image: ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]) is found on that word', () => {
  const text =
    'FROM debian:12 AS base\nRUN apt-get install -y systemd\nFROM scratch\nCOPY --from=base / /\nENTRYPOINT [ "/usr/local/bin/entrypoint", "/sbin/init" ]\n';
  const [f] = findingsOf(text, ID, target({ cgroup: 2 }));
  assert.equal(slice(text, f), '/sbin/init');
  // A bare `init` after a program is its subcommand; a shell's arguments are read as a script elsewhere.
  assert.equal(findingsOf('FROM debian:12\nENTRYPOINT ["terraform", "init"]\n', ID, target()).length, 0);
  assert.equal(findingsOf('FROM debian:12\nENTRYPOINT ["/bin/sh", "/sbin/init"]\n', ID, target()).length, 0);
});

test('udev and getty unit files removed for systemd as PID 1 are explained; other rm of the unit directory is not', () => {
  const text =
    'FROM ubuntu:22.04\nRUN rm -f /lib/systemd/system/systemd*udev* && rm -f /lib/systemd/system/getty.target\nRUN rm -f /lib/systemd/system/myapp.service\nCMD ["/lib/systemd/systemd"]\n';
  const notes = analyze(text, target()).notes.filter((n) => /systemd unit links/.test(n.markdown));
  assert.deepEqual(
    notes.map((n) => slice(text, n)),
    ['/lib/systemd/system/systemd*udev*', '/lib/systemd/system/getty.target'],
  );
  assert.deepEqual(findingsOf(text.replace('CMD ["/lib/systemd/systemd"]\n', ''), ID, 'debian-12'), [], 'a removal alone is not reported');
});

test('precision audit 1: systemctl disable/enable --now at build time whose failure `|| :` swallows is not reported', () => {
  // thingsboard/thingsboard msa/tb-node/docker/Dockerfile, cut to the line that matters.
  const guarded = (tail: string) =>
    `FROM thingsboard/openjdk17:bookworm-slim\nRUN dpkg -i /tmp/tb.deb && \\\n    (systemctl --no-reload disable --now tb.service > /dev/null 2>&1${tail}) && \\\n    rm /tmp/tb.deb\n`;
  assert.deepEqual(findingsOf(guarded(' || :'), ID), []);
  assert.deepEqual(findingsOf('FROM debian:13\nRUN systemctl enable --now ssh || true\n', ID), []);
  assert.equal(findingsOf(guarded(''), ID).length, 1);
  assert.equal(findingsOf('FROM debian:13\nRUN systemctl enable --now ssh || echo failed\n', ID).length, 1);
  // A guarded start still never starts anything: reported.
  assert.equal(findingsOf('FROM debian:13\nRUN systemctl start ssh || true\n', ID).length, 1);
});

test("systemd's own options as the CMD (handed to a wrapper ENTRYPOINT) start systemd as PID 1; other programs' options do not", () => {
  const text =
    'FROM jrei/systemd-debian:12\nENTRYPOINT ["/entrypoint.sh"]\nCMD [   "--default-standard-output=journal+console", \\\n        "--default-standard-error=journal+console" ]\n';
  const [f] = findingsOf(text, ID, target({ cgroup: 2 }));
  assert.equal(slice(text, f), '--default-standard-output=journal+console');
  assert.match(analyzeNote(text, 2), /option of systemd itself/);
  assert.equal(findingsOf('FROM debian:12\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["--log-target=journal"]\n', ID, target()).length, 1);
  for (const cmd of [
    'CMD ["--log-level=debug"]',
    'CMD ["--unit=app.service"]',
    'CMD ["--system"]',
    'CMD ["--log-target=file"]',
    'CMD ["app", "--show-status=yes"]',
  ]) {
    assert.equal(findingsOf(`FROM debian:12\nENTRYPOINT ["/entrypoint.sh"]\n${cmd}\n`, ID, target()).length, 0, cmd);
  }
});

/** The systemd-init notes on a line. */
function analyzeNote(text: string, line: number): string {
  return analyze(text, target())
    .notes.filter((n) => n.range.start.line === line && /as PID 1/.test(n.markdown))
    .map((n) => n.markdown)
    .join('\n');
}

test('commands registered in rc.local: explained on the text, and the stage start program presumably boots an init', () => {
  // oracle/docker-images RAC storage server: initsh (copied in, named by ENV) ends in `exec /lib/systemd/systemd`.
  const text = [
    'FROM oraclelinux:8',
    'ENV INITSH="initsh" SCRIPT_DIR=/opt/scripts/startup',
    'COPY runOracle.sh $INITSH $SCRIPT_DIR/',
    'RUN echo "nohup $SCRIPT_DIR/runOracle.sh &" >> /etc/rc.local && \\',
    '    chmod +x /etc/rc.d/rc.local && cp $SCRIPT_DIR/$INITSH /usr/bin/$INITSH',
    'ENTRYPOINT /usr/bin/$INITSH',
    '',
  ].join('\n');
  assert.match(notesOnWord(text, 3, 'nohup'), /runs only when an init system boots the container/);
  assert.match(notesOnWord(text, 3, 'nohup', target({ cgroup: 2 })), /cgroup v2/);
  const start = notesOnWord(text, 5, '/usr/bin/$INITSH');
  assert.match(start, /presumably boots an init system/);
  assert.match(start, /inferred from the Dockerfile/);
  assert.equal(findingsOf(text, ID, target()).length, 0, 'an inference: hover only, never reported');
  // The same through a later stage built on the one that writes rc.local.
  const chained = 'FROM oraclelinux:8 AS base\nRUN echo "/opt/start.sh &" >> /etc/rc.d/rc.local\nFROM base\nCMD ["/opt/boot"]\n';
  assert.match(notesOnWord(chained, 3, '/opt/boot'), /presumably boots an init system/);
});

test('rc.local look-alikes: text only printed, a runtime or shell as the command, a known init', () => {
  const printed = 'FROM debian:12\nRUN echo "add your command to /etc/rc.local"\nCMD ["/usr/local/bin/app"]\n';
  assert.equal(notesOnWord(printed, 1, 'rc.local'), '');
  assert.equal(notesOnWord(printed, 2, '/usr/local/bin/app'), '');
  // The write is explained, but a language runtime or a shell as the command is not said to boot an init.
  const python = 'FROM debian:12\nRUN echo "/opt/x.sh" >> /etc/rc.local\nCMD ["python3", "/app/main.py"]\n';
  assert.match(notesOnWord(python, 1, '/opt/x.sh'), /init system/);
  assert.equal(notesOnWord(python, 2, 'python3'), '');
  const shell = 'FROM debian:12\nRUN echo "/opt/x.sh" >> /etc/rc.local\nCMD ["/bin/bash"]\n';
  assert.doesNotMatch(notesOnWord(shell, 2, '/bin/bash'), /presumably/);
  // systemd itself as the command: its own note, no inference.
  const init = 'FROM centos:7\nRUN echo "/opt/x.sh" >> /etc/rc.d/rc.local\nCMD ["/usr/sbin/init"]\n';
  assert.doesNotMatch(notesOnWord(init, 2, '/usr/sbin/init'), /presumably/);
});

test("Debian's /bin/systemd link is systemd as PID 1 too", () => {
  const text = 'FROM debian:jessie\nCMD ["/bin/systemd"]\n';
  const [f] = findingsOf(text, ID, target({ cgroup: 2 }));
  assert.equal(slice(text, f), '/bin/systemd');
  // A program that merely lives in /bin is not an init.
  assert.deepEqual(findingsOf('FROM debian:jessie\nCMD ["/bin/systemctl", "status"]\n', ID, target({ cgroup: 2 })), []);
});

test('resin/ images: ENV INITSYSTEM on switches on the systemd their entry point starts (unless the Dockerfile replaces it)', () => {
  const text = 'FROM resin/raspberrypi2-python:latest\nENV INITSYSTEM on\nCMD ["python", "/app/main.py"]\n';
  const [f] = findingsOf(text, ID, target({ cgroup: 2 }));
  assert.equal(slice(text, f), 'INITSYSTEM');
  assert.match(notesOnWord(text, 1, 'INITSYSTEM'), /systemd[\s\S]*exec \/sbin\/init/);
  assert.equal(findingsOf('FROM resin/rpi-raspbian:jessie\nENV INITSYSTEM=on\n', ID, target({ cgroup: 2 })).length, 1);
  // Off, another image (the variable means nothing there), or an ENTRYPOINT of the Dockerfile's own: no init.
  for (const quiet of [
    'FROM resin/raspberrypi2-python:latest\nENV INITSYSTEM off\n',
    'FROM debian:12\nENV INITSYSTEM on\n',
    'FROM resin/raspberrypi2-python:latest\nENV INITSYSTEM on\nENTRYPOINT ["python", "/app/main.py"]\n',
  ])
    assert.deepEqual(findingsOf(quiet, ID, target({ cgroup: 2 })), [], quiet);
});

test('ln -s /dev/null into a systemd unit directory masks the unit by hand: explained like systemctl mask, never reported', () => {
  const loop =
    'FROM ubuntu:24.04\nRUN for unit in getty.target console-getty.service; do ln -sf /dev/null "/etc/systemd/system/$unit"; done\n';
  assert.match(notesOnWord(loop, 1, 'ln'), /masks the unit[\s\S]*systemctl mask/);
  assert.deepEqual(findingsOf(loop, ID, target({ cgroup: 2 })), []);
  assert.match(notesOnWord('FROM debian:12\nRUN ln -s /dev/null /lib/systemd/system/systemd-udevd.service\n', 1, 'ln'), /masks/);
  // Other links: to /dev/null elsewhere (a log), or into the unit directory from a real file.
  assert.doesNotMatch(notesOnWord('FROM debian:12\nRUN ln -sf /dev/null /var/log/app.log\n', 1, 'ln'), /masks/);
  assert.doesNotMatch(notesOnWord('FROM debian:12\nRUN ln -s /opt/x.service /etc/systemd/system/x.service\n', 1, 'ln'), /masks/);
});

test('sample 81: the init linked or copied under another name by a RUN is still the init as PID 1', () => {
  const linked = 'FROM fedora:28\nRUN ln /usr/sbin/init /usr/sbin/dind_init\nCMD ["/usr/sbin/dind_init"]\n';
  const [f] = findingsOf(linked, ID, target());
  assert.equal(slice(linked, f), '/usr/sbin/dind_init');
  assert.match(f.message, /made from `\/usr\/sbin\/init` by a RUN of this file/);
  assert.match(notesOnWord(linked, 2, 'dind_init'), /link to or copy of `\/usr\/sbin\/init`/);
  // Into a directory, in an earlier stage of the chain, and as a symlink of systemd itself.
  const copied = 'FROM debian:12 AS base\nRUN cp /lib/systemd/systemd /opt/\nFROM base\nENTRYPOINT exec /opt/systemd\n';
  const [g] = findingsOf(copied, ID, target());
  assert.equal(slice(copied, g), '/opt/systemd');
  assert.match(g.message, /starts systemd as PID 1/);
  // A link of another program, or a name made in an unrelated stage, is not an init.
  assert.deepEqual(
    findingsOf('FROM debian:12\nRUN ln -s /usr/bin/app /usr/local/bin/init2\nCMD ["/usr/local/bin/init2"]\n', ID, target()),
    [],
  );
  const other = 'FROM debian:12 AS a\nRUN ln /sbin/init /x\nFROM debian:12\nCMD ["/x"]\n';
  assert.deepEqual(findingsOf(other, ID, target()), []);
});

test('precision audit 4: OpenRC as PID 1 is not told about cgroups or a systemd version; its /run mount commented out is not reported', () => {
  const openrc = 'FROM alpine:3.22\nRUN apk add --no-cache openrc\nENTRYPOINT ["/sbin/init"]\n';
  const [o] = findingsOf(openrc, ID, target({ cgroup: 2 }));
  assert.equal(o.severity, 'warning');
  assert.match(o.message, /^`\/sbin\/init` starts OpenRC \(Alpine Linux 3\.22\) as PID 1: it mounts \/run/);
  assert.doesNotMatch(o.message, /systemd|cgroup/);
  assert.match(notesOnWord(openrc, 2, '/sbin/init'), /OpenRC[\s\S]*--tmpfs \/run/);
  // lj020326/systemd-python-dockerfiles aports-dev/Dockerfile: the mount in OpenRC's init.sh commented out by sed.
  const disabled =
    'FROM alpine:edge\nRUN apk add openrc\nRUN sed -i \'s/mount -t tmpfs/# mount -t tmpfs/g\' /usr/libexec/rc/sh/init.sh\nENTRYPOINT ["/sbin/init"]\n';
  assert.deepEqual(findingsOf(disabled, ID, target({ cgroup: 2 })), []);
  assert.match(notesOnWord(disabled, 3, '/sbin/init'), /comments that mount out/);
  // systemd images keep the cgroup text.
  assert.match(findingsOf('FROM fedora:41\nCMD ["/usr/sbin/init"]\n', ID, target({ cgroup: 2 }))[0].message, /cgroup/);
});

test('sample 93: a start script naming the cgroup tree through its own variable is explained on hover, never reported', () => {
  // A judge's entrypoint (COPY heredoc) enables cgroup v2 controllers through CGROUP_ROOT; the variable is the script's.
  const text = [
    'FROM debian:bookworm-slim',
    "COPY <<'EOS' /entrypoint.sh",
    '#!/bin/bash',
    'CGROUP_ROOT="/sys/fs/cgroup"',
    'mkdir -p "$CGROUP_ROOT/judge" 2>/dev/null || true',
    'echo "+memory +cpu +pids" > "$CGROUP_ROOT/cgroup.subtree_control"',
    'exec judge-sandbox "$@"',
    'EOS',
    'ENTRYPOINT ["/entrypoint.sh"]',
    '',
  ].join('\n');
  assert.match(notesOnWord(text, 4, '$CGROUP_ROOT/judge'), /\(\/sys\/fs\/cgroup\/judge\): the cgroup filesystem, which the host kernel/);
  assert.match(notesOnWord(text, 5, '$CGROUP_ROOT/cgroup.subtree_control'), /cgroup\.subtree_control\): the cgroup filesystem/);
  // A variable the script never set stays unexplained; the echoed text is not a path.
  const unknown = text.replace('CGROUP_ROOT="/sys/fs/cgroup"', 'CGROUP_ROOT="$1"');
  assert.equal(notesOnWord(unknown, 5, '$CGROUP_ROOT/cgroup.subtree_control'), '');
  assert.equal(notesOnWord(text, 5, '+memory'), '');
  assert.deepEqual(findingsOf(text, ID, target({ cgroup: 2 })), []);
});
