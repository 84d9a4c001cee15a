/**
 * Recall measured the way issue #16 is judged: on real Dockerfile lines from public repositories
 * (corpus.tsv), an entry is covered when hovering some word of its instruction line(s) explains a
 * kernel dependency, or a diagnostic sits on those lines, under any of three targets. Ordinary
 * application lines (negatives.tsv) must draw no kernel warning or error on any of them.
 *
 * Both files: one entry a line, tab-separated `repo  path  family  provenance  snippet`, where the
 * snippet is a JSON string (a FROM line, then the instruction line(s) being measured; a snippet
 * of one line measures the FROM line itself, as for Windows images). Where the real file gives the
 * measured line its meaning through an earlier line (`EXPOSE 2049` after `apk add nfs-utils`), the
 * snippet keeps that context line and a `# recall: measured below` comment before the measured
 * line(s); only those are measured. `provenance`: `verbatim` (a long continued list may be cut to
 * the lines measured), `from-adapted` (the FROM line made concrete, e.g. an ARG-built base), or
 * `constructed` (written here, not found in a repository).
 *
 * The floors below are what was measured when the corpus was collected, minus a small margin:
 * the test fails when recall regresses, and the printed report names every uncovered entry.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, type AnalysisResult } from '../../server/src/analysis/analyze';
import { hoverAt } from '../../server/src/analysis/hover';
import { resolveTarget } from '../../server/src/analysis/host/resolve';
import type { TargetHost } from '../../server/src/analysis/host/types';
import { NOT_KERNEL_RULES } from '../support/kernelRules';

const here = dirname(fileURLToPath(import.meta.url));
const TODAY = new Date('2026-11-26T00:00:00Z');
const TARGETS = ['rhel8', 'ubuntu-22.04', 'debian-12'] as const;

/** A hover explains a kernel dependency when it speaks of what the host kernel must provide. */
const KERNEL_WORDS = /kernel|host|module|CONFIG_|cgroup|namespace|capabilit|netfilter|device|binfmt|systemd|Windows/i;
const CARD_SEPARATOR = '\n\n---\n\n';

interface Entry {
  repo: string;
  path: string;
  family: string;
  provenance: string;
  text: string;
  lines: string[];
}

function readEntries(file: string): Entry[] {
  const out: Entry[] = [];
  for (const [i, raw] of readFileSync(join(here, file), 'utf8').split('\n').entries()) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cols = raw.split('\t');
    assert.equal(cols.length, 5, `${file}:${i + 1} has ${cols.length} columns, not 5`);
    const [repo, path, family, provenance, snippet] = cols;
    const text = JSON.parse(snippet) as string;
    assert.match(text, /^FROM /, `${file}:${i + 1} snippet starts with a FROM line`);
    out.push({ repo, path, family, provenance, text: text + '\n', lines: text.split('\n') });
  }
  return out;
}

const targets = new Map<string, TargetHost>(TARGETS.map((t) => [t, resolveTarget({ cli: { target: t } }).target]));
const analyse = (text: string, target: string): AnalysisResult => analyzeDocument(text, { today: TODAY, target: targets.get(target)! });

const MEASURED_BELOW = '# recall: measured below';
/** The lines an entry measures: those after the marker, else after the FROM line, else the FROM line. */
function measuredLines(e: Entry): number[] {
  if (e.lines.length === 1) return [0];
  const marker = e.lines.indexOf(MEASURED_BELOW);
  return e.lines.map((_, i) => i).slice(marker >= 0 ? marker + 1 : 1);
}

