// PLACEHOLDER: metadata only until the rule's detection lands.
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'systemd-init',
  defaultSeverity: 'warning',
  summary: 'TODO',
  check: () => [],
};
