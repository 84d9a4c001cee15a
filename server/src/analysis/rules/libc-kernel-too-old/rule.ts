// PLACEHOLDER: metadata only until the rule's detection lands.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'libc-kernel-too-old',
  defaultSeverity: 'error',
  summary: 'TODO',
  check: () => [],
};
