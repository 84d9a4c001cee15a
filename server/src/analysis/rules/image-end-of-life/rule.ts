// PLACEHOLDER: metadata only until the rule's detection lands.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'image-end-of-life',
  defaultSeverity: 'info',
  summary: 'TODO',
  check: () => [],
};
