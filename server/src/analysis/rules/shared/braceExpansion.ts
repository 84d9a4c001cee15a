/**
 * Bash brace expansion of one word (`modules{,_install}` → `modules`, `modules_install`), comma lists only: the words a
 * shell passes where a Dockerfile abbreviates (`make -C src modules{,_install}`, `kernel{,-core}`). Sequences
 * (`{1..3}`), nested braces and quoted braces are left as written; at most `limit` words come out.
 */
export function braceAlternatives(word: string, limit = 16): string[] {
  const m = /^([^{}]*)\{([^{}]*,[^{}]*)\}(.*)$/.exec(word);
  if (!m || /["'\\$]/.test(word)) return [word];
  const out: string[] = [];
  for (const part of m[2].split(',')) {
    for (const rest of braceAlternatives(m[3], limit)) {
      if (out.length >= limit) return out;
      out.push(m[1] + part + rest);
    }
  }
  return out;
}
