/**
 * `kubectl get nodes -o json` → host profiles, one per distinct (kernel, OS image, architecture,
 * runtime). Node objects carry no kernel config, so each profile names the preset whose OS matches
 * the node's OS image (its shipped config stands in for the node's) and says so in `presetReason`;
 * where nothing matches, the profile has the kernel release only and features are judged by version.
 *
 * Pure: the caller reads the file. The node fields used are the Kubernetes API's
 * `status.nodeInfo` (NodeSystemInfo: kernelVersion, osImage, architecture, operatingSystem,
 * containerRuntimeVersion) and well-known node-pool labels of the managed services.
 */
import { getPreset } from '../../knowledge/hosts';
import type { Arch } from '../../knowledge/types';
import { PROFILE_FORMAT, type HostProfile } from './profile';

/** Node-pool labels, most specific first (GKE, EKS, AKS, Karpenter, OpenShift/kOps role labels last). */
const POOL_LABELS = [
  'cloud.google.com/gke-nodepool',
  'eks.amazonaws.com/nodegroup',
  'alpha.eksctl.io/nodegroup-name',
  'kubernetes.azure.com/agentpool',
  'agentpool',
  'karpenter.sh/nodepool',
  'karpenter.sh/provisioner-name',
  'node.kubernetes.io/pool',
  'pool',
  'node-pool',
  'nodepool',
];

const KUBE_ARCH: Record<string, Arch> = {
  amd64: 'amd64',
  arm64: 'arm64',
  arm: 'arm/v7',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  '386': '386',
  riscv64: 'riscv64',
};

export interface NodeListResult {
  profiles: HostProfile[];
  problems: string[];
}

interface NodeFacts {
  name: string;
  pool?: string;
  kernel?: string;
  osImage?: string;
  os?: string;
  arch?: string;
  runtime?: string;
}

function record(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 && v.length <= 300 ? v : undefined;
}

function nodeFacts(item: unknown, index: number): NodeFacts | undefined {
  const node = record(item);
  if (!node) return undefined;
  const meta = record(node.metadata) ?? {};
  const labels = record(meta.labels) ?? {};
  const info = record(record(node.status)?.nodeInfo) ?? {};
  const facts: NodeFacts = { name: str(meta.name) ?? `node #${index + 1}` };
  for (const l of POOL_LABELS) {
    const v = str(labels[l]);
    if (v) {
      facts.pool = v;
      break;
    }
  }
  facts.kernel = str(info.kernelVersion);
  facts.osImage = str(info.osImage);
  facts.os = str(info.operatingSystem) ?? str(labels['kubernetes.io/os']);
  facts.arch = str(info.architecture) ?? str(labels['kubernetes.io/arch']);
  facts.runtime = str(info.containerRuntimeVersion);
  return facts;
}

/** `containerd://1.7.2` → `containerd@1.7.2`; `docker://20.10.7` → `docker@20.10.7`; CRI-O has no runtime preset (undefined). */
export function runtimeFromNode(v: string | undefined): string | undefined {
  // Build metadata after '+' (containerd://1.6.34+bottlerocket) is the vendor's, not a runtime option.
  const m = v ? /^(containerd|docker):\/\/v?([0-9][\w.-]*)(?:\+[\w.-]*)?$/.exec(v) : null;
  return m ? `${m[1]}@${m[2]}` : undefined;
}

/** Preset ids to try for an OS image, most specific first; the first that exists is used. */
export function presetCandidates(osImage: string, kernel: string | undefined): string[] {
  const s = osImage.trim();
  let m: RegExpExecArray | null;
  if ((m = /^Red Hat Enterprise Linux(?! CoreOS)(?: Server)? (\d+)(?:\.(\d+))?/i.exec(s))) {
    return m[2] !== undefined ? [`rhel-${m[1]}.${m[2]}`, `rhel${m[1]}.${m[2]}`, `rhel${m[1]}`] : [`rhel${m[1]}`];
  }
  if ((m = /^(Rocky Linux|AlmaLinux|CentOS Stream|CentOS Linux|Oracle Linux Server) (\d+)(?:\.(\d+))?/i.exec(s))) {
    const family = m[1].toLowerCase().startsWith('rocky')
      ? 'rocky'
      : m[1].toLowerCase().startsWith('alma')
        ? 'alma'
        : m[1].toLowerCase().startsWith('oracle')
          ? 'oracle'
          : 'centos';
    const major = m[2];
    const minor = m[3];
    const out = minor !== undefined ? [`${family}-${major}.${minor}`, `${family}${major}.${minor}`] : [];
    out.push(`${family}${major}`);
    // Rebuilds of RHEL run RHEL's kernel source: RHEL's preset of the same release is the next best.
    if (minor !== undefined) out.push(`rhel-${major}.${minor}`);
    out.push(`rhel${major}`);
    return out;
  }
  if ((m = /^Ubuntu (\d+\.\d+)/i.exec(s))) {
    const release = m[1];
    // The HWE kernel of a release is the next LTS's GA kernel: tell them apart by the node's kernel line.
    const hwe = kernel && /^(\d+\.\d+)/.exec(kernel)?.[1];
    const ga = getPreset(`ubuntu-${release}`)?.kernel?.match(/^(\d+\.\d+)/)?.[1];
    return hwe && ga && hwe !== ga ? [`ubuntu-${release}-hwe`, `ubuntu-${release}`] : [`ubuntu-${release}`];
  }
  if ((m = /^Debian GNU\/Linux (\d+)/i.exec(s))) return [`debian-${m[1]}`];
  if (/^Amazon Linux 2023/i.test(s)) return ['amazonlinux2023'];
  if (/^Amazon Linux 2\b/i.test(s)) return kernel?.startsWith('4.14') ? ['amazonlinux2-4.14'] : ['amazonlinux2-5.10'];
  if (/^Bottlerocket/i.test(s)) return ['bottlerocket'];
  if (/^Container-Optimized OS/i.test(s)) return ['cos'];
  if (/^Flatcar/i.test(s)) return ['flatcar'];
  if (/^Fedora CoreOS/i.test(s)) return ['fedora-coreos'];
  if ((m = /^Windows Server (\d{4})/i.exec(s))) return [`windows-server-${m[1]}`];
  return [];
}

