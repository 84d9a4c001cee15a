/**
 * Parsing of image references as written in FROM lines
 * (https://github.com/distribution/reference grammar, docker's normalisation rules).
 */

import type { ImageRef } from '../knowledge/types';

// The parsed form is the knowledge base's lookup key, so the knowledge layer defines it.
export type { ImageRef };

export type ImageRefParse = { ok: true; ref: ImageRef } | { ok: false; error: string };

const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;

export function parseImageRef(input: string): ImageRefParse {
  const raw = input.trim();
  if (raw === '') return { ok: false, error: 'empty image reference' };
  if (raw.length > 4096) return { ok: false, error: 'image reference is longer than 4096 characters' };
  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return { ok: false, error: `malformed digest "${digest}"` };
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return { ok: false, error: `malformed tag "${tag}"` };
  }
  if (rest === '') return { ok: false, error: 'missing image name' };
  const parts = rest.split('/');
  let registry = 'docker.io';
  const first = parts[0];
  // A first component is a registry host when it has a dot or a port, or is 'localhost' (docker's rule).
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first.toLowerCase();
    parts.shift();
  }
  if (DOCKER_HUB_ALIASES.has(registry)) registry = 'docker.io';
  if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) {
    return { ok: false, error: `malformed repository name "${rest}" (lowercase letters, digits and separators only)` };
  }
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  const path = parts.join('/');
  return {
    ok: true,
    ref: {
      raw,
      registry,
      path,
      name: parts[parts.length - 1],
      tag,
      digest,
      official: registry === 'docker.io' && parts[0] === 'library' && parts.length === 2,
    },
  };
}

/** Canonical short form for display: 'ubuntu:22.04', 'quay.io/centos/centos:stream9'. */
export function formatImageRef(ref: Pick<ImageRef, 'registry' | 'path' | 'tag' | 'digest'>): string {
  let name = ref.path;
  if (ref.registry === 'docker.io') {
    if (name.startsWith('library/')) name = name.slice('library/'.length);
  } else {
    name = `${ref.registry}/${name}`;
  }
  return name + (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}
