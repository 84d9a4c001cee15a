/**
 * Lookups in the generated tag history of the dev container images (generated/devcontainerHistory.ts): for a tag the
 * build code of microsoft/vscode-dev-containers or devcontainers/images produced, the last version that produced it,
 * when, and the FROM of its variant then. An image's rows are decoded into a Map on its first lookup.
 */
import { devcontainerHistorySource, devcontainerTagRows } from './generated/devcontainerHistory';

export interface DevcontainerTag {
  /** The definition version whose build last produced the tag ('0.203.6'). */
  version: string;
  /** YYYY-MM-DD of that build's release tag (vscode-dev-containers) or manifest version change (devcontainers/images). */
  date: string;
  commit: string;
  /** 'v': vscode-dev-containers (published under vscode/devcontainers only); 'd': devcontainers/images (both paths). */
  from: 'v' | 'd';
  /** The last FROM of the variant's Dockerfile then, VARIANT substituted; absent when it named a variable or a stage. */
  base?: string;
  /** The newest publish of the image in the history: its tags may still be rebuilt. */
  newest: boolean;
  source: string;
}

/** Front-coding markers (as in scripts/gen-devcontainer-history.mjs): index = length of the prefix shared with the previous tag. */
const MARKERS = '!#$%&()*+,/;<=>?@[]^`{|}~';
const decoded = new Map<string, Map<string, DevcontainerTag>>();

function decode(image: string): Map<string, DevcontainerTag> {
  const cached = decoded.get(image);
  if (cached) return cached;
  const tags = new Map<string, DevcontainerTag>();
  decoded.set(image, tags);
  if (!Object.hasOwn(devcontainerTagRows, image)) return tags;
  const [publishText, baseText, rowText] = devcontainerTagRows[image];
  const publishes = publishText.split(',').map((p) => p.split(' '));
  const newestDate =
    publishes
      .map((p) => p[1])
      .sort()
      .at(-1) ?? '';
  const bases = baseText.split(' ');
  let prev = '';
  for (const row of rowText.split(' ').reduce<string[][]>((out, word, i) => {
    if (i % 3 === 0) out.push([word]);
    else out[out.length - 1].push(word);
    return out;
  }, [])) {
    const [coded, p, b] = row;
    const tag = prev.slice(0, MARKERS.indexOf(coded[0])) + coded.slice(1);
    prev = tag;
    const [version, date, commit, from] = publishes[Number.parseInt(p, 36)];
    const repo = from === 'v' ? devcontainerHistorySource.vscode : devcontainerHistorySource.images;
    tags.set(tag, {
      version,
      date,
      commit,
      from: from as 'v' | 'd',
      base: b === '-' ? undefined : bases[Number.parseInt(b, 36)],
      newest: date === newestDate,
      source: `${repo.repository} @ ${commit} (${date}), version ${version} of ${image}, read by scripts/gen-devcontainer-history.mjs (history to ${repo.repository} @ ${repo.commit.slice(0, 8)})`,
    });
  }
  return tags;
}

/**
 * The history of `image:tag` as published under a registry path: 'vscode' (mcr.microsoft.com/vscode/devcontainers, which
 * both repositories pushed to) or 'devcontainers' (mcr.microsoft.com/devcontainers, devcontainers/images only).
 */
export function devcontainerTag(image: string, tag: string, path: 'vscode' | 'devcontainers'): DevcontainerTag | undefined {
  const found = decode(image).get(tag);
  return found && (path === 'vscode' || found.from === 'd') ? found : undefined;
}

/** The images the history knows ('python', 'dotnet', …). */
export const devcontainerHistoryImages: readonly string[] = Object.keys(devcontainerTagRows);
