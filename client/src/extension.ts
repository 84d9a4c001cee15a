/**
 * VS Code glue: starts the bundled server, shows the target in the status bar, offers the target
 * picker and rule docs. Talks to the server over LSP only.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import serverProcess from './serverProcess.json';
import { editedConfigText, savedMessage, storageChoices, type Storage } from './targetStorage';

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem | undefined;

interface TargetInfo {
  uri?: string;
  label: string;
  origin: { kind: string; detail: string };
  presetId?: string;
  description: string;
}
interface PresetInfo {
  id: string;
  name: string;
  group: string;
  kernel?: string;
  os: string;
  windowsBuild?: number;
}

const DOCKERFILE_SELECTOR = [
  { scheme: 'file', language: 'dockerfile' },
  { scheme: 'untitled', language: 'dockerfile' },
];

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient | undefined }> {
  const output = vscode.window.createOutputChannel('Kernel Lens', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...serverProcess.flags], env: { ...serverProcess.env } },
    },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...serverProcess.flags, '--nolazy', '--inspect=6019'], env: { ...serverProcess.env } },
    },
  };
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.kernel-lens.json');
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCKERFILE_SELECTOR,
    outputChannel: output,
    synchronize: { configurationSection: 'kernelLens', fileEvents: [configWatcher] },
    initializationOptions: {
      trusted: vscode.workspace.isTrusted,
      extensionPath: context.extensionPath,
    },
    // The library restarts a crashed server (up to 4 times in 3 minutes) with its default error handler.
    connectionOptions: { maxRestartCount: 4 },
  };
  client = new LanguageClient('kernelLens', 'Kernel Lens', serverOptions, clientOptions);

  statusItem = vscode.window.createStatusBarItem('kernelLens.target', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Kernel Lens target';
  statusItem.command = 'kernelLens.selectTarget';
  context.subscriptions.push(statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('kernelLens.selectTarget', () => selectTarget()),
    vscode.commands.registerCommand('kernelLens.openRuleDocs', (id: string) => openRuleDocs(context, id)),
    vscode.commands.registerCommand('kernelLens.showRequirements', () => showRequirements()),
    vscode.commands.registerCommand('kernelLens.restartServer', async () => {
      await client?.restart();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void refreshStatus()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );

  await client.start();
  client.onNotification('kernelLens/targetChanged', (info: TargetInfo) => {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (!info.uri || info.uri === active) showStatus(info);
  });
  await refreshStatus();
  return { client };
}

function showStatus(info: TargetInfo): void {
  if (!statusItem) return;
  statusItem.text = `$(server) ${info.label}`;
  statusItem.tooltip = new vscode.MarkdownString(`**Kernel Lens** — ${info.description}\n\nClick to select the target host.`);
  statusItem.show();
}

async function refreshStatus(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !statusItem) return;
  if (editor?.document.languageId !== 'dockerfile') {
    statusItem.hide();
    return;
  }
  try {
    const info = await client.sendRequest<TargetInfo>('kernelLens/targetInfo', { uri: editor.document.uri.toString() });
    showStatus(info);
  } catch {
    statusItem.hide();
  }
}

/** The host requirements report of the active Dockerfile, as Markdown beside it. */
async function showRequirements(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'dockerfile') {
    void vscode.window.showInformationMessage('Open a Dockerfile to see what its image needs from the host.');
    return;
  }
  const report = await client.sendRequest<{ markdown: string } | null>('kernelLens/requirements', { uri: editor.document.uri.toString() });
  if (!report) {
    void vscode.window.showInformationMessage('Kernel Lens has not analysed this Dockerfile yet.');
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: report.markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
}

type TargetChoice = { key: 'target' | 'kernelConfigPath'; value: string | undefined };
type TargetPickItem = vscode.QuickPickItem & { action?: 'preset' | 'version' | 'machine' | 'config'; id?: string };

async function selectTarget(): Promise<void> {
  if (!client) return;
  const presets = await client.sendRequest<PresetInfo[]>('kernelLens/presets');
  const editor = vscode.window.activeTextEditor;
  const current = await client
    .sendRequest<TargetInfo>('kernelLens/targetInfo', { uri: editor?.document.uri.toString() })
    .catch(() => undefined);
  const pick = await vscode.window.showQuickPick(targetPickItems(presets, current), {
    title: 'Kernel Lens: Select Target Host',
    placeHolder: current
      ? `Which host will run these containers? Now: ${current.label} (${current.origin.detail})`
      : 'Which host will run these containers?',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!pick) return;
  const choice = await targetChoiceOf(pick);
  if (!choice) return;
  const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!(await storeTargetChoice(folder, choice))) return;
  if (current?.origin.kind === 'directive') {
    void vscode.window.showWarningMessage(
      `Kernel Lens: this Dockerfile's "# kernel-lens:" directive outranks your choice (${current.origin.detail}).`,
    );
  }
  await refreshStatus();
}