/** Every position a reader could hover: the start of each word and of each part of a word. */
function wordStarts(line: string): number[] {
  const starts = new Set<number>();
  for (const m of line.matchAll(/[^\s"'`[\],;=:|&<>(){}]+/g)) {
    starts.add(m.index!);
    for (const sub of m[0].matchAll(/[/.@+-]+/g)) starts.add(m.index! + sub.index! + sub[0].length);
  }
  return [...starts].filter((c) => c < line.length).sort((a, b) => a - b);
}

interface Coverage {
  hover: boolean;
  diagnostic: boolean;
  /** The targets under which a diagnostic sits on the measured lines. */
  diagnosticTargets: string[];
}

function coverageOf(e: Entry): Coverage {
  const lines = measuredLines(e);
  const cov: Coverage = { hover: false, diagnostic: false, diagnosticTargets: [] };
  for (const t of TARGETS) {
    const result = analyse(e.text, t);
    if (
      result.findings.some((f) => !NOT_KERNEL_RULES.has(f.ruleId) && lines.some((l) => f.range.start.line <= l && l <= f.range.end.line))
    ) {
      cov.diagnostic = true;
      cov.diagnosticTargets.push(t);
    }
    if (cov.hover) continue;
    for (const l of lines) {
      const isFromLine = /^FROM\s/i.test(e.lines[l]);
      for (const character of wordStarts(e.lines[l])) {
        const hover = hoverAt(result, { line: l, character }, TODAY);
        if (!hover) continue;
        // On a FROM line the image card always answers; only rule notes after it, or a card
        // naming a Windows image (whose kernel a Linux host cannot give), explain a dependency.
        const parts = hover.markdown.split(CARD_SEPARATOR);
        const explains = isFromLine
          ? parts.slice(1).some((p) => KERNEL_WORDS.test(p)) || /Windows/.test(parts[0])
          : KERNEL_WORDS.test(hover.markdown);
        if (explains) {
          cov.hover = true;
          break;
        }
      }
      if (cov.hover) break;
    }
  }
  return cov;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const oneLine = (e: Entry) =>
  measuredLines(e)
    .map((l) => e.lines[l].trim())
    .join(' ⏎ ')
    .slice(0, 140);

/**
 * Measured when the corpus was collected (see the commit message), minus a small margin. The
 * diagnostic share depends on the mix of lines, not only on the rules: the eleventh (random) sample
 * added 18 lines, 17 of them about the host's GPU driver, which are hover-only by nature (no target
 * lacks it), and moved it from 22.7% to 22.1% with no rule detecting less; the floor follows that.
 * The twelfth sample added 26 lines, 5 of them reportable (Windows bases, systemd as the command, a
 * DKMS build and depmod for a named kernel); the rest are installs and images that every target has
 * the kernel part for: 22.1% → 22.0% with no rule detecting less (the 728 earlier lines keep their
 * diagnostics), so the floor is 21.5%. The thirteenth sample (network, devices, virtualisation) added 66
 * lines, 4 of them reportable on these targets (net-tools `route add` in RUN, /proc/config.gz and
 * `uname -r` read into a module build); the rest are installs and runs whose kernel part every target
 * has. The fourteenth sample added 42 lines, 32 of them with a diagnostic after its fixes (Windows tags,
 * systemd as PID 1 inherited from a systemd image, Sysbox and dind images, scripts the Dockerfile writes
 * with `echo` lines). The fifteenth sample (accelerators, storage services, tunables and real time,
 * security) added 28 lines with its validation set, none reportable on these targets (device runtimes,
 * installs, start-time tunables and clock daemons that every target's kernel serves). The earlier lines
 * keep all their diagnostics; the floor is the measured share after all four samples, rounded down.
 * The sixteenth sample (families thin above: rlimits, NUMA, real time, MSRs, capsh, udevd, Electron's
 * sandbox switch, io_uring) added 60 lines, 43 covered before its fixes (71.7%) and 58 after (96.7%),
 * 13 of them with a diagnostic (sysctl writes at build time and in sysctl.conf, AppArmor policy on
 * rhel8), and 8 validation lines collected after the fixes, all covered: the whole corpus went from
 * 95.1% to 95.3% covered (diagnostic 22.4%), which leaves the two-digit floors as they are.
 * The seventeenth sample (every Dockerfile of four whole collections, not chosen by family) added 100
 * lines, 52 covered before its fixes and 95 after; 4 of them reportable on these targets (three Windows
 * Server Core bases, WireGuard's `wg` under rhel8), so the diagnostic share went 22.6% → 20.8% with no rule
 * detecting less (the earlier 892 lines keep 22.6%), and its floor follows the mix to 20%; coverage is 95.1%.
 * With both samples the corpus is 1,060 lines: covered 95.3%, hover 95.3%, diagnostic 20.7%.
 * The eighteenth sample (every Dockerfile of nine repositories in five collections: Home Assistant add-ons and
 * bases, Frigate, mailcow, four VPN servers, netshoot) added 52 lines, 22 covered before its fixes (42.3%) and
 * 43 after (82.7%), 2 reportable (linuxserver's `echo wireguard >> /etc/modules`, which nothing reads in a
 * container; WireGuard absent on rhel8): most of the rest are accelerator runtimes known only by a vendor URL
 * or an opaque install script. The earlier 1,060 lines keep their coverage; the corpus is 1,112 lines, covered
 * 94.7%, hover 94.7%, diagnostic 19.9%, so the floors follow the measured values down (coverage 95% → 94%,
 * diagnostic 20% → 19%): the unbiased sample shows where #16 stands, and no rule covers less than before.
 * The nineteenth sample (every Dockerfile of linuxserver's kasm, plex, tvheadend and webtop, Pi-hole and netdata)
 * added 17 lines, 11 covered before its fixes and 15 after (Alpine's VA-API drivers and Debian's udev package now
 * explain themselves), none reportable as a warning: the corpus is 1,129 lines, covered 94.4% → 94.8% (1,070 lines),
 * diagnostic 19.8%, and the floors stay where the measured values round down to.
 * The twenty-first sample (every Dockerfile of iovisor/bcc, Falco's docker/, Cilium's images/, multiarch/qemu-user-static,
 * tonistiigi/binfmt and a Kata Containers subset: 71 files) added 35 lines, 21 covered before its fixes (60.0%) and 28
 * after (80.0%), 2 with a diagnostic; the rest are start scripts and build helpers whose text is not in the file. With
 * three earlier misses fixed (jemalloc's page size, Z-Wave JS UI from npm, Puppeteer options with --no-sandbox written
 * to a JSON file) the corpus is 1,164 lines, covered 94.6%, diagnostic 19.3%: the floors stay.
 * The twenty-second sample (the integrator's: kind, vscode-dev-containers, buildkit, crazy-max's images, docker-android,
 * Jenkins' inbound agent, four VPN and NFS images, eight more linuxserver images, four home-automation images and five
 * Kubernetes storage drivers, three embedded image builders, each read whole) added 46 lines, 33 covered before its
 * fixes (71.7%) and 42 after (91.3%).
 * The twentieth sample (every Dockerfile of nestybox/dockerfiles, six geerlingguy docker-*-ansible images, linuxkit's
 * pkg/ and tools/, ceph's container/Containerfile) added 186 lines, 104 covered before its fixes (55.9%) and 153 after
 * (82.3%). Most of what is still missed is opaque: linuxkit packages whose CMD is their own program (mountie, format,
 * kmsg, sysfs) or a script not in the file. Two libguestfs images (kvaps/opennebula-images, linuxkit tools/guestfs)
 * lost a wrong "never boots" warning: the appliance VM boots that kernel, so the diagnostic share goes 19.8% → 19.5%
 * with no rule detecting less where it is right. The corpus is 1,315 lines, covered 93.0%, hover 93.0%, diagnostic
 * 19.5%; the earlier 1,129 lines keep their 1,070 covered, so the coverage floors follow the measured values down
 * (94% → 93%): the unbiased sample shows where #16 stands.
 * The twenty-third sample (every Dockerfile of nine network-security and VPN-mesh repositories: Suricata, Zeek, ntop,
 * CrowdSec, Wazuh, AdGuard Home, Tailscale, NetBird, headscale; 56 files) added 26 lines, 11 covered before its fixes
 * (42.3%) and 25 after (96.2%), none with a diagnostic: ntop's capture probes, PF_RING, NFQUEUE, DPDK and libbpf installs
 * and OpenSearch's vm.max_map_count are served by every target's kernel or set on the host. Still missed: Suricata's
 * entrypoint script, whose capability checks are not in the file. The corpus is 1,227 lines, covered 94.6%, hover
 * 94.6%, diagnostic 18.9% (the earlier 1,201 lines keep theirs), so the diagnostic floor follows the mix to 18%.
 * All four samples of this stop merged: the corpus is 1,422 lines, covered 92.9%, hover 92.9%, diagnostic 18.8%; the
 * coverage floors follow the unbiased samples down to 92% and the diagnostic floor the hover-only mix to 18%.
 * The twenty-seventh sample (the integrator's: every Dockerfile of eight Kubernetes storage and distributed-filesystem
 * collections, Longhorn, OpenEBS LVM LocalPV, TopoLVM, Ceph CSI, JuiceFS CSI, CSI host-path, SeaweedFS; 50 files) added
 * 32 lines, 28 covered before its fixes (87.5%) and 32 after: the Ceph kernel client, nvme and spdk_* copied in, a
 * wrapper named apt-install.
 * The twenty-fourth sample (every Dockerfile of twelve network-infrastructure repositories: VyOS' build images, kube-vip,
 * Multus, MetalLB, flannel, containerlab, FRR's docker/, Open vSwitch's utilities/docker, osixia's keepalived, kube-router,
 * klipper-lb, Weave Net; 38 files) added 42 lines, 26 covered before its fixes (61.9%) and 36 after (85.7%), 2 with a
 * diagnostic. Still missed: programs with plain names (MetalLB's /speaker, klipper-lb's entry, weave-npc's launch.sh) and
 * start scripts not in the file. The corpus is 1,464 lines, covered 92.7%, hover 92.7%, diagnostic 18.4% (the earlier
 * 1,422 lines keep theirs): the floors stay.
 * The twenty-sixth sample (every Dockerfile of thirteen eBPF-observability and CI-runner repositories: tracee, Tetragon,
 * parca-agent, Kepler, Inspektor Gadget, node-problem-detector, actions-runner-controller, myoung34's runner, Woodpecker,
 * gitlab-runner, Beyla, coroot-node-agent, Buildkite's agent; 95 files) added 62 lines, 27 covered before its fixes (43.5%)
 * and 57 after (91.9%), 2 with a diagnostic; still missed are build and start scripts whose text is not in the file. The
 * corpus is 1,484 lines, covered 92.9%, hover 92.9%, diagnostic 18.2% (the earlier 1,422 keep theirs): the floors stay.
 * Samples 24, 26 and 27 merged: 1,558 lines, covered 92.9%, hover 92.9%, diagnostic 17.7%. Their lines are mostly
 * hover-only (every target has what they use), so the diagnostic floor follows the mix to 17%; no earlier line lost one.
 * The twenty-fifth sample (every Dockerfile of Docker-OSX, dockur/windows, qemus/qemu, redroid-doc, kubevirt's hack/ and
 * tests/, Firecracker's devctr and gVisor's images/: 113 files) added 40 lines, 24 covered before its fixes (60.0%) and 32
 * after (80.0%), 3 with a diagnostic (systemd as PID 1, a kernel package): Cloud TPU pip extras and VLLM_TARGET_DEVICE,
 * the host NVIDIA driver's /usr/local/nvidia on PATH, fuse-overlayfs as Podman's mount_program and the kselftest runner
 * now explain themselves. Still missed: QEMU launch scripts written or fetched at build time (Docker-OSX's Launch.sh,
 * OSX-KVM's), libguestfs run by a cloned script, syz-manager, and GPU servers started by CMD arguments to an ENTRYPOINT
 * (sglang, vLLM) or by name (tritonserver). The earlier 1,422 lines keep their coverage; the corpus is 1,462 lines,
 * covered 92.5%, hover 92.5%, diagnostic 18.5%: the floors stay.
 * The twenty-eighth sample (every Dockerfile of eleven IoT, maker, home-server and desktop collections: OctoPrint's images,
 * Klipper's prind, Home Assistant's core image, jlesage's GUI base, docker-mailserver, LinuxGSM, Scrypted's install/docker,
 * openHAB, motionEye, Z-Wave JS UI, linuxserver's KasmVNC base; 37 files) added 46 lines, 22 covered before its fixes
 * (47.8%) and 41 after (89.1%), 1 with a diagnostic (Scrypted's router boots /sbin/init). Still missed: systemd units
 * copied in under names of their own (an nftables loader, a unit running `sysctl -w net.ipv4.ip_forward=1`), Moonraker's
 * systemctl links for shutdown and reboot, and openHAB's plainly named /entrypoint. The corpus is 1,542 lines, covered
 * 92.9%, hover 92.9%, diagnostic 17.8% (the earlier 1,496 keep theirs): the sample is hover-only where every target has
 * what it uses, so the diagnostic floor follows the mix to 17%.
 * Samples 24–28 of this stop merged (1,644 lines): covered 92.5%, hover 92.5%, diagnostic 17.0%; before their fixes the
 * five unbiased samples stood at 43.5–87.5% (24: 61.9%, 25: 60.0%, 26: 43.5%, 27: 87.5%, 28: 47.8%), after at 80–100%.
 * The thirtieth sample (every Dockerfile of database and data-infrastructure collections: ScyllaDB, Redpanda, Aerospike,
 * Dragonfly, TiKV, TimescaleDB, CockroachDB's build/deploy, Doris' docker/runtime, the official mongo images, MariaDB's)
 * added 36 lines, 26 covered before its fixes (72.2%; the first ten collections alone 7 of 14: Dragonfly's io_uring engine,
 * dmidecode, Doris' SKIP_CHECK_ULIMIT; then MongoDB's glibc.pthread.rseq=0), 36 after (100%, hover-only where every target
 * has what they use); the corpus is 1,680 lines, covered 92.7%, hover 92.7%, diagnostic 17.5%: the floors stay.
 * The twenty-ninth sample (every Dockerfile of ten security-tooling and sandboxing collections: ZAP's docker/, nsjail, zmap,
 * naabu, nuclei, Trivy, Grype, Syft, openvas-scanner, Metasploit, and of bettercap, aircrack-ng and gvmd in place of four
 * without a Dockerfile or a snapshot; 166 Dockerfiles, most of them Syft's and Grype's test images) added 32 lines, 22
 * covered before its fixes (68.8%) and 30 after (93.8%), 1 with a diagnostic (kernel-devel): raw-packet tools (zmap,
 * naabu, masscan, bettercap), NMAP_PRIVILEGED even when empty, and Nix's filter-syscalls = false now explain themselves.
 * Still missed: zmap's integration tests run by pytest and a Python script at build time. The corpus is 1,676 lines,
 * covered 92.5%, hover 92.5%, diagnostic 16.8% (the earlier 1,644 keep theirs): the sample is hover-only where every
 * target has what it uses, so the diagnostic floor follows the mix to 16%.
 * With samples 29 and 30 both merged the corpus is 1,712 lines, covered 92.7%, hover 92.7%, diagnostic 17.2%: the
 * diagnostic floor stays at 17%.
 * The thirty-first sample (every Dockerfile of eleven GPU, HPC and RDMA collections: NVIDIA's driver container, device
 * plugin, container toolkit and GPU Operator, the RDMA shared and SR-IOV device plugins, SR-IOV CNI, a Slurm cluster,
 * Apptainer, ROCm-docker, Intel's device plugins; 84 files) added 68 lines, 24 covered before its fixes (35.3%) and 51
 * after (75.0%), hover-only: Kubernetes device plugins by program name, the driver container's `nvidia-driver init`,
 * Apptainer, rocm-dev/rocm-libs/MIGraphX and ROCm wheels, accel-config for Intel DSA/IAA, CUDA forward compatibility.
 * Still missed: the driver container's install.sh and local-repo.sh steps and the Intel init containers' sysfs scripts,
 * known only by their text. The corpus is 1,780 lines, covered 92.0%, hover 92.0%, diagnostic 16.7% (the earlier 1,712
 * keep theirs): every target has what these lines use, so the diagnostic floor follows the mix down to 16%.
 * The thirty-third sample (every Dockerfile of eight Windows-container collections: .NET Framework, IIS, StefanScherer's
 * dockerfiles-windows, Jenkins' agent, PowerShell's images, SQL Server's, Microsoft's container samples and tools; 374 files)
 * added 250 lines, 162 covered before its fixes (64.8%) and 236 after (94.4%): Windows-only SHELL, USER, PATH and exec-form
 * commands, Ngen, AppCmd, service and account tools, Microsoft's retired and insider Windows repositories. Still missed: FROM
 * lines of images known as Windows only by a publisher's repository name. Its validation set (docker-library's golang,
 * python and docker, read after the fixes) added 28 lines, 23 covered (82.1%), 28 after two more fixes (the machine-wide
 * environment, a modprobe wrapper copied over /usr/local/bin/modprobe). The corpus is 1,990 lines, covered 93.0%, hover 93.0%, diagnostic 19.7%; the floors stay (other samples
 * of this stop are hover-heavier).
 * The thirty-fourth sample (every Dockerfile of monitoring / observability agent collections: node_exporter, cAdvisor, New
 * Relic's infrastructure agent, Fluent Bit, Vector, Alloy, influxdata-docker, the OTel Collector releases, Prometheus, Loki,
 * and Datadog's agent image from the index; 207 files) added 33 lines, 24 covered before its fixes (72.7%) and 31 after
 * (93.9%), 11 with a diagnostic (Windows bases, systemd as PID 1). Still missed: Datadog's LD_PRELOAD of its seccomp shim
 * and iproute2 installed for ss. With NVIDIA's dcgm-exporter, process-exporter and osquery read in place of Beats and
 * Datadog (too big to fetch) it is 40 lines, 27 covered before (67.5%) and 38 after (95.0%). The earlier 1,712 lines keep
 * their 1,587 covered; the corpus is 1,752 lines, covered 92.8%, hover 92.8%, diagnostic 17.5%: the floors stay.
 * The thirty-second sample (every Dockerfile of eleven bootable-OS, OS-image-builder and container-tool collections: Universal
 * Blue's main and Bluefin, bootc-image-builder, coreos-assembler, Podman's and Buildah's contrib/, containers/image_build, Talos,
 * the Bottlerocket SDK, Armbian's generated Dockerfile, OpenWrt's buildbot; 43 files) added 62 lines, 23 covered before its
 * fixes (37.1%) and 57 after (91.9%), 5 with a diagnostic: Podman/Buildah storage and isolation settings, package lists given
 * through an ARG, module trees and kernel images staged for another system, akmods and kernel package images (also mounted
 * into a RUN step), SELinux's relabel option on a RUN mount now explain themselves. Still missed: build and start scripts
 * whose text is not in the file, Talos' /etc/modules.d. The corpus is 1,774 lines, covered 92.7%, hover 92.7%, diagnostic
 * 16.9% (the earlier 1,712 keep theirs): the sample is hover-only where every target has what it uses, so the diagnostic
 * floor follows the mix to 16%.
 * The thirty-fifth sample (every Dockerfile of nine desktop, GPU-streaming, game and media collections: the selkies GLX and
 * EGL desktops, Steam-Headless, neko, ZoneMinder's, jellyfin-packaging, Games on Whales, Sunshine's docker/, linuxserver's
 * selkies base, ffmpeg and emby; 113 files; x11docker has none, four of its example images were read instead) added 114
 * lines, 39 covered before its fixes (34.2%) and 100 after (87.7%), none with a diagnostic: GPUs, input devices and
 * sandboxes every target's kernel has (packages listed in an ARG that the install expands as $REQUIRED_PACKAGES, X.Org
 * input and display drivers, flatpak and setuid bwrap, NVIDIA loader files, Selkies' and neko's encoder switches, Sunshine,
 * dumb-udev, virgl-server, Xorg's wrapper kept root). Still missed: start scripts not in the file, tcpdump installs,
 * Rockchip's libmali. The corpus is 1,826 lines, covered 92.4%, hover 92.4%, diagnostic 16.2% (the earlier 1,712 keep
 * theirs): the sample is hover-only, so the diagnostic floor follows the mix down to 16%.
 * The thirty-sixth sample (every Dockerfile of Kubernetes networking and service-mesh collections: Istio, Linkerd and its
 * proxy-init, Antrea, RKE2, Kuma, Calico's files not already here; 102 files) added 57 lines, 37 covered before its fixes
 * (64.9%) and 49 after (86.0%), 2 with a diagnostic: mesh traffic capture by program (pilot-agent istio-iptables,
 * proxy-init, ztunnel, kumactl install transparent-proxy, the istio-sidecar package, rpm -i of package files), Calico's
 * start commands, the iptables-nft alternative, xtables programs copied in. Still missed: agents copied in without a
 * command, CMD arguments after a bare ENTRYPOINT, Windows host-process files. The corpus is 2,331 lines, covered 92.2%,
 * hover 92.2%, diagnostic 17.8% (the earlier 2,274 keep their 92.4%): the floors stay.
 * The thirty-eighth sample (every Dockerfile of five edge-AI collections: jetson-containers' l4t, cuda, pytorch, ros,
 * ollama and multimedia packages, Hailo's model zoo, Coral's edgetpu, DeepStream's Python bindings, OpenVINO's Ubuntu 22
 * images, DepthAI's library in place of depthai, which has none; 67 files; balena's base images too big to fetch) added
 * 39 lines, 28 covered before its fixes (71.8%) and 38 after (97.4%), none with a diagnostic: CUDA forward compatibility
 * through CUDA_HOME, Jetson BSP files, GDRCopy, the DeepStream dGPU image, GPU/NPU packages installed by a `./*.deb` glob
 * from the same step's downloads. The corpus is 2,313 lines, covered 92.5%, hover 92.5%, diagnostic 17.9% (the earlier
 * 2,274 keep theirs): the floors stay.
 * The thirty-seventh sample (every Dockerfile of developer-environment and CI-build collections: devcontainers/images,
 * gitpod's workspace-images, coder/envbox, jenkinsci/docker, concourse and concourse-docker, dagger's, kaniko's deploy/ and
 * earthly's Dockerfiles with its buildkitd Earthfile; 90 files) added 34 lines, 10 covered before its fixes (29.4%) and 28
 * after (82.4%), 8 with a diagnostic: Windows stages named by a drive-letter program, working directory or COPY destination
 * (`C:/ProgramData/…ps1` on a local test base), Windows PowerShell as the exec-form command, LocalAccounts cmdlets, gitpod's
 * install-packages, BuildKit and Sysbox release downloads, usermod --add-subuids, Delve as a ptrace user. Still missed: an
 * ENV of a drive-letter path (Wine images set those too), envbox's own binary, Concourse's worker volume and start script.
 * The corpus is 2,308 lines, covered 92.2%, hover 92.2%, diagnostic 18.2%: the floors stay.
 * The forty-first sample (every Dockerfile of nine self-hosted application platforms: Jitsi Meet, Discourse, Nextcloud,
 * Zulip, PhotoPrism, Sentry self-hosted, Mailu, BigBlueButton's docker, GitLab's docker/, with Mastodon's and Immich's main
 * Dockerfiles from the index; then Nextcloud All-in-One and Rocket.Chat's Dockerfiles, read after the first fixes; 160
 * files) added 30 lines, 10 covered before its fixes (33.3%; the first nine collections 6 of 22) and 25 after (83.3%), 1
 * with a diagnostic: ordinary application images hold few kernel lines, and most are packages (davfs2, chromium-sandbox,
 * NVENC headers, Mesa OpenCL, hardened-malloc), base images (Elasticsearch, Collabora CODE), a FIPS crypto policy or helper
 * scripts named for what they do. Still missed: start scripts not in the file (iptables rules, render-device groups),
 * Redis' bundled jemalloc, the OpenVINO runtime base. The corpus is 2,434 lines, covered 92.1%, hover 92.1%, diagnostic
 * 17.3%: the floors stay.
 * The thirty-ninth sample (every Dockerfile of seven telecom / 5G core / RAN / SDR collections: free5gc-compose,
 * docker_open5gs, open5gs' docker/, srsRAN_Project, OpenAirInterface's RAN, gnuradio's one cross-build file, magma's
 * lte/gateway/docker and feg; 107 files; free5gc, UERANSIM and srsRAN_4G have none) added 43 lines, 22 covered before its
 * fixes (51.2%, 5 with a diagnostic) and 39 after (90.7%, 6 with a diagnostic: libgtpnl's tools on RHEL, whose kernels
 * lack CONFIG_GTP): UERANSIM's nr-gnb and nr-ue, OAI's gNB/eNB/CU-UP and UE soft modems, magma's sctpd, free5GC's
 * gtp5g clients and its UPF/AMF/N3IWF images (copied from as build stages), UHD's tools and uhd-host, CMake's
 * INSTALL_UDEV_RULES, DPDK trees and build scripts, magma's GTP port script; program names with '_' count when copied
 * in. Still missed: start scripts not in the file (open5gs' setup.sh, srsRAN's open5gs_entrypoint.sh, magma's OVS
 * entrypoint.sh). The corpus is 2,447 lines, covered 92.2%, hover 92.2%, diagnostic 17.4% (the earlier 2,404 gain
 * redhat-performance's build_dpdk.sh): the floors stay.
 * Sample 42 (every Dockerfile of ten container-runtime collections and their build/test images: runc, crun, containerd,
 * CRI-O, moby, nerdctl, Sysbox's test images, youki, skopeo, kubernetes/release's images; 78 files) added 93 lines, 72
 * covered before its fixes (77.4%) and 81 after (87.1%), 8 with a diagnostic: CRIU, CRI-O and kubernetes-cni packages
 * (an apt arch qualifier spelled `:${sys_arch}` no longer hides the package), kind built with `go install`, containerd's
 * repository cloned to build the daemon, `SystemdCgroup = true` written to containerd's config, VOLUME /var/lib/containerd,
 * /etc/docker/daemon.json written, moby's hack/dind-systemd. Still missed: start scripts not in the file (run-tests.sh,
 * docker-entrypoint.sh enabling cgroup v2 nesting, critest.sh, install-youki.sh's nsenter into the host, a start script
 * copied from a build stage), a userns test binary copied in, journald's ReadKMsg=no. The corpus is 2,497 lines, covered
 * 91.99%, hover 91.99%, diagnostic 17.1%: these lines are hard (script-only), so the covered and hover floors go down to
 * the measured 0.919.
 * The forty-third sample (every Dockerfile of robotics / drones / automotive collections: osrf/docker_images' three newest
 * ROS 2 distributions and ros2/, Autoware's docker/, PX4-containers, micro-ROS, ROS-Industrial's images, two Husarion
 * images, openpilot's, CARLA's Util/Docker and ArduPilot's; 94 files) added 14 lines, 11 covered before its fixes (78.6%)
 * and 12 after (85.7%), none with a diagnostic: NVIDIA's OpenGL, CUDA+OpenGL and Vulkan bases. Still missed here: an
 * ENTRYPOINT and a RUN of a copied start script (Autoware's sysctls through a `try_set "$@"` function, ArduPilot's dialout
 * usermod), covered in the editor, which reads the copied script. The corpus is 2,418 lines, covered 92.1%, hover 92.1%,
 * diagnostic 17.4%: the floors stay.
 * Merged together (samples 39, 41, 42, 43), the corpus is 2,584 lines, covered 91.87%, hover 91.87%, diagnostic 16.8%:
 * the covered and hover floors go to 0.918 (the new samples' remaining misses are start scripts whose text is not in
 * the file); the diagnostic floor stays.
 * Sample J (mechanisms, not a collection): an exec-form CMD read as the arguments of the stage's exec-form ENTRYPOINT
 * program, drive-letter ARG/ENV values and sh mkdir/redirect targets as Windows hints, NAME.ARCH package specs, kernels in
 * stages only copied from explained. Of the 2,404 earlier lines, 2,216 were covered and 2,220 are (Kuma's kuma-init CMD,
 * three jenkinsci/docker Windows lines); the block added 4 real lines, 1 covered before and 4 after. The corpus is 2,408
 * lines, covered 92.4%, hover 92.4%, diagnostic 17.5% (no line lost its diagnostic; negatives: no false alarm, 47 with a
 * hover as before): the floors stay.
 * Sample 45 (every Dockerfile of six headless-browser / web-testing collections: docker-selenium, browserless,
 * Zenika's alpine-chrome, chromedp's headless-shell, Cypress' images, jlesage's Firefox, with Playwright's utils/docker;
 * 107 Dockerfiles and 17 start scripts or configs; puppeteer too big to fetch) added 18 lines, 2 covered before its
 * fixes (11.1%) and 9 after (50.0%), none with a diagnostic: WebDriver servers (chromedriver, msedgedriver, selenoid
 * -disable-docker) and Cypress runs start a sandboxed browser; jlesage's add-pkg installs packages. Still missed: browser
 * wrappers and start scripts not in the file (docker-selenium's wrap_*_binary adding --no-sandbox, browserless'
 * start.sh), a membarrier check copied in, a chmod of the runtime's /dev/shm. The corpus is 2,588 lines, covered 91.6%,
 * hover 91.6%, diagnostic 16.8%: these lines are hard (script-only), so the covered and hover floors go down to the
 * measured 0.916.
 * The fortieth sample (every Dockerfile of ten online-judge, code-runner and notebook collections: Judge0, Piston, DMOJ's
 * judge, QingdaoU's JudgeServer, go-judge, CMS, Hydro, repo2docker, docker-stacks' base/minimal/pytorch(+CUDA) images,
 * CodaLab's docker_config; 30 files) added 25 lines, 6 covered before its fixes (24.0%) and 22 after (88.0%), none with a
 * diagnostic: judge sandboxes (IOI isolate by clone URL, package, copied program and config file; go-judge; QingdaoU's
 * libjudger.so), DMOJ's autoconf under `runuser -u`, PyTorch's CUDA builds by local version or wheel index, tensorflow-gpu,
 * and start scripts of images that carry a sandbox. Still missed: the judges' base images by name, DMOJ's entry script.
 * Its validation bases (judge0/compilers, DMOJ/runtimes-docker) added 3 lines, 0 covered before, 2 after (an i386 libc
 * printed by `echo` inside the install's own argument). The corpus is 2,432 lines, covered 92.1%, hover 92.1%, diagnostic
 * 17.3%: the floors stay.
 * Sample 44 (every Dockerfile of backup / FUSE filesystem / NAS collections: rclone, restic, borg, goofys, geesefs,
 * mergerfs's generated build Containerfiles, duplicati, kopia, linuxserver's duplicati and snapraid, efrecon's s3fs client;
 * s3fs-fuse and gocryptfs hold none; 83 files) added 36 lines, 17 covered before its fixes (47.2%) and 29 after (80.6%): a
 * lone `--platform=arm64` read as an architecture and the RUN steps of a foreign-architecture stage explained (binfmt_misc),
 * geesefs as a FUSE program, `rclone serve docker`, pyfuse3/llfuse/mfusepy. Still missed: start scripts not in the file
 * (goofys/geesefs run_bench.sh, geesefs's start.sh, efrecon's docker-entrypoint.sh, all mounting FUSE). The corpus is 2,606
 * lines, covered 91.75%, hover 91.75%, diagnostic 16.7%: these lines are hard (script-only), so the covered and hover
 * floors go down to the measured 0.917.
 * Samples 39–45 and J merged together: 2,670 lines, covered 91.5%, hover 91.5%, diagnostic 16.4% (each sample's lines
 * keep their coverage; the mix of hard, script-only lines is larger): covered and hover floors 0.915.
 * Sample 46 (every Dockerfile of ten IoT edge / industrial gateway collections: KubeEdge, Akri, EdgeX's USB-camera and
 * Modbus device services and edgex-compose, Azure IoT Edge, Greengrass' docker image, Kura, OpenYurt, ThingsBoard; 83
 * Dockerfiles and 44 start scripts) added 28 lines, 15 covered before its fixes (53.6%) and 22 after (78.6%): edgecore,
 * iptables-manager, yurt-tunnel-server and yurthub by program name, qemu-user-static release archives, libva-drm2, the
 * cassandra package. Still missed: packages named in mmdebstrap's --include list, start scripts not in the file (IoT
 * Edge's hubStart.sh raising the open-files limit, OpenYurt's node-servant entry.sh chrooting into the host), EdgeX's
 * device services by plain program name (/device-modbus), an Alpine iproute2 install. The earlier 2,670 lines keep their
 * 2,445 covered; the corpus is 2,698 lines, covered 91.44% (2,467), hover 91.44%, diagnostic 16.2%: these lines are hard,
 * so the covered and hover floors go down to the measured 0.914.
 * Sample 47 (every Dockerfile of security / runtime-protection agent collections: sysdig's docker/, NeuVector, Deepfence
 * ThreatMapper, StackRox collector, kube-bench, falcosidekick, elastic-agent; 72 Dockerfiles) added 50 lines, 29 covered before
 * its fixes (58.0%) and 33 after (66.0%): zypper's `--installroot <dir>` no longer hides the packages after it
 * (NeuVector's chroot installs of iptables and kmod); sysdig's scap-driver-loader is known (it hovers through the start
 * script where the editor has it); DKMS built from its source tarball is explained. Still missed: entrypoint scripts
 * not in the file (sysdig's driver loader, Deepfence's cgroup setup, StackRox's debugfs mounts), StackRox's `collector`
 * and its kernel-modules directory, `setcap =p` (all capabilities), libbeat's cgroup override variable, a systemd
 * unit-mask loop. The corpus is 2,720 lines, covered 91.1%, hover 91.1%, diagnostic 16.3%: these lines are hard (script-only), so the
 * covered and hover floors go down to the measured 0.911.
 * Samples 46 and 47 merged: 2,748 lines, covered 2,500 (90.98%), hover the same, diagnostic 16.1%: covered and hover
 * floors 0.909 (the earlier lines keep their coverage; the new lines' misses are start scripts not in the file).
 * The forty-eighth sample (every Dockerfile of eleven Kubernetes node-agent / node-tooling collections: kured, the system
 * upgrade controller, NFD, node-local-dns, the local static and local-path provisioners, cri-tools, descheduler,
 * cluster-autoscaler, metrics-server, k3d; 41 files) added 31 lines, 15 covered before its fixes (48.4%) and 26 after
 * (83.9%), none with a diagnostic (every target has what these agents use): node agents by program name, k3s downloads,
 * installer and data directory, containerd's setup scripts, kubelet packages. Still missed: start scripts not in the file
 * (cri-tools' entrypoint.sh, the provisioner's block-device scripts) and filesystem tool installs. The corpus is 2,701
 * lines, covered 91.5%, hover 91.5%, diagnostic 16.3%: the floors stay.
 * Round J3 (recallJ3, general mechanisms, no new sample: the misses classified by what would catch them): programs and
 * COPY/ADD files named for a facility (wrap_chrome_binary, iscsiadm, kernel-modules/, antrea-sysctl-init), a start
 * script the Dockerfile does not bring in read with what its final stage prepares (Playwright's Chromium download,
 * docker:dind), Windows images known only by a name that says Windows, shell text sed/echo/tee write into a script
 * that runs later, `setcap =p` (all capabilities), journald's ReadKMsg=, ONBUILD triggers parsed: 2,531 -> 2,576 of the
 * 2,779 lines, the 5 new lines (StefanScherer FROMs, an ONBUILD setcap) all covered; the corpus is 2,784 lines, covered
 * 92.7% (2,581), hover 92.7%, diagnostic 16.1%:
 * the covered and hover floors go up to 0.925 (sample 45, headless browsers: 9/18 -> 17/18). Still missed: start
 * scripts whose text is not in the file (about 100 of the 203), programs and images with plain names.
 * Sample 49, the nearest to the held-out set (52 ordinary repositories drawn by generic code-search queries about software
 * kinds, not chosen by content; every Dockerfile read, 89 files in 44 repositories, sample49-files.tsv): only 3 files carry
 * kernel lines, 4 lines, 2 covered before its fixes (50.0%) and 4 after (100%), one with a diagnostic: x11docker and the
 * docker client starting containers (new facility docker-client; a warning in RUN, where no daemon is reachable) and a
 * udevadm put in place by the image. None of the other 86 files draws a kernel warning, before or after. Two more parts
 * drawn the same way after those fixes: part B (14 repositories, 15 files) has no kernel line; part C (15 repositories, 21
 * files) has 2, both in one Raspberry Pi image, 1 covered before and 2 after (FFmpeg's --enable-omx-rpi/--enable-mmal,
 * codecs on the VideoCore through /dev/vchiq); part D (13 repositories with 38 files) has 1, an sshd image making
 * pam_loginuid optional (CAP_AUDIT_CONTROL), 0 covered before and 1 after. The corpus is 2,786 lines, covered 91.1%
 * (2,538; 2,534 before sample 49's fixes), hover 91.1%, diagnostic 16.2%: the floors stay.
 * Sample 50 (every Dockerfile of OS-build / immutable-OS / image-builder collections: flatcar's SDK containers, k3os,
 * elemental-toolkit, Kairos, kas, extsdk-container, debos, warewulf, osbuild's devcontainer, and in place of mkosi (none)
 * Home Assistant OS's and balenaOS' build containers; 50 Dockerfiles) added 160 lines, 76 covered before its fixes (47.5%)
 * and 141 after (88.1%), 18 with a diagnostic before and after (these images build OS images: every target has what they
 * use): kairos-init and `elemental init` as OS-image initializers, initramfs generators, /boot kernel files, dracut and
 * initramfs-tools configuration, kernel hooks and kernel packages removed; guest agents, efibootmgr, irqbalance,
 * systemd-nspawn, osbuild, schroot, arch-chroot, libguestfs and debos' fakemachine. Still missed: Portage's
 * FEATURES="-ipc-sandbox -network-sandbox -pid-sandbox" (a prefix assignment the shell layer does not expose), start
 * scripts not in the file, Dapper's run options in ENV, init symlinks in a staged root. The corpus is 2,939 lines, covered
 * 90.9% (2,673), hover 90.9%, diagnostic 15.8% (465): the new lines are hover-only by nature, so the diagnostic floor goes
 * down to the measured 0.158.
 * Sample 51 (every Dockerfile of thirteen game-server / game-streaming / media-transcoding collections: Pterodactyl's yolks,
 * itzg's Minecraft server, CM2Walki's SteamCMD, LinuxGSM's per-game images, Games on Whales' Wolf, docker-wine, jlesage's
 * HandBrake, Tdarr, the Valheim server, linuxserver's SteamOS and EmulatorJS, Selkies, ich777's SteamCMD server; 211
 * Dockerfiles) added 53 lines, 32 covered before its fixes (60.4%) and 45 after (84.9%), none with a diagnostic: SteamCMD
 * and the i386 loader (IA-32 emulation, which every target has), Arch's lib32 packages, the input group, joystick and SCSI
 * tools, RadeonTop, GStreamer's GPU codec plugins, Sunshine from the AUR, Wolf's fake-udev. Still missed: install and start
 * scripts not in the file, HandBrake's Intel driver URLs set in ARGs before FROM, a chrome-sandbox named in a `for` list.
 * The corpus is 2,832 lines, covered 2,576 (90.96%), hover the same, diagnostic 447 (15.78%; the earlier 2,779 keep their
 * 447): these lines are hover-only where every target has what they use, so the diagnostic floor goes down to the measured 0.157.
 * Sample 52 (every Dockerfile of ten AI-accelerator / NPU / FPGA collections: Intel oneAPI containers, IPEX, Habana's
 * Setup_and_Install, Vitis AI, libedgetpu, Ascend's ascend-docker-image, RKNN, HPCCM, ROCm's vLLM, AWS Neuron DLCs; 155
 * files) added 234 lines, 91 covered before its fixes (38.9%) and 210 after (89.7%), none with a diagnostic: accelerator
 * user space (Gaudi, Ascend CANN, Neuron, EFA, Intel compute runtime) runs on out-of-tree or optional host drivers that
 * a target's kernel config cannot rule out. Still missed: install scripts whose text is not in the file (Habana's
 * install_packages.sh, Vitis AI's install_vairuntime.sh, Ascend's run.sh) and installers named by ARGs without a default.
 * On 2,779 earlier lines plus these the corpus is 3,013 lines, covered 91.0%, hover 91.0%, diagnostic 15.3%: the
 * diagnostic floor follows the hover-only mix down to 0.152; the earlier lines keep their diagnostics.
 * Merged (recallJ3 with samples 49–52): the corpus is 3,238 lines, covered 92.2% (2,985), hover 92.2%, diagnostic
 * 14.9%; the floors are set to those values rounded down (0.921, 0.148; recallJ3 had raised covered/hover to 0.925 before samples 50–52's harder
 * lines; the new samples are hover-only by nature, so the diagnostic floor falls).
 * Sample 54 (every Dockerfile of fifteen teaching-lab, CTF and SDN/P4 collections: P4/BMv2 and Mininet tutorial images,
 * xinetd/nsjail/redpwn/kCTF challenge hosts, DownUnderCTF 2020 and two CTF archives, xv6 course images, Ryu, an SDN
 * testbed; 114 files) added 56 lines, 17 covered before its fixes (30.4%) and 53 after (94.6%), none with a diagnostic:
 * nsjail bases by name, socat's EXEC: address, kafel seccomp policies, i386/32bit bases, Open vSwitch source releases,
 * Mininet's installer and Chromium beside a WebDriver/Puppeteer client are served by every target's kernel. Still
 * missed: Mininet's mnexec as a make target, Chromium driven by a client installed from package.json or after it. The
 * corpus is 3,294 lines, covered 92.2% (3,038), hover 92.2%, diagnostic 14.6% (482; the earlier 3,238 keep their 482):
 * covered and hover go up to the measured 0.922, the diagnostic floor follows the hover-only mix down to 0.146.
 * recallJ4 (mechanisms, `# sample J4` block): debos' and fakemachine's VM kernels explained instead of reported (two
 * debos lines lose a false diagnostic, still covered by hover), RUN `docker pull`/`docker build` reported like `docker run`,
 * lsmod and dapper's DAPPER_DOCKER_SOCKET explained, a command's prefix assignments read like ENV (Portage's
 * FEATURES="-ipc-sandbox -network-sandbox -pid-sandbox" in flatcar's SDK files); 6 lines added. The corpus is 3,244
 * lines, covered 92.4% (2,996), hover the same, diagnostic 14.95% (485); the floors rise to those values rounded down
 * (0.923, 0.149).
 * Merged (samples 54 and J4): 3,300 lines, covered 92.4% (3,049), hover the same, diagnostic 14.7%; floors 0.923 / 0.923 / 0.146.
 * Sample 53 (every Dockerfile of network-emulation, chaos-engineering, packet-capture and transparent-proxy collections:
 * Chaos Mesh, chaosd, chaos-tproxy, Pumba, Toxiproxy, Mininet-WiFi, ChaosBlade, Litmus, Arkime, mitmproxy, CORE, GNS3's
 * server, Containernet and four proxy images; 64 files) added 54 lines, 26 covered before its fixes (48.1%) and 47 after
 * (87.0%), 3 with a diagnostic (ChaosBlade's `mkdir -p /lib/modules/$(uname -r)` at build time, as before): chaos agents and their helpers by name, URL or copy (chaos-daemon, chaosd, pumba netem,
 * blade, toda/nsexec/chaos-tproxy/bpfki), network emulators (GNS3 run as `python3 -m gns3server`, uBridge, CORE's daemons,
 * a Python script named for Containernet), tc's netem tables at /usr/lib/tc, iproute-tc, the ebtables backend chosen by
 * update-alternatives, Arkime and EMANE installed through a `./name*.deb|rpm` glob, wpan-tools, and multiarch's arch-tagged
 * bases. Still missed: Containernet's Ansible install, Mininet-WiFi's util/install.sh, CORE's package named only through an
 * ARG. Of the earlier 3,238 lines, 2,985 were covered and 2,986 are (a Python script named for ZFS, zpool-list.py), and they
 * keep their diagnostics; the corpus is 3,292 lines, covered 3,033 (92.13%), hover the same, diagnostic 485 (14.73%): the
 * covered and hover floors stay at 0.921, the diagnostic floor follows the hover-only lines down to the measured 0.147.
 * Sample 55 (every Dockerfile of sixteen source repositories of widely pulled non-official images: Portainer, Traefik,
 * Vault, Consul, MinIO, Watchtower, Uptime Kuma, Nexus 3, TeamCity, CircleCI cimg/base, blackbox_exporter, Jaeger,
 * Drone's runner, AWS CLI, Rancher; 136 files) added 32 lines, 25 covered before its fixes (78.1%) and 28 after (87.5%):
 * a start script named for starting Docker (TeamCity's run-docker.sh) and Rancher's /var/lib/cni volume. Still missed in
 * this measure: Vault's, Consul's and Rancher's `ENTRYPOINT [...entrypoint.sh]`, whose kernel use is only in the script
 * (the editor, which passes the script, reads Vault's and Consul's now: `#!/usr/bin/dumb-init /bin/sh` is a shell).
 * The corpus is 3,326 lines, covered 92.2% (3,068), hover 92.2%, diagnostic 14.8% (nine Windows bases): covered/hover
 * stay at 0.922, diagnostic goes up to 0.147.
 * Merged (samples 53, 54, 55, J4 and precision audit 1): 3,386 lines, covered 92.4% (3,127), hover the same, diagnostic
 * 14.6%; floors 0.923 / 0.923 / 0.145.
 * recallJ5 (mechanisms, `# sample J5` block): pyroute2 and python-iptables installed with pip, and Mininet's `make
 * install-mnexec`, explained; 4 lines added, 0 covered before, 4 after, and p4mn-docker's install-mnexec line already in
 * the corpus is now covered. The corpus is 3,390 lines, covered 92.2% (3,127) before and 92.4% (3,132) after, hover the
 * same, diagnostic 14.6%; the floors stay at 0.923 / 0.923 / 0.145.
 * Sample 56 (keyword-drawn: find_string on the brief's twenty family strings, bare or in a Dockerfile-shaped variant of
 * the same family, hits taken in the order returned, 67 Dockerfiles read whole) added 135 lines, 119 covered before its
 * fixes (88.1%) and 130 after (96.3%), 50 with a diagnostic (systemd as PID 1, kernel headers for `uname -r`, DKMS and
 * build-time sysctl): devices a LABEL's documented `docker run --device` passes in, Chromium beside ENV
 * PUPPETEER_EXECUTABLE_PATH, programs named for LVM or a CSI node plugin, bootc-base-imagectl build-rootfs, Debian's
 * nfs-server package beside EXPOSE 2049, cuda-drivers-N, /proc/self/attr/current. Still missed: a DPDK 19.05 `make`
 * (its kernel-module build is not in the text), a start script and NI-DAQmx's driver whose text or source is not at
 * hand, a tcpdump install with no use, an `-armhf` tag. The corpus is 3,525 lines, covered 3,262 (92.54%), hover the
 * same, diagnostic 546 (15.49%); the floors rise to those values rounded down.
 * Sample 58, drawn like sample 49 with 35 other generic queries (2 repositories each, 174 Dockerfiles in 66 repositories,
 * sample58-files.tsv): 20 kernel lines in 12 files, 13 covered before its fixes (65.0%) and 18 after (90.0%), hover-only:
 * an image repository with an architecture suffix read as its image (kindest/node-arm64), ufw's /etc/ufw files, Nmap run
 * as root (a raw-packet scanner; one sample-17 negative, `ENTRYPOINT ["nmap"]`, now has that hover), an application run
 * by its language runtime in an image that installs hostapd, Mizar's XDP daemon `mizard`. Still missed: Mizar's link of
 * its XDP objects (/trn_xdp) and an rsyslog.conf copied in whose imklog line is in the copied file. None of the 174 files
 * draws a kernel warning. The corpus is 3,410 lines, covered 92.4% (3,150), hover the same, diagnostic 14.5%: the floors
 * stay at 0.923 / 0.923 / 0.145.
 * Merged (samples 56 and 58): 3,545 lines, covered 92.5% (3,280), hover the same, diagnostic 15.4%; floors 0.925 / 0.925 / 0.154.
 * Sample 57 (keyword draw: find_string over the families-B strings of issue #16, hits taken in order, 61 Dockerfiles)
 * added 74 lines, 66 covered before its fixes (89.2%; one line re-recorded, see its header) and 73 after (98.6%): apk's
 * applet found before its options (`apk --update -t add keepalived`), a start script run through a shell by a relative
 * path, a program built in another stage next to liburing, nvidia-ctk, containers.conf edits, every sysctl.d(5)
 * directory. Still missed: DRBL's `CMD ["drbl4imp -e -b -p 40"]`. The corpus is 3,464 lines, covered 92.52% (3,205),
 * hover the same, diagnostic 14.78% (512): floors 0.925 / 0.925 / 0.147.
 * Merged (samples 56, 57 and 58): 3,619 lines, covered 92.65% (3,353), hover the same, diagnostic 15.5%; floors 0.926 / 0.926 / 0.154.
 * Sample 60 (recall60, drawn like samples 49 and 58 from 35 generic queries of other software kinds, two repositories
 * each: 125 Dockerfiles in 65 repositories, test/recall/sample60-files.tsv) added 10 lines, 8 covered before its fixes
 * (80.0%) and 10 after: i386 packages named by an architecture qualifier (libc6:i386, glibc.i686) and a supplementary-group
 * list in an ENV variable named …GROUPS are explained. No kernel warning on any of its files but the two that earn one.
 * The corpus is 3,400 lines, covered 92.41% (3,142), hover the same, diagnostic 14.6%; measured, covered/hover round down
 * to 0.924, but the floors stay at 0.923 / 0.923 / 0.145 so that sample 58 (merged first, 18 of its 20 lines covered)
 * keeps them met.
 * Merged (samples 56, 57, 58 and 60): 3,629 lines, covered 92.67% (3,363), hover the same, diagnostic 15.5%; floors unchanged.
 * Sample 59 (every Dockerfile of twelve science / bioinformatics / HPC-workflow collections: Singularity, CernVM-FS,
 * Nextflow, Snakemake, rocker-versioned2, Open OnDemand, ESMValTool, the OSG pilot, Galaxy's images, HTCondor, GROMACS and
 * a 40-file prefix of BioContainers; 156 files) added 35 lines, 23 covered before its fixes (65.7%) and 30 after (85.7%),
 * 6 with a diagnostic (systemd as PID 1): Apptainer from conda-forge (micromamba/conda/mamba/pixi installs read by a
 * conda-only table), `apptainer config`, apptainer.conf/singularity.conf edits and APPTAINER_/SINGULARITY_ variables,
 * CernVM-FS (cvmfs2, cvmfsexec, `mount -t cvmfs`, the cvmfs package), Alpine's docker meta package, and a VOLUME the
 * stage declares read with a start script not shown. Still missed here: start scripts whose text is not in the file
 * (Galaxy's start.sh mounting CernVM-FS, HTCondor's start.sh raising RLIMIT_NOFILE, its install-pilot.sh running
 * `singularity exec` at build time). The editor, which reads the copied scripts, covers them (HTCondor's base image once
 * a later `COPY update-config /`, taken for a folder only by guess, no longer hides `COPY start.sh /`). One earlier line gained
 * (nestybox's alpine-supervisord-docker entrypoint, through Alpine's docker package). The corpus is 3,425 lines, covered 92.35% (3,163; 3,155 before the fixes), hover the same, diagnostic 14.66%
 * (502): covered and hover floors stay at 0.923, the diagnostic floor goes to the measured 0.146.
 * Merged (samples 56–60): 3,664 lines, covered 92.63% (3,394), hover the same, diagnostic 15.5%; floors 0.926 / 0.926 / 0.154.
 * Sample 61 (keyword-drawn, families C: find_string on twenty Dockerfile-instruction-shaped strings, or a variant of the
 * same family where one gave no new Dockerfile, hits in the order returned, 70 Dockerfiles read whole) added 71 lines, 56
 * covered before its fixes (78.9%) and 67 after (94.4%), 11 with a diagnostic: OpenRC `rc-update add` of docker, openvpn and
 * iptables, Ubuntu linux-tools-<ABI>-<flavour>, NGC JAX/TensorFlow/MXNet images, akmods, wgrest, Intel RMD, azure-npm,
 * wg-easy. Its sshd control stays silent; kmod-libs lost a false kernel-module warning. The corpus is 3,596 lines, covered
 * 3,329 (92.58%), hover the same, diagnostic 557 (15.49%); the earlier 3,525 keep theirs: the floors stay.
 * Merged (samples 56–61): 3,735 lines, covered 92.66% (3,461), hover the same, diagnostic 15.5%; floors 0.926 / 0.926 / 0.154.
 * Sample 62 (every Dockerfile of twelve VoIP / telephony / WebRTC collections by popularity: rtpengine, andrius' and mlan's
 * Asterisk images, FreeSWITCH's docker/, kamailio-ci, OpenSIPS, coturn, osmocom's docker-playground, drachtio, jambonz,
 * Wazo, a Janus image; 91 files) added 43 lines, 7 covered before its fixes (16.3%) and 42 after (97.7%), 1 with a
 * diagnostic: Asterisk started with -p and FreeSWITCH started without -np/-lp (real-time priority; 30 of the lines are
 * andrius' generated images), rtpengine as the command (in-kernel forwarding through nft_rtpengine unless its table is
 * negative), runit's runsvdir and s6-svscan as process supervisors over what the stage installs (an nftables loader).
 * Still missed: FreeSWITCH's base_image ENTRYPOINT, whose script (not in the file) starts freeswitch. The corpus is 3,588
 * lines, covered 92.59% (3,322), hover the same, diagnostic 15.25% (547): the new lines are hover-only (every target has
 * what they use), so the diagnostic floor follows the mix to 0.152 (no line lost its diagnostic); the others stay.
 * Merged (samples 56–62): 3,778 lines, covered 92.72% (3,503), hover the same, diagnostic 15.4% (the hover-only lines of sample 62 take it just under 0.154); floors 0.927 / 0.927 / 0.153.
 * The sixty-third sample (every Dockerfile of 37 linuxserver.io and 5 hotio home-server repositories in popularity order,
 * with the s6-overlay scripts their `COPY root/ /` installs; 84 Dockerfiles, 174 scripts) added 19 lines, 7 covered before
 * its fixes (36.8%) and 14 after (73.7%), hover-only: QTWEBENGINE_DISABLE_SANDBOX, Firefox sandbox prefs written through a
 * variable, hotio's vpn bases. The 5 still missed are `COPY root/ /` lines whose kernel use only the copied s6 scripts show
 * (fail2ban started with iptables bans, openvpn-as' mknod of /dev/net/tun, Home Assistant's setcap for Bluetooth,
 * chromium run with --no-sandbox), left to the copied-scripts mechanism. The earlier 3,664 lines keep their 3,394; the
 * corpus is 3,683 lines, covered 92.53% (3,408), hover the same, diagnostic 15.4%: floors 0.925 / 0.925 / 0.154.
 * Merged (samples 56–63): 3,797 lines, covered 92.63% (3,517), hover the same, diagnostic 15.3%; sample 63's five `COPY root/ /` lines whose kernel use only the copied s6 scripts show take covered/hover to 0.926.
 * The official Silverblue/Kinoite images on quay.io/fedora read as bootable (integrator): sample 61's `dnf in kmod-nvidia`
 * in one is explained, no longer reported, so the diagnostic floor follows to 0.152; covered and hover unchanged.
 * The sixty-fifth sample (every Dockerfile of the most-starred blockchain node, validator and miner collections: five
 * xmrig images, Bitcoin Core, geth, Lighthouse, reth, Gaia, Lotus, Chia, Monero, Blockbook, Fabric, Agave, then Besu,
 * Teku, AvalancheGo and Nimbus; 95 Dockerfiles and 11 start scripts) added 18 lines, 14 covered before its fix (77.8%)
 * and 18 after: XMRig as the command (its RandomX start loads the msr driver, writes MSRs and maps huge pages) and a
 * start script named for it, hover-only. Node images are plain applications. The corpus is 3,815 lines, covered
 * 92.66% (3,535), hover the same; the hover-only lines take the diagnostic share just under 15.3% with no line losing
 * its diagnostic, so that floor follows the mix to 0.152.
 * Merged (samples 56–63, 65): 3,815 lines, covered 92.66% (3,535), hover the same, diagnostic 15.2%; floors 0.926 / 0.926 / 0.152.
 * Sample 64 (every Dockerfile of twelve mail-server / IDS / honeypot collections by popularity: T-Pot's docker/ first 30,
 * cowrie, dionaea, OpenCanary, Maltrail, maddy, mox, Conpot, OSSEC, iRedMail, Stalwart, SNARE; 77 files) added 17 lines,
 * 14 covered before its fixes (82.4%) and 16 after (94.1%), hover-only: a start command handed the default route's
 * interface (`-i $(ip route | grep default | awk '{ print $5 }')`, T-Pot's fatt and glutton). Still missed: iRedMail's
 * `COPY ./config/. /`, whose fail2ban iptables bans only the copied jail files show. The earlier 3,797 lines keep their
 * 3,517 covered and 581 diagnostics; the corpus is 3,814 lines, covered 92.63% (3,533), hover the same, diagnostic 15.23%
 * (581): the new lines are hover-only, so the diagnostic floor follows the mix to 0.152; the others stay.
 * Merged (samples 56–65): 3,832 lines, covered 92.67% (3,551), hover the same, diagnostic 15.1% (the hover-only lines of samples 64 and 65 together); floors 0.926 / 0.926 / 0.151.
 * Sample 66 (keyword-drawn, families D: find_string on twenty module, kernel-package, device, init/cgroup and
 * sysctl/capability strings, or a Dockerfile-shaped variant where a string hit no Dockerfile; 74 Dockerfiles) added 129
 * lines, 125 covered before its fixes (96.9%) and 129 after, 68 with a diagnostic (systemd as PID 1, sysctl writes at
 * build time): Intel's AESM service and /dev/isgx (the host's SGX driver), sshuttle (netfilter), systemd's own options as
 * the CMD of a wrapper ENTRYPOINT, services registered to start at boot read by their names (chkconfig, update-rc.d,
 * systemctl enable; also an earlier `rc-update add openvpn-serv` line). The corpus is 3,961 lines, covered 92.93% (3,681),
 * hover the same, diagnostic 16.36% (648): floors 0.929 / 0.929 / 0.163.
 * Sample 69 (every Dockerfile of twelve enterprise-vendor image repositories by popularity: Oracle's docker-images, its
 * first 40 in path order and then OracleDatabase/'s first 30, IBM MQ, Couchbase, Splunk, Confluent, Hazelcast,
 * MarkLogic, Instana, Neo4j, Vertica, Informix, the Dynatrace operator; 192 files) added 22 lines, 5 covered before its
 * fixes (22.7%) and 18 after (81.8%), hover-only: commands registered in /etc/rc.local (only an init runs them) and the
 * start program of such a stage (Oracle RAC's `ENTRYPOINT /usr/bin/$INITSH`, which boots systemd), the Instana agent's
 * /opt/instana/agent. Still missed: the RAC storage server's `CMD exec $SCRIPT_DIR/$RUN_FILE` (its kernel NFS server is
 * in runOracle.sh, not in the file) and a RAC patch image whose init comes from its base. The earlier 3,832 lines keep
 * their 3,551 covered and 580 diagnostics; the corpus is 3,854 lines, covered 92.61% (3,569), hover the same,
 * diagnostic 15.05% (580): the new lines are hover-only, so the diagnostic floor follows the mix to 0.150.
 * Merged (samples 56–66, 69): 3,983 lines, covered 92.87% (3,699), hover the same, diagnostic 16.27% (648); floors 0.928 / 0.928 / 0.162.
 * Sample 70 (legacy-era 2014–2018 collections by popularity: Fedora-Dockerfiles' first 30, sequenceiq's Hadoop, Ambari,
 * Spark and PAM images, dockerfile/*, progrium/docker-consul, million12, frol/docker-alpine-glibc, jpetazzo/dind,
 * ansible-container, phusion/baseimage-docker; 71 Dockerfiles, 34 scripts) added 23 lines, 19 covered before its fixes
 * (82.6%) and 22 after: CentOS 6 userlands behind early image names (tianon/centos:6.5, sequenceiq/pam:centos-6.5,
 * sequenceiq/hadoop-docker:2.6.0) now resolve and draw vsyscall-required on debian-12. Still missed: cockpit-ws's
 * atomic-run CMD (its nsenter is only in the script). The earlier 3,832 lines keep their 3,551 covered and 580
 * diagnostics; the corpus is 3,855 lines, covered 92.69% (3,573), hover the same, diagnostic 15.28% (589): floors
 * 0.926 / 0.926 / 0.152.
 * Merged (samples 56–66, 69, 70): 4,006 lines, covered 92.88% (3,721), hover the same, diagnostic 16.40% (657); floors 0.928 / 0.928 / 0.164.
 * Sample 67 (keyword-drawn, families E: containers in containers, foreign arch, storage/network services, netfilter,
 * BPF/tracing, Windows; 60 Dockerfiles by find_string in the order returned) added 57 lines, 47 covered before its fixes
 * (82.5%) as first recorded, 52 once five snippets carried context their files really have, 55 after (96.5%): qemu-*-static
 * copies named through a build variable or glob, and start scripts the Dockerfile writes with echo lines or a heredoc,
 * explained on the ENTRYPOINT/CMD that runs them. Still missed: an EXPOSE 38412 without /sctp, and a Windows base whose
 * name does not say Windows. The earlier 3,832 lines keep their 3,551 covered and 580 diagnostics; the corpus is 3,889
 * lines, covered 92.72% (3,606), hover the same, diagnostic 15.25% (593): floors 0.927 / 0.927 / 0.152.
 * Merged (samples 56–67, 69, 70): 4,063 lines, covered 92.94% (3,776), hover the same, diagnostic 16.49% (670); floors 0.929 / 0.929 / 0.164.
 * Sample 68 (recall68, drawn like samples 49, 58 and 60 from 35 other generic queries, two repositories each: 123
 * Dockerfiles in 66 repositories, test/recall/sample68-files.tsv) added 23 lines, 18 covered before its fixes (78.3%)
 * and 23 after: a USER's device group (`USER nobody:audio`), paddlepaddle-gpu, OpenWrt's opkg and its kmod-* module
 * packages (reported: modules of OpenWrt's kernel), iptables rules echoed into OpenWrt's /etc/firewall.user, Chromium
 * installed in a stage that runs a Node.js program (npm, node …). No kernel warning on any of its files but OpenWrt's,
 * on kernel lines. The corpus is 3,855 lines, covered 92.71% (3,574), hover the same, diagnostic 15.10% (582; the
 * earlier 3,832 keep their 580): covered and hover floors rise to the measured 0.927, the diagnostic floor follows the
 * hover-only mix to 0.150.
 * Merged (samples 56–70): 4,086 lines, covered 92.98% (3,799), hover the same, diagnostic 16.45% (672); floors 0.929 / 0.929 / 0.164.
 * Sample 72 (keyword-drawn, families G: common install-and-use lines; 86 Dockerfiles by find_string in the order returned,
 * test/recall/sample72-files.tsv) added 83 lines, 81 covered before its fixes (97.6%) and 83 after: OpenRC entering its
 * runlevel (and an init as PID 1) lists what the services registered for boot use on the start word, and `dkms
 * remove|uninstall|unbuild` in a build step is explained as acting on the build machine's kernel release. 32 of the 83
 * carry a diagnostic. The earlier 4,086 lines keep their 3,799 covered and 672 diagnostics; the corpus is 4,169 lines,
 * covered 93.12% (3,882), hover the same, diagnostic 16.89% (704): floors 0.931 / 0.931 / 0.168.
 * Sample 71 (keyword-drawn, families F: install-and-run shaped strings such as `CMD ["dockerd"`, `COPY sysctl.conf /etc/`,
 * `ENTRYPOINT ["/usr/sbin/openvpn"`, hits in the order returned, 76 Dockerfiles read whole, sample71-files.tsv) added 99
 * lines, 89 covered before its fixes (89.9%) and 98 after (99.0%), 31 with a diagnostic (build-time sysctl files, systemd as
 * PID 1, Windows .NET Framework bases): linuxserver.io's arch-prefixed tags (`lsiobase/nginx:arm64v8-3.10`) and Hypriot's
 * rpi-* images (ARMv6) with their RUN steps, dockerd's containerd snapshotter in daemon.json, mkinitcpio's configuration,
 * programs named for tcpdump, lm-sensors or docker-ipv6nat, and a start script read with what the stages it is built on
 * prepare. Still missed: an unclosed heredoc into /etc/sysctl.conf (its `END` is indented). The earlier 3,832 lines keep
 * their coverage; the corpus is 3,931 lines, covered 92.83% (3,649), hover the same, diagnostic 15.54% (611): floors
 * 0.928 / 0.928 / 0.155.
 * Merged (samples 56–72): 4,268 lines, covered 93.25% (3,980), hover the same, diagnostic 17.22% (735); floors 0.932 / 0.932 / 0.172.
 * recallJ7 (no new sample: the 287 uncovered lines grouped by cause, general mechanisms added for those a real unseen
 * Dockerfile would also trigger) covered 13 more: a call of a function the same RUN declares, whose body runs a command
 * with its positional parameters (AWS Neuron's install_apt_package, 3 lines); ENV INITSYSTEM on under a resin/ image;
 * balena images' architecture from their name; syz-manager, envbox, Cilium's bpftool image, judge0/compilers,
 * DAPPER_RUN_ARGS with --privileged, .deb files in a directory named after the package, units masked with
 * `ln -s /dev/null`. Most of the rest is a start or install script whose text is not in the Dockerfile. 4,086 lines,
 * covered 93.29% (3,812), hover the same, diagnostic 16.47% (673): floors 0.932 / 0.932 / 0.164.
 * Merged (samples 56–72, J7): 4,268 lines, covered 93.56% (3,993), hover the same, diagnostic 17.24% (736); floors 0.935 / 0.935 / 0.172.
 * Sample 74 (recall74, drawn like samples 49, 58, 60 and 68 from 25 other generic queries, two repositories each: 100
 * Dockerfiles in 42 repositories, test/recall/sample74-files.tsv) added 4 lines, all 4 covered before any fix (an
 * nvidia/cuda base, pam_loginuid made optional, CentOS 6.6 with vsyscall-required on debian-12, i386 multiarch), and
 * no kernel finding on its 96 other files. The corpus is 4,272 lines, covered 93.56% (3,997), hover the same,
 * diagnostic 17.25% (737): floors stay 0.935 / 0.935 / 0.172.
 * Sample 73 (keyword-drawn, families H: twenty run-time shaped strings such as `CMD ["wg-quick"`, `CMD ["tcpdump"`,
 * `CMD ["/usr/sbin/ntpd"`, hits in the order returned, 76 Dockerfiles read whole, sample73-files.tsv) added 73 lines, 64
 * covered before its fixes as first recorded (87.7%), 65 once the Puppeteer entry measured its chromium install line, and
 * 72 after (98.6%), 14 with a diagnostic: capture programs started as the command (tcpdump, tshark, dumpcap, softflowd;
 * not with -r, -D, help or version), Alpine's `akms install|build` read as a module build like DKMS's, and a browser
 * driven through Karma's ENV CHROME_BIN. Still missed: a RUN in an arm64 Gentoo image known only by its name
 * (gentoo-on-rpi3-64bit). The earlier 4,268 lines keep their 3,993 covered; the corpus is 4,341 lines, covered 93.64%
 * (4,065), hover the same, diagnostic 17.28% (750): floors 0.936 / 0.936 / 0.172.
 * Merged (samples 56–74, J7): 4,345 lines, covered 93.65% (4,069), hover the same, diagnostic 17.28% (751); floors 0.936 / 0.936 / 0.172.
 * Sample 75 (keyword-drawn, families I: ten strings free of `RUN modprobe` such as `ENTRYPOINT ["/usr/bin/dockerd"`,
 * `RUN echo 1 > /proc`, `CMD ["rsyslogd"`, hits in the order returned, 21 Dockerfiles read whole, sample75-files.tsv)
 * added 14 lines, all 14 covered before any fix (100%), 9 with a diagnostic: Docker-in-Docker ENTRYPOINTs, /proc/sys
 * writes and sysctl -p at build, iptables NAT at build, a DKMS package, mknod /dev/net/tun, setcap on auditd,
 * apparmor_parser -r at build; its 3 negatives stay silent. The corpus is 4,359 lines, covered 93.67% (4,083), hover
 * the same, diagnostic 17.44% (760): floors 0.936 / 0.936 / 0.174.
 * Sample 78 (keyword-drawn, families L: other spellings of network, storage, tracing and Windows lines such as
 * `update-alternatives --set iptables`, `ENTRYPOINT ["zerotier-one"`, `FROM sysdig/`, `SHELL ["powershell"`, `RUN dism`,
 * hits in the order returned, 35 Dockerfiles read whole, sample78-files.tsv; bridge, netns, CIFS, ceph-fuse, sshfs and
 * rclone spellings found no Dockerfile) added 45 lines, 37 covered before its fixes (82.2%) and 44 after (97.8%), 18 with a
 * diagnostic: Libreswan or strongSwan built from a release tarball (so EXPOSE 500/4500 is IKE), Mininet-WiFi's installer
 * under any directory, falcosecurity/falco-no-driver, Falco's and Sysdig's source archives, sysdig-probe-loader and SysFlow's
 * sysporter. Still missed: an eBPF program copied in, known only by its directory name. The earlier 4,359 lines keep their
 * 4,083 covered; the corpus is 4,404 lines, covered 93.71% (4,127), hover the same, diagnostic 17.67% (778): floors
 * 0.937 / 0.937 / 0.176.
 * Sample 77 (keyword-drawn, families K: containers in containers, sandboxes, VMs, init/cgroups in other spellings, such
 * as `docker:stable-dind`, `containerd &`, `systemd-sysv`, and Dockerfile-shaped variants where a string hit no
 * Dockerfile: `FROM kindest/node`, `FROM rancher/k3s`, `FROM gcr.io/k8s-minikube/kicbase`, `ENTRYPOINT ["nsenter"`; 33
 * Dockerfiles read whole, sample77-files.tsv) added 40 lines, 37 covered before its fixes (92.5%), 5 with a diagnostic;
 * its 6 negatives stay silent. After its fixes (`k3c daemon` and /var/lib/rancher/k3c as a nested container engine; a
 * sed replacement that opens an `if …; then` in an entrypoint read inside a frame that closes it) 40/40. The corpus is
 * 4,399 lines, covered 93.73% (4,123), hover the same, diagnostic 17.39% (765): the new lines are mostly hover-only
 * (node images, nsenter), so the diagnostic floor follows the mix to 0.173; floors 0.937 / 0.937 / 0.173.
 * Merged (samples 77, 78): 4,444 lines, covered 93.77% (4,167), hover the same, diagnostic 17.62% (783); floors 0.937 /
 * 0.937 / 0.176.
 * Sample 80 (keyword-drawn, families M: the issue's own words such as `ostree container commit`, `yum swap`,
 * `VOLUME /sys/fs/cgroup`, `/etc/subgid`, `binfmt-support`, or same-family variants where they held no Dockerfile; 49
 * Dockerfiles read whole, sample80-files.tsv) added 70 lines, 64 covered before any fix (91.4%): missed were CachyOS
 * kernels (pacman linux-cachyos, the kernel-cachyos COPR), a DPDK build directory under an opaque start script, a Go
 * storage agent beside lvm2/zfs/drbd-utils, Debian wheezy's eglibc 2.13 (vsyscall) and falcosecurity/falco-no-driver
 * (which sample 78 had added meanwhile). After the fixes 70/70, 31 with a diagnostic; its 6 negatives stay silent.
 * Measured on main before samples 77 and 78 came in: 4,429 lines, covered 93.77% (4,153), diagnostic 17.86% (791).
 * With them (main merged in): 4,514 lines, covered 93.86% (4,237), hover the same, diagnostic 18.03% (814): the 4,444
 * earlier lines keep their 4,167 covered and 783 diagnostics; floors 0.938 / 0.938 / 0.180.
 * Sample 76 (keyword-drawn, families J: modules, kernel packages, devices and sysctls in other spellings; eighteen of the
 * twenty bare strings hit no Dockerfile and were replaced by Dockerfile-shaped variants; 63 Dockerfiles read whole,
 * sample76-files.tsv) added 130 lines, 114 covered before its fixes (87.7%) and 128 after (98.5%), 60 with a diagnostic
 * (sysctl.conf writes and sysctl -w/-p at build, kernel and header packages): plugdev, ALSA hw devices, Puppeteer's
 * browser download, /etc/chromium.d flags, gammu-smsd, cuDNN, Jupyter's arch tags, modules{,_install}, a program
 * compiled in the final stage. The earlier 4,359 lines keep their 4,083 covered; the corpus is 4,489 lines, covered
 * 93.81% (4,211), hover the same, diagnostic 18.27% (820): floors 0.938 / 0.938 / 0.182.
 * Merged (samples 76, 80): 4,644 lines, covered 93.99% (4,365), hover the same, diagnostic 18.84% (875); floors 0.939 /
 * 0.939 / 0.188.
 * Sample 79 (drawn like 49, 58, 60, 68 and 74 from 25 other generic "Dockerfile <kind of software>" look-ups, 83
 * Dockerfiles in 44 repositories read whole, sample79-files.tsv) added 4 lines, 2 covered before its fix (50%) and 3
 * after: Debian 7 (wheezy) now carries its eglibc 2.13, so vsyscall-required reports it where the target runs
 * vsyscall=none. Still missed: FROM steeve/cross-compiler:base, the repository's own wheezy image, unknown from the file.
 * No kernel finding on its 79 files without a kernel line. The corpus is 4,363 lines, covered 93.65% (4,086), hover
 * the same, diagnostic 17.44% (761): floors stay 0.936 / 0.936 / 0.174.
 * Merged (sample 79; its wheezy eglibc row was the same fact sample 80 added, kept once): 4,648 lines, covered 93.98%
 * (4,368), hover the same, diagnostic 18.85% (876); floors 0.939 / 0.939 / 0.188.
 * Sample 81 (keyword-drawn, families N: run-time network, mounts, /proc and /sys writes, capabilities; the brief's
 * strings or same-family `RUN …` variants where they hit no Dockerfile; 29 Dockerfiles read whole, sample81-files.tsv)
 * added 33 lines, 32 covered before any fix (97.0%): missed was a schroot session in RUN (its setup mounts the
 * profile's filesystems: no CAP_SYS_ADMIN in a build step), and systemd linked to /usr/sbin/dind_init by a RUN was
 * known only by its name. After the fixes 33/33, 9 with a diagnostic; its 5 negatives stay silent. Measured on this
 * branch: 4,547 lines, covered 93.91% (4,270), hover the same, diagnostic 18.10% (823); the 4,514 earlier lines keep
 * their 4,237 covered and 814 diagnostics; floors 0.939 / 0.939 / 0.180.
 * Merged (sample 81): 4,681 lines, covered 94.02% (4,401), hover the same, diagnostic 18.90% (885); floors 0.940 / 0.940 /
 * 0.189.
 * Sample 82 (keyword-drawn, families O: GPUs, accelerators, real time, namespaces, kernel knobs; 33 Dockerfiles,
 * sample82-files.tsv) added 64 lines, 59 covered before its fixes (92.2%) and 64 after, all hover-only (every target
 * has the GPU drivers' kernel side; the host driver is what they need): package names spelled through an ARG, also with
 * bash's `${VAR/./-}` (cuda-compat-${CUDA_VERSION/./-}), pip specs with a variable after the pin, rocm/vllm, a started
 * torch.cuda check, nvidia_smi_exporter. Its 7 negatives (print-only `RUN uname -r`, RUN-local `ulimit -c`) stay
 * silent. The corpus is 4,712 lines, covered 94.06% (4,432), hover the same, diagnostic 18.59% (876, as before: the
 * hover-only mix moves the share, no rule detects less): floors 0.940 / 0.940 / 0.185.
 * Sample 83 (keyword-drawn, families P: network and hardware services such as zebra, hostapd, bluetoothd, lldpd, gpsd,
 * smartd, conntrackd; eighteen of the twenty bare strings hit no Dockerfile and were replaced by Dockerfile-shaped
 * variants; 51 Dockerfiles read whole, sample83-files.tsv) added 18 lines, 16 covered before its fixes (88.9%) and 18
 * after: lldpd as the command (packet sockets on every interface) and a device path among several words of one
 * exec-form argument (gpsd given "-b -G -n /dev/ttyS4"). All 18 are hover-only (the images bring what these daemons need; only the run
 * flags are missing), so the diagnostic share falls by the mix alone: 4,666 lines, covered 94.00% (4,386), hover the
 * same, diagnostic 18.77% (876); floors 0.939 / 0.939 / 0.187. Its 3 negatives stay silent.
 * Merged (samples 82, 83): 4,763 lines, covered 94.12% (4,483), hover the same, diagnostic 18.58% (885, as before: both
 * samples' lines are hover-only); floors 0.941 / 0.941 / 0.185.
 * Sample 84 (keyword-drawn, families Q: foreign-architecture bases, legacy userlands, Windows bases; fourteen of the
 * brief's twenty `FROM …` strings, 84 Dockerfiles read whole, sample84-files.tsv) added 149 lines, 141 covered before its
 * fixes (94.6%) and 148 after, 47 with a diagnostic: CentOS 5 now carries glibc 2.5, so vsyscall-required reports it on
 * vsyscall=none targets; SUSE's -32bit packages and Ubuntu's ia32-libs explain IA-32 emulation. Still missed: a named
 * stage's FROM measured without the cross-build steps of its file. Its 6 negatives stay silent. The 4,681 earlier lines
 * keep their 4,401 covered and 885 diagnostics; the corpus is 4,830 lines, covered 94.18% (4,549), hover the same,
 * diagnostic 19.30% (932): floors 0.941 / 0.941 / 0.192.
 * Merged (sample 84): 4,912 lines, covered 94.28% (4,631), hover the same, diagnostic 18.97% (932); floors 0.942 / 0.942 /
 * 0.189.
 * Sample 85 (keyword-drawn, families R: modules, kernel packages, block devices and storage; none of the brief's twenty
 * strings hit a Dockerfile as written, so Dockerfile-shaped variants of each family were drawn, 27 Dockerfiles read whole,
 * sample85-files.tsv) added 20 lines, 15 covered before its fixes (75.0%) and 18 after, 6 with a diagnostic:
 * alpine-make-vm-image (qemu-nbd attach and mount) copied in or run, linux-source, kernel-package and make-kpkg (a kernel
 * built for a machine that boots it) now explain themselves. Still missed: a 32-bit base known only by its name, and
 * cirros' grab-kernels, whose text is not in the file. Its 11 negatives stay silent. The corpus is 4,932 lines, covered
 * 94.26% (4,649), hover the same, diagnostic 19.02% (938): floors 0.942 / 0.942 / 0.190.
 * Sample 86 (keyword-drawn, families S: netfilter/netlink, network knobs, containers in containers, VMs in other
 * spellings; no bare string hit a Dockerfile, each replaced by a Dockerfile-shaped variant; 43 Dockerfiles read whole,
 * sample86-files.tsv) added 51 lines, 49 covered before its fixes (96.1%) and 51 after, 31 with a diagnostic (sysctl.conf
 * and sysctl.d written at build, sysctl -w and ip6tables at build, wheezy-based mongo:3.0/nginx:1.7/ruby bases): QEMU's
 * KVM options kept in an ENV value (QEMU_OPTS="-enable-kvm …", accel=kvm) and nestybox/alpine-supervisord-docker. Its 7
 * negatives (QEMU under TCG, libguestfs's VM kernel, commented sysctl) stay silent. The 4,912 earlier lines keep their
 * 4,631 covered and 932 diagnostics; the corpus is 4,963 lines, covered 94.34% (4,682), hover the same, diagnostic
 * 19.40% (963): floors 0.943 / 0.943 / 0.194.
 * Merged (samples 85, 86): 4,983 lines, covered 94.32% (4,700), hover the same, diagnostic 19.44% (969); floors 0.943 /
 * 0.943 / 0.194.
 * Sample 87 (keyword-drawn, families T: tracing, security modules, cgroup tools, nspawn, Windows features; 18 of the 20
 * strings replaced by Dockerfile-shaped variants, 29 Dockerfiles read whole, sample87-files.tsv) added 45 lines, 42
 * covered before its fixes (93.3%) and 45 after: setsebool as SELinux policy state, a kernel chosen through a package
 * query in a substitution (`dnf install $(dnf list --available kernel\* | tail -1)`), AlmaLinux's Atomic desktop images
 * as bootable (their kernel and DKMS installs no longer reported: two wrong warnings, so diagnostics 18 → 16). Its 9
 * negatives stay silent. The 4,912 earlier lines keep their 4,631 covered and 932 diagnostics; the corpus is 4,957
 * lines, covered 94.33% (4,676), hover the same, diagnostic 19.12% (948): floors 0.943 / 0.943 / 0.191.
 * Merged (sample 87): 5,028 lines, covered 94.37% (4,745), hover the same, diagnostic 19.59% (985); floors 0.943 /
 * 0.943 / 0.195.
 * Sample 88 (keyword-drawn, families U: init systems and containers in containers; fifteen of the brief's twenty strings
 * hit no Dockerfile as written and were drawn by Dockerfile-shaped variants, 52 Dockerfiles, sample88-files.tsv) added 29
 * lines, 27 covered before its fixes (93.1%) and 29 after, 13 with a diagnostic (systemd as PID 1, `systemctl start` at
 * build): OpenRC's `rc-service` of the docker, openvpn and iptables init scripts, and a process supervisor's start
 * (s6-overlay's /init, runsvdir) listing the services its service folders name (s6-rc.d/dockerd) now explain themselves.
 * Its 17 negatives stay silent. The corpus is 4,961 lines, covered 94.30% (4,678), hover the same, diagnostic 19.17%
 * (951): floors 0.942 / 0.942 / 0.191.
 * Merged (sample 88): 5,057 lines, covered 94.40% (4,774), hover the same, diagnostic 19.73% (998); floors 0.944 /
 * 0.944 / 0.197.
 * Sample 89 (keyword-drawn, families V: kernel knobs, limits, proc/sys paths; only fs.aio-max-nr hit a Dockerfile as
 * written, the rest through Dockerfile-shaped variants; 37 Dockerfiles read whole, sample89-files.tsv) added 28 lines, 25
 * covered before its fixes (89.3%) and 28 after, 22 with a diagnostic (sysctl -w / -p and /proc/sys writes at build,
 * swapoff -a at build, iptables NAT at build): swapon/swapoff (swap facility, CAP_SYS_ADMIN, a build-time failure),
 * CachyOS kernel flavours (linux-cachyos-deckify and siblings) and jaxlib's +cudaNN.cudnnNN builds now explain
 * themselves. Its 9 negatives (ulimit -c/-n that only lower or keep the hard limit, limits.conf) stay silent. The 4,983
 * earlier lines keep their 4,700 covered and 969 diagnostics; the corpus is 5,011 lines, covered 94.35% (4,728), hover
 * the same, diagnostic 19.78% (991): floors 0.943 / 0.943 / 0.197.
 * Merged (sample 89): 5,085 lines, covered 94.43% (4,802), hover the same, diagnostic 20.05% (1,020); floors 0.944 /
 * 0.944 / 0.200.
 * Sample 90 (keyword-drawn, families W: GPUs, accelerators, RDMA and media devices in other spellings; 47 Dockerfiles,
 * 40 with kernel lines) added 77 lines, 67 covered before its fixes (87.0%) and 77 after, none with a diagnostic (every
 * target has what they use): Neuron DLCs named by their tag, NVIDIA's Holoscan dGPU image, __GLX_VENDOR_LIBRARY_NAME=nvidia,
 * rigaya's qsvencc/nvencc, jellyfin-ffmpeg, the Edge TPU Python API, .deb files listed for `wget -i` and installed by a
 * glob (package patterns now count there). Its 4 negatives stay silent. The corpus is 5,134 lines, covered 94.49%
 * (4,851), hover the same, diagnostic 19.44% (998, the earlier lines keep theirs): the hover-only mix moves the
 * diagnostic floor to 0.194; floors 0.944 / 0.944 / 0.194.
 * Sample 91 (keyword-drawn, families X: module loading and kernel introspection at start; none of the fourteen bare
 * strings looked up hit a Dockerfile, so Dockerfile-shaped variants drew it; 34 Dockerfiles read whole,
 * sample91-files.tsv) added 38 lines, 34 covered before its fixes (89.5%) and 37 after, 9 with a diagnostic: bootc's
 * /usr/lib/bootc/kargs.d and zram-generator.conf (with its drop-ins) are now boot-chain paths explained on hover; an
 * initramfs build known only by a script's name stays missed. Its 12 negatives (printing /proc/version, /proc/cpuinfo,
 * /proc/meminfo at build) stay silent. The corpus is 5,123 lines, covered 94.46% (4,839), hover the same, diagnostic
 * 20.09% (1,029): floors stay 0.944 / 0.944 / 0.200.
 * Merged (samples 90, 91): 5,200 lines, covered 94.53% (4,916), hover the same, diagnostic 19.78% (1,029); floors 0.945 /
 * 0.945 / 0.197 (the diagnostic floor follows the hover-only mix of sample 90).
 * Sample 92 (keyword-drawn, families Y: Windows and foreign-architecture bases in other spellings; 61 Dockerfiles in
 * find_string hit order, sample92-files.tsv) added 151 lines, 115 covered before its fixes (76.2%) and 151 after, 43
 * with a diagnostic (Windows bases on the Linux targets): Docker Hub's arm32v5/ and pre-2017 armel/, armhf/, aarch64/
 * namespaces, the architecture of a stage followed into stages FROM it, and `--platform=windows/…` on any image now
 * explain themselves. Its 2 negatives (amd64/ bases) stay silent. The 5,085 earlier lines keep their 4,802 covered and
 * 1,020 diagnostics; the corpus is 5,236 lines, covered 94.60% (4,953), hover the same, diagnostic 20.30% (1,063):
 * floors 0.945 / 0.945 / 0.203.
 * Merged (sample 92): 5,351 lines, covered 94.69% (5,067), hover the same, diagnostic 20.03% (1,072); floors 0.946 /
 * 0.946 / 0.200.
 * Sample 93 (keyword-drawn, families Z: cgroup v1 paths, storage and protocol services, io_uring in other spellings; of
 * the twenty bare strings only four hit Dockerfiles and none held a new kernel line, so Dockerfile-shaped variants drew it:
 * 19 new Dockerfiles read whole, sample93-files.tsv) added 12 lines, 10 covered before its fixes (83.3%) and 11 after, 5
 * with a diagnostic (NFS mounts at build, VOLUME /sys/fs/cgroup and systemd as init): a start script's cgroup paths
 * spelled through its own variable (CGROUP_ROOT=/sys/fs/cgroup, then "$CGROUP_ROOT/cgroup.subtree_control") are now
 * explained on hover; a Firecracker API server whose need for /dev/kvm only a comment states stays missed. Its 8
 * negatives (port 3260 of ordinary services and a user-space iSCSI target, SCTP/io_uring libraries installed to build,
 * NFS and cgroup2 mounts commented out) stay silent. The corpus is 5,212 lines, covered 94.53% (4,927), hover the same,
 * diagnostic 19.84% (1,034): floors 0.945 / 0.945 / 0.198.
 * Merged (sample 93): 5,363 lines, covered 94.69% (5,078), hover the same, diagnostic 20.08% (1,077); floors 0.946 /
 * 0.946 / 0.200.
 * Sample 97 (keyword-drawn, families AD: DPDK/SPDK, real time, CPU and memory tuning; none of the twenty bare strings hit
 * a Dockerfile, so Dockerfile-shaped variants drew it: 19 new Dockerfiles read whole, sample97-files.tsv) added 7 lines, 5
 * covered before its fixes (71.4%) and 7 after, 3 with a diagnostic (linux-virtual and dkms, a kernel-headers install,
 * `uname -r` naming /lib/modules at build): a program started with DPDK EAL options (--file-prefix, --socket-mem,
 * --single-file-segments …) whatever its name, and DPDK's legacy make target (`make install T=$RTE_TARGET`, which builds
 * igb_uio and KNI against the build machine's /lib/modules/$(uname -r)/build) now explain themselves. Its 10 negatives
 * (stress-ng as ENTRYPOINT, taskset pinning ordinary programs, DPDK built with its modules off) stay silent. The corpus
 * is 5,370 lines, covered 94.69% (5,085), hover the same, diagnostic 20.11% (1,080): floors 0.946 / 0.946 / 0.201.
 * Sample 95 (keyword-drawn, families AB: routing, VPN, DHCP and IDS daemons; of the twenty bare strings only libreswan hit
 * a Dockerfile, so Dockerfile-shaped variants drew the rest: 46 Dockerfiles read, sample95-files.tsv) added 33 lines, 19
 * covered before its fixes (57.6%) and 33 after, 2 with a diagnostic (mknod /dev/net/tun at build): ISC dhcpd and Kea's
 * kea-dhcp4 as the command and their server packages behind a start script (a new dhcp-server facility: packet sockets,
 * CAP_NET_RAW), Suricata on a capture interface (-i) or inline (-q, NFQUEUE), and an image's own `init` handed the
 * daemon as the CMD (not /sbin/init). The new lines are hover-only by nature (Docker grants NET_RAW; no target lacks
 * packet sockets), so the diagnostic share falls with the mix. Its 3 negatives (suricata --build-info, snort --help, a
 * pptpd start script that is one shebang line of echo text) stay silent. The 5,363 earlier lines keep their 5,078
 * covered and 1,077 diagnostics; the corpus is 5,396 lines, covered 94.72% (5,111), hover the same, diagnostic 20.00%
 * (1,079): floors 0.947 / 0.947 / 0.199.
 * Merged (samples 95 and 97): 5118/5403 covered (94.73%), hover 5118, diagnostic 1082 (20.03%).
 * Sample 94 (keyword-drawn, families AA: devices and hardware through the host kernel; none of the twenty bare strings hit
 * a Dockerfile, so Dockerfile-shaped variants drew it: 44 Dockerfiles read whole, sample94-files.tsv) added 142 lines, 126
 * covered before its fixes (88.7%) and 129 after (90.8%), none with a diagnostic (86 are one arm64v8/ros file's FROM and
 * RUN steps, explained on every target): a Go program built with `go build -o` next to bluez, and balena's ENV UDEV=on,
 * now explain themselves; balena's Pi 5 images and l4t-base RUN steps (no architecture source read) stay missed. Its 9
 * negatives (packages only installed, ENV UDEV=on on images that are not balena's) stay silent. The 5,363 earlier lines
 * keep their 5,078 covered and 1,077 diagnostics; the corpus is 5,505 lines, covered 94.59% (5,207), hover the same,
 * diagnostic 19.56% (1,077): the sample is hover-only, so the floors follow the mix: 0.945 / 0.945 / 0.195.
 * Merged (samples 94, 95 and 97): 5247/5545 covered (94.63%), hover 5247, diagnostic 1082 (19.51%).
 * Sample 96 (keyword-drawn, families AC: sandboxes, online judges and namespace tools in containers; of the twenty bare
 * strings only `isolate --init` hit a Dockerfile, a look-alike, so Dockerfile-shaped variants drew it: 37 Dockerfiles
 * read whole, sample96-files.tsv) added 39 lines, 26 covered before its fixes (66.7%; 27 once an entrypoint's snippet
 * kept the file's COPY line naming its script) and 39 after: setpriv changing capability sets (--inh-caps,
 * --ambient-caps, --bounding-set), chroot into a root of another architecture (filled by dnf --forcearch, debootstrap
 * --arch, mmdebstrap --architectures, or named for one) and a scratch stage made of such a root, kernel packages a
 * bootstrapper includes or an install puts into another root (explained, no longer reported), Judge0's own image. Its
 * 10 negatives (isolate --init without --cg, setpriv --no-new-privs, fakechroot, debootstrap --foreign, a plain chroot,
 * podman --version) stay silent. The corpus is 5,402 lines, covered 94.72% (5,117), hover the same, diagnostic 20.12%
 * (1,087): floors 0.947 / 0.947 / 0.201.
 * Merged (samples 94–97): 5286/5584 covered (94.66%), hover 5286, diagnostic 1092 (19.56%).
 * Sample 99 (keyword-drawn, families AF: engines, orchestrators and package sandboxes started in a container; of the twenty
 * bare strings only crictl hit a Dockerfile, variants drew the rest: 23 Dockerfiles, sample99-files.tsv) added 24 lines, 16
 * covered before its fixes (66.7%) and 24 after, 8 with a diagnostic: snap install/refresh/run through a new snapd facility
 * (a warning in RUN, where no snapd runs and nothing may mount) and flatpak install/update/run/build as a bubblewrap
 * sandbox use (hover only: its triggers fail with a warning). Its 5 negatives (a Nomad server, crictl and `containerd
 * config default`) stay silent. The corpus is 5,427 lines: covered 94.77% (5,143), hover the same, diagnostic 20.08%
 * (1,090); the floors stay at 0.947 / 0.947 / 0.200.
 * Merged (samples 94–97 and 99): 5311/5608 covered (94.70%), hover 5311, diagnostic 1100 (19.61%).
 * Sample 98 (keyword-drawn, families AE: building OS images, root filesystems, ISOs and VM disks in a container; 20 new
 * Dockerfiles read whole, sample98-files.tsv) added 15 lines, 11 covered before its fixes (73.3%) and 15 after, 1 with a
 * diagnostic (Gentoo kernel sources installed with emerge): mkosi's build (its default verb, after options with values
 * such as `-C ./initrd`) and kiwi-ng's `system` commands explain their sandbox and bind mounts, genkernel is a boot tool,
 * and emerge installs are read (atoms with operator, version, slot, USE and repository) against Gentoo's kernel source
 * and distribution kernel packages. The diagnostic share falls with the mix (14 of the 15 lines are hover-only by
 * nature: image builders, initramfs builds and kernels for another machine, libguestfs and KVM starts), no rule detecting
 * less. Its 13 negatives (ISO/squashfs packing, lb config, multistrap into a sysroot, mkosi --version/genkey, guestfish -v)
 * stay silent. The corpus is 5,385 lines, covered 94.71% (5,100), hover the same, diagnostic 20.09% (1,082): floors
 * 0.947 / 0.947 / 0.200.
 * Merged (samples 94–99): 5326/5623 covered (94.72%), hover 5326, diagnostic 1102 (19.60%).
 * Sample 100 (keyword-drawn, families AG: host-monitoring agents and exporters; 58 Dockerfiles read whole,
 * sample100-files.tsv) added 52 lines, 26 covered before its fixes (50.0%) and 50 after (96.2%), none with a diagnostic:
 * Netdata, Datadog and Glances images and commands, gopsutil's HOST_PROC/HOST_SYS and settings pointed at /host/proc,
 * ebpf_exporter, smartctl_exporter, nvidia_gpu_exporter, the host driver's /usr/local/nvidia on PATH and
 * NVIDIA_DISABLE_REQUIRE now explain themselves. Every target has what these agents read, so the lines are hover-only
 * and the diagnostic share follows the mix (19.60% → 19.42%), no rule detecting less. Its 8 negatives stay silent.
 * The corpus is 5,675 lines, covered 94.73% (5,376), hover the same, diagnostic 19.42% (1,102): floors 0.947 / 0.947 /
 * 0.194.
 * The 101st sample (recall101, keyword-drawn, families AH: display, audio and game-streaming stacks; 21 Dockerfiles read
 * whole, sample101-files.tsv) added 21 lines, 16 covered before its fixes (76.2%) and 21 after, all hover-only: a real X
 * server as the command (Xorg opens /dev/tty0 and a VT, then the GPU and input devices), Weston on its DRM or fbdev back
 * end (named, or its default where the image sets no WAYLAND_DISPLAY, WAYLAND_SOCKET or DISPLAY) and a write to
 * oom_score_adj (lowering it needs CAP_SYS_RESOURCE) are now explained. Most lines are NVIDIA variables and every FROM and
 * RUN of two foreign-architecture stages; its 11 negatives (SDL_VIDEODRIVER=dummy|x11, a CMD ["Xorg", …] that only feeds
 * ENTRYPOINT java, jackd/xrdp/PipeWire installs) stay silent. The corpus is 5,644 lines, covered 94.74% (5,347), hover
 * the same, diagnostic 19.53% (1,102): the floors stay 0.947 / 0.947 / 0.195.
 * Merged (samples 94–101): 5397/5696 covered (94.75%), hover 5397, diagnostic 1102 (19.35%).
 * Sample 102 (keyword-drawn, families AI: Android emulation and mobile-device tooling; 27 Dockerfiles read whole,
 * sample102-files.tsv) added 11 lines, 3 covered before its fixes (27.3%) and 11 after, and 4 validation lines drawn
 * after the fixes, covered before and after: redroid's and Docker-Android's emulator images as image triggers (their
 * stages' start scripts name the binder driver or KVM; redroid on RHEL 8 warns on the FROM line), `avdmanager create
 * avd` preparing KVM for the script that boots it, scripts named for starting an AVD or emulator, `detox test` on an
 * emulator configuration (also as a concurrently operand), usbmuxd run. 7 negatives (APK builds, SDK and AVD setup,
 * fastboot and usbmuxd installs, a CMD bash over an emulator base) stay silent. 5,341/5,638 covered (94.73%), hover
 * the same, diagnostic 1,102 (19.55%): floors 0.947 / 0.947 / 0.195 as they were.
 * Merged (samples 94–102): 5412/5711 covered (94.76%), hover 5412, diagnostic 1102 (19.30%).
 * Sample 103 (keyword-drawn by semantic search: the `search` code corpus asked once per family of issue #16's list, the
 * named Dockerfiles taken in rank order; 34 of the 50 named repositories were already covered, 15 new files read,
 * sample103-files.tsv) added 9 lines, 7 covered before its fixes (77.8%) and 9 after, none with a diagnostic (systemd
 * starts, a Windows base, a FUSE CSI driver, podman's image): the Pro Custodibus WireGuard image (wg-quick under OpenRC at
 * start) and a start command in a stage whose ENV spells sysctl keys with `__` for their dots (a tuner script writing
 * /proc/sys). Its 4 negatives (openvpn/iptables, bpftrace and zfswatcher installed with nothing using them, nginx) stay
 * silent. The corpus is 5,632 lines: covered 94.73% (5,335), hover the same, diagnostic 19.66% (1,107); the floors stay
 * at 0.947 / 0.947 / 0.195 (0.195 kept as merged, below the rounded 0.196, for the hover-only mix other samples add).
 * Merged (samples 94–103): 5421/5720 covered (94.77%), hover 5421, diagnostic 1107 (19.35%).
 * Sample 105 (keyword-drawn with find_string on family AK, Kubernetes node networking and mesh VPNs: flanneld,
 * kube-router, kube-proxy, kubelet, nebula, headscale, multus and MetalLB speaker starts, mostly through Dockerfile-shaped
 * variants; 42 files, sample105-files.tsv) added 42 lines, 39 covered before and after (92.9%), none with a diagnostic:
 * the three misses are `ENTRYPOINT ["/speaker"]`, whose name alone does not say MetalLB (the clone, label or COPY path
 * that does is on other lines). Its 9 negatives (headscale's server, other programs named nebula, thin CNI
 * entrypoints, CNI_PATH test images) stay silent. The corpus is 5,762 lines: covered 94.76% (5,460), hover the same,
 * diagnostic 19.25% (1,109), so the diagnostic floor follows the hover-only mix to 0.192.
 * Sample 106 (keyword-drawn, families AL: host security agents, HIDS, audit and runtime detection; 19 Dockerfiles read
 * whole, sample106-files.tsv) added 12 lines, 5 covered before its fixes (41.7%) and 11 after, none with a diagnostic:
 * kube-bench's image and command (host PID namespace, host /etc and /var) now explain themselves; a BPF benchmark
 * runner's exec wrapper stays missed. Its 7 negatives (aide/rkhunter baselines, osqueryd over the container's own
 * tables, the wazuh agent daemon alone) stay silent. The corpus is 5,732 lines: covered 94.77% (5,432), hover the same,
 * diagnostic 19.33% (1,108); the floors stay 0.947 / 0.947 / 0.193.
 * Merged (samples 94–103, 105 and 106): 5471/5774 covered (94.75%), hover 5471, diagnostic 1110 (19.22%).
 * Sample 104 (keyword-drawn, families AJ: time, keyrings, quotas and file attributes, as `RUN <cmd>` variants; 12
 * Dockerfiles read whole, sample104-files.tsv) added 13 lines, 10 covered before its fixes (76.9%) and 13 after:
 * chattr changing the immutable or append-only flag (CAP_LINUX_IMMUTABLE, a build-step failure) and setfattr on
 * security.capability (file capabilities) or other security.* or trusted.* names (CAP_SYS_ADMIN). 5 negatives (user.*
 * xattrs, a swap file never swapped on, ntpdate installed, a commented-out chattr) stay silent. Measured on main + sample 104: 5,434/5,733
 * covered (94.78%), hover 5,432, diagnostic 1,117 (19.48%): floors 0.947 / 0.947 / 0.193 kept (merged mix).
 * Merged (samples 94–106): 5484/5787 covered (94.76%), hover 5482, diagnostic 1120 (19.35%).
 */
const FLOOR = { covered: 0.947, hover: 0.947, diagnostic: 0.193 };
/** False alarms measured on the negatives when they were collected; lower is better. */
const FALSE_ALARM_CEILING = 0;

test('corpus: at least 840 real kernel-dependent lines from at least 455 repositories', () => {
  const corpus = readEntries('corpus.tsv');
  const repos = new Set(corpus.filter((e) => !e.repo.startsWith('unattributed')).map((e) => e.repo));
  assert.ok(corpus.length >= 840, `corpus has ${corpus.length} entries`);
  assert.ok(repos.size >= 455, `corpus names ${repos.size} repositories`);
  assert.ok(readEntries('negatives.tsv').length >= 195);
});

test('recall: hover-or-diagnostic coverage of kernel-dependent lines under rhel8, ubuntu-22.04, debian-12', () => {
  const corpus = readEntries('corpus.tsv');
  const byFamily = new Map<string, { n: number; covered: number; hover: number; diagnostic: number; missed: Entry[] }>();
  let covered = 0;
  let hover = 0;
  let diagnostic = 0;
  const perTarget = new Map<string, number>(TARGETS.map((t) => [t, 0]));
  for (const e of corpus) {
    const c = coverageOf(e);
    for (const t of c.diagnosticTargets) perTarget.set(t, perTarget.get(t)! + 1);
    const f = byFamily.get(e.family) ?? { n: 0, covered: 0, hover: 0, diagnostic: 0, missed: [] };
    byFamily.set(e.family, f);
    f.n++;
    if (c.hover) f.hover++, hover++;
    if (c.diagnostic) f.diagnostic++, diagnostic++;
    if (c.hover || c.diagnostic) f.covered++, covered++;
    else f.missed.push(e);
  }
  const report = [
    `recall on ${corpus.length} real lines: covered ${pct(covered, corpus.length)} = ${covered}/${corpus.length} (hover ${pct(hover, corpus.length)} = ${hover}, diagnostic ${pct(diagnostic, corpus.length)} = ${diagnostic})`,
  ];
  for (const [family, f] of [...byFamily].sort((a, b) => a[0].localeCompare(b[0]))) {
    report.push(
      `  ${family.padEnd(26)} ${String(f.covered).padStart(3)}/${String(f.n).padEnd(3)} ${pct(f.covered, f.n).padStart(6)}  hover ${pct(f.hover, f.n).padStart(6)}  diagnostic ${pct(f.diagnostic, f.n).padStart(6)}`,
    );
  }
  report.push(`  diagnostics by target: ${[...perTarget].map(([t, n]) => `${t} ${pct(n, corpus.length)}`).join(', ')}`);
  report.push('uncovered:');
  for (const [family, f] of [...byFamily].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const e of f.missed) report.push(`  [${family}] ${e.repo} ${e.path}: ${oneLine(e)}`);
  }
  console.log(report.join('\n'));
  assert.ok(
    covered / corpus.length >= FLOOR.covered,
    `coverage ${pct(covered, corpus.length)} fell below the floor ${pct(FLOOR.covered, 1)}`,
  );
  assert.ok(
    hover / corpus.length >= FLOOR.hover,
    `hover coverage ${pct(hover, corpus.length)} fell below the floor ${pct(FLOOR.hover, 1)}`,
  );
  assert.ok(
    diagnostic / corpus.length >= FLOOR.diagnostic,
    `diagnostic coverage ${pct(diagnostic, corpus.length)} fell below the floor ${pct(FLOOR.diagnostic, 1)}`,
  );
});

test('precision: ordinary application lines draw no kernel warning or error on any of the three targets', () => {
  const alarms: string[] = [];
  // A negative asserts its measured lines are ordinary (as measuredLines reads corpus entries). Its context lines are
  // verbatim from the file and may carry true findings of their own: `FROM debian:wheezy` above a mediatomb install
  // really needs vsyscall on a vsyscall=none target. Those are listed, not counted as false alarms.
  const context: string[] = [];
  for (const e of readEntries('negatives.tsv')) {
    const measured = measuredLines(e);
    for (const t of TARGETS) {
      for (const f of analyse(e.text, t).findings) {
        if (NOT_KERNEL_RULES.has(f.ruleId) || (f.severity !== 'error' && f.severity !== 'warning')) continue;
        const line = `  [${e.family}] ${e.repo} ${e.path} on ${t}: ${f.ruleId}@${f.range.start.line + 1} ${f.message}`;
        const onMeasured = measured.some((l) => f.range.start.line <= l && l <= f.range.end.line);
        (onMeasured ? alarms : context).push(line);
      }
    }
  }
  console.log(
    `kernel findings on negatives' context lines (not asserted): ${context.length}${context.length ? '\n' + context.join('\n') : ''}`,
  );
  // Not asserted: a hover on an ordinary line is noise, not an alarm, but the count is worth watching.
  const hovered = readEntries('negatives.tsv').filter((e) => coverageOf(e).hover);
  console.log(`false alarms on negatives: ${alarms.length}${alarms.length ? '\n' + alarms.join('\n') : ''}`);
  console.log(
    `negatives with a kernel hover (noise, not asserted): ${hovered.length}${hovered.map((e) => `\n  [${e.family}] ${e.repo}: ${oneLine(e)}`).join('')}`,
  );
  assert.ok(alarms.length <= FALSE_ALARM_CEILING, `${alarms.length} false alarms (ceiling ${FALSE_ALARM_CEILING})`);
});
