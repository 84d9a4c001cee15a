/**
 * Where the target picker keeps a choice, and the JSON edit of `.kernel-lens.json`. No `vscode`
 * import: the choices and the edit are plain data, so they are tested without an editor.
 */

export type Storage = 'workspace' | 'user' | 'file';

export interface StorageChoice {
  storage: Storage;
  label: string;
  description: string;
  detail?: string;
}

/**
 * The places offered, default first. Workspace settings are the default; `.kernel-lens.json` is a
 * file meant to be committed (the CLI and every teammate's editor read it), so it is written only
 * when picked. `inFile` is what the folder's `.kernel-lens.json` sets for the key now, if anything:
 * then settings would have no effect, and the items say so.
 */
export function storageChoices(inFile: string | undefined): StorageChoice[] {
  return [
    {
      storage: 'workspace',
      label: 'Workspace settings',
      description: 'this workspace, on this machine',
      detail: inFile !== undefined ? 'No effect while .kernel-lens.json sets it: that file outranks settings.' : undefined,
    },
    {
      storage: 'file',
      label: '.kernel-lens.json',
      description: 'shared: commit it for the team and the CLI',
      detail: inFile !== undefined ? `It sets this now: ${inFile}.` : 'Creates the file in the workspace folder.',
    },
    { storage: 'user', label: 'User settings', description: 'every workspace on this machine' },
  ];
}

/**
 * The new text of `.kernel-lens.json` with the key set (or removed when `value` is undefined), or
 * undefined when nothing needs writing. Throws when the existing text is not a plain JSON object
 * (comments, errors): rewriting it would lose what the user wrote.
 */
export function editedConfigText(
  existing: string | undefined,
  key: 'target' | 'kernelConfigPath',
  value: string | undefined,
): string | undefined {
  if (existing === undefined && value === undefined) return undefined;
  let json: Record<string, unknown> = {};
  if (existing !== undefined) {
    const parsed: unknown = JSON.parse(existing);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('.kernel-lens.json is not a JSON object');
    json = parsed as Record<string, unknown>;
  }
  if (value === undefined) delete json[key];
  else json[key] = value;
  // A preset or version chosen here replaces an explicit kernel override in the same file.
  if (key === 'target') delete json.kernel;
  return JSON.stringify(json, null, 2) + '\n';
}

/** Notifications are one short sentence: longer ones are cut in the toast. */
export function savedMessage(shown: string, storage: Storage): string {
  const where = storage === 'file' ? '.kernel-lens.json' : storage === 'user' ? 'user settings' : 'workspace settings';
  return `Kernel Lens: ${shown} saved in ${where}.`;
}
