// Drives claimgraph's review page (/review) in headless Chromium (Debian's /usr/bin/chromium):
// filters the queue to pending claims, records a verification for the first one through the form
// (the password dialog asks once), waits until that item leaves the queue and the counts change,
// and saves two screenshots (the filtered queue before, the page after).
// Usage: node review.mjs BASE_URL BEFORE.png AFTER.png PASSWORD
// Prints one JSON line: {"before": N, "after": M, "pendingShown": K, "item": {...}, "status": "..."}; exit 1 on failure.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, before, after, password] = process.argv.slice(2);
if (!base || !before || !after || !password) {
  console.error('usage: node review.mjs BASE_URL BEFORE.png AFTER.png PASSWORD');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const userDataDir = mkdtempSync(join(tmpdir(), 'claimgraph-review-'));
const total = (page) => page.$eval('#count-total b', (b) => Number(b.textContent));

let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
           '--no-first-run', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });
  await page.goto(`${base}/review`, { waitUntil: 'networkidle', timeout: 120000 });
  await page.waitForSelector('main article', { timeout: 120000 });
  const countBefore = await total(page);
  // keyboard: focus the status filter and choose "pending" the way a keyboard user would
  await page.focus('#f-status');
  await page.selectOption('#f-status', 'pending');
  await page.waitForFunction(() => [...document.querySelectorAll('main article .status')].every((s) => s.textContent.includes('待验证')));
  const pendingShown = await page.$$eval('main article', (a) => a.length);
  const first = page.locator('main article').first();
  const item = await first.evaluate((a) => ({ id: a.dataset.id, file: a.dataset.file, line: Number(a.dataset.line),
                                             claim: a.querySelector('.claim')?.textContent ?? '' }));
  await first.locator('select[name=status]').selectOption('verified');
  await first.locator('input[name=method]').fill('https://www.pgbouncer.org/changelog.html');
  await first.locator('input[name=env]').fill('PgBouncer 1.22.1，Debian 12');
  await page.screenshot({ path: before, fullPage: false });
  await first.locator('button[type=submit]').press('Enter');
  await page.waitForSelector('#pw-dialog[open]', { timeout: 30000 });
  await page.fill('#pw-input', password);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => ![...document.querySelectorAll('main article')].some((a) => a.dataset.id === id),
                             item.id, { timeout: 120000 });
  // the queue and its summary are re-rendered from the server without a reload once the write is reported
  // (the counts may stay equal: a write can raise another finding for the same claim — see docs/verify.md)
  await page.waitForFunction(() => (document.querySelector('#status')?.textContent ?? '').includes('已写入'), null, { timeout: 120000 });
  const shownAfter = Number(await page.$eval('#count-shown b', (b) => b.textContent));
  const countAfter = await total(page);
  const status = await page.$eval('#status', (s) => s.textContent);
  await page.selectOption('#f-status', '');
  await page.screenshot({ path: after, fullPage: false });
  console.log(JSON.stringify({ before: countBefore, after: countAfter, pendingShown, shownAfter, item, status, external }));
} catch (e) {
  console.error(String(e && e.stack || e));
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
