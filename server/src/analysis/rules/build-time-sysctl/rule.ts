// PLACEHOLDER: metadata only until the rule's detection lands.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'build-time-sysctl',
  defaultSeverity: 'warning',
  summary: 'TODO',
  check: () => [],
};
