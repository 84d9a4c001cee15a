// PLACEHOLDER: metadata only until the rule's detection lands.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'vsyscall-required',
  defaultSeverity: 'error',
  summary: 'TODO',
  check: () => [],
};
