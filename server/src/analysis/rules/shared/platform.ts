/** A `--platform` value read as an OS and a normalised architecture (the knowledge's aliases). */
import { platformArchAliases } from '../../../knowledge/runtimeFacts';
import type { Arch } from '../../../knowledge/types';

/** Parse 'linux/arm64/v8' (or a lone 'arm64') → { os, arch }; undefined when it is not a plain platform. */
export function parsePlatform(text: string): { os: string; arch: Arch } | undefined {
  const parts = text.trim().toLowerCase().split('/');
  // A lone architecture (`--platform=arm64`, as podman and BuildKit accept) takes the OS of the daemon, Linux
  // for Linux containers (containerd/platforms platforms.go Parse, case 1). A lone OS fixes no architecture.
  if (parts.length === 1) {
    const arch = platformArchAliases[parts[0]];
    return arch ? { os: 'linux', arch } : undefined;
  }
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) return undefined;
  const [os, arch, variant] = parts;
  const key = variant ? `${arch}/${variant}` : arch;
  const normalised = platformArchAliases[key] ?? (variant ? undefined : platformArchAliases[arch]);
  return normalised ? { os, arch: normalised } : undefined;
}
