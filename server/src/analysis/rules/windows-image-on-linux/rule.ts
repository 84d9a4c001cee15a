// PLACEHOLDER: metadata only until the rule's detection lands.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'windows-image-on-linux',
  defaultSeverity: 'error',
  summary: 'TODO',
  check: () => [],
};
