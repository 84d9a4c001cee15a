/**
 * Host facilities: devices, capabilities and kernel facilities an instruction uses at run time
 * (TUN, KVM, FUSE, loop and device-mapper, netfilter, netlink links, NFS/CIFS/overlay mounts,
 * iSCSI, ZFS, DRBD, SCTP, CAN, binfmt_misc, BPF and tracing, io_uring, nested containers).
 *
 * Each facility names the kernel features it needs BY ID (rows of features.ts, evaluated config
 * first by the same function kernel-feature-missing uses) and what a container needs to reach it
 * (`--cap-add`, `--device`, `--privileged`). Triggers say what in a Dockerfile uses the facility:
 * commands (with the arguments that matter), paths, images, ports, link/mount/qdisc types.
 * Kernel features that features.ts did not model yet are defined here (`facilityFeatures`) and
 * appended to `kernelFeatures` there, so every rule sees one table.
 *
 * This file imports only types: features.ts imports it.
 */
import type { KernelFeature, Source } from './types';

const SRC = {
  cephCsi:
    'ceph/ceph-csi @ 52fcb7b00c3d docs/deploy-rbd.md (`mounter`: krbd by default, `rbd-nbd` on request), docs/deploy-cephfs.md (`mounter`: `kernel` for the Ceph kernel client or `fuse`), docs/design/proposals/rbd-volume-healer.md ("the default mounter is krbd, which uses the kernel rbd" module)',
  debianConfig:
    'Debian linux-config-6.1 6.1.176-1 and linux-config-6.12 6.12.117-1~deb12u1, config.amd64_none_amd64 (shipped in server/src/knowledge/configs/)',
  kconfig: (path: string) => `torvalds/linux v6.12 ${path}`,
  capabilities: 'Linux man-pages 6.03 (Debian bookworm manpages 6.03-2), capabilities(7): CAP_NET_ADMIN, CAP_SYS_ADMIN, CAP_MKNOD',
  alpineMakeVmImage:
    'alpinelinux/alpine-make-vm-image @ 4f8d71c4 alpine-make-vm-image ("Attaching image $IMAGE_FILE as a NBD device": attach_image through qemu-nbd on a free /dev/nbdX, mkfs on it, `mount "$nbd_dev" "$mount_dir"`, prepare_chroot mounts proc and binds /dev and /sys; modprobe of the root filesystem type) and README.adoc @ a7043d35 (Requirements: "qemu-img and qemu-nbd")',
  mount2: 'Linux man-pages 6.03, mount(2) ERRORS: EPERM "The caller does not have the required privileges" (CAP_SYS_ADMIN)',
  mobyCaps: 'moby/moby daemon/pkg/oci/caps/defaults.go @ b985e2313a86 (default capability set: no CAP_NET_ADMIN, no CAP_SYS_ADMIN)',
  mobyAppArmor: 'moby/moby vendor/github.com/moby/profiles/apparmor/template.go @ b985e2313a86 (docker-default profile: "deny mount,")',
  mobyDev:
    'moby/moby daemon/pkg/oci/defaults.go @ b985e2313a86 (/dev is a tmpfs mounted at container start; device cgroup denies all but the default devices)',
  buildkitInsecure:
    'moby/buildkit frontend/dockerfile/docs/reference.md, "RUN --security" (build steps run sandboxed; insecure mode needs the security.insecure entitlement)',
  dockerRun:
    'Docker documentation, "docker container run": --cap-add, --device, --privileged (docs.docker.com/reference/cli/docker/container/run/)',
  dind: 'docker-library/docs docker/content.md @ 06e99bdf ("`--privileged` is required for Docker-in-Docker to function properly")',
  dockerCli:
    'docker(1), Ubuntu manpages (docker.io 29.1.3): "docker is a client for interacting with the daemon (see dockerd(8))"; -H, --host default unix:///var/run/docker.sock; moby/buildkit frontend/dockerfile/docs/reference.md "RUN --mount" (bind, cache, tmpfs, secret and ssh mounts: a build step gets no host path, so no daemon socket)',
  portageSandboxes:
    'Gentoo make.conf(5), FEATURES: "ipc-sandbox: Isolate the ebuild phase functions from host IPC namespace. Supported only on Linux. Requires IPC namespace support in kernel", likewise network-sandbox (network namespace), pid-sandbox ("Requires PID and mount namespace support in kernel") and mount-sandbox; gentoo/portage commit 88ba0f45 ("Support FEATURES=pid-sandbox": a PID namespace isolates the ebuild processes); flatcar/scripts @ ab6d76d957b8 sdk_lib/Dockerfile.sdk-build (FEATURES="-ipc-sandbox -network-sandbox -pid-sandbox" before sdk_entry.sh)',
  dapper:
    'rancher/dapper @ c1e5b089 README.md ("Setting `DAPPER_DOCKER_SOCKET` will cause the Docker socket to be bind mounted into your build … docker run -v /var/run/docker.sock:/var/run/docker.sock build-image"; "`DAPPER_RUN_ARGS` is used to add any parameters to the Docker `run` command for the build container"); rancher/k3os Dockerfile.dapper (ENV DAPPER_DOCKER_SOCKET true)',
  syzkaller:
    'google/syzkaller @ 02d2b4b7 docs/linux/setup.md ("Syzkaller performs kernel fuzzing on slave virtual machines or physical devices"; "Out-of-the-box syzkaller supports QEMU, kvmtool and GCE virtual machines"; "QEMU requires root for `-enable-kvm`", "set `qemu_args` to `-enable-kvm` in the `syz-manager` config file")',
  envbox:
    'coder/envbox @ 0dceab2f README.md ("envbox is an image that enables creating non-privileged containers capable of running system-level software (e.g. dockerd, systemd, etc)"; "a wrapper for the … sysbox runtime"; its example `docker run … -v /lib/modules:/lib/modules:ro --privileged … envbox:latest /envbox docker`)',
  ciliumBpftoolImage:
    'cilium/image-tools @ 00231aea images/bpftool/Dockerfile (the release stage holds only `COPY --from=builder /out/bin/bpftool /usr/local/bin/bpftool`, a static bpftool built from libbpf/bpftool); cilium/cilium images/runtime/Dockerfile (`FROM quay.io/cilium/cilium-bpftool:… as bpftool-dist`, then `COPY --from=bpftool-dist /usr/local /usr/local`)',
  judge0Image:
    'judge0/judge0 @ 47dfd633 docker-compose.yml (services server and worker: image judge0/judge0:latest, "privileged: true"; the worker runs ./scripts/workers) and Dockerfile ("FROM judge0/compilers:1.4.0 AS production"); f299d12a (2020-09-08, "Update for repository rename to judge0/judge0": the compose file\'s image judge0/api:latest became judge0/judge0:latest)',
  judge0Compilers:
    'judge0/compilers @ 90fa29c4 README.md ("a Docker image with installed compilers, interpreters, and sandbox" — Isolate, "It is used as a base image for Judge0"; "Isolate … takes advantage of features specific to the Linux kernel, like namespaces and control groups")',
  dockerBuildDriver:
    'docs.docker.com/build/builders ("Docker Engine automatically creates a builder that becomes the default backend for your builds. This builder uses the BuildKit library bundled with the daemon"; "docker: uses the BuildKit library bundled into the Docker daemon", "remote: connects directly to a manually managed BuildKit daemon") and /build/concepts/overview ("The docker build command is a wrapper around Buildx"); docs.docker.com/reference/cli/docker/image/pull ("docker image pull": pulls through the daemon, which stores the image)',
  composeVersion:
    'Docker documentation, "docker compose version": "Show the Docker Compose version information", usage `docker compose version [OPTIONS]` (docs.docker.com/reference/cli/docker/compose/version/)',
  x11docker:
    'mviereck/x11docker @ 003426a2 README.md ("Run graphical GUI applications and desktop environments in docker"; usage `x11docker [OPTIONS] IMAGE [COMMAND]`; "x11docker askes for root password to run docker"; `--exe` runs a host application instead)',
  droneDocker:
    'drone-plugins/drone-docker @ 0d7f74aa docker/docker/Dockerfile.linux.amd64 (plugins/docker is `FROM docker:dind` with `ENTRYPOINT ["/usr/local/bin/dockerd-entrypoint.sh", "/bin/drone-docker"]`) and daemon.go @ 0836ffd3 (drone-docker starts /usr/local/bin/dockerd itself); docs.drone.io DRONE_RUNNER_PRIVILEGED_IMAGES (plugins/docker runs privileged)',
  arcDindDockerHub:
    'actions/actions-runner-controller @ 0084aa0e runner/Makefile (DIND_RUNNER_ROOT_NAME ?= summerwind/actions-runner-dind, …-dind-rootless) and runner/entrypoint-dind.sh @ 08c04614 ("sudo /usr/bin/dockerd &")',
  nestyboxSupervisordDocker:
    'nestybox/dockerfiles @ c05538c1 alpine-supervisord-docker/Dockerfile (`apk add --update docker`, `ENTRYPOINT ["/usr/bin/docker-entrypoint.sh"]`), supervisord.conf (`[program:dockerd] command=/usr/bin/dockerd`, autostart=true) and docker-entrypoint.sh (supervisord is init, or runs in the background beside the command: "supervisord always starts its configured programs"); gitlab-runner-docker/Dockerfile (docker-ce installed, the runner\'s entrypoint patched to start `dockerd` first)',
  nestyboxDocker:
    'nestybox/dockerfiles @ 2aef54b0 ubuntu-focal-systemd-docker/Dockerfile (installs docker-ce, `ENTRYPOINT [ "/sbin/init", "--log-level=err" ]`, run with `docker run --runtime=sysbox-runc`) and README.md @ d271bdb2 (the images are system containers for the Sysbox runtime)',
  podmanInContainer:
    'containers/image_build podman/README.md @ a8a3dc69 (quay.io/podman/stable: podman run --privileged, or --security-opt seccomp=unconfined --device /dev/fuse; "fuse: device not found" means the host has not loaded the fuse module)',
  podmanStatic:
    'mgoltzsche/podman-static @ 014c5765 README.md (alpine-based podman images with fuse-overlayfs; "when running non-remote podman within a docker container, the docker container needs to be `--privileged`"; the `remote` tag is only the remote client)',
  podmanImages:
    'containers/podman @ efbad590 contrib/podmanimage/README.md (quay.io/containers/podman, quay.io/podman/stable, quay.io/podman/upstream and quay.io/podman/testing are the same Podman-in-Fedora image at different versions)',
  sgxAesmDocker:
    'intel/linux-sgx @ 13143496 docker/build/build_and_run_aesm_docker.sh (the AESM image runs with `--device=/dev/sgx_enclave --device=/dev/sgx_provision`; "If you use the Legacy Launch Control driver, replace /dev/sgx_enclave with /dev/isgx")',
  sgxDriver:
    'torvalds/linux v6.12 arch/x86/kernel/cpu/sgx/driver.c (misc devices "sgx_enclave" and "sgx_provision") and arch/x86/Kconfig (X86_SGX, "Software Guard eXtensions (SGX)", in the kernel since 5.11)',
  sshuttle:
    'sshuttle/sshuttle README.md ("Client side Requirements: sudo, or root access on your client machine"; on Linux the nat and tproxy methods redirect traffic with iptables, the nft method with nftables); packages.ubuntu.com noble sshuttle 1.1.1-2ubuntu2 (Depends: iptables | nftables)',
  iouringSeccomp: 'https://github.com/moby/moby/pull/46762 (Docker ≥ 25 default seccomp profile blocks io_uring)',
  binfmt:
    'torvalds/linux v6.12 Documentation/admin-guide/binfmt-misc.rst (registration through /proc/sys/fs/binfmt_misc/register; F flag opens the interpreter at registration)',
  tracing: 'torvalds/linux v6.12 Documentation/trace/ftrace.rst (tracefs at /sys/kernel/tracing, formerly /sys/kernel/debug/tracing)',
  bcc: "iovisor/bcc INSTALL.md (bcc compiles against the running kernel's headers: /lib/modules/$(uname -r)/build or CONFIG_IKHEADERS)",
  falco: 'falcosecurity/falco docs "Install" and falcoctl driver (kernel module, eBPF probe, or modern eBPF probe that needs BTF)',
  liburing: "axboe/liburing README (the io_uring userspace library; io_uring itself is the kernel's)",
  can: 'torvalds/linux v6.12 Documentation/networking/can.rst (SocketCAN, vcan virtual CAN driver)',
  nfsUtils: 'linux-nfs nfs-utils rpc.nfsd(8), exportfs(8) (the server is knfsd in the kernel)',
  clock:
    'Linux man-pages 6.03, capabilities(7): CAP_SYS_TIME "Set system clock (settimeofday(2), stime(2), adjtimex(2))"; time_namespaces(7): the namespace virtualises only CLOCK_MONOTONIC and CLOCK_BOOTTIME',
  chronyd:
    'mlichvar/chrony @ c9f50fc6 doc/chronyd.adoc: -x "disables the control of the system clock … allows chronyd to run without the capability to adjust or set the system clock (e.g. in some containers)"; -Q only prints the offset',
  chattr:
    'e2fsprogs chattr(1): "A file with the \'i\' attribute cannot be modified … Only the superuser or a process possessing the CAP_LINUX_IMMUTABLE capability can set or clear this attribute" (likewise \'a\', append only); capabilities(7): CAP_LINUX_IMMUTABLE "Set the FS_APPEND_FL and FS_IMMUTABLE_FL inode flags"',
  xattrSecurity:
    'Linux man-pages 6.03, xattr(7): security.* "write access is limited to processes that have the CAP_SYS_ADMIN capability" when no security module decides, trusted.* needs CAP_SYS_ADMIN; capabilities(7): file capabilities are stored in the security.capability attribute, set with CAP_SETFCAP',
  xattr:
    'Linux man-pages 6.03, xattr(7): trusted.* attributes are "visible and accessible only to processes that have the CAP_SYS_ADMIN capability"',
  gluster:
    'gluster/glusterfs @ 98f4be0f libglusterfs/src/glusterfs/glusterfs.h (GFID_XATTR_KEY "trusted.gfid", trusted.afr.*, trusted.glusterfs.* brick metadata)',
  nsjail:
    'google/nsjail @ bc18f0ef README.md (namespaces, cgroups, seccomp-bpf of the Linux kernel; "Launching in Docker": docker run --privileged)',
  redpwnJail:
    'redpwn/jail @ 7e604f10 README.md ("An nsjail Docker image for CTF pwnables"; `FROM pwn.red/jail`; run with `docker run … --privileged`; JAIL_MEM, JAIL_PIDS, JAIL_CPU: per-connection memory, PID and CPU limits), Dockerfile (`CMD ["/jail/run"]`, nsjail at /jail/nsjail) and internal/cgroup/cgroup.go (cgroups delegated under /jail/cgroup)',
  kctfChallenge:
    'google/kctf @ 69bf578e docker-images/challenge/Dockerfile (the challenge base image builds nsjail into /usr/bin/nsjail: "we need a clean proc to allow nsjail to remount it in the user namespace")',
  ductfNsjail:
    'DownUnderCTF/Challenges_2020_public @ d1553cd8 vendor/docker/nsjail/Dockerfile (`ENTRYPOINT ["/home/ctf/nsjail-pwn.sh"]`) and nsjail-pwn.sh (makes cgroups under /sys/fs/cgroup, then runs nsjail with --cgroup_pids_max and --cgroup_mem_max): the base image of the pwn challenges',
  i386Images:
    'docker-library/official-images README.md, "Architectures other than amd64?" (x86/i686 (`i386`) builds of the official images are published under https://hub.docker.com/u/i386/)',
  kafel:
    'google/kafel README.md ("Kafel is a language and library for specifying syscall filtering policies. The policies are compiled into BPF code that can be used with seccomp-filter."); Linux man-pages 6.03 seccomp(2) (SECCOMP_SET_MODE_FILTER needs CAP_SYS_ADMIN or no_new_privs)',
  mininetInstall:
    "mininet/mininet @ 007261d1 util/install.sh (`-n` installs Mininet's dependencies and core, `-v` Open vSwitch: openvswitch-switch, whose switch uses the kernel datapath)",
  browserAutomation:
    'puppeteer/puppeteer README.md ("Puppeteer is a JavaScript library which provides a high-level API to control Chrome or Firefox"); selenium-python documentation, Installation ("Selenium Python bindings provides a simple API to write functional/acceptance tests using Selenium WebDriver"); packages.debian.org bookworm chromium-driver ("web browser - WebDriver support"), pkgs.alpinelinux.org chromium-chromedriver',
  chromeDevelSandbox:
    'chromium/chromium @ 778691eb docs/linux/suid_sandbox_development.md (the setuid sandbox helper is found through CHROME_DEVEL_SANDBOX, e.g. /usr/local/sbin/chrome-devel-sandbox, owned by root with mode 4755)',
  bubblewrap: 'containers/bubblewrap @ 2a552429 README.md (unprivileged sandboxing through user namespaces, or a setuid bwrap)',
  isolate:
    'ioi/isolate @ 6f21dafe isolate.1.txt INSTALLATION ("Isolate depends on several advanced features of the Linux kernel, like different kinds of namespaces and control groups"; "This version of Isolate requires v2" cgroups; "Running Isolate in containers is not recommended … you probably have to make them privileged"; its configuration file names the cgroup root) and Makefile (CONFIG = $(PREFIX)/etc/isolate with PREFIX /usr/local; debian/rules installs it as /etc/isolate)',
  goJudge:
    'criyle/go-judge @ 955585f0 README.md ("docker run -it --rm --privileged --shm-size=256m -p 5050:5050 … criyle/go-judge"; cgroup v1 or v2 under /sys/fs/cgroup, clone3(CLONE_INTO_CGROUP) on kernels ≥ 5.7) and mount.yaml (the bind and tmpfs mounts it makes for every sandboxed run)',
  qduJudger:
    'QingdaoU/Judger @ d19a6dc1 CMakeLists.txt (libjudger.so links libseccomp), src/rules/c_cpp.c (seccomp_init and seccomp_load: a seccomp filter for every judged run), bindings/Python/_judger/__init__.py (runs /usr/lib/judger/libjudger.so)',
  dmojJudge:
    'DMOJ/judge-server @ 3ea44aca README.md (secure grading on Linux; "pure ptrace without seccomp" only up to v3.0.2, "useful on Linux kernel versions before 4.8"; its Docker example runs the judge with --cap-add=SYS_PTRACE), dmoj/cptbox/tracer.py ("failed to ptrace child, check Yama config"), dmoj/executors/base_executor.py (autoconfig runs every executor\'s self test)',
  jaxlibCudaWheels:
    "google/jax @ 9962065d setup.py (_available_cuda11_cudnn_versions: the cuda11_cudnnNN extras pin jaxlib==<version>+cuda11.cudnnNN, wheels from storage.googleapis.com/jax-releases/jax_cuda_releases.html); google/jax release jax-v0.2.23 (jax[cuda=11,cudnn=82]): jaxlib's +cudaNN(.cudnnNN) builds run XLA on the host's NVIDIA GPU driver",
  pytorchWheels:
    'pytorch/pytorch.github.io @ 04862e37 _get_started/previous-versions.md ("# CUDA 11.1 pip install torch==1.10.1+cu111 …", "--index-url https://download.pytorch.org/whl/cu118", "# ROCM 5.4.2 (Linux only) … +rocm5.4.2 … /whl/rocm5.4.2", "# CPU only … +cpu"): the +cuNNN and +rocmX builds of torch run on the host\'s NVIDIA or AMD GPU driver',
  jaxCuda:
    'jax-ml/jax @ 0018baf9 README.md, Installation ("NVIDIA GPU | `pip install -U "jax[cuda12]"`"; CPU is plain `jax`, TPU `jax[tpu]`)',
  paddleGpu:
    'PaddlePaddle installation guide (paddlepaddle.org.cn/documentation/docs/en/2.4/install/index_en.html, "PaddlePaddle\'s support for GPU: Currently, PaddlePaddle supports CUDA driver of NVIDIA graphics card and ROCm driver of AMD card"); pypi.org/project/paddlepaddle-gpu (the GPU package; paddlepaddle is the CPU one)',
  tensorflowPip:
    'tensorflow/docs @ 06798ba3 site/en/install/pip.md ("# For GPU users pip install tensorflow[and-cuda]"; GPU support needs the NVIDIA GPU driver, checked with nvidia-smi); pypi.org/project/tensorflow-gpu (the GPU package of TensorFlow 1.x and 2.x, later removed in favour of tensorflow)',
  criu: 'Linux man-pages 6.03, capabilities(7): CAP_CHECKPOINT_RESTORE (since Linux 5.9), otherwise CAP_SYS_ADMIN; kernel side CONFIG_CHECKPOINT_RESTORE',
  gpio: 'Tieske/rpi-gpio @ 9585ef33 source/c_gpio.c (RPi.GPIO maps the GPIO registers through /dev/gpiomem, else /dev/mem); joan2937/pigpio @ c33738a3 pigpio.c (open("/dev/mem")); WiringPi/WiringPi @ ee3e2a9f wiringPi/wiringPi.c (/dev/gpiomem, /dev/mem)',
  firecracker: 'firecracker-microvm/firecracker @ c3f65045 README.md (Firecracker uses the Linux Kernel-based Virtual Machine, KVM)',
  mininet: 'mininet/mininet @ 9e5280b4 bin/mn (SWITCHDEF default: OVSSwitch; user and lxbr are the switches without Open vSwitch)',
  ser2net: 'ser2net(8) (cminyard/ser2net): connects network ports to serial devices such as /dev/ttyS0 or /dev/ttyUSB0',
  bluetooth:
    'torvalds/linux net/bluetooth/af_bluetooth.c bt_sock_create ("if (net != &init_net) return -EAFNOSUPPORT;": a Bluetooth socket outside the initial network namespace fails), read @ 038a5008',
  bleBindings:
    'hbldh/bleak README ("Supports … Linux distributions with BlueZ >= 5.55": on Linux Bleak talks to BlueZ over D-Bus); pybluez/pybluez README ("Python extension module allowing access to system Bluetooth resources"; on Linux it uses BlueZ and its Bluetooth sockets); IanHarvey/bluepy README ("Python interface to Bluetooth LE on Linux", through its bluepy-helper and BlueZ)',
  vaapi:
    'Debian bookworm packages mesa-va-drivers, intel-media-va-driver, i965-va-driver, va-driver-all: VA-API drivers that drive the GPU through the kernel DRM render nodes (/dev/dri/renderD*)',
  alpineVaapi:
    'alpinelinux/aports community/intel-media-driver/APKBUILD ("Intel Media Driver for VAAPI - Broadwell+ iGPUs"), community/libva-intel-driver/APKBUILD ("VA-API implementation for Intel GMA chipsets and Intel HD Graphics", makedepends libdrm-dev), main/mesa/APKBUILD (subpackage mesa-va-gallium, "Mesa gallium VAAPI drivers": radeonsi_drv_video.so and the other gallium video drivers): VA-API drivers that reach the GPU through the kernel DRM render nodes',
  udevPackage:
    'Debian bookworm package udev (packages.debian.org/bookworm/udev, built from systemd 252; Ubuntu ships the same package): systemd-udevd, udevadm and the rules under /lib/udev/rules.d',
  nvidiaToolkit:
    'NVIDIA/nvidia-container-toolkit (internal/modifier: NVIDIA_VISIBLE_DEVICES and NVIDIA_DRIVER_CAPABILITIES select which host driver libraries and devices are injected at run time)',
  nvidiaCtk:
    'NVIDIA Container Toolkit install guide (docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html, "Configuring Docker": `sudo nvidia-ctk runtime configure --runtime=docker` writes the nvidia runtime into /etc/docker/daemon.json) and NVIDIA/nvidia-container-toolkit cmd/nvidia-ctk (`nvidia-ctk cdi generate` lists the host driver\'s device nodes and libraries): the runtime it configures injects the host driver into the containers that daemon starts',
  cni: 'containernetworking/cni @ 7958b9f0 SPEC.md (the container runtime executes plugin binaries from the node to set up interfaces in a network namespace)',
  rtlsdr: 'osmocom/rtl-sdr @ 9573e68d README (RTL2832-based DVB dongles used as SDR receivers through libusb)',
  uhdUsb:
    'EttusResearch/uhd @ 1df3e9b1 host/utils/uhd-usrp.rules (udev rules for the USRP USB IDs: a USB-attached USRP is reached through the usbfs nodes of the host kernel; uhd_find_devices and uhd_usrp_probe look for USRPs)',
  udevRulesOption:
    'Nuand/bladeRF @ 0004fdcd host/misc/udev/CMakeLists.txt (option INSTALL_UDEV_RULES: `make install` writes 88-nuand.rules to /etc/udev/rules.d so the USB device gets its group); osmocom/rtl-sdr CMakeLists.txt has the same option',
  gtpKernel:
    'torvalds/linux v6.12 Documentation/networking/gtp.rst ("In \'drivers/net/gtp.c\' you are finding a kernel-level implementation of a GTP tunnel endpoint") and drivers/net/Kconfig (config GTP); osmocom/libgtpnl @ 14506665 tools/gtp-link.c, tools/gtp-tunnel.c (netlink control of that driver)',
  gtp5g:
    'free5gc/gtp5g @ fe5e7439 README.md ("gtp5g - 5G compatible GTP kernel module", "a customized Linux kernel module", built and installed on the host with make and `sudo make install`); free5gc/go-gtp5gnl (the gogtp5g-tunnel/gogtp5g-link netlink clients free5gc-compose copies in as gtp5g-tunnel)',
  ueransim:
    "aligungr/UERANSIM @ 2a3ef81f src/lib/sctp/internal.cpp (nr-gnb's NGAP association: socket(…, IPPROTO_SCTP)), src/ue/tun/config.cpp (nr-ue opens /dev/net/tun for its uesimtun interfaces)",
  oaiSctp:
    'OPENAIRINTERFACE/openairinterface5g @ 883724b9 executables/nr-softmodem.c (itti_create_task(TASK_SCTP, sctp_eNB_task) when a gNB is configured), executables/create_tasks.c (lte-softmodem), executables/nr-cuup.c; openair3/SCTP/sctp_eNB_task.c (socket(…, IPPROTO_SCTP))',
  oaiUeTun:
    'OPENAIRINTERFACE/openairinterface5g @ 883724b9 openair1/SIMULATION/ETH_TRANSPORT/netlink_init.c (netlink_init_tun, "for UE": opens /dev/net/tun with IFF_TUN), doc/NR_SA_Tutorial_OAI_nrUE.md (ping … -I oaitun_ue1)',
  magmaGtpPort:
    'magma/magma @ a368d209 lte/gateway/deploy/roles/magma/files/magma-create-gtp-port.sh (`ovs-vsctl --may-exist add-port gtp_br0 $port_name -- set Interface $port_name type=gtpu …`)',
  free5gcImages:
    'free5gc/free5gc-compose @ e4e2aceb Makefile (`docker build --build-arg F5GC_MODULE=<nf> -t free5gc/<nf>-base`), docker-compose.yaml (image: free5gc/upf, free5gc/amf); free5gc/go-upf go.mod (github.com/free5gc/go-gtp5gnl: the UPF drives gtp5g); free5gc/amf and free5gc/n3iwf go.mod (github.com/free5gc/sctp: NGAP over SCTP)',
  asteriskPriority:
    'asterisk/asterisk @ 03f68a8a3a94 doc/asterisk.8 (-p: "If supported by the operating system (and executing as root), attempt to run with realtime priority"; -r, -R and -x attach to a running Asterisk instead of starting one, -V prints the version)',
  freeswitchPriority:
    'signalwire/freeswitch @ cc93a683ca6e src/switch.c (usage: "-rp -- enable high(realtime) priority settings", "-np", "-lp"; with none of -hp/-rp/-np/-lp main() calls set_auto_priority()) and src/switch_core.c (set_auto_priority returns set_realtime_priority(): sched_setscheduler(0, SCHED_FIFO, …), then setpriority(PRIO_PROCESS, 0, -10)); configure.ac defines USE_SCHED_SETSCHEDULER where sched_setscheduler and SCHED_RR exist',
  rtpengineKernel:
    'sipwise/rtpengine @ e8b82121fa0b docs/rtpengine.md (--table: "which kernel table to use for in-kernel packet forwarding … Optional and defaults to zero. If in-kernel operation is not desired, a negative number can be specified"; --no-fallback: no "fallback to userspace-only operation if the kernel module is unavailable") and docs/usage.md ("In-kernel packet forwarding is implemented as an nftables module": the kernel module nft_rtpengine, /proc/rtpengine, and a rule in the nftables chains), docs/compiling_and_installing.md (ngcp-rtpengine-kernel-dkms: "The kernel module will be compiled against the currently running kernel using DKMS"), debian/changelog (earlier releases installed the module as xt_RTPENGINE.ko, an iptables target)',
  magmaSctpd: "magma/magma @ a368d209 lte/gateway/c/sctpd/src/util.cpp (sctpd, the AGW's S1AP/NGAP transport: socket(…, IPPROTO_SCTP))",
  nfqueue:
    'netfilter.org libnetfilter_queue: userspace API to packets queued by the kernel packet filter (the NFQUEUE target, nfnetlink_queue)',
  libcec:
    'Pulse-Eight/libcec @ 2cfdf17a docs/README.linux.md (libCEC needs "cdc-acm support compiled into the kernel or available as module" for its USB adapter, and udev to detect it)',
  libusb:
    'libusb/libusb README ("libusb is a library for USB device access from Linux, macOS, Windows, OpenBSD/NetBSD, Haiku, Solaris userspace") and libusb/os/linux_usbfs.c (on Linux it opens the usbfs device nodes under /dev/bus/usb)',
  jetsonFfmpeg:
    'jocover/jetson-ffmpeg @ 144f96ed README.md ("L4T Multimedia API for ffmpeg": the h264_nvmpi/hevc_nvmpi codecs run on the Jetson multimedia engines of an L4T host)',
  onnxruntimeGpu:
    'ONNX Runtime documentation, "CUDA Execution Provider" (onnxruntime.ai/docs/execution-providers/CUDA-ExecutionProvider): the onnxruntime-gpu packages run on NVIDIA CUDA-enabled GPUs through CUDA, whose driver is the host\'s',
  rknn: 'airockchip/rknn-toolkit2 @ deaba85f README.md ("RKNN Runtime provides C/C++ programming interfaces for Rockchip NPU platform"; "RKNPU kernel driver is responsible for interacting with NPU hardware … in the Rockchip kernel code")',
  haugeneTun:
    'haugene/docker-transmission-openvpn @ 4f22965b openvpn/start.sh ("If create_tun_device is set, create /dev/net/tun": with CREATE_TUN_DEVICE=true it runs `mknod /dev/net/tun c 10 200` before starting openvpn)',
  axengine:
    'AXERA-TECH/pyaxengine @ dc788143 README.md (the Python API of the Axera NPU runtime, for AX650N/AX630C boards and the AX650 M.2 card; for the card "the card must be plugged into the host and its driver installed", see AXCL)',
  pamLoginuid:
    'Linux-PAM pam_loginuid(8) ("sets the loginuid process attribute for the process that was authenticated", written to /proc/self/loginuid); torvalds/linux kernel/auditsc.c audit_set_loginuid_perm() ("if we are unset, we don\'t need privs"; "it is set, you need permission": CAP_AUDIT_CONTROL, and never with loginuid_immutable)',
  ffmpegRpi:
    'FFmpeg configure --help ("--enable-omx-rpi enable OpenMAX IL code for Raspberry Pi"; "--enable-mmal enable Broadcom Multi-Media Abstraction Layer (Raspberry Pi) via MMAL"); raspberrypi/userland interface/vchiq_arm/vchiq_lib.c (vchiq_initialise opens /dev/vchiq: the Pi\'s OpenMAX IL and MMAL libraries reach the VideoCore through the kernel\'s VCHIQ driver)',
  rkmpp:
    'MarcA711/Rockchip-FFmpeg-Builds @ 6f8a823c scripts.d/50-rkmpp.sh (FFmpeg configured --enable-rkmpp against Rockchip MPP); rockchip-linux/mpp osal/driver/mpp_service.c (the MPP library submits codec work to the kernel MPP service); Rockchip vendor kernel drivers/video/rockchip/mpp (#define MPP_SERVICE_NAME "mpp_service": the /dev/mpp_service device)',
  cpythonBluetooth:
    'python/cpython Modules/socketmodule.h ("#ifdef HAVE_BLUETOOTH_BLUETOOTH_H #include <bluetooth/bluetooth.h>") and socketmodule.c (USE_BLUETOOTH when that header was found at build time): the BlueZ development headers give the socket module AF_BLUETOOTH',
  ngcTriton:
    'NVIDIA, "Triton Inference Server Release 20.03.1" (docs.nvidia.com/deeplearning/triton-inference-server/release-notes/rel_20-03-1.html: the container image on NGC "is based on NVIDIA CUDA 10.2.89, which requires NVIDIA Driver release 440.33.01"; every monthly release names its CUDA and driver)',
  ngcTensorrt:
    'NVIDIA TensorRT container release notes (docs.nvidia.com/deeplearning/tensorrt/container-release-notes/, e.g. rel_19-05: "Release 19.05 is based on CUDA 10.1 Update 1, which requires NVIDIA Driver release 418.xx"): every nvcr.io/nvidia/tensorrt release names the host driver it requires',
  ovpnRun:
    'kylemanna/docker-openvpn @ 1228577d bin/ovpn_run (creates /dev/net/tun with `mknod /dev/net/tun c 10 200` when absent, adds `iptables -t nat -A POSTROUTING … -j MASQUERADE`, then starts openvpn)',
  rtTables:
    'iproute2 ip-rule(8) and ip-route(8) (a table is named by number or by a name from the rt_tables file); torvalds/linux v6.12 net/ipv4/Kconfig IP_MULTIPLE_TABLES ("IP: policy routing"), set in every shipped reference config (Debian 11, EL7-EL10, Fedora 43, Ubuntu 20.04-24.04)',
  dahdi:
    'asterisk/dahdi-linux @ dd944f33 README ("This package contains the kernel modules for DAHDI"; building needs the kernel build tree of `uname -r`; programs use /dev/dahdi)',
  nvidiaDocker1:
    "NVIDIA/nvidia-docker @ 3422bca2 src/nvidia-docker/utils.go (nvidia-docker 1.0 reads the image label com.nvidia.volumes.needed) and src/nvidia/volumes.go (the volume nvidia_driver holds the host driver's nvidia-smi, libcuda.so and libnvidia-ml.so, is mounted read-only at /usr/local/nvidia and is versioned by the host driver)",
  nvidiaDriverPackages:
    'packages.ubuntu.com source packages nvidia-graphics-drivers-535 (noble) and nvidia-graphics-drivers-575 (questing): binary packages nvidia-driver-N, nvidia-dkms-N ("NVIDIA DKMS package"), nvidia-headless-N, nvidia-headless-no-dkms-N, nvidia-utils-N, nvidia-compute-utils-N, libnvidia-compute-N, libnvidia-gl-N, libnvidia-decode-N, libnvidia-encode-N (-open, -server variants); packages.ubuntu.com focal nvidia-340 ("NVIDIA binary driver - version 340.108", depends on dkms: the branch-named driver package of the older releases, as nvidia-384 and libcuda1-384 were until they became transitional packages of nvidia-graphics-drivers-390); packages.debian.org bookworm nvidia-driver ("see the nvidia-kernel-dkms or nvidia-kernel-source packages for building the kernel module required by this package")',
  nvidiaInstaller:
    'NVIDIA/nvidia-installer @ 601e1b28 option_table.h (the .run installer builds the NVIDIA kernel module against --kernel-source-path / the running kernel unless --no-kernel-module)',
  procAttrCurrent:
    'Linux man-pages 6.03 proc(5), /proc/pid/attr/current ("the current security attributes of the process": the SELinux context or the AppArmor profile, as the active security module defines them)',
  cudaDriversBranch:
    'NVIDIA Driver Installation Guide (docs.nvidia.com/datacenter/tesla/driver-installation-guide), Ubuntu/Debian and RHEL package-manager installation: `cuda-drivers-<branch>` installs the driver packages of one branch (e.g. cuda-drivers-555), the branch-pinned form of the cuda-drivers meta package',
  nfsServerVirtual:
    'packages.debian.org nfs-server: a virtual package provided by nfs-kernel-server ("support for NFS kernel server"), so `apt-get install nfs-server` installs the kernel NFS server tools',
  bootcBaseImagectl:
    'gitlab.com/fedora/bootc/base-images work item 43 "bootc-base-imagectl: Lower necessary security options" (maintainers: "Today we require e.g. `--cap-add=all --security-opt=label=type:container_runtime_t --device /dev/fuse`"; what it needs is user namespaces for the inner container); Red Hat, Using image mode for RHEL, "Creating bootc images from scratch" (bootc-base-imagectl build-rootfs builds the root filesystem from a bootc base image used as build environment)',
  nodeBrowser:
    'puppeteer/puppeteer docs/troubleshooting.md, "Running on Alpine" (the system Chromium a Puppeteer client launches: `# Installs latest Chromium (100) package.` then `RUN apk add --no-cache chromium nss freetype harfbuzz ca-certificates ttf-freefont nodejs yarn`)',
  karmaBrowserBin:
    'karma-runner/karma docs/config/03-browsers.md ("Correct path to browser binary": Karma\'s launchers find the browser at default paths, and "You can override these settings by `<BROWSER>_BIN` ENV variable", e.g. `export CHROME_BIN=/usr/local/bin/…`); karma-runner/karma-chrome-launcher launches Chrome and Chromium for it',
  puppeteerEnv:
    'puppeteer/puppeteer docs/guides/configuration.md (environment variables: PUPPETEER_EXECUTABLE_PATH, the browser executable puppeteer.launch starts; PUPPETEER_SKIP_DOWNLOAD, formerly PUPPETEER_SKIP_CHROMIUM_DOWNLOAD, skips the bundled browser download so a system one is used)',
  cudaDrivers:
    'developer.download.nvidia.com compute/cuda/repos/ubuntu2604/x86_64/Packages (cuda-drivers 595.58.03: "Depends: nvidia-driver"; the meta package of the CUDA repositories that installs the driver)',
  kured:
    'kubereboot/kured @ 51220cc778a4 kured-ds.yaml ("hostPID: true # Facilitate entering the host mount namespace via init", "privileged: true # Give permission to nsenter /proc/1/ns/mnt") and pkg/reboot/command.go (reboots through /usr/bin/nsenter -m/proc/1/ns/mnt)',
  nodeLocalDns:
    'kubernetes/dns @ 9aa70b8f97dc cmd/node-cache/app/cache_app.go (node-cache ensures a dummy interface for its listen address and adds iptables rules, "NodeLocal DNS Cache: skip conntrack")',
  nfdWorker:
    "kubernetes-sigs/node-feature-discovery @ 76e6cc8cc0d5 deployment/components/common/worker-mounts.yaml (nfd-worker reads the host's /boot, /sys, /usr/lib, /lib and os-release mounted at /host-boot, /host-sys, …)",
  k3cDaemon:
    'rancher/k3c @ 0f4e21f6 Dockerfile (the release image: k3c with containerd shims, runc and the CNI bridge, portmap and flannel plugins, VOLUME /var/lib/rancher/k3c), cmd/daemon/daemon.go @ b57a1c2b ("daemon": "Run the container daemon", Linux only) and pkg/daemon/config/config.go @ bfdc41d6 (its embedded containerd, buildkit worker and CNI bridge network k3c-net with isGateway and ipMasq)',
  k3sDataDir:
    'k3s-io/k3s pkg/datadir (DefaultDataDir = "/var/lib/rancher/k3s"; the server and agent state, containerd config and images under it); k3s-io/k3s install.sh (installs the k3s binary and its service)',
  kubeletPackages:
    'build.opensuse.org isv:kubernetes:core:stable:v1.30 kubelet.spec (pkgs.k8s.io\'s kubelet: "Node agent for Kubernetes clusters", Requires: iptables, kubernetes-cni, conntrack, ebtables); packages.fedoraproject.org kubernetes-node ("Kubernetes services for worker node host"); archlinux.org group kubernetes-node (kubelet, kube-proxy)',
  containerdSetup:
    'containerd/containerd @ 5bd99af7dbfc script/setup/install-runc (builds and installs runc, the runtime that creates the containers) and @ 77a5804f6af2 script/setup/install-cni (installs the CNI plugins into /opt/cni/bin)',
  sound:
    'systemd/systemd @ 002f6e92 rules.d/50-udev-default.rules.in (SUBSYSTEM=="sound", GROUP="audio": the ALSA device nodes under /dev/snd belong to the audio group)',
  alsa: 'torvalds/linux v6.12 sound/core/sound.c (the kernel sound drivers register each card as /dev/snd/controlC*, pcmC*D*, …)',
  alsaHwPcm:
    'alsa-project.org alsa-lib documentation, PCM plugins ("Plugin: hw": "This plugin communicates directly with the ALSA kernel driver. It is a raw communication without any conversions"; a PCM named hw:CARD,DEVICE opens that card\'s device, plughw:CARD,DEVICE the same behind the plug plugin\'s format conversion)',
  plugdevGroup:
    'Debian base-passwd 3.6.1 users-and-groups ("plugdev: Members of this group can access removable devices in limited ways without explicit configuration in /etc/fstab. This is useful for local users who expect to be able to insert and use CDs, USB drives, and so on"); udev rules of USB tools grant their devices to it (GROUP="plugdev")',
  gammu:
    'gammurc(5), Gammu 1.43.2 ("Gammu requires configuration to be able to properly talk to your phone"; the [gammu] section\'s device connection parameters: Connection, the protocol such as at for AT modems, and Device, the port such as /dev/ttyUSB0), read by gammu and by the SMS daemon gammu-smsd from its gammu-smsdrc',
  cudnn:
    "NVIDIA cuDNN documentation, Installation Guide for Linux (package manager installs: libcudnn8 and libcudnn8-dev for cuDNN 8, libcudnn9-cuda-12 for cuDNN 9): the deep-learning library runs on NVIDIA GPUs through CUDA and the host's NVIDIA driver",
  puppeteerBrowsers:
    'pptr.dev/browsers-api (@puppeteer/browsers: "Manage and launch browsers/drivers from a CLI or programmatically"; `npx @puppeteer/browsers install chrome@stable` downloads Chrome for Testing) and puppeteer/puppeteer packages/puppeteer/src/node/cli.ts (the `puppeteer browsers` commands, "Manage browsers of this Puppeteer installation", with the same install command)',
  debianChromiumFlags:
    'Debian chromium package, /usr/bin/chromium (the wrapper script sources every file of /etc/chromium.d/ before it starts the browser with $CHROMIUM_FLAGS, which those files extend: /etc/chromium.d/default-flags)',
  audit:
    'torvalds/linux v6.12 kernel/audit.c audit_netlink_ok() (AUDIT_SET, AUDIT_ADD_RULE, AUDIT_LIST_RULES, …: "Only support auditd and auditctl in initial pid namespace for now", -EPERM elsewhere; CAP_AUDIT_CONTROL)',
  mobySysRo: 'moby/moby daemon/pkg/oci/defaults.go @ b985e2313a86 (/sys is mounted sysfs "ro" in a container that is not privileged)',
  selinux:
    'SELinuxProject/selinux setenforce(8), load_policy(8) (change the kernel SELinux state through selinuxfs, /sys/fs/selinux); policycoreutils/setsebool/setsebool.c main() ("setsebool:  SELinux is disabled.", exit 1, whenever is_selinux_enabled() <= 0, before any -P/-N option is read; otherwise it sets the booleans of the running policy)',
  apparmor:
    'torvalds/linux v6.12 security/apparmor/policy.c policy_admin_capable() (loading or replacing AppArmor policy needs CAP_MAC_ADMIN); apparmor_parser(8)',
  ptp: 'torvalds/linux v6.12 Documentation/driver-api/ptp.rst (PTP hardware clocks of NIC drivers appear as character devices /dev/ptpN, adjusted with clock_adjtime)',
  linuxptp:
    'richardcochran/linuxptp @ 3760f8b6 phc2sys.8 (synchronises the system clock to a PTP hardware clock); ptp4l(8) (runs PTP on an interface with hardware time stamping by default)',
  ptpd: 'ptpd/ptpd README (PTPd, a PTP daemon that disciplines the system clock)',
  rdma: 'torvalds/linux v6.12 Documentation/infiniband/user_verbs.rst (userspace verbs go through the ib_uverbs module and /dev/infiniband/uverbsN)',
  rdmaCore:
    'linux-rdma/rdma-core @ 01e338b1 README.md (user-space providers for the kernel RDMA drivers; ibverbs-utils, rdmacm-utils, infiniband-diags)',
  ia32: 'torvalds/linux v6.12 arch/x86/Kconfig IA32_EMULATION, IA32_EMULATION_DEFAULT_DISABLED; Documentation/admin-guide/kernel-parameters.txt ia32_emulation=',
  lib32:
    'packages.ubuntu.com noble lib32gcc-s1 ("GCC support library (32 bit Version)") and lib32stdc++6 ("GNU Standard C++ Library v3 (32 bit Version)"): i386 libraries shipped in amd64 packages, for 32-bit programs',
  steamcmd:
    'developer.valvesoftware.com/wiki/SteamCMD (Linux: "Ubuntu/Debian 64-Bit: apt-get install lib32gcc1", "RedHat/CentOS 64-Bit: yum install glibc.i686 libstdc++.i686": the Linux SteamCMD is a 32-bit program); CM2Walki/steamcmd @ f4a6e7be bookworm/Dockerfile (steamcmd_linux.tar.gz unpacks steamcmd.sh and linux32/steamcmd)',
  debMultiarch:
    'Debian dpkg 1.21 dpkg(1) --add-architecture ("Add architecture to the list of architectures for which packages can be installed without using --force-architecture") and dpkg-query(1) binary:Package ("the binary package name with a possible architecture qualifier like libc6:amd64")',
  suse32bit:
    'openSUSE/obs-build baselibs_global.conf ("arch i586 targets x86_64:32bit", "arch i686 targets x86_64:32bit", "targetname <name>-<targettype>"): SUSE ships the i586/i686 build of a library for x86_64 as the package <name>-32bit (glibc-32bit, libstdc++6-32bit)',
  ia32Libs:
    'help.ubuntu.com/community/MultiArch ("One package for 32-bit shared library support on a 64-bit system is named ia32-libs … Starting with 12.04 (precise pangolin) this is a transitional package to the ia32-libs-multiarch package")',
  archLib32:
    'archlinux.org multilib repository lib32-glibc ("GNU C Library (32-bit)") and lib32-gcc-libs: 32-bit x86 builds of the C library and GCC runtime for i386 programs on x86_64',
  i386Loader:
    'bminor/glibc sysdeps/unix/sysv/linux/i386/shlib-versions (ld=ld-linux.so.2: the i386 program interpreter; x86-64 uses ld-linux-x86-64.so.2) and man-pages ld.so(8) (/lib/ld-linux.so.{1,2}, the ELF dynamic linker/loader)',
  inputGroup:
    'systemd/systemd rules.d/50-udev-default.rules.in (SUBSYSTEM=="input", GROUP="input": the evdev and joystick nodes under /dev/input belong to the input group)',
  joystickTools:
    'packages.debian.org trixie jstest-gtk ("joystick testing and configuration tool": it lists the attached joysticks, shows buttons and axes, calibrates) and joystick (jstest, jscal on the kernel joystick devices /dev/input/js*)',
  wolfFakeUdev:
    'games-on-whales/wolf @ d33bf6f8 docs/modules/dev/pages/fake-udev.adoc (Wolf creates virtual devices on demand and "mounts" them into the app container with mknod, which needs --device-cgroup-rule and the MKNOD capability; fake-udev then sends the udev event that advertises the new device)',
  lsscsi:
    'manpages.debian.org lsscsi(8) ("list SCSI devices (or hosts), list NVMe devices and their attributes"; it reads sysfs, so it lists what the host kernel has attached, e.g. the sr optical drives a container must be given with --device)',
  radeontop:
    'manpages.ubuntu.com radeontop(1) ("RadeonTop shows the utilization of your GPU"; -p "Open the DRM device node … /dev/dri/card0", -m "Forces the use of the /dev/mem path")',
  gstHwCodecs:
    'GStreamer/gstreamer @ 6429f046 subprojects/gst-plugins-bad/meson_options.txt (nvcodec "NVIDIA GPU codec plugin", qsv "Intel Quick Sync Video plugin", msdk "Intel Media SDK video encoder/decoder plugin", va "VA-API new plugin", amfcodec "AMD AMF codec plugin"): plugins that encode and decode on the GPU through the host driver',
  serialFlash:
    'Debian bookworm manual pages avrdude(1) (-P port: the serial port, e.g. /dev/ttyS0, or usb for USB programmers), stm32flash(1) (flashes STM32 parts through the ST serial bootloader on a tty device), dfu-util(1) (USB Device Firmware Upgrade, through libusb)',
  usbmuxd:
    'packages.debian.org bookworm usbmuxd ("USB multiplexor daemon for iPhone and iPod Touch devices": it talks to the devices over USB through libusb)',
  klipperMcu:
    'Klipper3d/klipper docs/RPi_microcontroller.md (the klipper_mcu "Linux process" micro-controller gives Klipper "the GPIOs and the buses (i2c, spi)" of the host it runs on)',
  crowdsecBouncer:
    'CrowdSec documentation, "Firewall bouncer" (docs.crowdsec.net/u/bouncers/firewall): crowdsec-firewall-bouncer-iptables and -nftables block decisions with ipset/iptables or nftables sets',
  ufwFramework:
    'ufw(8) ("program for managing a netfilter firewall") and ufw-framework(8): /etc/ufw/before.rules, after.rules and their IPv6 twins are rules in iptables-restore syntax that ufw loads when it is enabled; /etc/ufw/sysctl.conf holds the kernel network tunables ufw sets',
  fail2banNftables:
    'fail2ban/fail2ban config/action.d/nftables.conf and iptables.conf (the ban actions of a jail add rules to the kernel packet filter; banaction selects which)',
  videoGroup:
    'systemd/systemd @ 002f6e92 rules.d/50-udev-default.rules.in (SUBSYSTEM=="video4linux", GROUP="video"; SUBSYSTEM=="drm", KERNEL!="renderD*", GROUP="video": V4L and DRM card nodes belong to the video group)',
  motioneyeInit:
    'motioneye-project/motioneye @ 505e250f motioneye/extra/linux_init (motioneye_init installs "motion" with v4l-utils and ffmpeg: motion captures from V4L cameras, /dev/video*)',
  prootApps:
    'proot-me/proot doc/proot/manual.rst (PRoot is a user-space chroot and mount --bind built on ptrace(2)); linuxserver/proot-apps README.md (portable applications run through PRoot)',
  arping:
    'iputils arping(8) (iputils/iputils arping.c: socket(PF_PACKET, SOCK_DGRAM, 0) for its ARP requests), with packet(7) for the capability it needs',
  scryptedGpu:
    "koush/scrypted @ 06c989b6 install/docker/install-intel-graphics.sh (intel-media-va-driver-non-free, Intel compute runtime), install-amd-graphics.sh (amdgpu-install from repo.radeon.com), install-intel-npu.sh (intel-driver-compiler-npu, intel-fw-npu, intel-level-zero-npu): user-space drivers for the host kernel's GPU and NPU drivers",
  usbip:
    'torvalds/linux v6.12 drivers/usb/usbip/Kconfig (USBIP_CORE; USBIP_VHCI_HCD attaches remote devices, USBIP_HOST exports local ones) and tools/usb/usbip/README',
  eudev:
    'wiki.gentoo.org Project:Eudev (eudev, a fork of systemd-udev: udevd and udevadm without systemd); Alpine Linux aports main/eudev (pkgs.alpinelinux.org)',
  udev: 'systemd/systemd udev(7) (rules in /etc/udev/rules.d act on the device events the kernel sends to udevd)',
  redroid:
    'remote-android/redroid-doc @ eba9a489 README.md ("redroid should be able to run on any linux distribution (with some kernel features enabled)": modprobe binder_linux devices="binder,hwbinder,vndbinder" and modprobe ashmem_linux, then docker run --privileged redroid/redroid; androidboot.use_memfd uses memfd in place of the deprecated ashmem)',
  budtmoEmulator:
    'budtmo/docker-android @ 64dc5076 README.md ("Your machine should support virtualization", kvm-ok; docker run --device /dev/kvm … budtmo/docker-android:emulator_11.0) and @ 7b6bc3fe README.md (the older budtmo/docker-android-x86-<version> images: "For Linux OS, please use image name that contains x86", run --privileged after kvm-ok)',
  detoxEmulator:
    'wix/Detox detox@20.50.1 src/devices/allocation/drivers/android/emulator/EmulatorAllocDriver.js and EmulatorLauncher.js (for an android.emulator device Detox launches the emulator process for the configured AVD, headless with --headless, and awaits its boot)',
  androidEmulator:
    'Android Developers, "Configure hardware acceleration for the Android Emulator" (on Linux the emulator uses KVM, /dev/kvm)',
  gvisor: 'google/gvisor @ 1fea3218 README.md (runsc, the OCI runtime of gVisor, sandboxes containers with its own kernel in user space)',
  frr: 'FRRouting/frr @ e5c83d9b tools/etc/frr/daemons ("The watchfrr, zebra and staticd daemons are always started"); @ 0b548b0d docker/alpine/docker-start (runs /usr/lib/frr/watchfrr)',
  mpath:
    'device-mapper-multipath mpathconf(8) (writes /etc/multipath.conf; --with_module loads dm_multipath, --with_multipathd starts multipathd)',
  zerotier: 'zerotier/ZeroTierOne @ 11545bdb osdep/LinuxEthernetTap.cpp (zerotier-one opens /dev/net/tun for its virtual network port)',
  wineBinfmt: 'Debian bookworm package wine-binfmt (registers Wine as the interpreter for Windows executables with binfmt-support)',
  wireless:
    'hostap.git (w1.fi, Jouni Malinen) src/drivers/driver_nl80211.c, file header "Driver interaction with Linux nl80211/cfg80211" (hostapd drives the access point through the kernel wireless stack); torvalds/linux v6.12 net/wireless/Kconfig (CFG80211), net/mac80211/Kconfig (MAC80211)',
  kismetWifi:
    'kismetwireless.net/docs/readme/datasources/wifi-linux ("The Linux Wi-Fi source captures from network interfaces in monitor mode", through netlink/mac80211; "Linux requires root to manipulate the network interfaces and create new ones")',
  airmonNg:
    'aircrack-ng airmon-ng(8), Ubuntu noble manpages (aircrack-ng 1.7): "script designed to turn wireless cards into monitor mode"; airodump-ng and aireplay-ng capture and inject on that interface',
  batmanAdv:
    'torvalds/linux v6.12 Documentation/networking/batman-adv.rst ("implemented as a Linux kernel driver"; load batman-adv, create bat0 with ip link add … type batadv or batctl interface create) and net/batman-adv/Kconfig (BATMAN_ADV)',
  md: 'torvalds/linux @ 9401cbb3 Documentation/admin-guide/md.rst (software RAID arrays /dev/mdN are assembled by the md driver, configured through mdadm); drivers/md/Kconfig (BLK_DEV_MD)',
  i2c: 'torvalds/linux @ 2f07c05f Documentation/i2c/dev-interface.rst ("access all devices on an adapter from userspace, through the /dev interface. You need to load module i2c-dev"; /dev/i2c-N; "i2cdetect is part of the i2c-tools package")',
  smbus:
    'bivab/smbus-cffi @ 048aa508 smbus/smbus.py ("SMBus transactions on hosts running the Linux kernel. The host kernel must have I2C support, I2C device interface support"; opens /dev/i2c-%d)',
  gpioCdev:
    'torvalds/linux @ a23e1966 Documentation/userspace-api/gpio/chardev.rst (GPIO character device /dev/gpiochipN, the interface libgpiod and its gpioinfo/gpioget/gpioset tools use)',
  minicom:
    'minicom(1): -D, --device "Specify the device, overriding the value given in the configuration file" (a serial port such as /dev/ttyUSB0)',
  smartctl:
    'Linux man-pages 6.03, capabilities(7): CAP_SYS_RAWIO "perform various SCSI device commands"; smartctl(8) (smartmontools: SMART data through ATA/SCSI pass-through on /dev/sdX, /dev/nvmeN)',
  edgetpu:
    'google-coral/libedgetpu @ 013a4a68 README.md ("the userspace level runtime driver for Coral devices": the USB Accelerator and PCIe modules are devices of the host)',
  sysdigProbeLoader:
    'draios/sysdig scripts/sysdig-probe-loader (the 0.2x releases\' kernel module builder, named scap-driver-loader later: it finds the host kernel\'s config, downloads or builds sysdig-probe-<version>-<arch>-<kernel release>-<config hash>.ko and loads it); falcosecurity/falco README (CoreOS toolbox: "manually running the sysdig-probe-loader script")',
  sysflowCollector:
    'sysflow-telemetry/sf-collector BUILD.md ("Installing sysporter": built against Sysdig\'s libraries) and libsysflow README (the collector reads system calls through the Falco/Sysdig driver and checks that it is loaded in the kernel)',
  falcoNoDriver:
    'falco.org docs "Running" (least privileged: "docker pull falcosecurity/falco-no-driver" runs with --device /dev/falco* once the kernel module is installed on the host, by the official installer or the falco-driver-loader image) and falcosecurity/falco docker/no-driver/Dockerfile (removes falco-driver-loader from the image)',
  swanSources:
    'libreswan/libreswan README.md and strongswan/strongswan README.md (IKE daemons: pluto and charon install the negotiated SAs and policies in the kernel through XFRM/netlink); download.libreswan.org and download.strongswan.org serve their release tarballs',
  sysdig:
    'draios/sysdig @ 02c24ef1 README.md ("Sysdig instruments your physical and virtual machines at the OS level by installing into the Linux kernel and capturing system calls")',
  buildkit:
    'moby/buildkit @ 40a36f45 docs/images-readme.md (moby/buildkit images: "docker run -d --name buildkitd --privileged moby/buildkit:latest"; rootless images: --security-opt seccomp=unconfined --security-opt apparmor=unconfined) and docs/rootless.md @ 048130d1',
  fastd:
    'fastd(1) (Ubuntu fastd 22-2build1): "a very small VPN daemon which tunnels IP packets and Ethernet frames over UDP" (the TUN/TAP device is not named on that page: weak)',
  numa: 'Linux man-pages 6.03 (Debian bookworm manpages 6.03-2), numa(7) NOTES: "The Linux NUMA system calls and /proc interface are available only if the kernel was configured and built with the CONFIG_NUMA option"; Debian bookworm package numactl 2.0.16-1 ("NUMA scheduling and memory placement tool")',
  binder:
    'waydroid/waydroid @ 07369732 tools/helpers/drivers.py (runs modprobe binder_linux, mounts binderfs at /dev/binderfs, needs the binder, vndbinder and hwbinder nodes; modprobe ashmem_linux); torvalds/linux v6.12 drivers/android/Kconfig (ANDROID_BINDER_IPC, ANDROID_BINDERFS)',
  cadvisor:
    'google/cadvisor @ 05055128 README.md ("collects, aggregates, processes, and exports information about running containers"; its container is run with the host\'s /, /var/run, /sys, /var/lib/docker and /dev/disk mounted read-only and --privileged)',
  hwmon:
    'torvalds/linux @ 2555693d Documentation/hwmon/sysfs-interface.rst ("The libsensors library offers an interface to the raw sensors data through the sysfs interface … It assumes that all the kernel drivers implement the standard sysfs interface"; chips under /sys/class/hwmon/hwmon*); Debian bookworm package lm-sensors 1:3.6.0-7.1 ("utilities to read temperature/voltage/fan sensors")',
  squid:
    'Debian bookworm squid-common 5.7-2+deb12u5, /usr/share/doc/squid-common/squid.conf.documented, http_port modes: "intercept Support for IP-Layer NAT interception delivering traffic to this Squid port", "tproxy Support Linux TPROXY (or BSD divert-to) with spoofing of outgoing connections using the client IP address"',
  ipTransparent:
    'Linux man-pages 6.03, ip(7) IP_TRANSPARENT: "Enabling this socket option requires superuser privileges (the CAP_NET_ADMIN capability). TProxy redirection with the iptables TPROXY target also requires that this option be set on the redirected socket"',
  tensorflowGpu:
    'tensorflow/docs r2.4 site/en/install/docker.md ("only the NVIDIA® GPU driver is required on the host machine"; the GPU images are the -gpu tags of tensorflow/tensorflow)',
  pytorchCuda:
    'pytorch/pytorch @ 04da8a0f docker.Makefile (pytorch/pytorch images are built with CUDA_VERSION; devel images start FROM nvidia/cuda)',
  arcDind:
    'actions/actions-runner-controller @ 0a36fb55 runner/actions-runner-dind.ubuntu-22.04.dockerfile (installs the Docker engine binaries, VOLUME /var/lib/docker, CMD entrypoint-dind.sh starts dockerd)',
  dockurGhcr:
    'dockur/windows @ 0192e3c6 .github/workflows/build.yml (the image is pushed to Docker Hub and to ghcr.io/${{ github.repository }}) and readme.md @ 0028eda4 ("KVM acceleration"; docker run --device=/dev/kvm)',
  pfring:
    'ntop/docker-ntop @ 9ba819d1 README.md ("In order to use the PF_RING tools or take advantage of the PF_RING acceleration when using the ntop applications, the PF_RING kernel module and drivers need to be loaded on the host system")',
  ntopCapture:
    "ntop/docker-ntop @ 4a56de2d README.md (the capture images are run on the host's interfaces: `docker run -it --net=host ntopng -i eno1`, `nprobe -i eno1`, `ntap -i eth0`, `cento -i eno1`, `--cap-add IPC_LOCK --net=host n2disk -i eno1 -o /tmp`, `nscrub -i eth1 -o eth2`)",
  pcapCapture:
    'tcpdump(1) (tcpdump.org manual page: -i "Listen … on interface"; -r "Read packets from file (which was created with the -w option …)"; -D "Print the list of the network interfaces available on the system and on which tcpdump can capture packets"; "Reading packets from a network interface may require that you have special privileges"); Wireshark manual pages tshark(1) and dumpcap(1) (-i capture interface, -r read a capture file, -D list interfaces); softflowd(8) (-i "Specify a network interface on which to listen for traffic"; -r "read from a pcap(3) packet capture file … rather than a network interface")',
  lldpd:
    'lldpd/lldpd @ 55764ecb9c62 src/daemon/priv-linux.c (asroot_iface_init_os, "Open listening socket to receive/send frames": socket(PF_PACKET, SOCK_RAW, htons(ETH_P_ALL)) bound to each interface by its ifindex, with a BPF filter for the discovery protocols)',
  dhcpServerLpf:
    'isc-projects/dhcp common/lpf.c ("Linux packet filter code": dhcpd sends and receives on each interface through socket(PF_PACKET, SOCK_RAW, …)) and isc-projects/kea src/lib/dhcp/pkt_filter_lpf.h (PktFilterLPF: "send and receive DHCPv4 messages using raw sockets and Linux Packet Filtering", for clients that have no IPv4 address yet; Kea ARM, interfaces-config: dhcp-socket-type "raw" or "udp")',
  keaDhcp4Man:
    'kea-dhcp4(8), Ubuntu kea-dhcp4-server 2.2.0 (manpages.ubuntu.com lunar): -v and -V print the version, -W the configuration report, -t checks the configuration file ("service and control channel sockets are not opened")',
  packet7: 'Linux man-pages 6.03, packet(7): "Only processes with effective UID 0 or the CAP_NET_RAW capability may open packet sockets"',
  tpotDefaultRoute:
    'telekom-security/tpotce @ fd2573b1 docker/fatt/Dockerfile (CMD … python3 fatt.py -i $(ip route | grep "^default" | awk \'{ print $5 }\'): fatt reads packets with pyshark/tshark, setcap cap_net_raw,cap_net_admin on dumpcap) and docker/glutton/Dockerfile (bin/server -i $(ip route …): libpcap, iptables with setcap cap_net_admin,cap_net_raw); docker-compose.yml runs fatt with network_mode: "host" and cap_add NET_ADMIN, NET_RAW; iproute2 ip-route(8): the default route\'s line reads `default via ADDRESS dev NAME`, its fifth field the interface',
  zmap: 'zmap/zmap @ 8de8833d095b src/socket-linux.c (sends its probes through socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL))) and Dockerfile ("docker run -it --rm --net=host ghcr.io/zmap/zmap <zmap args>")',
  masscan:
    'robertdavidgraham/masscan @ 2be4093b0526 README.md (its own TCP/IP stack, sending through libpcap: `--send-eth` "sends using raw libpcap") and src/rawsock-getmac.c (AF_PACKET)',
  naabu:
    'projectdiscovery/naabu @ cd8b974b8938 README.md ("make sure to install libpcap library for packet capturing"; "Running SYN scan with root privileges", a CONNECT scan without them; "For best results, run naabu as root user")',
  bettercap:
    'bettercap documentation, "Installation" (www.bettercap.org/installation): needs libpcap, and on Linux libnetfilter-queue for its packet.proxy module; the image is run with `docker run -it --privileged --net=host bettercap/bettercap -h`',
  nmapRawDefault:
    'nmap(1), PORT SCANNING TECHNIQUES: -sS "SYN scan is the default and most popular scan option"; -sT "TCP connect scan is the default TCP scan type when SYN scan is not an option. This is the case when a user does not have raw packet privileges"; --unprivileged "tells Nmap to treat the user as lacking network raw socket and sniffing privileges"',
  nmapPrivileged:
    'nmap/nmap @ db4aefddfa34 NmapOps.cc (`if (getenv("NMAP_PRIVILEGED")) isr00t = 1;`: any value, even empty, makes Nmap assume raw-socket privileges) and nmap(1) --privileged ("Assume that the user is fully privileged … the NMAP_PRIVILEGED environment variable may be set as an equivalent alternative")',
  nixFilterSyscalls:
    'NixOS/nix src/libstore: the Linux-only setting filter-syscalls (globals.hh: "Whether to prevent certain dangerous system calls, such as creation of setuid/setgid files or adding ACLs or extended attributes") and setupSeccomp in the Linux build goal (seccomp_load, "unable to load seccomp BPF program"; "you can bypass this error by setting the option \'filter-syscalls\' to false")',
  libbpf:
    'libbpf/libbpf @ 0c065c37f5d3 README.md ("Libbpf supports building BPF CO-RE-enabled applications … It does rely on kernel to be built with BTF type information"; packaged by Fedora, Debian and Alpine): the library loads BPF programs into the running kernel',
  libnetfilterQueue:
    'netfilter.org libnetfilter_queue; package names libnetfilter_queue, libnetfilter_queue-devel (packages.fedoraproject.org, EPEL; installed so with dnf on AlmaLinux 9 by jasonish/docker-suricata @ 917b4791 main/Dockerfile.amd64, with dpdk-devel) and libnetfilter_queue, libnetfilter_queue-dev (pkgs.alpinelinux.org)',
  netbirdIface:
    'netbirdio/netbird @ ee253feddfd0 client/iface/device/kernel_module_linux.go (ModuleTunIsLoaded: /dev/net/tun, "if running on container add flag --cap-add=NET_ADMIN"; WireGuardModuleIsLoaded unless NB_WG_KERNEL_DISABLED) and client/iface/netstack/env.go (NB_USE_NETSTACK_MODE)',
  opensearchSettings:
    'OpenSearch documentation 1.0, "Important settings" (docs.opensearch.org/1.0/opensearch/install/important-settings): "make sure the Linux setting vm.max_map_count is set to at least 262144. Even if you use the Docker image, set this value on the host machine"',
  suricataConfigure:
    'OISF/suricata ./configure --help ("--enable-nfqueue Enable NFQUEUE support for inline IDP"); NFQUEUE is the netfilter target that hands packets to a userspace program',
  bpftraceAlpine:
    'alpinelinux/aports @ 043a6103 community/bpftrace/APKBUILD (subpackages bpftrace-doc, bpftrace-tools: the bpftrace tool scripts, depends on bpftrace)',
  rocm: 'ROCm documentation, "Running ROCm Docker containers" (rocm.docs.amd.com/projects/install-on-linux/en/latest/how-to/docker.html): "Docker containers share the kernel with the host OS. Therefore, the ROCm kernel-mode driver (amdgpu-dkms) must be installed on the host"; docker run --device /dev/kfd --device /dev/dri',
  ollamaRocm:
    'ollama/ollama @ 040a8e85 docs/docker.md ("To run Ollama using Docker with AMD GPUs, use the `rocm` tag": docker run -d --device /dev/kfd --device /dev/dri … ollama/ollama:rocm)',
  mlnxOfed:
    'NVIDIA MLNX_OFED Documentation v23.10-5.1.4.0 LTS, "Installing MLNX_OFED" (docs.nvidia.com/networking/display/mlnxofedv23105140lts/installing+mlnx_ofed): mlnxofedinstall "Discovers the currently installed kernel" and installs the MLNX_OFED_LINUX packages for it',
  ipmi: 'torvalds/linux @ 2324d50d Documentation/driver-api/ipmi.rst ("ipmi_devintf - This provides a userland IOCTL interface for the IPMI driver"; ipmi_si drives the KCS, SMIC and BT system interfaces to the BMC)',
  rocmPackages:
    'ROCm documentation 6.4.3, "Azure Linux native installation" (rocm.docs.amd.com/projects/install-on-linux/en/docs-6.4.3/install/install-methods/package-manager/package-manager-azl.html): the kernel driver is installed separately; ROCm meta packages rocm, rocm-language-runtime, rocm-hip-runtime, rocm-hip-libraries, rocm-opencl-runtime, rocm-ml-libraries',
  amdgpuInstall:
    'ROCm documentation 6.2.0, "Installation via AMDGPU installer" (rocm.docs.amd.com/projects/install-on-linux/en/docs-6.2.0/install/amdgpu-install.html): "amdgpu-install is a tool that helps you install and update AMDGPU, ROCm, and ROCm components"',
  rocmDocker:
    'ROCm/ROCm-docker @ c0dbf1d2 README.md ("the ROCm kernel and corresponding modules must be installed on the host machine. Containers share the host kernel"; docker run --device=/dev/kfd --device=/dev/dri); its dev/ images install the rocm-dev (and rocm-libs) packages',
  rocmWheels:
    'ROCm documentation, "Installing PyTorch for ROCm" (rocm.docs.amd.com/projects/install-on-linux/en/latest/install/3rd-party/pytorch-install.html): ROCm builds of the wheels are downloaded from repo.radeon.com/rocm/manylinux/rocm-rel-<version>/; ROCm/ROCm-docker @ c0dbf1d2 framework/ installs jaxlib, onnxruntime_rocm and torch+rocm wheels from there',
  migraphx:
    'ROCm documentation, "AMD MIGraphX" (rocm.docs.amd.com/projects/AMDMIGraphX): AMD\'s graph inference engine, a ROCm library that runs models on the GPU through the ROCm runtime',
  k8sDevicePlugins:
    'Kubernetes documentation, "Device Plugins" (kubernetes.io/docs/concepts/extend-kubernetes/compute-storage-net/device-plugins/): a device plugin registers with the kubelet through the Unix socket /var/lib/kubelet/device-plugins/kubelet.sock and advertises the node\'s devices; NVIDIA/k8s-device-plugin @ 1b826acc README.md (docker run -v /var/lib/kubelet/device-plugins:/var/lib/kubelet/device-plugins nvcr.io/nvidia/k8s-device-plugin); intel/intel-device-plugins-for-kubernetes @ 94a91bc9 deployments/gpu_plugin/base/intel-gpu-plugin.yaml (hostPath /dev/dri, /sys/class/drm and /var/lib/kubelet/device-plugins); Mellanox/k8s-rdma-shared-dev-plugin and k8snetworkplumbingwg/sriov-network-device-plugin (sriovdp) README.md',
  nvidiaDriverContainer:
    'NVIDIA/gpu-driver-container @ 06a208ca rhel9/nvidia-driver (commands init, build, load, update; init installs the driver for the running kernel, with kernel-headers-${KERNEL_VERSION} and kernel-devel when no precompiled modules fit, and _load_driver runs modprobe nvidia, nvidia-uvm and nvidia-modeset); Linux man-pages 6.03, capabilities(7): CAP_SYS_MODULE "Load and unload kernel modules"',
  apptainer:
    'rootlesscontaine.rs, "Apptainer/Singularity" (www.rootlesscontaine.rs/getting-started/apptainer): user namespace mode is the default since Apptainer 1.1.0, fakeroot mode, or setuid mode with the apptainer-suid component; apptainer/apptainer @ 917d6657 dist/docker/Dockerfile (its own image carries squashfuse, fuse2fs and fuse-overlayfs to mount SIF images without the kernel drivers)',
  apptainerSettings:
    'sylabs/singularity @ ec043315 cmd/internal/cli/singularity.go (envPrefix = "SINGULARITY_": UpdateCmdFlagFromEnv reads every command-line option from SINGULARITY_<KEY>), cmd/internal/cli/action_flags.go (--pid "run container in a new PID namespace", EnvKeys PID and UNSHARE_PID), internal/app/singularity/config_global_linux.go and config_fakeroot_linux.go (`singularity config global` edits singularity.conf, e.g. "allow setuid", `config fakeroot` the subordinate ID maps); apptainer/apptainer internal/pkg/util/env (ApptainerPrefix "APPTAINER_", "environment variable recognized prefixes for Apptainer CLI", and LegacySingularityPrefix "SINGULARITY_"; read from the stored index, no commit)',
  apptainerConda:
    'conda-forge/apptainer-feedstock @ 03d05f44 README.md ("Apptainer: Application containers for Linux"; "`apptainer` can be installed with `conda`: conda install apptainer", or with mamba)',
  alpineDocker:
    'alpinelinux/aports @ 00be790f community/docker/APKBUILD ("docker itself is a meta package", depends="docker-engine docker-cli"; docker-engine is "Docker Engine (dockerd)")',
  cvmfs:
    'cvmfs/cvmfs @ ae7450ec packaging/container/mount_cvmfs.sh ("docker run --cap-add SYS_ADMIN --device /dev/fuse --volume /cvmfs:/cvmfs:shared"; each repository mounted with /usr/bin/cvmfs2 -o fsname=cvmfs2,system_mount,allow_other)',
  cvmfsexec:
    'cvmfs/cvmfsexec @ 01ad1589 README.md ("for mounting cvmfs as an unprivileged user"; "The cvmfsexec command requires unprivileged user namespaces"; on kernels >= 4.18 it does "fuse mounts only inside of unprivileged user namespaces"; `makedist osg` makes its dist directory)',
  idxd: 'torvalds/linux v6.12 drivers/dma/Kconfig (config INTEL_IDXD, the Intel Data Accelerators driver for DSA and IAA) and Documentation/ABI/stable/sysfs-driver-dma-idxd (devices and work queues under /sys/bus/dsa/devices); accel-config(1) in intel/idxd-config ("configure the device via sysfs", saving and loading the configuration); intel/intel-device-plugins-for-kubernetes @ 94a91bc9 demo/idxd-init.sh (binds the idxd driver and runs accel-config load-config and enable-device)',
  cudaCompat:
    "NVIDIA CUDA Compatibility documentation (docs.nvidia.com/deploy/cuda-compatibility/): the forward-compatibility package cuda-compat-<major>-<minor> installs newer user-mode driver libraries under /usr/local/cuda-<version>/compat, which work only with the host's kernel-mode driver of a supported branch and on the supported (data-centre) GPUs",
  gdrcopy:
    'NVIDIA/gdrcopy insmod.sh (loads the companion kernel module gdrdrv.ko and creates /dev/gdrdrv) and packages/gdrcopy.spec ("GDRcopy library and companion kernel-mode driver", the module built for KVERSION, the running kernel)',
  l4tRelease:
    'dusty-nv/jetson-containers @ dd206bfe jetson_containers/l4t_version.py (L4T_VERSION "found in /etc/nv_tegra_release", the Jetson Linux BSP release: its kernel and GPU drivers) and packages/llm/ollama/config.py (writes the build host\'s nv_tegra_release for the image)',
  jetsonBsp:
    "NVIDIA-AI-IOT/deepstream_python_apps @ cb7fd9c8 bindings/qemu_docker/ubuntu-cross-aarch64.Dockerfile (Jetson_Linux_R*_aarch64.tbz2 unpacked, Linux_for_Tegra/nv_tegra/nvidia_drivers.tbz2 holding usr/lib/aarch64-linux-gnu/tegra/libnvbuf*: the user-space half of the BSP's drivers, whose kernel half is the L4T kernel)",
  deepstreamDgpu:
    'NVIDIA DeepStream 6.1 Developer Guide, "Docker Containers" (docs.nvidia.com/metropolis/deepstream/6.1/dev-guide/text/DS_docker_containers.html): "The dGPU container is called deepstream and the Jetson container is called deepstream-l4t"; the containers "use the nvidia-docker package, which enables access to the required GPU resources from containers"',
  nvidiaGraphicsImages:
    'NVIDIA/nvidia-docker issue #534 (maintainer flx42: for OpenGL under nvidia-docker 2 "try our new OpenGL beta images based on libglvnd: hub.docker.com/r/nvidia/opengl", and "a CUDA + OpenGL official image", nvidia/cudagl); gitlab.com/nvidia/container-images/opengl glvnd/runtime/10_nvidia.json (the glvnd vendor file naming libEGL_nvidia, which the NVIDIA runtime mounts from the host driver) and gitlab.com/nvidia/container-images/vulkan (nvidia/vulkan, tagged by its CUDA base, e.g. 1.1.121-cuda-10.1--ubuntu18.04); carla-simulator/carla @ 08a91e94 Util/Docker/Release.Dockerfile (FROM nvidia/vulkan, "Make sure drivers are >= 390", docker run --gpus all)',
  apcupsd:
    'apcupsd.conf(5) (apcupsd 3.14): UPSCABLE/UPSTYPE/DEVICE name the UPS link, a USB UPS (UPSTYPE usb) or a serial port such as /dev/ttyS0; APCUPSD User Manual 3.14.x, "Apcupsd\'s Support for USB UPSes" ("direct support for USB UPSes on Linux systems only")',
  nut: 'networkupstools/nut @ 8948e1aa docs/man/usbhid-ups.txt ("usbhid-ups brings USB/HID UPS monitoring to NUT on all platforms supporting USB through libusb")',
  gpsd: 'gpsd(8) (GPSD project, man/gpsd.adoc, 15 May 2025): "gpsd - interface daemon for GPS receivers"; "If you have a GPS attached on the lowest-numbered USB port of a Linux system … gpsd /dev/ttyUSB0"',
  kmsg: 'kubernetes/node-problem-detector @ 0012798b Dockerfile (ENTRYPOINT /node-problem-detector --config.system-log-monitor=/config/kernel-monitor.json,…) and config/kernel-monitor.json @ 06c4b903 ("plugin": "kmsg", "logPath": "/dev/kmsg")',
  flannel:
    'flannel-io/flannel @ edb78ca2 Documentation/backends.md ("VXLAN is the recommended choice … UDP is suggested for debugging only or for very old kernels that don\'t support VXLAN"; flanneld sets up the chosen backend on the host)',
  jetsonL4t:
    'dusty-nv/jetson-inference @ 008092ff docs/aux-docker.md ("the version of JetPack-L4T that you have installed on your Jetson needs to match the tag above"; the dustynv/jetson-inference containers "use the l4t-pytorch base container" and are started with --runtime nvidia)',
  nebula:
    'slackhq/nebula @ 3a1c1f65 docker/README.md ("The `NET_ADMIN` capability is necessary to create the tun adapter on the host (this is unnecessary if the tun device is disabled.)")',
  tinc: 'gsliepen/tinc @ 013a2e15 doc/tincd.8.in (tincd "will connect to the ethertap or tun/tap device and set up a socket for incoming connections")',
  lsioWireguard:
    'linuxserver/docker-wireguard @ 0101801b README.md ("During container start, it will first check if the wireguard module is already installed and loaded"; run with --cap-add=NET_ADMIN --cap-add=SYS_MODULE)',
  procustodibusWireguard:
    'Pro Custodibus WireGuard image Dockerfile (LABEL org.opencontainers.image.source=https://git.sr.ht/~arx10/procustodibus-agent, description "Runs wg-quick under OpenRC"; `apk add … wireguard-tools`, `rc-update add wg-quick default`, VOLUME ["/sys/fs/cgroup"], CMD ["/sbin/init"]): at start wg-quick brings up the interfaces in /etc/wireguard, a WireGuard link of the host kernel',
  hotioVpnBase:
    'hotio/base @ 7a36f807 (branch alpinevpn) and @ 130f95b3 (branch noblevpn): linux-amd64.Dockerfile (installs wireguard-tools, nftables, iproute2; ENV VPN_ENABLED="false") and root/etc/s6-overlay/s6-rc.d/init-wireguard/run (with VPN_ENABLED=true it exits unless the container holds cap_net_admin, runs `ip link add dev "${VPN_CONF}" type wireguard` and loads nftables rules into table inet hotio); hotio\'s app images (hotio/plex, qbittorrent, sonarr, radarr, sabnzbd) are built on it (VERSION.json upstream_image ghcr.io/hotio/base, upstream_tag noblevpn / alpinevpn)',
  cilium:
    'cilium/cilium @ 00c88111 Documentation/operations/system_requirements.rst ("When running Cilium using the container image cilium/cilium, the host system must meet these requirements: … Linux kernel >= 5.10 or equivalent (e.g., 4.18 on RHEL 8.10)"; CONFIG_BPF, CONFIG_BPF_SYSCALL, CONFIG_NET_CLS_BPF, CONFIG_NET_SCH_INGRESS, …)',
  ciliumRuntime:
    'cilium/cilium images/cilium/Dockerfile @ fa3cfa8b (the cilium agent image is built `FROM ${CILIUM_RUNTIME_IMAGE}`, quay.io/cilium/cilium-runtime) and images/runtime/Dockerfile @ 0f66e929 (the runtime base: iptables, ipset, kmod, bpftool, clang and llc for the eBPF datapath)',
  ciliumBpfDir:
    'cilium/cilium Makefile, target install-bpf ("Copies over the BPF source files from bpf/ to /var/lib/cilium/bpf/"; install-container-binary depends on it) and images/cilium/Dockerfile.debug @ c88829bb (COPY bpf/ /var/lib/cilium/bpf/ beside cilium-agent): the agent compiles its datapath from these sources and loads it into the host kernel (SRC.cilium)',
  tonistiigiBinfmt:
    'tonistiigi/binfmt @ e41434fe cmd/binfmt/main.go (flag -mount, default /proc/sys/fs/binfmt_misc; installs emulators by writing to its register file) and README.md ("docker run --privileged --rm tonistiigi/binfmt --install all"); Dockerfile: the image\'s ENTRYPOINT is /usr/bin/binfmt',
  iptablesWrapper:
    'kubernetes-sigs/iptables-wrappers @ e139a115 iptables-wrapper-installer.sh, as copied in cilium/cilium images/runtime/iptables-wrapper-installer.sh @ 21d690e1 ("Installs a wrapper iptables script in a container that will figure out whether iptables-legacy or iptables-nft is in use on the host")',
  jemallocPage:
    'jemalloc/jemalloc @ 295e4894 INSTALL.md (--with-lg-page: "the base 2 log of the allocator page size, which must in turn be at least as large as the system page size"; by default configure uses the build host\'s page size) and src/pages.c pages_boot() ("<jemalloc>: Unsupported system page size" when the running kernel\'s page is larger)',
  pageSize:
    'torvalds/linux v6.12 arch/arm64/Kconfig (choice "Page size": ARM64_4K_PAGES, ARM64_16K_PAGES, ARM64_64K_PAGES) and arch/x86/include/asm/page_types.h (PAGE_SHIFT 12); the shipped reference configs: el8-aarch64 (AlmaLinux 8, 4.18.0-553.97.1.el8_10) CONFIG_ARM64_64K_PAGES=y, the other aarch64 ones (Debian 11, EL9, EL10, Fedora 43, Ubuntu 20.04-24.04) CONFIG_ARM64_4K_PAGES=y',
  zwaveJsUi:
    'zwave-js/zwave-js-ui @ 44e4bd3f docs/getting-started/docker.md ("Configure the path for your serial device": docker run --device=/dev/serial/by-id/<stick>:/dev/zwave) and docs/getting-started/other-methods.md ("npm install -g zwave-js-ui", then run zwave-js-ui)',
  s390Tools:
    'ibm-s390-linux/s390-tools @ afdecb4a README.md ("user space utilities for use with the s390 Linux kernel and device drivers": dasdfmt/fdasd for DASDs, lszcrypt/chzcrypt for zcrypt devices, qeth and zfcp tools); packages.ubuntu.com noble s390-tools 2.31.0-0ubuntu5 ("fundamental utilities for Linux on z Systems")',
  mermaidSandbox:
    'mermaid-js/mermaid-cli @ 111e0349 docs/linux-sandbox-issue.md (Chromium fails with "No usable sandbox!"; the workaround is a puppeteer-config.json with "args": ["--no-sandbox"], passed as mmdc -p) and docs/already-installed-chromium.md (--puppeteerConfigFile is "a JSON configuration file for puppeteer")',
  felix:
    'projectcalico/calico @ 029a1293 felix/README.md ("`--privileged` is required because Felix needs to execute iptables and other privileged commands. `--net=host` is required so that Felix can manipulate the routes and iptables tables in the host namespace")',
  felixWrapper:
    "projectcalico/calico @ 87c15906 felix/docker-image/calico-felix-wrapper (the felix image's CMD: adds an iptables FORWARD rule, may write /proc/sys/kernel/core_pattern, then runs calico-felix)",
  calicoStartRunit:
    'projectcalico/calico @ 87c15906 node/filesystem/sbin/start_runit (runs /etc/rc.local, then `exec ${RUNSVDIR} -P /etc/service/enabled`) and node/Dockerfile (CMD ["start_runit"], ENV SVDIR=/etc/service/enabled)',
  linkerdProxyInit:
    'linkerd/linkerd2-proxy-init @ 183e791d README.md ("the init container that reroutes all traffic to the pod through Linkerd2\'s sidecar proxy. This rerouting is done via iptables and requires the NET_ADMIN capability")',
  istioIptables:
    'istio/istio @ 86c9f01f tools/istio-iptables/pkg/cmd/root.go (Use: "istio-iptables", Short: "Set up iptables rules for Istio Sidecar"), added to pilot-agent in pilot/cmd/pilot-agent/app/cmd.go (the istio-init container runs `pilot-agent istio-iptables`)',
  istioZtunnel:
    'istio/istio @ 86c9f01f manifests/charts/ztunnel/templates/daemonset.yaml (capabilities added: "NET_ADMIN # Required for TPROXY and setsockopt", "SYS_ADMIN # Required for `setns` - doing things in other netns", "NET_RAW # Required for RAW/PACKET sockets, TPROXY")',
  kumaTransparentProxy:
    'kumahq/kuma @ 348b6528 app/kumactl/cmd/install/install_transparent_proxy.go (Short: "Install Transparent Proxy pre-requisites on the host", Long: "Install Transparent Proxy by modifying the hosts iptables."); tools/releases/dockerfiles/kuma-init.Dockerfile runs it as the kuma-init image\'s CMD',
  kata: 'kata-containers/kata-containers @ 03cc6700 src/runtime/README.md (the runtime "creates hardware-virtualized Linux containers running on Linux hosts"; kata-runtime is its utility program)',
  targetd:
    'open-iscsi/targetd @ cf4b32c1 README.md ("Remote configuration of a LIO-based storage appliance": targetd allocates LVM volumes and exports them over iSCSI through the kernel target, LIO)',
  uvc: 'jacksonliam/mjpg-streamer @ 717c2ee1 mjpg-streamer-experimental/plugins/input_uvc/README.md ("This plugin provides JPEG data from V4L/V4L2 compatible webcams"; -d: "video device to open")',
  deepstreamL4t:
    'NVIDIA DeepStream 6.1 Developer Guide, "Docker Containers" (docs.nvidia.com/metropolis/deepstream/6.1/_sources/text/DS_docker_containers.rst.txt): "The DeepStream 6.1 containers for dGPU and Jetson are distinct"; "the Jetson container is called deepstream-l4t"',
  weave:
    'weaveworks/weave @ 650adb47 site/concepts/fastdp-how-it-works.md (fast datapath "uses the Linux kernel\'s Open vSwitch datapath module"); @ 04d277d9 prog/weave-kube/Dockerfile.template (ADD ./launch.sh … /home/weave/, ENTRYPOINT ["/home/weave/launch.sh"])',
  mkosi:
    'mkosi(1) (Command Line Verbs, Ubuntu noble mkosi 20.2: "build — This builds the image … This command is the default if no verb is explicitly specified"; mkosi 14 (lunar): "This command must be executed as root"; options -C/--directory, -d/--distribution, -r/--release, -t/--format, -o/--output, -O/--output-dir take a value) and mkosi-sandbox(1) (the sandbox mkosi provides for running commands: "--tmpfs DST Mounts a new tmpfs", "--proc DST Mounts /proc from the host", "--dev DST Sets up a private /dev", "--bind SRC DST … recursively bind mounted")',
  kiwiRootBind:
    'OSInside/kiwi kiwi/system/root_bind.py (RootBind: "need kernel filesystems bind mounted", bind_locations /proc, /dev, /var/run/dbus, /sys; mount_kernel_file_systems "Bind mount kernel filesystems" into the new root, raising KiwiMountKernelFileSystemsError when a mount fails) and kiwi/cli.py usage (kiwi-ng [--profile=<name>...] [--type=<build_type>] [--logfile=<filename>] … system <command>)',
  debootstrap:
    'Debian debootstrap functions, setup_proc ("in_target mount -t proc proc /proc", then sysfs on /sys) and setup_devices_simple (mknod /dev/null, /dev/zero, …), read in pts/pts-debootstrap, which keeps those functions; Debian bookworm package data: debootstrap 1.0.128+nmu2+deb12u2, live-build 1:20230502 Depends: debootstrap',
  containerlab:
    'srl-labs/containerlab @ 39ff2b7c docs/install.md ("A user should have `sudo` privileges to run containerlab"; Docker installed; `bash -c "$(curl -sL https://get.containerlab.dev)"` installs it) and docs/manual/network.md ("The p2p links are typically provided by the `veth` device pairs where each end of the `veth` pair is attached to a respective container")',
  ovsDocker:
    'openvswitch/ovs @ d6a632a9 utilities/docker/start-ovs (`start-ovs ovs-vswitchd` runs depmod -a, modprobe openvswitch and ovs-ctl force-reload-kmod, then ovs-vswitchd)',
  kubeVip:
    'kube-vip/kube-vip @ bee5cfe4 README.md ("Control Plane with ARP (Layer 2) or BGP (Layer 3)"; VIP addresses for the control plane and Services) and pkg/kubevip/config_generator.go (the generated static Pod and DaemonSet add NET_ADMIN and NET_RAW and set HostNetwork: true); .github/workflows/main.yaml (images ghcr.io/kube-vip/kube-vip and, from Dockerfile_iptables, ghcr.io/kube-vip/kube-vip-iptables; Makefile REPOSITORY ?= docker.io/plndr)',
  metallbSpeaker:
    'metallb/metallb @ 7938d3f8 website/content/concepts/layer2.md ("MetalLB responds to ARP requests for IPv4 services, and NDP requests for IPv6") and config/controllers/speaker.yaml (the speaker DaemonSet: hostNetwork: true, capabilities add NET_RAW)',
  multusThick:
    "k8snetworkplumbingwg/multus-cni @ 95a09323 deployments/multus-daemonset-thick.yml (command /usr/src/multus-cni/bin/multus-daemon, privileged, hostNetwork and hostPID, the host's /run/netns mounted: it runs the delegate CNI plugins in the pods' network namespaces)",
  weaveImages:
    'weaveworks/weave @ 8c847638 prog/weaver/Dockerfile.template (ADD ./weave ./weaver /home/weave/, ENTRYPOINT ["/home/weave/weaver"]: the router) and prog/weaveexec/Dockerfile.template (ENTRYPOINT ["/home/weave/sigproxy", "/home/weave/weave"]: the weave script that launches the router)',
  kubeRouter:
    'cloudnativelabs/kube-router @ 04a5cc03 README.md ("Kube-router runs as agent on each node and leverages standard Linux technologies iptables, ipvs/lvs, ipset, iproute2"; services are IPVS virtual services)',
  netns:
    'Linux man-pages 6.03 (Debian bookworm manpages 6.03-2), network_namespaces(7): "Network namespaces provide isolation of the system resources associated with networking: network devices, …"; "A physical network device can live in exactly one network namespace"',
  netNaming:
    'systemd/systemd @ 03172be6 man/systemd.net-naming-scheme.xml ("All names start with a two-character prefix": en Ethernet, wl WLAN, ww WWAN; then o<number> on-board, s<slot> PCI slot, p<bus>s<slot> PCI path, x<MAC>)',
  strongswanFedora:
    'Fedora/EPEL rpms/strongswan strongswan.spec (%configure --with-ipsec-script=strongswan: the ipsec starter is installed as `strongswan`, e.g. strongswan start)',
  mizarDaemon:
    'CentaurusInfra/mizar @ 73965a658583 setup.py (console script `mizard=mizar.daemon.app:main`) and mizar/common/rpc.py (`load-transit-xdp -i <node interface>` of /trn_xdp/trn_transit_xdp_ebpf.o, `load-agent-xdp` on veth peers, through the transit daemon)',
  xdpTools:
    'xdp-project/xdp-tools @ 84d3c95e README.org ("the libxdp library for working with the eXpress Data Path facility of the Linux kernel"; xdp-loader, xdp-filter, xdp-dump)',
  yama: 'torvalds/linux @ 254a1420 Documentation/admin-guide/LSM/Yama.rst (kernel.yama.ptrace_scope: 1 "restricted ptrace" lets a process PTRACE_ATTACH only to its descendants, "gdb --pid=PID" and "strace -p PID" need CAP_SYS_PTRACE; 2 admin-only attach; 3 no attach)',
  mobySeccomp:
    'moby/moby @ 0ec744f4 profiles/seccomp/default.json (ptrace, process_vm_readv/writev allowed on kernels ≥ 4.8 or with CAP_SYS_PTRACE; clone with namespace flags, unshare, setns, mount only with CAP_SYS_ADMIN; syslog only with CAP_SYSLOG; settimeofday, clock_settime only with CAP_SYS_TIME; mlock, mlockall, setrlimit allowed)',
  chromiumSandbox:
    'chromium/chromium @ 778691eb docs/linux/sandboxing.md (layer-1: the user namespaces sandbox, "based on (unprivileged) user namespaces in the Linux kernel", or the setuid sandbox; layer-2: seccomp-BPF; `--no-sandbox` disables all sandboxing, `--disable-setuid-sandbox` the setuid one)',
  electronSandbox:
    'electron/electron @ 01126741 docs/tutorial/sandbox.md ("Electron comes with a mixed sandbox environment, having Chromium\'s sandbox enabled but disabling it by default for renderer processes"; `--no-sandbox` disables it for all processes)',
  appimage:
    'AppImage/type2-runtime @ 02391728 src/runtime/runtime.c (an AppImage mounts its own image through FUSE — "Cannot mount AppImage, please check your FUSE setup." — unless run with --appimage-extract, --appimage-extract-and-run or APPIMAGE_EXTRACT_AND_RUN set, which extract instead)',
  transhuge:
    'torvalds/linux v6.12 Documentation/admin-guide/mm/transhuge.rst (the THP mode is system-wide: /sys/kernel/mm/transparent_hugepage/enabled and defrag, always, madvise or never; with madvise only regions marked MADV_HUGEPAGE get huge pages) and mm/Kconfig (TRANSPARENT_HUGEPAGE)',
  // Sample 41 (self-hosted application platforms).
  davfs2:
    'software.opensuse.org davfs2 ("a FUSE file system driver that allows mounting a WebDAV server as a local file system"; "It uses the kernel file system coda, or FUSE"; build.opensuse.org openSUSE:Factory davfs2 changes for 1.6.0: "Remove Coda-support")',
  chromiumSandboxPackage:
    'packages.debian.org bookworm chromium-sandbox ("setuid security sandbox for chromium": the /usr/lib/chromium/chrome-sandbox helper, used where unprivileged user namespaces are not available)',
  nvCodecHeaders:
    'packages.ubuntu.com noble libffmpeg-nvenc-dev 12.1.14.0-1 and packages.debian.org trixie (source nv-codec-headers: "FFmpeg headers for interfacing with NVIDIA\'s codec APIs"); pkgs.alpinelinux.org and archlinux.org ffnvcodec-headers ("FFmpeg version of headers required to interface with Nvidias codec APIs"); FFmpeg configure --help (nvenc, nvdec, cuvid): code paths that run on the host NVIDIA driver',
  mesaOpencl:
    'packages.debian.org bookworm mesa-opencl-icd ("free implementation of the OpenCL API -- ICD runtime": Mesa\'s OpenCL on its Gallium GPU drivers, which render through the kernel DRM driver\'s /dev/dri nodes)',
  immichArmnn:
    'docs.immich.app/features/ml-hardware-acceleration (ARM NN on Mali GPUs: "Make sure you have the appropriate linux kernel driver installed"; "/dev/mali0 must be available in the host server"; the closed-source libmali.so comes from the host); immich-app/immich @ 1f4563e7 machine-learning/Dockerfile (prod-armnn writes /usr/lib/libmali.so into /etc/OpenCL/vendors/mali.icd)',
  hardenedMalloc:
    'mailu/Mailu @ bbb1c206 core/base/libs/socrate/socrate/system.py (loads /usr/lib/libhardened_malloc.so through LD_PRELOAD only when /proc/version shows a kernel from 6.1 and the CPU has AVX2 or lrcpc, and warns when /proc/sys/vm/max_map_count is below 1048576, pointing at GrapheneOS/hardened_malloc README, "Traditional Linux-based operating systems")',
  elasticsearchDocker:
    'Elastic documentation, "Using the Docker images in production" (elastic.co/docs/deploy-manage/deploy/self-managed/install-elasticsearch-docker-prod): "The vm.max_map_count kernel setting must be set to 1048576", set on the Linux host with sysctl -w and in /etc/sysctl.conf',
  aioContainers:
    'nextcloud/all-in-one @ 50636f2a php/containers.json (nextcloud-aio-collabora, image Containers/collabora FROM collabora/code: cap_add SYS_ADMIN, SYS_CHROOT, FOWNER, CHOWN; nextcloud-aio-borgbackup: cap_add SYS_ADMIN, devices /dev/fuse, apparmor_unconfined) and docker-rootless.md (the Collabora container does not work under rootless Docker)',
  kernelFips:
    'torvalds/linux v6.12 crypto/fips.c (fips_enabled, set by the fips= boot parameter through __setup("fips=", …), is registered read-only, mode 0444, as /proc/sys/crypto/fips_enabled) and include/linux/fips.h (without CONFIG_CRYPTO_FIPS fips_enabled is 0); Red Hat build of Keycloak 24.0 Server guide, section 14.7 "Red Hat build of Keycloak server in FIPS mode in containers" (docs.redhat.com: the host must use FIPS mode too, and the container "inherits" it from its host); RocketChat/Rocket.Chat @ 961a78d0 apps/meteor/.docker/Dockerfile.fips3 (runs update-crypto-policies --set FIPS and notes that RHEL enables container FIPS mode only when the host kernel runs with fips=1)',
  thpoff:
    'discourse/discourse_docker @ e071c2c8 image/base/thpoff.c ("A tiny program that disable transparent huge pages on arbitrary processes": prctl(PR_SET_THP_DISABLE, 1) then execvp of its arguments); Linux man-pages 6.03 prctl(2) PR_SET_THP_DISABLE (since Linux 3.15)',
  cypressElectron:
    'cypress npm package, cli spawn (cypress-io/cypress cli/lib/exec/spawn: `needsSandbox = () => isLinuxLike()`, "Returns true if running on a system where Electron needs "--no-sandbox" flag", so every Linux start of the Cypress binary, an Electron app, gets --no-sandbox) and the cli help ("run  Runs Cypress tests from the CLI without the GUI", "open  Opens Cypress in the interactive GUI", "verify  Verifies that Cypress is installed correctly and executable")',
  chromedriver:
    'Zenika/alpine-chrome @ 128b2181 with-chromedriver/Dockerfile (ENTRYPOINT ["chromedriver", …], the WebDriver server that starts Chromium for each session) and README.md (Chromium in a container runs with `--no-sandbox`, `--cap-add=SYS_ADMIN` or the Chrome seccomp profile chrome.json); SeleniumHQ/docker-selenium @ 3290a305 NodeChrome/wrap_chrome_binary and NodeEdge/wrap_edge_binary (the browser the driver starts is wrapped to add --no-sandbox)',
  selenoid:
    'aerokube/selenoid @ 96be6823 README.md ("Selenoid is a powerful implementation of Selenium hub using Docker containers to launch browsers") and main.go (flag "disable-docker", "Disable docker support"; then the drivers of browsers.json run as local processes); Zenika/alpine-chrome @ 128b2181 with-selenoid/Dockerfile and browsers.json (selenoid -disable-docker with chromedriver as the chrome entry\'s "image")',
  installChrome:
    'jitsi/docker-jitsi-meet @ 2e6b31d8 jibri/rootfs/usr/bin/install-chrome.sh (installs google-chrome-stable or Debian\'s chromium and chromium-sandbox) and jibri/rootfs/defaults/jibri.conf (Chrome flags end in "--no-sandbox"); photoprism/photoprism @ 382ffa89 scripts/dist/install-chrome.sh ("This installs Google Chrome on Linux")',
  playwrightInstall:
    'microsoft/playwright packages/playwright-core/src/cli/program.ts (`install [browser...]`: "Install default browsers." with no operand, or "Install custom browsers, supports chromium, chrome, chrome-beta, msedge, msedge-beta, msedge-dev, firefox, webkit"; `--with-deps` also installs system dependencies); browserless/browserless @ 0e2f33ed docker/chrome/Dockerfile (`./node_modules/playwright-core/cli.js install --with-deps chrome`, then CMD ["./scripts/start.sh"])',
  journaldReadKmsg:
    'systemd journald.conf(5) (ReadKMsg=: "Takes a boolean value. If enabled systemd-journald processes /dev/kmsg messages generated by the kernel"); nestybox/sysbox tests/Dockerfile.systemd.ubuntu (echo "ReadKMsg=no" >> /etc/systemd/journald.conf for systemd in a container)',
  fstab:
    'util-linux fstab(5) ("The file fstab contains descriptive information about the filesystems the system can mount") and mount(8) (`mount -a` mounts all filesystems mentioned in fstab); systemd-fstab-generator(8) (translates /etc/fstab into mount units at boot)',
  hugetlbpage:
    'torvalds/linux v6.12 Documentation/admin-guide/mm/hugetlbpage.rst (the persistent huge page pool is sized through /proc/sys/vm/nr_hugepages)',
  jdkLargePages:
    'openjdk/jdk @ 02b6464f src/hotspot/os/linux/globals_linux.hpp (UseTransparentHugePages "Use MADV_HUGEPAGE for large pages", UseHugeTLBFS "Use MAP_HUGETLB for large pages"; UseLargePages)',
  rlimit:
    'Linux man-pages 6.03, getrlimit(2): an unprivileged process may raise its soft limit only up to the hard limit; "A privileged process (under Linux: one with the CAP_SYS_RESOURCE capability in the initial user namespace) may make arbitrary changes to either limit value"; RLIMIT_MEMLOCK bounds mlock(2) and mlockall(2)',
  dockerUlimit:
    'Docker documentation, "docker container run": --ulimit (docs.docker.com/reference/cli/docker/container/run/); Compose `ulimits:`',
  esMemoryLock:
    'Elasticsearch Reference 5.2, "Disable swapping" (elastic.co/guide/en/elasticsearch/reference/5.2/setup-configuration-memory.html): bootstrap.memory_lock uses "mlockall on Linux/Unix systems" to lock the process address space into RAM',
  sysfsConf:
    'Debian bookworm package sysfsutils 2.1.1-4 ("sysfs query tool and boot-time setup": a service that sets sysfs attributes at boot from /etc/sysfs.conf and /etc/sysfs.d)',
  mobyProcSysRo:
    'moby/moby @ 23f2c12c daemon/pkg/oci/defaults.go (a container that is not privileged gets /sys as sysfs "ro" and ReadonlyPaths /proc/bus, /proc/fs, /proc/irq, /proc/sys, /proc/sysrq-trigger)',
  hvDaemons:
    'torvalds/linux v6.12 tools/hv/hv_kvp_daemon.c (opens /dev/vmbus/hv_kvp) and tools/hv/hv_vss_daemon.c (/dev/vmbus/hv_vss): the Hyper-V guest daemons reach the hypervisor through VMBus devices of the kernel they run on',
  openVmTools:
    'vmware/open-vm-tools README.md (services and modules for VMware guests); torvalds/linux v6.12 drivers/misc/vmw_vmci/Kconfig (VMWARE_VMCI, the VMware VMCI driver for guest-to-host communication)',
  irqbalance:
    'Irqbalance/irqbalance irqbalance.1 ("distribute hardware interrupts across processors on a multiprocessor system"; it writes /proc/irq/<n>/smp_affinity)',
  swap: 'Linux man-pages 6.03, swapon(2) ("swapon, swapoff - start/stop swapping to file/device"; ERRORS: EPERM "The caller does not have the CAP_SYS_ADMIN capability") and swapon(8) (-s/--summary and --show only display the swap areas in use)',
  efivarfs:
    'torvalds/linux v6.12 Documentation/filesystems/efivarfs.rst (UEFI variables through the efivarfs filesystem, mounted at /sys/firmware/efi/efivars); efibootmgr(8) ("manipulate the UEFI Boot Manager")',
  scst: 'SCST project, scst.sourceforge.net: iscsi-scstd is the iSCSI target daemon of SCST, whose target core and iSCSI target are kernel modules (scst, iscsi-scst)',
  connman:
    'connman(8) (the Connection Manager daemon manages the network connections of a device: it configures interfaces, addresses and routes)',
  nspawn:
    'systemd-nspawn(1) ("Spawn a command or OS in a light-weight container"; it virtualizes the file system hierarchy, the process tree, the IPC subsystems and the host and domain name)',
  archChroot:
    'archlinux/arch-install-scripts arch-chroot.8 (wraps chroot, "mounting /dev/, /proc and other API filesystems" first) and pacstrap.8 (runs in such a chroot)',
  schroot:
    'schroot(1) and schroot-setup(5) (setup.d/10mount mounts the filesystems of the chroot profile fstab, /proc, /sys and /dev/pts among them)',
  osbuild:
    'osbuild/osbuild @ f6b23dbc90c0 README.md (requirements: bubblewrap >= 0.4.0) and osbuild/buildroot.py (each stage runs under `bwrap`)',
  selinuxConfig:
    'selinux_config(5) (the SELinux config file sets the state of SELinux, SELINUX=enforcing | permissive | disabled, applied when the policy is loaded at boot)',
  elementalInstall:
    'rancher/elemental-toolkit @ 185c18b588c2 docs/content/en/docs/Development/_index.md (`elemental install /dev/sda`) and Customizing/general_configuration.md (`elemental install`, `elemental reset`, `elemental upgrade` act on the installed system)',
  debosFakemachine:
    'go-debos/debos @ 76a7b0fa2d77 README.md (fakemachine backend auto|kvm|qemu; "Check that `kvm` is enabled and writable by the user running the docker container"; `docker run … --device /dev/kvm … godebos/debos`; --disable-fakemachine)',
  routeNetTools:
    'ecki/net-tools @ 00097121 man/en_US/route.8 ("Route manipulates the kernel\'s IP routing tables"; "When the add or del options are used, route modifies the routing tables. Without these options, route displays the current contents"); capabilities(7): CAP_NET_ADMIN "modify routing tables"',
  qemuAccel:
    'QEMU documentation, System Emulation > Invocation (qemu.org docs/system/invocation): `-enable-kvm` "Enable KVM full virtualization support"; `-machine accel=accels1[:accels2…]` and `-accel name` "This is used to enable an accelerator. Depending on the target architecture, kvm, xen, hvf, nvmm, whpx or tcg can be available. By default, tcg is used."; Debian kvm(1) ("kvm is equivalent to qemu-system-x86_64 -machine accel=kvm:tcg")',
  qemuBridgeHelper:
    'qemu/qemu @ 003f8dbc qemu-bridge-helper.c (reads the ACL file CONFIG_QEMU_CONFDIR "/bridge.conf" — allow/deny <bridge>; opens /dev/net/tun, creates a tap with TUNSETIFF, adds it to the bridge with SIOCBRADDIF, keeping only CAP_NET_ADMIN)',
  libvaDriverName:
    'intel/libva @ f13ba3b3 va/va.c (vaInitialize: secure_getenv("LIBVA_DRIVER_NAME") names the VA-API driver to load, "User environment variable requested driver")',
  dockerVolumeSshfs:
    'vieux/docker-volume-sshfs @ 0fc99c42 config.json (the docker-volume-sshfs volume plugin: "linux": capabilities CAP_SYS_ADMIN, devices /dev/fuse — it mounts sshfs, a FUSE filesystem)',
  geesefs:
    'yandex-cloud/geesefs @ 6e2bbab58e82 README.md (GeeseFS, an S3 filesystem compared there with the other "FUSE file systems based on S3" — rclone, Goofys, S3FS, gcsfuse; "You may also need to install FUSE utils (fuse3 or fuse RPM/Debian package) first")',
  rcloneServeDocker:
    'rclone/rclone @ 64ab1ac32260 docs/content/commands/rclone_serve_docker.md ("Serve any remote on docker\'s volume plugin API") and contrib/docker-plugin/managed/config.json (entrypoint rclone serve docker; "linux": capabilities CAP_SYS_ADMIN, devices /dev/fuse); docs/content/docker.md ("The FUSE driver is a prerequisite for rclone mounting")',
  pyroute2:
    'svinota/pyroute2 @ d1f02054 README.rst ("Pyroute2 is a pure Python **netlink** library … **rtnl**, network settings --- addresses, routes, traffic controls"; IPRoute "Linux network configuration": link add, addr add, netns.create)',
  pythonIptables:
    'ldx/python-iptables @ f6a272b6 README.md ("Interoperability with iptables is achieved via using the iptables C libraries (`libiptc`, `libxtables` …)"; "Of course you need to be root to be able to use iptables")',
  pythonFuseBindings:
    'borgbackup/borg @ fc74d5f643d1 docs/installation.rst ("if you wish to mount an archive as a FUSE filesystem, you need a FUSE implementation for Python: mfusepy … pyfuse3 (for fuse 3) … llfuse (for fuse 2)"; "your OS will need to have FUSE support installed")',
  gcsfuse:
    'GoogleCloudPlatform/gcsfuse @ 006d532c docs/installing.md (the gcsfuse package from packages.cloud.google.com; "you need only ensure fuse is installed"; permission errors mounting are fixed on /dev/fuse)',
  strongswanLibipsec:
    'strongswan/strongswan @ 049ba227 src/libcharon/plugins/kernel_libipsec/kernel_libipsec_router.c (the kernel-libipsec backend reads and writes plaintext packets through a TUN device, tun_device_t "kernel-libipsec-tun"); without it charon installs SAs through the kernel\'s XFRM (kernel-netlink)',
  v4l2Tools:
    'mpromonet/v4l2rtspserver @ 0047f329 README.md (streams "an Video4Linux device"; "device : V4L2 capture device and/or ALSA device (default /dev/video0)"; docker run --device=/dev/video0); mpromonet/v4l2tools @ 074a9650 README.md (v4l2copy, v4l2convert, v4l2compress: "read from a V4L2 capture device … write to a V4L2 output device")',
  osixiaKeepalived:
    'osixia/docker-keepalived @ ed415f61 README.md ("A docker image to run Keepalived"; "This image require the kernel module ip_vs loaded on the host (`modprobe ip_vs`) and need to be run with : --cap-add=NET_ADMIN --net=host")',
  rpiGpioPackages:
    'packages.debian.org: python3-rpi.gpio (bookworm 0.7.1~a4-1) and python-rpi.gpio (buster 0.6.5-1), source rpi.gpio, "Module to control Raspberry Pi GPIO channels", depending on rpi.gpio-common; pkgs.alpinelinux.org community py3-rpigpio ("a class to control the GPIO on a Raspberry Pi", project RPi.GPIO)',
  dmesg:
    'util-linux dmesg(1) ("examine or control the kernel ring buffer"; reads /dev/kmsg, or the kernel buffer through syslog(2)); Linux man-pages 6.03 syslog(2) (CAP_SYSLOG where kernel.dmesg_restrict is 1)',
  hsakmt:
    'ROCm/ROCT-Thunk-Interface @ 49fd2466 src/topology.c (libhsakmt, under the ROCm runtime, reads every GPU node from the amdgpu KFD topology in sysfs, KFD_SYSFS_PATH_NODES; HSA_OVERRIDE_GFX_VERSION=major.minor.stepping replaces the gfx version it reports for those nodes); ROCm/ROCR-Runtime @ 44b489d8 runtime/hsa-runtime/core/util/flag.h (ROCR_VISIBLE_DEVICES filters the GPUs the runtime exposes)',
  rocmIsolation:
    'ROCm documentation 6.1.2, "GPU isolation techniques" (rocm.docs.amd.com/en/docs-6.1.2/conceptual/gpu-isolation.html): ROCR_VISIBLE_DEVICES (ROCm runtime), GPU_DEVICE_ORDINAL (ROCclr: HIP and OpenCL), HIP_VISIBLE_DEVICES (HIP runtime) select the exposed GPUs',
  neuronContainers:
    'aws/aws-neuron-sdk v1.16.1 neuron-deploy/index.rst ("Running Neuron inside a container on Inf1 requires … a base AMI with aws-neuron-runtime-base and aws-neuron-dkms installed"); AWS Neuron documentation, "Tutorial How to Build and Run a Neuron Container" (awsdocs-neuron.readthedocs-hosted.com/en/latest/containers/tutorials/build-run-neuron-container.html: docker run --device=/dev/neuron0 … neuron-ls) and "Tutorial: Docker environment setup for Neuron Runtime 1.x" (AWS_NEURON_VISIBLE_DEVICES selects the Inferentia devices exposed to a container)',
  ngcPytorch:
    'NVIDIA Deep Learning Frameworks documentation, PyTorch container release notes (docs.nvidia.com/deeplearning/frameworks/pytorch-release-notes/, e.g. rel_19-03: "Release 19.03 is based on CUDA 10.1, which requires NVIDIA Driver release 418.xx+"): every nvcr.io/nvidia/pytorch release names the host driver it requires',
  intelGpuTools:
    'packages.debian.org bookworm intel-gpu-tools 1.27.1-1: "tools for debugging the Intel graphics driver, including a GPU hang dumping program, performance monitor, and performance microbenchmarks for regression testing the DRM" (depends on libdrm-intel1, the "userspace interface to intel-specific kernel DRM services")',
  cephFuse:
    'packages.debian.org bookworm ceph-fuse 16.2.15+ds-0+deb12u1: "FUSE-based client for the Ceph distributed file system … allows one to mount a Ceph file system without root privileges" (depends on libfuse2, recommends fuse)',
  habana:
    'Intel Gaudi documentation, "Docker Installation" (docs.habana.ai/en/latest/Installation_Guide/Additional_Installation/Docker_Installation.html: containers run through habana-container-runtime) and "Custom Driver and Software Installation" (habanalabs-dkms "Installs the habanalabs, habanalabs_cn, habanalabs_en, and habanalabs_ib drivers" on the host); HabanaAI/habana-container-runtime README (its hook configures Habana device access for the container when HABANA_VISIBLE_DEVICES is set)',
  hailoAll:
    'raspberrypi/documentation @ c3d1b7fb documentation/asciidoc/computers/ai/getting-started.adoc ("sudo apt install hailo-all" installs the "Hailo kernel device driver and firmware", "HailoRT middleware software", Hailo Tappas core post-processing libraries; "hailortcli fw-control identify" checks the NPU)',
  sched:
    'Linux man-pages 6.03, sched(7) "Privileges and resource limits" (an unprivileged thread may set SCHED_FIFO or SCHED_RR only up to its RLIMIT_RTPRIO soft limit; "Privileged (CAP_SYS_NICE) threads ignore the RLIMIT_RTPRIO limit"); torvalds/linux v6.12 Documentation/scheduler/sched-rt-group.rst (with CONFIG_RT_GROUP_SCHED a real-time task runs only in a group given cpu.rt_runtime_us); Docker documentation, "Resource constraints: Configure the real-time scheduler" (--cap-add=sys_nice, --cpu-rt-runtime, --ulimit rtprio)',
  sambaNtacl:
    'samba-team/samba @ 84a29259 source3/param/loadparm.c (for the AD DC server role, "vfs objects" defaults to "dfs_samba4 acl_xattr"); Samba vfs_acl_xattr(8) (Ubuntu noble samba-vfs-modules 4.19.5): "The NT ACLs are stored in the security.NTACL extended attribute of files and directories", "a protected location"; Linux man-pages 6.03, xattr(7): security attributes are written under the policy of the security module, and with none loaded only by a process with CAP_SYS_ADMIN',
  jdkNuma:
    'openjdk/jdk @ 9b614aff src/hotspot/share/runtime/globals.hpp (product flag UseNUMA, "Use NUMA if available"); on Linux the JVM reaches the NUMA nodes through libnuma and the kernel NUMA calls of numa(7)',
  electronDisableSandbox:
    'electron/electron @ 00f5e10e shell/app/electron_main_delegate.cc (ElectronMainDelegate::BasicStartupComplete: `if (env->HasVar(kElectronDisableSandbox))` Electron appends the --no-sandbox switch, so the variable counts when set to any value, empty included)',
  qtWebEngineSandbox:
    'Qt documentation, "Qt WebEngine Platform Notes: Sandboxing Support" (doc.qt.io/qt-6/qtwebengine-platform-notes.html: on Linux Qt WebEngine runs Chromium\'s sandbox; it is turned off by setting the QTWEBENGINE_DISABLE_SANDBOX environment variable to 1 or by passing --no-sandbox)',
  firefoxUserNamespaces:
    'mozilla/gecko-dev @ 9714e095 security/sandbox/common/SandboxUtils.sys.mjs (maybeWarnAboutMissingUserNamespaces: on Linux, unless the pref security.sandbox.warn_unprivileged_namespaces is false, Firefox shows the "sandbox-missing-unprivileged-namespaces" warning when sysinfo hasUserNamespaces is false, i.e. its sandbox cannot create unprivileged user namespaces)',
  libuvIoUring:
    'libuv/libuv @ 012029ab src/unix/linux.c (uv__use_io_uring() reads the UV_USE_IO_URING variable to decide whether file operations go through an io_uring ring of the kernel, uv__iou_init → io_uring_setup; when the setup fails the ring is marked failed and uv__iou_get_sqe returns NULL, so the operation takes the thread pool)',
  dragonflyIoUring:
    'dragonflydb/dragonfly @ f8eca6d0 src/server/dfly_main.cc (on a kernel older than 5.10, or when io_uring_queue_init fails with ENOSYS, ENOMEM (locked-memory limit: "try adding \'--ulimit memlock=-1\'") or EPERM (kernel.io_uring_disabled), Dragonfly logs a warning and uses its epoll engine; --force_epoll chooses epoll) and tools/docker/entrypoint.sh (ulimit -l 65000 "when running on kernels < 5.12")',
  dorisStartBe:
    'apache/doris @ 008b53d2 bin/start_be.sh (unless SKIP_CHECK_ULIMIT is "true" it exits when /proc/sys/vm/max_map_count is below 2000000, when swap is on (swapon -s) or when ulimit -n is below 60000)',
  glibcRseq:
    'GNU C Library manual, "Restartable Sequences" and "POSIX Thread Tunables" (glibc registers an rseq area for each thread; glibc.pthread.rseq=0 disables that registration, for programs that register rseq themselves); torvalds/linux v6.12 init/Kconfig (RSEQ, "Enable rseq() system call", merged in Linux 4.18); MongoDB manual 8.0, "TCMalloc Performance Optimization for a Self-Managed Deployment" (per-CPU caches; "Disable glibc rseq"; THP enabled on the host before mongod starts)',
  dmidecode:
    'dmidecode(8), Ubuntu jammy dmidecode 3.3 ("It will first try to read the DMI table from sysfs, and next try reading directly from memory if sysfs access failed"); moby/moby oci/defaults.go (DefaultLinuxSpec: /sys/firmware is among the MaskedPaths of every container)',
  msr: 'torvalds/linux v6.12 arch/x86/Kconfig (X86_MSR, "/dev/cpu/*/msr - Model-specific register support") and arch/x86/kernel/msr.c (msr_open: "if (!capable(CAP_SYS_RAWIO)) return -EPERM"); x86 only',
  xmrigRandomx:
    'xmrig/xmrig @ b2ca7248 src/hw/msr/Msr_linux.cpp (MsrPrivate: writes /sys/module/msr/parameters/allow_writes or runs `/sbin/modprobe msr allow_writes=on`, then opens /dev/cpu/N/msr), src/crypto/rx/RxMsr.cpp ("FAILED TO APPLY MSR MOD, HASHRATE WILL BE LOW"), src/config.json ("huge-pages": true, "wrmsr": true, "rdmsr": true, "1gb-pages": false by default) and src/crypto/common/VirtualMemory_unix.cpp (mmap with MAP_HUGETLB from the pool under /proc/sys/vm/nr_hugepages, 1 GiB pages with --randomx-1gb-pages)',
  pcm: 'intel/pcm @ 0bfeade9 Dockerfile (ENTRYPOINT pcm-sensor-server) and DOCKER_README.md ("modprobe msr" on the host, then docker run --privileged, or --cap-add=SYS_ADMIN --cap-add=SYS_RAWIO --device=/dev/cpu …)',
  setprivCaps:
    'util-linux 2.38.1 setpriv(1) (--inh-caps, --ambient-caps, --bounding-set "Set the inheritable capabilities, ambient capabilities or the capability bounding set"; "A capability can be added to the ambient set only if it is currently present in both the permitted and inheritable sets"; --no-new-privs alone "is supported since Linux 3.5"); Linux man-pages 6.03, capabilities(7): PR_CAPBSET_DROP removes a capability from the bounding set "provided it has the CAP_SETPCAP capability"',
  capsh:
    'libcap capsh(1) (--caps=xxx "set caps as per cap_from_text()", --inh, --addamb=xxx "Adds the specified ambient capability to the running process", --drop, --user); Linux man-pages 6.03, capabilities(7): the ambient set exists since Linux 4.3, and a process can raise capabilities only within its bounding set',
  balenaEntryUdev:
    'balena-io-library/base-images @ 02e34618 balena-base-images/amd64/debian/sid/build/entry.sh (the balenalib images\' entry point: UDEV lower-cased, `1` or `true` read as `on`; start_udev: `if [ "$UDEV" == "on" ]`, only when `ip link add dummy0 type dummy` succeeds (privileged): mount_dev mounts a devtmpfs over /dev, then `unshare --net udevd --daemon` (or systemd-udevd) and `udevadm trigger`, else "Unable to start udev, container must be run in privileged mode to start udev!"; then it execs the command)',
  udevadm:
    'systemd udevadm(8) (Debian bookworm systemd 252): trigger "Request device events from the kernel. Primarily used to replay events at system coldplug time"; udev(7): systemd-udevd receives the device events (uevents) of the kernel and applies the rules in /etc/udev/rules.d; torvalds/linux v6.12 Documentation/ABI/testing/sysfs-uevent (writing an action to a device\'s uevent file in sysfs makes the kernel emit a synthetic uevent: how events are replayed)',
  cyclictest:
    'rt-tests src/cyclictest/cyclictest.c display_help() and cyclictest(8): measures timer wake-up latency; "-p PRIO --prio=PRIO priority of highest prio thread" (a real-time priority), "-m --mlockall lock current and future memory allocations"',
  dpdkEal:
    'DPDK/dpdk @ 476c847a doc/guides/linux_gsg/linux_eal_parameters.rst ("These parameters can be used by any DPDK application running on Linux"; Linux-specific: --file-prefix, --base-virtaddr; memory: --legacy-mem, --socket-mem, --socket-limit, --single-file-segments "Create fewer files in hugetlbfs", --huge-dir "Use specified hugetlbfs directory", --huge-unlink "Unlink hugepage files", --match-allocations "Free hugepages back to system"; devices: --create-uio-dev "devices bound to igb_uio kernel driver", --vfio-intr "devices bound to VFIO kernel driver")',
  dpdkLegacyMake:
    'DPDK/dpdk @ 0cd854ee mk/rte.vars.mk ("RTE_TARGET" is ARCH-MACHINE-EXECENV-TOOLCHAIN; "# can be overriden by make command line or exported environment variable / RTE_KERNELDIR ?= /lib/modules/$(shell uname -r)/build") and config/common_linuxapp @ 304caba1 (CONFIG_RTE_EAL_IGB_UIO=y, CONFIG_RTE_LIBRTE_KNI=y: the Linux configuration builds the igb_uio and KNI kernel modules); config/common_linux @ 26ed1b2a keeps CONFIG_RTE_LIBRTE_KNI=y',
  pktgenDpdk:
    'pktgen/Pktgen-DPDK README.md ("Pktgen - Traffic Generator powered by DPDK"); DPDK Getting Started Guide for Linux, "EAL parameters" (a DPDK application takes the EAL options first and its own after `--`)',
  ascendNpu:
    'Ascend/ascend-docker-image @ 3b95fce6 ascend-infer-310b/README.md (docker run --device=/dev/davinci0 --device=/dev/davinci_manager … -v /usr/local/Ascend/driver/lib64:/usr/local/Ascend/driver/lib64:ro; "/usr/local/Ascend/driver为物理机上安装的NPU驱动目录": the NPU driver installed on the host) and Dockerfile/latest/MindStudio/README.md (version.info is copied from the host\'s /usr/local/Ascend/driver; the CANN toolkit and framework packages are the user space)',
  rayAmdGpu:
    'ray-project/ray python/ray/_private/accelerators/amd_gpu.py (AMDGPUAcceleratorManager: ROCR_VISIBLE_DEVICES_ENV_VAR = "ROCR_VISIBLE_DEVICES", NOSET_ROCR_VISIBLE_DEVICES_ENV_VAR = "RAY_EXPERIMENTAL_NOSET_ROCR_VISIBLE_DEVICES": Ray then leaves the AMD GPUs a worker sees as they are set)',
  accelHabanalabs:
    'torvalds/linux @ a4a508df drivers/accel/habanalabs/Kconfig (config DRM_ACCEL_HABANALABS, "HabanaLabs AI accelerators": "the module will be called habanalabs", user-space interface include/uapi/drm/habanalabs_accel.h) and Documentation/accel/introduction.rst (compute accelerators are exposed as /dev/accel/accel* character devices)',
  efa: 'torvalds/linux v6.12 drivers/infiniband/hw/efa/Kconfig (config INFINIBAND_EFA, "Amazon Elastic Fabric Adapter (EFA) support"); HabanaAI/Setup_and_Install @ b626de8a dockerfiles/base/install_efa.sh (runs aws-efa-installer\'s efa_installer.sh --skip-kmod: user-space libfabric and rdma-core only, the efa module stays the host\'s); ofiwg/libfabric man/fi_efa.7.md (FI_EFA_USE_DEVICE_RDMA: whether to use the RDMA read of the EFA device)',
  intelGpuRuntime:
    'intel/compute-runtime README.md ("Intel(R) Graphics Compute Runtime for oneAPI Level Zero and OpenCL(TM) Driver": user-mode drivers over the kernel i915/xe DRM drivers through /dev/dri); intel/oneapi-containers @ 6131caba images/docker/deep-learning-essentials/Dockerfile.ubuntu-22.04 and .rockylinux-10 (intel/deep-learning-essentials images install intel-opencl-icd libze-intel-gpu1, or intel-compute-runtime)',
  rocmVllmDev:
    'ROCm/vllm @ f8c9a385 docker/Dockerfile.rocm_base (the rocm/vllm-dev base image is built FROM rocm/dev-ubuntu-22.04:6.4.1-complete)',
  rocmVllm:
    'ROCm documentation, "vLLM inference and serving on ROCm" (rocm.docs.amd.com/projects/ai-ecosystem/en/latest/inference/vllm.html): "Ensure your host system has the AMD GPU Driver (amdgpu) installed"; docker pull rocm/vllm:… then docker run --device /dev/kfd --device /dev/dri',
  npu: 'intel/linux-npu-driver @ f370b555 docs/overview.md (the NPU software stack: the user-mode Level Zero driver, package intel-level-zero-npu, submits work to the kernel driver intel_vpu, drivers/accel/ivpu, through /dev/accel)',
  tunVpns:
    'jedisct1/dsvpn @ 000faadf src/os.c (tun_create: open("/dev/net/tun"), "tun module not present"; the server then runs ip and iptables MASQUERADE commands); friedrich/hans @ 45590059 src/tun_dev_linux.c (TUN_PATH "/dev/net/tun", TUNSETIFF); clowwindy/ShadowVPN @ 0e16d0a3 src/vpn.c (tun_alloc: open("/dev/net/tun"), "can not open /dev/net/tun")',
  tcpFastOpen:
    'torvalds/linux v6.12 Documentation/networking/ip-sysctl.rst tcp_fastopen ("The client support is enabled by flag 0x1 (on by default)", "The server support is enabled by flag 0x2 (off by default)") and net/ipv4/tcp_ipv4.c tcp_sk_init (each network namespace starts with sysctl_tcp_fastopen = TFO_CLIENT_ENABLE); shadowsocks/shadowsocks-libev @ 059843c3 doc/ss-server.asciidoc (--fast-open "Enable TCP fast open. Only available with Linux kernel > 3.7.0")',
  msedge:
    'MicrosoftEdge/MSEdge README.md, "Microsoft Edge and Chromium Open Source: Our Intent" (2018-12-06: Microsoft Edge on the desktop adopts the Chromium open-source project); packages.microsoft.com/repos/edge packages microsoft-edge-stable, -beta, -dev (the command microsoft-edge and microsoft-edge-<channel>)',
  sdrDecoders:
    'TLeconte/acarsdec @ e8352a94 README.md ("a multi-channels acars decoder with built-in rtl_sdr … front end"; -r rtldevice decodes from an RTL dongle); wiedehopf/readsb @ 02725176 README.md (readsb reads an RTL-SDR receiver unless run with --net-only, "If you don\'t want readsb to read data from the SDR")',
  cheese:
    'GNOME/cheese @ ab37580f cheese.doap ("Take photos and videos with your webcam"; GStreamer underneath, whose v4l2src reads the Video4Linux device)',
  virtualbox:
    'VirtualBox OSE src/VBox/Frontends/VirtualBox/src/main.cpp (g_QStrHintLinuxNoDriver: "The VirtualBox Linux kernel driver is either not loaded or not set up correctly", kernel modules vboxdrv, vboxnetflt, vboxnetadp, vboxpci); packages.debian.org virtualbox-dkms (the modules are built for the running kernel by DKMS, outside the distribution kernel)',
  cloudTpu:
    'Google Cloud documentation, "Run TPU workloads in a Docker container" (docs.cloud.google.com/tpu/docs/run-in-container: on a TPU VM the container is started with `docker run --net=host --privileged` to reach the TPU chips); jax-ml/jax README.md "Installation" (`pip install -U "jax[tpu]"` for Google Cloud TPU) and pytorch/xla README.md (`pip install torch_xla[tpu] -f https://storage.googleapis.com/libtpu-releases/index.html`): libtpu, the TPU runtime these extras install, drives the chips through the TPU VM\'s kernel driver',
  vllmTargetDevice:
    'vllm-project/vllm vllm/envs.py ("Target device of vLLM, supporting [cuda (by default), rocm, neuron, cpu]", VLLM_TARGET_DEVICE; the vllm-tpu images build and run with tpu)',
  containersStorage:
    'containers/storage docs/containers-storage.conf.5.md ([storage.options.overlay] mount_program: "Path to an helper program to use for mounting the file system instead of mounting it directly"; fuse-overlayfs is that program, a FUSE filesystem)',
  kselftest:
    'torvalds/linux v6.12 Documentation/dev-tools/kselftest.rst ("The kernel contains a set of "self tests" under the tools/testing/selftests/ directory. These are intended to be small tests to exercise individual code paths in the kernel. Tests are intended to be run after building, installing and booting a kernel."; the install target writes run_kselftest.sh, which runs the installed tests)',
  dockerDesktopLinux:
    'docker/docs content/manuals/desktop/setup/install/linux/_index.md (Docker Desktop for Linux runs a VM: the host needs "KVM virtualization support", the KVM kernel modules and access to the KVM device)',
  ulogd:
    'netfilter.org projects/ulogd ("ulogd is a userspace logging daemon for netfilter/iptables related logging"; ulogd2 reads packets the kernel hands over through nfnetlink_log, the NFLOG target); Debian package ulogd2: "Netfilter Userspace Logging Daemon"',
  shorewall: 'packages.debian.org bookworm shorewall 5.2.8-2: "Shoreline Firewall, netfilter configurator"',
  gparted: 'packages.debian.org bookworm gparted 1.3.1-1: "GNOME partition editor" (it edits the partition tables of block devices)',
  lumaOled:
    "rm-hull/luma.oled doc/python-usage.rst (a device is opened over luma.core's serial interface: i2c(port=1, address=0x3C) or spi(device=0, port=0), i.e. /dev/i2c-N or /dev/spidevN.M of the host)",
  mobyBin:
    'docker/setup-docker-action @ 5ee99626 README.md (type=image "will pull the Docker binaries from the `moby/moby-bin` and `dockereng/cli-bin` Docker Hub repositories … built by the Moby and Docker CI pipelines")',
  wireguardGo:
    'WireGuard/wireguard-go README.md ("This is an implementation of WireGuard in Go"; `wireguard-go wg0` creates the interface; on Linux the kernel module is preferred)',
  amneziawgGo:
    'amnezia-vpn/amneziawg-go @ 22867a20 README.md ("a fork of WireGuard-Go"; `amneziawg-go wg0` creates an interface and forks into the background)',
  wireguardCompat:
    'WireGuard/wireguard-linux-compat README.md ("WireGuard for Linux 3.10 - 5.x": the WireGuard driver as an out-of-tree module, built with make in src/ and installed into the running kernel\'s module tree; in-tree since Linux 5.6)',
  adb: 'Android Developers, "Android Debug Bridge (adb)", How adb works (the adb server connects to all running devices: those attached over USB, and emulators found on local ports 5555–5585)',
  motion:
    'Motion-Project/motion @ 0a5eebd2 motion-dist.conf.in ("Videodevice to be used for capturing (default /dev/video0)"; netcam_url for a network camera instead)',
  nfsdFs:
    'linux-nfs nfs-utils nfsd(7) ("special filesystem for controlling Linux NFS server": mount -t nfsd nfsd /proc/fs/nfsd; the files are the kernel server\'s exports, threads and versions)',
  dockerLegacyDaemon:
    'moby/moby docs/misc/deprecated.md (Docker 1.8 era), "Old Command Line Options", deprecated in v1.8.0: "The flags `-d` and `--daemon` are deprecated in favor of the `daemon` subcommand: docker daemon -H ..."; Docker\'s 2013–2015 Ubuntu install docs (docs/sources/installation/ubuntulinux: `deb https://get.docker.io/ubuntu docker main`, `sudo apt-get install lxc-docker`), the engine package before it was renamed docker-engine',
  tianonDind:
    'tianon/dockerfiles @ f46ff646 infosiftr-moby/Dockerfile (installs moby-engine, moby-containerd and moby-runc; ENTRYPOINT ["dockerd-entrypoint.sh"], VOLUME /var/lib/docker) and docker-master/Dockerfile (dockerd built from moby master on tianon/containerd, ENTRYPOINT ["dockerd-entrypoint.sh"]; docker-master/Dockerfile.containerd builds FROM tianon/docker-master:dind)',
  pcscd:
    'packages.debian.org bookworm pcscd 1.9.9-2: "Middleware to access a smart card using PC/SC (daemon side)"; its reader drivers (libccid) reach USB smart-card readers and tokens through libusb, i.e. /dev/bus/usb of the host',
  pptpclient:
    'pptpclient.sourceforge.net pptpclient, the PPTP client that runs the tunnel through pppd: Arch Linux PKGBUILD pptpclient 1.7.1 (pkgdesc "Client for the proprietary Microsoft Point-to-Point Tunneling Protocol, PPTP.", depends=(glibc ppp)); Alpine packages it under the same name in testing',
  kubeadmInstall:
    'Kubernetes documentation, "Installing kubeadm" (kubernetes.io/docs/setup/production-environment/tools/kubeadm/install-kubeadm/): kubeadm is "the command to bootstrap the cluster", kubelet "the component that runs on all of the machines in your cluster and does things like starting pods and containers"',
  kindQuickStart:
    'kubernetes-sigs/kind site/content/docs/user/quick-start.md ("kind is a tool for running local Kubernetes clusters using Docker container nodes"; release binaries from https://kind.sigs.k8s.io/dl/<version>/kind-linux-amd64)',
  kicbase:
    'kubernetes/minikube @ b1baf22a deploy/kicbase/Dockerfile ("kind node base image": systemd as init, docker-ce and containerd.io, kind\'s entrypoint; minikube\'s docker driver runs it as the node)',
  dockerEngineUbuntu:
    'Docker documentation, "Install Docker Engine on Ubuntu" (docs.docker.com/engine/install/ubuntu/): `apt-get install docker-ce docker-ce-cli containerd.io …`, containerd.io being the container runtime the engine runs its containers with',
  fusepy:
    'fusepy/fusepy README.rst ("fusepy is a Python module that provides a simple interface to FUSE"; it calls the libfuse library, whose mounts go through /dev/fuse)',
  imklog:
    'rsyslog documentation, "imklog: Kernel Log Input Module" ("Reads messages from the kernel log and submits them to the syslog engine"; on Linux it reads /proc/kmsg, the kernel ring buffer of syslog(2))',
  binfmtD:
    'systemd binfmt.d(5) ("Configure additional binary formats for executables at boot": systemd-binfmt.service registers each line in the kernel through /proc/sys/fs/binfmt_misc); linuxkit/linuxkit @ 3bf33c3a pkg/binfmt/main.go (the `binfmt` program mounts binfmt_misc and writes the entries of /etc/binfmt.d to /proc/sys/fs/binfmt_misc/register); tonistiigi/binfmt README.md (`docker run --privileged --rm tonistiigi/binfmt --install all`)',
  dhcpcd:
    'NetworkConfiguration/dhcpcd dhcpcd(8) ("a DHCP and DHCPv6 client … it configures the interface": addresses, routes and interface state of the kernel, which need CAP_NET_ADMIN; capabilities(7))',
  acpid:
    'acpid2 acpid(8) ("acpid is designed to notify user-space programs of ACPI events"; it reads the kernel\'s ACPI events from /proc/acpi/event, or from netlink and the input layer, /dev/input/event*)',
  rngd: 'nhorman/rng-tools rngd(8) ("check and feed random data from hardware device to kernel entropy pool", default source /dev/hwrng); Linux man-pages 6.03 random(4): the RNDADDENTROPY ioctl "Requires the CAP_SYS_ADMIN capability"',
  tcsd: 'TrouSerS tcsd(8) ("tcsd is a user space daemon that should be (according to the TSS spec) the only portal to the TPM device driver", /dev/tpm0)',
  qemuGa:
    'QEMU documentation, qemu-ga(8) ("QEMU Guest Agent": it talks to the host over a virtio-serial port, by default /dev/virtio-ports/org.qemu.guest_agent.0; -p/--path names the device); torvalds/linux v6.12 drivers/char/virtio_console.c (virtio-serial ports appear as /dev/vport<device>p<port>)',
  lvmUdev:
    "lvm2 lvm.conf(5) (activation/udev_sync and udev_rules: LVM waits for and relies on udev to create the device-mapper nodes; devices/obtain_device_list_from_udev); a container without the host's udev turns them off and creates the /dev/mapper nodes itself",
  kindEntrypoint:
    'kubernetes/minikube deploy/kicbase/entrypoint, the kind node entrypoint (kubernetes-sigs/kind images/base/files/usr/local/bin/entrypoint): validate_userns() checks, when the node runs in a user namespace, that the cpu, memory and pids controllers of the host\'s cgroup v2 are delegated ("ERROR: UserNS: $f controller needs to be delegated")',
  tcmuRunner:
    'open-iscsi/tcmu-runner README.md ("A daemon that handles the userspace side of the LIO TCM-User backstore": the kernel\'s target_core_user); open-iscsi/rtslib-fb README.md (a Python library "for configuring the LIO generic SCSI target" through configfs)',
  systemdUdevFedora:
    'packages.fedoraproject.org systemd-udev ("Rule-based device node and kernel event manager": systemd-udevd and udevadm, the Fedora/RHEL name of Debian\'s udev)',
  nodeExporter:
    'prometheus/node_exporter README.md, "Docker" ("The node_exporter is designed to monitor the host system. Deploying in containers requires extra care in order to avoid monitoring the container itself": docker run --net="host" --pid="host" -v "/:/host:ro,rslave" quay.io/prometheus/node-exporter --path.rootfs=/host; --path.procfs and --path.sysfs name where the host\'s /proc and /sys are mounted)',
  instanaAgent:
    'instana/instana-agent-docker @ daf66223 dynamic/Dockerfile and static/Dockerfile (the instana-agent-dynamic / -static package installs the agent under /opt/instana/agent; ENTRYPOINT tini … ./bin/run.sh from WORKDIR /opt/instana/agent), dynamic/run.sh (exports INSTANA_AGENT_PROC_PATH=/host/proc when the host\'s /proc is mounted there, then execs /opt/instana/agent/bin/karaf server) and dynamic/help.1 ("the container needs to run in a privileged mode, allowing it to see host-specific metrics": docker run --volume /var/run:/var/run --volume /run:/run --volume /dev:/dev --volume /sys:/sys --volume /var/log:/var/log --privileged --net=host --pid=host --ipc=host …)',
  kubeBenchRunning:
    'aquasecurity/kube-bench @ 0d1bd2bbd956 docs/running.md ("Running inside a container": "using the host PID namespace and mounting the /etc and /var directories where the configuration and other files are located on the host", docker run --pid=host -v /etc:/etc:ro -v /var:/var:ro -t aquasec/kube-bench:latest; in a pod "it will need access to the host\'s PID namespace in order to check the running processes")',
  newrelicInfraContainer:
    'newrelic/infrastructure-agent @ b33d5a224788 build/container/assets/README.md ("Without these extra privileges the Infrastructure agent would not be able to monitor the host and its containers": --network=host, --cap-add=SYS_PTRACE "to gather data about processes running on the host", -v "/:/host:ro" "access to the host\'s root allows the agent to collect process and storage metrics") and pkg/config/config.go (OverrideHostRoot, env NRIA_OVERRIDE_HOST_ROOT: the prefix of the /proc, /sys and /etc paths it reads, "used when building the Containerized Agent so it can read data from the underlying host"; NRIA_OVERRIDE_HOST_PROC and NRIA_OVERRIDE_HOST_SYS alike)',
  nvidiaSmiExporter:
    'zhebrak/nvidia_smi_exporter @ 409296e0 nvidia_smi_exporter.go (metrics(): exec.Command("nvidia-smi", "--query-gpu=name,index,temperature.gpu,…", "--format=csv,noheader,nounits") on every /metrics/ request)',
  torchCudaAvailable:
    'PyTorch documentation, torch.cuda.is_available (pytorch.org/docs/stable/generated/torch.cuda.is_available.html: "Return a bool indicating if CUDA is currently available") and torch.cuda.device_count; PyTorch "Get Started" (the CUDA builds need an NVIDIA GPU driver on the system)',
  dcgm: 'NVIDIA DCGM documentation, "Install DCGM" (docs.nvidia.com/datacenter/dcgm/latest/installation.html: supported are NVIDIA datacenter and Maxwell-or-newer GPUs with "CUDA 7.5 and later and NVIDIA Driver R450 and later", bare metal or VMs with full GPU passthrough); NVIDIA/dcgm-exporter @ d5e5f510a1b6 docker/Dockerfile (installs datacenter-gpu-manager-4-core and -proprietary; ENTRYPOINT runs /usr/bin/dcgm-exporter)',
  processExporter:
    'ncabatoff/process-exporter @ e52ab0a1c03d README.md ("docker run -d --rm -p 9256:9256 --privileged -v /proc:/host/proc … ncabatoff/process-exporter --procfs /host/proc": the host\'s /proc mounted and named)',
  netdataDocker:
    'netdata/netdata @ 3934f1fd9bfd packaging/docker/README.md ("The Netdata container requires specific privileges and mounts to provide full monitoring capabilities equivalent to a direct host installation": docker run --pid=host --network=host -v /proc:/host/proc:ro -v /sys:/host/sys:ro -v /:/host/root:ro,rslave --cap-add SYS_PTRACE --cap-add SYS_ADMIN --security-opt apparmor=unconfined netdata/netdata; proc.plugin reads /proc for "Host system monitoring (CPU, memory, network interfaces, disks, etc.)")',
  datadogAgentDocker:
    'DataDog/datadog-agent @ 00d1e65f5616 Dockerfiles/agent/README.md (how the official datadog/agent image is run: docker run -d -v /var/run/docker.sock:/var/run/docker.sock:ro -v /proc/:/host/proc/:ro -v /sys/fs/cgroup/:/host/sys/fs/cgroup:ro -e DD_API_KEY=… datadog/agent:latest)',
  glancesDocker:
    'nicolargo/glances @ 78daf00e0944 docs/docker.rst (the nicolargo/glances image is run with --pid host and the Docker socket mounted, "if you want to see the network interface stats within the container, add --net=host --privileged"; a Dockerfile FROM nicolargo/glances starts it with `CMD python -m glances -C …`)',
  gopsutilHostEnv:
    'shirou/gopsutil @ 00ff5a1a075d README.md ("You can set an alternative location to `/proc` by setting the `HOST_PROC` environment variable", and to /sys by HOST_SYS): a Go program built on gopsutil then reads the /proc and /sys mounted there, the host\'s in a monitoring container',
  smartctlExporter:
    'prometheus-community/smartctl_exporter @ 089e8f20c1fd README.md ("The exporter will scan the system for available devices"; its Docker example runs it privileged as root: "`smartctl` needs to be run as root", the kernel blocking the SATA pass-through commands ATA_12 and ATA_16 for others)',
  ebpfExporter:
    'cloudflare/ebpf_exporter @ 00e6b1641e0c README.md ("Prometheus exporter for custom eBPF metrics": its programs attach to kernel functions through kprobes and are read through BPF maps; "you need `root` privileges"; expected to work from Linux 4.1)',
  nvidiaGpuExporter:
    'utkuozdemir/nvidia_gpu_exporter @ 0cca3b8e960e README.md ("Nvidia GPU exporter for prometheus, using `nvidia-smi` binary to gather metrics"; it can instead be configured to run nvidia-smi on another machine)',
  nvidiaDisableRequire:
    'NVIDIA Container Toolkit documentation, "Specialized Configurations with Docker" (docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/docker-specialized.html): NVIDIA_DISABLE_REQUIRE is a "Single switch to disable all the constraints of the form NVIDIA_REQUIRE_*", for CUDA base images older than 11.7 on a host driver they do not match',
  otelEbpfProfiler:
    'open-telemetry/opentelemetry-collector-releases @ ceccc19da2df distributions/otelcol-ebpf-profiler/README.md ("made specifically to be used as a node agent to gather profiles on all processes running on the system", with the eBPF profiler receiver of open-telemetry/opentelemetry-ebpf-profiler) and its Dockerfile (USER_UID=0)',
  alpineLmSensors:
    'alpinelinux/aports main/lm_sensors/APKBUILD ("Collection of user space tools for general SMBus access and hardware monitoring"): Alpine\'s name of lm-sensors',
  hdparm:
    'Debian bookworm package hdparm ("tune hard disk parameters for high performance"): it issues ioctls to the block devices the host kernel drives (/dev/sd*, /dev/nvme*)',
  linuxkitConfig:
    'linuxkit/linuxkit @ 3bf33c3a docs/yaml.md, "Image specification" (onboot, services and volumes images run with OCI options — capabilities, pid/net namespaces, binds, devices — whose "Default values may be specified using the `org.mobyproject.config` image label") and docs/packages.md (`config` "marshalled to JSON and added as `org.mobyproject.config` label")',
  firmwareLoader:
    'torvalds/linux v6.12 drivers/base/firmware_loader/main.c fw_get_filesystem_firmware ("load firmware files from the mount namespace of init": kernel_read_file_from_path_initns) and Documentation/driver-api/firmware/fw_search_path.rst (/lib/firmware/updates/UTS_RELEASE, /lib/firmware/updates, /lib/firmware/UTS_RELEASE, /lib/firmware)',
  firmwarePackages:
    'packages.debian.org bookworm firmware-linux-free and firmware-linux-nonfree ("Binary firmware for various drivers in the Linux kernel"), firmware-misc-nonfree; packages.ubuntu.com linux-firmware ("Firmware for Linux kernel drivers"); packages.fedoraproject.org linux-firmware; alpinelinux/aports main/linux-firmware/APKBUILD (one linux-firmware-<vendor> subpackage per firmware directory)',
  ebpfAgents:
    'inspektor-gadget/inspektor-gadget @ aeac857b README.md ("data collection and system inspection … using eBPF"; Dockerfiles/ig.Dockerfile: ENTRYPOINT /usr/bin/ig) and Dockerfiles/gpu-ebpf-bridge.Dockerfile ("publishes it through bpffs-pinned BPF maps"); coroot/coroot-node-agent @ 89a16af8 README.md ("It uses eBPF to track container related events … the minimum supported Linux kernel version is 5.1")',
  bpftool:
    'libbpf/bpftool README.md ("bpftool is a tool for inspection and simple manipulation of eBPF programs and maps"; release tarballs bpftool-<version>-<arch>.tar.gz); aquasecurity/btfhub 3rdparty/bpftool.sh (builds that bpftool)',
  keplerRapl:
    'sustainable-computing-io/kepler @ 13944a69 README.md ("Starting with version 0.10.0, Kepler has undergone a complete ground-up rewrite"; "Supports RAPL/powercap framework"; "Requires only readonly access to host /proc and /sys"; "No more CAP_SYSADMIN or CAP_BPF capabilities required") and internal/device (RAPL zones read from /sys/class/powercap/intel-rapl); torvalds/linux v6.12 Documentation/power/powercap/powercap.rst (the powercap class in sysfs; intel-rapl zones with energy_uj)',
  arcRunnerImages:
    'actions/actions-runner-controller @ 2ee6b3b8 runner/entrypoint-dind.sh ("sudo /usr/bin/dockerd &"), runner/entrypoint-dind-rootless.sh ("/home/runner/bin/dockerd-rootless.sh --config-file …") and runner/actions-runner-dind-rootless.ubuntu-22.04.dockerfile (`curl -fsSL https://get.docker.com/rootless | sh`)',
  containerHook:
    'inspektor-gadget/inspektor-gadget @ aeac857b pkg/container-hook/tracer.go ("It uses two mechanisms to detect new containers: 1. fanotify with FAN_OPEN_EXEC_PERM. 2. ebpf on the sys_enter_execve tracepoint"), examples/container-hook/deploy.yaml ("fanotify requires CAP_SYS_ADMIN"; the host root mounted at /host) and examples/kube-container-collection/main.go (WithContainerFanotifyEbpf)',
  myoung34Runner:
    'myoung34/docker-github-actions-runner @ ca51ff26 build/config.json (category "docker") and build/tools.sh install_docker (docker-ce, containerd.io in myoung34/github-runner-base), entrypoint.sh ("Start docker service if needed (e.g. for docker-in-docker)": `service docker start` when START_DOCKER_SERVICE is true) and README.md (START_DOCKER_SERVICE "Useful when using sysbox", default false)',
  dockerStatic:
    'Docker documentation, "Install Docker Engine from binaries" (docs.docker.com/engine/install/binaries/: the download.docker.com/linux/static/<channel>/<arch>/docker-<version>.tgz archive holds dockerd, containerd, runc and the docker CLI) and "Rootless mode" (docs.docker.com/engine/security/rootless/: get.docker.com/rootless installs dockerd-rootless.sh, which needs newuidmap/newgidmap and /etc/subuid)',
  buildahIsolation:
    'containers/buildah @ 5b1b18ee docs/buildah-build.1.md (--isolation: oci, rootless, or chroot, "an internal wrapper that leans more toward chroot(1) than container technology, reusing the host\'s control group, network, IPC, and PID namespaces, and creating private mount and UTS namespaces"; "override the default isolation type by setting the BUILDAH_ISOLATION environment variable")',
  containersConf:
    'containers/common docs/containers.conf.5.md ([containers] table: cgroupns, ipcns, netns, pidns, userns, utsns, "Default way to create a UTS namespace for the container", and the other namespace and device defaults podman and buildah read from /usr/share/containers/containers.conf and /etc/containers/containers.conf)',
  containersStorageConf:
    'containers/storage docs/containers-storage.conf.5.md (storage.conf: the storage driver, overlay or vfs, graphroot /var/lib/containers/storage, mount_program); containers/image_build @ 24ca4c19 podman/Containerfile (edits /etc/containers/storage.conf for fuse-overlayfs and declares VOLUME /var/lib/containers)',
  podmanCapabilitiesLabel:
    'containers/podman @ c6580b4a docs/source/markdown/options/label.image.md ("LABEL io.containers.capabilities=CAP1,CAP2,CAP3 … tells Podman to run the container with just these capabilities … as long as this list of capabilities is a subset of the default list")',
  rpmSetcaps:
    'rpm(8), RPM 4.x ("--setcaps PACKAGE_NAME: Set capabilities of files in the given package"): file capabilities, stored in the security.capability extended attribute',
  userNamespacesMaps:
    'Linux man-pages 6.03, user_namespaces(7) ("User and group ID mappings: uid_map and gid_map": /proc/<pid>/uid_map shows the mapping of the user namespace the process is in)',
  bootcImageBuilder:
    'osbuild/bootc-image-builder @ 2cc5e958 README.md (sudo podman run --privileged --security-opt label=type:unconfined_t -v /var/lib/containers/storage:/var/lib/containers/storage quay.io/centos-bootc/bootc-image-builder) and osbuild devices/org.osbuild.loopback (the disk image is attached as a loop device)',
  buildahRelabel:
    'containers/buildah @ 5b1b18ee docs/buildah-build.1.md ("Labeling Volume Mounts": "Labeling systems like SELinux require that proper labels are placed on volume content mounted into a container … add either of two suffixes `:z` or `:Z` to the volume mount. These suffixes tell Buildah to relabel file objects on the shared volumes")',
  dkms: 'dell/dkms README.md ("Dynamic Kernel Module System (DKMS)"; installed "from the source directory with … make install") and dkms(8) (`dkms build|install -m MODULE -v VERSION -k KERNEL`: builds a module whose source is outside the kernel tree against that kernel release and installs it under /lib/modules/KERNEL); dkms(8) as shipped in the Ubuntu dkms 3.0.10 package (manpages.ubuntu.com lunar: `remove [module/module-version] [-k kernel/arch] [--all]` "Removes a module/version or module/version/kernel/arch combination from the tree. If the module is currently installed, it first uninstalls it"; `uninstall` and `unbuild` act on one kernel release the same way; "If the -k option is not specified it builds for the currently running kernel")',
  kernelPackage:
    'Ubuntu xenial manpages make-kpkg(1), "Provided by: kernel-package_13.018_all" ("make-kpkg - build Debian kernel packages from Linux kernel sources"; `make-kpkg --rootcmd fakeroot kernel_image` from a configured kernel source tree); Debian bookworm package data: linux-source (metapackage depending on linux-source-6.1, the kernel source as /usr/src/linux-source-6.1.tar.xz)',
  ublueAkmods:
    'ublue-os/akmods @ 4ccd2e361832 README.md ("OCI images providing a set of cached kernel RPMs and extra kernel modules to Universal Blue images"; groups common, extra, nvidia, nvidia-open, zfs, each built per kernel: main, coreos-stable, coreos-testing, centos, longterm, ogc)',
  siderolabsKernel:
    'siderolabs/pkgs @ 28f5f23ccf05 kernel/kernel/pkg.yaml (the kernel package image: the built kernel as /boot/vmlinuz and its modules under /usr/lib/modules/$KERNELRELEASE)',
  coreosAssembler:
    'coreos/coreos-assembler @ 05db482e docs/building-fcos.md ("coreos-assembler generates disk images, and creating those in a maintainable way requires access to virtualization - specifically `/dev/kvm`"; run with --device /dev/kvm --device /dev/fuse)',
  // flatpak's transaction runs the installation's triggers (desktop, icon and MIME caches) under bwrap with new IPC, network
  // and PID namespaces unless flatpak was built with DISABLE_SANDBOXED_TRIGGERS; a trigger that bwrap cannot start only warns.
  flatpakTriggers:
    'flatpak/flatpak common/flatpak-dir.c flatpak_dir_run_triggers (argv: flatpak_get_bwrap (), "--unshare-ipc", "--unshare-net", "--unshare-pid", "--ro-bind", "/", "/" … the trigger; g_warning ("Error running trigger %s") on failure) and common/flatpak-transaction.c (`if (needs_triggers) flatpak_dir_run_triggers (…)` after installs and updates)',
  snapd:
    'snapcore/snapd README.md ("snapd is a REST API daemon for managing snaps. Users can interact with it by using the snap client"), data/systemd/snapd.service.in and snapd.socket (the daemon is started by systemd) and osutil/squashfs/fstype.go (FsType: "what fstype to use for squashfs mounts": squashfs, or fuse.squashfuse/fuse.snapfuse when systemd-detect-virt --container reports a container and /dev/fuse exists); packages.ubuntu.com snapd (depends on apparmor and on fuse3 or fuse)',
  flatpakBwrap:
    'flatpak/flatpak README.md ("Flatpak relies on a project called Bubblewrap for the low-level sandboxing"; bubblewrap runs with unprivileged user namespaces or setuid root); packages.debian.org trixie bubblewrap 0.11.0-2 ("relies on a kernel with user namespaces enabled … On kernels without user namespaces, system administrators can make the bwrap executable setuid root")',
  pressureVessel:
    'steamrt/steam-runtime-tools (gitlab.steamos.cloud) pressure-vessel/README.md ("used by Steam\'s Steam Linux Runtime compatibility tool to run games in individual game-specific containers") and pressure-vessel/wrap.1.md ("pressure-vessel-wrap runs COMMAND in a container, using bwrap(1)")',
  xorgInput:
    'packages.debian.org forky xserver-xorg-input-evdev 1:2.11.0-1 ("the driver for input devices using evdev, the Linux kernel\'s event delivery mechanism"; built from X.org xf86-input-evdev); xserver-xorg-input-libinput (xf86-input-libinput) reads the same /dev/input/event* devices through libinput',
  xorgVideo:
    'packages.debian.org trixie xserver-xorg-video-amdgpu, xserver-xorg-video-ati, xserver-xorg-video-intel, xserver-xorg-video-nouveau and the xserver-xorg-video-all metapackage (which xserver-xorg, and through it xorg, depends on): X.Org display drivers for those GPUs, which drive them through the kernel DRM drivers amdgpu, radeon, i915 and nouveau (xserver-xorg-video-dummy, a virtual display, is not one)',
  mesaVulkan:
    'packages.debian.org trixie mesa-vulkan-drivers ("Mesa Vulkan graphics drivers": radv for AMD, anv for Intel, besides the lavapipe software rasterizer), gstreamer1.0-vaapi (GStreamer\'s VA-API plugins) and i965-va-driver-shaders; Arch libva-mesa-driver (Mesa\'s VA-API drivers): hardware drivers that reach the GPU through the kernel DRM nodes under /dev/dri',
  gamescope:
    'ValveSoftware/gamescope README.md (the SteamOS session compositor: it runs nested on an X11 or Wayland desktop or embedded on DRM/KMS, and composites with Vulkan on the GPU)',
  selkiesGpu:
    "selkies-project/docker-nvidia-egl-desktop @ a27b66d6 README.md (SELKIES_ENCODER nvh264enc is the NVENC encoder of NVIDIA GPUs, vah264enc VA-API on /dev/dri/renderD*, x264enc, vp8enc and vp9enc the software fallback; VGL_DISPLAY selects VirtualGL's EGL device: `egl[n]`, or `/dev/dri/card[n]` when --device=/dev/dri was used)",
  nekoHwenc:
    'm1k1o/neko @ baf21c1d webpage/versioned_docs/version-v2/configuration.md (NEKO_HWENC: hardware encoding, vaapi or nvenc) and runtime/intel/add-render-group.sh (with NEKO_HWENC set it adds the user to the group owning /dev/dri/render*)',
  nvidiaVendorFiles:
    "NVIDIA/libglvnd src/EGL/icd_enumeration.md (EGL vendor JSON files in /usr/share/glvnd/egl_vendor.d name the vendor library), KhronosGroup/Vulkan-Loader docs/LoaderDriverInterface.md (driver manifests in /etc/vulkan/icd.d and /usr/share/vulkan/icd.d), KhronosGroup/OpenCL-ICD-Loader README.md (/etc/OpenCL/vendors/*.icd name the vendor library): these files name NVIDIA's libEGL_nvidia, libGLX_nvidia and libnvidia-opencl, which the NVIDIA Container Toolkit injects from the host driver",
  sunshine:
    'LizardByte/Sunshine @ 7a59212a docs/getting_started.md ("The installation process creates the `input` group and configures permissions for `/dev/uinput`"; gamepads use a uinput backend) and docs/configuration.md (KMS capture: "DRM/KMS screen capture from the kernel. This requires that Sunshine has `cap_sys_admin` capability")',
  fuseZip:
    'packages.debian.org fuse-zip ("read and write access to ZIP archives through FUSE") and fuseiso ("FUSE module to mount ISO filesystem images"); libfuse/libfuse util/fusermount.c (fusermount, the setuid helper that mounts and unmounts FUSE filesystems for users)',
  zoneminder:
    'manpages.ubuntu.com noble zoneminder 1.36.33 zmc(8) ("The ZoneMinder Capture daemon": it "sit[s] on a video device and suck[s] frames off it"; -d "For local cameras, device to access. e.g /dev/video0") and zmu(8) (Video 4 Linux device queries)',
  nvidiaVaapi:
    'elFarto/nvidia-vaapi-driver README.md (a VA-API implementation with NVDEC as its back end: it decodes on the NVIDIA driver and needs the nvidia-drm kernel module loaded with modeset=1)',
  ffmpegHwaccel:
    'FFmpeg configure --help (nvenc "Nvidia video encoding code", nvdec "Nvidia video decoding acceleration (via hwaccel)", cuvid "Nvidia CUVID support", libvpl Intel oneVPL, libmfx Intel Media SDK): code paths that run on the GPU through the host driver when asked for',
  steamHeadlessEvdev:
    'Steam-Headless/docker-steam-headless @ 096fc4b1 docs/compose-files/.env (ENABLE_EVDEV_INPUTS: "Enable Keyboard and Mouse Passthrough. This will configure the Xorg server to catch all evdev events"; the /dev/input/event* nodes)',
  virglServer:
    'packages.debian.org trixie virgl-server 1.1.0-2 ("virtual GPU for KVM virtualization - vtest server used for testing and container virtualization"; "Virgl is a software to separate OpenGL rendering from the host GPU"): the vtest server renders on the GPU it is given',
  xorgWrap:
    'X.Org Xorg.wrap(1), xorg-server 21.1 (man.archlinux.org/man/Xorg.wrap.1): "The Xorg X server may need root rights to function properly"; Xwrapper.config `needs_root_rights = yes|no|auto` (auto: root rights only when not every video card has a kernel modesetting driver) and `allowed_users`',
  xorgConsole:
    'X.Org xserver hw/xfree86/os-support/linux/lnx_init.c, as mirrored in JeffyCN/xorg-xserver @ 780b4db5 (xf86OpenConsole: without a vtNN argument it opens /dev/tty0 to find a free virtual terminal with VT_OPENQRY, "Cannot open /dev/tty0" being fatal; then it opens /dev/ttyN, takes it with VT_SETMODE VT_PROCESS and switches it to KDSETMODE KD_GRAPHICS)',
  westonBackend:
    'wayland-project/weston @ ae0c47c6 compositor/main.c (weston_choose_default_backend: the Wayland back end when WAYLAND_DISPLAY or WAYLAND_SOCKET is set, the X11 back end when DISPLAY is, else WESTON_NATIVE_BACKEND, the DRM back end; load_drm_backend takes --seat, --tty and --drm-device, load_fbdev_backend opens --device, /dev/fb0 by default; headless, rdp, x11 and wayland back ends drive no screen of the host)',
  oomScoreAdj:
    'torvalds/linux v6.12 Documentation/filesystems/proc.rst, 3.1 /proc/<pid>/oom_adj & /proc/<pid>/oom_score_adj ("The value of oom_score_adj may be reduced no lower than the last value set by a CAP_SYS_RESOURCE process. To reduce the value any lower requires CAP_SYS_RESOURCE"); fs/proc/base.c __set_oom_adj (EACCES below oom_score_adj_min without CAP_SYS_RESOURCE)',
  dumbUdev:
    'Steam-Headless/dumb-udev @ 5e1ff961 README.md ("a minimal input broadcaster designed to be run inside containers as a replacement to udevd"; Steam-Headless runs it for the input devices its Xorg and Sunshine use)',
  selkiesDind:
    'linuxserver/docker-baseimage-selkies @ 69f4fc9c README.md (START_DOCKER: "If set to false a container with privilege will not automatically start the DinD Docker setup"; "run an isolated in container DinD setup simply by passing `--privileged`")',
  crio: 'cri-o/cri-o @ f954a17e README.md ("CRI-O - OCI-based implementation of Kubernetes Container Runtime Interface") and install.md (the cri-o package, installed beside the kubelet of a node)',
  kubernetesCni:
    'kubernetes/release @ f618b2a3 cmd/krel/templates/latest/kubernetes-cni/kubernetes-cni.spec (Name: kubernetes-cni, "Binaries required to provision kubernetes container networking": the CNI plugins a node\'s runtime wires pods with)',
  containerdRoot:
    'containerd/containerd @ 301026e5 docs/ops.md (`root = "/var/lib/containerd"`: the daemon\'s persistent state, its snapshots and content, under /var/lib/containerd/)',
  containerdSource:
    'containerd/containerd @ 301026e5 README.md ("an industry-standard container runtime … available as a daemon for Linux and Windows, which can manage the complete container lifecycle of its host system"); its source is cloned to build and install that daemon (containers/crun @ ba38286f tests/containerd/Dockerfile, moby/moby @ b985e231 Dockerfile containerd-src stage)',
  containerdCgroupDriver:
    'containerd/containerd @ 301026e5 docs/cri/config.md ("Cgroup Driver": `SystemdCgroup = true` in /etc/containerd/config.toml makes the CRI plugin\'s runc manage pod cgroups through systemd; the kubelet is set to the same driver)',
  dockerDaemonJson:
    'moby/moby @ b985e231 daemon/libnetwork/cmd/diagnostic/Dockerfile.dind (`FROM docker:17.12-dind` … `COPY daemon.json /etc/docker/daemon.json`); Docker documentation, dockerd reference, "Daemon configuration file" (/etc/docker/daemon.json on Linux, read by dockerd only: data-root, storage-driver, bip, default-address-pools, iptables, userns-remap) and "containerd image store" (`"features": {"containerd-snapshotter": true}` in daemon.json: dockerd stores images and mounts container filesystems with containerd\'s snapshotters, overlayfs by default)',
  mobyDindSystemd:
    'moby/moby @ b985e231 Dockerfile (`ENTRYPOINT ["hack/dind-systemd"]` of the dev-systemd-true stage) and hack/dind-systemd (the hack/dind wrapper with systemd as PID 1: it writes docker-entrypoint.service and delegates cgroups to it)',
  kubeedgeEdgecore:
    'kubeedge/kubeedge @ 16cd8548 edge/cmd/edgecore/app/server.go (Use: "edgecore"; "Edged is an agent that runs on edge nodes and manages containerized applications and devices"); build/edge/Dockerfile runs it as the image\'s ENTRYPOINT FROM docker:dind',
  kubeedgeIptablesManager:
    'kubeedge/kubeedge @ 16cd8548 cloud/cmd/iptablesmanager/app/server.go (Use: "iptables", Long: "IptablesManager from KubeEdge on the cloudside", runs iptables.NewIptablesManager from cloud/pkg/cloudstream/iptables); build/iptablesmanager/Dockerfile installs iptables for it',
  openyurtHub:
    'openyurtio/openyurt @ fbefb6ba cmd/yurthub/app/options/options.go (EnableDummyIf: true, HubAgentDummyIfName: "hub-dummy0") and cmd/yurthub/app/config/config.go ("network manager: ensuring a dummy interface in order to serve tls requests on the node")',
  openyurtTunnelServer:
    'openyurtio/openyurt @ fbefb6ba cmd/yurt-tunnel-server/app/options/options.go (EnableIptables: true, "If allow iptable manager to set the dnat rule.") and app/start.go (starts the iptables manager)',
  qemuUserStaticReleases:
    'multiarch/qemu-user-static README.md (the releases hold qemu-<arch>-static binaries; "register" writes them into /proc/sys/fs/binfmt_misc of the host kernel, which is shared by every container); Linux Documentation/admin-guide/binfmt-misc.rst',
  libvaDrm:
    'Debian package libva-drm2 ("Video Acceleration (VA) API for Linux -- DRM runtime"); intel/libva va/drm/va_drm.c (vaGetDisplayDRM takes the fd of a DRM device, /dev/dri/renderD128), the host kernel\'s GPU driver',
  cassandraPackage:
    'apache/cassandra debian/cassandra.install (installs debian/cassandra-sysctl.conf into /etc/sysctl.d: "vm.max_map_count = 1048575", and debian/cassandra.conf into /etc/security/limits.d) and debian/init (do_start: `ulimit -l unlimited`)',
  chaosMesh:
    "chaos-mesh/chaos-mesh @ 608b61e7 helm/chaos-mesh/values.yaml (chaosDaemon: `privileged: true`; otherwise the capabilities SYS_PTRACE, NET_ADMIN, NET_RAW, MKNOD, SYS_CHROOT, SYS_ADMIN, KILL, IPC_LOCK) and pkg/chaosdaemon/*_server.go (faults run in the target's namespaces: SetNS(pid, MountNS/PidNS/NetNS)); images/chaos-daemon/Dockerfile (toda, nsexec, chaos-tproxy and memStress from the chaos-mesh releases, with iptables, ebtables and ipset)",
  chaosd:
    'chaos-mesh/chaosd @ bc039aa4 README.md (Prerequisites: tc, ipset, iptables, stress-ng, byteman; command-line mode injects and recovers faults on the host it runs on)',
  pumba:
    'alexei-led/pumba @ 69b78e6d README.md ("every chaos action depends on Linux primitives (netns, cgroups v2, iptables, tc qdiscs, container runtime sockets)"; netem and iptables commands run tc/iptables from a helper container sharing the target\'s network namespace, through /var/run/docker.sock)',
  chaosblade:
    'chaosblade-io/chaosblade @ d8c5473c README.md (network, disk, process and container experiments on the host and in containers; "docker run -it --privileged chaosbladeio/chaosblade-demo") and Dockerfile (iproute2 for tc, `mkdir -p /lib/modules/$(uname -r)`)',
  gns3: 'GNS3/gns3-server @ 713dbb7f README.md ("uBridge … is required, it interconnects the nodes"; "Qemu is strongly recommended on Linux, as most node types are based on Qemu"), gns3server/compute/qemu/__init__.py (KVM acceleration only when /dev/kvm exists) and compute/base_manager.py (has_privileged_access: uBridge needs CAP_NET_RAW for cloud and TAP links)',
  coreEmu:
    'coreemu/core @ a5cff7f9 docs/architecture.md ("Linux network namespaces … is the primary technique used by CORE"; namespaces joined by Linux Ethernet bridging, link characteristics by netem queuing disciplines, nftables filtering on the bridges)',
  containernet:
    'containernet/containernet @ c0689423 README.md ("Containernet can be executed within a privileged Docker container (nested container deployment)": `docker run --privileged --pid=\'host\' -v /var/run/docker.sock:/var/run/docker.sock containernet/containernet`) and util/docker/entrypoint.sh (starts Open vSwitch)',
  mnexec:
    'mininet/mininet @ 51a14824 mnexec.c ("mnexec: execution utility for mininet … running in a network namespace"; -n calls unshare(CLONE_NEWNET))',
  mininetWifi:
    'intrig-unicamp/mininet-wifi @ eaa5accb README.md (its Docker image runs `--privileged --net host -v /sys/:/sys -v /lib/modules:/lib/modules -v /sys/kernel/debug:/sys/kernel/debug -v /var/run/netns:/var/run/netns`) and util/install.sh (mac80211_hwsim, Open vSwitch and the kernel module setup)',
  arkimeCapture:
    'arkime/arkime @ 2d2f3678 capture/reader-tpacketv3.c (`socket(AF_PACKET, SOCK_RAW, 0)`: the tpacketv3 reader), release/config.ini.sample (pcapReadMethod=tpacketv3) and release/docker.sh (run_capture configures the interfaces and starts capture)',
  iprouteTc:
    'packages.fedoraproject.org iproute-tc ("Linux Traffic Control utility": the tc program, split out of iproute); iproute2 tc-netem(8) (netem\'s delay distribution tables in /usr/lib/tc, e.g. normal, pareto)',
  multiarchImages:
    'multiarch/ubuntu-debootstrap @ 06eba4b9 README.md ("configure binfmt-support on your Docker host … docker run --rm --privileged multiarch/qemu-user-static:register --reset. Then you can run an `armhf` image from your `x86_64` Docker host": multiarch/ubuntu-debootstrap:armhf-wily, :arm64-wily; :amd64-wily "directly, without qemu emulation")',
  coreEmane:
    'coreemu/core @ a5cff7f9 docs/emane.md ("The interface between CORE and EMANE is a TAP device. CORE builds the virtual node using Linux network namespaces, installs the TAP device into the namespace and instantiates one EMANE process in the namespace")',
  wpan: 'Debian wpan-tools ("Configure and test 802.15.4 devices": iwpan); torvalds/linux v6.12 net/ieee802154/Kconfig (IEEE802154, "IEEE Std 802.15.4 Low-Rate Wireless Personal Area Networks support") and net/mac802154/Kconfig (MAC802154, the SoftMAC stack); /work/shared/reference/kernel-configs: IEEE802154=m and MAC802154=m in Debian 11, Ubuntu 20.04–24.04 and EL8–EL10 x86_64',
  openrcRcUpdate:
    'OpenRC man/rc-update.8 ("rc-update add service runlevel": the service starts when OpenRC enters that runlevel); Alpine aports community/docker docker.initd (/usr/bin/dockerd), main/openvpn openvpn.initd (openvpn, or openvpn.<name> for /etc/openvpn/<name>.conf), main/iptables iptables.initd and ip6tables.initd (restore the saved rules at boot)',
  openrcRcService:
    'OpenRC man/rc-service.8 ("rc-service [options] service cmd": runs the service\'s init script with cmd; -e/--exists, -l/--list and -r/--resolve only look up services); Alpine aports main/iptables iptables.initd (start and restart restore the saved rules with iptables-restore, save writes the loaded ones with iptables-save), community/docker docker.initd (/usr/bin/dockerd), main/openvpn openvpn.initd',
  ubuntuLinuxTools:
    "Ubuntu archive (jammy, noble) packages built from the linux source package: linux-tools-<ABI>-<flavour> (perf, bpftool, … for one kernel ABI, e.g. linux-tools-5.15.0-91-generic) and the metapackages that follow the archive's current kernel (linux-tools-generic, -virtual, -lowlatency, -aws, -azure, -gcp, -kvm, -oracle, -generic-hwe-<release>); linux-tools-common's /usr/bin/perf runs /usr/lib/linux-tools/$(uname -r)/perf",
  ngcHoloscan:
    'NVIDIA NGC catalog, Holoscan container (catalog.ngc.nvidia.com/orgs/nvidia/teams/clara-holoscan/containers/holoscan: tags <version>-dgpu for discrete NVIDIA GPUs and <version>-igpu for the integrated GPU of IGX/Jetson), run with the NVIDIA Container Toolkit: the dGPU image carries CUDA user space for the host driver',
  glvndVendor:
    'NVIDIA/libglvnd README.md (__GLX_VENDOR_LIBRARY_NAME names the GLX vendor library to load, libGLX_<name>.so.0); NVIDIA Linux driver README, "PRIME Render Offload" (__GLX_VENDOR_LIBRARY_NAME=nvidia: GLX of the NVIDIA driver, whose libraries come from the host driver)',
  rigayaEncoders:
    'rigaya/QSVEnc README.md ("QSVEnc": encoding with Intel Quick Sync Video; the Linux build qsvencc needs the Intel media driver, which drives the GPU through /dev/dri) and rigaya/NVEnc README.md ("NVEncC": encoding with NVIDIA NVENC through the NVIDIA driver)',
  jellyfinFfmpeg:
    'jellyfin/jellyfin-ffmpeg README.md (FFmpeg for Jellyfin with hardware acceleration: VA-API, QSV, NVENC/NVDEC); Jellyfin documentation, Hardware Acceleration, Intel GPU (`/usr/lib/jellyfin-ffmpeg/vainfo --display drm --device /dev/dri/renderD128` opens the iHD driver the package ships in /usr/lib/jellyfin-ffmpeg/lib/dri)',
  computeRuntimeLegacy:
    'intel/compute-runtime release 24.35.30872.22 assets (intel-opencl-icd-legacy1_24.35.30872.22_amd64.deb: the OpenCL ICD of the same compute runtime, built for older GPU generations)',
  edgetpuPython:
    'google-coral/edgetpu debian/control (Source: edgetpu; python3-edgetpu, the Edge TPU Python API, Depends: libedgetpu1-std | libedgetpu1)',
  ngcFrameworks:
    'NVIDIA Deep Learning Frameworks documentation (docs.nvidia.com/deeplearning/frameworks/): the TensorFlow, MXNet and JAX container release notes (tensorflow-release-notes, mxnet-release-notes, jax-release-notes) give for each nvcr.io/nvidia/<framework>:<yy.mm> release the CUDA it is based on and the NVIDIA driver release it requires',
  akmodsScript:
    'RPM Fusion akmods (pkgs.rpmfusion.org free/akmods, the akmods script): builds and installs the kmod packages of the installed akmod sources for the kernels named by --kernels (by default the running one), one akmod with --akmod/--kmod, rebuilt with --force; akmodsbuild builds one akmod SRPM for a --target kernel',
  wgEasy:
    'wg-easy/wg-easy @ 001c0749 src/lib/WireGuard.js (the Web UI server runs `wg-quick up wg0`; on "Cannot find device wg0", "your host\'s kernel does not support WireGuard", it falls back to wireguard-go, which needs /dev/net/tun) and Dockerfile @ 00f3fff1 (wireguard-tools, CMD node server.js, EXPOSE 51820/udp); published as weejewel/wg-easy, later ghcr.io/wg-easy/wg-easy',
  wgrest:
    'suquant/wgrest @ 03441282 README.md ("WireGuard REST API": "Manage device: update wireguard interface", create, update and delete its peers; `wgrest --listen`)',
  intelRmd:
    'intel/rmd @ 17a0c514 README.md (Resource Management Daemon for Intel RDT cache allocation: "Resctrl filesystem interface -- interacts with kernel resctrl interface to enforce user requirements"; its back-end "runs as a privileged user because it has to do modifications to the resctrl file system"); torvalds/linux v6.12 Documentation/arch/x86/resctrl.rst (`mount -t resctrl resctrl /sys/fs/resctrl`, CONFIG_X86_CPU_RESCTRL)',
  azureNpm:
    'Azure/azure-container-networking @ 8fd91c10 docs/npm.md (Azure Network Policy Manager: "`azure-npm` Network Policy plugin implements the Kubernetes Network Policy"; on Linux "NPM adds firewall rules via `iptables` and `ipset`", one instance on each node)',
  alternativesXtables:
    'Debian ebtables 2.0.11 and arptables 0.0.5 postinst (update-alternatives ebtables → ebtables-nft or ebtables-legacy, arptables → arptables-nft or arptables-legacy), as for iptables (packages.ts debianIptables): legacy drives the ebtables/arp_tables kernel tables, nft nf_tables',
} as const;

// ── Kernel features not modelled in features.ts yet (appended there) ─────────────────────────
export const facilityFeatures: readonly KernelFeature[] = [
  {
    id: 'ceph_rbd',
    name: 'Ceph RBD (krbd)',
    summary: 'Maps Ceph RADOS block device images as host block devices (/dev/rbdN) through the rbd module (`rbd map`).',
    since: '2.6.37',
    kconfig: ['BLK_DEV_RBD'],
    modular: true,
    modules: ['rbd'],
    notLoadedOnDemand:
      "`rbd map` loads it with modprobe when /sys/bus/rbd is missing, which in a container needs the host's /lib/modules and CAP_SYS_MODULE; otherwise the host loads it (`modprobe rbd`)",
    source: SRC.kconfig('drivers/block/Kconfig (config BLK_DEV_RBD)'),
    sources: [
      'https://kernelnewbies.org/Linux_2_6_37 (Ceph RADOS block device)',
      'ceph/ceph src/krbd.cc: `if (access("/sys/bus/rbd", F_OK) != 0) … module_load("rbd", …)` before mapping',
    ],
  },
  {
    id: 'ceph_fs',
    name: 'CephFS kernel client',
    summary: 'Mounts CephFS with the kernel client (`mount -t ceph`); ceph-fuse is the FUSE alternative.',
    since: '2.6.34',
    kconfig: ['CEPH_FS'],
    modular: true,
    modules: ['ceph'],
    source: SRC.kconfig('fs/ceph/Kconfig (config CEPH_FS)'),
    sources: ['https://kernelnewbies.org/Linux_2_6_34 (Ceph distributed file system merged)'],
  },
  {
    id: 'gtp',
    name: 'GTP-U tunnel driver',
    summary:
      'GTP-U tunnel endpoints of a 3GPP core (gtp-link, gtp-tunnel of libgtpnl; OsmoGGSN and OsmoUPF in kernel mode) are gtp devices of the host kernel.',
    kconfig: ['GTP'],
    modular: true,
    modules: ['gtp'],
    commands: ['gtp-link', 'gtp-tunnel'],
    source: SRC.gtpKernel,
  },
  {
    id: 'can',
    name: 'SocketCAN',
    summary: 'CAN bus sockets (can-utils candump/cansend, python-can); interfaces live in the host kernel.',
    kconfig: ['CAN', 'CAN_RAW'],
    modular: true,
    modules: ['can', 'can_raw'],
    commands: ['candump', 'cansend', 'cangen', 'canplayer', 'cansniffer', 'canbusload', 'isotpsend', 'isotprecv'],
    source: SRC.kconfig('net/can/Kconfig'),
    sources: [SRC.debianConfig, SRC.can],
  },
  {
    id: 'vcan',
    name: 'Virtual CAN (vcan)',
    summary: 'Virtual CAN interfaces for testing (ip link add … type vcan).',
    kconfig: ['CAN_VCAN'],
    modular: true,
    modules: ['vcan'],
    source: SRC.kconfig('drivers/net/can/Kconfig'),
    sources: [SRC.debianConfig, SRC.can],
  },
  {
    id: 'vxcan',
    name: 'Virtual CAN tunnel (vxcan)',
    summary: 'CAN tunnel pairs between network namespaces (ip link add … type vxcan).',
    kconfig: ['CAN_VXCAN'],
    modular: true,
    modules: ['vxcan'],
    source: SRC.kconfig('drivers/net/can/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'slcan',
    name: 'Serial-line CAN (slcan)',
    summary: 'CAN over serial adapters attached with slcand.',
    kconfig: ['CAN_SLCAN'],
    modular: true,
    modules: ['slcan'],
    commands: ['slcand', 'slcan_attach'],
    source: SRC.kconfig('drivers/net/can/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'cifs',
    name: 'SMB/CIFS client',
    summary: 'Mounting SMB shares in the kernel (mount -t cifs, mount.cifs).',
    kconfig: ['CIFS'],
    modular: true,
    modules: ['cifs'],
    commands: ['mount.cifs', 'mount.smb3'],
    source: SRC.kconfig('fs/smb/client/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'device_mapper',
    name: 'Device mapper',
    summary: 'Mapped block devices (dmsetup, LVM, kpartx, multipath) through /dev/mapper/control.',
    kconfig: ['BLK_DEV_DM'],
    modular: true,
    modules: ['dm_mod'],
    commands: ['dmsetup', 'kpartx', 'lvcreate', 'vgcreate', 'pvcreate', 'vgchange', 'lvchange', 'multipathd'],
    source: SRC.kconfig('drivers/md/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'cfg80211',
    name: 'Wireless stack (cfg80211/nl80211)',
    summary: 'The kernel wireless configuration API (nl80211) that hostapd, iw and wpa_supplicant use; drivers are mac80211-based.',
    kconfig: ['CFG80211'],
    modular: true,
    modules: ['cfg80211'],
    source: SRC.kconfig('net/wireless/Kconfig'),
    sources: [SRC.debianConfig, SRC.wireless],
  },
  {
    id: 'batman_adv',
    name: 'B.A.T.M.A.N. advanced mesh',
    summary: 'Layer-2 mesh routing in the kernel (batman-adv module, batX interfaces), configured with batctl.',
    kconfig: ['BATMAN_ADV'],
    modular: true,
    modules: ['batman-adv'],
    source: SRC.kconfig('net/batman-adv/Kconfig'),
    sources: [SRC.debianConfig, SRC.batmanAdv],
  },
  {
    id: 'md_raid',
    name: 'Software RAID (md)',
    summary: 'Multiple-device RAID arrays (/dev/mdN) assembled by the md driver with mdadm.',
    kconfig: ['BLK_DEV_MD'],
    modular: true,
    modules: ['md_mod'],
    source: SRC.kconfig('drivers/md/Kconfig'),
    sources: [SRC.debianConfig, SRC.md],
  },
  {
    id: 'dummy',
    name: 'Dummy network interfaces',
    summary: 'Interfaces that drop all traffic (ip link add … type dummy), used for test addresses.',
    kconfig: ['DUMMY'],
    modular: true,
    modules: ['dummy'],
    source: SRC.kconfig('drivers/net/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'gre',
    name: 'GRE tunnels',
    summary: 'GRE/GRETAP tunnel interfaces (ip link add … type gre|gretap).',
    kconfig: ['NET_IPGRE'],
    modular: true,
    modules: ['ip_gre'],
    source: SRC.kconfig('net/ipv4/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'ipip',
    name: 'IP-in-IP tunnels',
    summary: 'IPv4-in-IPv4 tunnel interfaces (ip link add … type ipip; Calico IPIP mode).',
    kconfig: ['NET_IPIP'],
    modular: true,
    modules: ['ipip'],
    source: SRC.kconfig('net/ipv4/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'sit',
    name: 'SIT (IPv6-in-IPv4) tunnels',
    summary: 'IPv6-in-IPv4 tunnel interfaces (ip link add … type sit).',
    kconfig: ['IPV6_SIT'],
    modular: true,
    modules: ['sit'],
    source: SRC.kconfig('net/ipv6/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'vlan_8021q',
    name: '802.1Q VLAN interfaces',
    summary: 'VLAN sub-interfaces (ip link add … type vlan, vconfig).',
    kconfig: ['VLAN_8021Q'],
    modular: true,
    modules: ['8021q'],
    source: SRC.kconfig('net/8021q/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'bonding',
    name: 'Bonding',
    summary: 'Bonded (link aggregation) interfaces (ip link add … type bond).',
    kconfig: ['BONDING'],
    modular: true,
    modules: ['bonding'],
    source: SRC.kconfig('drivers/net/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'vrf',
    name: 'VRF devices',
    summary: 'Virtual routing and forwarding domains (ip link add … type vrf).',
    kconfig: ['NET_VRF'],
    modular: true,
    modules: ['vrf'],
    source: SRC.kconfig('drivers/net/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'ifb',
    name: 'Intermediate functional block (ifb)',
    summary: 'Pseudo-devices for ingress shaping with tc (ip link add … type ifb).',
    kconfig: ['IFB'],
    modular: true,
    modules: ['ifb'],
    source: SRC.kconfig('drivers/net/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'macvtap',
    name: 'macvtap',
    summary: 'Tap devices on top of macvlan (ip link add … type macvtap; libvirt direct attachment).',
    kconfig: ['MACVTAP'],
    modular: true,
    modules: ['macvtap'],
    source: SRC.kconfig('drivers/net/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'sch_htb',
    name: 'HTB qdisc',
    summary: 'Hierarchical token bucket shaping (tc qdisc … htb).',
    kconfig: ['NET_SCH_HTB'],
    modular: true,
    modules: ['sch_htb'],
    source: SRC.kconfig('net/sched/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'sch_tbf',
    name: 'TBF qdisc',
    summary: 'Token bucket filter rate limiting (tc qdisc … tbf).',
    kconfig: ['NET_SCH_TBF'],
    modular: true,
    modules: ['sch_tbf'],
    source: SRC.kconfig('net/sched/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'sch_ingress',
    name: 'ingress/clsact qdisc',
    summary: 'Ingress and clsact hooks for tc filters and tc BPF programs (tc qdisc … ingress|clsact).',
    kconfig: ['NET_SCH_INGRESS'],
    modular: true,
    modules: ['sch_ingress'],
    source: SRC.kconfig('net/sched/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'ftrace',
    name: 'ftrace (tracefs)',
    summary: 'Kernel function and event tracing through tracefs (trace-cmd, perf trace, bpftrace tracepoints).',
    kconfig: ['FTRACE'],
    modular: false,
    commands: ['trace-cmd'],
    source: SRC.tracing,
    sources: [SRC.debianConfig],
  },
  {
    id: 'kprobes',
    name: 'kprobes',
    summary: 'Dynamic kernel probes (kprobe events, bcc/bpftrace kprobe programs, perf probe).',
    // Only KPROBES: the kprobe-events symbol was KPROBE_EVENT before Linux 4.11 (RHEL 7.9's config has
    // CONFIG_KPROBE_EVENT=y), so asking for KPROBE_EVENTS would call older kernels' kprobes missing.
    kconfig: ['KPROBES'],
    modular: false,
    source: SRC.kconfig('arch/Kconfig, kernel/trace/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'openvswitch',
    name: 'Open vSwitch datapath',
    summary: 'The kernel datapath of Open vSwitch (ovs-vswitchd, ovs-vsctl add-br; OVN, OpenStack Neutron).',
    kconfig: ['OPENVSWITCH'],
    modular: true,
    modules: ['openvswitch'],
    source: SRC.kconfig('net/openvswitch/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'ppp',
    name: 'PPP',
    summary: 'Point-to-point links through /dev/ppp (pppd, xl2tpd, PPPoE, openfortivpn).',
    kconfig: ['PPP'],
    modular: true,
    modules: ['ppp_generic'],
    source: SRC.kconfig('drivers/net/ppp/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'vfio',
    name: 'VFIO',
    summary: 'User-space device drivers through /dev/vfio (DPDK, SPDK, VPP, QEMU PCI passthrough).',
    kconfig: ['VFIO', 'VFIO_PCI'],
    modular: true,
    modules: ['vfio', 'vfio_pci'],
    source: SRC.kconfig('drivers/vfio/Kconfig'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'debugfs',
    name: 'debugfs',
    summary: 'The kernel debug filesystem at /sys/kernel/debug (older tracing paths, some BPF tools).',
    kconfig: ['DEBUG_FS'],
    modular: false,
    source: SRC.kconfig('lib/Kconfig.debug'),
    sources: [SRC.debianConfig],
  },
  {
    id: 'numa',
    name: 'NUMA memory policy',
    summary: 'NUMA system calls (mbind, set_mempolicy, migrate_pages) and /proc NUMA files: what numactl and libnuma use.',
    kconfig: ['NUMA'],
    modular: false,
    source: SRC.numa,
  },
  {
    id: 'x86_msr',
    name: 'x86 MSR device (/dev/cpu/*/msr)',
    summary: "The msr driver gives user space the CPUs' model-specific registers through /dev/cpu/N/msr; x86 kernels only.",
    kconfig: ['X86_MSR'],
    modular: true,
    modules: ['msr'],
    source: SRC.msr,
    sources: [SRC.debianConfig],
  },
  {
    id: 'transparent_hugepage',
    name: 'Transparent huge pages',
    summary: 'Huge pages the kernel hands out on its own (THP); the mode under /sys/kernel/mm/transparent_hugepage is host-wide.',
    kconfig: ['TRANSPARENT_HUGEPAGE'],
    modular: false,
    source: SRC.transhuge,
    sources: [SRC.debianConfig],
  },
  {
    id: 'android_binder',
    name: 'Android binder IPC',
    summary:
      'The binder IPC driver and binderfs that Android containers (Waydroid, Anbox) need; distributions that enable it build it as a module.',
    kconfig: ['ANDROID_BINDER_IPC'],
    modular: true,
    modules: ['binder_linux'],
    source: SRC.kconfig('drivers/android/Kconfig'),
    sources: [SRC.binder, SRC.debianConfig],
  },
];

// ── Facilities ───────────────────────────────────────────────────────────────────────────────

/** What `docker run` must add for a container to reach the facility. */
export interface RunRequirements {
  capAdd?: string[];
  devices?: string[];
  privileged?: boolean;
  /** Further run-time conditions, one short sentence each. */
  notes?: string[];
}

export interface HostFacility {
  id: string;
  name: string;
  /** One sentence: what the host must provide and why a container cannot bring it. */
  summary: string;
  /** Kernel features (ids in features.ts) the facility needs; evaluated against the target, diagnosed when missing. */
  features: string[];
  /** Kernel features shown on hover but never diagnosed (alternatives: one of several drivers suffices). */
  relatedFeatures?: string[];
  run: RunRequirements;
  source: Source;
  sources?: Source[];
}

const NET_ADMIN = { capAdd: ['NET_ADMIN'] };

export const hostFacilities: readonly HostFacility[] = [
  {
    id: 'tun',
    name: 'TUN/TAP device (/dev/net/tun)',
    summary: 'VPN and userspace-network programs open /dev/net/tun, a device of the host kernel, and configure the interface it creates.',
    features: ['tun'],
    run: { capAdd: ['NET_ADMIN'], devices: ['/dev/net/tun'] },
    source: SRC.dockerRun,
    sources: [SRC.capabilities, SRC.mobyDev, SRC.netbirdIface],
  },
  {
    id: 'kvm',
    name: 'KVM (/dev/kvm)',
    summary:
      "Hardware-accelerated virtual machines use the host kernel's KVM through /dev/kvm; without it QEMU falls back to slow emulation or fails with -enable-kvm.",
    features: ['kvm'],
    run: { devices: ['/dev/kvm'], notes: ['The host must expose virtualisation extensions (nested virtualisation inside a cloud VM).'] },
    source: SRC.dockerRun,
    sources: [SRC.debianConfig, SRC.qemuAccel],
  },
  {
    id: 'libvirt',
    name: 'libvirt with QEMU/KVM',
    summary: 'libvirtd/virtqemud start QEMU guests with /dev/kvm and create bridges, taps and cgroups in the host kernel.',
    features: ['kvm'],
    relatedFeatures: ['tun', 'bridge'],
    run: { privileged: true, devices: ['/dev/kvm'] },
    source: SRC.dockerRun,
  },
  {
    id: 'fuse',
    name: 'FUSE (/dev/fuse)',
    summary: 'A FUSE filesystem is served by a process but mounted by the host kernel through /dev/fuse.',
    features: ['fuse'],
    run: { capAdd: ['SYS_ADMIN'], devices: ['/dev/fuse'], notes: ['AppArmor/SELinux may also have to allow the mount.'] },
    source: SRC.dockerRun,
    sources: [SRC.mount2, SRC.mobyDev, SRC.containersStorage, SRC.fuseZip],
  },
  {
    id: 'device-node',
    name: 'Device nodes',
    summary:
      'A device node names a device of the host kernel; a container may open only the devices its runtime passes in, and its /dev is a fresh tmpfs at every start.',
    features: [],
    run: {
      notes: [
        "CAP_MKNOD is in Docker's default set, but the device cgroup allows only a default set of devices: pass the device with --device.",
      ],
    },
    source: SRC.mobyDev,
    sources: [SRC.mobyCaps, SRC.capabilities],
  },
  {
    id: 'loop',
    name: 'Loop devices',
    summary: 'Loop devices (losetup, mount -o loop) are block devices of the host kernel, shared by all containers.',
    features: ['loop'],
    run: { privileged: true, notes: ['Or --cap-add SYS_ADMIN with --device /dev/loop-control and the /dev/loopN devices.'] },
    source: SRC.mount2,
    sources: [SRC.dockerRun],
  },
  {
    id: 'device-mapper',
    name: 'Device mapper (/dev/mapper)',
    summary: 'dm-crypt, LVM, kpartx and multipath create device-mapper devices in the host kernel through /dev/mapper/control.',
    features: ['device_mapper'],
    relatedFeatures: ['dm_crypt'],
    run: { privileged: true },
    source: SRC.dockerRun,
    sources: [SRC.capabilities],
  },
  {
    id: 'netfilter',
    name: 'Netfilter (iptables/nftables)',
    summary:
      "Firewall and NAT rules live in the host kernel's netfilter tables of the container's network namespace; changing them needs CAP_NET_ADMIN.",
    features: [],
    relatedFeatures: ['iptables_nft', 'iptables_legacy', 'nf_tables'],
    run: NET_ADMIN,
    source: SRC.capabilities,
    sources: [SRC.mobyCaps, SRC.iptablesWrapper, SRC.libnetfilterQueue, SRC.suricataConfigure, SRC.pythonIptables, SRC.ufwFramework],
  },
  {
    id: 'ipvs',
    name: 'IPVS load balancing',
    summary: 'IPVS virtual servers live in the host kernel; ipvsadm and keepalived (LVS) configure them with CAP_NET_ADMIN.',
    features: ['ipvs'],
    run: NET_ADMIN,
    source: SRC.capabilities,
  },
  {
    id: 'keepalived',
    name: 'keepalived (VRRP, LVS)',
    summary: 'keepalived moves virtual IP addresses (VRRP) and may program IPVS (virtual_server blocks) in the host kernel.',
    features: [],
    relatedFeatures: ['ipvs'],
    run: { capAdd: ['NET_ADMIN'], notes: ['Usually with --network host so the virtual address lands on the host interface.'] },
    source: SRC.capabilities,
  },
  {
    // kube-vip and MetalLB's speaker announce Service and control-plane addresses from the node (SRC.kubeVip, SRC.metallbSpeaker).
    id: 'service-vip',
    name: 'Virtual service addresses (kube-vip, MetalLB speaker)',
    summary:
      "Answers ARP/NDP (or speaks BGP) for virtual addresses on the node's interfaces through raw packet sockets; kube-vip also adds the address to the host interface.",
    features: [],
    run: {
      capAdd: ['NET_ADMIN', 'NET_RAW'],
      notes: ['Run in the host network namespace (hostNetwork, --network host): the addresses belong to the node, not to the container.'],
    },
    source: SRC.kubeVip,
    sources: [SRC.metallbSpeaker, SRC.capabilities],
  },
  {
    id: 'traffic-control',
    name: 'Traffic control (tc qdiscs)',
    summary:
      'Queueing disciplines and filters are kernel objects attached to interfaces; adding them needs CAP_NET_ADMIN and the qdisc module on the host.',
    features: [],
    run: NET_ADMIN,
    source: SRC.capabilities,
  },
  {
    id: 'netlink-link',
    name: 'Virtual network interfaces (ip link add)',
    summary:
      "Interfaces of a type (vxlan, vcan, wireguard, macvlan, bridge, …) are created by the host kernel's driver for that type; creating them needs CAP_NET_ADMIN.",
    features: [],
    run: NET_ADMIN,
    source: SRC.capabilities,
  },
  {
    id: 'net-config',
    name: 'Network configuration',
    summary: 'Addresses, routes and link state are kernel network-namespace state; changing them needs CAP_NET_ADMIN.',
    features: [],
    run: NET_ADMIN,
    source: SRC.capabilities,
    sources: [SRC.pyroute2],
  },
  {
    id: 'mount',
    name: 'Mounting filesystems',
    summary: 'mount(2) is served by the host kernel and needs CAP_SYS_ADMIN; the filesystem type must be in the host kernel.',
    features: [],
    run: {
      capAdd: ['SYS_ADMIN'],
      notes: ["Docker's default AppArmor profile denies mount: add --security-opt apparmor=unconfined where AppArmor is on."],
    },
    source: SRC.mount2,
    sources: [SRC.capabilities, SRC.mobyAppArmor, SRC.fstab, SRC.kiwiRootBind],
  },
  {
    id: 'nfs-server',
    name: 'Kernel NFS server (knfsd)',
    summary:
      "nfs-kernel-server only configures the host kernel's nfsd: the exports are served by the host kernel, which must have nfsd loaded.",
    features: ['nfsd'],
    relatedFeatures: ['nfs_client'],
    run: {
      capAdd: ['SYS_ADMIN'],
      notes: [
        'The nfsd filesystem (/proc/fs/nfsd) must be mounted, which needs CAP_SYS_ADMIN; most images document --privileged.',
        'A userspace server (nfs-ganesha) does not need nfsd.',
      ],
    },
    source: SRC.nfsUtils,
    sources: [SRC.mount2],
  },
  {
    id: 'iscsi',
    name: 'iSCSI',
    summary:
      'iSCSI sessions (iscsid/iscsiadm) and LIO targets (targetcli) are kernel objects of the host; LUNs appear as host block devices.',
    features: [],
    relatedFeatures: ['iscsi_initiator', 'iscsi_target'],
    run: { privileged: true, notes: ["Usually with --network host and the host's /dev, /lib/modules and /etc/iscsi."] },
    source: SRC.dockerRun,
    sources: [SRC.debianConfig],
  },
  {
    id: 'zfs',
    name: 'ZFS (/dev/zfs)',
    summary: 'zfs/zpool talk to the ZFS module of the host through /dev/zfs; the module is out of tree and must be installed on the host.',
    features: ['zfs'],
    run: { privileged: true, devices: ['/dev/zfs'] },
    source: SRC.dockerRun,
  },
  {
    id: 'btrfs',
    name: 'Btrfs',
    summary: "Btrfs volumes and subvolumes are handled by the host kernel's btrfs driver.",
    features: ['btrfs'],
    run: {
      notes: [
        'The path must be on a btrfs filesystem (a bind mount from the host); deleting subvolumes, balance and scrub need CAP_SYS_ADMIN.',
      ],
    },
    source: SRC.capabilities,
    sources: ['Btrfs documentation, btrfs-subvolume(8) and btrfs-balance(8) (kernel.org btrfs docs)'],
  },
  {
    id: 'drbd',
    name: 'DRBD',
    summary: "DRBD replicated block devices are made by the host kernel's drbd module, whose version must match drbd-utils.",
    features: ['drbd'],
    run: { privileged: true },
    source: SRC.dockerRun,
  },
  {
    id: 'sctp',
    name: 'SCTP',
    summary: "SCTP sockets are provided by the host kernel's sctp module; the image only brings the library.",
    features: ['sctp'],
    run: {},
    source: SRC.debianConfig,
  },
  {
    id: 'gtp',
    name: 'GTP-U tunnel (kernel gtp driver)',
    summary: "A gtp device is created in the host kernel's gtp driver; the image only brings the netlink tools that configure it.",
    features: ['gtp'],
    run: NET_ADMIN,
    source: SRC.gtpKernel,
  },
  {
    id: 'gtp5g',
    name: "free5GC's gtp5g module",
    summary:
      "free5GC's UPF forwards user traffic through gtp5g, a kernel module kept outside the Linux tree: it must be built for and loaded into the host kernel.",
    features: [],
    run: {
      capAdd: ['NET_ADMIN'],
      notes: ['Build and load gtp5g on the host (make && sudo make install in free5gc/gtp5g) before the UPF starts.'],
    },
    source: SRC.gtp5g,
  },
  {
    id: 'can',
    name: 'SocketCAN',
    summary:
      'CAN interfaces (can0, vcan0) and sockets belong to the host kernel; a container sees only interfaces in its network namespace.',
    features: ['can'],
    run: {
      capAdd: ['NET_ADMIN'],
      notes: ["Physical CAN interfaces are reached with --network host (or moved into the container's namespace with vxcan)."],
    },
    source: SRC.can,
    sources: [SRC.capabilities],
  },
  {
    id: 'binfmt',
    name: 'binfmt_misc (foreign-architecture binaries)',
    summary:
      "Running foreign-architecture binaries through qemu-*-static needs an interpreter registered in the host kernel's binfmt_misc; registration is host-wide.",
    features: ['binfmt_misc'],
    run: {
      privileged: true,
      notes: [
        'Registering needs --privileged (e.g. docker run --privileged --rm tonistiigi/binfmt --install all); images that only contain qemu-*-static rely on the host having registered it, ideally with the F flag.',
      ],
    },
    source: SRC.binfmt,
    sources: [SRC.debianConfig, SRC.tonistiigiBinfmt],
  },
  {
    id: 'bpf-tracing',
    name: 'BPF and kernel tracing',
    summary:
      "BPF programs, kprobes and tracepoints run in the host kernel; tools need BPF/PERFMON/SYS_ADMIN capabilities and the host's tracefs, debugfs and BTF.",
    features: [],
    relatedFeatures: ['bpf', 'btf', 'kprobes', 'ftrace', 'perf_events'],
    run: {
      privileged: true,
      notes: [
        'Or --cap-add BPF --cap-add PERFMON (Linux ≥ 5.8) / SYS_ADMIN, with -v /sys/kernel/debug:/sys/kernel/debug and --pid host to see host processes.',
      ],
    },
    source: SRC.capabilities,
    sources: [SRC.tracing, SRC.libbpf, SRC.ebpfAgents, SRC.bpftool, SRC.mizarDaemon, SRC.ebpfExporter],
  },
  {
    id: 'bcc',
    name: 'bcc (BPF Compiler Collection)',
    summary: "bcc compiles BPF programs at run time against the headers of the kernel that runs them — the host's, not the image's.",
    features: ['bpf'],
    relatedFeatures: ['kprobes', 'btf'],
    run: {
      privileged: true,
      notes: ["Mount the host's /lib/modules and /usr/src read-only (kernel headers), or use a kernel with CONFIG_IKHEADERS."],
    },
    source: SRC.bcc,
    sources: [SRC.capabilities],
  },
  {
    id: 'falco',
    name: 'Falco kernel driver',
    summary:
      'Falco reads syscalls through a driver in the host kernel: a kernel module or eBPF probe built for the host kernel, or the modern eBPF probe, which needs BTF.',
    features: [],
    relatedFeatures: ['bpf', 'btf'],
    run: {
      privileged: true,
      notes: [
        "The driver loader downloads or builds a driver for the host's kernel release: it needs the host's /lib/modules, /usr/src and /boot mounted.",
      ],
    },
    source: SRC.falco,
  },
  {
    id: 'io_uring',
    name: 'io_uring',
    summary:
      "liburing only wraps io_uring, which the host kernel must provide (Linux ≥ 5.1); Docker ≥ 25's default seccomp profile blocks it.",
    features: ['io_uring'],
    run: { notes: ['Under Docker ≥ 25 a custom seccomp profile that allows io_uring_setup/enter/register is needed.'] },
    source: SRC.liburing,
    sources: [SRC.iouringSeccomp],
  },
  {
    id: 'rootless-containers',
    name: 'Containers inside a container (podman, buildah, LXC; user namespaces)',
    summary:
      'Podman and Buildah create user namespaces, overlay (or fuse-overlayfs) mounts and cgroups in the host kernel; /etc/subuid and newuidmap map the ids.',
    features: ['user_namespaces'],
    relatedFeatures: ['overlayfs', 'fuse'],
    run: {
      devices: ['/dev/fuse'],
      notes: ['Rootless podman in a container: --security-opt seccomp=unconfined --security-opt apparmor=unconfined (or --privileged).'],
    },
    source: SRC.podmanInContainer,
    sources: [SRC.dockerRun, SRC.bootcBaseImagectl, SRC.containersConf],
  },
  {
    id: 'kubernetes-node',
    name: 'Kubernetes node in a container (k3s, kind, kubelet)',
    summary:
      'A kubelet and its runtime in a container program the host kernel: overlay mounts, iptables or IPVS rules, bridges, VXLAN and br_netfilter.',
    features: ['overlayfs', 'br_netfilter'],
    relatedFeatures: ['iptables_nft', 'iptables_legacy', 'ipvs', 'conntrack', 'vxlan', 'bridge'],
    run: { privileged: true, notes: ['k3s and kind document --privileged (and tmpfs /run, /var/run).'] },
    source: SRC.dockerRun,
    sources: [SRC.debianConfig],
  },
  {
    id: 'ipsec',
    name: 'IPsec (strongSwan, Libreswan)',
    summary: "IKE daemons install security associations and policies in the host kernel's XFRM layer; changing them needs CAP_NET_ADMIN.",
    features: ['xfrm_ipsec'],
    run: { capAdd: ['NET_ADMIN'], notes: ['Usually with --network host, or NAT rules in the container (iptables).'] },
    source: SRC.capabilities,
    sources: [SRC.debianConfig],
  },
  {
    id: 'ppp',
    name: 'PPP (/dev/ppp)',
    summary: 'pppd and the daemons built on it (xl2tpd, PPPoE, openfortivpn) open /dev/ppp of the host kernel and configure the link.',
    features: ['ppp'],
    run: { capAdd: ['NET_ADMIN'], devices: ['/dev/ppp'] },
    source: SRC.dockerRun,
    sources: [SRC.capabilities],
  },
  {
    id: 'openvswitch',
    name: 'Open vSwitch',
    summary: 'ovs-vswitchd drives the openvswitch datapath module of the host kernel; bridges it creates are host kernel objects.',
    features: ['openvswitch'],
    run: { capAdd: ['NET_ADMIN'], notes: ['Usually --privileged with --network host, and the module loaded on the host.'] },
    source: SRC.capabilities,
    sources: [SRC.debianConfig, SRC.mininet, SRC.mininetInstall],
  },
  {
    id: 'host-namespaces',
    name: 'Entering other namespaces (nsenter)',
    summary:
      "nsenter joins the namespaces of another process; reaching the host's (nsenter -t 1) needs the host PID namespace and CAP_SYS_ADMIN.",
    features: [],
    run: { privileged: true, notes: ["With --pid host to see the host's processes."] },
    source: SRC.capabilities,
  },
  {
    id: 'gpu',
    name: 'GPU (host driver)',
    summary:
      "GPUs are driven by the host kernel's driver (nvidia.ko, amdgpu); the image carries only user-space libraries, which must match the host driver.",
    features: [],
    run: {
      notes: [
        'NVIDIA: docker run --gpus all (NVIDIA Container Toolkit on the host); AMD/Intel: --device /dev/dri (and /dev/kfd for ROCm).',
      ],
    },
    source: SRC.dockerRun,
    sources: [
      SRC.vaapi,
      // pip installs of the frameworks' CUDA/ROCm builds (sample 40).
      SRC.pytorchWheels,
      SRC.tensorflowPip,
      SRC.jaxCuda,
      SRC.paddleGpu,
      SRC.alpineVaapi,
      SRC.xorgVideo,
      SRC.mesaVulkan,
      SRC.gamescope,
      SRC.selkiesGpu,
      SRC.nekoHwenc,
      SRC.nvidiaVendorFiles,
      SRC.nvidiaVaapi,
      SRC.ffmpegHwaccel,
      SRC.virglServer,
      SRC.cudaCompat,
      SRC.gdrcopy,
      SRC.deepstreamDgpu,
      SRC.nvidiaGraphicsImages,
      SRC.radeontop,
      SRC.gstHwCodecs,
      SRC.intelGpuRuntime,
      SRC.rocmVllmDev,
      SRC.rocmVllm,
      SRC.nvidiaSmiExporter,
      SRC.nvidiaGpuExporter,
      SRC.nvidiaDisableRequire,
      SRC.torchCudaAvailable,
      SRC.rayAmdGpu,
      SRC.nvidiaCtk,
      SRC.cudnn,
      SRC.ngcHoloscan,
      SRC.glvndVendor,
      SRC.rigayaEncoders,
      SRC.jellyfinFfmpeg,
      SRC.computeRuntimeLegacy,
    ],
  },
  {
    id: 'host-device',
    name: 'Host device',
    summary:
      'The device node names hardware the host kernel drives (serial, USB, sound, video, I2C/SPI/GPIO, block devices); a container reaches it only when passed in.',
    features: [],
    run: { notes: ['Pass it with docker run --device <path> (or --device-cgroup-rule for hot-plugged devices).'] },
    source: SRC.mobyDev,
    sources: [
      SRC.dockerRun,
      SRC.smartctlExporter,
      SRC.zwaveJsUi,
      SRC.s390Tools,
      SRC.xorgInput,
      SRC.sunshine,
      SRC.zoneminder,
      SRC.steamHeadlessEvdev,
      SRC.xorgWrap,
      SRC.inputGroup,
      SRC.joystickTools,
      SRC.lsscsi,
      SRC.wolfFakeUdev,
      SRC.plugdevGroup,
      SRC.gammu,
      SRC.edgetpuPython,
    ],
  },
  {
    id: 'sgx',
    name: 'Intel SGX enclaves (host driver)',
    summary:
      "SGX enclaves run on the host's CPU through the host kernel's SGX driver: the in-kernel driver's /dev/sgx_enclave and /dev/sgx_provision (Linux 5.11+), or the out-of-tree driver's /dev/isgx; Intel's AESM service (aesmd) loads its enclaves through them.",
    features: [],
    run: {
      devices: ['/dev/sgx_enclave', '/dev/sgx_provision'],
      notes: [
        'With the out-of-tree (Legacy Launch Control) driver pass /dev/isgx instead; the host CPU must have SGX enabled in its firmware.',
      ],
    },
    source: SRC.sgxAesmDocker,
    sources: [SRC.sgxDriver],
  },
  {
    id: 'ai-accelerator',
    name: 'AI accelerator (host driver)',
    summary:
      "AI accelerators run on a kernel driver of the host; the image brings only user space, which opens that driver's devices: Gaudi's habanalabs (DRM_ACCEL_HABANALABS, /dev/accel/accel*), Ascend's NPU driver (/dev/davinci*).",
    features: [],
    run: {
      notes: [
        "Pass the devices with docker run --device, or run through the vendor's runtime (habana-container-runtime, Ascend Docker Runtime). Gaudi's driver is in-tree or Intel's habanalabs-dkms; Ascend's is out of tree: images also take /dev/davinci_manager and mount the host's /usr/local/Ascend/driver.",
      ],
    },
    source: SRC.accelHabanalabs,
    sources: [SRC.habana, SRC.ascendNpu],
  },
  {
    id: 'file-capabilities',
    name: 'File capabilities (setcap)',
    summary:
      "A capability set on a file is granted at exec only within the container's bounding set: capabilities outside Docker's default set must be added at run time.",
    features: [],
    run: {},
    source: SRC.capabilities,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'dpdk',
    name: 'DPDK / user-space packet processing',
    summary: "DPDK, SPDK and VPP drive NICs from user space through the host kernel's VFIO (or UIO) and hugepages reserved on the host.",
    features: ['hugetlbfs'],
    relatedFeatures: ['vfio'],
    run: {
      privileged: true,
      notes: ["Mount the host's hugepages (-v /dev/hugepages:/dev/hugepages) and pass /dev/vfio; vm.nr_hugepages is set on the host."],
    },
    source: SRC.dockerRun,
    sources: [SRC.debianConfig],
  },
  {
    id: 'dind',
    name: 'Docker-in-Docker',
    summary: 'dockerd inside a container uses the host kernel for overlay mounts, iptables, cgroups and namespaces of its own containers.',
    features: ['overlayfs'],
    relatedFeatures: ['iptables_nft', 'iptables_legacy', 'bridge', 'veth'],
    run: { privileged: true, notes: ['Keep /var/lib/docker on a volume, as docker:dind declares.'] },
    source: SRC.dind,
    sources: [
      SRC.mobyCaps,
      SRC.droneDocker,
      SRC.arcDindDockerHub,
      SRC.nestyboxDocker,
      SRC.nestyboxSupervisordDocker,
      SRC.arcRunnerImages,
      SRC.dockerStatic,
      SRC.myoung34Runner,
      SRC.selkiesDind,
      SRC.dockerLegacyDaemon,
      SRC.k3cDaemon,
    ],
  },
  {
    id: 'privileged-run-options',
    name: 'Privileged container named in the run options the image documents',
    summary:
      "The run options the image carries for its own container (rancher/dapper's DAPPER_RUN_ARGS) ask for --privileged: every capability, the host's devices and no seccomp or AppArmor confinement, because what runs inside uses the host kernel directly.",
    features: [],
    run: { privileged: true },
    source: SRC.dapper,
    sources: [SRC.dockerRun],
  },
  {
    id: 'audit-loginuid',
    name: 'Audit login uid (pam_loginuid)',
    summary:
      "pam_loginuid writes the login's audit uid to /proc/self/loginuid; once a process has one (inherited from the container runtime), the host kernel allows a change only with CAP_AUDIT_CONTROL, not in Docker's default set.",
    features: [],
    run: {
      notes: ['Mark pam_loginuid optional for the service, or run with --cap-add AUDIT_CONTROL so it can set the uid.'],
    },
    source: SRC.pamLoginuid,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'display-server',
    name: "Display server on the host's screens (console VT, DRM/KMS, input devices)",
    summary:
      "A display server driving real screens (Xorg, Weston's DRM or fbdev back end) opens the host's console (/dev/tty0 and a VT), its DRM/KMS or framebuffer device (/dev/dri/card*, /dev/fb0) and input devices; a container has none unless passed in.",
    features: [],
    run: {
      devices: ['/dev/tty0', '/dev/dri', '/dev/input'],
      notes: [
        'Pass the console, GPU and input devices (or run --privileged) on a host whose own display server leaves the screen free; for a virtual screen use Xvfb, Xvnc or weston --backend=headless|vnc|rdp, which need none of them.',
      ],
    },
    source: SRC.xorgConsole,
    sources: [SRC.westonBackend, SRC.xorgWrap],
  },
  {
    id: 'oom-score-adj',
    name: 'OOM killer score adjustment (oom_score_adj)',
    summary:
      "oom_score_adj tells the host kernel's OOM killer how readily to kill the process; lowering it below the container's starting value (a negative value unless run with --oom-score-adj) needs CAP_SYS_RESOURCE, not in Docker's default set.",
    features: [],
    run: { notes: ['Set it from outside with docker run --oom-score-adj=<value>, or add --cap-add SYS_RESOURCE.'] },
    source: SRC.oomScoreAdj,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'docker-client',
    name: 'Docker client starting containers (docker run, x11docker)',
    summary:
      "The docker client only asks a Docker daemon to start containers, pull or build images, and the daemon runs them on its host's kernel: a build step reaches no daemon, and a container reaches the host's only through its mounted socket.",
    features: [],
    run: {
      notes: [
        "Mount the host daemon's socket (-v /var/run/docker.sock:/var/run/docker.sock; whoever holds it controls the host's Docker), or point DOCKER_HOST at a Docker-in-Docker daemon.",
      ],
    },
    source: SRC.dockerCli,
    sources: [SRC.x11docker, SRC.dind, SRC.dockerBuildDriver, SRC.dapper],
  },
  {
    id: 'bluetooth',
    name: 'Bluetooth (host adapter)',
    summary:
      "Bluetooth adapters are driven by the host kernel's Bluetooth stack, whose sockets exist only in the host's network namespace: BlueZ in a container needs --network host.",
    features: [],
    run: {
      capAdd: ['NET_ADMIN'],
      notes: ['Run with --network host; BlueZ clients also need the host D-Bus socket when bluetoothd runs on the host.'],
    },
    source: SRC.bluetooth,
    sources: [SRC.capabilities, SRC.bleBindings],
  },
  {
    id: 'cni',
    name: 'CNI plugins',
    summary:
      "CNI plugins under /opt/cni/bin are run by the node's container runtime on the host: they create veth pairs, bridges, routes and iptables rules in the host kernel.",
    features: [],
    relatedFeatures: ['veth', 'bridge', 'iptables_nft', 'iptables_legacy'],
    run: {
      notes: ["Installer images copy the plugins to the host's /opt/cni/bin through a hostPath mount (a DaemonSet with hostNetwork)."],
    },
    source: SRC.cni,
  },
  {
    id: 'dahdi',
    name: 'DAHDI telephony drivers',
    summary:
      "DAHDI is a set of out-of-tree kernel modules: built in an image they target the build machine's kernel, while the host must load its own and expose /dev/dahdi.",
    features: [],
    run: {
      devices: ['/dev/dahdi'],
      notes: ['Build and load the modules on the host (for its kernel, e.g. with DKMS), then pass /dev/dahdi.'],
    },
    source: SRC.dahdi,
  },
  {
    id: 'rtpengine-kernel',
    name: 'rtpengine in-kernel forwarding (nft_rtpengine)',
    summary:
      'Unless its table is negative, rtpengine forwards media in the host kernel: the host loads the out-of-tree module nft_rtpengine (once xt_RTPENGINE), the daemon adds an nftables rule (CAP_NET_ADMIN); without them it forwards in userspace.',
    features: [],
    relatedFeatures: ['nf_tables'],
    run: {
      capAdd: ['NET_ADMIN'],
      notes: [
        'Load nft_rtpengine on the host (its ngcp-rtpengine-kernel-dkms package builds it for the running kernel) and run with --network host, or pass --table=-1 for userspace-only forwarding.',
      ],
    },
    source: SRC.rtpengineKernel,
  },
  {
    id: 'system-clock',
    name: 'System clock (CLOCK_REALTIME)',
    summary:
      "The system clock is the host kernel's — time namespaces virtualise only the monotonic and boot clocks — so an NTP daemon that steers it needs CAP_SYS_TIME and sets the host's time.",
    features: [],
    run: { capAdd: ['SYS_TIME'], notes: ['chronyd -x serves NTP without touching the clock and needs no added capability.'] },
    source: SRC.clock,
    sources: [SRC.chronyd, SRC.mobyCaps],
  },
  {
    id: 'immutable-attributes',
    name: 'Immutable and append-only file attributes (chattr +i/+a)',
    summary:
      "Setting or clearing the immutable or append-only inode flag needs CAP_LINUX_IMMUTABLE, which Docker's default set (and every build step) lacks; the filesystem under the path must support the flags.",
    features: [],
    run: { capAdd: ['LINUX_IMMUTABLE'] },
    source: SRC.chattr,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'privileged-xattrs',
    name: 'security.* and trusted.* extended attributes',
    summary:
      'Writing a trusted.* attribute, or a security.* one that no security module governs, needs CAP_SYS_ADMIN, which Docker gives only with --cap-add SYS_ADMIN or --privileged; the host kernel and its LSM decide.',
    features: [],
    run: { capAdd: ['SYS_ADMIN'] },
    source: SRC.xattrSecurity,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'glusterfs',
    name: 'GlusterFS bricks',
    summary:
      'glusterd and its brick daemons keep volume metadata in trusted.* extended attributes on the brick filesystem, which only CAP_SYS_ADMIN may read or set.',
    features: [],
    relatedFeatures: ['fuse'],
    run: { capAdd: ['SYS_ADMIN'], notes: ['Clients mount volumes through FUSE (/dev/fuse); most images document --privileged.'] },
    source: SRC.xattr,
    sources: [SRC.gluster, SRC.mobyCaps],
  },
  {
    id: 'ceph-kernel-client',
    name: 'Ceph kernel client (RBD, CephFS)',
    summary:
      "Ceph RBD images are mapped as host block devices by the host kernel's rbd module and CephFS is mounted by its ceph module; ceph-csi uses them unless a volume asks for rbd-nbd or ceph-fuse.",
    features: [],
    relatedFeatures: ['ceph_rbd', 'ceph_fs'],
    run: { privileged: true, notes: ["Usually with the host's /dev, /sys and /lib/modules; ceph-csi's node plugin runs privileged."] },
    source: SRC.cephCsi,
    sources: [SRC.mount2],
  },
  {
    id: 'sandbox',
    name: 'Process sandboxes (nsjail, bubblewrap, firejail, isolate, go-judge)',
    summary:
      "Sandboxes create namespaces, mounts, cgroups and seccomp filters in the host kernel; a container's own seccomp and AppArmor profiles usually forbid that.",
    features: [],
    relatedFeatures: ['user_namespaces', 'seccomp_filter'],
    run: {
      privileged: true,
      notes: ['nsjail documents docker run --privileged; bubblewrap without setuid needs user namespaces the runtime allows.'],
    },
    source: SRC.nsjail,
    sources: [
      SRC.bubblewrap,
      SRC.mkosi,
      SRC.mount2,
      SRC.flatpakBwrap,
      SRC.flatpakTriggers,
      SRC.pressureVessel,
      SRC.isolate,
      SRC.goJudge,
      SRC.qduJudger,
      SRC.redpwnJail,
      SRC.kctfChallenge,
      SRC.ductfNsjail,
      SRC.judge0Compilers,
      SRC.judge0Image,
    ],
  },
  {
    id: 'snapd',
    name: 'snapd (snap packages)',
    summary:
      "`snap` asks the snapd daemon, which mounts each snap's squashfs image (the kernel's squashfs, or squashfuse over /dev/fuse in a container) and confines its apps with AppArmor and seccomp; a build step runs no snapd and may not mount.",
    features: [],
    relatedFeatures: ['squashfs', 'fuse'],
    run: {
      capAdd: ['SYS_ADMIN'],
      notes: [
        'snapd is started by systemd (snapd.socket, snapd.service): an image that uses snaps runs systemd as its init, with CAP_SYS_ADMIN for the mounts.',
      ],
    },
    source: SRC.snapd,
    sources: [SRC.mount2],
  },
  {
    id: 'portage-sandboxes-off',
    name: "Portage's namespace sandboxes turned off",
    summary:
      'Portage isolates ebuild phases in new IPC, network, PID and mount namespaces (FEATURES ipc-/network-/pid-/mount-sandbox); a build step usually may not create them, so images turn them off and build without that isolation.',
    features: [],
    run: {},
    source: SRC.portageSandboxes,
  },
  {
    id: 'checkpoint-restore',
    name: 'Checkpoint/restore (CRIU)',
    summary:
      "CRIU dumps and restores processes through the host kernel's checkpoint/restore interfaces and needs CAP_CHECKPOINT_RESTORE or CAP_SYS_ADMIN to do it.",
    features: ['checkpoint_restore'],
    run: { privileged: true, notes: ['Or --cap-add CHECKPOINT_RESTORE (Linux ≥ 5.9) with seccomp and AppArmor relaxed for ptrace.'] },
    source: SRC.criu,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'sound',
    name: 'Sound devices (ALSA, /dev/snd)',
    summary:
      "Sound cards are driven by the host kernel's sound drivers and reached through /dev/snd; programs that play or record (aplay, JACK, a PulseAudio daemon on ALSA) find a card only when /dev/snd is passed in.",
    features: [],
    run: { devices: ['/dev/snd'], notes: ['The device nodes belong to the audio group: the user in the container needs that group id.'] },
    source: SRC.alsa,
    sources: [SRC.sound, SRC.mobyDev, SRC.alsaHwPcm],
  },
  {
    id: 'audit',
    name: 'Kernel audit (auditd)',
    summary:
      "Audit rules and the audit record stream belong to the host kernel: auditd and auditctl must run in the host's PID namespace with CAP_AUDIT_CONTROL, and the rules they load apply to the whole host.",
    features: [],
    run: {
      capAdd: ['AUDIT_CONTROL'],
      notes: ['Run with --pid host (the kernel refuses audit control from other PID namespaces), usually --privileged.'],
    },
    source: SRC.audit,
    sources: [SRC.capabilities, SRC.mobyCaps],
  },
  {
    id: 'lsm-policy',
    name: 'SELinux and AppArmor policy',
    summary:
      "SELinux mode, booleans and AppArmor profiles are host kernel state: setenforce, setsebool, load_policy and apparmor_parser change them for the whole host, and a container's read-only /sys and missing CAP_MAC_ADMIN refuse it.",
    features: [],
    relatedFeatures: ['selinux', 'apparmor'],
    run: {
      privileged: true,
      notes: [
        'Change the policy on the host instead; an image cannot switch SELinux off for itself.',
        'setsebool (also with -P) stops with "SELinux is disabled" where the container sees no selinuxfs (/sys/fs/selinux).',
      ],
    },
    source: SRC.mobySysRo,
    sources: [SRC.selinux, SRC.apparmor, SRC.capabilities],
  },
  {
    id: 'ptp',
    name: 'PTP hardware clocks (/dev/ptp*)',
    summary:
      "PTP hardware clocks are devices of the host's NIC drivers (/dev/ptpN); ptp4l and phc2sys steer them and the system clock, which is the host's.",
    features: [],
    run: {
      capAdd: ['SYS_TIME'],
      devices: ['/dev/ptp0'],
      notes: ['Usually with --network host, so ptp4l sees the NIC that time-stamps the packets.'],
    },
    source: SRC.ptp,
    sources: [SRC.linuxptp, SRC.clock],
  },
  {
    id: 'rdma',
    name: 'RDMA (InfiniBand, RoCE)',
    summary:
      "RDMA verbs reach the adapter through the host kernel's RDMA drivers and /dev/infiniband (ib_uverbs, rdma_cm); the image brings only user-space providers, which must suit the host's driver.",
    features: [],
    run: {
      devices: ['/dev/infiniband'],
      notes: ['Usually with --network host (RoCE) and --ulimit memlock=-1: verbs pin memory.'],
    },
    source: SRC.rdma,
    sources: [SRC.rdmaCore, SRC.dockerRun, SRC.efa],
  },
  {
    id: 'device-plugin',
    name: 'Kubernetes device plugin',
    summary:
      "A device plugin advertises devices of the node (GPUs, RDMA and SR-IOV NICs, QAT, DSA, SGX, FPGAs) to the kubelet; the devices and their drivers are the host kernel's, and a node without them has nothing to advertise.",
    features: [],
    run: {
      notes: [
        'Runs as a DaemonSet with the host path /var/lib/kubelet/device-plugins mounted, and the device nodes or sysfs directories it scans (for Intel GPUs /dev/dri and /sys/class/drm).',
      ],
    },
    source: SRC.k8sDevicePlugins,
  },
  {
    id: 'gpu-driver-container',
    name: 'GPU driver container (kernel modules for the host)',
    summary:
      "The NVIDIA driver container builds or unpacks nvidia.ko, nvidia-uvm and nvidia-modeset for the host's running kernel and loads them into it with modprobe: the modules must fit that exact kernel, and loading needs CAP_SYS_MODULE.",
    features: [],
    run: { privileged: true },
    source: SRC.nvidiaDriverContainer,
  },
  {
    id: 'apptainer',
    name: 'Apptainer / Singularity containers',
    summary:
      "Apptainer starts containers in new user and mount namespaces of the host kernel (or through its setuid starter) and mounts SIF images as squashfs, in the kernel or through squashfuse; Docker's default seccomp and AppArmor profiles forbid both.",
    features: [],
    relatedFeatures: ['user_namespaces', 'squashfs', 'fuse'],
    run: { privileged: true, notes: ['Its default user-namespace mode also needs the host to allow unprivileged user namespaces.'] },
    source: SRC.apptainer,
    sources: [SRC.mobySeccomp, SRC.mobyAppArmor, SRC.mobyCaps, SRC.apptainerSettings, SRC.apptainerConda],
  },
  {
    id: 'cvmfs',
    name: 'CernVM-FS (FUSE mounts under /cvmfs)',
    summary:
      'CernVM-FS mounts each repository under /cvmfs as a FUSE filesystem of the host kernel (cvmfs2 through /dev/fuse); cvmfsexec does it without privileges inside a user namespace, which the host must allow.',
    features: ['fuse'],
    relatedFeatures: ['user_namespaces'],
    run: {
      capAdd: ['SYS_ADMIN'],
      devices: ['/dev/fuse'],
      notes: ['A mount the host or other containers should see needs a shared bind mount (`--volume /cvmfs:/cvmfs:shared`).'],
    },
    source: SRC.cvmfs,
    sources: [SRC.cvmfsexec, SRC.mount2],
  },
  // No kernel feature row: RHEL 8 ships idxd in its 4.18 kernel (CONFIG_INTEL_IDXD=m), which a version check against
  // mainline 5.6 would call missing, and the shipped RHEL config summary does not carry the symbol.
  {
    id: 'idxd',
    name: 'Intel DSA / IAA accelerators (idxd)',
    summary:
      "Intel's Data Streaming and In-Memory Analytics Accelerators are driven by the host kernel's idxd driver; accel-config configures their work queues through sysfs (/sys/bus/dsa), and programs use them through /dev/dsa.",
    features: [],
    run: { devices: ['/dev/dsa'], notes: ['Configuring the devices writes sysfs, which a container gets writable only when privileged.'] },
    source: SRC.idxd,
    sources: [SRC.mobySysRo],
  },
  {
    id: 'ia32',
    name: '32-bit x86 programs (IA-32 emulation)',
    summary:
      "On an x86-64 host, i386 programs (wine32, :i386 packages) run only through the host kernel's IA-32 emulation (CONFIG_IA32_EMULATION), which a host kernel can leave out or switch off (ia32_emulation=false); other hosts need QEMU through binfmt_misc.",
    features: [],
    run: {},
    source: SRC.ia32,
    sources: [SRC.lib32, SRC.steamcmd, SRC.archLib32, SRC.suse32bit, SRC.ia32Libs, SRC.i386Loader, SRC.i386Images],
  },
  {
    id: 'usbip',
    name: 'USB/IP',
    summary:
      "USB/IP attaches and exports USB devices through the host kernel's usbip drivers (vhci-hcd to attach, usbip-host to export): the devices appear on the host.",
    features: [],
    run: { privileged: true, notes: ['The usbip-core and vhci-hcd (or usbip-host) modules must be loaded on the host.'] },
    source: SRC.usbip,
  },
  {
    id: 'wireless',
    name: 'Wi-Fi interfaces (nl80211)',
    summary:
      "Access points, Wi-Fi clients and monitor-mode capture (hostapd, iw, Kismet, aircrack-ng) drive a wireless interface of the host through the kernel's nl80211/cfg80211 stack and its mac80211 driver; the interface lives in the host's network namespace.",
    features: ['cfg80211'],
    run: {
      capAdd: ['NET_ADMIN'],
      notes: [
        'Run with --network host, or move the phy into the container (iw phy <phy> set netns <pid>); the driver must support AP mode for hostapd.',
      ],
    },
    source: SRC.wireless,
    sources: [SRC.capabilities, SRC.kismetWifi, SRC.airmonNg],
  },
  {
    id: 'batman-adv',
    name: 'B.A.T.M.A.N. advanced mesh (batman-adv)',
    summary:
      'batman-adv is a kernel module: batctl only configures it, and the bat0 interface and mesh routing it creates are host kernel objects.',
    features: ['batman_adv'],
    run: { capAdd: ['NET_ADMIN'], notes: ['The batman-adv module must be loaded on the host; usually --network host.'] },
    source: SRC.batmanAdv,
    sources: [SRC.capabilities],
  },
  {
    id: 'md-raid',
    name: 'Software RAID (md, mdadm)',
    summary: "mdadm assembles arrays in the host kernel's md driver from block devices of the host; the array (/dev/mdN) is a host device.",
    features: ['md_raid'],
    run: { privileged: true, notes: ['The member disks must be passed in (or --privileged with the host /dev).'] },
    source: SRC.md,
    sources: [SRC.capabilities, SRC.mobyDev],
  },
  {
    id: 'sysdig',
    name: 'Sysdig kernel driver',
    summary:
      'Sysdig captures system calls through a driver in the host kernel (a kernel module or eBPF probe for the host kernel release), not through anything in the image.',
    features: [],
    relatedFeatures: ['bpf'],
    run: {
      privileged: true,
      notes: [
        "The driver is built for the host's kernel: mount the host's /lib/modules, /usr/src and /boot (and /dev, /proc) under /host.",
      ],
    },
    source: SRC.sysdig,
    sources: [SRC.falco],
  },
  {
    id: 'buildkit',
    name: 'BuildKit daemon in a container',
    summary:
      'buildkitd runs each build step as a container of its own: namespaces, overlay mounts and cgroups of the host kernel; its rootless images still need user namespaces and an unconfined seccomp/AppArmor profile.',
    features: ['user_namespaces'],
    relatedFeatures: ['overlayfs', 'fuse'],
    run: {
      privileged: true,
      notes: ['Rootless images: --security-opt seccomp=unconfined --security-opt apparmor=unconfined instead of --privileged.'],
    },
    source: SRC.buildkit,
  },
  {
    id: 'numa-policy',
    name: 'NUMA placement (numactl, -XX:+UseNUMA)',
    summary:
      "numactl, libnuma and the JVM's -XX:+UseNUMA place memory and CPUs on the host's NUMA nodes through system calls that exist only in a kernel built with CONFIG_NUMA; a container sees the host's nodes.",
    features: ['numa'],
    run: { notes: ['docker run --cpuset-mems / --cpuset-cpus limit the nodes and CPUs the container may use.'] },
    source: SRC.numa,
    sources: [SRC.dockerRun, SRC.jdkNuma],
  },
  {
    id: 'page-size',
    name: 'Memory page size (host kernel)',
    summary:
      "Pages are the host kernel's: 4 KiB on x86-64; 4, 16 or 64 KiB on arm64 (64 KiB on EL8). jemalloc fixes its page size at build (--with-lg-page, else the build machine's) and will not start on larger pages (`Unsupported system page size`).",
    features: [],
    run: {},
    source: SRC.jemallocPage,
    sources: [SRC.pageSize],
  },
  {
    id: 'android-binder',
    name: 'Android container (binder, binderfs)',
    summary:
      'Waydroid and Anbox boot Android in LXC containers of the host kernel, and redroid boots Android as the container itself: they need its binder driver (binder_linux, binderfs) and device nodes; the image cannot bring them.',
    features: ['android_binder'],
    run: {
      privileged: true,
      notes: ['The host loads binder_linux (and ashmem_linux where Android still needs it); nested LXC needs --privileged.'],
    },
    source: SRC.binder,
    sources: [SRC.redroid],
  },
  {
    id: 'cadvisor',
    name: 'Container monitoring from the host (cAdvisor)',
    summary:
      "cAdvisor reports the resource use of every container on the machine from what the host kernel exposes; it needs the host's /sys, /var/run and /var/lib/docker mounted and runs privileged.",
    features: [],
    run: {
      privileged: true,
      notes: [
        '--volume=/:/rootfs:ro --volume=/var/run:/var/run:ro --volume=/sys:/sys:ro --volume=/var/lib/docker/:/var/lib/docker:ro --volume=/dev/disk/:/dev/disk:ro',
      ],
    },
    source: SRC.cadvisor,
  },
  {
    id: 'host-metrics',
    name: 'Host metrics from a container (Prometheus node_exporter)',
    summary:
      "node_exporter reports the host kernel's statistics from /proc and /sys: in a container it reports the container's own view unless the host's are mounted and it shares the host's PID and network namespaces.",
    features: [],
    run: {
      notes: [
        'docker run --net=host --pid=host -v /:/host:ro,rslave … --path.rootfs=/host (or --path.procfs/--path.sysfs for the mount points).',
      ],
    },
    source: SRC.nodeExporter,
  },
  {
    id: 'host-agent',
    name: 'Host monitoring agent (host root mounted into the container)',
    summary:
      "This agent reports on the host from the host kernel's /proc and /sys, its processes, disks and network: in a container it sees only its own unless the host's root is mounted where the agent is told and it shares the host's network namespace.",
    features: [],
    run: {
      capAdd: ['SYS_PTRACE'],
      notes: [
        'docker run --network=host --cap-add=SYS_PTRACE -v "/:/host:ro" -v /var/run/docker.sock:/var/run/docker.sock (New Relic: NRIA_OVERRIDE_HOST_ROOT=/host).',
      ],
    },
    source: SRC.newrelicInfraContainer,
    sources: [SRC.processExporter, SRC.netdataDocker, SRC.datadogAgentDocker, SRC.glancesDocker, SRC.gopsutilHostEnv],
  },
  {
    id: 'kube-bench',
    name: 'kube-bench (CIS Kubernetes checks of the host, host PID namespace)',
    summary:
      "kube-bench checks the node it runs on: it finds the kubelet and control-plane processes in the host's PID namespace and reads their configuration under the host's /etc and /var. In a container of its own namespaces it sees neither.",
    features: [],
    run: {
      notes: [
        'docker run --pid=host -v /etc:/etc:ro -v /var:/var:ro -t aquasec/kube-bench:latest (as a pod: hostPID: true and hostPath mounts).',
      ],
    },
    source: SRC.kubeBenchRunning,
  },
  {
    id: 'instana-host-agent',
    name: 'Instana host agent (privileged, host PID and network namespaces)',
    summary:
      "The Instana agent monitors the host and its processes from the host kernel's /proc, /sys and /dev: in a container it sees only its own unless it runs privileged in the host's PID, network and IPC namespaces with /sys, /dev and /run mounted.",
    features: [],
    run: {
      privileged: true,
      notes: [
        'docker run --privileged --net=host --pid=host --ipc=host -v /var/run:/var/run -v /run:/run -v /dev:/dev -v /sys:/sys -v /var/log:/var/log … (the agent reads the host /proc at /host/proc when it is mounted there).',
      ],
    },
    source: SRC.instanaAgent,
  },
  {
    id: 'linuxkit-system-container',
    name: 'LinuxKit system container (org.mobyproject.config)',
    summary:
      'LinuxKit starts this image with the runtime settings of its org.mobyproject.config label: capabilities, host namespaces, binds of host paths and devices, all granted by the host kernel to the container.',
    features: [],
    run: { notes: ['Under Docker the same settings are --cap-add, --pid/--net host, -v and --device.'] },
    source: SRC.linuxkitConfig,
  },
  {
    id: 'kernel-firmware',
    name: 'Device firmware (/lib/firmware)',
    summary:
      "Drivers of the host kernel load firmware from /lib/firmware of the host (the mount namespace of init): firmware in an image is never loaded, unless this tree becomes a machine's root filesystem (a LinuxKit or bootable image).",
    features: [],
    run: { notes: ['Install the firmware package on the host.'] },
    source: SRC.firmwareLoader,
    sources: [SRC.firmwarePackages],
  },
  {
    id: 'hwmon',
    name: 'Hardware sensors (hwmon)',
    summary:
      "lm-sensors reads temperatures, voltages and fans that the host kernel's hwmon drivers publish under /sys/class/hwmon; what it finds depends on the host's hardware and loaded drivers (none in most VMs).",
    features: [],
    run: { notes: ['Read-only: the container sees the host sysfs; sensors-detect loads driver modules, which only the host can.'] },
    source: SRC.hwmon,
  },
  {
    id: 'interception-proxy',
    name: 'Interception proxy (NAT REDIRECT, TPROXY)',
    summary:
      "An intercepting proxy receives connections the host kernel's netfilter redirected to it (NAT for intercept, the TPROXY target for tproxy); the redirect rules live in the kernel, not in the image.",
    features: [],
    relatedFeatures: ['conntrack', 'iptables_nft', 'iptables_legacy', 'nf_tables'],
    run: {
      notes: [
        'The redirect rules are added on the host, or in the container with --cap-add NET_ADMIN.',
        'tproxy mode sets IP_TRANSPARENT on its sockets, which needs CAP_NET_ADMIN.',
      ],
    },
    source: SRC.squid,
    sources: [SRC.ipTransparent],
  },
  {
    id: 'pf-ring',
    name: 'PF_RING packet capture (ntop)',
    summary:
      "PF_RING's tools capture through the pf_ring kernel module and its drivers, which the host must load; ntop's applications (ntopng, nProbe, n2disk, cento) use them for acceleration when the host has them. The image brings only the user-space part.",
    features: [],
    run: { notes: ['Capture on the host interfaces with docker run --net=host (the ntop images are run that way).'] },
    source: SRC.pfring,
  },
  {
    id: 'packet-capture',
    name: 'Packet capture (AF_PACKET sockets)',
    summary:
      "Capture tools read packets through the host kernel's packet sockets, which need CAP_NET_RAW (in Docker's default set); a container sees only its own network namespace's interfaces unless run with --network host.",
    features: [],
    run: { notes: ["Run with --network host to capture on the host's interfaces (the ntop images are run that way)."] },
    source: SRC.packet7,
    sources: [SRC.mobyCaps, SRC.ntopCapture],
  },
  {
    id: 'lldp-agent',
    name: 'LLDP neighbour discovery (AF_PACKET sockets)',
    summary:
      "lldpd sends and receives LLDP frames on every interface through the host kernel's packet sockets, which need CAP_NET_RAW (in Docker's default set); in the container's own network namespace it sees only its veth, not the host's links to the switch.",
    features: [],
    run: { notes: ["Run it with --network host to announce the host and discover its neighbours on the host's links."] },
    source: SRC.lldpd,
    sources: [SRC.packet7, SRC.mobyCaps],
  },
  {
    id: 'dhcp-server',
    name: 'DHCPv4 server (AF_PACKET sockets)',
    summary:
      "ISC dhcpd and Kea's kea-dhcp4 answer clients without an address through the host kernel's packet sockets, which need CAP_NET_RAW (in Docker's default set); in the container's own network namespace they serve only its bridge, not the host's LAN.",
    features: [],
    run: {
      notes: [
        'Run with --network host (or on a macvlan network) to serve the LAN, and keep NET_RAW where a runtime or policy drops it (--cap-add NET_RAW).',
      ],
    },
    source: SRC.dhcpServerLpf,
    sources: [SRC.packet7, SRC.mobyCaps, SRC.keaDhcp4Man],
  },
  {
    id: 'default-route-interface',
    name: 'Network interface of the default route',
    summary:
      "Handed the interface the default route leaves through, the program usually captures on it: packet sockets (libpcap, AF_PACKET) need CAP_NET_RAW (in Docker's default set); in the container's own network namespace it is its veth, not the host's NIC.",
    features: [],
    run: {
      notes: ["Run with --network host to see the host's traffic (T-Pot runs its capture images so, with cap_add NET_RAW and NET_ADMIN)."],
    },
    source: SRC.packet7,
    sources: [SRC.netns, SRC.tpotDefaultRoute],
  },
  {
    id: 'raw-packet-scanner',
    name: 'Raw-packet network tools (zmap, masscan, naabu, bettercap, privileged Nmap)',
    summary:
      "They send their own probes through the host kernel's packet or raw sockets and read replies with libpcap, which needs CAP_NET_RAW (in Docker's default set); a container scans from its own network namespace unless run with --network host.",
    features: [],
    run: {
      notes: [
        "zmap documents docker run --net=host; keep NET_RAW where a runtime or policy drops it (--cap-add NET_RAW). bettercap documents --privileged --net=host (its packet proxy reads the host's NFQUEUE).",
      ],
    },
    source: SRC.packet7,
    sources: [SRC.zmap, SRC.masscan, SRC.naabu, SRC.bettercap, SRC.nmapPrivileged, SRC.nmapRawDefault, SRC.mobyCaps],
  },
  {
    id: 'nix-build-sandbox',
    name: "Nix's build sandbox on Linux (seccomp filter)",
    summary:
      'Nix builds each derivation under a seccomp-BPF filter it loads into the host kernel; where that load fails (QEMU user-mode emulation, a strict seccomp profile) images set filter-syscalls = false, and builds may then create setuid files.',
    features: [],
    relatedFeatures: ['seccomp_filter'],
    run: {},
    source: SRC.nixFilterSyscalls,
  },
  {
    id: 'seccomp-policy',
    name: 'Seccomp filters a program loads itself (kafel policies)',
    summary:
      "A kafel policy is compiled to seccomp-BPF and loaded by the program that reads it (xinetd built with kafel, nsjail) into the host kernel; the filter stacks on the container's own seccomp profile, and loading it needs no_new_privs or CAP_SYS_ADMIN.",
    features: [],
    relatedFeatures: ['seccomp_filter'],
    run: {},
    source: SRC.kafel,
  },
  {
    id: 'max-map-count',
    name: 'Memory-map count (vm.max_map_count)',
    summary:
      "OpenSearch and Elasticsearch map their index files into memory and need the host kernel's vm.max_map_count raised (OpenSearch: at least 262144; Elasticsearch's Docker images: 1048576); that sysctl is host-wide, so it is set on the host, never in the image.",
    features: [],
    run: { notes: ['On the host: sysctl -w vm.max_map_count=262144 (1048576 for Elasticsearch), kept in /etc/sysctl.d/.'] },
    source: SRC.opensearchSettings,
    sources: [SRC.elasticsearchDocker],
  },
  {
    id: 'collabora-jails',
    name: "Collabora Online's document jails",
    summary:
      "Collabora Online (coolwsd) opens each document in a jail built with bind mounts and chroot in the host kernel; Nextcloud AIO runs its image with CAP_SYS_ADMIN (not in Docker's default set) besides CAP_SYS_CHROOT, CAP_FOWNER and CAP_CHOWN.",
    features: [],
    run: {
      capAdd: ['SYS_ADMIN', 'SYS_CHROOT', 'FOWNER', 'CHOWN'],
      notes: ['The capabilities Nextcloud All-in-One gives its Collabora container.'],
    },
    source: SRC.aioContainers,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'kernel-fips',
    name: 'Kernel FIPS mode (fips=1)',
    summary:
      "FIPS mode is the host kernel's, switched on at boot with fips=1 and shown in /proc/sys/crypto/fips_enabled; a container inherits it, and a FIPS crypto policy set in the image does not switch the kernel.",
    features: [],
    run: { notes: ['Boot the host in FIPS mode (RHEL: fips-mode-setup --enable, or fips=1 on the kernel command line).'] },
    source: SRC.kernelFips,
  },
  {
    id: 'hardened-malloc',
    name: 'hardened_malloc (vm.max_map_count)',
    summary:
      "hardened_malloc (GrapheneOS) keeps many separate memory mappings, bounded by the host kernel's vm.max_map_count: Mailu asks for 1048576 and preloads it only on kernels from 6.1. The sysctl is host-wide, set on the host, never in the image.",
    features: [],
    run: { notes: ['On the host: sysctl -w vm.max_map_count=1048576, kept in /etc/sysctl.d/ (the value Mailu asks for).'] },
    source: SRC.hardenedMalloc,
  },
  {
    id: 'jetson-l4t',
    name: 'NVIDIA Jetson (L4T) host',
    summary:
      "L4T images run only on an NVIDIA Jetson whose host runs Jetson Linux (L4T): the GPU is driven by the Jetson kernel's driver and the NVIDIA runtime mounts the host's driver libraries in; the image's L4T release must match the host's.",
    features: [],
    run: { notes: ['Run with --runtime nvidia on a Jetson whose JetPack/L4T release matches the image tag (r32.x, r35.x, r36.x).'] },
    source: SRC.jetsonL4t,
    sources: [SRC.l4tRelease, SRC.jetsonBsp],
  },
  {
    id: 'cilium',
    name: 'Cilium agent (eBPF datapath)',
    summary:
      "The Cilium agent loads its eBPF datapath into the host kernel and programs the host's routes, tunnels and iptables rules; the host kernel must have BPF and the tc BPF hooks (Linux ≥ 5.10, or RHEL 8.10's 4.18).",
    features: [],
    relatedFeatures: ['bpf', 'btf', 'vxlan', 'geneve', 'ipset'],
    run: { privileged: true, notes: ['Usually with --network host and the host /sys/fs/bpf mounted (a Kubernetes DaemonSet does both).'] },
    source: SRC.cilium,
    sources: [SRC.ciliumRuntime, SRC.ciliumBpfDir],
  },
  {
    id: 'calico',
    name: 'Calico node agent (Felix, BIRD)',
    summary:
      "calico/node runs Felix, which programs iptables (or eBPF), ipsets and routes in the host's network namespace, and BIRD, which installs BGP routes in the host kernel.",
    features: [],
    relatedFeatures: ['iptables_nft', 'iptables_legacy', 'ipset', 'ipip', 'vxlan'],
    run: {
      privileged: true,
      notes: ['Run with --network host (Felix changes the host namespace) and -v /run:/run for the iptables lock.'],
    },
    source: SRC.felix,
  },
  {
    id: 'weave',
    name: 'Weave Net router',
    summary:
      "Weave Net's router forwards through the host kernel's Open vSwitch datapath and VXLAN (fast datapath) and programs iptables and ipsets of the host namespace; the weave-kube launch script needs them on the host.",
    features: [],
    relatedFeatures: ['openvswitch', 'vxlan', 'ipset', 'iptables_nft', 'iptables_legacy'],
    run: { privileged: true, notes: ['Run with --network host (a Kubernetes DaemonSet with hostNetwork).'] },
    source: SRC.weave,
  },
  {
    id: 'host-interface',
    name: 'Host network interface',
    summary:
      "A predictably named NIC (enp3s0, eno1, wlp2s0) is a physical device of the host, which lives in the host's network namespace: a container sees it only with --network host.",
    features: [],
    run: {
      notes: ["Run with --network host (capturing also needs CAP_NET_RAW, in Docker's default set, and NET_ADMIN for promiscuous mode)."],
    },
    source: SRC.netns,
    sources: [SRC.netNaming],
  },
  {
    id: 'kernel-log',
    name: 'Kernel log (/dev/kmsg)',
    summary:
      "/dev/kmsg is the host kernel's message buffer; a container reads the host's kernel messages only when the device is passed in.",
    features: [],
    run: { devices: ['/dev/kmsg'] },
    source: SRC.kmsg,
    sources: [SRC.mobyDev, SRC.journaldReadKmsg],
  },
  {
    id: 'container-hook',
    name: "Container start detection (fanotify and eBPF on the host's runtime)",
    summary:
      "Inspektor Gadget's container hook watches the host's runc with fanotify permission events (FAN_OPEN_EXEC_PERM) and an eBPF tracepoint on execve: both are the host kernel's, and fanotify needs CAP_SYS_ADMIN.",
    features: ['fanotify'],
    relatedFeatures: ['bpf'],
    run: { capAdd: ['SYS_ADMIN'], notes: ["Mount the host's root at /host, as the examples' DaemonSets do."] },
    source: SRC.containerHook,
  },
  {
    id: 'powercap',
    name: 'CPU energy counters (RAPL through powercap sysfs)',
    summary:
      "Kepler reads the CPUs' energy counters from the host kernel's powercap class (/sys/class/powercap/intel-rapl); the host's RAPL driver must be loaded, and the container sees the host's zones only through the host /sys (none in most VMs).",
    features: [],
    run: {
      notes: ["Kepler's compose file mounts the host /sys at /host/sys and /proc at /host/proc (settings host.sysfs and host.procfs)."],
    },
    source: SRC.keplerRapl,
  },
  {
    id: 'kernel-tunables',
    name: 'Kernel tunables (/sys, /proc/sys)',
    summary:
      "Files under /sys and /proc/sys are the running kernel's settings, most of them host-wide; Docker mounts both read-only in a container that is not privileged, so a write fails there.",
    features: [],
    run: {
      notes: [
        'Namespaced sysctls: docker run --sysctl k=v. Host-wide ones and /sys: on the host (/etc/sysctl.d/, a boot-time unit), or --privileged, which changes the host.',
      ],
    },
    source: SRC.mobyProcSysRo,
    sources: [SRC.sysfsConf],
  },
  {
    id: 'swap',
    name: 'Swap areas (swapon, swapoff)',
    summary:
      "Swap areas belong to the host kernel's memory management, for the whole machine; swapon(2) and swapoff(2) need CAP_SYS_ADMIN, which a container does not have by default and no build step has.",
    features: [],
    run: {
      capAdd: ['SYS_ADMIN'],
      notes: [
        'Turn swap on or off on the host (swapoff -a there); a container can only be kept from swapping with docker run --memory-swap equal to --memory.',
      ],
    },
    source: SRC.swap,
    sources: [SRC.capabilities],
  },
  {
    id: 'efi-variables',
    name: 'UEFI variables (efivarfs)',
    summary:
      "Boot entries and other UEFI variables belong to the machine's firmware, reached through the host kernel's efivarfs at /sys/firmware/efi/efivars; a container's /sys is read-only and changing them changes how the whole host boots.",
    features: [],
    run: {
      privileged: true,
      notes: ['Only on a host booted with UEFI; usually run on the host or by an OS installer, not in a container.'],
    },
    source: SRC.efivarfs,
    sources: [SRC.mobyProcSysRo],
  },
  {
    id: 'huge-pages',
    name: 'Huge pages (THP, hugetlbfs)',
    summary:
      "Huge pages are host kernel settings: the transparent huge page mode and the hugetlbfs pool (vm.nr_hugepages) are the host's, and a JVM or database flag only asks for what the host allows.",
    features: [],
    relatedFeatures: ['transparent_hugepage', 'hugetlbfs'],
    run: {
      notes: ["THP: the host's mode must be always or madvise. Explicit huge pages: reserve them on the host (vm.nr_hugepages)."],
    },
    source: SRC.transhuge,
    sources: [SRC.hugetlbpage, SRC.jdkLargePages, SRC.mobySysRo],
  },
  {
    id: 'ptrace',
    name: 'Process tracing (ptrace)',
    summary:
      "Tracers, debuggers and profilers (strace, gdb, py-spy, rr) use the host kernel's ptrace(2): Docker's default seccomp profile allows it on kernels ≥ 4.8; the host's kernel.yama.ptrace_scope decides what may be attached.",
    features: [],
    run: {
      notes: [
        'Attaching to a process that is not a child (strace -p, gdb -p, py-spy --pid) needs --cap-add SYS_PTRACE where kernel.yama.ptrace_scope is 1 or more; 3 forbids it.',
      ],
    },
    source: SRC.yama,
    sources: [SRC.mobySeccomp, SRC.dmojJudge],
  },
  {
    id: 'browser-sandbox',
    name: "Chromium's Linux sandbox",
    summary:
      "Chrome, Chromium, Edge and Electron sandbox their processes with the host kernel's user namespaces (or a setuid helper) and seccomp-BPF; Docker's default seccomp profile refuses new namespaces without CAP_SYS_ADMIN.",
    features: [],
    relatedFeatures: ['user_namespaces', 'seccomp_filter'],
    run: {
      notes: [
        'With the sandbox on: a seccomp profile that allows the namespace calls (Chrome-specific, or --cap-add SYS_ADMIN) and user namespaces enabled on the host. Images pass --no-sandbox to run without it.',
      ],
    },
    source: SRC.chromiumSandbox,
    sources: [
      SRC.mobySeccomp,
      SRC.puppeteerBrowsers,
      SRC.debianChromiumFlags,
      SRC.electronSandbox,
      SRC.electronDisableSandbox,
      SRC.mermaidSandbox,
      SRC.cypressElectron,
      SRC.chromedriver,
      SRC.selenoid,
      SRC.chromeDevelSandbox,
      SRC.browserAutomation,
    ],
  },
  {
    id: 'firefox-sandbox',
    name: "Firefox's Linux sandbox",
    summary:
      "Firefox sandboxes its content processes with the host kernel's unprivileged user namespaces; where it cannot create them (Docker's default seccomp profile refuses them without CAP_SYS_ADMIN) it runs with less protection and warns.",
    features: [],
    relatedFeatures: ['user_namespaces'],
    run: {
      notes: [
        'Setting security.sandbox.warn_unprivileged_namespaces to false only hides the warning; the sandbox still lacks user namespaces in a default container.',
      ],
    },
    source: SRC.firefoxUserNamespaces,
    sources: [SRC.mobySeccomp],
  },
  {
    id: 'resource-limits',
    name: 'Resource limits (ulimit, locked memory)',
    summary:
      "The kernel keeps resource limits per process; a container starts with its runtime's. Raising a hard limit needs the CAP_SYS_RESOURCE capability (not in Docker's default set); locked memory (mlockall) is bounded by RLIMIT_MEMLOCK.",
    features: [],
    run: { notes: ['Give the limits at run time: docker run --ulimit memlock=-1:-1 --ulimit nofile=65536:65536 (Compose ulimits:).'] },
    source: SRC.rlimit,
    sources: [SRC.dockerUlimit, SRC.mobyCaps, SRC.esMemoryLock],
  },
  {
    id: 'realtime-scheduling',
    name: 'Real-time scheduling (SCHED_FIFO, SCHED_RR)',
    summary:
      "Real-time policies are set through sched_setscheduler(2): the process needs CAP_SYS_NICE (not in Docker's default set) or an RLIMIT_RTPRIO above its priority, and where the host kernel has CONFIG_RT_GROUP_SCHED its container's cgroup needs real-time runtime.",
    features: [],
    run: {
      notes: [
        'docker run --cap-add=sys_nice --ulimit rtprio=99 (and --cpu-rt-runtime=<µs> where the host kernel has CONFIG_RT_GROUP_SCHED).',
      ],
    },
    source: SRC.sched,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'security-xattrs',
    name: 'Security extended attributes (NT ACLs in xattrs)',
    summary:
      "A Samba AD DC keeps Windows ACLs in the security.NTACL xattr: writing security.* attributes needs CAP_SYS_ADMIN (not in Docker's default set) unless a security module allows it, on a host filesystem with xattr and ACL support.",
    features: [],
    run: {
      notes: ['docker run --cap-add SYS_ADMIN (or --privileged), with /var/lib/samba on a filesystem that has xattr and ACL support.'],
    },
    source: SRC.sambaNtacl,
    sources: [SRC.mobyCaps],
  },
  {
    id: 'cpu-msr',
    name: 'CPU model-specific registers (msr driver)',
    summary:
      "Intel PCM, rdmsr/wrmsr and similar tools read and write the CPUs' model-specific registers through the host kernel's msr driver (/dev/cpu/N/msr, x86 only), which needs CAP_SYS_RAWIO; the registers are the host's.",
    features: ['x86_msr'],
    run: {
      capAdd: ['SYS_RAWIO'],
      devices: ['/dev/cpu'],
      notes: [
        'Load the driver on the host (modprobe msr); Intel PCM documents --privileged, or --cap-add SYS_ADMIN --cap-add SYS_RAWIO --device /dev/cpu.',
      ],
    },
    source: SRC.msr,
    sources: [SRC.pcm, SRC.capabilities],
  },
  {
    id: 'xmrig-randomx',
    name: "XMRig's RandomX MSR mod and huge pages",
    summary:
      "XMRig loads the host's msr driver and writes the CPUs' model-specific registers (/dev/cpu/N/msr: x86, root, CAP_SYS_RAWIO), and maps its RandomX dataset from the host's huge page pool; without them it runs slower.",
    features: [],
    relatedFeatures: ['x86_msr', 'hugetlbfs'],
    run: {
      notes: [
        'On the host: modprobe msr allow_writes=on and reserve huge pages (sysctl -w vm.nr_hugepages=1280, or 1 GiB pages under /sys/devices/system/node/node*/hugepages); the MSR mod needs --privileged (or --cap-add SYS_RAWIO --device /dev/cpu) and root, and changes the registers of the whole host.',
      ],
    },
    source: SRC.xmrigRandomx,
    sources: [SRC.msr, SRC.hugetlbpage],
  },
  {
    id: 'libuv-io-uring',
    name: "libuv's io_uring (Node.js)",
    summary:
      "libuv, the event loop under Node.js, reads UV_USE_IO_URING to decide whether file operations use the host kernel's io_uring (Linux ≥ 5.1); where the kernel or the seccomp profile refuses it, libuv uses its thread pool.",
    features: [],
    relatedFeatures: ['io_uring'],
    run: {},
    source: SRC.libuvIoUring,
    sources: [SRC.iouringSeccomp],
  },
  {
    id: 'dragonfly-io-uring',
    name: "Dragonfly's io_uring engine",
    summary:
      "Dragonfly runs its I/O on the host kernel's io_uring (Linux ≥ 5.10); where the kernel is older, the seccomp profile or kernel.io_uring_disabled refuses it or the locked-memory limit is too low, it logs a warning and uses epoll.",
    features: [],
    relatedFeatures: ['io_uring'],
    run: {
      notes: [
        'On kernels before 5.12 io_uring counts against the locked-memory limit: docker run --ulimit memlock=-1. Docker ≥ 25 needs a seccomp profile allowing io_uring_* for the io_uring engine.',
      ],
    },
    source: SRC.dragonflyIoUring,
    sources: [SRC.iouringSeccomp],
  },
  {
    id: 'doris-be-host-checks',
    name: "Apache Doris BE's host checks (vm.max_map_count, swap, open files)",
    summary:
      "Doris' start_be.sh exits unless the host kernel's vm.max_map_count is at least 2000000, swap is off and the open-files limit is at least 60000; SKIP_CHECK_ULIMIT=true skips the check, it does not change the host.",
    features: [],
    run: {
      notes: ['On the host: sysctl -w vm.max_map_count=2000000 and swapoff -a; in docker run: --ulimit nofile=655350:655350.'],
    },
    source: SRC.dorisStartBe,
  },
  {
    id: 'rseq-per-cpu-caches',
    name: 'Restartable sequences for TCMalloc (glibc.pthread.rseq=0)',
    summary:
      'glibc.pthread.rseq=0 stops glibc registering restartable sequences (rseq(2), a call of the host kernel since Linux 4.18) so that TCMalloc can register them for its per-CPU caches, as MongoDB 8.0 asks.',
    features: [],
    run: {
      notes: [
        'MongoDB 8.0 also asks for transparent huge pages enabled on the host (/sys/kernel/mm/transparent_hugepage) before mongod starts.',
      ],
    },
    source: SRC.glibcRseq,
  },
  {
    id: 'dmi-tables',
    name: 'DMI/SMBIOS tables (dmidecode)',
    summary:
      "dmidecode reads the firmware's DMI table that the host kernel exposes in /sys/firmware/dmi/tables, or else /dev/mem; container runtimes mask /sys/firmware and give no /dev/mem, so it reports no table.",
    features: [],
    run: { notes: ['Only a privileged container (or one given the host /sys/firmware and /dev/mem) sees the host DMI table.'] },
    source: SRC.dmidecode,
  },
  {
    id: 'resctrl',
    name: 'Cache and memory-bandwidth allocation (resctrl, Intel RDT)',
    summary:
      "Intel RDT's cache and memory-bandwidth allocation is the host kernel's resctrl filesystem (/sys/fs/resctrl, CONFIG_X86_CPU_RESCTRL on an RDT-capable CPU): a container changes it only with the host's resctrl mount and the privilege to write it.",
    features: [],
    run: { notes: ['Mount the host resctrl filesystem into the container (-v /sys/fs/resctrl:/sys/fs/resctrl) and run privileged.'] },
    source: SRC.intelRmd,
  },
  {
    id: 'capability-sets',
    name: 'Process capability sets (capsh, setpriv)',
    summary:
      "capsh and setpriv set the capability sets of the program they start through the host kernel, only within the container's bounding set; ambient capabilities need Linux ≥ 4.3, and dropping from the bounding set needs CAP_SETPCAP, which a non-root user lacks.",
    features: [],
    run: { notes: ["Capabilities outside Docker's default set must be given at run time: docker run --cap-add <CAP>."] },
    source: SRC.capsh,
    sources: [SRC.setprivCaps, SRC.mobyCaps],
  },
  {
    id: 'prebuilt-kernel-modules',
    name: 'Kernel packages and modules built for one kernel release (akmods images, kernel package images)',
    summary:
      'The image carries a kernel, or module packages built for one kernel release: they serve a machine that boots an image built with them; a container never loads them, it runs on the host kernel.',
    features: [],
    run: { notes: ['Install them into a bootable image (bootc) that boots that kernel, or on a host running exactly that release.'] },
    source: SRC.ublueAkmods,
    sources: [SRC.siderolabsKernel, SRC.kernelPackage],
  },
  {
    id: 'dkms-framework',
    name: 'DKMS (Dynamic Kernel Module Support)',
    summary:
      "DKMS builds out-of-tree kernel modules against one kernel release's headers and installs them under /lib/modules/<release>: only a host kernel of that release can load them, and loading them from a container needs CAP_SYS_MODULE.",
    features: [],
    run: {
      notes: [
        "Build and load the modules on the host, or mount the host's /lib/modules and /usr/src and build them when the container starts (privileged).",
      ],
    },
    source: SRC.dkms,
  },
  {
    id: 'selinux-relabel',
    name: 'SELinux relabelling of a mount (z, Z)',
    summary:
      "The z and Z options make Podman and Buildah relabel the mounted content for SELinux (shared or private): the labels are the host kernel's SELinux state, so they matter only where the host runs SELinux.",
    features: [],
    relatedFeatures: ['selinux'],
    run: {},
    source: SRC.buildahRelabel,
  },
  {
    id: 'lsm-label',
    name: "A process's security label (SELinux context, AppArmor profile)",
    summary:
      "/proc/self/attr/current holds the label the host kernel's security module gave the process: an SELinux context or an AppArmor profile, or nothing where the host runs neither.",
    features: [],
    relatedFeatures: ['selinux', 'apparmor'],
    run: {},
    source: SRC.procAttrCurrent,
  },
  {
    id: 'podman-capabilities-label',
    name: 'Capabilities Podman runs the image with (io.containers.capabilities)',
    summary:
      "Podman runs a container of this image with only the capabilities the label lists, when they are a subset of its default set: each is a permission the host kernel checks on the container's processes.",
    features: [],
    run: { notes: ['Capabilities outside the default set still need --cap-add at run time.'] },
    source: SRC.podmanCapabilitiesLabel,
    sources: [SRC.capabilities],
  },
  {
    id: 'udev',
    name: 'udev in a container (systemd-udevd, udevadm trigger)',
    summary:
      'udevd applies its rules to the device events of the host kernel: in a container it can act only on the devices passed in, and `udevadm trigger` replays events by writing to /sys, which Docker mounts read-only in a container that is not privileged.',
    features: [],
    run: {
      notes: [
        'Install the rules on the host (its udevd creates the device nodes), then pass the devices with --device; running udevd in the container usually takes --privileged and -v /dev:/dev.',
      ],
    },
    source: SRC.udevadm,
    sources: [SRC.udev, SRC.udevPackage, SRC.mobySysRo, SRC.mobyDev, SRC.dumbUdev, SRC.balenaEntryUdev],
  },
  {
    id: 'tcp-fastopen',
    name: 'TCP Fast Open (net.ipv4.tcp_fastopen)',
    summary:
      "TCP Fast Open is the kernel's: the network namespace's net.ipv4.tcp_fastopen allows it for clients by default (0x1) but accepts data in the SYN on a server only with 0x2, and a container's namespace starts with the default.",
    features: [],
    run: {
      notes: ['A server asked for Fast Open: docker run --sysctl net.ipv4.tcp_fastopen=3 (the sysctl is per network namespace).'],
    },
    source: SRC.tcpFastOpen,
  },
  {
    id: 'virtualbox',
    name: 'VirtualBox kernel modules',
    summary:
      "VirtualBox runs VMs through its own kernel modules (vboxdrv, vboxnetflt, vboxnetadp), built outside the distribution kernel for the host's running kernel; a container brings none of them.",
    features: [],
    run: {
      notes: ["Build and load VirtualBox's modules on the host (virtualbox-dkms or vboxconfig), then pass its devices to the container."],
    },
    source: SRC.virtualbox,
    sources: [SRC.mobyDev],
  },
  {
    id: 'tpu',
    name: 'Cloud TPU (host driver)',
    summary:
      "Cloud TPU chips are driven by the TPU VM's kernel driver; the image carries only the user-space runtime (libtpu), which reaches them through the host's device nodes.",
    features: [],
    run: { privileged: true, notes: ['Google documents --net=host as well, on a Cloud TPU VM.'] },
    source: SRC.cloudTpu,
    sources: [SRC.vllmTargetDevice],
  },
  {
    id: 'kernel-selftests',
    name: 'Kernel selftests',
    summary:
      "The kernel's selftests exercise the kernel they run on: in a container that is the host's kernel, so what passes follows the host's version and configuration, not the source tree they were built from.",
    features: [],
    run: {},
    source: SRC.kselftest,
  },
  {
    id: 'chaos-injection',
    name: 'Fault injection (chaos engineering agents)',
    summary:
      "Chaos agents (Chaos Mesh, chaosd, Pumba, ChaosBlade) inject faults through the host kernel: netem qdiscs and iptables/ipset rules in a target's network namespace, entering its namespaces, ptrace for time and I/O faults.",
    features: [],
    relatedFeatures: ['netem', 'ipset', 'iptables_nft', 'iptables_legacy'],
    run: {
      capAdd: ['NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE'],
      notes: [
        'Chaos Mesh runs its daemon privileged; to reach other containers the agent needs their namespaces (--pid host) or the runtime socket (-v /var/run/docker.sock).',
      ],
    },
    source: SRC.chaosMesh,
    sources: [SRC.chaosd, SRC.pumba, SRC.chaosblade],
  },
  {
    id: 'ieee802154',
    name: 'IEEE 802.15.4 radios (6LoWPAN, Zigbee)',
    summary:
      "802.15.4 radios are network interfaces of the host kernel's 802.15.4 stack (the ieee802154 and mac802154 modules); iwpan from wpan-tools configures them over netlink, which needs CAP_NET_ADMIN.",
    features: [],
    run: {
      capAdd: ['NET_ADMIN'],
      notes: ['The wpan interfaces live in the host network namespace: run with --network host, or move them in.'],
    },
    source: SRC.wpan,
    sources: [SRC.capabilities],
  },
  {
    id: 'network-emulator',
    name: 'Network emulator (namespaces, bridges, TAP, netem)',
    summary:
      'Network emulators (GNS3, CORE, Mininet, Containernet) build topologies from host kernel objects: network namespaces, veth pairs, bridges or Open vSwitch, TAP devices, netem qdiscs; GNS3 runs QEMU nodes with KVM if /dev/kvm is there.',
    features: [],
    relatedFeatures: ['veth', 'bridge', 'tun', 'netem', 'openvswitch'],
    run: {
      privileged: true,
      notes: ['Containernet also needs --pid host and the host Docker socket; Mininet-WiFi the host /lib/modules (mac80211_hwsim).'],
    },
    source: SRC.coreEmu,
    sources: [SRC.gns3, SRC.containernet, SRC.mininetWifi, SRC.mnexec, SRC.capabilities],
  },
];

// ── Triggers ─────────────────────────────────────────────────────────────────────────────────

/** A command that uses a facility. `sub`: the first non-option argument must be one of these. `args`: some argument matches. */
export interface CommandTrigger {
  /** Program name, or a prefix ending in '*'. */
  command: string;
  facility: string;
  sub?: string[];
  /** Not a use when some argument matches. */
  unless?: RegExp;
  /** Shown on hover when the command runs in a RUN step. */
  atBuild?: string;
  /** With `sub`: also when there is no operand at all (an ENTRYPOINT whose arguments come from CMD). */
  bare?: boolean;
  args?: RegExp;
  /** Extra kernel features this use needs (beyond the facility's). */
  features?: string[];
  /** `-v` (or `-V`) means verbose, not version (the program runs). */
  dashVVerbose?: boolean;
  /** Capabilities this use needs beyond the facility's (attaching to another process: SYS_PTRACE). */
  capAdd?: string[];
  /** In a RUN step this use fails: no build step has it (a device or capability, as in BuildTimeLimit.needs). */
  buildNeeds?: string;
  /** Only when the container starts (CMD, ENTRYPOINT): in RUN another rule speaks of it. */
  startOnly?: boolean;
  /**
   * Not a use where this environment variable is set (in the same instruction or an ENV); read as a regular expression
   * between word boundaries, so `(?:A|B)` names several.
   */
  unlessEnv?: string;
  /** With option `sub`s: only options before the first operand count (a global option, not a subcommand's). */
  beforeOperand?: boolean;
  /** Options whose value is the next word, skipped when finding the subcommand (`mkosi -C ./initrd build`). */
  valueOptions?: readonly string[];
}

export const commandTriggers: readonly CommandTrigger[] = [
  // tailscaled in userspace-networking mode needs no TUN device.
  // kube-bench checks the node it runs on (SRC.kubeBenchRunning); `kube-bench version` only prints.
  { command: 'kube-bench', facility: 'kube-bench', startOnly: true, unless: /^(version|--version|--help|-h)$/ },
  { command: 'tailscaled', facility: 'tun', unless: /^--tun=userspace-networking$/ },
  ...['pritunl', 'openvpnas', 'ocserv', 'tincd', 'fastd', 'warp-svc'].map((command) => ({ command, facility: 'tun' })),
  // The kernel selftests' runner (SRC.kselftest): the tests exercise the host's kernel.
  { command: 'run_kselftest.sh', facility: 'kernel-selftests' },
  // OpenSearch started as the container's command (SRC.opensearchSettings): the host's vm.max_map_count.
  { command: 'opensearch', facility: 'max-map-count', startOnly: true },
  // Dragonfly's io_uring engine (SRC.dragonflyIoUring): hover only, it falls back to epoll.
  { command: 'dragonfly', facility: 'dragonfly-io-uring', unless: /^(--force_epoll(=true)?|--version|--help.*)$/ },
  // Doris' BE start script checks host sysctls and limits (SRC.dorisStartBe).
  { command: 'start_be.sh', facility: 'doris-be-host-checks', unlessEnv: 'SKIP_CHECK_ULIMIT' },
  { command: 'dmidecode', facility: 'dmi-tables' },
  // Sunshine's virtual gamepads through /dev/uinput and its KMS capture (SRC.sunshine).
  { command: 'sunshine', facility: 'host-device', startOnly: true },
  // A real X server: the console's VT first, then the GPU and input devices (SRC.xorgConsole). Xvfb, Xvnc, Xephyr and
  // Xwayland are other programs and need none of them.
  ...['Xorg', 'X'].map((command) => ({
    command,
    facility: 'display-server',
    startOnly: true,
    unless: /^-(version|showconfig|configure|showDefaultModulePath|showDefaultLibPath)$/,
  })),
  // Weston on the host's screens (SRC.westonBackend): its DRM or fbdev back end named, or no back end named in an image
  // that sets neither WAYLAND_DISPLAY, WAYLAND_SOCKET nor DISPLAY, where it picks its native DRM back end.
  { command: 'weston', facility: 'display-server', startOnly: true, args: /^(--backend=)?(drm|fbdev)(-backend\.so)?$/ },
  {
    command: 'weston',
    facility: 'display-server',
    startOnly: true,
    unless: /^(-B|--backends?(=|$))/,
    unlessEnv: '(?:WAYLAND_DISPLAY|WAYLAND_SOCKET|DISPLAY)',
  },
  // Wolf's fake-udev announces the virtual input devices Wolf creates to the app containers it mknods them into (SRC.wolfFakeUdev).
  { command: 'fake-udev', facility: 'host-device' },
  // rigaya's hardware encoders (SRC.rigayaEncoders): Quick Sync through /dev/dri, NVENC through the NVIDIA driver.
  ...['qsvencc', 'nvencc'].map((command) => ({ command, facility: 'gpu' })),
  // NetBird's client: the wireguard module or /dev/net/tun (SRC.netbirdIface); netstack mode is userspace and needs neither.
  { command: 'netbird', facility: 'tun', unlessEnv: 'NB_USE_NETSTACK_MODE' },
  // kylemanna/docker-openvpn's start script: it creates /dev/net/tun itself, then starts openvpn (SRC.ovpnRun).
  { command: 'ovpn_run', facility: 'tun' },
  // Nebula creates its tun adapter unless the tun device is disabled (SRC.nebula).
  { command: 'nebula', facility: 'tun' },
  // A VPN interface named in a check (HEALTHCHECK CMD ifconfig tun0, ping -I tun0, ip link show wg0):
  // the interface exists only when the TUN device or the WireGuard driver of the host created it.
  ...['ifconfig', 'ping', 'ping6'].map((command) => ({ command, facility: 'tun', args: /^(tun|tap)[0-9]+$/ })),
  ...['ifconfig', 'ping', 'ping6'].map((command) => ({ command, facility: 'netlink-link', args: /^wg[0-9]+$/, features: ['wireguard'] })),
  // XDP programs attached to interfaces by xdp-tools (SRC.xdpTools).
  ...['xdp-loader', 'xdp-filter', 'xdpdump'].map((command) => ({ command, facility: 'bpf-tracing', features: ['xdp'] })),
  // Mizar's node daemon loads its XDP transit and agent programs onto the node's interfaces (SRC.mizarDaemon).
  { command: 'mizard', facility: 'bpf-tracing', features: ['xdp'] },
  // Kata Containers runs each container in a hardware-virtualised VM (SRC.kata).
  ...['kata-runtime', 'containerd-shim-kata-v2'].map((command) => ({ command, facility: 'kvm' })),
  // targetd exports LVM volumes through the kernel's iSCSI target (SRC.targetd).
  { command: 'targetd', facility: 'iscsi' },
  // mjpg-streamer's input_uvc plugin reads a V4L2 webcam (SRC.uvc).
  { command: 'mjpg_streamer', facility: 'host-device', args: /input_uvc\.so/ },
  // V4L2 streamers and converters (SRC.v4l2Tools): they open /dev/video* (v4l2rtspserver defaults to /dev/video0).
  ...['v4l2rtspserver', 'v4l2copy', 'v4l2convert*', 'v4l2compress*'].map((command) => ({ command, facility: 'host-device' })),
  // GNOME's webcam application (SRC.cheese); GParted edits the host's block devices (SRC.gparted).
  { command: 'cheese', facility: 'host-device' },
  // Motion captures from /dev/video0 unless its configuration names a network camera (SRC.motion).
  { command: 'motion', facility: 'host-device' },
  { command: 'gparted', facility: 'host-device' },
  // net-tools route(8): with add or del it changes the kernel's routing table (SRC.routeNetTools); alone it only shows it.
  { command: 'route', facility: 'net-config', sub: ['add', 'del'] },
  // Ceph (SRC.cephCsi): the CSI plugin maps and mounts through the kernel client by default; `rbd map` always does.
  { command: 'cephcsi', facility: 'ceph-kernel-client' },
  { command: 'rbd', facility: 'ceph-kernel-client', sub: ['map', 'device'], features: ['ceph_rbd'] },
  { command: 'mount.ceph', facility: 'ceph-kernel-client', features: ['ceph_fs'] },
  // The sshfs Docker volume plugin mounts through /dev/fuse with CAP_SYS_ADMIN (SRC.dockerVolumeSshfs).
  { command: 'docker-volume-sshfs', facility: 'fuse' },
  // syzkaller's manager boots the kernels it fuzzes in QEMU VMs, with -enable-kvm (SRC.syzkaller).
  { command: 'syz-manager', facility: 'kvm', startOnly: true },
  // Coder's envbox starts dockerd with the sysbox runtime inside its privileged outer container (SRC.envbox).
  { command: 'envbox', facility: 'dind', startOnly: true },
  { command: 'calico-felix', facility: 'calico' },
  // Calico's felix image starts Felix through this wrapper, which adds an iptables rule first (SRC.felixWrapper).
  { command: 'calico-felix-wrapper', facility: 'calico' },
  // calico/node's CMD: runs /etc/rc.local, then runsvdir over /etc/service/enabled (Felix, BIRD, confd) (SRC.calicoStartRunit).
  { command: 'start_runit', facility: 'calico', startOnly: true },
  // Service-mesh traffic capture: these write the iptables redirection to the sidecar in the pod's network namespace
  // (SRC.linkerdProxyInit, SRC.istioIptables, SRC.kumaTransparentProxy). pilot-agent is also the sidecar agent: the
  // image's bare ENTRYPOINT serves both, the istio-init container passing `istio-iptables`.
  ...['proxy-init', 'linkerd2-proxy-init'].map((command) => ({ command, facility: 'netfilter', startOnly: true })),
  { command: 'pilot-agent', facility: 'netfilter', sub: ['istio-iptables'], bare: true },
  { command: 'istio-iptables', facility: 'netfilter' },
  { command: 'kumactl', facility: 'netfilter', sub: ['install'], args: /^transparent-proxy$/ },
  // vLLM's OpenAI server and CLI run on the device its build targets, CUDA by default (SRC.vllmTargetDevice); an image that
  // sets VLLM_TARGET_DEVICE says which (the ENV trigger explains cuda/rocm/tpu, and cpu/neuron are not a GPU).
  { command: 'python*', facility: 'gpu', sub: ['-m'], args: /^vllm\.entrypoints\./, unlessEnv: 'VLLM_TARGET_DEVICE' },
  // Python code given with -c that asks PyTorch for the CUDA devices (`assert torch.cuda.is_available()` as a health
  // check): the answer is the devices the host NVIDIA driver gives the container (SRC.torchCudaAvailable). At start only:
  // what a build step sees is not said here.
  {
    command: 'python*',
    facility: 'gpu',
    sub: ['-c'],
    args: /\btorch\.cuda\.(is_available|device_count|get_device_name|current_device)\(/,
    startOnly: true,
  },
  { command: 'vllm', facility: 'gpu', sub: ['serve'], unlessEnv: 'VLLM_TARGET_DEVICE' },
  // Istio's ambient node proxy: TPROXY sockets in the pods' network namespaces, entered with setns (SRC.istioZtunnel).
  { command: 'ztunnel', facility: 'interception-proxy', startOnly: true },
  // RHEL/Fedora/EPEL install strongSwan's ipsec starter as `strongswan` (SRC.strongswanFedora).
  { command: 'strongswan', facility: 'ipsec', sub: ['start', 'restart', 'up'] },
  // A packet capture or IDS on a host NIC by its predictable name (snort -i wlp2s0, tcpdump -i enp3s0) (SRC.netNaming).
  ...['snort', 'suricata', 'tcpdump', 'tshark', 'dumpcap', 'zeek', 'bro', 'arpwatch', 'p0f'].map((command) => ({
    command,
    facility: 'host-interface',
    args: /^(en|wl|ww)(o[0-9]+|s[0-9]+|p[0-9]+s[0-9]+|x[0-9a-f]{12})(f[0-9]+|d[0-9]+|n?p[0-9]+)*$/,
  })),
  { command: 'calico-node', facility: 'calico', sub: ['-felix', '-bird', '-bird6', '-confd', '-allocate-tunnel-addrs'] },
  { command: 'cilium-agent', facility: 'cilium' },
  // kube-router's service proxy is IPVS, its firewall iptables and ipsets (SRC.kubeRouter).
  { command: 'kube-router', facility: 'ipvs', features: ['ipset'] },
  // chronyd -x leaves the clock alone (serves time only); -Q only prints the offset.
  { command: 'chronyd', facility: 'system-clock', unless: /^-[a-zA-Z]*[xQ][a-zA-Z]*$/ },
  { command: 'ntpd', facility: 'system-clock' },
  { command: 'ntpdate', facility: 'system-clock', unless: /^-[a-zA-Z]*q[a-zA-Z]*$/ },
  // chattr(1): changing the immutable (i) or append-only (a) flag, as +i, -i or =ai, needs CAP_LINUX_IMMUTABLE (SRC.chattr);
  // other flags (+e, -R for recursion, -V verbose) do not. Docker's default set lacks it, so a build step fails.
  {
    command: 'chattr',
    facility: 'immutable-attributes',
    args: /^[-+=][aAcCdDeFijmPsStTux]*[ai][aAcCdDeFijmPsStTux]*$/,
    buildNeeds: 'LINUX_IMMUTABLE',
  },
  // setfattr on security.capability is the file-capabilities attribute (CAP_SETFCAP, in Docker's default set); on other
  // security.* or trusted.* names it needs CAP_SYS_ADMIN unless an LSM decides (SRC.xattrSecurity). user.* names are silent.
  { command: 'setfattr', facility: 'file-capabilities', args: /^(--name=|--remove=)?security\.capability$/ },
  { command: 'setfattr', facility: 'privileged-xattrs', args: /^(--name=|--remove=)?(security|trusted)\./ },
  ...['glusterd', 'glusterfsd'].map((command) => ({ command, facility: 'glusterfs' })),
  { command: 'mount.glusterfs', facility: 'fuse' },
  ...['nsjail', 'bwrap', 'firejail', 'minijail0'].map((command) => ({ command, facility: 'sandbox' })),
  // flatpak installs and updates run the installation's triggers under bwrap, and `flatpak run`/`build` start the app or build
  // in it (SRC.flatpakTriggers, SRC.flatpakBwrap): namespaces the container's seccomp profile forbids without a setuid bwrap.
  {
    command: 'flatpak',
    facility: 'sandbox',
    sub: ['install', 'update', 'run', 'build'],
    atBuild:
      'In a build step bwrap cannot create its namespaces unless it is setuid: the install goes on, but its triggers (desktop, icon and MIME caches) fail with a warning.',
  },
  // snap installs, refreshes and runs through the snapd daemon, which mounts each snap's squashfs (SRC.snapd): no build step
  // runs snapd or may mount (CAP_SYS_ADMIN). `service snapd start` starts that daemon.
  { command: 'snap', facility: 'snapd', sub: ['install', 'refresh', 'try', 'revert', 'run'], buildNeeds: 'SYS_ADMIN' },
  { command: 'service', facility: 'snapd', args: /^snapd$/ },
  // Judge sandboxes: IOI isolate (cgroup v2, namespaces; SRC.isolate) and go-judge (runs privileged; SRC.goJudge).
  ...['isolate', 'go-judge'].map((command) => ({ command, facility: 'sandbox' })),
  // DMOJ's judge grades every submission under its ptrace/seccomp sandbox, and autoconf self-tests each runtime under it (SRC.dmojJudge).
  // dmoj-autoconf's -V is --verbose (DMOJ/judge-server dmoj/executors/autoconfig.py), not a version query.
  ...['dmoj', 'dmoj-cli'].map((command) => ({ command, facility: 'ptrace' })),
  { command: 'dmoj-autoconf', facility: 'ptrace', dashVVerbose: true },
  { command: 'criu', facility: 'checkpoint-restore' },
  { command: 'pptpd', facility: 'ppp' },
  ...['ser2net', 'pigpiod'].map((command) => ({ command, facility: 'host-device' })),
  // Klipper's Linux-process micro-controller drives the host's GPIO, I2C and SPI (SRC.klipperMcu).
  { command: 'klipper_mcu', facility: 'host-device' },
  // motionEye's installer puts motion and v4l-utils in place (SRC.motioneyeInit); the cameras are used when it runs.
  {
    command: 'motioneye_init',
    facility: 'host-device',
    atBuild:
      "motioneye_init installs motion and v4l-utils: motionEye's cameras are the host's V4L devices, passed in with --device /dev/video0.",
  },
  // Z-Wave JS UI drives a Z-Wave USB stick through its serial device (SRC.zwaveJsUi); npm is one way it is installed.
  { command: 'zwave-js-ui', facility: 'host-device' },
  // The package word may be quoted with its version in a variable: "zwave-js-ui@${ZWAVEJS_UI_VERSION}".
  {
    command: 'npm',
    facility: 'host-device',
    sub: ['install', 'i', 'add'],
    args: /^["']?zwave-js-ui(@[^"']*)?["']?$/,
    atBuild:
      'Z-Wave JS UI drives a Z-Wave USB stick through its serial device: the container needs it passed in (--device /dev/serial/by-id/<stick>:/dev/zwave).',
  },
  // debootstrap's second stage mounts proc and sysfs in the new root (SRC.debootstrap): not with --foreign (first stage
  // only) or the fakechroot variant, which mounts nothing.
  {
    command: 'debootstrap',
    facility: 'mount',
    unless: /^(--foreign|--variant=fakechroot)$/,
    atBuild:
      'debootstrap mounts proc and sysfs inside the new root; a docker build step has no CAP_SYS_ADMIN, so those mounts are refused there. With --foreign it stops before them (finish with --second-stage in a privileged container).',
  },
  // mkosi builds the image in its own sandbox (mounts, a private /dev, /proc), as root; build is its default verb (SRC.mkosi).
  {
    command: 'mkosi',
    facility: 'sandbox',
    sub: ['build'],
    bare: true,
    valueOptions: [
      '-C',
      '--directory',
      '-d',
      '--distribution',
      '-r',
      '--release',
      '-t',
      '--format',
      '-o',
      '--output',
      '-O',
      '--output-dir',
    ],
    atBuild:
      'mkosi builds the image as root in its sandbox, which mounts a tmpfs, /proc and a private /dev and bind-mounts the tree: namespaces and mount(2) in the host kernel, which a default build step refuses (BuildKit needs `RUN --security=insecure` with the security.insecure entitlement).',
  },
  // KIWI's system build/prepare/create/update bind-mount /proc, /dev and /sys into the new root (SRC.kiwiRootBind).
  ...['kiwi-ng', 'kiwi'].map((command) => ({
    command,
    facility: 'mount',
    sub: ['system'],
    valueOptions: ['--profile', '--type', '--logfile', '--shared-cache-dir', '--target-arch', '--config'],
    atBuild:
      'kiwi-ng system build bind-mounts /proc, /dev and /sys into the image root it builds (mount(2), CAP_SYS_ADMIN), which a docker build step does not have.',
  })),
  // bootc-base-imagectl build-rootfs composes a root filesystem in a nested container (SRC.bootcBaseImagectl): its
  // maintainers document the build with extra capabilities and /dev/fuse, which a default build step lacks.
  {
    command: 'bootc-base-imagectl',
    facility: 'rootless-containers',
    sub: ['build-rootfs'],
    atBuild:
      'bootc-base-imagectl build-rootfs composes the root filesystem in a nested container (user namespaces and mounts in the host kernel): its maintainers require the build to run with `podman build --cap-add=all --security-opt=label=type:container_runtime_t --device /dev/fuse`; a default build step has none of them.',
  },
  // `dkms remove|uninstall|unbuild` (SRC.dkms) act on the modules DKMS built for one kernel release, the running kernel's
  // (`uname -r`) unless -k names one: in a build step that is the build machine's release. build/install/autoinstall are
  // the kernel-package-install rule's.
  {
    command: 'dkms',
    facility: 'dkms-framework',
    sub: ['remove', 'uninstall', 'unbuild'],
    atBuild:
      "dkms removes or unbuilds modules for one kernel release, the running kernel's (`uname -r`) unless -k names one: in a build step that is the build machine's kernel, not the host's the container will run on; whatever it leaves in /lib/modules is never loaded from a container.",
  },
  // Firecracker's jailer starts firecracker (KVM) inside its own chroot, namespaces and cgroups.
  { command: 'jailer', facility: 'kvm' },
  // Routing daemons that install routes in the kernel: zebra (FRR/Quagga: "provides kernel routing table
  // updates", frr-zebra(8), Quagga manual "Zebra"); BIRD's kernel protocol (CZ-NIC/bird @ a9b57068 doc/bird.sgml).
  ...['zebra', 'bird', 'bird6'].map((command) => ({ command, facility: 'net-config' })),
  // ethtool(8): the changing options (offloads, link settings, rings, channels, coalescing, pause); reads are harmless.
  {
    command: 'ethtool',
    facility: 'net-config',
    sub: [
      '-K',
      '--offload',
      '--features',
      '-s',
      '--change',
      '-G',
      '--set-ring',
      '-L',
      '--set-channels',
      '-C',
      '--coalesce',
      '-A',
      '--pause',
    ],
  },
  // hwclock(8): setting the system clock from the RTC or the RTC from it (capabilities(7): CAP_SYS_TIME).
  { command: 'hwclock', facility: 'system-clock', sub: ['--hctosys', '-s', '--systohc', '-w', '--set', '--adjust', '-a'] },
  // date(1) -s/--set sets the system clock: settimeofday/clock_settime need CAP_SYS_TIME (SRC.clock, SRC.mobySeccomp).
  { command: 'date', facility: 'system-clock', args: /^(-s|--set(=.*)?)$/, buildNeeds: 'SYS_TIME' },
  { command: 'timedatectl', facility: 'system-clock', sub: ['set-time'] },
  // The kernel ring buffer (SRC.dmesg): /dev/kmsg or syslog(2), which Docker's seccomp profile allows only with CAP_SYSLOG.
  { command: 'dmesg', facility: 'kernel-log', unless: /^(-F|--file(=.*)?)$/ },
  // ptrace users (SRC.yama, SRC.mobySeccomp): attaching to a running process needs CAP_SYS_PTRACE where ptrace_scope ≥ 1.
  ...['strace', 'ltrace'].flatMap((command) => [
    { command, facility: 'ptrace', args: /^(-p\S*|--attach(=.*)?)$/, capAdd: ['SYS_PTRACE'] },
    { command, facility: 'ptrace' },
  ]),
  { command: 'gdb', facility: 'ptrace', args: /^(-p|--pid(=.*)?|-pid)$/, capAdd: ['SYS_PTRACE'] },
  { command: 'gdb', facility: 'ptrace', args: /^--args$/ },
  { command: 'gdbserver', facility: 'ptrace', args: /^--attach$/, capAdd: ['SYS_PTRACE'] },
  { command: 'gdbserver', facility: 'ptrace' },
  { command: 'gcore', facility: 'ptrace', capAdd: ['SYS_PTRACE'] },
  // Delve (go-delve/delve Documentation/faq.md "How do I use Delve with Docker?": "When running the container you should pass
  // the `--security-opt=seccomp:unconfined` option"): debug/exec/test/trace start the program under ptrace, attach attaches.
  { command: 'dlv', facility: 'ptrace', sub: ['attach'], capAdd: ['SYS_PTRACE'] },
  { command: 'dlv', facility: 'ptrace', sub: ['debug', 'exec', 'test', 'trace'], bare: true },
  ...['py-spy', 'rbspy'].flatMap((command) => [
    { command, facility: 'ptrace', args: /^(-p|--pid(=.*)?)$/, capAdd: ['SYS_PTRACE'] },
    { command, facility: 'ptrace', sub: ['record', 'top', 'dump', 'snapshot'] },
  ]),
  { command: 'rr', facility: 'ptrace', sub: ['record', 'replay'] },
  // A FIPS crypto policy or FIPS mode asked for in an image: the kernel's FIPS mode is the host's (SRC.kernelFips).
  { command: 'update-crypto-policies', facility: 'kernel-fips', args: /^FIPS(:[\w:-]+)?$/ },
  { command: 'fips-mode-setup', facility: 'kernel-fips', args: /^--enable$/ },
  // Chrome and Chromium run (SRC.chromiumSandbox); installing them is no use.
  ...[
    'google-chrome',
    'google-chrome-stable',
    'google-chrome-beta',
    'google-chrome-unstable',
    'chromium',
    'chromium-browser',
    'headless_shell',
    'headless-shell',
    // Microsoft Edge is Chromium with its sandbox (SRC.msedge).
    'microsoft-edge',
    'microsoft-edge-stable',
    'microsoft-edge-beta',
    'microsoft-edge-dev',
    'msedge',
    // Electron keeps Chromium's sandbox for its utility processes (SRC.electronSandbox).
    'electron',
  ].map((command) => ({ command, facility: 'browser-sandbox' })),
  // Electron run through a package runner: `npx electron .`, `yarn electron`, `yarn run electron .`, `pnpm exec electron`.
  { command: 'npx', facility: 'browser-sandbox', args: /^electron(@[\w.^~-]+)?$/ },
  { command: 'yarn', facility: 'browser-sandbox', sub: ['electron'] },
  { command: 'yarn', facility: 'browser-sandbox', sub: ['run'], args: /^electron$/ },
  { command: 'pnpm', facility: 'browser-sandbox', sub: ['exec'], args: /^electron$/ },
  // WebDriver servers start the browser for each session (SRC.chromedriver): the sandbox is the browser's.
  ...['chromedriver', 'msedgedriver'].map((command) => ({ command, facility: 'browser-sandbox' })),
  // Selenoid with -disable-docker runs the drivers (and so the browsers) as its own processes (SRC.selenoid).
  { command: 'selenoid', facility: 'browser-sandbox', args: /^--?disable-docker$/ },
  // Cypress runs its Electron binary, with --no-sandbox on Linux (SRC.cypressElectron); `cypress install` only downloads it.
  { command: 'cypress', facility: 'browser-sandbox', sub: ['run', 'open', 'verify'] },
  { command: 'npx', facility: 'browser-sandbox', sub: ['cypress'], args: /^(run|open|verify)$/ },
  { command: 'yarn', facility: 'browser-sandbox', sub: ['cypress'], args: /^(run|open|verify)$/ },
  // An AppImage mounts itself through FUSE unless told to extract (SRC.appimage); a build step has no /dev/fuse.
  ...['*.AppImage', '*.appimage'].map((command) => ({
    command,
    facility: 'fuse',
    unless: /^--appimage-(extract|extract-and-run|help|version|offset|signature|updateinfo(rmation)?)$/,
    unlessEnv: 'APPIMAGE_EXTRACT_AND_RUN',
    buildNeeds: '/dev/fuse',
  })),
  // ulimit with a value sets a limit (bash: soft and hard unless -S or -H), also a value from a variable
  // (`ulimit -Hn "$config_max"`, HTCondor's start.sh); prlimit --nofile=… likewise (SRC.rlimit).
  { command: 'ulimit', facility: 'resource-limits', args: /^(unlimited|\d+)$|^["']?\$/ },
  { command: 'prlimit', facility: 'resource-limits', args: /^--[a-z]+=/ },
  // sysctl writes when the container starts (in RUN, build-time-sysctl reports them): /proc/sys is read-only (SRC.mobyProcSysRo).
  { command: 'sysctl', facility: 'kernel-tunables', args: /=|^(-w|--write|-p|--system|--load(=.*)?)$/, startOnly: true },
  { command: 'vconfig', facility: 'netlink-link', sub: ['add', 'rem'], features: ['vlan_8021q'] },
  ...['smartctl', 'hdparm', 'nvme'].map((command) => ({ command, facility: 'host-device' })),
  ...['dahdi_cfg', 'dahdi_genconf'].map((command) => ({ command, facility: 'dahdi' })),
  ...['bluetoothd', 'hciconfig', 'hcitool', 'hciattach', 'btmgmt'].map((command) => ({ command, facility: 'bluetooth' })),
  ...['rtl_sdr', 'rtl_tcp', 'rtl_fm', 'rtl_433', 'dump1090'].map((command) => ({ command, facility: 'host-device' })),
  // The adb server connects to the USB-attached Android devices it finds (SRC.adb).
  { command: 'adb', facility: 'host-device', args: /^(server|start-server)$/ },
  // ACARS and ADS-B decoders reading an RTL-SDR dongle (SRC.sdrDecoders); readsb --net-only reads the network instead.
  { command: 'acarsdec', facility: 'host-device' },
  { command: 'readsb', facility: 'host-device', unless: /^--net-only$/ },
  // ipmitool without -H talks to the local BMC through /dev/ipmi0.
  { command: 'ipmitool', facility: 'host-device', unless: /^-H$/ },
  // mininet: hosts are network namespaces joined by veth pairs; the default switch is Open vSwitch's kernel datapath.
  // Micronaut's CLI is also `mn`, with sub-commands (mn create-app …); mininet takes none.
  // Mininet's `make install-mnexec` (SRC.mnexec) builds the helper Mininet starts each emulated host with, in a new
  // network namespace; the build itself creates none.
  {
    command: 'make',
    facility: 'network-emulator',
    args: /^install-mnexec$/,
    atBuild: 'In a RUN step it only builds and installs mnexec; Mininet runs it later to start each host in a new network namespace.',
  },
  { command: 'mn', facility: 'openvswitch', unless: /^(--switch=)?(user|lxbr)(,|$)|^create-|^feature-diff$/ },
  ...[
    'openvpn',
    'wireguard-go',
    'boringtun',
    'boringtun-cli',
    'openconnect',
    'vpnc',
    'zerotier-one',
    'nebula',
    'slirp4netns',
    'tun2socks',
    'sing-box',
    'gluetun',
    // Small VPNs that open /dev/net/tun themselves (SRC.tunVpns).
    'dsvpn',
    'hans',
    'shadowvpn',
    // AmneziaWG's userspace implementation, a fork of wireguard-go that creates its interface the same way (SRC.amneziawgGo).
    'amneziawg-go',
  ].map((command) => ({ command, facility: 'tun' })),
  { command: 'wg-quick', facility: 'netlink-link', sub: ['up', 'down', 'strip', 'save'] },
  // wgrest manages the host's WireGuard interfaces and peers over REST (SRC.wgrest).
  { command: 'wgrest', facility: 'netlink-link', features: ['wireguard'], unless: /^(--version|--help|-h)$/ },
  // Intel's Resource Management Daemon allocates cache through the kernel's resctrl filesystem (SRC.intelRmd).
  { command: 'rmd', facility: 'resctrl', unless: /^(--version|--help|-h)$/ },
  { command: 'wg', facility: 'netlink-link', sub: ['set', 'setconf', 'addconf', 'syncconf'] },
  { command: 'qemu-system-*', facility: 'kvm' },
  // Docker Desktop for Linux runs its engine in a KVM virtual machine (SRC.dockerDesktopLinux).
  { command: 'com.docker.backend', facility: 'kvm' },
  // VirtualBox and its front ends drive VMs through VirtualBox's own kernel modules (SRC.virtualbox).
  ...['virtualbox', 'VirtualBox', 'VBoxManage', 'vboxmanage', 'VBoxHeadless', 'vboxheadless'].map((command) => ({
    command,
    facility: 'virtualbox',
  })),
  // Shadowsocks servers and clients asked for TCP Fast Open (SRC.tcpFastOpen).
  ...['ss-server', 'ss-local', 'ss-redir', 'ss-tunnel', 'ss-manager', 'ssserver', 'sslocal', 'ssmanager', 'ssservice'].map((command) => ({
    command,
    facility: 'tcp-fastopen',
    args: /^--(tcp-)?fast-open$/,
  })),
  ...['qemu-kvm', 'kvm', 'firecracker', 'cloud-hypervisor', 'crosvm'].map((command) => ({ command, facility: 'kvm' })),
  ...['libvirtd', 'virtqemud', 'virt-install', 'virsh', 'virt-manager'].map((command) => ({ command, facility: 'libvirt' })),
  ...[
    'sshfs',
    's3fs',
    'goofys',
    'gcsfuse',
    'mount-s3',
    'gocryptfs',
    'bindfs',
    'mergerfs',
    'squashfuse',
    'fusermount',
    'fusermount3',
    'fuse-overlayfs',
    'rar2fs',
    'blobfuse2',
    // GeeseFS, an S3 filesystem through FUSE (SRC.geesefs).
    'geesefs',
  ].map((command) => ({ command, facility: 'fuse' })),
  { command: 'rclone', facility: 'fuse', sub: ['mount', 'nfsmount'] },
  // rclone as a Docker volume plugin mounts each volume through FUSE (SRC.rcloneServeDocker).
  { command: 'rclone', facility: 'fuse', sub: ['serve'], args: /^docker$/ },
  { command: 'mount.nfs', facility: 'mount', features: ['nfs_client'] },
  { command: 'mount.nfs4', facility: 'mount', features: ['nfs_client'] },
  { command: 'mount.cifs', facility: 'mount', features: ['cifs'] },
  { command: 'mount.smb3', facility: 'mount', features: ['cifs'] },
  { command: 'mknod', facility: 'device-node' },
  { command: 'losetup', facility: 'loop' },
  // alpine-make-vm-image attaches the image file as an NBD device (qemu-nbd) and mounts it to install Alpine (SRC.alpineMakeVmImage).
  { command: 'alpine-make-vm-image', facility: 'mount', features: ['nbd'] },
  ...['dmsetup', 'kpartx', 'lvcreate', 'vgcreate', 'pvcreate', 'vgchange', 'lvchange', 'multipathd'].map((command) => ({
    command,
    facility: 'device-mapper',
  })),
  {
    command: 'cryptsetup',
    facility: 'device-mapper',
    sub: ['open', 'luksOpen', 'plainOpen', 'create', 'close', 'luksClose', 'tcryptOpen', 'bitlkOpen'],
  },
  ...[
    'iptables',
    'ip6tables',
    'iptables-legacy',
    'ip6tables-legacy',
    'iptables-nft',
    'ip6tables-nft',
    'iptables-restore',
    'ip6tables-restore',
    'iptables-legacy-restore',
    'iptables-nft-restore',
    'nft',
    'ipset',
    'ebtables',
    'arptables',
    'conntrack',
    'ufw',
    'firewalld',
    'firewall-cmd',
    'fail2ban-server',
    'fail2ban-client',
    // Shorewall compiles its configuration into netfilter rules (SRC.shorewall).
    'shorewall',
    // ulogd logs what netfilter's NFLOG target hands it through the kernel (SRC.ulogd).
    'ulogd',
    'shorewall6',
    'shorewall-lite',
  ].map((command) => ({ command, facility: 'netfilter' })),
  // The iptables wrapper picks iptables-legacy or iptables-nft when the container runs, from the rules it finds in the
  // host's tables (SRC.iptablesWrapper); installing it at build time changes no rule.
  ...['iptables-wrapper-installer.sh', 'iptables-wrapper'].map((command) => ({
    command,
    facility: 'netfilter',
    atBuild:
      'In a RUN step it only installs the wrapper; the wrapper chooses iptables-legacy or iptables-nft when the container runs, by the rules it finds in the host kernel.',
  })),
  { command: 'ipvsadm', facility: 'ipvs' },
  { command: 'keepalived', facility: 'keepalived' },
  ...['exportfs', 'rpc.nfsd', 'rpc.mountd'].map((command) => ({ command, facility: 'nfs-server' })),
  ...['iscsiadm', 'iscsid', 'targetcli', 'targetctl'].map((command) => ({ command, facility: 'iscsi' })),
  ...['zfs', 'zpool'].map((command) => ({ command, facility: 'zfs' })),
  ...['mkfs.btrfs'].map((command) => ({ command, facility: 'btrfs' })),
  {
    command: 'btrfs',
    facility: 'btrfs',
    sub: ['subvolume', 'filesystem', 'device', 'balance', 'scrub', 'quota', 'qgroup', 'send', 'receive'],
  },
  ...['drbdadm', 'drbdsetup'].map((command) => ({ command, facility: 'drbd' })),
  ...['sctp_test', 'sctp_darn', 'open5gs-mmed', 'open5gs-amfd'].map((command) => ({ command, facility: 'sctp' })),
  // 5G/LTE RAN and core programs: UERANSIM's gNB, OAI's gNB/eNB/CU-UP (SRC.oaiSctp) and magma's sctpd speak NGAP/S1AP/F1/E1
  // over SCTP, UERANSIM's and OAI's UEs open /dev/net/tun (SRC.ueransim, SRC.magmaSctpd, SRC.oaiUeTun); libgtpnl's tools drive
  // the kernel gtp driver
  // (SRC.gtpKernel); free5GC's gtp5g clients drive its out-of-tree module (SRC.gtp5g); UHD's tools probe USRPs (SRC.uhdUsb).
  ...['nr-gnb', 'sctpd', 'nr-softmodem', 'lte-softmodem', 'nr-cuup'].map((command) => ({ command, facility: 'sctp' })),
  ...['nr-ue', 'nr-uesoftmodem', 'lte-uesoftmodem'].map((command) => ({ command, facility: 'tun' })),
  ...['gtp-link', 'gtp-tunnel'].map((command) => ({ command, facility: 'gtp' })),
  ...['gtp5g-tunnel', 'gtp5g-link', 'gogtp5g-tunnel', 'gogtp5g-link'].map((command) => ({ command, facility: 'gtp5g' })),
  ...['uhd_find_devices', 'uhd_usrp_probe'].map((command) => ({ command, facility: 'host-device' })),
  { command: 'ncat', facility: 'sctp', args: /^--sctp$/ },
  { command: 'fio', facility: 'io_uring', args: /io_uring/ },
  { command: 'iperf3', facility: 'sctp', args: /^--sctp$/ },
  { command: 'socat', facility: 'sctp', args: /^SCTP[46]?-/i },
  ...['candump', 'cansend', 'cangen', 'canplayer', 'cansniffer', 'canbusload', 'isotpsend', 'isotprecv', 'slcand', 'slcan_attach'].map(
    (command) => ({ command, facility: 'can' }),
  ),
  // A program handed a CAN interface by name (python3 app.py -i can0, socketcand -i vcan0): it opens a SocketCAN
  // socket on an interface that only the host kernel's CAN drivers create (SRC.can).
  ...['python*', 'node', 'socketcand', 'socketcandcl', 'cannelloni'].map((command) => ({
    command,
    facility: 'can',
    args: /^(v|sl)?can[0-9]+(,(v|sl)?can[0-9]+)*$/,
  })),
  { command: 'update-binfmts', facility: 'binfmt', sub: ['--enable', '--import', '--install', '--package'] },
  { command: 'qemu-binfmt-conf.sh', facility: 'binfmt' },
  // tonistiigi/binfmt's installer: it registers QEMU emulators in the host's binfmt_misc (SRC.tonistiigiBinfmt).
  { command: 'binfmt', facility: 'binfmt' },
  // balena base images run foreign-architecture RUN steps through these (QEMU via binfmt_misc)
  { command: 'cross-build-start', facility: 'binfmt' },
  { command: 'qemu-*-static', facility: 'binfmt' },
  { command: 'cross-build-end', facility: 'binfmt' },
  ...[
    'bpftrace',
    'bpftool',
    'perf',
    'trace-cmd',
    'tracee',
    'tetragon',
    'pwru',
    'execsnoop',
    'opensnoop',
    'biolatency',
    'tcplife',
    'tcpconnect',
  ].map((command) => ({ command, facility: 'bpf-tracing' })),
  { command: '*-bpfcc', facility: 'bcc' },
  ...['falco-driver-loader', 'falcoctl'].map((command) => ({
    command,
    facility: 'falco',
    atBuild:
      "In a RUN step it prepares the driver for the build machine's kernel release (uname -r of the build), not for the host that will run the container.",
  })),
  { command: 'falco', facility: 'falco' },
  // eBPF agents as the container's command (SRC.ebpfAgents: ig, gpu-ebpf-bridge, coroot-node-agent).
  ...['cilium-agent', 'parca-agent', 'beyla', 'bpfman', 'retina-agent', 'pixie-agent', 'ig', 'gpu-ebpf-bridge', 'coroot-node-agent'].map(
    (command) => ({
      command,
      facility: 'bpf-tracing',
      features: ['bpf'],
    }),
  ),
  // Inspektor Gadget's container-hook and container-collection examples (SRC.containerHook).
  ...['container-hook', 'kube-container-collection'].map((command) => ({ command, facility: 'container-hook' })),
  // Kepler ≥ 0.10 reads RAPL through powercap sysfs and /proc, no longer eBPF (SRC.keplerRapl).
  { command: 'kepler', facility: 'powercap' },
  // node-problem-detector with its kernel monitor reads /dev/kmsg (SRC.kmsg).
  { command: 'node-problem-detector', facility: 'kernel-log', args: /kernel-monitor/ },
  ...['dpdk-devbind.py', 'dpdk-testpmd', 'testpmd', 'dpdk-hugepages.py', 'vpp', 'spdk_tgt', 'nvmf_tgt'].map((command) => ({
    command,
    facility: 'dpdk',
  })),
  { command: 'vcgencmd', facility: 'host-device' },
  // RDMA tools (SRC.rdmaCore: ibverbs-utils, perftest, infiniband-diags, rdmacm-utils) open /dev/infiniband.
  ...[
    'ibv_devinfo',
    'ibv_devices',
    'ibv_rc_pingpong',
    'ib_write_bw',
    'ib_write_lat',
    'ib_read_bw',
    'ib_read_lat',
    'ib_send_bw',
    'ib_send_lat',
    'ib_atomic_bw',
    'ibstat',
    'ibstatus',
    'rping',
    'opensm',
  ].map((command) => ({ command, facility: 'rdma' })),
  ...['podman', 'buildah', 'newuidmap', 'newgidmap', 'rootlesskit', 'runc', 'crun'].map((command) => ({
    command,
    facility: 'rootless-containers',
  })),
  ...['lxc-start', 'lxc-create', 'lxc-execute', 'lxd', 'incusd'].map((command) => ({ command, facility: 'rootless-containers' })),
  { command: 'k3s', facility: 'kubernetes-node', sub: ['server', 'agent'], bare: true },
  { command: 'k0s', facility: 'kubernetes-node', sub: ['controller', 'worker'] },
  // Rancher's k3c runs an embedded containerd with its own CNI bridge as `k3c daemon` (SRC.k3cDaemon); its other
  // subcommands (build, pull, images …) are clients of that daemon.
  { command: 'k3c', facility: 'dind', sub: ['daemon'] },
  ...['kubelet', 'kube-proxy', 'rke2'].map((command) => ({ command, facility: 'kubernetes-node' })),
  // KubeEdge's edge node agent runs the node's pods like a kubelet (SRC.kubeedgeEdgecore).
  { command: 'edgecore', facility: 'kubernetes-node', unless: /^(--version|--help|-h|--minconfig|--defaultconfig)$/ },
  // KubeEdge's and OpenYurt's iptables managers program the node's netfilter tables (SRC.kubeedgeIptablesManager,
  // SRC.openyurtTunnelServer); OpenYurt's yurthub adds the dummy interface hub-dummy0 unless told not to (SRC.openyurtHub).
  { command: 'iptables-manager', facility: 'netfilter' },
  // Azure's Network Policy Manager enforces Kubernetes network policies with the node's iptables and ipset (SRC.azureNpm).
  { command: 'azure-npm', facility: 'netfilter', unless: /^(--version|--help|-h|version)$/ },
  { command: 'yurt-tunnel-server', facility: 'netfilter', unless: /^--enable-iptables=false$/ },
  { command: 'yurthub', facility: 'netlink-link', features: ['dummy'], unless: /^--enable-dummy-if=false$/ },
  // akmods builds kernel module packages for one kernel release, by default the running (here the host's) kernel (SRC.akmodsScript).
  ...['akmods', 'akmodsbuild'].map((command) => ({ command, facility: 'prebuilt-kernel-modules', unless: /^(--help|-h|--version)$/ })),
  // make-kpkg builds a kernel image package from a kernel source tree (SRC.kernelPackage): a kernel for a machine that boots it.
  { command: 'make-kpkg', facility: 'prebuilt-kernel-modules', unless: /^(--help|-h|--version|clean)$/ },
  // linuxkit's `binfmt` and tonistiigi/binfmt's register interpreters in the host's binfmt_misc (SRC.binfmtD).
  { command: 'binfmt', facility: 'binfmt' },
  // A DHCP client configures addresses and routes of the kernel (SRC.dhcpcd).
  { command: 'dhcpcd', facility: 'net-config' },
  // Daemons of host hardware: ACPI events (SRC.acpid), the hardware RNG feeding the kernel pool (SRC.rngd), the TPM (SRC.tcsd),
  // the guest agent's virtio-serial port (SRC.qemuGa).
  { command: 'acpid', facility: 'host-device' },
  { command: 'rngd', facility: 'host-device', capAdd: ['SYS_ADMIN'] },
  { command: 'tcsd', facility: 'host-device' },
  { command: 'qemu-ga', facility: 'host-device' },
  ...['ipsec', 'charon', 'charon-systemd', 'pluto', 'swanctl'].map((command) => ({ command, facility: 'ipsec' })),
  ...['pppd', 'xl2tpd', 'pppoe', 'pppoe-server', 'openfortivpn', 'sstpc', 'pptp'].map((command) => ({ command, facility: 'ppp' })),
  ...['ovs-vswitchd', 'ovs-dpctl'].map((command) => ({ command, facility: 'openvswitch' })),
  { command: 'ovs-vsctl', facility: 'openvswitch', sub: ['add-br', 'add-port', 'del-br'] },
  { command: 'ovs-ctl', facility: 'openvswitch', sub: ['start'] },
  // magma's GTP port script adds a GTP-U tunnel port to its OVS bridge with ovs-vsctl add-port (SRC.magmaGtpPort).
  { command: 'magma-create-gtp-port.sh', facility: 'openvswitch' },
  { command: 'nsenter', facility: 'host-namespaces' },
  { command: 'brctl', facility: 'netlink-link', sub: ['addbr', 'delbr', 'addif', 'delif'], features: ['bridge'] },
  ...['nvidia-smi', 'rocm-smi', 'nvidia-persistenced'].map((command) => ({ command, facility: 'gpu' })),
  { command: 'setcap', facility: 'file-capabilities' },
  // Capture programs started as the command listen on an interface through libpcap's packet sockets (SRC.pcapCapture,
  // SRC.packet7); reading a saved file (-r), listing interfaces (-D), help or version opens none.
  ...['tcpdump', 'tshark', 'dumpcap'].map((command) => ({
    command,
    facility: 'packet-capture',
    startOnly: true,
    unless: /^(-[A-Za-z]*[rD]|--read-file|--list-interfaces|--version|-h|--help)$/,
  })),
  { command: 'softflowd', facility: 'packet-capture', startOnly: true, unless: /^-r$/ },
  // lldpd opens a packet socket on every interface to send and receive LLDP frames (SRC.lldpd).
  { command: 'lldpd', facility: 'lldp-agent', startOnly: true },
  // DHCPv4 servers answer unconfigured clients through packet sockets (SRC.dhcpServerLpf); dhcpd -6 serves DHCPv6 over
  // UDP, -t/-T and kea-dhcp4 -t/-T check a configuration without opening sockets, -v/-V/-W print (SRC.keaDhcp4Man).
  { command: 'dhcpd', facility: 'dhcp-server', startOnly: true, unless: /^(-6|-t|-T|--version|-h|--help)$/ },
  { command: 'kea-dhcp4', facility: 'dhcp-server', startOnly: true, unless: /^-[tTvVW]$/ },
  // Suricata on a capture interface reads it through packet sockets (SRC.packet7); inline with -q it takes its packets
  // from netfilter's NFQUEUE (SRC.suricataConfigure). Reading a pcap file (-r) or printing opens neither.
  {
    command: 'suricata',
    facility: 'packet-capture',
    startOnly: true,
    args: /^(-i|--af-packet|--pcap|--pfring|--netmap)(=.*)?$/,
    unless: /^(-r|-T|--build-info|-V|-h|--help)$/,
  },
  { command: 'suricata', facility: 'netfilter', startOnly: true, args: /^(-q|--nfq)(=.*)?$/, unless: /^(-T|--build-info|-V|-h|--help)$/ },
  // Scanners that send their own packets through packet/raw sockets (SRC.zmap, SRC.masscan); naabu's default scan as root is
  // a SYN scan through libpcap (SRC.naabu).
  { command: 'zmap', facility: 'raw-packet-scanner' },
  { command: 'masscan', facility: 'raw-packet-scanner' },
  { command: 'naabu', facility: 'raw-packet-scanner' },
  // bettercap sniffs, spoofs and injects through libpcap (SRC.bettercap).
  { command: 'bettercap', facility: 'raw-packet-scanner' },
  // Nmap run by root, a container's default user, scans with raw packets (SYN scan, ARP/ICMP discovery); a list scan,
  // a connect scan or --unprivileged sends none of its own (SRC.nmapRawDefault).
  { command: 'nmap', facility: 'raw-packet-scanner', unless: /^(--unprivileged|-sT|-sL|-V|--version|-h|--help)$/ },
  { command: 'wrapdocker', facility: 'dind' },
  // Before dockerd (Docker 1.12) the docker binary was the daemon: `docker -d` / `docker --daemon`, deprecated in 1.8 for
  // `docker daemon` (SRC.dockerLegacyDaemon). `-d` after a subcommand is `docker run -d` (detach): not read.
  { command: 'docker', facility: 'dind', sub: ['-d', '--daemon'], beforeOperand: true },
  { command: 'docker', facility: 'dind', sub: ['daemon'] },
  // The docker client (and x11docker, which runs `docker run` for its GUI containers) asks a daemon to start
  // containers: a build step has none (SRC.dockerCli, SRC.x11docker). `docker pull` asks the daemon to pull, and
  // `docker build` builds with the daemon's own BuildKit (the default builder's docker driver, SRC.dockerBuildDriver):
  // both fail in a RUN exactly like `docker run`, so they are reported alike (a RUN that starts its own dockerd first
  // gets that dockerd reported too: it cannot start there). `docker buildx` and `docker version` are not read.
  {
    command: 'docker',
    facility: 'docker-client',
    sub: ['run', 'create', 'start', 'exec', 'pull', 'build'],
    // A daemon named on the command line or in DOCKER_HOST may be remote: not this host's socket. `--builder` picks a
    // named builder, which may be a remote BuildKit (the remote or kubernetes driver) that needs no local daemon.
    unless: /^(-H|--host|--context|--builder)(=.*)?$/,
    unlessEnv: 'DOCKER_HOST',
    atBuild:
      'No Docker daemon is reachable from a build step (RUN gets no host socket), so this fails unless DOCKER_HOST names a remote one.',
    buildNeeds: '/var/run/docker.sock',
  },
  // `docker compose version` (and help) only prints what the plugin knows, with no daemon (SRC.composeVersion): the
  // docker-library/docker image smoke-tests its plugins that way during the build; CircleCI's cimg/base checks its install the same way.
  {
    command: 'docker',
    facility: 'docker-client',
    sub: ['compose'],
    unless: /^(-H|--host|--context)(=.*)?$|^(version|--version|help|--help|-h)$/,
    unlessEnv: 'DOCKER_HOST',
    atBuild:
      'No Docker daemon is reachable from a build step (RUN gets no host socket), so this fails unless DOCKER_HOST names a remote one.',
    buildNeeds: '/var/run/docker.sock',
  },
  {
    command: 'x11docker',
    facility: 'docker-client',
    unless: /^--exe$/,
    unlessEnv: 'DOCKER_HOST',
    atBuild: 'No Docker daemon is reachable from a build step (RUN gets no host socket), so x11docker cannot start its container here.',
    buildNeeds: '/var/run/docker.sock',
  },
  ...['dockerd', 'dockerd-entrypoint.sh', 'dockerd-rootless.sh', 'dind', 'containerd'].map((command) => ({ command, facility: 'dind' })),
  // Moby's DinD wrapper for a systemd-run daemon (SRC.mobyDindSystemd).
  { command: 'dind-systemd', facility: 'dind' },
  // CentOS/RHEL 7's docker package (projectatomic/docker 1.13) names the daemon dockerd-current
  // (docker.service: ExecStart=/usr/bin/dockerd-current --add-runtime docker-runc=…).
  { command: 'dockerd-current', facility: 'dind' },
  // Drone's Docker plugin binary starts dockerd before it builds (SRC.droneDocker).
  { command: 'drone-docker', facility: 'dind' },
  // actions-runner-controller's runner images start dockerd (or dockerd-rootless.sh) in these (SRC.arcRunnerImages).
  ...['entrypoint-dind.sh', 'entrypoint-dind-rootless.sh'].map((command) => ({ command, facility: 'dind' })),
  // SysV-style starts of the same daemons (`service docker start` in a Docker-in-Docker image).
  // OpenRC's runlevels (SRC.openrcRcUpdate): `rc-update add` makes OpenRC start the daemon when the image boots as a machine.
  { command: 'rc-update', facility: 'dind', sub: ['add'], args: /^docker$/ },
  { command: 'rc-update', facility: 'tun', sub: ['add'], args: /^openvpn(\..+)?$/ },
  { command: 'rc-update', facility: 'netfilter', sub: ['add'], args: /^ip6?tables$/ },
  // OpenRC's rc-service runs a service's init script with the action given (SRC.openrcRcService): the same init scripts
  // rc-update registers start dockerd, openvpn, or load (start, restart) and read back (save) the netfilter rules; a status
  // query, stop, zap or describe starts and loads nothing.
  ...(
    [
      ['dind', /^docker$/],
      ['tun', /^openvpn(\..+)?$/],
      ['netfilter', /^ip6?tables$/],
    ] as const
  ).map(([facility, args]) => ({
    command: 'rc-service',
    facility,
    args,
    unless: /^(status|stop|zap|describe|-e|--exists|-l|--list|-r|--resolve)$/,
  })),
  { command: 'service', facility: 'dind', args: /^docker$/ },
  { command: 'service', facility: 'libvirt', args: /^libvirt(d|-bin)?$/ },
  { command: 'service', facility: 'openvswitch', args: /^openvswitch-switch$/ },
  { command: 'service', facility: 'dahdi', args: /^dahdi$/ },
  // Intel's AESM service (SRC.sgxAesmDocker): the daemon and its SysV start load enclaves through the host's SGX device.
  ...['aesmd', 'aesm_service'].map((command) => ({ command, facility: 'sgx' })),
  { command: 'service', facility: 'sgx', args: /^aesmd$/ },
  // sshuttle's client redirects the forwarded subnets with iptables (nat, tproxy) or nftables rules (SRC.sshuttle).
  { command: 'sshuttle', facility: 'netfilter', unless: /^(--version|-V|--help|-h)$/ },
  // ALSA tools and sound servers that open the card (SRC.alsa); `pulseaudio -k|--check|--dump-*` only talk to a running daemon.
  ...['aplay', 'arecord', 'amixer', 'alsactl', 'speaker-test', 'jackd'].map((command) => ({ command, facility: 'sound' })),
  // pulseaudio(1): -v is --verbose.
  {
    command: 'pulseaudio',
    facility: 'sound',
    unless: /^(-k|--kill|--check|--dump-conf|--dump-modules|--dump-resample-methods|--cleanup-shm)$/,
    dashVVerbose: true,
  },
  ...['auditd', 'auditctl'].map((command) => ({ command, facility: 'audit' })),
  { command: 'augenrules', facility: 'audit', sub: ['--load'] },
  // setsebool, with or without -P, first checks that SELinux is enabled where it runs (SRC.selinux).
  ...['setenforce', 'setsebool', 'load_policy'].map((command) => ({ command, facility: 'lsm-policy' })),
  // apparmor_parser -Q/--skip-kernel-load, -S/--stdout, -o, -p, -N only compile, print or list.
  {
    command: 'apparmor_parser',
    facility: 'lsm-policy',
    unless: /^(-[a-zA-Z]*[QSopN][a-zA-Z]*|--skip-kernel-load|--stdout|--ofile(=.*)?|--preprocess|--names)$/,
  },
  ...['ptp4l', 'phc2sys', 'ts2phc', 'phc_ctl', 'timemaster'].map((command) => ({ command, facility: 'ptp' })),
  ...['ptpd', 'ptpd2'].map((command) => ({ command, facility: 'system-clock' })),
  // i386 packages on an amd64 image (SRC.ia32): they run through the host kernel's IA-32 emulation.
  { command: 'dpkg', facility: 'ia32', sub: ['--add-architecture'], args: /^i386$/ },
  // SteamCMD for Linux is a 32-bit program (SRC.steamcmd): on an x86-64 host it runs through IA-32 emulation.
  ...['steamcmd', 'steamcmd.sh'].map((command) => ({ command, facility: 'ia32' })),
  ...['usbip', 'usbipd'].map((command) => ({ command, facility: 'usbip' })),
  // The Android emulator starting a virtual device (SRC.androidEmulator): hardware acceleration is KVM.
  { command: 'emulator', facility: 'kvm', args: /^(-avd|@\S+)$/ },
  // Detox's tests on an Android emulator configuration (SRC.detoxEmulator): Detox boots the AVD itself. The
  // configuration is named in the project's .detoxrc, so its name (`android.emu.debug`, `android:emulator`) is what
  // this file shows; `--headless` is for emulators (and iOS simulators, which no Linux image runs).
  { command: 'detox', facility: 'kvm', sub: ['test'], args: /(^|[.:_-])emu(lator)?([.:_-]|$)|^--headless$/ },
  // usbmuxd run in the container (SRC.usbmuxd): it talks to the iPhones and iPads on the host's USB bus.
  { command: 'usbmuxd', facility: 'host-device' },
  // gVisor's runtime (SRC.gvisor) and its containerd shim.
  ...['runsc', 'containerd-shim-runsc-v1'].map((command) => ({ command, facility: 'sandbox' })),
  { command: 'mpathconf', facility: 'device-mapper' },
  // systemd-nspawn containers (SRC.nspawn); arch-chroot and pacstrap mount the API filesystems first (SRC.archChroot),
  // and so does a schroot session through its setup.d/10mount, unless it only lists or describes chroots (SRC.schroot):
  // mount(2) needs CAP_SYS_ADMIN, which no build step has (SRC.mount2).
  { command: 'systemd-nspawn', facility: 'sandbox' },
  ...['arch-chroot', 'pacstrap'].map((command) => ({ command, facility: 'mount', buildNeeds: 'SYS_ADMIN' })),
  {
    command: 'schroot',
    facility: 'mount',
    buildNeeds: 'SYS_ADMIN',
    unless: /^(-l|--list|-i|--info|--config|--location|-h|--help|-V|--version|--all-sessions)$/,
  },
  // debos builds in a fakemachine VM through /dev/kvm unless told to use another backend or none (SRC.debosFakemachine).
  { command: 'debos', facility: 'kvm', unless: /^(--disable-fakemachine|--fakemachine-backend=(uml|qemu))$/ },
  // Elemental's installer partitions and writes the target disk (SRC.elementalInstall); its image's ENTRYPOINT takes the sub-command from CMD.
  { command: 'elemental', facility: 'host-device', sub: ['install', 'reset', 'upgrade'], bare: true },
  { command: 'efibootmgr', facility: 'efi-variables' },
  // swapon/swapoff change the host's swap areas (SRC.swap): CAP_SYS_ADMIN, which no build step has; listing them is no use.
  { command: 'swapon', facility: 'swap', buildNeeds: 'SYS_ADMIN', unless: /^(-s|--summary|--show(=.*)?|-h|--help|-V|--version)$/ },
  { command: 'swapoff', facility: 'swap', buildNeeds: 'SYS_ADMIN', unless: /^(-h|--help|-V|--version)$/ },
  { command: 'irqbalance', facility: 'kernel-tunables' },
  // FRR's supervisor starts zebra, which installs routes in the kernel (SRC.frr).
  { command: 'watchfrr', facility: 'net-config' },
  // hostapd runs an access point on a host Wi-Fi interface (SRC.wireless).
  { command: 'hostapd', facility: 'wireless' },
  // Kismet captures from a Wi-Fi interface in monitor mode (SRC.kismetWifi); aircrack-ng's airmon-ng puts one in
  // monitor mode, airodump-ng and aireplay-ng capture and inject on it (SRC.airmonNg).
  ...['kismet', 'kismet_server', 'kismet_cap_linux_wifi', 'airmon-ng', 'airodump-ng', 'aireplay-ng'].map((command) => ({
    command,
    facility: 'wireless',
  })),
  // batctl configures the batman-adv module (SRC.batmanAdv); -v is its version.
  { command: 'batctl', facility: 'batman-adv' },
  { command: 'mdadm', facility: 'md-raid' },
  // i2c-tools open /dev/i2c-N (SRC.i2c); libgpiod's tools open /dev/gpiochipN (SRC.gpioCdev); minicom opens a serial port (SRC.minicom).
  ...['i2cdetect', 'i2cget', 'i2cset', 'i2cdump', 'i2ctransfer'].map((command) => ({ command, facility: 'host-device' })),
  ...['gpiodetect', 'gpioinfo', 'gpioget', 'gpioset', 'gpiomon', 'gpionotify'].map((command) => ({ command, facility: 'host-device' })),
  { command: 'minicom', facility: 'host-device' },
  // Gammu talks to a phone or GSM modem on the port its configuration names (SRC.gammu).
  ...['gammu', 'gammu-smsd'].map((command) => ({ command, facility: 'host-device' })),
  ...['sysdig', 'csysdig'].map((command) => ({ command, facility: 'sysdig' })),
  // sysdig's driver loader, which its images' entrypoints run (draios/sysdig @ d9f66511 scripts/scap-driver-loader.in: "tries to
  // load the kernel instrumentation", building the module with `dkms install … -k "${KERNEL_RELEASE}"` or the eBPF probe).
  { command: 'scap-driver-loader', facility: 'sysdig' },
  // Its name before scap-driver-loader (SRC.sysdigProbeLoader), which sysdig images of the 0.2x releases run.
  {
    command: 'sysdig-probe-loader',
    facility: 'sysdig',
    atBuild:
      "In a RUN step it builds or loads the driver for the build machine's kernel release, not for the host that will run the container.",
  },
  // SysFlow's collector reads system calls through the Sysdig/Falco driver of the host kernel (SRC.sysflowCollector).
  { command: 'sysporter', facility: 'sysdig' },
  ...['buildkitd', 'buildctl-daemonless.sh'].map((command) => ({ command, facility: 'buildkit' })),
  { command: 'numactl', facility: 'numa-policy' },
  // cyclictest measures wake-up latency at a real-time priority and with locked memory (SRC.cyclictest).
  { command: 'cyclictest', facility: 'realtime-scheduling' },
  // Intel PCM and msr-tools read the MSRs through /dev/cpu/N/msr (SRC.pcm, SRC.msr).
  ...[
    'pcm',
    'pcm-sensor-server',
    'pcm-memory',
    'pcm-power',
    'pcm-pcie',
    'pcm-iio',
    'pcm-numa',
    'pcm-latency',
    'pcm-msr',
    'pcm-tsx',
    'pcm-core',
  ].map((command) => ({ command, facility: 'cpu-msr' })),
  ...['rdmsr', 'wrmsr'].map((command) => ({ command, facility: 'cpu-msr' })),
  // XMRig's RandomX start: the msr driver, MSR writes and huge pages by default (SRC.xmrigRandomx); --randomx-wrmsr=-1
  // turns the MSR mod off, --version and --help only print.
  { command: 'xmrig', facility: 'xmrig-randomx', unless: /^(-V|--version|-h|--help)$/ },
  // capsh setting capability sets before it runs a program (SRC.capsh); --print, --decode and --has-* only report.
  // rpm restoring the file capabilities of a package's files (SRC.rpmSetcaps).
  { command: 'rpm', facility: 'file-capabilities', args: /^--setcaps$/ },
  // Disk-image builders run privileged: loop devices and mounts (SRC.bootcImageBuilder), KVM (SRC.coreosAssembler).
  { command: 'bootc-image-builder', facility: 'loop' },
  ...['coreos-assembler', 'cosa'].map((command) => ({ command, facility: 'kvm' })),
  { command: 'capsh', facility: 'capability-sets', args: /^--(caps|inh|addamb|iab|drop|keep|user|uid|secbits)=|^--(keep|user)$/ },
  // setpriv setting the inheritable or ambient set or the bounding set before it runs a program (SRC.setprivCaps);
  // --reuid/--regid alone only switch user, and --no-new-privs alone works on every kernel since 3.5.
  { command: 'setpriv', facility: 'capability-sets', args: /^--(inh-caps|ambient-caps|bounding-set)(=|$)/ },
  // udevd started in the image, and udevadm replaying or waiting for device events (SRC.udevadm).
  ...['systemd-udevd', 'udevd'].map((command) => ({ command, facility: 'udev' })),
  { command: 'udevadm', facility: 'udev', sub: ['trigger', 'settle'] },
  // Pktgen-DPDK: DPDK EAL options, `--`, then its own (SRC.pktgenDpdk); the `--` tells it from other programs named pktgen.
  { command: 'pktgen', facility: 'dpdk', args: /^--$/ },
  // chrt starting a program (or changing a process) under a real-time policy (SRC.sched); `chrt -m` and `chrt -p <pid>` only print.
  { command: 'chrt', facility: 'realtime-scheduling', args: /^(-f|-r|-d|--fifo|--rr|--deadline)$/ },
  // Asterisk asking for real-time priority with -p, alone or in a cluster (`-fp`, `-vvvp`), when it starts a PBX rather
  // than attaching a console to one (-r, -R, -x) or printing its version (-V) (SRC.asteriskPriority, SRC.sched).
  { command: 'asterisk', facility: 'realtime-scheduling', args: /^-[a-zA-Z]*p[a-zA-Z]*$/, unless: /^-[a-zA-Z]*[rRxV][a-zA-Z]*$/ },
  // FreeSWITCH asks for SCHED_FIFO and nice -10 at every start unless told -np or -lp (SRC.freeswitchPriority, SRC.sched);
  // -version, -help and -stop start no switch. Start commands only: a RUN step runs it to print its version.
  { command: 'freeswitch', facility: 'realtime-scheduling', unless: /^-(np|lp|version|help|stop)$/, startOnly: true },
  // rtpengine forwards in the kernel unless its table is negative (`--table=-1`, `-t -1`) (SRC.rtpengineKernel).
  { command: 'rtpengine', facility: 'rtpengine-kernel', unless: /^(--table=|-t)?-\d+$/, startOnly: true },
  // Waydroid's container manager probes and loads binder (SRC.binder); anbox's session manager needs the same driver.
  { command: 'waydroid', facility: 'android-binder', sub: ['init', 'container', 'session'] },
  { command: 'anbox', facility: 'android-binder', sub: ['session-manager', 'container-manager'] },
  { command: 'cadvisor', facility: 'cadvisor' },
  // Prometheus node_exporter (SRC.nodeExporter).
  { command: 'node_exporter', facility: 'host-metrics' },
  // New Relic's infrastructure agent and its service wrapper (SRC.newrelicInfraContainer).
  ...['newrelic-infra', 'newrelic-infra-service'].map((command) => ({ command, facility: 'host-agent' })),
  // DCGM's exporter and host engine read the host NVIDIA driver's GPUs (SRC.dcgm).
  ...['dcgm-exporter', 'nv-hostengine'].map((command) => ({ command, facility: 'gpu' })),
  // An exporter that answers each scrape by running nvidia-smi, which talks to the host NVIDIA driver (SRC.nvidiaSmiExporter).
  { command: 'nvidia_smi_exporter', facility: 'gpu' },
  // nvidia_gpu_exporter runs nvidia-smi, the host NVIDIA driver's tool, on every scrape unless told to run it on
  // another machine (SRC.nvidiaGpuExporter).
  { command: 'nvidia_gpu_exporter', facility: 'gpu' },
  // The NVIDIA Container Toolkit CLI: it configures a container engine (often a nested dockerd) to hand the host NVIDIA
  // driver's devices and libraries to its containers (SRC.nvidiaCtk).
  { command: 'nvidia-ctk', facility: 'gpu' },
  // process-exporter reports the processes of the /proc it is given: the host's when mounted (SRC.processExporter).
  { command: 'process-exporter', facility: 'host-agent' },
  // Glances reports the host from its /proc and /sys with the host's PID namespace (SRC.glancesDocker); `python -m
  // glances` is the same program. Its -c/--client mode only shows a server's figures: not a use.
  { command: 'glances', facility: 'host-agent', unless: /^(-c|--client|-V|--version|-h|--help)$/ },
  // ebpf_exporter loads its eBPF programs into the host kernel at start (SRC.ebpfExporter).
  { command: 'ebpf_exporter', facility: 'bpf-tracing', features: ['bpf'], unless: /^(--version|--help|-h)$/ },
  // The OpenTelemetry Collector's eBPF profiling distribution, a node agent (SRC.otelEbpfProfiler).
  { command: 'otelcol-ebpf-profiler', facility: 'bpf-tracing', features: ['bpf'] },
  ...['sensors', 'sensors-detect'].map((command) => ({ command, facility: 'hwmon' })),
  // The MLNX_OFED installer installs for the running kernel (SRC.mlnxOfed); even --user-space-only needs the host's RDMA drivers.
  { command: 'mlnxofedinstall', facility: 'rdma' },
  // smartd is smartmontools' monitoring daemon (SRC.smartctl): it polls the host's disks like smartctl.
  { command: 'smartd', facility: 'host-device' },
  // smartctl_exporter polls every disk it finds with smartctl, as root (SRC.smartctlExporter); --smartctl.fake-data
  // reads saved JSON instead.
  { command: 'smartctl_exporter', facility: 'host-device', unless: /^(--smartctl\.fake-data|--version|--help|-h)$/ },
  // FreeIPMI's in-band tools open /dev/ipmi0 (SRC.ipmi); -h/--hostname talks to a BMC over the LAN instead.
  ...['ipmi-sensors', 'ipmi-sel', 'ipmi-fru', 'ipmi-chassis', 'ipmi-dcmi', 'bmc-info'].map((command) => ({
    command,
    facility: 'host-device',
    unless: /^(-h|--hostname)/,
  })),
  // flanneld sets up its backend on the host; VXLAN, the recommended one, is an in-kernel interface (SRC.flannel).
  { command: 'flanneld', facility: 'netlink-link' },
  // kube-vip as the container's command (SRC.kubeVip); `kube-vip manifest …` at build time only prints YAML.
  { command: 'kube-vip', facility: 'service-vip', startOnly: true },
  // Open vSwitch's own container start script loads the datapath module and starts ovs-vswitchd (SRC.ovsDocker).
  { command: 'start-ovs', facility: 'openvswitch' },
  // Multus' thick plugin daemon runs the delegate CNI plugins in the pods' namespaces on the node (SRC.multusThick).
  { command: 'multus-daemon', facility: 'cni', startOnly: true },
  // Node agents by their program names, as the container's command: kured reboots the node by nsenter into PID 1's mount
  // namespace (SRC.kured); node-local-dns' node-cache adds a dummy interface and iptables rules (SRC.nodeLocalDns);
  // NFD's worker and topology updater read the host's /sys, /boot and /lib mounted in (SRC.nfdWorker).
  { command: 'kured', facility: 'host-namespaces', startOnly: true },
  { command: 'node-cache', facility: 'netfilter', features: ['dummy'], startOnly: true },
  ...['nfd-worker', 'nfd-topology-updater'].map((command) => ({ command, facility: 'host-agent', startOnly: true })),
  // AMD's installer for the amdgpu driver and ROCm user space (SRC.amdgpuInstall); ROCm runs on the host's amdgpu driver (SRC.rocm).
  { command: 'amdgpu-install', facility: 'gpu' },
  // Kubernetes device plugins by their usual program names (SRC.k8sDevicePlugins): intel_gpu_device_plugin,
  // nvidia-device-plugin, and the RDMA and SR-IOV ones; they only run as the container's command.
  ...['*_device_plugin', '*-device-plugin', 'k8s-rdma-shared-dp', 'sriovdp'].map((command) => ({
    command,
    facility: 'device-plugin',
    startOnly: true,
  })),
  // The NVIDIA driver container's entry point: `init` installs and loads, `load` loads the modules (SRC.nvidiaDriverContainer).
  { command: 'nvidia-driver', facility: 'gpu-driver-container', sub: ['init', 'load'], startOnly: true },
  // Apptainer (and Singularity) running or building a container (SRC.apptainer); `version`, `pull`, `inspect` need no namespaces.
  ...['apptainer', 'singularity'].map((command) => ({
    command,
    facility: 'apptainer',
    sub: ['run', 'exec', 'shell', 'build', 'instance', 'test'],
    bare: true,
  })),
  // `apptainer config global|fakeroot` set how it will start containers (setuid starter or user namespaces, subordinate
  // IDs): explained, never reported (SRC.apptainerSettings).
  ...['apptainer', 'singularity'].map((command) => ({ command, facility: 'apptainer', sub: ['config'] })),
  // CernVM-FS's mount helper and cvmfsexec (SRC.cvmfs, SRC.cvmfsexec): both mount repositories through FUSE.
  ...['cvmfs2', 'cvmfsexec'].map((command) => ({ command, facility: 'cvmfs' })),
  // accel-config writing the idxd configuration of DSA/IAA devices (SRC.idxd); `list` only reads it.
  {
    command: 'accel-config',
    facility: 'idxd',
    sub: [
      'load-config',
      'config-device',
      'config-wq',
      'config-engine',
      'config-group',
      'enable-device',
      'enable-wq',
      'disable-device',
      'disable-wq',
    ],
  },
  // apcupsd talks to an APC UPS over USB or a serial port (SRC.apcupsd).
  { command: 'apcupsd', facility: 'host-device' },
  // Chaos agents (SRC.chaosMesh, SRC.chaosd, SRC.chaosblade): every run injects or recovers faults through the host kernel.
  // Pumba's kill/pause/stop only call the runtime; netem and iptables change the target's kernel tables (SRC.pumba).
  ...['chaos-daemon', 'chaosd', 'blade'].map((command) => ({ command, facility: 'chaos-injection' })),
  { command: 'pumba', facility: 'chaos-injection', sub: ['netem', 'iptables'], bare: true },
  // Network emulators by their server or daemon (SRC.gns3, SRC.coreEmu); `python3 -m gns3server` too.
  ...['gns3server', 'core-daemon', 'vnoded'].map((command) => ({ command, facility: 'network-emulator' })),
  // iwpan configures 802.15.4 interfaces (SRC.wpan); `iwpan help`, `--version` ask nothing.
  { command: 'iwpan', facility: 'ieee802154', unless: /^(help|--version)$/ },
];

/** `ip link add … type <kind>` → kernel features of that link kind (ids in features.ts). */
export const linkTypeFeatures: Readonly<Record<string, readonly string[]>> = {
  vxlan: ['vxlan'],
  geneve: ['geneve'],
  wireguard: ['wireguard'],
  macvlan: ['macvlan'],
  macvtap: ['macvtap'],
  ipvlan: ['ipvlan'],
  bridge: ['bridge'],
  veth: ['veth'],
  dummy: ['dummy'],
  vcan: ['can', 'vcan'],
  vxcan: ['can', 'vxcan'],
  gre: ['gre'],
  gretap: ['gre'],
  ipip: ['ipip'],
  sit: ['sit'],
  vlan: ['vlan_8021q'],
  bond: ['bonding'],
  vrf: ['vrf'],
  ifb: ['ifb'],
};

/** `mount -t <type>` (and mount helpers) → kernel features and the facility whose run requirements apply. */
export const mountTypes: Readonly<Record<string, { features: readonly string[]; facility: string }>> = {
  nfs: { features: ['nfs_client'], facility: 'mount' },
  nfs4: { features: ['nfs_client'], facility: 'mount' },
  nfsd: { features: ['nfsd'], facility: 'nfs-server' },
  cifs: { features: ['cifs'], facility: 'mount' },
  smb3: { features: ['cifs'], facility: 'mount' },
  overlay: { features: ['overlayfs'], facility: 'mount' },
  btrfs: { features: ['btrfs'], facility: 'btrfs' },
  squashfs: { features: ['squashfs'], facility: 'mount' },
  zfs: { features: ['zfs'], facility: 'zfs' },
  ceph: { features: ['ceph_fs'], facility: 'ceph-kernel-client' },
  hugetlbfs: { features: ['hugetlbfs'], facility: 'mount' },
  binfmt_misc: { features: ['binfmt_misc'], facility: 'binfmt' },
  // `mount -t cvmfs` runs CernVM-FS's helper, a FUSE filesystem (SRC.cvmfs).
  cvmfs: { features: ['fuse'], facility: 'cvmfs' },
  tracefs: { features: ['ftrace'], facility: 'bpf-tracing' },
  debugfs: { features: ['debugfs'], facility: 'bpf-tracing' },
  bpf: { features: ['bpf'], facility: 'bpf-tracing' },
};

/** `tc qdisc add … <kind>` → kernel features of the queueing discipline. */
export const qdiscFeatures: Readonly<Record<string, readonly string[]>> = {
  netem: ['netem'],
  htb: ['sch_htb'],
  tbf: ['sch_tbf'],
  ingress: ['sch_ingress'],
  clsact: ['sch_ingress'],
};

/**
 * Configuration written by a RUN step (echo/printf redirected, a heredoc fed to cat or tee) whose
 * lines turn on a kernel facility: `file` is the written file's name, `line` a line of its text.
 */
interface ConfigTrigger {
  /** The written file's name, or a pattern of names (Puppeteer's launch options may be in any JSON file). */
  file: string | RegExp;
  /** `file` is matched against the whole path as written (a directory whose files a program reads), not the name. */
  path?: true;
  line: RegExp;
  facility: string;
  /** Extra kernel features (ids in features.ts) this setting needs. */
  features?: string[];
  /** The setting, as shown on hover. */
  setting: string;
}

export const configTriggers: readonly ConfigTrigger[] = [
  // The Xorg wrapper told to keep root rights: an X server on the console's VT and input devices (SRC.xorgWrap).
  { file: 'Xwrapper.config', line: /^\s*needs_root_rights\s*=\s*yes\b/m, facility: 'host-device', setting: 'needs_root_rights=yes' },
  // Squid's interception modes of http_port/https_port (SRC.squid).
  { file: 'squid.conf', line: /^\s*https?_port\s.*\sintercept(\s|$)/m, facility: 'interception-proxy', setting: 'http_port … intercept' },
  {
    file: 'squid.conf',
    line: /^\s*https?_port\s.*\stproxy(\s|$)/m,
    facility: 'interception-proxy',
    features: ['tproxy'],
    setting: 'http_port … tproxy',
  },
  // An fstab entry mounting the nfsd filesystem, the control interface of the host kernel's NFS server (SRC.nfsdFs);
  { file: 'fstab', line: /^\s*\S+\s+\S+\s+nfsd(\s|$)/m, facility: 'nfs-server', setting: 'nfsd … nfsd (fstab)' },
  // Podman/Buildah's overlay storage mounted through fuse-overlayfs (SRC.containersStorage): /dev/fuse at run time.
  {
    file: 'storage.conf',
    line: /^\s*mount_program\s*=\s*["']?[^"'\s]*fuse-overlayfs["']?\s*$/m,
    facility: 'fuse',
    setting: 'mount_program = fuse-overlayfs',
  },
  // The CRI plugin's runc told to use the systemd cgroup driver (SRC.containerdCgroupDriver): a node's containerd.
  {
    file: 'config.toml',
    line: /^\s*SystemdCgroup\s*=\s*true\b/m,
    facility: 'kubernetes-node',
    setting: 'SystemdCgroup = true',
  },
  // journald reading the kernel log, turned on or off (SRC.journaldReadKmsg): /dev/kmsg is the host kernel's.
  { file: 'journald.conf', line: /^\s*ReadKMsg\s*=/m, facility: 'kernel-log', setting: 'ReadKMsg=' },
  // dockerd's own settings in its configuration file (SRC.dockerDaemonJson): its storage (graph driver or containerd
  // snapshotter), bridge and iptables, for a dockerd run in this image. Not `experimental`, which images write there for a docker CLI that never reads it.
  {
    file: 'daemon.json',
    line: /"(data-root|graph|storage-driver|bip|default-address-pools|iptables|ip6tables|userns-remap|cgroup-parent|containerd-snapshotter)"\s*:/,
    facility: 'dind',
    setting: 'dockerd settings (data-root, storage-driver, bip, iptables …)',
  },
  // Nix's builder seccomp filter turned off (SRC.nixFilterSyscalls): done where the kernel refuses to load it.
  { file: 'nix.conf', line: /^\s*filter-syscalls\s*=\s*false\b/m, facility: 'nix-build-sandbox', setting: 'filter-syscalls = false' },
  // Firefox preferences about its sandbox (pref/user_pref/lockPref in a defaults/preferences/*.js, user.js or an
  // autoconfig .cfg file; SRC.firefoxUserNamespaces): the image runs Firefox, whose sandbox uses user namespaces.
  {
    file: /\.(js|cfg)$/,
    line: /^\s*(user_|lock|default|sticky_)?pref\(\s*["']security\.sandbox\./m,
    facility: 'firefox-sandbox',
    setting: 'pref("security.sandbox.…")',
  },
  // ALSA configuration whose PCM or control is a card's kernel driver (`slave.pcm "hw:2,0"`, `type hw`; SRC.alsaHwPcm).
  {
    file: /^(asound\.conf|\.asoundrc)$/,
    line: /(["'\s]|^)(plug)?hw:(\d|CARD=)|\btype\s+hw\b/m,
    facility: 'sound',
    setting: 'an ALSA hw device',
  },
  // Debian's chromium wrapper sources /etc/chromium.d/* for its flags (SRC.debianChromiumFlags): the sandbox turned off.
  {
    file: /^\/etc\/chromium\.d\/[^/]+$/,
    path: true,
    line: /(^|[\s"'=])--(no-sandbox|disable-setuid-sandbox)\b/,
    facility: 'browser-sandbox',
    setting: 'CHROMIUM_FLAGS with --no-sandbox',
  },
  // Puppeteer launch options (mermaid-cli's -p/--puppeteerConfigFile) that turn Chromium's sandbox off (SRC.mermaidSandbox).
  {
    file: /\.json$/,
    line: /"args"\s*:\s*\[[^\]]*["']--(no-sandbox|disable-setuid-sandbox)["']/,
    facility: 'browser-sandbox',
    setting: '"args": ["--no-sandbox"]',
  },
];

/**
 * Options that tell what a program is whatever its name (a program built in the image, named for its project): the
 * first row whose `args` matches some argument, unless `unless` matches one, gives the facility. Tried only when no
 * row of commandTriggers names the program, so they never make a name "known".
 */
export const anyProgramTriggers: readonly { args: RegExp; unless?: RegExp; facility: string }[] = [
  // DPDK EAL options only a DPDK application takes (SRC.dpdkEal): its memory comes from the host's hugepages
  // (hugetlbfs) and its PCI devices from VFIO or UIO. --no-huge runs it on ordinary memory: said less.
  {
    args: /^--(file-prefix|base-virtaddr|legacy-mem|socket-mem|socket-limit|single-file-segments|huge-dir|huge-unlink|match-allocations|create-uio-dev|vfio-intr)(=|$)/,
    unless: /^--no-huge$/,
    facility: 'dpdk',
  },
];

/** Paths whose use (as a command argument, VOLUME, COPY destination) means the facility. Prefix match unless `exact`. */
export interface PathTrigger {
  path: string;
  facility: string;
  exact?: boolean;
  /** A device family: the path is a name prefix (`/dev/ttyUSB` matches /dev/ttyUSB0). */
  family?: boolean;
  features?: string[];
}

export const pathTriggers: readonly PathTrigger[] = [
  { path: '/dev/net/tun', facility: 'tun', exact: true },
  { path: '/dev/kvm', facility: 'kvm', exact: true },
  { path: '/dev/fuse', facility: 'fuse', exact: true },
  { path: '/dev/loop', facility: 'loop' },
  { path: '/dev/mapper', facility: 'device-mapper' },
  { path: '/dev/zfs', facility: 'zfs', exact: true },
  { path: '/sys/kernel/debug', facility: 'bpf-tracing', features: ['debugfs'] },
  { path: '/sys/kernel/tracing', facility: 'bpf-tracing', features: ['ftrace'] },
  { path: '/sys/kernel/btf/vmlinux', facility: 'bpf-tracing', features: ['btf'] },
  { path: '/sys/fs/bpf', facility: 'bpf-tracing' },
  // Ubuntu's linux-tools-<release> put perf here; linking it out picks a kernel-version-specific binary.
  { path: '/usr/lib/linux-tools', facility: 'bpf-tracing', features: ['perf_events'] },
  { path: '/proc/sys/fs/binfmt_misc', facility: 'binfmt' },
  // IOI isolate's configuration file (cgroup root, box paths) as built from source and as packaged (SRC.isolate),
  // and the QingdaoU Judger sandbox its bindings run (SRC.qduJudger).
  { path: '/usr/local/etc/isolate', facility: 'sandbox', exact: true },
  { path: '/etc/isolate', facility: 'sandbox', exact: true },
  { path: '/usr/lib/judger/libjudger.so', facility: 'sandbox', exact: true },
  // Cilium's datapath sources, compiled by the agent and loaded into the host kernel (SRC.ciliumBpfDir).
  { path: '/var/lib/cilium/bpf', facility: 'cilium' },
  // The Instana agent's install folder (SRC.instanaAgent): an image that copies files there or runs from there is its host agent.
  { path: '/opt/instana/agent', facility: 'instana-host-agent' },
  // Not /etc/security/limits.conf or limits.d: Linux-PAM pam_limits(8) applies them only to a PAM session (login,
  // su, sshd), never to a container's processes, which get the runtime's limits — writing them is a look-alike
  // (test/recall/negatives.tsv, family limits-conf).
  // The filesystems the boot or `mount -a` mounts (SRC.fstab): mount(2) of the host kernel, in a container with CAP_SYS_ADMIN.
  { path: '/etc/fstab', facility: 'mount', exact: true },
  // systemd-binfmt's configuration (SRC.binfmtD): each line is registered in the host kernel's binfmt_misc.
  { path: '/etc/binfmt.d', facility: 'binfmt' },
  { path: '/usr/lib/binfmt.d', facility: 'binfmt' },
  // Firmware for the host kernel's drivers (SRC.firmwareLoader).
  { path: '/lib/firmware', facility: 'kernel-firmware' },
  // Apptainer's and Singularity's configuration (apptainer.conf, singularity.conf: "allow setuid", the user-namespace
  // and fakeroot settings), as packaged and as built from source under /usr/local (SRC.apptainerSettings).
  ...['/etc/apptainer', '/usr/local/etc/apptainer', '/etc/singularity', '/usr/local/etc/singularity'].map((path) => ({
    path,
    facility: 'apptainer',
  })),
  { path: '/usr/lib/firmware', facility: 'kernel-firmware' },
  // virtio-serial ports of a VM guest (SRC.qemuGa).
  { path: '/dev/vport', facility: 'host-device', family: true },
  { path: '/dev/virtio-ports', facility: 'host-device' },
  // bubblewrap's binary: its setuid bit decides whether it needs the host's unprivileged user namespaces (SRC.flatpakBwrap).
  { path: '/usr/bin/bwrap', facility: 'sandbox', exact: true },
  // redpwn/jail's runner and its nsjail cgroup root (SRC.redpwnJail).
  { path: '/jail/run', facility: 'sandbox', exact: true },
  { path: '/jail/cgroup', facility: 'sandbox' },
  // Chromium's setuid sandbox helper, Debian's chromium and Google Chrome (SRC.chromiumSandbox).
  { path: '/usr/lib/chromium/chrome-sandbox', facility: 'browser-sandbox', exact: true },
  { path: '/opt/google/chrome/chrome-sandbox', facility: 'browser-sandbox', exact: true },
  // FUSE's setuid mount helper (SRC.fuseZip).
  { path: '/usr/bin/fusermount', facility: 'fuse', exact: true },
  { path: '/usr/bin/fusermount3', facility: 'fuse', exact: true },
  // Loader files naming the NVIDIA driver's libraries, which come from the host driver (SRC.nvidiaVendorFiles).
  { path: '/usr/share/glvnd/egl_vendor.d/10_nvidia.json', facility: 'gpu', exact: true },
  { path: '/etc/vulkan/icd.d/nvidia_icd.json', facility: 'gpu', exact: true },
  { path: '/usr/share/vulkan/icd.d/nvidia_icd.json', facility: 'gpu', exact: true },
  { path: '/etc/OpenCL/vendors/nvidia.icd', facility: 'gpu', exact: true },
  // Arm Mali's OpenCL library named for the ICD loader: the host's libmali.so and /dev/mali0 (SRC.immichArmnn).
  { path: '/etc/OpenCL/vendors/mali.icd', facility: 'gpu', exact: true },
  // The host kernel's FIPS switch (SRC.kernelFips), more precise than the /proc/sys prefix below.
  { path: '/proc/sys/crypto/fips_enabled', facility: 'kernel-fips', exact: true },
  { path: '/etc/ld.so.conf.d/nvidia.conf', facility: 'gpu', exact: true },
  { path: '/etc/subuid', facility: 'rootless-containers', exact: true },
  { path: '/etc/subgid', facility: 'rootless-containers', exact: true },
  { path: '/usr/bin/newuidmap', facility: 'rootless-containers', exact: true },
  { path: '/usr/bin/newgidmap', facility: 'rootless-containers', exact: true },
  { path: '/var/lib/docker', facility: 'dind', exact: true },
  // containerd's root, its snapshots on overlay mounts (SRC.containerdRoot): a VOLUME there is for a containerd run here.
  { path: '/var/lib/containerd', facility: 'dind', exact: true },
  // buildkitd's state (snapshots on overlay mounts), declared VOLUME by moby/buildkit @ 73ed6825 Dockerfile.
  { path: '/var/lib/buildkit', facility: 'buildkit', exact: true },
  // Podman/Buildah's storage: graphroot and its configuration (SRC.containersStorageConf).
  { path: '/var/lib/containers', facility: 'rootless-containers' },
  { path: '/etc/containers/storage.conf', facility: 'rootless-containers', exact: true },
  { path: '/usr/share/containers/storage.conf', facility: 'rootless-containers', exact: true },
  // Their engine configuration: the namespaces, cgroup manager and devices of the containers they create (SRC.containersConf).
  { path: '/etc/containers/containers.conf', facility: 'rootless-containers', exact: true },
  { path: '/usr/share/containers/containers.conf', facility: 'rootless-containers', exact: true },
  // The id maps of the user namespace a process is in (SRC.userNamespacesMaps).
  // The process's LSM label (SRC.procAttrCurrent): /proc/self/attr/current, /proc/1/attr/current.
  { path: '/proc/self/attr', facility: 'lsm-label' },
  { path: '/proc/1/attr', facility: 'lsm-label' },
  // The OOM killer's adjustment of this process or of the container's first one (SRC.oomScoreAdj): lowering it needs
  // CAP_SYS_RESOURCE; oom_adj is its older scale.
  ...['/proc/self/oom_score_adj', '/proc/1/oom_score_adj', '/proc/self/oom_adj', '/proc/1/oom_adj'].map((path) => ({
    path,
    facility: 'oom-score-adj',
    exact: true,
  })),
  { path: '/proc/self/uid_map', facility: 'rootless-containers', exact: true },
  { path: '/proc/self/gid_map', facility: 'rootless-containers', exact: true },
  { path: '/var/lib/kubelet', facility: 'kubernetes-node', exact: true },
  // k3s' data directory (SRC.k3sDataDir): its containerd config, images and server state.
  { path: '/var/lib/rancher/k3s', facility: 'kubernetes-node' },
  { path: '/var/lib/rancher', facility: 'kubernetes-node', exact: true },
  // k3c's root (containerd's content and snapshots), a VOLUME in its release image (SRC.k3cDaemon).
  { path: '/var/lib/rancher/k3c', facility: 'dind' },
  { path: '/etc/fuse.conf', facility: 'fuse', exact: true },
  // fail2ban's jails ban through netfilter (SRC.fail2banNftables); nftables.conf and its includes are rulesets nft loads.
  { path: '/etc/fail2ban', facility: 'netfilter' },
  { path: '/etc/nftables.conf', facility: 'netfilter', exact: true },
  // ufw's framework files (SRC.ufwFramework): before/after.rules are iptables-restore input ufw loads on enable,
  // sysctl.conf the kernel network tunables it sets; ufw.conf and user rules say which rules it adds.
  { path: '/etc/ufw', facility: 'netfilter' },
  // The iptables/nftables programs copied in from another stage (calico's istio-cni image): they change the kernel's
  // netfilter tables (SRC.capabilities, packages.ts SRC.debianIptables).
  ...['/usr/sbin/xtables-nft-multi', '/usr/sbin/xtables-legacy-multi', '/usr/sbin/nft'].map((path) => ({
    path,
    facility: 'netfilter',
    exact: true,
  })),
  { path: '/etc/nftables.d', facility: 'netfilter' },
  // arping by its path (chmod u+s /usr/sbin/arping, setcap on it): it sends ARP through a packet socket (SRC.arping).
  { path: '/usr/sbin/arping', facility: 'packet-capture', exact: true },
  { path: '/usr/bin/arping', facility: 'packet-capture', exact: true },
  // qemu-bridge-helper's ACL (SRC.qemuBridgeHelper): a guest NIC on a host bridge is a tap from /dev/net/tun.
  { path: '/etc/qemu/bridge.conf', facility: 'tun', exact: true, features: ['bridge'] },
  { path: '/dev/ppp', facility: 'ppp', exact: true },
  { path: '/dev/nvidia', facility: 'gpu', family: true },
  // The host driver's volume nvidia-docker 1.0 mounts read-only (SRC.nvidiaDocker1): nvidia-smi and libcuda.so of the host driver.
  { path: '/usr/local/nvidia', facility: 'gpu' },
  // CUDA forward-compatibility libraries, usable only with a supported host kernel-mode driver (SRC.cudaCompat).
  { path: '/usr/local/cuda/compat', facility: 'gpu' },
  // The Jetson Linux (L4T) release the host's kernel and GPU drivers belong to; an image given a copy claims that release (SRC.l4tRelease).
  { path: '/etc/nv_tegra_release', facility: 'jetson-l4t', exact: true },
  { path: '/dev/dri', facility: 'gpu' },
  { path: '/dev/kfd', facility: 'gpu', exact: true },
  { path: '/dev/ttyUSB', facility: 'host-device', family: true },
  { path: '/dev/ttyS', facility: 'host-device', family: true },
  { path: '/dev/sd', facility: 'host-device', family: true },
  { path: '/dev/nvme', facility: 'host-device', family: true },
  { path: '/dev/mmcblk', facility: 'host-device', family: true },
  { path: '/dev/ipmi', facility: 'host-device', family: true },
  { path: '/dev/kmsg', facility: 'kernel-log', exact: true },
  // Weave Net's launch script in the weave-kube layout (SRC.weave).
  { path: '/home/weave/launch.sh', facility: 'weave', exact: true },
  // The router and the weave script in the weaver and weaveexec images (SRC.weaveImages).
  ...['/home/weave/weaver', '/home/weave/weave'].map((path) => ({ path, facility: 'weave', exact: true })),
  // The D-Bus policy of org.bluez: bluetoothd runs in the image (SRC.bluetooth).
  { path: '/etc/dbus-1/system.d/org.bluez.conf', facility: 'bluetooth', exact: true },
  // A routing table named in iproute2's table file: the policy routes and rules it serves are host kernel
  // state of the network namespace (SRC.rtTables).
  { path: '/etc/iproute2/rt_tables', facility: 'net-config', exact: true },
  { path: '/dev/rtc', facility: 'host-device', family: true },
  { path: '/dev/hidraw', facility: 'host-device', family: true },
  { path: '/opt/cni/bin', facility: 'cni' },
  { path: '/dev/dahdi', facility: 'dahdi' },
  { path: '/etc/cni/net.d', facility: 'cni' },
  // CNI's state directory: the host-local IPAM plugin keeps the addresses it allocated as files under
  // /var/lib/cni/networks/<network> (containernetworking/cni Documentation/host-local.md, "Files"); a node image such as
  // Rancher's (k3s inside, rancher/rancher package/Dockerfile) declares it a VOLUME beside /var/lib/kubelet.
  { path: '/var/lib/cni', facility: 'cni', exact: true },
  { path: '/dev/ttyACM', facility: 'host-device', family: true },
  { path: '/dev/ttyAMA', facility: 'host-device', family: true },
  { path: '/dev/bus/usb', facility: 'host-device' },
  { path: '/dev/snd', facility: 'sound' },
  { path: '/dev/video', facility: 'host-device', family: true },
  { path: '/dev/i2c-', facility: 'host-device', family: true },
  { path: '/dev/spidev', facility: 'host-device', family: true },
  { path: '/dev/gpiochip', facility: 'host-device', family: true },
  { path: '/dev/gpiomem', facility: 'host-device', exact: true },
  { path: '/dev/mem', facility: 'host-device', exact: true },
  { path: '/dev/uinput', facility: 'host-device', exact: true },
  // The i386 program interpreter (SRC.i386Loader): copied into an amd64 image, it runs 32-bit x86 programs.
  { path: '/lib/ld-linux.so.2', facility: 'ia32', exact: true },
  { path: '/dev/input', facility: 'host-device' },
  { path: '/dev/sgx_enclave', facility: 'host-device', exact: true },
  { path: '/dev/sgx', facility: 'host-device' },
  { path: '/dev/isgx', facility: 'sgx', exact: true },
  { path: '/dev/infiniband', facility: 'rdma' },
  { path: '/dev/ptp', facility: 'ptp', family: true },
  { path: '/etc/udev/rules.d', facility: 'host-device' },
  // A udevadm put in place by the image (a replacement that walks /sys for serial devices, or a stub): udev's tool (SRC.udevadm).
  ...['/bin/udevadm', '/sbin/udevadm', '/usr/bin/udevadm', '/usr/sbin/udevadm'].map((path) => ({ path, facility: 'udev', exact: true })),
  { path: '/sys/fs/selinux', facility: 'lsm-policy' },
  // The SELinux mode a machine booting this image starts in (SRC.selinuxConfig).
  { path: '/etc/selinux/config', facility: 'lsm-policy', exact: true },
  { path: '/sys/kernel/security/apparmor', facility: 'lsm-policy' },
  // FRR keeps its daemons and start scripts here (zebra, watchfrr, docker-start) and the list of daemons
  // to start in /etc/frr/daemons; zebra always starts (SRC.frr).
  { path: '/usr/lib/frr', facility: 'net-config' },
  { path: '/etc/frr/daemons', facility: 'net-config', exact: true },
  { path: '/dev/watchdog', facility: 'host-device', family: true },
  { path: '/dev/vchiq', facility: 'host-device', exact: true },
  { path: '/sys/class/gpio', facility: 'host-device' },
  { path: '/dev/hugepages', facility: 'dpdk' },
  { path: '/dev/vfio', facility: 'dpdk', features: ['vfio'] },
  { path: '/dev/tpm0', facility: 'host-device', exact: true },
  { path: '/dev/tpmrm0', facility: 'host-device', exact: true },
  { path: '/dev/vhost-net', facility: 'kvm', exact: true },
  { path: '/dev/vhost-vsock', facility: 'kvm', exact: true },
  // Kernel settings under /sys and /proc/sys (SRC.mobyProcSysRo, SRC.transhuge); /etc/sysfs.conf is applied at boot (SRC.sysfsConf).
  { path: '/sys/kernel/mm', facility: 'kernel-tunables' },
  { path: '/sys/block', facility: 'kernel-tunables' },
  { path: '/sys/devices/system/cpu', facility: 'kernel-tunables' },
  { path: '/sys/module', facility: 'kernel-tunables' },
  { path: '/proc/sys', facility: 'kernel-tunables' },
  { path: '/etc/sysfs.conf', facility: 'kernel-tunables', exact: true },
  { path: '/etc/sysfs.d', facility: 'kernel-tunables' },
  // tc's netem delay distribution tables (SRC.iprouteTc), linked where Alpine's tc looks for them.
  { path: '/usr/lib/tc', facility: 'traffic-control', exact: true },
];

/** Images (repository path without registry and tag) whose use means the facility; `tag` narrows to matching tags. */
export interface ImageTrigger {
  repository: string;
  facility: string;
  tag?: RegExp;
}

export const imageTriggers: readonly ImageTrigger[] = [
  { repository: 'docker', facility: 'dind', tag: /(^|-)dind(-|$)/ },
  { repository: 'library/docker', facility: 'dind', tag: /(^|-)dind(-|$)/ },
  { repository: 'jpetazzo/dind', facility: 'dind' },
  { repository: 'gitlab/dind', facility: 'dind' },
  { repository: 'cruizba/ubuntu-dind', facility: 'dind' },
  // tianon's Docker engine images start dockerd through dockerd-entrypoint.sh (SRC.tianonDind).
  { repository: 'infosiftr/moby', facility: 'dind' },
  // The Docker engine binaries (dockerd, containerd, runc) Moby's CI publishes (SRC.mobyBin): copied into an image to run DinD.
  { repository: 'moby/moby-bin', facility: 'dind' },
  { repository: 'tianon/docker-master', facility: 'dind', tag: /(^|-)dind(-|$)/ },
  { repository: 'multiarch/qemu-user-static', facility: 'binfmt' },
  // nsjail base images of CTF challenges: every connection runs in a new nsjail (SRC.redpwnJail, SRC.kctfChallenge,
  // SRC.ductfNsjail). `pwn.red/jail` is matched with its registry: its repository alone is the plain word `jail`.
  ...['redpwn/jail', 'pwn.red/jail', 'kctf-docker/challenge'].map((repository) => ({ repository, facility: 'sandbox' })),
  // '*/nsjail': any namespace's image named nsjail (downunderctf/nsjail).
  { repository: '*/nsjail', facility: 'sandbox' },
  // Judge0's base image: compilers and the Isolate sandbox every submission runs in (SRC.judge0Compilers).
  { repository: 'judge0/compilers', facility: 'sandbox' },
  // Judge0's own image (judge0/api before the 2020 rename), built on judge0/compilers: its server and workers run
  // submissions in Isolate, and its compose file runs both privileged (SRC.judge0Image).
  ...['judge0/judge0', 'judge0/api'].map((repository) => ({ repository, facility: 'sandbox' })),
  // 32-bit x86 builds of the official images (SRC.i386Images) and the older 32bit/ namespace: i386 userlands.
  ...['i386/*', '32bit/*'].map((repository) => ({ repository, facility: 'ia32' })),
  // Mininet images (SRC.mininet): hosts are network namespaces, switches Open vSwitch bridges.
  { repository: '*/mininet', facility: 'openvswitch' },
  { repository: 'tonistiigi/binfmt', facility: 'binfmt' },
  // Cilium's static bpftool image, copied into an image from a stage built on it (SRC.ciliumBpftoolImage).
  { repository: 'cilium/cilium-bpftool', facility: 'bpf-tracing' },
  { repository: 'falcosecurity/falco', facility: 'falco' },
  { repository: 'falcosecurity/falco-driver-loader', facility: 'falco' },
  // Falco without its driver loader: the driver must already be loaded in the host kernel (SRC.falcoNoDriver).
  { repository: 'falcosecurity/falco-no-driver', facility: 'falco' },
  { repository: 'podman/stable', facility: 'rootless-containers' },
  // The other tags of the Podman image (SRC.podmanImages) and the static Podman image, except its remote-client tag (SRC.podmanStatic).
  ...['podman/upstream', 'podman/testing', 'containers/podman'].map((repository) => ({ repository, facility: 'rootless-containers' })),
  { repository: 'mgoltzsche/podman', facility: 'rootless-containers', tag: /^(?!.*remote)/ },
  { repository: 'rancher/k3s', facility: 'kubernetes-node' },
  // Kubernetes' distroless base with iptables and the iptables-wrapper, for node agents that program the host's netfilter
  // (kube-proxy, node-local-dns; SRC.nodeLocalDns).
  { repository: 'build-image/distroless-iptables', facility: 'netfilter' },
  { repository: 'k8s-staging-build-image/distroless-iptables', facility: 'netfilter' },
  // Kernel RPMs and kmods per kernel (SRC.ublueAkmods), Talos' kernel package (SRC.siderolabsKernel).
  ...['ublue-os/akmods', 'ublue-os/akmods-extra', 'ublue-os/akmods-nvidia', 'ublue-os/akmods-nvidia-open', 'ublue-os/akmods-zfs'].map(
    (repository) => ({ repository, facility: 'prebuilt-kernel-modules' }),
  ),
  { repository: 'siderolabs/kernel', facility: 'prebuilt-kernel-modules' },
  // free5GC's network-function images and the -base build images free5gc-compose copies them from (SRC.free5gcImages).
  ...['free5gc/upf', 'free5gc/upf-base'].map((repository) => ({ repository, facility: 'gtp5g' })),
  ...['free5gc/amf', 'free5gc/amf-base', 'free5gc/n3iwf', 'free5gc/n3iwf-base'].map((repository) => ({ repository, facility: 'sctp' })),
  { repository: 'qemux/qemu', facility: 'kvm' },
  { repository: 'qemux/qemu-docker', facility: 'kvm' },
  { repository: 'dockurr/windows', facility: 'kvm' },
  // redroid's Android images boot Android's init as the container (SRC.redroid); Docker-Android's emulator images run
  // the Android Emulator with KVM (SRC.budtmoEmulator), under the current tags and the older -x86-<version> names.
  { repository: 'redroid/redroid', facility: 'android-binder' },
  { repository: 'budtmo/docker-android', facility: 'kvm', tag: /^emulator/ },
  { repository: 'budtmo/docker-android-x86-*', facility: 'kvm' },
  { repository: 'dockurr/macos', facility: 'kvm' },
  // kube-bench's image checks the node through the host PID namespace and the host's /etc and /var (SRC.kubeBenchRunning).
  { repository: 'aquasec/kube-bench', facility: 'kube-bench' },
  { repository: 'kindest/node', facility: 'kubernetes-node' },
  // Collabora Online's CODE image (SRC.aioContainers).
  { repository: 'collabora/code', facility: 'collabora-jails' },
  // Search engines whose images need the host's vm.max_map_count raised (SRC.opensearchSettings, SRC.elasticsearchDocker):
  // Docker Hub's official image and Elastic's own registry (docker.elastic.co/elasticsearch/elasticsearch).
  ...['elasticsearch', 'library/elasticsearch', 'elasticsearch/elasticsearch', 'opensearchproject/opensearch'].map((repository) => ({
    repository,
    facility: 'max-map-count',
  })),
  // minikube's node image for its docker driver, built on kind's base (SRC.kicbase).
  { repository: 'k8s-minikube/kicbase', facility: 'kubernetes-node' },
  { repository: 'nvidia/cuda', facility: 'gpu' },
  // NVIDIA's OpenGL (libglvnd), CUDA+OpenGL and Vulkan base images: graphics user space that names the host driver's
  // libGLX_nvidia/libEGL_nvidia, injected by the NVIDIA runtime (SRC.nvidiaGraphicsImages).
  ...['nvidia/opengl', 'nvidia/cudagl', 'nvidia/vulkan'].map((repository) => ({ repository, facility: 'gpu' })),
  { repository: 'rocm/dev-ubuntu-22.04', facility: 'gpu' },
  // ROCm's vLLM development base, built on rocm/dev-ubuntu-22.04 (SRC.rocmVllmDev).
  { repository: 'rocm/vllm-dev', facility: 'gpu' },
  // AMD's prebuilt vLLM image, run with /dev/kfd and /dev/dri on the host's amdgpu driver (SRC.rocmVllm).
  { repository: 'rocm/vllm', facility: 'gpu' },
  // Intel's oneAPI images that carry the Level Zero/OpenCL GPU runtime (SRC.intelGpuRuntime).
  { repository: 'intel/deep-learning-essentials', facility: 'gpu' },
  // PyTorch/XLA's images for Cloud TPU VMs (…/tpu-pytorch-releases/docker/xla:*_tpuvm_*): libtpu on the TPU VM's driver (SRC.cloudTpu).
  { repository: 'tpu-pytorch-releases/docker/xla', facility: 'tpu', tag: /(^|_)tpuvm(_|$)/ },
  { repository: 'buildah/stable', facility: 'rootless-containers' },
  // FRR's image starts watchfrr, zebra and staticd (SRC.frr).
  { repository: 'frrouting/frr', facility: 'net-config' },
  // osixia/keepalived runs keepalived: ip_vs on the host, NET_ADMIN and the host network (SRC.osixiaKeepalived).
  { repository: 'osixia/keepalived', facility: 'keepalived' },
  { repository: 'sysdig/sysdig', facility: 'sysdig' },
  { repository: 'moby/buildkit', facility: 'buildkit' },
  // ghcr.io/dockur/windows is the same image as dockurr/windows (SRC.dockurGhcr).
  { repository: 'dockur/windows', facility: 'kvm' },
  { repository: 'actions-runner-controller/actions-runner-controller/actions-runner-dind', facility: 'dind' },
  // The same runner images under their Docker Hub names: dockerd starts with the container (SRC.arcDindDockerHub).
  ...['summerwind/actions-runner-dind', 'summerwind/actions-runner-dind-rootless'].map((repository) => ({ repository, facility: 'dind' })),
  // myoung34's runner images carry Docker Engine; the entrypoint starts it when START_DOCKER_SERVICE=true (SRC.myoung34Runner).
  ...['myoung34/github-runner', 'myoung34/github-runner-base'].map((repository) => ({ repository, facility: 'dind' })),
  // Drone's Docker plugin is docker:dind plus drone-docker, which starts dockerd; its windows-* tags are Windows images (SRC.droneDocker).
  { repository: 'plugins/docker', facility: 'dind', tag: /^(?!.*windows)/ },
  // Nestybox system containers with Docker inside: systemd starts dockerd, under the Sysbox runtime (SRC.nestyboxDocker).
  ...[
    'ubuntu-bionic',
    'ubuntu-focal',
    'ubuntu-impish',
    'ubuntu-jammy',
    'ubuntu-noble',
    'almalinux-8',
    'rockylinux-8',
    'centos-stream-8',
    'archlinux',
    'manjarolinux',
  ].map((distro) => ({ repository: `nestybox/${distro}-systemd-docker`, facility: 'dind' })),
  // Their images with the Docker engine and no systemd, for dockerd run inside a system container (nestybox/dockerfiles
  // @ c05538c1 alpine-docker/Dockerfile `apk add docker`, ubuntu-*-docker/Dockerfile docker-ce; syscont-with-inner-img
  // starts dockerd on alpine-docker to pre-pull images).
  ...['alpine', 'ubuntu-bionic', 'ubuntu-focal', 'ubuntu-jammy', 'ubuntu-noble', 'debian-stretch'].map((distro) => ({
    repository: `nestybox/${distro}-docker`,
    facility: 'dind',
  })),
  // Their images whose start runs dockerd without systemd: supervisord as init, or a patched runner entrypoint
  // (SRC.nestyboxSupervisordDocker).
  ...['alpine-supervisord-docker', 'gitlab-runner-docker'].map((name) => ({ repository: `nestybox/${name}`, facility: 'dind' })),
  { repository: 'google/cadvisor', facility: 'cadvisor' },
  { repository: 'cadvisor/cadvisor', facility: 'cadvisor' },
  { repository: 'prom/node-exporter', facility: 'host-metrics' },
  { repository: 'prometheus/node-exporter', facility: 'host-metrics' },
  // Host monitoring agents whose image starts the agent (SRC.netdataDocker, SRC.datadogAgentDocker, SRC.glancesDocker).
  ...['netdata/netdata', 'datadog/agent', 'gcr.io/datadoghq/agent', 'nicolargo/glances'].map((repository) => ({
    repository,
    facility: 'host-agent',
  })),
  // CUDA builds of the ML frameworks (SRC.tensorflowGpu, SRC.pytorchCuda): user-space CUDA that needs the host's NVIDIA driver.
  { repository: 'tensorflow/tensorflow', facility: 'gpu', tag: /(^|-)gpu(-|$)/ },
  { repository: 'pytorch/pytorch', facility: 'gpu', tag: /(^|-)cuda[0-9]/ },
  // AMD's ROCm images: user-space ROCm on the host's amdgpu kernel driver through /dev/kfd and /dev/dri (SRC.rocm).
  ...['rocm/pytorch', 'rocm/tensorflow', 'rocm/rocm-terminal', 'rocm/dev-ubuntu-20.04', 'rocm/dev-ubuntu-24.04'].map((repository) => ({
    repository,
    facility: 'gpu',
  })),
  // Ollama's AMD build is the rocm tag (SRC.ollamaRocm).
  { repository: 'ollama/ollama', facility: 'gpu', tag: /(^|-)rocm(-|$)/ },
  // NVIDIA's L4T images (nvcr.io/nvidia/l4t-base, l4t-pytorch, l4t-ml, …) and the jetson-containers images
  // tagged by L4T release (dustynv/jetson-inference:r32.6.1, dustynv/ros:foxy-ros-base-l4t-r32.6.1) (SRC.jetsonL4t).
  { repository: 'nvidia/l4t-*', facility: 'jetson-l4t' },
  { repository: 'nvidiajetson/l4t-*', facility: 'jetson-l4t' },
  { repository: 'dustynv/*', facility: 'jetson-l4t', tag: /(^|-)(l4t-)?r3[2-9]\.[0-9]/ },
  // wg-easy's Web UI brings wg0 up with wg-quick at start: the host's WireGuard driver, or /dev/net/tun for its wireguard-go fallback (SRC.wgEasy).
  ...['weejewel/wg-easy', 'wg-easy/wg-easy'].map((repository) => ({ repository, facility: 'netlink-link' })),
  // LinuxServer's WireGuard image loads (or builds) the wireguard module of the host at start (SRC.lsioWireguard).
  { repository: 'linuxserver/wireguard', facility: 'netlink-link' },
  // Pro Custodibus's WireGuard image starts wg-quick under OpenRC for the configs in /etc/wireguard (SRC.procustodibusWireguard).
  { repository: 'procustodibus/wireguard', facility: 'netlink-link' },
  // hotio's base for its app images: with VPN_ENABLED=true it creates a WireGuard interface (the host's wireguard
  // driver) and nftables rules, and needs NET_ADMIN (SRC.hotioVpnBase). Only the vpn tags carry it.
  { repository: 'hotio/base', facility: 'netlink-link', tag: /vpn/ },
  ...['cilium/cilium', 'cilium/cilium-dev'].map((repository) => ({ repository, facility: 'cilium' })),
  // The base the cilium agent image is built on (SRC.ciliumRuntime).
  { repository: 'cilium/cilium-runtime', facility: 'cilium' },
  { repository: 'calico/node', facility: 'calico' },
  // DeepStream's Jetson image (SRC.deepstreamL4t).
  { repository: 'nvidia/deepstream-l4t', facility: 'jetson-l4t' },
  // DeepStream's dGPU image, also its multiarch tags (SRC.deepstreamDgpu): the GPU is the host driver's.
  { repository: 'nvidia/deepstream', facility: 'gpu' },
  // Intel Gaudi images (vault.habana.ai/gaudi-docker/<version>/<os>/habanalabs/<framework>): the SynapseAI runtime on
  // the host's habanalabs driver, reached through habana-container-runtime (SRC.habana).
  { repository: 'gaudi-docker/*', facility: 'host-device' },
  // NGC's PyTorch image (nvcr.io/nvidia/pytorch): CUDA user space; each release names the host driver it needs (SRC.ngcPytorch).
  { repository: 'nvidia/pytorch', facility: 'gpu' },
  // NGC's other framework images: CUDA user space; each release names the host driver it needs (SRC.ngcFrameworks).
  ...['nvidia/tensorflow', 'nvidia/mxnet', 'nvidia/jax'].map((repository) => ({ repository, facility: 'gpu' })),
  // NGC's TensorRT image (nvcr.io/nvidia/tensorrt): CUDA user space; each release names the host driver it needs (SRC.ngcTensorrt).
  { repository: 'nvidia/tensorrt', facility: 'gpu' },
  // NGC's Triton Inference Server (nvcr.io/nvidia/tritonserver:<yy.mm>-py3 and its -trtllm/-vllm-python builds): CUDA
  // user space for the host driver (SRC.ngcTriton). The -py3-sdk (clients) and -py3-min tags are left out.
  { repository: 'nvidia/tritonserver', facility: 'gpu', tag: /^\d{2}\.\d{2}(-(trtllm|vllm)-python)?-py3$/ },
  // AWS Neuron deep learning containers (public.ecr.aws/neuron/…, and the same names in the DLC account registries):
  // the Neuron runtime in the image needs the host's Neuron driver and its /dev/neuron* devices (SRC.neuronContainers).
  ...['pytorch-inference-neuronx', 'pytorch-training-neuronx', 'pytorch-inference-neuron', 'tensorflow-inference-neuron'].flatMap((name) =>
    [`neuron/${name}`, name].map((repository) => ({ repository, facility: 'host-device' })),
  ),
  // The same DLCs under the framework's plain name, the Neuron SDK said by the tag (`pytorch-training:2.1.0-neuronx-py310`).
  ...['neuron/pytorch-training', 'neuron/pytorch-inference'].map((repository) => ({
    repository,
    facility: 'host-device',
    tag: /(^|-)neuronx?-/,
  })),
  // NVIDIA Holoscan's discrete-GPU image (SRC.ngcHoloscan); the -igpu tags run on an IGX/Jetson integrated GPU, left out.
  { repository: 'nvidia/clara-holoscan/holoscan', facility: 'gpu', tag: /-dgpu$/ },
  ...['weaveworks/weave-kube', 'weaveworks/weave'].map((repository) => ({ repository, facility: 'weave' })),
  { repository: 'cloudnativelabs/kube-router', facility: 'ipvs' },
  // ghcr.io/kube-vip/kube-vip(-iptables), docker.io/plndr/kube-vip and quay.io/metallb/speaker start the announcer (SRC.kubeVip, SRC.metallbSpeaker).
  ...['kube-vip/kube-vip', 'kube-vip/kube-vip-iptables', 'plndr/kube-vip', 'metallb/speaker'].map((repository) => ({
    repository,
    facility: 'service-vip',
  })),
  // Service-mesh images whose command writes the pods' traffic redirection or runs in their network namespaces
  // (SRC.linkerdProxyInit, SRC.kumaTransparentProxy, SRC.istioZtunnel); istio/install-cni installs Istio's CNI plugin (SRC.cni).
  ...['linkerd/proxy-init', 'kumahq/kuma-init'].map((repository) => ({ repository, facility: 'netfilter' })),
  { repository: 'istio/ztunnel', facility: 'interception-proxy' },
  { repository: 'istio/install-cni', facility: 'cni' },
  // node-problem-detector's image starts its kernel monitor on /dev/kmsg (SRC.kmsg).
  ...['node-problem-detector/node-problem-detector', 'node-problem-detector', 'google_containers/node-problem-detector'].map(
    (repository) => ({ repository, facility: 'kernel-log' }),
  ),
];

/** Installed packages (any family) that mean the facility; hover only unless the target lacks the kernel part. */
export const packageTriggers: Readonly<Record<string, string>> = {
  // dmidecode reads the host firmware's DMI table through /sys/firmware (SRC.dmidecode).
  dmidecode: 'dmi-tables',
  // Istio's VM sidecar package: its istio-start.sh runs `pilot-agent istio-iptables` before Envoy (istio/istio @ 86c9f01f
  // tools/packaging/packaging.mk, package istio-sidecar with istio-start.sh; SRC.istioIptables).
  'istio-sidecar': 'netfilter',
  openvpn: 'tun',
  // The sshuttle client and Intel's AESM service package, installed to run at start (SRC.sshuttle, SRC.sgxAesmDocker).
  sshuttle: 'netfilter',
  'sgx-aesm-service': 'sgx',
  // The OCI runtime, installed for a Buildah or Podman inside the image (containers/buildah @ 5b1b18ee contrib/docker/Dockerfile;
  // SRC.podmanInContainer): it creates namespaces and cgroups in the host kernel.
  runc: 'rootless-containers',
  tailscale: 'tun',
  'zerotier-one': 'tun',
  'wireguard-go': 'tun',
  openconnect: 'tun',
  vpnc: 'tun',
  ocserv: 'tun',
  chrony: 'system-clock',
  ntp: 'system-clock',
  ntpsec: 'system-clock',
  openntpd: 'system-clock',
  ntpdate: 'system-clock',
  'glusterfs-server': 'glusterfs',
  'glusterfs-client': 'fuse',
  'glusterfs-fuse': 'fuse',
  bubblewrap: 'sandbox',
  firejail: 'sandbox',
  nsjail: 'sandbox',
  // systemd-nspawn (SRC.nspawn); osbuild runs every stage under bubblewrap (SRC.osbuild).
  'systemd-container': 'sandbox',
  osbuild: 'sandbox',
  // IOI isolate as packaged by its authors (www.ucw.cz/isolate/debian; SRC.isolate, debian/rules).
  isolate: 'sandbox',
  // Debian's 32-bit C library for amd64 (packages.debian.org bookworm libc6-i386, "GNU C Library: 32-bit shared
  // libraries for AMD64", and libc6-dev-i386, its 32-bit development files): i386 programs, run through IA-32 emulation (SRC.ia32).
  'libc6-i386': 'ia32',
  'libc6-dev-i386': 'ia32',
  ser2net: 'host-device',
  pptpd: 'ppp',
  // DHCPv4 server packages, installed to be started (SRC.dhcpServerLpf): Debian/Ubuntu isc-dhcp-server and kea-dhcp4-server,
  // ISC's own Kea repositories isc-kea-dhcp4-server (deb/rpm) and isc-kea-dhcp4 (Alpine).
  'isc-dhcp-server': 'dhcp-server',
  'kea-dhcp4-server': 'dhcp-server',
  'isc-kea-dhcp4-server': 'dhcp-server',
  'isc-kea-dhcp4': 'dhcp-server',
  // debootstrap's second stage mounts proc and sysfs in the new root, and live-build runs debootstrap (SRC.debootstrap).
  debootstrap: 'mount',
  'live-build': 'mount',
  // The image builders whose use the command rows above explain (SRC.mkosi, SRC.kiwiRootBind).
  mkosi: 'sandbox',
  'python3-kiwi': 'mount',
  'arch-install-scripts': 'mount',
  schroot: 'mount',
  // GPU video acceleration (SRC.vaapi) and compute runtimes: user-space drivers over the host's /dev/dri.
  'mesa-va-drivers': 'gpu',
  'mesa-vdpau-drivers': 'gpu',
  'i965-va-driver': 'gpu',
  'intel-media-va-driver': 'gpu',
  'intel-media-va-driver-non-free': 'gpu',
  'va-driver-all': 'gpu',
  'intel-opencl-icd': 'gpu',
  'intel-opencl-icd-legacy1': 'gpu', // SRC.computeRuntimeLegacy
  // FFmpeg for Jellyfin, installed for its GPU transcoding: it ships Intel's VA-API driver (SRC.jellyfinFfmpeg).
  ...Object.fromEntries(['jellyfin-ffmpeg', 'jellyfin-ffmpeg5', 'jellyfin-ffmpeg6', 'jellyfin-ffmpeg7'].map((n) => [n, 'gpu'])),
  // Mesa's OpenCL runtime on the kernel DRM drivers (SRC.mesaOpencl); FFmpeg's NVENC/NVDEC headers, whose
  // encoder loads the host driver's libraries (SRC.nvCodecHeaders).
  'mesa-opencl-icd': 'gpu',
  'libffmpeg-nvenc-dev': 'gpu',
  'ffnvcodec-headers': 'gpu',
  'intel-level-zero-gpu': 'gpu',
  // The same compute runtime under its newer Ubuntu/PPA and Fedora/EPEL names (SRC.intelGpuRuntime).
  'libze-intel-gpu1': 'gpu',
  'intel-compute-runtime': 'gpu',
  // Alpine's names for the same VA-API drivers (SRC.alpineVaapi).
  'intel-media-driver': 'gpu',
  'libva-intel-driver': 'gpu',
  'mesa-va-gallium': 'gpu',
  // Desktop and game-streaming images (sample 35): X.Org input drivers on the kernel's evdev devices (SRC.xorgInput), X.Org
  // display drivers and Mesa's Vulkan/VA-API drivers on the kernel DRM drivers (SRC.xorgVideo, SRC.mesaVulkan), gamescope
  // (SRC.gamescope), VirtualGL's EGL back end (SRC.selkiesGpu), Sunshine's uinput gamepads and KMS capture (SRC.sunshine).
  'xserver-xorg-input-evdev': 'host-device',
  'xserver-xorg-input-libinput': 'host-device',
  'xserver-xorg-input-all': 'host-device',
  'xf86-input-evdev': 'host-device',
  'xf86-input-libinput': 'host-device',
  'xserver-xorg-video-all': 'gpu',
  xorg: 'gpu',
  'xserver-xorg': 'gpu',
  'xserver-xorg-video-amdgpu': 'gpu',
  'xserver-xorg-video-ati': 'gpu',
  'xserver-xorg-video-intel': 'gpu',
  'xserver-xorg-video-nouveau': 'gpu',
  'mesa-vulkan-drivers': 'gpu',
  'gstreamer1.0-vaapi': 'gpu',
  'i965-va-driver-shaders': 'gpu',
  'libva-mesa-driver': 'gpu',
  // libva's DRM back end opens the host GPU driver's render node (SRC.libvaDrm).
  'libva-drm2': 'gpu',
  gamescope: 'gpu',
  virtualgl: 'gpu',
  // virglrenderer's vtest server, x11docker's GPU path for containers (SRC.virglServer).
  'virgl-server': 'gpu',
  sunshine: 'host-device',
  // ZoneMinder's capture daemon reads local cameras from /dev/video* (SRC.zoneminder).
  zoneminder: 'host-device',
  'sunshine-bin': 'host-device',
  // Flatpak sandboxes every app with bubblewrap (SRC.flatpakBwrap); Steam runs games in pressure-vessel's bwrap
  // containers (SRC.pressureVessel): Debian's steam-installer, Arch's and Fedora's (RPM Fusion) steam.
  flatpak: 'sandbox',
  // snapd, the daemon the snap command asks (SRC.snapd).
  snapd: 'snapd',
  'steam-installer': 'sandbox',
  steam: 'sandbox',
  // SteamOS' Steam client package (Valve's jupiter repository), as linuxserver/docker-steamos @ 6b04c4bb installs it.
  'steam-jupiter-stable': 'sandbox',
  // The udev daemon and udevadm (SRC.udevPackage): they act on the host kernel's device events.
  udev: 'udev',
  // eudev, the fork of systemd's udev Alpine ships as its udev (SRC.eudev).
  eudev: 'udev',
  // Apache's Cassandra package sets vm.max_map_count in /etc/sysctl.d and memlock in its init script (SRC.cassandraPackage):
  // neither reaches the kernel from an image; the host sets the sysctl and the runtime the limits.
  cassandra: 'resource-limits',
  // The NVIDIA driver's user-space half and its DKMS kernel module (SRC.nvidiaDriverPackages): the
  // libraries must match the nvidia.ko the host runs; Ubuntu's branch-numbered names are in packagePatternTriggers.
  'nvidia-driver': 'gpu',
  'nvidia-kernel-dkms': 'gpu',
  // The CUDA repositories' meta package for the driver (SRC.cudaDrivers): it depends on nvidia-driver.
  'cuda-drivers': 'gpu',
  // The node agents' packages (SRC.kubeletPackages; kubelet's own row is below): kube-proxy and the node bundle program
  // the host kernel where they run.
  'kube-proxy': 'kubernetes-node',
  'kubernetes-node': 'kubernetes-node',
  // Intel's GPU debugging and monitoring tools (intel_gpu_top and friends) talk to the host's i915 DRM driver (SRC.intelGpuTools).
  'intel-gpu-tools': 'gpu',
  // The Ceph file system's FUSE client (SRC.cephFuse).
  'ceph-fuse': 'fuse',
  // AWS Neuron's runtime library and tools open the Inferentia/Trainium devices (/dev/neuron*) the host's aws-neuronx-dkms driver creates (SRC.neuronContainers).
  'aws-neuronx-runtime-lib': 'host-device',
  'aws-neuronx-tools': 'host-device',
  // Raspberry Pi OS's Hailo NPU bundle: HailoRT drives the accelerator through the host's hailo_pci driver (SRC.hailoAll).
  'hailo-all': 'host-device',
  // The Samba AD DC stores NT ACLs in security.NTACL (SRC.sambaNtacl); plain `samba` file serving does not need it.
  'samba-ad-dc': 'security-xattrs',
  // Intel's NPU user-mode driver runs on the host's intel_vpu driver through /dev/accel (SRC.npu).
  'intel-level-zero-npu': 'host-device',
  bluez: 'bluetooth',
  // BlueZ headers: a build against them (CPython's socket module, SRC.cpythonBluetooth) opens AF_BLUETOOTH sockets of the host kernel.
  'bluez-dev': 'bluetooth',
  'libbluetooth-dev': 'bluetooth',
  'rtl-sdr': 'host-device',
  librtlsdr0: 'host-device',
  'librtlsdr-dev': 'host-device',
  'v4l-utils': 'host-device',
  // Firmware flashers for micro-controllers on a serial port or USB (SRC.serialFlash); iPhone/iPad USB tethering (SRC.usbmuxd).
  avrdude: 'host-device',
  stm32flash: 'host-device',
  'dfu-util': 'host-device',
  usbmuxd: 'host-device',
  // RPi.GPIO from the distribution (SRC.rpiGpioPackages): it maps the GPIO registers through /dev/gpiomem or /dev/mem (SRC.gpio).
  'python3-rpi.gpio': 'host-device',
  'python-rpi.gpio': 'host-device',
  'rpi.gpio-common': 'host-device',
  'py3-rpigpio': 'host-device',
  'libnetfilter-queue1': 'netfilter',
  'libnetfilter-queue-dev': 'netfilter',
  // The same library under Fedora/RHEL/EPEL and Alpine names (SRC.libnetfilterQueue): NFQUEUE is the host kernel's.
  libnetfilter_queue: 'netfilter',
  'libnetfilter_queue-devel': 'netfilter',
  'libnetfilter_queue-dev': 'netfilter',
  frr: 'net-config',
  quagga: 'net-config',
  bird: 'net-config',
  bird2: 'net-config',
  'qemu-kvm': 'kvm',
  'qemu-system-x86': 'kvm',
  'qemu-system-arm': 'kvm',
  'qemu-system-x86_64': 'kvm',
  'qemu-system-aarch64': 'kvm',
  // libguestfs boots its appliance VM under QEMU, with KVM when /dev/kvm is there (kernelPackages.ts applianceKernelPackages).
  libguestfs: 'kvm',
  'libguestfs-tools': 'kvm',
  'guestfs-tools': 'kvm',
  'libvirt-daemon-system': 'libvirt',
  'libvirt-daemon': 'libvirt',
  libvirt: 'libvirt',
  'libvirt-daemon-kvm': 'libvirt',
  fuse: 'fuse',
  fuse3: 'fuse',
  // Headers to build a FUSE filesystem (s3fs from source): the result mounts through /dev/fuse.
  // Debian 12: libfuse-dev 2.9.9-6 (src:fuse), libfuse3-dev 3.14.0-4 (src:fuse3); Alpine: the -dev
  // subpackages of alpinelinux/aports main/fuse @ cab094ae and main/fuse3 @ 165ba7ee.
  'libfuse-dev': 'fuse',
  'libfuse3-dev': 'fuse',
  'fuse-dev': 'fuse',
  'fuse3-dev': 'fuse',
  sshfs: 'fuse',
  'fuse-sshfs': 'fuse',
  // Cloud Storage FUSE from Google's apt/yum repository (SRC.gcsfuse).
  gcsfuse: 'fuse',
  s3fs: 'fuse',
  's3fs-fuse': 'fuse',
  'fuse-overlayfs': 'fuse',
  gocryptfs: 'fuse',
  mergerfs: 'fuse',
  bindfs: 'fuse',
  // ZIP archives and ISO images mounted through FUSE (SRC.fuseZip).
  'fuse-zip': 'fuse',
  fuseiso: 'fuse',
  // WebDAV mounted as a filesystem through FUSE (SRC.davfs2).
  davfs2: 'fuse',
  // Chromium's setuid sandbox helper (SRC.chromiumSandboxPackage), for hosts without unprivileged user namespaces.
  'chromium-sandbox': 'browser-sandbox',
  // Mailu's base image preloads it where the host kernel allows (SRC.hardenedMalloc).
  'hardened-malloc': 'hardened-malloc',
  cryptsetup: 'device-mapper',
  'cryptsetup-bin': 'device-mapper',
  lvm2: 'device-mapper',
  dmsetup: 'device-mapper',
  kpartx: 'device-mapper',
  'multipath-tools': 'device-mapper',
  ipvsadm: 'ipvs',
  keepalived: 'keepalived',
  'nfs-kernel-server': 'nfs-server',
  // Debian's virtual package for nfs-kernel-server (SRC.nfsServerVirtual).
  'nfs-server': 'nfs-server',
  'open-iscsi': 'iscsi',
  'iscsi-initiator-utils': 'iscsi',
  'targetcli-fb': 'iscsi',
  'iscsi-scst': 'iscsi',
  targetcli: 'iscsi',
  'zfsutils-linux': 'zfs',
  zfs: 'zfs',
  'drbd-utils': 'drbd',
  'lksctp-tools': 'sctp',
  libsctp1: 'sctp',
  'libsctp-dev': 'sctp',
  'lksctp-tools-devel': 'sctp',
  'lksctp-tools-dev': 'sctp',
  // libgtpnl's gtp-link and gtp-tunnel (SRC.gtpKernel); UHD's USRP tools (SRC.uhdUsb).
  'libgtpnl-tools': 'gtp',
  'uhd-host': 'host-device',
  'can-utils': 'can',
  'qemu-user-static': 'binfmt',
  'qemu-user-binfmt': 'binfmt',
  'binfmt-support': 'binfmt',
  'qemu-user-static-binfmt': 'binfmt',
  'qemu-openrc': 'binfmt',
  bpftrace: 'bpf-tracing',
  bpftool: 'bpf-tracing',
  'trace-cmd': 'bpf-tracing',
  'linux-perf': 'bpf-tracing',
  perf: 'bpf-tracing',
  'linux-tools-common': 'bpf-tracing',
  'linux-tools-generic': 'bpf-tracing',
  'bpfcc-tools': 'bcc',
  'bcc-tools': 'bcc',
  // Alpine: subpackages of community/bcc (alpinelinux/aports @ f3f159a4 community/bcc/APKBUILD).
  'bcc-dev': 'bcc',
  'py3-bcc': 'bcc',
  'python3-bpfcc': 'bcc',
  bcc: 'bcc',
  // Debian/Ubuntu: the library halves of source package bpfcc (Debian package data: libbpfcc-dev "Source: bpfcc",
  // "shared library for BPF Compiler Collection (BCC)"), which programs linked against BCC load at run time.
  libbpfcc: 'bcc',
  'libbpfcc-dev': 'bcc',
  falco: 'falco',
  'liburing-dev': 'io_uring',
  'liburing-devel': 'io_uring',
  liburing2: 'io_uring',
  liburing: 'io_uring',
  podman: 'rootless-containers',
  buildah: 'rootless-containers',
  uidmap: 'rootless-containers',
  'shadow-uidmap': 'rootless-containers',
  strongswan: 'ipsec',
  // Openswan, the IKE daemon Libreswan was forked from (Ubuntu ≤ 14.04): the same kernel XFRM/KLIPS IPsec.
  openswan: 'ipsec',
  // tinc opens the tun/tap device (SRC.tinc); Alpine packages the 1.1 branch as tinc-pre.
  tinc: 'tun',
  'tinc-pre': 'tun',
  targetd: 'iscsi',
  libreswan: 'ipsec',
  'strongswan-charon': 'ipsec',
  'strongswan-swanctl': 'ipsec',
  ppp: 'ppp',
  xl2tpd: 'ppp',
  pppoe: 'ppp',
  'rp-pppoe': 'ppp',
  openfortivpn: 'ppp',
  'sstp-client': 'ppp',
  'pptp-linux': 'ppp',
  // Alpine's name for the PPTP client (SRC.pptpclient).
  pptpclient: 'ppp',
  // The PC/SC daemon opens the USB smart-card reader or token (SRC.pcscd).
  pcscd: 'host-device',
  shorewall: 'netfilter',
  // Netfilter's userspace logging daemon (SRC.ulogd): Alpine names the package ulogd, Debian ulogd2.
  ulogd: 'netfilter',
  ulogd2: 'netfilter',
  virtualbox: 'virtualbox',
  cheese: 'host-device',
  'openvswitch-switch': 'openvswitch',
  openvswitch: 'openvswitch',
  'openvswitch3.3': 'openvswitch',
  lxc: 'rootless-containers',
  lxd: 'rootless-containers',
  incus: 'rootless-containers',
  iptables: 'netfilter',
  ip6tables: 'netfilter',
  'iptables-legacy': 'netfilter',
  'iptables-nft': 'netfilter',
  'iptables-services': 'netfilter',
  nftables: 'netfilter',
  ipset: 'netfilter',
  ebtables: 'netfilter',
  arptables: 'netfilter',
  conntrack: 'netfilter',
  'conntrack-tools': 'netfilter',
  ufw: 'netfilter',
  firewalld: 'netfilter',
  fail2ban: 'netfilter',
  // CrowdSec's firewall remediation (SRC.crowdsecBouncer).
  'crowdsec-firewall-bouncer': 'netfilter',
  'crowdsec-firewall-bouncer-iptables': 'netfilter',
  'crowdsec-firewall-bouncer-nftables': 'netfilter',
  'wireguard-tools': 'netlink-link',
  wireguard: 'netlink-link',
  // Raspberry Pi OS: vcgencmd and friends, which talk to the firmware through the host's /dev/vchiq.
  'libraspberrypi-bin': 'host-device',
  // ALSA utilities, the JACK server, PulseAudio's ALSA modules (Alpine pulseaudio-alsa): they open the card.
  'alsa-utils': 'sound',
  jackd: 'sound',
  jackd1: 'sound',
  jackd2: 'sound',
  'pulseaudio-alsa': 'sound',
  // The audit daemon and auditctl: Debian auditd, Alpine/Fedora/RHEL audit.
  auditd: 'audit',
  audit: 'audit',
  linuxptp: 'ptp',
  ptpd: 'system-clock',
  // RDMA user space (SRC.rdmaCore; RHEL 7 libibverbs-utils, librdmacm-utils and the rdma service package).
  'rdma-core': 'rdma',
  'ibverbs-utils': 'rdma',
  'libibverbs-utils': 'rdma',
  'rdmacm-utils': 'rdma',
  'librdmacm-utils': 'rdma',
  'infiniband-diags': 'rdma',
  perftest: 'rdma',
  rdma: 'rdma',
  opensm: 'rdma',
  wine32: 'ia32',
  'wine32-development': 'ia32',
  // amd64 packages of i386 libraries (SRC.lib32): installed for 32-bit programs such as SteamCMD.
  'lib32gcc-s1': 'ia32',
  lib32gcc1: 'ia32',
  'lib32stdc++6': 'ia32',
  // SteamCMD itself (SRC.steamcmd) and Arch's multilib C library and GCC runtime (SRC.archLib32).
  steamcmd: 'ia32',
  'lib32-glibc': 'ia32',
  'lib32-gcc-libs': 'ia32',
  // Ubuntu's 32-bit library bundle for amd64 before multiarch, a transitional package from 12.04 (SRC.ia32Libs).
  'ia32-libs': 'ia32',
  'ia32-libs-multiarch': 'ia32',
  // Joystick testers on the kernel's /dev/input/js* devices (SRC.joystickTools); RadeonTop on the GPU's DRM node (SRC.radeontop).
  'jstest-gtk': 'host-device',
  joystick: 'host-device',
  // lsscsi lists the SCSI devices of the host kernel from sysfs (SRC.lsscsi): images install it to find optical drives.
  lsscsi: 'host-device',
  radeontop: 'gpu',
  'wine-binfmt': 'binfmt',
  usbip: 'usbip',
  'usbip-utils': 'usbip',
  usbutils: 'host-device',
  'device-mapper-multipath': 'device-mapper',
  // Fedora's and openSUSE's device-mapper package ships dmsetup (the Debian name is dmsetup).
  'device-mapper': 'device-mapper',
  // openSUSE MicroOS's SELinux pattern (software.opensuse.org/package/patterns-microos-selinux): the policy a machine booting the image enforces.
  'patterns-microos-selinux': 'lsm-policy',
  'docker.io': 'dind',
  'docker-ce': 'dind',
  'moby-engine': 'dind',
  'docker-engine': 'dind',
  // Docker's own apt package before docker-engine (SRC.dockerLegacyDaemon).
  'lxc-docker': 'dind',
  // The runtime the engine runs its containers with (SRC.dockerEngineUbuntu).
  'containerd.io': 'dind',
  // CRIU (SRC.criu): installing it needs nothing; dumping and restoring processes uses the host kernel's checkpoint/restore.
  criu: 'checkpoint-restore',
  // A node's CRI runtime (SRC.crio) and the CNI plugins its pods are wired with (SRC.kubernetesCni).
  'cri-o': 'kubernetes-node',
  'kubernetes-cni': 'kubernetes-node',
  // kubeadm bootstraps, and kubelet runs, a Kubernetes node on this machine (SRC.kubeadmInstall).
  kubeadm: 'kubernetes-node',
  kubelet: 'kubernetes-node',
  dhcpcd: 'net-config',
  dhcpcd5: 'net-config',
  connman: 'net-config',
  'qemu-guest-agent': 'host-device',
  // Hyper-V and VMware guest agents (SRC.hvDaemons, SRC.openVmTools); rngd of rng-tools feeds /dev/hwrng to the kernel pool (SRC.rngd).
  hvtools: 'host-device',
  'hyperv-daemons': 'host-device',
  'open-vm-tools': 'host-device',
  'rng-tools': 'host-device',
  efibootmgr: 'efi-variables',
  // irqbalance writes /proc/irq/<n>/smp_affinity, read-only in a container (SRC.irqbalance, SRC.mobyProcSysRo).
  irqbalance: 'kernel-tunables',
  // Debian's bridge-utils: brctl creates bridges in the kernel (commandTriggers brctl).
  'bridge-utils': 'netlink-link',
  // LIO's userspace backstore daemon and configuration library (SRC.tcmuRunner).
  'tcmu-runner': 'iscsi',
  'python3-rtslib': 'iscsi',
  'python3-rtslib-fb': 'iscsi',
  // Fedora/RHEL's udev (SRC.systemdUdevFedora).
  'systemd-udev': 'udev',
  // Kernel source and Debian's kernel package builder (SRC.kernelPackage): a kernel built from them serves a machine that boots it.
  'linux-source': 'prebuilt-kernel-modules',
  'kernel-package': 'prebuilt-kernel-modules',
  // Firmware packages (SRC.firmwarePackages): only the host kernel loads firmware.
  'linux-firmware': 'kernel-firmware',
  'firmware-linux': 'kernel-firmware',
  'firmware-linux-free': 'kernel-firmware',
  'firmware-linux-nonfree': 'kernel-firmware',
  'firmware-misc-nonfree': 'kernel-firmware',
  // fastd tunnels through a TUN/TAP interface (SRC.fastd).
  fastd: 'tun',
  // Wi-Fi access points and tools on the nl80211 stack (SRC.wireless).
  hostapd: 'wireless',
  iw: 'wireless',
  kismet: 'wireless',
  'aircrack-ng': 'wireless',
  // wpa_supplicant joins Wi-Fi networks through nl80211 (SRC.wireless); Debian names it wpasupplicant.
  wpa_supplicant: 'wireless',
  wpasupplicant: 'wireless',
  batctl: 'batman-adv',
  mdadm: 'md-raid',
  // Hardware tools and runtimes that open host devices: SMART (SRC.smartctl), NVMe admin commands, I2C (SRC.i2c),
  // GPIO character devices (SRC.gpioCdev; Alpine libgpiod ships the tools, Debian gpiod), serial ports (SRC.minicom),
  // the Coral Edge TPU runtime (SRC.edgetpu).
  smartmontools: 'host-device',
  'nvme-cli': 'host-device',
  'i2c-tools': 'host-device',
  libgpiod: 'host-device',
  gpiod: 'host-device',
  minicom: 'host-device',
  'gammu-smsd': 'host-device',
  'libedgetpu1-std': 'host-device',
  'libedgetpu1-max': 'host-device',
  // The Edge TPU Python API, which loads the runtime above to drive the Edge TPU (SRC.edgetpuPython).
  'python3-edgetpu': 'host-device',
  sysdig: 'sysdig',
  // FD.io VPP's DPDK plugin drives NICs through DPDK: hugepages and VFIO/UIO of the host. FD.io's package repository
  // (packagecloud.io/fdio, ubuntu noble): vpp-plugin-dpdk "Vector Packet Processing--runtime dpdk plugin", vpp_plugins/dpdk_plugin.so.
  'vpp-plugin-dpdk': 'dpdk',
  // DPDK itself (Debian bookworm dpdk, dpdk-dev, libdpdk-dev 22.11: "Data Plane Development Kit"): its
  // applications and the programs built on the dev files poll NICs from user space through hugepages and VFIO/UIO.
  dpdk: 'dpdk',
  'dpdk-dev': 'dpdk',
  'libdpdk-dev': 'dpdk',
  // Fedora/RHEL/EPEL name of DPDK's development files (packages.fedoraproject.org dpdk-devel; SRC.libnetfilterQueue's Dockerfile).
  'dpdk-devel': 'dpdk',
  // libbpf (SRC.libbpf): it loads BPF programs into the host kernel; the programs need its BPF support and capabilities.
  libbpf: 'bpf-tracing',
  libbpf1: 'bpf-tracing',
  'libbpf-dev': 'bpf-tracing',
  'libbpf-devel': 'bpf-tracing',
  // ntop's capture probes, run on the host's interfaces (SRC.ntopCapture) through packet sockets (SRC.packet7). A
  // tcpdump or tshark install is not one: they are as often used on the container's own interface.
  ntopng: 'packet-capture',
  nprobe: 'packet-capture',
  ntap: 'packet-capture',
  // NUMA placement (SRC.numa), Waydroid's Android container (SRC.binder), hardware sensors (SRC.hwmon).
  numactl: 'numa-policy',
  // rdmsr and wrmsr (Debian bookworm msr-tools, "Utilities for modifying MSRs from userspace") open /dev/cpu/N/msr (SRC.msr).
  'msr-tools': 'cpu-msr',
  waydroid: 'android-binder',
  'lm-sensors': 'hwmon',
  // NVIDIA DCGM, which monitors the GPUs of the host's NVIDIA driver (SRC.dcgm).
  'datacenter-gpu-manager': 'gpu',
  'datacenter-gpu-manager-4-core': 'gpu',
  'datacenter-gpu-manager-4-proprietary': 'gpu',
  // Alpine's name of lm-sensors (SRC.alpineLmSensors).
  lm_sensors: 'hwmon',
  // hdparm works on the host's block devices (SRC.hdparm).
  hdparm: 'host-device',
  // ntop's PF_RING packages (SRC.pfring): the libraries and tools, and the DKMS kernel module and ZC drivers.
  pfring: 'pf-ring',
  'pfring-dkms': 'pf-ring',
  'pfring-drivers-zc-dkms': 'pf-ring',
  // ntop's applications built on PF_RING: its acceleration needs the host's pf_ring module (SRC.pfring, SRC.ntopCapture).
  cento: 'pf-ring',
  n2disk: 'pf-ring',
  nscrub: 'pf-ring',
  // Alpine's bpftrace tool scripts (SRC.bpftraceAlpine).
  'bpftrace-tools': 'bpf-tracing',
  // In-band IPMI through the host's ipmi_si/ipmi_devintf drivers and /dev/ipmi0 (SRC.ipmi); over the LAN they need none.
  freeipmi: 'host-device',
  'freeipmi-tools': 'host-device',
  ipmitool: 'host-device',
  // NUT's drivers open the UPS's USB or serial port (SRC.nut); gpsd opens the GPS receiver's (SRC.gpsd).
  nut: 'host-device',
  'nut-server': 'host-device',
  gpsd: 'host-device',
  apcupsd: 'host-device',
  // IBM Z's tools for the host kernel's DASD, crypto-adapter (zcrypt), qeth and zfcp drivers (SRC.s390Tools).
  's390-tools': 'host-device',
  // ROCm user space (SRC.rocmPackages): it runs on the host's amdgpu kernel driver through /dev/kfd (SRC.rocm).
  ...Object.fromEntries(
    ['rocm', 'rocm-language-runtime', 'rocm-hip-runtime', 'rocm-hip-libraries', 'rocm-opencl-runtime', 'rocm-ml-libraries'].map((p) => [
      p,
      'gpu',
    ]),
  ),
  // ROCm-docker's development packages (SRC.rocmDocker) and MIGraphX (SRC.migraphx), on the same host driver.
  'rocm-dev': 'gpu',
  'rocm-libs': 'gpu',
  migraphx: 'gpu',
  // Apptainer and Singularity (SRC.apptainer); apptainer-suid adds the setuid starter.
  apptainer: 'apptainer',
  'apptainer-suid': 'apptainer',
  'singularity-ce': 'apptainer',
  // The CernVM-FS client (SRC.cvmfs): its repositories are FUSE mounts.
  cvmfs: 'cvmfs',
  // accel-config for Intel DSA/IAA (SRC.idxd).
  'accel-config': 'idxd',
  // tc alone (SRC.iprouteTc); Arkime's capture (SRC.arkimeCapture); GNS3's uBridge and server (SRC.gns3); Mininet (SRC.containernet).
  'iproute-tc': 'traffic-control',
  arkime: 'packet-capture',
  ubridge: 'network-emulator',
  'gns3-server': 'network-emulator',
  mininet: 'network-emulator',
  // iwpan and the 802.15.4 stack (SRC.wpan).
  'wpan-tools': 'ieee802154',
  // EMANE binds to the TAP device of each emulated node (SRC.coreEmane).
  emane: 'tun',
};

/** Installed packages named by a pattern (a driver branch in the name); hover only, like packageTriggers. */
export const packagePatternTriggers: readonly { pattern: RegExp; facility: string }[] = [
  // Ubuntu's NVIDIA driver packages, one set per driver branch (SRC.nvidiaDriverPackages); before
  // 18.04 the driver itself was `nvidia-NNN` (nvidia-340, nvidia-375) with libcuda1-NNN.
  {
    pattern:
      /^(nvidia-(driver|dkms|headless|headless-no-dkms|utils|compute-utils)|libnvidia-(compute|gl|decode|encode))-\d{3}(-server)?(-open)?$/,
    facility: 'gpu',
  },
  { pattern: /^(nvidia|libcuda1)-\d{3}(-updates)?$/, facility: 'gpu' },
  // Debian/Ubuntu's versioned kernel source package (SRC.kernelPackage): linux-source-6.1.
  { pattern: /^linux-source-\d+\.\d+$/, facility: 'prebuilt-kernel-modules' },
  // The branch-pinned form of the CUDA repositories' driver meta package (SRC.cudaDriversBranch): cuda-drivers-555.
  { pattern: /^cuda-drivers-\d{3}(-open)?$/, facility: 'gpu' },
  // CUDA forward compatibility: newer user-mode driver libraries for the host's older kernel-mode driver (SRC.cudaCompat).
  { pattern: /^cuda-compat-(\d+-\d+|\$\{?\w+\}?)$/, facility: 'gpu' },
  // Intel Gaudi's SynapseAI user space, installed pinned (`habanalabs-thunk="$VERSION"-…`, `habanalabs-thunk-"$VERSION"-….el9`):
  // it drives the host's habanalabs driver (DRM_ACCEL_HABANALABS, or Intel's habanalabs-dkms) through the devices
  // habana-container-runtime gives the container (SRC.habana).
  { pattern: /^habanalabs-(thunk|firmware-tools|rdma-core|graph)([=-].*)?$/, facility: 'ai-accelerator' },
  // Ubuntu's perf and bpftool for one kernel ABI, and the flavour metapackages (SRC.ubuntuLinuxTools): the tools trace the host's
  // kernel through perf_events and BPF, and the perf wrapper only finds the build for the host's `uname -r`.
  {
    pattern: /^linux-tools-(\d+\.\d+\.\d+-\d+-[a-z0-9]+|generic|virtual|lowlatency|aws|azure|gcp|kvm|oracle)(-hwe-[\d.]+)?(-edge)?$/,
    facility: 'bpf-tracing',
  },
  // Oracle's VirtualBox packages carry the branch in the name: virtualbox-5.2, virtualbox-7.0 (SRC.virtualbox).
  { pattern: /^virtualbox-\d+\.\d+$/, facility: 'virtualbox' },
  // NVIDIA's cuDNN, one package set per major version and, from 9, per CUDA major (SRC.cudnn).
  { pattern: /^libcudnn\d+(-dev|-samples)?(-cuda-\d+)?$/, facility: 'gpu' },
];

/**
 * Packages installed for another architecture by their qualifier: Debian multiarch's `libc6:i386` (SRC.debMultiarch)
 * and rpm's `glibc.i686` (dnf reads NAME.ARCH as that package for that architecture; SRC.steamcmd installs
 * `glibc.i686 libstdc++.i686` for a 32-bit program). On an x86-64 image they are 32-bit x86 programs and libraries,
 * run through the host kernel's IA-32 emulation (SRC.ia32). Matched on the word as written (pins after `=` allowed);
 * hover only, like packageTriggers.
 */
export const packageArchTriggers: readonly { pattern: RegExp; facility: string }[] = [
  { pattern: /^[a-z0-9][a-z0-9+.-]*:i386(?:[=<>].*)?$/, facility: 'ia32' },
  { pattern: /^[A-Za-z0-9][\w+.-]*\.i[3-6]86$/, facility: 'ia32' },
  // SUSE's x86_64 packages of i586/i686 libraries (glibc-32bit, SRC.suse32bit): installed for 32-bit programs.
  { pattern: /^[A-Za-z0-9][\w+.-]*-32bit(?:[=<>].*)?$/, facility: 'ia32' },
];

/** LABEL keys that ask a runtime to give host facilities: nvidia-docker 1.0 (SRC.nvidiaDocker1), LinuxKit. */
export const labelTriggers: Readonly<Record<string, string>> = {
  'com.nvidia.volumes.needed': 'gpu',
  // LinuxKit's runtime defaults for the image (SRC.linuxkitConfig).
  'org.mobyproject.config': 'linuxkit-system-container',
  // The capabilities Podman runs the container with (SRC.podmanCapabilitiesLabel).
  'io.containers.capabilities': 'podman-capabilities-label',
};

/** ENV variables whose setting means the facility (the value does not matter). */
export const envTriggers: Readonly<Record<string, string>> = {
  // rancher/dapper runs the build container of a Dockerfile.dapper with the host's Docker socket mounted (SRC.dapper).
  DAPPER_DOCKER_SOCKET: 'docker-client',
  // NVIDIA Container Toolkit (SRC.nvidiaToolkit): the host driver's libraries and devices are injected by name.
  NVIDIA_VISIBLE_DEVICES: 'gpu',
  NVIDIA_DRIVER_CAPABILITIES: 'gpu',
  NVIDIA_REQUIRE_CUDA: 'gpu',
  // Turns those driver-version constraints off: the image then starts on a host driver it was not built for
  // (SRC.nvidiaDisableRequire).
  NVIDIA_DISABLE_REQUIRE: 'gpu',
  // The VA-API driver libva loads (SRC.libvaDriverName); the driver runs on the host's GPU through /dev/dri (SRC.vaapi).
  LIBVA_DRIVER_NAME: 'gpu',
  // ROCm: the GPU selection of the runtimes (SRC.rocmIsolation) and the gfx version libhsakmt reports for the GPUs of the
  // host's amdgpu KFD driver (SRC.hsakmt).
  ROCR_VISIBLE_DEVICES: 'gpu',
  HIP_VISIBLE_DEVICES: 'gpu',
  GPU_DEVICE_ORDINAL: 'gpu',
  HSA_OVERRIDE_GFX_VERSION: 'gpu',
  // Ray told not to set ROCR_VISIBLE_DEVICES for its workers: AMD GPUs of the host's amdgpu driver (SRC.rayAmdGpu).
  RAY_EXPERIMENTAL_NOSET_ROCR_VISIBLE_DEVICES: 'gpu',
  // The Gaudi devices habana-container-runtime gives the container (SRC.habana).
  HABANA_VISIBLE_DEVICES: 'host-device',
  // The Inferentia devices a Neuron container is given (SRC.neuronContainers).
  AWS_NEURON_VISIBLE_DEVICES: 'host-device',
  // Electron turns its Chromium sandbox off when this is set, whatever the value (SRC.electronDisableSandbox).
  ELECTRON_DISABLE_SANDBOX: 'browser-sandbox',
  // Qt WebEngine (Chromium inside Qt applications: calibre's viewer) turns its sandbox off (SRC.qtWebEngineSandbox).
  QTWEBENGINE_DISABLE_SANDBOX: 'browser-sandbox',
  // The setuid sandbox helper Chromium uses where user namespaces are not available (SRC.chromeDevelSandbox).
  CHROME_DEVEL_SANDBOX: 'browser-sandbox',
  // redpwn/jail's per-connection limits, enforced through cgroups nsjail creates (SRC.redpwnJail).
  JAIL_MEM: 'sandbox',
  JAIL_PIDS: 'sandbox',
  JAIL_CPU: 'sandbox',
  // libuv (Node.js) decides by it whether file operations use the host kernel's io_uring (SRC.libuvIoUring).
  UV_USE_IO_URING: 'libuv-io-uring',
  // Nmap assumes raw-socket privileges when this is set, whatever the value (SRC.nmapPrivileged).
  NMAP_PRIVILEGED: 'raw-packet-scanner',
  // haugene/docker-transmission-openvpn's switch: its start script then creates /dev/net/tun itself (SRC.haugeneTun).
  CREATE_TUN_DEVICE: 'tun',
  // New Relic's infrastructure agent reads the host's /proc, /sys and /etc under these prefixes (SRC.newrelicInfraContainer);
  // an empty value (its forwarder image) reads the container's own.
  NRIA_OVERRIDE_HOST_ROOT: 'host-agent',
  NRIA_OVERRIDE_HOST_PROC: 'host-agent',
  NRIA_OVERRIDE_HOST_SYS: 'host-agent',
  // gopsutil's alternative /proc and /sys, where a monitoring container mounts the host's (SRC.gopsutilHostEnv).
  HOST_PROC: 'host-agent',
  HOST_SYS: 'host-agent',
  // Doris' start_be.sh skips its vm.max_map_count, swap and open-files checks when this is true (SRC.dorisStartBe).
  SKIP_CHECK_ULIMIT: 'doris-be-host-checks',
  // Buildah's isolation for RUN steps (SRC.buildahIsolation): set in images that run Buildah or Podman builds inside a container.
  BUILDAH_ISOLATION: 'rootless-containers',
  // neko's hardware encoder switch and VirtualGL's EGL device (SRC.nekoHwenc, SRC.selkiesGpu).
  NEKO_HWENC: 'gpu',
  VGL_DISPLAY: 'gpu',
  // Containernet told it runs nested in a container (SRC.containernet): it drives the host's Docker and Open vSwitch.
  CONTAINERNET_NESTED: 'network-emulator',
};

/**
 * ENV switches a base image's own entry point reads (balena's entry.sh in balenalib/* and the resin/* names before): with
 * `ENV UDEV=on` it starts udevd on the host's device events. By the repository's namespace (balena's naming scheme); only
 * while that entry point runs: a Dockerfile ENTRYPOINT replaces it unless its script runs /usr/bin/entry.sh.
 */
export const imageEnvSwitches: readonly {
  namespaces: readonly string[];
  env: string;
  on: RegExp;
  facility: string;
  effect: string;
  source: Source;
}[] = [
  {
    namespaces: ['balenalib', 'resin'],
    env: 'UDEV',
    on: /^["']?(on|1|true)["']?$/i,
    facility: 'udev',
    effect:
      "With UDEV on, balena's entry point (/usr/bin/entry.sh) mounts a devtmpfs over /dev (the host kernel's device nodes), starts udevd and runs `udevadm trigger`; only in a privileged container (otherwise it prints that udev cannot start and runs the command without it).",
    source: SRC.balenaEntryUdev,
  },
];

/**
 * envTriggers a program reads by presence alone, so `ENV NAME=""` sets them too (SRC.nmapPrivileged: getenv ≠ NULL;
 * SRC.electronDisableSandbox: `env->HasVar(kElectronDisableSandbox)`).
 */
export const envTriggersWhenEmpty: ReadonlySet<string> = new Set(['NMAP_PRIVILEGED', 'ELECTRON_DISABLE_SANDBOX']);

/**
 * ENV instructions whose text (name and value) means the facility: JVM options asking for huge pages
 * (SRC.jdkLargePages), Chrome launch options turning its sandbox off (SRC.chromiumSandbox),
 * Elasticsearch's memory lock (SRC.esMemoryLock). Explained, never reported.
 */
export const envTextTriggers: readonly { pattern: RegExp; facility: string }[] = [
  { pattern: /(^|[\s"'=])-XX:\+Use(TransparentHugePages|LargePages|HugeTLBFS)\b/, facility: 'huge-pages' },
  { pattern: /(^|[\s"'=])-XX:\+UseNUMA\b/, facility: 'numa-policy' },
  { pattern: /(^|[\s"'=[,])--(no-sandbox|disable-setuid-sandbox)\b/, facility: 'browser-sandbox' },
  { pattern: /^bootstrap\.memory_lock[= ]+["']?true\b/, facility: 'resource-limits' },
  // An ALSA PCM of a sound card's kernel driver as the value (`ENV AUDIODEV=plughw:2,0`; SRC.alsaHwPcm): /dev/snd at run time.
  { pattern: /^[A-Za-z_]\w*[= ]+["']?(plug)?hw:(\d|CARD=)/, facility: 'sound' },
  // glibc leaves rseq registration to the program, for TCMalloc's per-CPU caches (SRC.glibcRseq).
  { pattern: /(^|[\s"'=:])glibc\.pthread\.rseq=0\b/, facility: 'rseq-per-cpu-caches' },
  // vLLM's device (SRC.vllmTargetDevice): cpu and neuron are not these two.
  { pattern: /^VLLM_TARGET_DEVICE[= ]+["']?tpu\b/, facility: 'tpu' },
  { pattern: /^VLLM_TARGET_DEVICE[= ]+["']?(cuda|rocm)\b/, facility: 'gpu' },
  // GLX of the NVIDIA driver chosen by libglvnd (SRC.glvndVendor): other vendor names (mesa) are left out.
  { pattern: /^__GLX_VENDOR_LIBRARY_NAME[= ]+["']?nvidia\b/, facility: 'gpu' },
  // CUDA forward-compatibility libraries on the library path, also through CUDA_HOME (SRC.cudaCompat).
  { pattern: /^LD_LIBRARY_PATH=["']?(.*:)?(\/usr\/local\/cuda[\w.-]*|\$\{?CUDA_HOME\}?)\/compat\/?(:|["']?$)/, facility: 'gpu' },
  // Selkies' GPU encoders (SRC.selkiesGpu): nv*enc is NVENC, va*enc VA-API; x264enc, vp8enc and vp9enc are software.
  { pattern: /^SELKIES_ENCODER[= ]+["']?(nv|va)\w*enc\b/, facility: 'gpu' },
  // linuxserver's selkies base starts its Docker-in-Docker daemon when privileged (SRC.selkiesDind).
  { pattern: /^START_DOCKER[= ]+["']?true\b/, facility: 'dind' },
  // Steam-Headless' keyboard and mouse passthrough: Xorg reads the evdev devices (SRC.steamHeadlessEvdev).
  { pattern: /^ENABLE_EVDEV_INPUTS[= ]+["']?true\b/, facility: 'host-device' },
  // Huawei Ascend: the driver libraries the host's NPU driver installs, mounted into the container (SRC.ascendNpu).
  { pattern: /^LD_LIBRARY_PATH=.*(\/usr\/local\/Ascend|\$\{?ASCEND_BASE\}?)\/driver\/lib64/, facility: 'ai-accelerator' },
  // libfabric's EFA provider told to use the adapter's RDMA read (SRC.efa).
  { pattern: /^FI_EFA_USE_DEVICE_RDMA[= ]+["']?1\b/, facility: 'rdma' },
  // Portage's namespace sandboxes turned off (FEATURES="-ipc-sandbox -network-sandbox -pid-sandbox"), as builds in a
  // container do: creating those namespaces needs what a build step lacks (SRC.portageSandboxes).
  { pattern: /^FEATURES[= ]+["']?(.*\s)?-(ipc|network|pid|mount)-sandbox\b/, facility: 'portage-sandboxes-off' },
  // rancher/dapper's run options for the build container (SRC.dapper): --privileged among them. A quoted value reaches
  // these patterns split into words, so `NAME="… --privileged"` is seen only with --privileged first.
  { pattern: /^DAPPER_RUN_ARGS[= ](.*\s)?["']?--privileged\b/, facility: 'privileged-run-options' },
  // QEMU's KVM accelerator asked for in options kept in a variable (`QEMU_OPTS="-enable-kvm …"`, `-machine pc,accel=kvm`,
  // `-accel kvm`; SRC.qemuAccel): the start script passes them to qemu-system-*, which then opens /dev/kvm.
  { pattern: /(^|[\s"'=])(--?enable-kvm|-accel[= ]+["']?kvm)\b|(^|[\s"'=,])accel=kvm\b/, facility: 'kvm' },
  // Apptainer reads its command-line options from APPTAINER_<KEY> and the legacy SINGULARITY_<KEY> (SRC.apptainerSettings);
  // APPTAINERENV_/SINGULARITYENV_ (no underscore after the name) only pass variables into the container.
  { pattern: /^(APPTAINER|SINGULARITY)_[A-Z0-9_]+[= ]/, facility: 'apptainer' },
  // A setting pointed at /host/proc or /host/sys, where the documented runs of the monitoring agents mount the host's
  // /proc and /sys (SRC.netdataDocker, SRC.datadogAgentDocker): the program is told to read the host's.
  { pattern: /^[A-Za-z_]\w*[= ]+["']?\/host\/(proc|sys)(\/|["']?$)/, facility: 'host-agent' },
  // The host NVIDIA driver's tools and libraries put on the search path at /usr/local/nvidia, where nvidia-docker 1.0
  // mounts its driver volume (SRC.nvidiaDocker1).
  { pattern: /^(PATH|LD_LIBRARY_PATH)[= ]+["']?(.*:)?\/usr\/local\/nvidia\/(bin|lib|lib64)\/?(:|["']?$)/, facility: 'gpu' },
];

/**
 * Android SDK packages installed with sdkmanager that mean the facility (Android Developers, "sdkmanager":
 * packages are named by their SDK path, `emulator` being the Android Emulator). Hover only, like packageTriggers.
 */
export const androidSdkPackageTriggers: Readonly<Record<string, string>> = {
  // The Android Emulator runs its x86 system images accelerated by KVM on Linux (SRC.androidEmulator).
  emulator: 'kvm',
};

/**
 * Packages whose name means the facility only in Alpine's repositories (`apk add`): Debian's and Fedora's packages of
 * the same name are other software. Hover only, like packageTriggers.
 */
export const apkPackageTriggers: Readonly<Record<string, string>> = {
  // Alpine's docker meta package pulls in the engine, dockerd (SRC.alpineDocker).
  docker: 'dind',
};

/**
 * Conda packages (conda, mamba, micromamba `install`/`create`, pixi `add`/`global install`) that mean the facility, by
 * name. Hover only, like packageTriggers: installing is no use, running what is installed is.
 */
export const condaPackageTriggers: Readonly<Record<string, string>> = {
  // conda-forge's Apptainer (SRC.apptainerConda): without the setuid starter, so it runs in user namespaces.
  apptainer: 'apptainer',
};

/**
 * Python distributions installed with pip that mean the facility, by normalised name (PEP 503:
 * lower case, runs of '-', '_', '.' as one '-'). Hover only, like packageTriggers.
 */
export const pythonPackageTriggers: Readonly<Record<string, string>> = {
  // RPi.GPIO maps the GPIO registers through /dev/gpiomem, else /dev/mem (SRC.gpio).
  'rpi-gpio': 'host-device',
  // SMBus bindings open /dev/i2c-N (SRC.smbus): smbus-cffi and the smbus module it replaces, and smbus2.
  'smbus-cffi': 'host-device',
  smbus: 'host-device',
  smbus2: 'host-device',
  // OLED displays driven over I2C or SPI (SRC.lumaOled).
  'luma-oled': 'host-device',
  // ONNX Runtime's CUDA build (SRC.onnxruntimeGpu).
  'onnxruntime-gpu': 'gpu',
  // FUSE bindings (SRC.fusepy).
  fusepy: 'fuse',
  // The bindings borg mount uses (SRC.pythonFuseBindings): what they mount goes through /dev/fuse.
  pyfuse3: 'fuse',
  llfuse: 'fuse',
  mfusepy: 'fuse',
  // Netlink and netfilter bindings (SRC.pyroute2, SRC.pythonIptables): what they change is the network namespace's
  // links, addresses, routes and firewall rules, through the host kernel with CAP_NET_ADMIN.
  pyroute2: 'net-config',
  'python-iptables': 'netfilter',
  // Bluetooth LE / classic bindings that reach the adapter through BlueZ (SRC.bleBindings).
  bleak: 'bluetooth',
  pybluez: 'bluetooth',
  bluepy: 'bluetooth',
  // The TPU runtime and the extras that install it (SRC.cloudTpu); keys with an extra match only that extra.
  libtpu: 'tpu',
  'libtpu-nightly': 'tpu',
  'jax[tpu]': 'tpu',
  'torch-xla[tpu]': 'tpu',
  // TensorFlow's GPU builds (SRC.tensorflowPip): the old package name and the extra that pulls the CUDA wheels.
  'tensorflow-gpu': 'gpu',
  'tensorflow[and-cuda]': 'gpu',
  // JAX's CUDA build, by its extra (SRC.jaxCuda).
  'jax[cuda12]': 'gpu',
  // PaddlePaddle's GPU package (SRC.paddleGpu).
  'paddlepaddle-gpu': 'gpu',
};

/**
 * Source code fetched in a RUN step whose build links a kernel interface (URL or tarball word contains
 * the pattern), and build options that compile such support in. `mentioned`: explained, never reported
 * (a build option only makes the feature available).
 */
export const sourceTriggers: readonly {
  pattern: RegExp;
  facility: string;
  mentioned?: boolean;
  /** Said on hover after the facility's summary: what this word changes about the need. */
  note?: string;
}[] = [
  { pattern: /axboe\/liburing|liburing-[0-9][^/\s]*\.tar/, facility: 'io_uring' },
  // cvmfsexec fetched (SRC.cvmfsexec): it mounts CernVM-FS repositories through FUSE in a user namespace when it runs.
  { pattern: /github\.com\/cvmfs\/cvmfsexec\b/, facility: 'cvmfs' },
  // bpftool fetched or built (SRC.bpftool): installing it needs nothing; running it loads and lists BPF objects of the host kernel.
  { pattern: /libbpf\/bpftool|(^|\/)bpftool\.sh$/, facility: 'bpf-tracing', mentioned: true },
  // Docker's rootless installer (SRC.dockerStatic): dockerd-rootless.sh for a Docker-in-Docker container.
  { pattern: /get\.docker\.com\/rootless/, facility: 'dind' },
  // BuildKit's release archives (moby/buildkit @ 73ed6825 README.md "The latest binaries of BuildKit are available [here]
  // (github.com/moby/buildkit/releases)"; "The `buildkitd` daemon requires … runc or crun"): they hold buildkitd and buildctl.
  { pattern: /github\.com\/moby\/buildkit\/releases\/download\//, facility: 'buildkit', mentioned: true },
  // Sysbox's packages (nestybox/sysbox README.md: "an open-source and free container runtime (a specialized "runc")…
  // that enables containers to run … Docker"; docs/user-guide/install-package.md downloads sysbox-ce_<version>.linux_<arch>.deb
  // from downloads.nestybox.com): a runtime that runs containers, itself inside one here.
  { pattern: /downloads\.nestybox\.com\/sysbox\//, facility: 'dind', mentioned: true },
  // k3s fetched or its installer run (SRC.k3sDataDir): a Kubernetes node, which runs on the host kernel.
  {
    pattern: /github\.com\/(k3s-io|rancher)\/k3s\/releases\/download\/|get\.k3s\.io|(^|\/)k3s\/([^/\s]+\/)?install\.sh$/,
    facility: 'kubernetes-node',
    mentioned: true,
  },
  // containerd's setup scripts (SRC.containerdSetup): runc for a containerd run in the container, CNI plugins for its pods.
  { pattern: /(^|\/)script\/setup\/install-runc$/, facility: 'rootless-containers', mentioned: true },
  { pattern: /(^|\/)script\/setup\/install-cni$/, facility: 'cni', mentioned: true },
  // Suricata (or another IDS) configured for inline IPS through NFQUEUE (SRC.suricataConfigure): the queue is netfilter's.
  { pattern: /^--enable-nfqueue$/, facility: 'netfilter', mentioned: true },
  // FFmpeg built with its GPU codecs (SRC.ffmpegHwaccel; only names FFmpeg alone uses: --enable-vaapi is tvheadend's switch
  // too); the NVIDIA VA-API driver built from source (SRC.nvidiaVaapi); VirtualGL's packages from its releases (SRC.selkiesGpu).
  { pattern: /^--enable-(nvenc|nvdec|cuvid|cuda-llvm|libvpl|libmfx)$/, facility: 'gpu', mentioned: true },
  // GStreamer built with its GPU codec plugins (SRC.gstHwCodecs), as meson options of gst-plugins-bad.
  { pattern: /^-Dgst-plugins-bad:(nvcodec|qsv|msdk|va|amfcodec)=enabled$/, facility: 'gpu', mentioned: true },
  // Sunshine built from the AUR or fetched from its releases (SRC.sunshine): uinput gamepads, KMS capture.
  {
    pattern: /aur\.archlinux\.org\/sunshine(-bin|-git)?(\.git)?$|github\.com\/LizardByte\/Sunshine\/releases\//,
    facility: 'host-device',
    mentioned: true,
  },
  { pattern: /elFarto\/nvidia-vaapi-driver/, facility: 'gpu', mentioned: true },
  { pattern: /github\.com\/VirtualGL\/virtualgl\/releases\//, facility: 'gpu', mentioned: true },
  // DKMS itself built from its source tarball (SRC.dkms: sysdig's and Falco's driver-builder images): installing it needs
  // nothing; the modules it later builds are for one kernel release.
  { pattern: /github\.com\/dell\/dkms\/|(^|\/)dkms-[0-9][^/\s]*\.tar/, facility: 'dkms-framework', mentioned: true },
  // Steam-Headless' udevd stand-in for containers, installed with pip from its repository (SRC.dumbUdev).
  { pattern: /github\.com\/Steam-Headless\/dumb-udev/, facility: 'udev', mentioned: true },
  // BCC built from source: its tools load eBPF programs through kprobes and tracepoints of the host kernel.
  { pattern: /iovisor\/bcc(\.git)?\/?$/, facility: 'bcc' },
  { pattern: /trapexit\/mergerfs(\.git)?$/, facility: 'fuse' },
  // Libreswan or strongSwan built from a release tarball or repository archive (SRC.swanSources): an IKE daemon for the kernel's XFRM.
  {
    pattern: /download\.(libreswan|strongswan)\.org\/|github\.com\/(libreswan\/libreswan|strongswan\/strongswan)\/(archive|releases)\//,
    facility: 'ipsec',
    mentioned: true,
  },
  // Falco's and Sysdig's source archives: their build (`make driver`) makes the kernel module for one kernel release (SRC.falco, SRC.sysdig).
  { pattern: /github\.com\/falcosecurity\/(falco|libs)\/archive\//, facility: 'falco', mentioned: true },
  { pattern: /github\.com\/draios\/sysdig\/archive\//, facility: 'sysdig', mentioned: true },
  // ROCm builds of Python wheels (torch+rocm, jaxlib, onnxruntime_rocm) run on the host's amdgpu driver (SRC.rocmWheels, SRC.rocm).
  { pattern: /repo\.radeon\.com\/rocm\/manylinux\//, facility: 'gpu', mentioned: true },
  // containerlab's installer: the labs it deploys are containers wired by veth pairs, created as root (SRC.containerlab).
  { pattern: /^https?:\/\/(get\.containerlab\.dev|containerlab\.dev\/setup)\/?$/, facility: 'netlink-link', mentioned: true },
  { pattern: /osmocom\/rtl-sdr|steve-m\/librtlsdr/, facility: 'host-device' },
  { pattern: /dahdi-linux/, facility: 'dahdi' },
  // WireGuard's out-of-tree module for kernels before 5.6 (SRC.wireguardCompat): built for the kernel it is installed into.
  { pattern: /wireguard-linux-compat(\.git)?\/?$/, facility: 'netlink-link' },
  // wireguard-go and its fork amneziawg-go built from source: userspace WireGuard on a TUN interface (SRC.wireguardGo,
  // SRC.amneziawgGo); building needs nothing, running does.
  {
    pattern: /(WireGuard|git\.zx2c4\.com)\/wireguard-go(\.git)?\/?$|amnezia-vpn\/amneziawg-go(\.git)?\/?$/,
    facility: 'tun',
    mentioned: true,
  },
  // The NVIDIA driver's .run installer (SRC.nvidiaInstaller): a kernel module for the build machine's kernel, libraries that must match the host's.
  { pattern: /NVIDIA-Linux-[^/\s]*\.run$/, facility: 'gpu' },
  // The same installer under another file name, known by its own options (SRC.nvidiaInstaller, option_table.h).
  { pattern: /^--(no-kernel-module|kernel-source-path(=.*)?)$/, facility: 'gpu' },
  // GDRCopy's installer and build scripts: the library needs its kernel module gdrdrv on the host (SRC.gdrcopy).
  { pattern: /(^|[/_-])(install|build)_gdrcopy\.sh$|NVIDIA\/gdrcopy(\.git)?\/?$/, facility: 'gpu', mentioned: true },
  // The Jetson Linux BSP and its driver archive: libraries for the L4T kernel's GPU and multimedia drivers (SRC.jetsonBsp).
  { pattern: /(^|\/)nvidia_drivers\.tbz2$|(^|\/)Jetson[\w*-]*_Linux_R[\w.*]*_aarch64\.tbz2$/i, facility: 'jetson-l4t', mentioned: true },
  { pattern: /firecracker-microvm\/firecracker(\.git)?\/|firecracker-v[0-9][^/\s]*\.tgz$/, facility: 'kvm' },
  {
    pattern: /google\/nsjail(\.git)?$|(containers|projectatomic)\/bubblewrap|bubblewrap-[0-9][^/\s]*\.tar|netblue30\/firejail/,
    facility: 'sandbox',
  },
  // IOI isolate cloned from its repository or a fork of it, go-judge's release binaries (SRC.isolate, SRC.goJudge).
  {
    pattern: /github\.com\/[\w.-]+\/isolate(\.git)?\/?$|criyle\/go-judge\/releases\/download\/|(^|\/)go-judge_[0-9][^/\s]*$/,
    facility: 'sandbox',
  },
  // PyTorch's CUDA and ROCm builds, by their local version (torch==1.8.1+cu111, a wheel file torch-2.0.1+cu118-…whl) or
  // their wheel index (download.pytorch.org/whl/cu128, also a wheel under it): explained, never reported (SRC.pytorchWheels).
  {
    pattern:
      /^[A-Za-z0-9][\w.-]*===?[^\s+]+\+(cu[0-9]{2,3}|rocm[0-9][0-9.]*)$|(^|\/)[A-Za-z0-9_.]+-[^/\s-]+(\+|%2B)(cu[0-9]{2,3}|rocm[0-9][0-9.]*)-[^/\s]*\.whl$|download\.pytorch\.org\/whl\/(nightly\/)?(cu[0-9]{2,3}|rocm[0-9][0-9.]*)(\/|$)/,
    facility: 'gpu',
    mentioned: true,
  },
  // jaxlib's CUDA builds by their local version (jaxlib==0.3.5+cuda113.cudnn820, a wheel file jaxlib-0.4.13+cuda11.cudnn86-…whl):
  // explained, never reported (SRC.jaxlibCudaWheels).
  {
    pattern:
      /^jaxlib===?[^\s+]+\+cuda[0-9]{2,3}(\.cudnn[0-9]{2,3})?$|(^|\/)jaxlib-[^/\s-]+(\+|%2B)cuda[0-9]{2,3}(\.cudnn[0-9]{2,3})?-[^/\s]*\.whl$/,
    facility: 'gpu',
    mentioned: true,
  },
  { pattern: /checkpoint-restore\/criu|(^|\/)criu-[0-9$][^/\s]*\.tar/, facility: 'checkpoint-restore' },
  { pattern: /ptpd\/ptpd(\.git)?$/, facility: 'system-clock' },
  // QEMU's registration script, fetched or copied in (multiarch/qemu-user-static ADDs it from qemu/qemu): it writes one
  // interpreter per QEMU target into the host's binfmt_misc register (SRC.binfmt).
  { pattern: /(^|\/)qemu-binfmt-conf\.sh$/, facility: 'binfmt' },
  // qemu-user-static's release archives, fetched to be copied into an image (SRC.qemuUserStaticReleases): the interpreters
  // run foreign binaries only once the host's binfmt_misc names them.
  {
    pattern: /multiarch\/qemu-user-static\/releases\/download\/|(^|\/)qemu-[a-z0-9_${}]+-static\.tar\.gz$/,
    facility: 'binfmt',
    mentioned: true,
  },
  // jemalloc's allocator page size, fixed at build time (SRC.jemallocPage): a larger one also runs on smaller pages.
  { pattern: /^--with-lg-page=[0-9]+$/, facility: 'page-size', mentioned: true },
  // BlueZ built from its kernel.org repository or a release tarball: bluetoothd drives the host's adapters (SRC.bluetooth).
  { pattern: /scm\/bluetooth\/bluez(\.git)?$|(^|\/)bluez-[0-9][^/\s]*\.tar/, facility: 'bluetooth' },
  // Kata Containers' runtime downloaded from its releases (SRC.kata).
  { pattern: /(^|\/)kata-runtime$/, facility: 'kvm' },
  // linuxserver's proot-apps: applications run under PRoot, which traces them with ptrace (SRC.prootApps).
  { pattern: /linuxserver\/proot-apps\/|(^|\/)proot-apps-[a-z0-9_]+\.tar\.gz$/, facility: 'ptrace' },
  // Scrypted's driver installers, fetched by URL (SRC.scryptedGpu): GPU user-space drivers, and the Intel NPU's.
  { pattern: /koush\/scrypted\/.*\/install-(intel|amd|nvidia)-graphics(-legacy)?\.sh$/, facility: 'gpu' },
  { pattern: /koush\/scrypted\/.*\/install-intel-npu\.sh$/, facility: 'host-device' },
  // mjpg-streamer's webcam input plugin, named in its -i option or as the argument of a start script (SRC.uvc).
  { pattern: /(^|[\s/])input_uvc\.so(\s|$)/, facility: 'host-device', mentioned: true },
  { pattern: /richardcochran\/linuxptp|p\/linuxptp\/code/, facility: 'ptp' },
  // strongSwan built from a release tarball: charon installs its SAs in the host kernel's XFRM layer; the
  // kernel-libipsec option moves ESP to user space over a TUN device instead (SRC.strongswanLibipsec).
  { pattern: /download\.strongswan\.org\/|(^|\/)strongswan-[0-9$][^/\s]*\.tar/, facility: 'ipsec' },
  { pattern: /^--enable-kernel-libipsec$/, facility: 'tun', mentioned: true },
  // libCEC's USB adapter is a cdc-acm serial device of the host kernel (SRC.libcec).
  { pattern: /Pulse-Eight\/libcec(\.git)?\/?$/, facility: 'host-device', mentioned: true },
  // libusb built from source: programs reach USB devices through the host's usbfs nodes (SRC.libusb).
  { pattern: /libusb\/libusb(\/archive\/|(\.git)?\/?$)/, facility: 'host-device', mentioned: true },
  // HailoRT (its wheel, package or an installer script named for it): it drives the NPU through the host's
  // hailo_pci driver (SRC.hailoAll). Also matched against the path of a script a RUN step runs.
  { pattern: /(^|[/_-])hailort([_.-]|$)/i, facility: 'host-device', mentioned: true },
  // Intel's VA-API media driver (intel/media-driver, built by a script named for it): it drives the GPU through the
  // host's DRM render nodes (SRC.vaapi).
  { pattern: /intel\/media-driver|(^|[/_-])intel[_-]media[_-]driver([_.-]|$)/, facility: 'gpu', mentioned: true },
  // FFmpeg with jetson-ffmpeg's nvmpi codecs (its repository, or a build script named for it) (SRC.jetsonFfmpeg).
  { pattern: /jocover\/jetson-ffmpeg|(^|[/_-])jetson[_-]ffmpeg([_.-]|$)/, facility: 'jetson-l4t', mentioned: true },
  // Rockchip's RKNN runtime library: it reaches the NPU through the RKNPU driver of the host's kernel (SRC.rknn).
  { pattern: /(^|\/)librknnrt\.so$|airockchip\/rknn-toolkit2(\.git)?\/?$/, facility: 'host-device', mentioned: true },
  // PyAXEngine, the Axera NPU runtime's Python API (its repository or wheel): the NPU is driven by the host's driver (SRC.axengine).
  { pattern: /AXERA-TECH\/pyaxengine|(^|\/)axengine-[0-9][^/\s]*\.whl$/, facility: 'host-device', mentioned: true },
  // FFmpeg with Rockchip MPP (rkmpp) codecs: they run on the VPU through the kernel's /dev/mpp_service (SRC.rkmpp).
  { pattern: /MarcA711\/Rockchip-FFmpeg-Builds\/|^--enable-rkmpp$/, facility: 'host-device', mentioned: true },
  // pam_loginuid named in a PAM stack being edited (made optional for sshd in a container): audit login uid (SRC.pamLoginuid).
  { pattern: /pam_loginuid\.so/, facility: 'audit-loginuid', mentioned: true },
  // FFmpeg with the Raspberry Pi's OpenMAX IL or MMAL codecs: they run on the VideoCore through the kernel's /dev/vchiq (SRC.ffmpegRpi).
  { pattern: /^--enable-(omx-rpi|mmal)$/, facility: 'host-device', mentioned: true },
  // Huawei Ascend's CANN and MindX installers and NPU framework wheels: user space for the host's NPU driver and its
  // /dev/davinci* devices (SRC.ascendNpu). "cann-kernels" are NPU operator binaries, not a Linux kernel.
  {
    pattern:
      /(^|\/)Ascend-(cann-(toolkit|nnrt|nnae|tfplugin|kernels)|mindx-?sdk|mindx-toolbox)[^/\s]*\.run$|(^|\/)(torch_npu|mindspore_ascend)[-*]\S*\.whl$/,
    facility: 'ai-accelerator',
    mentioned: true,
  },
  // AWS's EFA installer (run with --skip-kmod in images) and scripts named for it: libfabric and rdma-core for the host's
  // efa RDMA driver (SRC.efa).
  { pattern: /(^|\/)(efa_installer|install_efa)\.sh$|(^|\/)aws-efa-installer[^/\s]*\.tar\.gz$/, facility: 'rdma', mentioned: true },
  // CUDA's forward-compatibility directory of a versioned toolkit given to ldconfig (/usr/local/cuda-$(…)/compat/): the
  // user-mode driver libraries there work only with a supported host kernel-mode driver (SRC.cudaCompat).
  { pattern: /^\/usr\/local\/cuda-[^/]+\/compat\/?$/, facility: 'gpu', mentioned: true },
  // An onnxruntime-gpu wheel fetched by its file name (SRC.onnxruntimeGpu).
  { pattern: /(^|\/)onnxruntime_gpu-[0-9][^/\s]*\.whl$/, facility: 'gpu', mentioned: true },
  // Selecting the iptables backend (update-alternatives --set iptables …-legacy or …-nft): rules then go to the host's
  // ip_tables/ip6_tables modules (legacy) or to nf_tables (nft) (packages.ts SRC.debianIptables).
  { pattern: /(^|[/(\s])ip6?tables-(legacy|nft)\)?$/, facility: 'netfilter', mentioned: true },
  // The same choice for ebtables and arptables (SRC.alternativesXtables).
  { pattern: /(^|[/(\s])(ebtables|arptables)-(legacy|nft)\)?$/, facility: 'netfilter', mentioned: true },
  // Chaos Mesh's fault-injection helpers fetched or cloned from their releases (SRC.chaosMesh): toda (time and I/O faults
  // by ptrace), nsexec (enters a target's namespaces), chaos-tproxy (HTTP faults through TPROXY), bpfki (BPF fault injection).
  {
    pattern: /github\.com\/chaos-mesh\/(toda|nsexec|chaos-tproxy|bpfki|chaos-driver)(\.git|\/|$)/,
    facility: 'chaos-injection',
    mentioned: true,
  },
  // ZeroTier's install script installs zerotier-one, which opens /dev/net/tun (SRC.zerotier).
  { pattern: /^https?:\/\/install\.zerotier\.com\/?$/, facility: 'tun', mentioned: true },
  // Raspberry Pi GPIO libraries: they map the GPIO registers through the host's /dev/gpiomem or /dev/mem.
  { pattern: /joan2937\/pigpio|(^|\/)pigpio\.tar|WiringPi\/WiringPi/i, facility: 'host-device' },
  { pattern: /^(--(with|enable)-(liburing|io[-_]uring|linux-io-uring)|-Dio_uring=(enabled|true))$/, facility: 'io_uring', mentioned: true },
  { pattern: /^--(with|enable)-sctp$/, facility: 'sctp', mentioned: true },
  // A CMake build installing its udev rules (bladeRF, rtl-sdr: SRC.udevRulesOption): the rules are for the host's udevd.
  { pattern: /^-DINSTALL_UDEV_RULES=(ON|TRUE|YES|1)$/i, facility: 'udev', mentioned: true },
  // A DPDK tree or release copied or fetched (/opt/dpdk/<version>, dpdk-22.11.tar.xz) or a script named for it
  // (build_dpdk.sh): DPDK's drivers run on hugepages and VFIO of the host kernel (the dpdk facility's sources).
  { pattern: /(^|[/_-])dpdk([_.-][^/\s]*)?(\/|$)/, facility: 'dpdk', mentioned: true },
  // A DPDK build output directory, named after its make target ARCH-MACHINE-EXECENV-TOOLCHAIN (x86_64-native-linuxapp-gcc;
  // DPDK doc/guides/linux_gsg/build_dpdk.rst, v2.0–v19.11: ARCH i686, x86_64, ppc_64, arm64; MACHINE native, power8,
  // armv8a, ivshmem; EXECENV linuxapp, `linux` from 19.x; TOOLCHAIN gcc, icc): its libraries and kmod/ are DPDK's.
  {
    pattern: /(^|\/)(i686|x86_64|ppc_64|arm64)-(native|power8|armv8a|ivshmem)-linux(app)?-(gcc|icc|clang)(\/|$)/,
    facility: 'dpdk',
    mentioned: true,
  },
  // The same target given to DPDK's legacy make (`make install T=x86_64-native-linuxapp-gcc`, `T=$RTE_TARGET`;
  // SRC.dpdkLegacyMake): the Linux configuration also builds the igb_uio and KNI kernel modules, against RTE_KERNELDIR.
  {
    pattern:
      /^(T|RTE_TARGET)=["']?(\$\{?RTE_TARGET\}?|(i686|x86_64|ppc_64|arm64)-(native|power8|armv8a|ivshmem)-linux(app)?-(gcc|icc|clang))["']?$/,
    facility: 'dpdk',
    mentioned: true,
    note: "DPDK's legacy make build: with the Linux configuration it also builds its igb_uio and KNI kernel modules against RTE_KERNELDIR, by default /lib/modules/$(uname -r)/build, the build machine's kernel (unless the configuration turns them off). Modules built in an image are never loaded by the container; the host loads igb_uio or uses vfio-pci.",
  },
  // Docker's convenience script installs the whole engine; hack/dind is the DinD wrapper script.
  { pattern: /^https?:\/\/(get|test)\.docker\.com\/?$|\/hack\/dind$/, facility: 'dind', mentioned: true },
  // kind's release binary (SRC.kindQuickStart): it runs Kubernetes nodes as privileged containers of the Docker it is given.
  { pattern: /^https?:\/\/kind\.sigs\.k8s\.io\/dl\//, facility: 'kubernetes-node', mentioned: true },
  // The same binary built from its module (`go install sigs.k8s.io/kind@v0.24.0`, SRC.kindQuickStart).
  { pattern: /^sigs\.k8s\.io\/kind@/, facility: 'kubernetes-node', mentioned: true },
  // containerd's repository cloned (git clone, or ADD …containerd.git?ref=…) to build the daemon (SRC.containerdSource).
  { pattern: /^https:\/\/github\.com\/containerd\/containerd(\.git)?(\?[^/]*)?$/, facility: 'dind', mentioned: true },
  // rsyslog's kernel log input (SRC.imklog), loaded or commented out in rsyslog.conf.
  { pattern: /(^|[^a-z])imklog([^a-z]|$)/, facility: 'kernel-log', mentioned: true },
  // LVM's udev synchronisation turned off for a container without udev (SRC.lvmUdev).
  { pattern: /(^|[^a-z_])(udev_sync|udev_rules|obtain_device_list_from_udev)\b/, facility: 'device-mapper', mentioned: true },
  // kind's node entrypoint check for user namespaces and delegated cgroup v2 controllers (SRC.kindEntrypoint), edited out by sed.
  { pattern: /(^|[^a-z_])validate_userns([^a-z_]|$)/, facility: 'kubernetes-node', mentioned: true },
  // A firmware tree staged for a root filesystem (/out/lib/firmware) or the linux-firmware repository checked out (SRC.firmwareLoader).
  { pattern: /^\/\S*\/lib\/firmware(\/|$)|(^|\/)linux-firmware(\.git)?\/?$/, facility: 'kernel-firmware', mentioned: true },
  // Command-line options: JVM huge pages (SRC.jdkLargePages), Chrome's sandbox off (SRC.chromiumSandbox), Elasticsearch's memory lock (SRC.esMemoryLock).
  { pattern: /^-XX:\+Use(TransparentHugePages|LargePages|HugeTLBFS)$/, facility: 'huge-pages', mentioned: true },
  // Discourse's thpoff runs a program with transparent huge pages off for it (SRC.thpoff): the host's THP mode decides.
  { pattern: /(^|\/)thpoff(\.c)?$/, facility: 'huge-pages', mentioned: true },
  // A script named for installing Chrome or Chromium: the browser then runs with or without its sandbox (SRC.installChrome).
  { pattern: /(^|\/)install[-_]chrom(e|ium)(\.sh)?$/, facility: 'browser-sandbox', mentioned: true },
  // Chromium's setuid sandbox helper under any path (puppeteer's .local-chromium/…/chrome_sandbox; SRC.chromeDevelSandbox).
  { pattern: /(^|\/)chrome[-_]sandbox$|(^|\/)chrome-devel-sandbox$/, facility: 'browser-sandbox', mentioned: true },
  // Kafel seccomp policies and builds linking kafel (SRC.kafel): the program loads the filter into the host kernel.
  { pattern: /\.kafel$|^--with-kafel(=|$)|google\/kafel(\.git|\/archive)?/, facility: 'seccomp-policy', mentioned: true },
  // Open vSwitch's source release (openvswitch-2.1.2.tar.gz) built in place: ovs-vswitchd drives the kernel datapath.
  { pattern: /(^|\/)openvswitch-\d+\.\d+(\.\d+)?(\.tar\.(gz|xz|bz2))?\/?$/, facility: 'openvswitch', mentioned: true },
  // Mininet's installer (SRC.mininetInstall): Mininet and, with -v, Open vSwitch; Mininet-WiFi's (SRC.mininetWifi) adds mac80211_hwsim.
  { pattern: /(^|\/)mininet(-wifi)?\/util\/install\.sh$/, facility: 'openvswitch', mentioned: true },
  // A script named for building jemalloc (discourse/discourse_docker @ e071c2c8 image/base/install-jemalloc passes
  // --with-lg-page=16 on aarch64): the allocator's page size is fixed at build (SRC.jemallocPage).
  { pattern: /(^|\/)install[-_]jemalloc(\.sh)?$/, facility: 'page-size', mentioned: true },
  { pattern: /^-XX:\+UseNUMA$/, facility: 'numa-policy', mentioned: true },
  // The options remove (all of) the dependency rather than create one: said so on hover (SRC.chromiumSandbox).
  {
    pattern: /^--no-sandbox$/,
    facility: 'browser-sandbox',
    mentioned: true,
    note: '`--no-sandbox` turns all of the sandbox off: the browser then needs neither user namespaces nor a seccomp profile that allows them, at the cost of its isolation. What follows applies only where it runs with its sandbox.',
  },
  {
    pattern: /^--disable-setuid-sandbox$/,
    facility: 'browser-sandbox',
    mentioned: true,
    note: '`--disable-setuid-sandbox` turns off only the setuid helper (chrome-sandbox): the user-namespace sandbox still needs user namespaces on the host and a seccomp profile that allows them.',
  },
  { pattern: /^-Ebootstrap\.memory_lock=true$/, facility: 'resource-limits', mentioned: true },
];

/** `usermod -aG <group>`, `adduser <user> <group>`, `USER <user>:<group>`: groups that own host devices. */
export const groupTriggers: Readonly<Record<string, string>> = {
  kvm: 'kvm',
  dialout: 'host-device',
  render: 'gpu',
  // V4L cameras and DRM cards (SRC.videoGroup).
  video: 'host-device',
  // /dev/input nodes (evdev, joysticks) belong to the input group (SRC.inputGroup).
  input: 'host-device',
  i2c: 'host-device',
  gpio: 'host-device',
  spi: 'host-device',
  // /dev/snd nodes belong to the audio group (SRC.sound).
  audio: 'sound',
  // Removable media and the USB devices whose udev rules name it (SRC.plugdevGroup).
  plugdev: 'host-device',
};

/**
 * ENV names that hold a list of supplementary groups for the image's user (`ENV ENTRYPOINT_GROUPS="audio,video"`, which
 * the image's entrypoint passes to `usermod -a -G`): inferred from the name (…GROUPS), so only the group names that
 * groupTriggers knows count, and only as an explanation, never a report.
 */
export const groupListEnvName = /^(?:[A-Z][A-Z0-9_]*_)?GROUPS$/;

/** Ports whose EXPOSE means a kernel facility, only when the same stage uses that facility otherwise. */
/**
 * `withPackages`: installing one of these in the same stage also links the port to the facility.
 * nfs-utils (Alpine, Fedora/RHEL) carries both the NFS client and the kernel server's tools
 * (rpc.nfsd, exportfs): installed alone it is a client, but with the NFS ports exposed it serves.
 */
export const portTriggers: readonly { port: number; facility: string; service: string; withPackages?: readonly string[] }[] = [
  { port: 2049, facility: 'nfs-server', service: 'NFS', withPackages: ['nfs-utils'] },
  { port: 111, facility: 'nfs-server', service: 'rpcbind (portmapper, used by NFSv3)', withPackages: ['nfs-utils'] },
  { port: 20048, facility: 'nfs-server', service: 'NFS mountd', withPackages: ['nfs-utils'] },
  { port: 1194, facility: 'tun', service: 'OpenVPN' },
  { port: 51820, facility: 'netlink-link', service: 'WireGuard' },
  { port: 500, facility: 'ipsec', service: 'IKE' },
  { port: 4500, facility: 'ipsec', service: 'IKE NAT traversal' },
  { port: 1701, facility: 'ppp', service: 'L2TP' },
  { port: 3260, facility: 'iscsi', service: 'iSCSI' },
];

/** Docker's default capability set (without CAP_): file capabilities outside it need --cap-add. */
export const dockerDefaultCapabilities: readonly string[] = [
  'CHOWN',
  'DAC_OVERRIDE',
  'FSETID',
  'FOWNER',
  'MKNOD',
  'NET_RAW',
  'SETGID',
  'SETUID',
  'SETFCAP',
  'SETPCAP',
  'NET_BIND_SERVICE',
  'SYS_CHROOT',
  'KILL',
  'AUDIT_WRITE',
];
export const dockerDefaultCapabilitiesSource: Source = SRC.mobyCaps;

// ── What a build step can never do ────────────────────────────────────────────────────────────

/**
 * Operations that need a capability or device a `docker build` step never has (without
 * `RUN --security=insecure`): they fail at build time. `sub` as in CommandTrigger; `infoSubs`
 * are read-only sub-commands that are fine.
 */
export interface BuildTimeLimit {
  command: string;
  /** The capability (without CAP_) or device the operation needs. */
  needs: string;
  sub?: string[];
  args?: RegExp;
  source: Source;
}

/**
 * What `RUN --security=insecure` means for the step (SRC.buildkitInsecure: "runs the command without sandbox in
 * insecure mode … equivalent to running docker run --privileged"; the entitlement must be allowed by the daemon and
 * asked for by the build). Explained on the flag, never reported: the builder decides whether it is allowed.
 */
export const insecureBuildStep: { note: string; source: Source } = {
  note:
    "**`RUN --security=insecure`**: this build step runs without BuildKit's sandbox, the equivalent of `docker run --privileged` " +
    "(all capabilities, the host's devices). The builder must allow the `security.insecure` entitlement " +
    '(buildkitd `--allow-insecure-entitlement security.insecure`) and the build must ask for it (`--allow security.insecure`); ' +
    'otherwise the build fails at this step.',
  source: [SRC.buildkitInsecure, SRC.dockerRun].join('; '),
};

const BUILD = [SRC.mobyCaps, SRC.buildkitInsecure].join('; ');
export const buildTimeLimits: readonly BuildTimeLimit[] = [
  ...[
    'iptables',
    'ip6tables',
    'iptables-legacy',
    'ip6tables-legacy',
    'iptables-nft',
    'ip6tables-nft',
    'iptables-restore',
    'ip6tables-restore',
    'nft',
    'ipset',
    'ipvsadm',
    'ebtables',
  ].map((command) => ({ command, needs: 'NET_ADMIN', source: BUILD })),
  { command: 'tc', needs: 'NET_ADMIN', sub: ['qdisc', 'class', 'filter'], args: /^(add|del|delete|change|replace|link)$/, source: BUILD },
  { command: 'wg-quick', needs: 'NET_ADMIN', sub: ['up', 'down'], source: BUILD },
  { command: 'wg', needs: 'NET_ADMIN', sub: ['set', 'setconf', 'addconf', 'syncconf'], source: BUILD },
  { command: 'brctl', needs: 'NET_ADMIN', sub: ['addbr', 'delbr', 'addif', 'delif'], source: BUILD },
  { command: 'route', needs: 'NET_ADMIN', sub: ['add', 'del'], source: [SRC.routeNetTools, BUILD].join('; ') },
  { command: 'mount', needs: 'SYS_ADMIN', source: BUILD },
  { command: 'umount', needs: 'SYS_ADMIN', source: BUILD },
  { command: 'losetup', needs: 'SYS_ADMIN', source: BUILD },
  { command: 'dmsetup', needs: 'SYS_ADMIN', sub: ['create', 'remove', 'load', 'resume', 'suspend', 'mknodes'], source: BUILD },
  { command: 'cryptsetup', needs: 'SYS_ADMIN', sub: ['open', 'luksOpen', 'plainOpen', 'create', 'close', 'luksClose'], source: BUILD },
  { command: 'kpartx', needs: 'SYS_ADMIN', source: BUILD },
  { command: 'alpine-make-vm-image', needs: 'SYS_ADMIN', source: [SRC.alpineMakeVmImage, BUILD].join('; ') },
  { command: 'zpool', needs: '/dev/zfs', source: BUILD },
  ...['rdmsr', 'wrmsr'].map((command) => ({ command, needs: '/dev/cpu', source: [SRC.msr, BUILD].join('; ') })),
  ...['dockerd', 'dockerd-current'].map((command) => ({ command, needs: 'privileged', source: [SRC.dind, BUILD].join('; ') })),
];

/** Process supervisors run as a container's command: the programs they start come from a configuration file. */
export const processSupervisors = {
  names: new Set(['supervisord', 'runsvdir', 's6-svscan']),
  source:
    'Supervisor documentation, "Configuration File" (supervisord.conf: each [program:x] section names in `command` a program supervisord starts and keeps running); runit runsvdir(8) (runsvdir starts a runsv(8) process for each subdirectory of its services directory, and runsv runs that directory\'s ./run); s6 documentation, s6-svscan (it starts an s6-supervise process for each service directory of its scan directory)',
} as const;

/**
 * A Chromium-based browser installed in a stage that also gets a client driving it: a WebDriver server package, or
 * a Selenium, Puppeteer or Playwright library (SRC.browserAutomation). The browser is then started by the image's
 * program, with or without its sandbox (browser-sandbox); a browser installed alone is no use of the host.
 */
export const browserAutomation = {
  browsers: new Set([
    'chromium',
    'chromium-browser',
    'google-chrome-stable',
    'google-chrome-beta',
    'google-chrome-unstable',
    'microsoft-edge-stable',
  ]),
  /** Distribution packages of the WebDriver servers for Chromium (Debian chromium-driver, Alpine chromium-chromedriver). */
  drivers: new Set(['chromium-driver', 'chromium-chromedriver', 'chromedriver']),
  python: new Set(['selenium', 'pyppeteer', 'playwright', 'undetected-chromedriver']),
  node: new Set(['puppeteer', 'puppeteer-core', 'playwright', 'playwright-core', '@playwright/test', 'selenium-webdriver']),
  /**
   * ENV keys that point a Puppeteer client at a browser the image installs, or stop it downloading its own
   * (SRC.puppeteerEnv), and the binary Karma's Chrome launcher starts (SRC.karmaBrowserBin): the client comes from
   * the project's own files, whose text is not in the Dockerfile.
   */
  env: /^(PUPPETEER_EXECUTABLE_PATH|PUPPETEER_SKIP_DOWNLOAD|PUPPETEER_SKIP_CHROMIUM_DOWNLOAD|CHROME_BIN)$/,
  /**
   * A stage that runs a Node.js program (npm, yarn, pnpm, npx or node in a RUN, CMD or ENTRYPOINT) and installs the
   * browser: the program comes from package.json, whose Puppeteer or Playwright client is not in the Dockerfile
   * (SRC.nodeBrowser). A `node` base image alone is not enough: the browser may be installed for something else.
   */
  nodeRunners: new Set(['node', 'nodejs', 'npm', 'npx', 'yarn', 'pnpm']),
  facility: 'browser-sandbox',
  source: [SRC.browserAutomation, SRC.puppeteerEnv, SRC.karmaBrowserBin, SRC.nodeBrowser].join('; '),
} as const;

/**
 * Browser downloads by an automation client's own CLI: Playwright's `playwright install` (SRC.playwrightInstall), with no
 * browser named fetching the default ones (Chromium among them), and Puppeteer's `puppeteer browsers install` or
 * `@puppeteer/browsers install` (SRC.puppeteerBrowsers), `chrome@stable`-style operands. Downloading is no use of the
 * host; the Chromium-based ones later run with Chromium's sandbox (browser-sandbox) when that client drives them. The
 * CLIs are run by name, through a package runner (`npx playwright`, `pnpm exec playwright`, `python -m playwright`)
 * or by the path of Playwright's cli.js in node_modules; `subcommand` is the words before the browsers.
 */
export const browserDownloads = {
  clis: [
    {
      program: /^(?:.*\/)?(?:playwright|(?:node_modules\/)?(?:@playwright\/test|playwright(?:-core)?)\/cli\.js)$/,
      subcommand: ['install'],
      label: 'playwright install',
    },
    { program: /^(?:.*\/)?puppeteer$/, subcommand: ['browsers', 'install'], label: 'puppeteer browsers install' },
    { program: /^@puppeteer\/browsers$/, subcommand: ['install'], label: '@puppeteer/browsers install' },
  ] as readonly { program: RegExp; subcommand: readonly string[]; label: string }[],
  runners: new Set(['npx', 'pnpx', 'bunx']),
  chromiumBased:
    /^(chromium|chromium-headless-shell|chrome|chrome-headless-shell|chrome-beta|chrome-dev|chrome-canary|msedge|msedge-beta|msedge-dev)$/,
  facility: 'browser-sandbox',
} as const;
