// Drives the claimgraph server's query UI in a real headless Chromium (Debian's /usr/bin/chromium):
// loads the UI, runs a SPARQL query, waits for result rows, saves a screenshot.
// Usage: node ui.mjs BASE_URL SCREENSHOT.png [QUERY]
// Prints one JSON line: {"rows": N, "firstRow": "...", "endpoint": "..."}; exit code 1 on failure.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, screenshot, queryArg] = process.argv.slice(2);
if (!base || !screenshot) {
  console.error('usage: node ui.mjs BASE_URL SCREENSHOT.png [QUERY]');
  process.exit(2);
}
const query = queryArg ?? 'PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nSELECT ?claim ?text WHERE { ?claim cg:text ?text } ORDER BY ?claim';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const userDataDir = mkdtempSync(join(tmpdir(), 'claimgraph-ui-'));

let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
           '--no-first-run', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (r.url().includes('query=') || r.method() === 'POST') requests.push(r.url()); });
  await page.goto(`${base}/#/dataset/kg/query`, { waitUntil: 'networkidle', timeout: 60000 });
  await page.waitForSelector('.CodeMirror', { timeout: 60000 });
  // YASQE is CodeMirror 5: set the query through the editor instance.
  await page.evaluate((q) => document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(q), query);
  await page.click('.yasqe_queryButton');
  await page.waitForSelector('.yasr table tbody tr', { timeout: 60000 });
  await page.waitForTimeout(300);
  const rows = await page.$$eval('.yasr table tbody tr', (trs) => trs.filter((tr) => !tr.classList.contains('dataTables_empty')).length);
  const firstRow = await page.$eval('.yasr table tbody tr', (tr) => tr.innerText.replace(/\s+/g, ' ').trim());
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ rows, firstRow, endpoint: requests[0] ?? null }));
} catch (e) {
  console.error(String(e && e.stack || e));
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