function matchPreset(osImage: string | undefined, kernel: string | undefined): { preset?: string; reason: string } {
  if (!osImage) return { reason: 'The node reports no OS image; features are judged by the kernel version only.' };
  const candidates = presetCandidates(osImage, kernel);
  const id = candidates.find((c) => getPreset(c));
  if (!id) return { reason: `No preset matches the OS image "${osImage}"; features are judged by the kernel version only.` };
  const exact = id === candidates[0];
  return {
    preset: id,
    reason: `Node objects carry no kernel config: the shipped config of preset ${id} stands in for it (OS image "${osImage}"${exact ? '' : `; no preset for ${candidates[0]}`}).`,
  };
}

/** Turns a node list (or a single node) into profiles, one per distinct host kind. Never throws. */
export function profilesFromNodeList(data: unknown): NodeListResult {
  const problems: string[] = [];
  const root = record(data);
  const items: unknown[] = Array.isArray(root?.items) ? (root!.items as unknown[]) : root?.kind === 'Node' ? [root] : [];
  if (items.length === 0)
    return { profiles: [], problems: ['No nodes found: expected the output of `kubectl get nodes -o json` (a List with items).'] };
  const groups = new Map<string, { facts: NodeFacts; count: number; pools: Set<string>; names: string[] }>();
  items.forEach((item, i) => {
    const f = nodeFacts(item, i);
    if (!f) {
      problems.push(`Item ${i + 1} is not a node object; skipped.`);
      return;
    }
    if (!f.kernel && !f.osImage) problems.push(`Node ${f.name} has no status.nodeInfo; its host facts are unknown.`);
    const key = JSON.stringify([f.kernel, f.osImage, f.arch, f.runtime, f.os]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { facts: f, count: 0, pools: new Set(), names: [] }));
    g.count++;
    if (f.pool) g.pools.add(f.pool);
    g.names.push(f.name);
  });
  const usedNames = new Set<string>();
  const profiles: HostProfile[] = [];
  for (const g of groups.values()) {
    const f = g.facts;
    const os = f.os === 'windows' ? 'windows' : 'linux';
    const profile: HostProfile = { format: PROFILE_FORMAT, via: 'kubernetes', os };
    const pools = [...g.pools].sort();
    let name =
      pools.length > 0
        ? pools.join('+')
        : (f.osImage ?? f.name)
            .toLowerCase()
            .replace(/[^a-z0-9.]+/g, '-')
            .replace(/^-|-$/g, '');
    if (f.arch) name = usedNames.has(name) || pools.length === 0 ? `${name}-${f.arch}` : name;
    let unique = name;
    for (let n = 2; usedNames.has(unique); n++) unique = `${name}-${n}`;
    usedNames.add(unique);
    profile.name = unique;
    if (f.kernel) profile.kernelRelease = f.kernel;
    if (f.osImage) profile.osRelease = { prettyName: f.osImage };
    if (f.arch) {
      const arch = KUBE_ARCH[f.arch];
      if (arch) profile.arch = arch;
      else problems.push(`Node ${f.name}: architecture '${f.arch}' is not known; left unset.`);
    }
    const runtime = runtimeFromNode(f.runtime);
    if (runtime) profile.runtime = runtime;
    const match = matchPreset(f.osImage, f.kernel);
    if (match.preset) profile.preset = match.preset;
    profile.presetReason = match.reason;
    profile.nodes = { count: g.count, pools };
    profiles.push(profile);
  }
  return { profiles, problems };
}

/** A file name for a profile: its name, made safe for any file system. */
export function profileFileName(profile: HostProfile): string {
  const base =
    (profile.name ?? 'host')
      .replace(/[^A-Za-z0-9._+-]+/g, '-')
      .replace(/^[-.]+/, '')
      .slice(0, 80) || 'host';
  return `${base}.json`;
}
