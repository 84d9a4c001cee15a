/**
 * invalid-directive: a `# kernel-lens:` or `# kernel-lens-ignore` comment Kernel Lens cannot
 * understand (unknown key, bad value, unknown rule id, near miss). The directive parser finds the
 * problems while reading the target; this rule turns the ones placed on a line into findings on the
 * bad token (the whole comment for a near miss), so they follow the same severity settings and
 * file-wide ignore as every rule. Its page: docs/rules/invalid-directive.md.
 */
import type { Finding } from '../../types';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'invalid-directive',
  defaultSeverity: 'warning',
  summary: 'A `# kernel-lens:` directive that Kernel Lens cannot understand.',
  check(ctx) {
    const findings: Finding[] = [];
    for (const p of ctx.directiveProblems) {
      if (p.line === undefined) continue;
      const lineText = ctx.model.lines[p.line] ?? '';
      // On the bad token when known (the whole comment otherwise); the range says the line, so the message does not.
      const wholeLine = {
        start: { line: p.line, character: lineText.length - lineText.trimStart().length },
        end: { line: p.line, character: lineText.length },
      };
      findings.push({ ruleId: rule.id, severity: 'warning', range: p.range ?? wholeLine, message: p.unplaced ?? p.message, fixes: [] });
    }
    return findings;
  },
};
