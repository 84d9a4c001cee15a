// The real VS Code: the packaged .vsix installed into a fresh code-server profile, driven through
// headless Debian Chromium with playwright-core, the way a person uses it (mouse hover, Problems panel,
// Ctrl+. quick fix, command palette). Every step polls for the state it needs (no fixed sleeps) and
// fails with a message naming itself. Every process started here is stopped at the end, always.
//
// Usage: node test/e2e/vscode/code-server.mjs [--vsix file.vsix] [--negative-control] [--no-latest-screenshots]
//   --vsix              use this package (default: build dist/ and package a fresh .vsix into the run folder)
//   --negative-control  install NOTHING (empty extensions folder) and assert that the hover step FAILS,
//                       proving that the test can fail; exit 0 means "failed as it must"
//   --no-latest-screenshots  keep the screenshots in the run folder only (default: also copy them to
//                       <repo>/.cache/screenshots/; only `npm run screenshots:update` copies them into the
//                       tracked docs/images/, so a test run never changes the working tree)
// Output: a line per step, then one line `E2E-RESULT {json}` for test/e2e/run.mjs. Exit 0 = all passed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import {
  chromiumBin,
  codeServerBin,
  e2eDir,
  makeRunDir,
  missingPrerequisites,
  node24Bin,
  readExpectations,
  repoRoot,
  screenshotsDir,
} from '../paths.mjs';

const args = process.argv.slice(2);
const negative = args.includes('--negative-control');
const copyToLatest = !negative && !args.includes('--no-latest-screenshots');
const vsixArg = args.includes('--vsix') ? path.resolve(args[args.indexOf('--vsix') + 1]) : undefined;
const expect = readExpectations().vscode;
const hoverExpect = readExpectations().hover;

const t0 = Date.now();
const results = [];
const log = (s) => console.log(`[vscode ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);

// ---- processes we start, stopped on every way out ---------------------------------------------------
let codeServer; // ChildProcess, leader of its own process group (detached = setsid)
let browserContext;
function stopCodeServer() {
  if (!codeServer || codeServer.exitCode !== null || codeServer.signalCode !== null) return;
  const pgid = codeServer.pid;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  // its file watcher child outlives the main process for a moment: make sure the whole group is gone
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    spawnSync('sleep', ['0.05']);
  }
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}
process.on('exit', stopCodeServer);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    stopCodeServer();
    process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
  });
}

// ---- helpers ------------------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function poll(what, fn, timeoutMs, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last error: ${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function run(cmd, argv, opts) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 120_000, ...opts });
  if (r.status !== 0) {
    throw new Error(
      `${path.basename(cmd)} ${argv.join(' ')} failed (${r.status ?? r.signal}):\n${(r.stdout ?? '') + (r.stderr ?? '')}`.slice(0, 3000),
    );
  }
  return r.stdout;
}

let page;
let shotsDir;
async function screenshot(name) {
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file }); // workbench.reduceMotion is on: no half-faded widgets
  if (copyToLatest) {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    fs.copyFileSync(file, path.join(screenshotsDir, `${name}.png`));
  }
  return file;
}

let failedAlready = false;
/** One check: runs only while everything before it passed (later steps need the state earlier ones made). */
async function step(name, fn) {
  if (failedAlready) {
    results.push({ name, ok: false, skipped: true, error: 'not run: an earlier step failed' });
    log(`SKIP ${name} (an earlier step failed)`);
    return undefined;
  }
  const s = Date.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true, ms: Date.now() - s, detail });
    log(`ok   ${name} (${Date.now() - s} ms)${detail ? `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
    return detail;
  } catch (e) {
    failedAlready = true;
    const msg = String(e?.message ?? e)
      .split('\n')
      .slice(0, 12)
      .join('\n');
    results.push({ name, ok: false, ms: Date.now() - s, error: msg });
    // In the negative control a failing step is the expected outcome: say so, so the log shows no false "FAIL".
    log(`${negative ? 'failed, as the negative control expects:' : 'FAIL'} ${name}: ${msg}`);
    if (page) await page.screenshot({ path: path.join(shotsDir, `failure-${name.replace(/[^a-z0-9]+/gi, '-')}.png`) }).catch(() => {});
    return undefined;
  }
}

// ---- workbench locators (VS Code 1.139 DOM; pinned through the code-server version) -------------------
const editor = () => page.locator('.part.editor .editor-instance .monaco-editor').filter({ visible: true }).first();
const quickInput = () => page.locator('.quick-input-widget').filter({ visible: true });
const quickRows = () => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
const problemRows = () => page.locator('.markers-panel .monaco-list-row');
/** Label and description of every rendered Quick Open / Quick Pick row, read in one go. */
const quickRowLabels = () =>
  quickRows().evaluateAll((rows) =>
    rows.map((r) => ({
      label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
      description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
    })),
  );
const statusItem = () => page.locator('.statusbar-item:has(.codicon-server)').first();

/** The status bar's cursor position ("Ln 2, Col 6"), or "" when it is not shown. */
async function cursorPosition() {
  const t = await page
    .locator('.statusbar-item[id="status.editor.selection"]')
    .first()
    .innerText({ timeout: 1000 })
    .catch(() => '');
  return t.replace(/\s+/g, ' ').trim();
}

/** What the workbench shows right now, for failure messages: focus, cursor, overlay messages. */
async function workbenchState() {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 3).join('.')}` : 'none';
  });
  const overlay = await page
    .locator('.monaco-editor-overlaymessage')
    .allInnerTexts()
    .catch(() => []);
  return `focus ${focus}, cursor "${await cursorPosition()}", overlay ${JSON.stringify(overlay.map((t) => t.trim()).filter(Boolean))}`;
}

