/** `kernel-lens explain <image>`: the identity card of an image reference, against the target. */
import { parseImageRef } from '../../analysis/index';
import { lookupImage } from '../../analysis/index';
import { knowledgeDate } from '../../analysis/index';
import type { ImageLookup } from '../../analysis/index';
import { choice, parseArgs, UsageError, type OptionSpec } from '../args';
import { cardToPlainLines } from '../../analysis/index';
import { cardSaysCannotRun, imageCardModel } from '../../analysis/index';
import { ansi, plain, useColor } from '../color';
import { answerHelpOrVersion, COMMON_OPTIONS, commandHelp, TEXT_JSON_OUTPUT_OPTIONS } from '../help';
import { compactIdentity, identitySummary } from '../identity';
import type { CommandIO } from '../io';
import { version } from '../pkg';
import { targetJson } from '../report';
import { describeRunTarget, setupTarget, TARGET_OPTIONS } from '../targetSetup';
import { escapeControls } from '../terminalText';

const OPTIONS: readonly OptionSpec[] = [...TARGET_OPTIONS, ...TEXT_JSON_OUTPUT_OPTIONS, ...COMMON_OPTIONS];

const HELP = commandHelp(
  'kernel-lens explain <image reference> [options]',
  `Explains what an image reference (e.g. centos:7, python:3.12-slim) carries — a distribution's
userland: libc and the oldest kernel it accepts, support status — and what that means on the
target host. The image is looked up in the knowledge base; nothing is pulled.`,
  OPTIONS,
  'Exit codes: 0 explained, 1 the image cannot run on the target host, 2 usage or configuration error.',
);

export function runExplain(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, OPTIONS, 'explain');
  const early = answerHelpOrVersion(args, HELP, io);
  if (early !== undefined) return early;
  const format = choice('format', args.values.get('format'), ['text', 'json'] as const, 'text');
  if (args.positionals.length === 0) throw new UsageError("missing image reference (e.g. 'kernel-lens explain centos:7')");
  if (args.positionals.length > 1)
    throw new UsageError(`one image reference at a time (got ${args.positionals.length}: ${args.positionals.join(' ')})`);
  const written = args.positionals[0];
  let lookup: ImageLookup;
  let ref: Record<string, unknown> | undefined;
  if (written.trim().toLowerCase() === 'scratch') lookup = { kind: 'scratch' };
  else {
    const parsed = parseImageRef(written);
    if (!parsed.ok) throw new UsageError(`'${written}' is not a valid image reference: ${parsed.error}`);
    const r = parsed.ref;
    ref = { registry: r.registry, path: r.path, name: r.name, official: r.official };
    if (r.tag !== undefined) ref.tag = r.tag;
    if (r.digest !== undefined) ref.digest = r.digest;
    try {
      lookup = lookupImage(r);
    } catch (e) {
      lookup = { kind: 'unknown', reason: `lookup failed: ${(e as Error).message}` };
    }
  }
  const setup = setupTarget(args, { cwd: io.cwd });
  for (const w of new Set(setup.warnings)) io.err(`kernel-lens: warning: ${escapeControls(w)}\n`);
  const description = describeRunTarget(setup.target, setup.targetFlag);
  const model = imageCardModel(written, lookup, setup.target, io.today);
  const card = cardToPlainLines(model);
  // Like `check`: a script can tell from the exit code that this image cannot run on the target.
  const exitCode = cardSaysCannotRun(model) ? 1 : 0;
  if (format === 'json') {
    const doc: Record<string, unknown> = {
      version,
      knowledgeDate,
      target: targetJson(setup.target, description),
      image: written,
      kind: lookup.kind,
      summary: compactIdentity(written, lookup, io.today),
      card,
    };
    if (ref) doc.reference = ref;
    const identity = identitySummary(lookup, io.today);
    if (identity) doc.identity = identity;
    if (lookup.kind === 'unknown') doc.reason = lookup.reason;
    doc.cannotRunOnTarget = cardSaysCannotRun(model);
    io.out(JSON.stringify(doc, null, 2) + '\n');
    return exitCode;
  }
  const p = useColor(args.flags.has('no-color'), io.env, io.isTTY) ? ansi : plain;
  io.out(
    `${p.bold(escapeControls(description))}\n\n${card.map((l, i) => (i === 0 ? p.bold(escapeControls(l)) : escapeControls(l))).join('\n')}\n`,
  );
  return exitCode;
}
