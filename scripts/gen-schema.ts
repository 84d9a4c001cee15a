/**
 * Writes schemas/kernel-lens.schema.json from the host presets.
 * Run: npx tsx scripts/gen-schema.ts   (a test fails when the committed file is stale)
 */
import fs from 'node:fs';
import path from 'node:path';
import { hostPresets } from '../server/src/knowledge/hosts';
import { workspaceSchemaText } from '../server/src/analysis/host/workspaceSchema';

const out = path.join(__dirname, '..', 'schemas', 'kernel-lens.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, workspaceSchemaText(hostPresets));
console.log(`wrote ${path.relative(process.cwd(), out)} (${hostPresets.length} presets)`);