async function kernelLensProblems() {
  const rows = await problemRows().allInnerTexts();
  return rows.map((r) => r.replace(/\s+/g, ' ').trim()).filter((r) => r.includes('kernel-lens'));
}

/** Ctrl+P, type a workspace-relative path, open the entry whose folder matches. */
async function openFile(rel, mustShow) {
  await page.keyboard.press('Control+P');
  await quickInput().locator('input').waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type(rel);
  const dir = path.dirname(rel);
  const base = path.basename(rel);
  const index = await poll(
    `Quick Open lists ${rel}`,
    async () => {
      const rows = await quickRowLabels();
      return (
        rows.findIndex((r) => r.label === base && (dir === '.' ? !/\b(kernel|app)\b/.test(r.description) : r.description.endsWith(dir))) + 1
      );
    },
    15_000,
  );
  // Click the row by what it shows, not by its index: Quick Open re-renders its list while results
  // arrive, and a row found at index n may sit elsewhere (or be re-created) by the time of the click.
  const escapeRe = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let row = quickRows().filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(base)}$`) }) });
  row =
    dir === '.'
      ? row.filter({ hasNot: page.locator('.label-description', { hasText: /\b(kernel|app)\b/ }) })
      : row.filter({ has: page.locator('.label-description', { hasText: new RegExp(`${escapeRe(dir)}$`) }) });
  if (index < 1) throw new Error(`Quick Open does not list ${rel}`);
  await row.first().click({ timeout: 15_000 });
  await editor().locator('.view-lines', { hasText: mustShow }).waitFor({ timeout: 15_000 });
}

/** Move the real mouse onto a token until the hover card with `identity` shows (the server may still be starting). */
async function hoverUntil(tokenRe, identity, timeoutMs) {
  const card = page.locator('.monaco-hover-content', { hasText: identity }).filter({ visible: true }).first();
  await poll(
    `hover card containing "${identity}"`,
    async () => {
      const tok = editor().locator('.view-line span span', { hasText: tokenRe }).first();
      const box = await tok.boundingBox();
      if (!box) return false;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
      try {
        await card.waitFor({ state: 'visible', timeout: 2500 });
        return true;
      } catch {
        await page.mouse.move(5, 300); // leave, so the next move onto the token asks again
        return false;
      }
    },
    timeoutMs,
    50,
  );
  return (await card.innerText()).trim();
}

async function runCommand(title) {
  await page.keyboard.press('F1');
  await quickInput().locator('input').waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type(title);
  const row = quickRows().filter({ hasText: title }).first();
  await row.waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

// ---- main ----------------------------------------------------------------------------------------------
async function main() {
  const missing = missingPrerequisites();
  if (missing.length) {
    results.push({ name: 'prerequisites', ok: false, error: `missing: ${missing.join(', ')} — run bash test/e2e/setup.sh` });
    return;
  }
  const runDir = makeRunDir(negative ? 'negative' : 'vscode');
  shotsDir = path.join(runDir, 'shots');
  fs.mkdirSync(shotsDir, { recursive: true });
  log(`run folder ${runDir}`);
  const env = {
    ...process.env,
    PATH: `${node24Bin}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
    XDG_STATE_HOME: path.join(runDir, 'xdg', 'state'),
  };
  const userData = path.join(runDir, 'user-data');
  const extDir = path.join(runDir, 'extensions');
  const ws = path.join(runDir, 'workspace');
  fs.mkdirSync(extDir, { recursive: true });
  fs.cpSync(path.join(e2eDir, 'fixtures', 'workspace'), ws, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        'editor.hover.delay': 100,
        'editor.minimap.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.reduceMotion': 'on',
        'window.zoomLevel': 0,
      },
      null,
      2,
    ),
  );

  await step(negative ? 'no extension installed (negative control)' : 'build and install the .vsix', async () => {
    if (negative) {
      const list = run(codeServerBin, ['--user-data-dir', userData, '--extensions-dir', extDir, '--list-extensions'], { env });
      // extension ids are `publisher.name` lines; other lines (log notes) may mention paths with kernel-lens in them
      if (/^kernel-lens\.kernel-lens\b/m.test(list)) throw new Error(`extensions folder is not empty: ${list}`);
      return 'empty extensions folder';
    }
    let vsix = vsixArg;
    if (!vsix) {
      vsix = path.join(runDir, 'kernel-lens.vsix');
      run(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot });
      run(process.execPath, [path.join(repoRoot, 'scripts', 'package.mjs'), vsix], { cwd: repoRoot });
    }
    if (!fs.existsSync(vsix)) throw new Error(`no .vsix at ${vsix}`);
    run(codeServerBin, ['--user-data-dir', userData, '--extensions-dir', extDir, '--install-extension', vsix], { env });
    const list = run(codeServerBin, ['--user-data-dir', userData, '--extensions-dir', extDir, '--list-extensions', '--show-versions'], {
      env,
    });
    const id = list.split('\n').find((l) => l.startsWith('kernel-lens.kernel-lens@'));
    if (!id) throw new Error(`code-server does not list kernel-lens.kernel-lens after install: ${list}`);
    return `${path.basename(vsix)} → ${id}`;
  });

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  await step('start code-server', async () => {
    const logFd = fs.openSync(path.join(runDir, 'code-server.log'), 'w');
    codeServer = spawn(
      codeServerBin,
      [
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--user-data-dir',
        userData,
        '--extensions-dir',
        extDir,
        ws,
      ],
      { env, detached: true, stdio: ['ignore', logFd, logFd] }, // detached: setsid, its own process group
    );
    fs.closeSync(logFd);
    await poll(
      `code-server answers ${url}/healthz (log: ${path.join(runDir, 'code-server.log')})`,
      async () => {
        if (codeServer.exitCode !== null) throw new Error(`code-server exited with ${codeServer.exitCode}`);
        const r = await fetch(`${url}/healthz`).catch(() => undefined);
        return r?.ok;
      },
      30_000,
    );
    return `pid ${codeServer.pid}, ${url}`;
  });

  const { chromium } = await import('playwright-core');
  await step('open the workbench in headless Chromium', async () => {
    browserContext = await chromium.launchPersistentContext(path.join(runDir, 'chromium-profile'), {
      executablePath: chromiumBin,
      headless: true,
      viewport: { width: 1400, height: 860 },
      env,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = browserContext.pages()[0] ?? (await browserContext.newPage());
    page.setDefaultTimeout(20_000);
    await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'kernel' }).first().waitFor({ timeout: 60_000 });
    return 'explorer shows the workspace';
  });

  await step(`open ${expect.hoverFile}`, async () => {
    await openFile(expect.hoverFile, 'centos:7');
  });

  const hover = await step('hover FROM centos:7 shows the Kernel Lens card', async () => {
    const text = await hoverUntil(/^FROM$/, hoverExpect.contains[0], negative ? 12_000 : 45_000);
    const flat = text.replace(/\s+/g, ' ');
    const want = [...hoverExpect.contains, ...(expect.hoverMustAlsoContain ?? [])];
    const missingBits = want.filter((s) => !flat.toLowerCase().includes(s.toLowerCase()));
    if (missingBits.length) throw new Error(`hover card lacks ${missingBits.map((s) => `"${s}"`).join(', ')}; card text: ${flat}`);
    await screenshot('hover');
    return flat;
  });

  if (negative) return;

  const statusBefore = await step(`status bar shows the target from .kernel-lens.json`, async () => {
    await page.mouse.move(5, 300);
    await page.keyboard.press('Escape');
    const text = await poll(
      'status bar item $(server) <target>',
      async () => {
        const t = (await statusItem().innerText({ timeout: 1000 })).trim();
        return t || undefined;
      },
      20_000,
    );
    const mentions = expect.targetBeforeMentions;
    if (!mentions.some((m) => text.toLowerCase().includes(m.toLowerCase()))) {
      throw new Error(`status bar says "${text}", expected it to name ${mentions.join(' or ')}`);
    }
    return text;
  });

  await step(`open ${expect.problemsFile}`, async () => {
    await openFile(expect.problemsFile, 'modprobe');
  });

  const problemsBefore = await step('Problems panel lists the Kernel Lens findings', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 15_000 });
    const rows = await poll(
      `Problems rows for ${expect.problems.map((alts) => alts.join('|')).join(', ')}`,
      async () => {
        const r = await kernelLensProblems();
        return expect.problems.every((alts) => alts.some((code) => r.some((row) => row.includes(code)))) ? r : undefined;
      },
      30_000,
      200,
    ).catch(async (e) => {
      throw new Error(`${e.message}; Problems panel has: ${JSON.stringify(await problemRows().allInnerTexts())}`);
    });
    await screenshot('problems');
    return rows;
  });

  await step(`Ctrl+. offers and applies "${expect.quickFix.title}"`, async () => {
    const qf = expect.quickFix;
    // put the cursor on the flagged word with Go to Line/Column (Ctrl+G), as a keyboard user would
    await editor().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+G');
    await quickInput().locator('input').waitFor({ state: 'visible' });
    await page.keyboard.type(`${qf.line}:${qf.column}`);
    await page.keyboard.press('Enter');
    await quickInput().waitFor({ state: 'hidden' });
    // Focus returns to the editor asynchronously after Go to Line closes, and on a busy machine the
    // code-action request may still be queued behind the server's first analysis: press Ctrl+. only once
    // the editor has focus and the cursor is where it should be, and ask again (as a person would) when
    // no menu shows. What the workbench showed instead goes into the error, so a failure explains itself.
    const actions = page.locator('.action-widget .monaco-list-row');
    const attempts = [];
    for (let attempt = 1; ; attempt++) {
      await editor().locator('textarea, .native-edit-context').first().focus();
      await poll(
        `the cursor at Ln ${qf.line}, Col ${qf.column}`,
        async () => (await cursorPosition()) === `Ln ${qf.line}, Col ${qf.column}`,
        10_000,
      ).catch(async (e) => {
        throw new Error(`${e.message}; status bar says "${await cursorPosition()}"`);
      });
      await page.keyboard.press('Control+.');
      try {
        // a busy 2-core machine has taken 11 s to show the menu of a request answered in milliseconds
        await actions.first().waitFor({ timeout: attempt === 1 ? 20_000 : 10_000 });
        break;
      } catch {
        attempts.push(await workbenchState());
        if (attempt === 3) throw new Error(`no quick-fix menu after ${attempt} presses of Ctrl+.; each time: ${attempts.join(' | ')}`);
        await page.keyboard.press('Escape');
      }
    }
    const offered = (await actions.allInnerTexts()).map((t) => t.trim());
    const wanted = actions.filter({ hasText: qf.title }).first();
    if (!(await wanted.count())) throw new Error(`quick fix menu lacks "${qf.title}"; offered: ${offered.join(' | ')}`);
    await wanted.hover();
    await screenshot('quickfix');
    await wanted.click();
    await editor()
      .locator('.view-lines', { hasText: qf.textAfter })
      .waitFor({ timeout: 10_000 })
      .catch(() => {
        throw new Error(`the document did not change to contain "${qf.textAfter}"`);
      });
    await poll(
      `Problems entry ${qf.goneCode} disappears after the fix`,
      async () => {
        const r = await kernelLensProblems();
        return r.length > 0 && !r.some((row) => row.includes(qf.goneCode));
      },
      20_000,
      200,
    );
    await screenshot('after-fix');
    return { offered, ...(attempts.length ? { retriedAfter: attempts } : {}), problemsAfter: await kernelLensProblems() };
  });

  await step(`"Kernel Lens: Select Target Host" switches to ${expect.targetPreset}`, async () => {
    const before = await kernelLensProblems();
    await runCommand('Kernel Lens: Select Target Host');
    // the picker's own title, not the command palette row that opened it
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Kernel Lens: Select Target Host' })
      .filter({ visible: true })
      .waitFor({ timeout: 15_000 });
    await poll(
      'picker lists presets',
      async () => (await quickRowLabels()).some((r) => r.label === expect.targetPresetVisibleFirst),
      15_000,
    );
    await screenshot('target-picker');
    await page.keyboard.type(expect.targetPreset);
    const index = await poll(
      `picker row ${expect.targetPreset}`,
      async () => (await quickRowLabels()).findIndex((r) => r.label === expect.targetPreset) + 1,
      10_000,
    );
    await quickRows()
      .nth(index - 1)
      .click();
    // then it asks where to keep the choice; this workspace's .kernel-lens.json sets the target, so keep it there
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Where should the target be kept?' })
      .filter({ visible: true })
      .waitFor({ timeout: 15_000 });
    const storageRow = await poll(
      'storage row .kernel-lens.json',
      async () => (await quickRowLabels()).findIndex((r) => r.label === '.kernel-lens.json') + 1,
      10_000,
    );
    await quickRows()
      .nth(storageRow - 1)
      .click();
    await quickInput().waitFor({ state: 'hidden' });
    // the picker writes the choice where it takes effect: workspace settings, or .kernel-lens.json
    const where = [path.join(ws, '.vscode', 'settings.json'), path.join(ws, '.kernel-lens.json')];
    const written = await poll(
      `the picker writes "${expect.targetPreset}" to ${where.map((f) => path.relative(ws, f)).join(' or ')}`,
      () => {
        const hit = where.find((f) => fs.existsSync(f) && fs.readFileSync(f, 'utf8').includes(`"${expect.targetPreset}"`));
        return hit && `${path.relative(ws, hit)}: ${fs.readFileSync(hit, 'utf8').replace(/\s+/g, ' ').trim()}`;
      },
      10_000,
    );
    let status;
    try {
      status = await poll(
        'status bar text changes',
        async () => {
          const t = (await statusItem().innerText({ timeout: 1000 })).trim();
          return t && t !== statusBefore ? t : undefined;
        },
        20_000,
      );
    } catch (e) {
      throw new Error(
        `${e.message}: still "${statusBefore}" although the picker wrote ${written}; ` +
          `(.kernel-lens.json in the workspace says ${fs.readFileSync(path.join(ws, '.kernel-lens.json'), 'utf8').trim()})`,
      );
    }
    const after = await poll(
      'Problems entries change with the target',
      async () => {
        const r = await kernelLensProblems();
        return JSON.stringify(r) !== JSON.stringify(before) ? r : undefined;
      },
      20_000,
      200,
    ).catch(async (e) => {
      throw new Error(`${e.message}; before and after: ${JSON.stringify(before)}`);
    });
    await screenshot('target-changed');
    return { status, problemsBefore: before, problemsAfter: after };
  });
  await step('the client restarts the language server after it dies', async () => {
    const serverPids = () => {
      const out = spawnSync('pgrep', ['-f', `${extDir}/.*/dist/server.js`], { encoding: 'utf8' }).stdout.trim();
      return out ? out.split('\n').map(Number) : [];
    };
    const before = serverPids();
    if (before.length !== 1) throw new Error(`expected one Kernel Lens server process under ${extDir}, found ${before.length}`);
    // The extension starts the server with the Node flags and environment in client/src/serverProcess.json.
    const wanted = JSON.parse(fs.readFileSync(path.join(repoRoot, 'client', 'src', 'serverProcess.json'), 'utf8'));
    const argv = fs.readFileSync(`/proc/${before[0]}/cmdline`, 'utf8').split('\0');
    for (const flag of wanted.flags) if (!argv.includes(flag)) throw new Error(`the server runs without ${flag}: ${argv.join(' ')}`);
    const environ = fs.readFileSync(`/proc/${before[0]}/environ`, 'utf8').split('\0');
    for (const [k, v] of Object.entries(wanted.env))
      if (!environ.includes(`${k}=${v}`)) throw new Error(`the server runs without ${k}=${v} in its environment`);
    process.kill(before[0], 'SIGKILL');
    const after = await poll(
      'a new server process',
      async () => {
        const now = serverPids();
        return now.length === 1 && now[0] !== before[0] ? now[0] : undefined;
      },
      30_000,
      200,
    );
    // the restarted server follows edits: a new finding appears for a line typed now
    await editor().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('RUN rmmod dummy');
    await poll(
      'a Problems entry for the new rmmod line, from the restarted server',
      async () => {
        const r = await kernelLensProblems();
        return r.some((row) => row.includes('rmmod')) ? r : undefined;
      },
      30_000,
      200,
    );
    await screenshot('after-restart');
    return `server pid ${before[0]} killed, restarted as ${after}`;
  });
  void problemsBefore;
  void hover;
}

try {
  await main();
} catch (e) {
  results.push({ name: 'runner', ok: false, error: String(e?.stack ?? e).slice(0, 2000) });
} finally {
  await browserContext?.close().catch(() => {});
  stopCodeServer();
}

let ok;
if (negative) {
  // The control proves something only if everything up to the hover worked and the hover then failed.
  const hoverStep = results.find((r) => r.name.startsWith('hover'));
  const before = results.slice(0, results.indexOf(hoverStep));
  ok = Boolean(hoverStep && !hoverStep.ok && !hoverStep.skipped && before.every((r) => r.ok));
  console.log(
    ok
      ? 'negative control: the hover step FAILED without the extension, as it must'
      : hoverStep?.ok
        ? 'negative control BROKEN: the hover step passed without the extension installed'
        : 'negative control inconclusive: a step before the hover failed',
  );
} else {
  ok = results.length > 0 && results.every((r) => r.ok);
}
console.log(
  `E2E-RESULT ${JSON.stringify({ suite: negative ? 'vscode-negative-control' : 'vscode', ok, ms: Date.now() - t0, checks: results })}`,
);
process.exit(ok ? 0 : 1);
