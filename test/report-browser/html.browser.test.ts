/**
 * Opens the HTML report in headless Chromium (Debian's, installed by scripts/services/chromium.sh)
 * and checks it as a reader would: no console errors, no network request of any kind, the
 * compliance drill-down opens, print mode shows collapsed content. Saves a screenshot and a PDF
 * under test-artifacts/report-browser/. Fails when CI=true and Chromium is missing; skips locally.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/index.js';
import { FIXTURE_RULES, fixtureFrameworkScores, fixtureScan } from '../fixtures/report/scan.js';

const CHROMIUM = process.env.PARAPET_TEST_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'report-browser');

function chromiumAvailability(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const msg = `Chromium not found at ${CHROMIUM}: install it with 'bash scripts/services/chromium.sh'`;
  if (process.env.CI === 'true') throw new Error(`${msg} (CI=true: the browser tests must run)`);
  console.warn(`${msg}; HTML browser tests skipped`);
  return false;
}

const available = chromiumAvailability();

interface Opened {
  page: Page;
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
  url: string;
}

describe.skipIf(!available)('html report in headless Chromium', () => {
  let browser: BrowserContext;
  let userDataDir: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    userDataDir = mkdtempSync(path.join(tmpdir(), 'parapet-chromium-'));
    // A fresh profile: Playwright passes it as --user-data-dir (it refuses the flag in args).
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      viewport: { width: 1200, height: 900 },
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  async function open(html: string, name: string): Promise<Opened> {
    const file = path.join(ARTIFACTS, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, consoleErrors, dialogs, url };
  }

  it('loads with no console errors and no network request but the document itself', async () => {
    const o = await open(renderHtml(fixtureScan(), { rules: FIXTURE_RULES, frameworks: fixtureFrameworkScores() }), 'report.html');
    await o.page.waitForTimeout(300);
    expect(o.consoleErrors).toEqual([]);
    expect(o.requests.filter((u) => u !== o.url && !u.startsWith('data:'))).toEqual([]);
    expect(await o.page.title()).toContain('Parapet report');
    await o.page.screenshot({ path: path.join(ARTIFACTS, 'report-top.png') });
    await o.page.close();
  });

  it('drills down from a control to its findings and their resources, by mouse and keyboard', async () => {
    const o = await open(renderHtml(fixtureScan(), { rules: FIXTURE_RULES, frameworks: fixtureFrameworkScores() }), 'report.html');
    const control = o.page.locator('details.control[data-control="1.1"]');
    const finding = control.locator('details.control-finding').first();
    await expect.poll(() => finding.isVisible()).toBe(false);
    await control.locator(':scope > summary').click();
    expect(await control.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await finding.isVisible()).toBe(true);
    expect(await control.locator('details.control-finding').count()).toBe(4);
    await expect.poll(() => finding.locator('code').last().isVisible()).toBe(false);
    await finding.locator(':scope > summary').click();
    const resource = finding.locator('p.k code');
    expect(await resource.isVisible()).toBe(true);
    expect(await resource.textContent()).toBe('arn:aws:s3:::company-customer-data');

    // The link to the full finding opens it in the Failed section.
    await finding.locator('a[data-open]').click();
    const target = o.page.locator('#failed-' + (await finding.getAttribute('data-finding')));
    expect(await target.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await target.locator('pre').first().isVisible()).toBe(true);

    // Keyboard: focus a control's summary and press Enter.
    const other = o.page.locator('details.control[data-control="1.2"]');
    await other.locator(':scope > summary').focus();
    await o.page.keyboard.press('Enter');
    expect(await other.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    await o.page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });
    expect(statSync(path.join(ARTIFACTS, 'report.png')).size).toBeGreaterThan(10_000);
    expect(o.consoleErrors).toEqual([]);
    expect(o.requests.filter((u) => u !== o.url)).toEqual([]);
    await o.page.close();
  });

  it('expand all and print mode show every collapsed section', async () => {
    const o = await open(renderHtml(fixtureScan(), { rules: FIXTURE_RULES, frameworks: fixtureFrameworkScores() }), 'report.html');
    const closed = () => o.page.evaluate(() => Array.from(document.querySelectorAll('details')).filter((d) => !d.open).length);
    expect(await closed()).toBeGreaterThan(10);
    // beforeprint opens everything; afterprint restores the reader's state.
    await o.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await closed()).toBe(0);
    await o.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await closed()).toBeGreaterThan(10);
    // Print media alone (no script) also shows collapsed content.
    await o.page.emulateMedia({ media: 'print' });
    expect(await o.page.locator('#failed details.finding pre').first().isVisible()).toBe(true);
    await o.page.emulateMedia({ media: 'screen' });
    await o.page.locator('#expand-all').click();
    expect(await closed()).toBe(0);
    await o.page.pdf({ path: path.join(ARTIFACTS, 'report.pdf'), format: 'A4' });
    expect(statSync(path.join(ARTIFACTS, 'report.pdf')).size).toBeGreaterThan(10_000);
    expect(o.consoleErrors).toEqual([]);
    await o.page.close();
  });

  it('runs no script from attacker-controlled names or messages', async () => {
    const scan = fixtureScan();
    const f = scan.findings.find((x) => x.status === 'FAIL');
    if (!f) throw new Error('fixture has no FAIL');
    const payload = `<img src=x onerror="alert('img')"><script>alert('script')</script><svg onload="alert('svg')">`;
    f.resource = { ...f.resource, name: payload, uid: `arn:aws:s3:::${payload}`, address: payload };
    f.message = payload;
    const o = await open(renderHtml(scan, { rules: FIXTURE_RULES, frameworks: fixtureFrameworkScores(scan) }), 'report-hostile.html');
    await o.page.locator('#expand-all').click();
    await o.page.waitForTimeout(300);
    expect(o.dialogs).toEqual([]);
    expect(o.requests.filter((u) => u !== o.url)).toEqual([]);
    expect(await o.page.locator('img').count()).toBe(0);
    expect(await o.page.locator('script').count()).toBe(1);
    expect(o.consoleErrors).toEqual([]);
    await o.page.close();
  });
});
