/**
 * The date the knowledge base describes. Moving tags ('latest', untagged, '3') are resolved as of
 * this date, and hovers and the CLI say "as of" it. Support status is computed from today's date.
 */
export const knowledgeDate = '2026-08-22';
export const knowledgeDateSource =
  'Snapshots: endoflife-date/endoflife.date @ a70eca33 (2026-08-22); docker-library/official-images @ 37079fb3 (2026-08-21)';
