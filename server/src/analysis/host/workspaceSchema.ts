/**
 * The JSON schema of `.kernel-lens.json`, built from the same tables the validator uses (preset
 * ids, architectures, severities), so editors complete and check exactly what the server accepts.
 * `scripts/gen-schema.ts` writes it to `schemas/kernel-lens.schema.json`; a test fails when the
 * committed file is stale.
 */
import type { HostPreset } from '../../knowledge/types';
import { KERNEL_VERSION } from './kernelVersion';
import {
  ARCH_ALIASES,
  AUTO_TARGET,
  CANONICAL_ARCHES,
  RULE_SEVERITIES,
  RUNTIME_KINDS,
  TARGET_INPUT_KEYS,
  UNCONFINED_SUFFIX,
} from './settings';

type Schema = Record<string, unknown>;

function described(markdown: string, rest: Schema): Schema {
  // Plain description for tools without markdown support: drop backticks and links' brackets.
  const plain = markdown.replace(/`/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  return { description: plain, markdownDescription: markdown, ...rest };
}

function presetSummary(p: HostPreset): string {
  const what =
    p.os === 'windows'
      ? p.windowsBuild !== undefined
        ? `Windows build ${p.windowsBuild}`
        : 'Windows'
      : p.kernel
        ? `kernel ${p.kernel}`
        : 'kernel not pinned';
  return `${p.name} — ${what}`;
}

export function buildWorkspaceSchema(presets: readonly HostPreset[]): Schema {
  const kernelPattern = KERNEL_VERSION.source;
  const aliasList = Object.entries(ARCH_ALIASES);
  const properties: Record<string, Schema> = {
    $schema: { type: 'string', description: 'The schema of this file.' },
    target: described(
      "The host that will run the image: a preset id (`rhel8`, `ubuntu-22.04`, …), a kernel version as `uname -r` prints it (`5.15.0-91-generic`), or `auto` (this machine on Linux, Docker Desktop on macOS and Windows). A Dockerfile's `# kernel-lens:` directive and CLI flags take precedence over this file; editor settings come after it.",
      {
        anyOf: [
          {
            enum: [AUTO_TARGET, ...presets.map((p) => p.id)],
            markdownEnumDescriptions: ['This machine on Linux; Docker Desktop on macOS and Windows.', ...presets.map(presetSummary)],
          },
          { type: 'string', pattern: kernelPattern },
          {
            type: 'string',
            pattern: '\\.json$',
            description: 'A host profile made by `kernel-lens target capture` or `target from-kubernetes`, relative to this file.',
          },
        ],
      },
    ),
    targets: described(
      'Several hosts at once (preset ids, kernel versions, host profile files): every Dockerfile is checked against each, and a finding says which fail ("fails on rhel8 (4.18); fine on ubuntu-24.04"). Takes the place of `target`.',
      { type: 'array', minItems: 1, maxItems: 32, uniqueItems: true, items: { type: 'string', minLength: 1 } },
    ),
    kernel: described(
      'Kernel version of the host (`uname -r`), e.g. `5.15` or `4.18.0-513.11.1.el8_9.x86_64`. Overrides the kernel of the `target` preset.',
      {
        type: 'string',
        pattern: kernelPattern,
      },
    ),
    kernelConfigPath: described(
      "Path of the host's kernel config (`/boot/config-$(uname -r)` or a copy of `/proc/config.gz`), plain or gzip. Relative paths are relative to this file's folder. Without one, kernel features the config decides are reported as unknown (unless the preset ships a config).",
      { type: 'string', minLength: 1 },
    ),
    arch: described(`CPU architecture of the host. Aliases are accepted: ${aliasList.map(([a, c]) => `\`${a}\`→\`${c}\``).join(', ')}.`, {
      enum: [...CANONICAL_ARCHES, ...aliasList.map(([a]) => a)],
    }),
    os: described('Operating system of the host.', { enum: ['linux', 'windows'] }),
    windowsBuild: described('Windows build number of a Windows host (what `winver` shows), e.g. for process-isolated Windows containers.', {
      type: 'integer',
      minimum: 1,
      maximum: 999999,
    }),
    cgroup: described('cgroup version the host mounts (`stat -fc %T /sys/fs/cgroup`: `cgroup2fs` means 2).', { enum: [1, 2] }),
    vsyscall: described("The host kernel's vsyscall mode (`vsyscall=` on its command line). `none` breaks very old glibc binaries.", {
      enum: ['emulate', 'xonly', 'none'],
    }),
    runtime: described(
      `Container runtime, optionally with its version: ${RUNTIME_KINDS.map((k) => `\`${k}\``).join(', ')}, e.g. \`docker@25.0.1\`. Add \`${UNCONFINED_SUFFIX}\` when containers run without the default seccomp profile (\`docker@25.0.3${UNCONFINED_SUFFIX}\`).`,
      {
        type: 'string',
        pattern: `^(${RUNTIME_KINDS.join('|')})(@\\d{1,4}(\\.\\d{1,6}){0,3}([-+~][0-9A-Za-z.+~-]{1,64})?)?(\\${UNCONFINED_SUFFIX})?$`,
      },
    ),
    seccomp: described(
      'Whether the runtime\'s default seccomp profile applies: `false` or `"unconfined"` for `--security-opt seccomp=unconfined` or privileged containers. Needs `runtime`.',
      {
        anyOf: [{ type: 'boolean' }, { enum: ['default', 'unconfined'] }],
      },
    ),
    rules: described('Severity per rule id; `off` disables a rule.', {
      type: 'object',
      additionalProperties: { enum: [...RULE_SEVERITIES] },
    }),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Kernel Lens target host (.kernel-lens.json)',
    ...described(
      'Says which host will run the images built from the Dockerfiles in this folder, so Kernel Lens checks them against that kernel.',
      {},
    ),
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(['$schema', ...TARGET_INPUT_KEYS].map((k) => [k, properties[k]])),
  };
}

/** The file's text: stable key order, 2-space indent, trailing newline. */
export function workspaceSchemaText(presets: readonly HostPreset[]): string {
  return JSON.stringify(buildWorkspaceSchema(presets), null, 2) + '\n';
}
