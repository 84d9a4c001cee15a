import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hostPresets } from '../../knowledge/hosts';
import { TARGET_INPUT_KEYS, validateTargetInput } from './settings';
import { buildWorkspaceSchema, workspaceSchemaText } from './workspaceSchema';

const SCHEMA_FILE = path.join(__dirname, '..', '..', '..', '..', 'schemas', 'kernel-lens.schema.json');

type Schema = Record<string, unknown>;

/** The subset of draft-07 the schema uses: type, enum, anyOf, pattern, minLength, minimum, maximum, properties, additionalProperties. */
function valid(schema: Schema, v: unknown): boolean {
  if (schema.anyOf) return (schema.anyOf as Schema[]).some((s) => valid(s, v));
  if (schema.enum && !(schema.enum as unknown[]).includes(v)) return false;
  const t = schema.type as string | undefined;
  if (t === 'string' && typeof v !== 'string') return false;
  if (t === 'boolean' && typeof v !== 'boolean') return false;
  if (t === 'integer' && !Number.isInteger(v)) return false;
  if (t === 'object' && (typeof v !== 'object' || v === null || Array.isArray(v))) return false;
  if (typeof v === 'string' && schema.pattern && !new RegExp(schema.pattern as string).test(v)) return false;
  if (typeof v === 'string' && typeof schema.minLength === 'number' && v.length < schema.minLength) return false;
  if (typeof v === 'number' && typeof schema.minimum === 'number' && v < schema.minimum) return false;
  if (typeof v === 'number' && typeof schema.maximum === 'number' && v > schema.maximum) return false;
  if (t === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
      const sub = k in props ? props[k] : (schema.additionalProperties as Schema | boolean | undefined);
      if (sub === false) return false;
      if (sub === true) continue;
      if (sub && !valid(sub, val)) return false;
    }
  }
  return true;
}

describe('schemas/kernel-lens.schema.json', () => {
  it('is up to date with the host presets (regenerate: npx tsx scripts/gen-schema.ts)', () => {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    assert.ok(
      committed === workspaceSchemaText(hostPresets),
      'schemas/kernel-lens.schema.json is stale: run `npx tsx scripts/gen-schema.ts`',
    );
  });
  const schema = buildWorkspaceSchema(hostPresets);
  it('is draft-07, describes every field, offers every preset id', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const props = schema.properties as Record<string, Schema>;
    assert.deepEqual(Object.keys(props), ['$schema', ...TARGET_INPUT_KEYS]);
    for (const k of TARGET_INPUT_KEYS) {
      assert.ok(typeof props[k].description === 'string' && typeof props[k].markdownDescription === 'string', k);
    }
    const targetEnum = ((props.target.anyOf as Schema[])[0].enum as string[]).slice();
    for (const p of hostPresets) assert.ok(targetEnum.includes(p.id), p.id);
  });
  it('accepts a typical file and rejects typos', () => {
    assert.ok(
      valid(schema, {
        $schema: './schemas/kernel-lens.schema.json',
        target: 'rhel8',
        arch: 'x86_64',
        kernelConfigPath: 'hosts/a.config',
        rules: { x: 'off' },
      }),
    );
    assert.ok(valid(schema, { target: '5.15.0-91-generic', runtime: 'docker@25.0.1', seccomp: 'unconfined', cgroup: 2 }));
    assert.ok(!valid(schema, { targt: 'rhel8' }));
    assert.ok(!valid(schema, { target: 'banana' }));
    assert.ok(!valid(schema, { runtime: 'dockr' }));
    assert.ok(!valid(schema, { rules: { x: 'loud' } }));
  });
  it('whatever the schema accepts, the server accepts too', () => {
    const props = schema.properties as Record<string, Schema>;
    const samples: Record<string, unknown[]> = {
      target: [
        'auto',
        ...hostPresets.map((p) => p.id),
        '5.15',
        '6.6.87.2-microsoft-standard-WSL2',
        'banana',
        '5',
        5.15,
        '99999.1',
        '0.1',
        '5.100',
        '1.2.99999',
      ],
      kernel: ['5.15', '4.18.0-513.11.1.el8_9.x86_64', '5.x', '', 7],
      kernelConfigPath: ['/boot/config', '', 1],
      arch: ['amd64', 'x86_64', 'aarch64', 'armhf', 'i686', 'sparc', 64],
      os: ['linux', 'windows', 'mac'],
      windowsBuild: [20348, 0, 1.5, '20348'],
      cgroup: [1, 2, 3, '2'],
      vsyscall: ['emulate', 'xonly', 'none', 'off'],
      runtime: [
        'docker',
        'docker@25.0.1',
        'podman@5.0.2-rc1',
        'containerd@2.0',
        'docker@25.0.3+unconfined',
        'podman+unconfined',
        'dockr',
        'docker@',
        'docker+',
      ],
      seccomp: [true, false, 'default', 'unconfined', 'maybe'],
      rules: [{ a: 'off', b: 'error' }, { a: 'loud' }, 'all'],
    };
    for (const [key, values] of Object.entries(samples)) {
      for (const v of values) {
        if (!valid(props[key], v)) continue;
        const r = validateTargetInput({ [key]: v }, 'f');
        assert.deepEqual(r.problems, [], `schema accepts ${key}=${JSON.stringify(v)} but the server reports a problem`);
      }
    }
  });
});