/** The quick pick: the three ways to name a host, then the presets by group, the current one marked. */
function targetPickItems(presets: PresetInfo[], current: TargetInfo | undefined): TargetPickItem[] {
  const items: TargetPickItem[] = [
    { label: '$(edit) Enter a kernel version…', action: 'version' },
    { label: "$(vm) Use this machine's kernel", action: 'machine' },
    { label: '$(file) Choose a kernel config file…', action: 'config' },
  ];
  let group = '';
  for (const p of presets) {
    if (p.group !== group) {
      group = p.group;
      items.push({ label: group, kind: vscode.QuickPickItemKind.Separator });
    }
    const isCurrent = current?.presetId === p.id;
    items.push({
      label: `${isCurrent ? '$(check) ' : ''}${p.id}`,
      description: p.name + (isCurrent ? ' — current' : ''),
      detail: p.os === 'windows' ? `Windows build ${p.windowsBuild ?? '?'}` : p.kernel ? `kernel ${p.kernel}` : undefined,
      action: 'preset',
      id: p.id,
    });
  }
  return items;
}

/** The setting a picked item stands for, asking for the version or the config file where needed. */
async function targetChoiceOf(pick: TargetPickItem): Promise<TargetChoice | undefined> {
  switch (pick.action) {
    case 'preset':
      return { key: 'target', value: pick.id };
    case 'version': {
      const v = await vscode.window.showInputBox({
        title: 'Kernel version of the target host',
        placeHolder: 'e.g. 5.15.0-91-generic (uname -r on the host)',
      });
      return v ? { key: 'target', value: v.trim() } : undefined;
    }
    case 'machine':
      return { key: 'target', value: undefined };
    case 'config': {
      const files = await vscode.window.showOpenDialog({ title: 'Kernel config (.config or config.gz)', canSelectMany: false });
      return files?.[0] ? { key: 'kernelConfigPath', value: files[0].fsPath } : undefined;
    }
  }
  return undefined;
}

/** Keeps the choice where the user says (see chooseStorage); false when they cancel or the file write fails. */
async function storeTargetChoice(folder: vscode.WorkspaceFolder | undefined, choice: TargetChoice): Promise<boolean> {
  const place = await chooseStorage(folder, choice.key);
  if (!place) return false;
  const shown = choice.value ?? "this machine's kernel";
  if (place === 'file') {
    if (!folder || !(await writeToWorkspaceFile(folder, choice.key, choice.value))) return false;
    void vscode.window.showInformationMessage(savedMessage(shown, 'file'));
    return true;
  }
  const config = vscode.workspace.getConfiguration('kernelLens', folder?.uri);
  const target =
    place === 'user'
      ? vscode.ConfigurationTarget.Global
      : (vscode.workspace.workspaceFolders?.length ?? 0) > 1
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : vscode.ConfigurationTarget.Workspace;
  await config.update(choice.key, choice.value, target);
  void vscode.window.showInformationMessage(savedMessage(shown, place));
  if (folder && (await fileSetting(folder, choice.key)) !== undefined) {
    void vscode.window.showWarningMessage('Kernel Lens: .kernel-lens.json sets this too and outranks settings.');
  }
  return true;
}

/**
 * Where the choice is kept. Workspace settings by default; `.kernel-lens.json` (a file meant to be
 * committed, which the CLI and every teammate's editor read) only when the user picks it. Without
 * a folder open there is only one place: user settings.
 */
async function chooseStorage(folder: vscode.WorkspaceFolder | undefined, key: 'target' | 'kernelConfigPath'): Promise<Storage | undefined> {
  if (!folder) return 'user';
  const inFile = await fileSetting(folder, key);
  const items: (vscode.QuickPickItem & { storage: Storage })[] = storageChoices(inFile);
  const pick = await vscode.window.showQuickPick(items, {
    title: 'Kernel Lens: Where should the target be kept?',
    placeHolder: 'Workspace settings unless the team shares one',
  });
  return pick?.storage;
}

/** The value `.kernel-lens.json` in the folder gives a key, or undefined (no file, no key, unreadable). */
async function fileSetting(folder: vscode.WorkspaceFolder, key: string): Promise<string | undefined> {
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.kernel-lens.json')));
    const json: unknown = JSON.parse(text);
    const value = json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined;
    return value === undefined ? undefined : String(value);
  } catch {
    return undefined;
  }
}

/** Writes the choice into the folder's `.kernel-lens.json`, creating it when missing. False when it could not. */
async function writeToWorkspaceFile(
  folder: vscode.WorkspaceFolder,
  key: 'target' | 'kernelConfigPath',
  value: string | undefined,
): Promise<boolean> {
  const uri = vscode.Uri.joinPath(folder.uri, '.kernel-lens.json');
  let existing: string | undefined;
  try {
    existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    existing = undefined;
  }
  let text: string | undefined;
  try {
    text = editedConfigText(existing, key, value);
  } catch {
    // Comments or errors: rewriting it would lose them, so the user edits it.
    void vscode.window.showWarningMessage('Kernel Lens: .kernel-lens.json has comments or errors; edit it by hand.');
    await vscode.window.showTextDocument(uri);
    return false;
  }
  if (text !== undefined) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return true;
}

async function openRuleDocs(context: vscode.ExtensionContext, id: string): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(id ?? '')) return;
  const uri = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${id}.md`)));
  await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => vscode.window.showTextDocument(uri));
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
