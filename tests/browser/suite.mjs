// The accessibility suite (started by ./run, which installs what it needs).
//
// For each site — the shipped content, every fixture site under tests/fixtures/, and a draft
// an editor previews in `serve` (PMLP's pages with an unreleased sentence) — it builds the
// pages with the real binary, serves the output folder on loopback and, in headless
// Chromium, checks every page:
//   - axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA target size, best practice) at 320, 390
//     and 1366 px and in print;
//   - the Nu Html Checker (errors fail, warnings are counted);
//   - no horizontal scrolling at 320 px (WCAG 1.4.10), lines of at most 75 characters;
//   - every focusable element reached by Tab, each with a focus indicator of at least 3:1
//     against the background behind it (WCAG 1.4.11, 2.4.7);
//   - every table has header cells; at 320 px cookie tables are still tables to assistive
//     technology (Chromium's accessibility tree);
//   - no JavaScript, no request that fails, at most 30 KB gzipped;
//   - every notice sign (…/a4/, …/a5/) prints as exactly one sheet of its paper size
//     (pdfinfo, from Debian's poppler-utils, reads the PDF Chromium prints).
// It prints every failure with rule, page and element, a table of figures per page, and
// writes screenshots (PNG) and printouts (PDF) of the PMLP and Ādaži pages, and the printed
// PMLP camera sign as a PNG (pdftoppm).
//
// --self-test builds a deliberately broken fixture and passes only if the audit fails and
// names the rules it was broken against.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import serveHandler from 'serve-handler';
import vnuJar from 'vnu-jar';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const root = path.resolve(argValue('--root') ?? path.join(here, '../..'));
const selfTest = args.includes('--self-test');
const reportDir = path.resolve(argValue('--report') ?? path.join(root, 'target/browser-report'));
const binary = process.env.PRIVATUMS_BIN ?? path.join(root, 'target/release/privatums');

const WIDTHS = [320, 390, 1366];
// An A4 sheet at 96 px per inch, less Chromium's default print margins.
const PRINT_WIDTH = 718;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const MAX_GZIP_BYTES = 30 * 1024;
const MAX_LINE_CHARACTERS = 75;
const MIN_FOCUS_CONTRAST = 3;
// The printed sign a maintainer looks at when reviewing the notices' print rules.
const PICTURED_SIGN = ['pmlp-sign-a4', 'pmlp/lv/privatuma-politika/pazinojumi/video-surveillance/a4/index.html'];
// The pages a maintainer looks at when reviewing a theme change.
const PICTURED = [
  ['pmlp', 'pmlp/lv/privatuma-politika/index.html'],
  ['adazi', 'adazi/lv/privatuma-politika/index.html'],
];
// What the broken fixture breaks, and the axe rules that must name it.
const BROKEN_RULES = ['image-alt', 'empty-table-header', 'table-headers'];

function argValue(name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function main() {
  return run().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`error: ${error.stack ?? error}`);
      process.exit(1);
    },
  );
}

async function run() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'privatums-browser-'));
  try {
    const sites = selfTest ? [brokenFixture(scratch)] : shippedAndFixtures(scratch);
    const built = sites.map((site) => build(site, scratch));
    if (!selfTest) built.push(await draftPreview(scratch));
    const browser = await launch();
    const failures = [];
    const figures = [];
    try {
      for (const site of built) {
        await auditSite(browser, site, failures, figures);
        await signSheets(browser, site, failures);
        await cspCheck(browser, site, failures);
      }
      if (!selfTest) {
        await picture(browser, built[0]);
      }
    } finally {
      await browser.close();
    }
    for (const site of built) {
      validate(site, failures, figures);
    }
    printFigures(figures);
    return selfTest ? judgeSelfTest(failures) : judge(failures, figures);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The shipped content, then every fixture site (a folder with a platform.toml). */
function shippedAndFixtures(scratch) {
  const fixtures = path.join(root, 'tests/fixtures');
  const sites = [{ name: 'shipped', root }];
  for (const entry of fs.readdirSync(fixtures).sort()) {
    if (fs.existsSync(path.join(fixtures, entry, 'platform.toml'))) {
      sites.push(fixtureCopy(entry, `fixture ${entry}`, scratch));
    }
  }
  return sites;
}

/** A fixture site with the repository's themes, as the Rust tests build it. */
function fixtureCopy(entry, name, scratch) {
  const dir = path.join(scratch, `${entry}-root`);
  fs.cpSync(path.join(root, 'tests/fixtures', entry), dir, { recursive: true });
  fs.cpSync(path.join(root, 'themes'), path.join(dir, 'themes'), { recursive: true });
  return { name, root: dir };
}

/**
 * The fixture site with each file of tests/browser/broken/ appended to the file of the same
 * path: an institution's Markdown with an image without alt text and a table without headers.
 */
function brokenFixture(scratch) {
  const site = fixtureCopy('site', 'broken fixture', scratch);
  const dir = site.root;
  const overlay = path.join(here, 'broken');
  for (const file of fs.readdirSync(overlay, { recursive: true })) {
    const source = path.join(overlay, file);
    if (fs.statSync(source).isFile()) {
      const target = path.join(dir, file);
      // A file that exists gets the overlay appended; a new one (an image) is copied.
      if (fs.existsSync(target)) fs.appendFileSync(target, fs.readFileSync(source));
      else fs.copyFileSync(source, target);
    }
  }
  return site;
}

function build(site, scratch) {
  const out = path.join(scratch, site.name.replace(/\W+/g, '-'));
  const result = spawnSync(binary, ['build', '--root', site.root, '--out', out], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `privatums build of ${site.name} failed (${result.error ?? result.status}):\n${result.stderr}`,
    );
  }
  const pages = fs
    .readdirSync(out, { recursive: true })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  console.log(`== built ${site.name}: ${pages.length} pages`);
  return { ...site, out, pages };
}

/**
 * What an editor sees in `serve` before releasing a change: the shipped site with a sentence
 * added to PMLP's controller section in both languages, previewed by the real `serve` into a
 * folder, and PMLP's two pages audited as drafts (banner, diff and section marks included).
 */
async function draftPreview(scratch) {
  const dir = path.join(scratch, 'draft-root');
  for (const entry of ['content', 'themes', 'institutions', 'platform.toml']) {
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  const sentences = {
    lv: 'Šo teikumu redaktors pievienoja un vēl nav publicējis.',
    en: 'The editor added this sentence and has not released it yet.',
  };
  for (const [language, sentence] of Object.entries(sentences)) {
    fs.appendFileSync(path.join(dir, 'institutions/pmlp', language, 'controller.md'), `\n${sentence}\n`);
  }
  const out = path.join(scratch, 'draft-preview');
  const pages = ['pmlp/lv/privatuma-politika/index.html', 'pmlp/en/privacy-policy/index.html'];
  const serve = spawn(binary, ['serve', '--root', dir, '--out', out, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  serve.stderr.on('data', (chunk) => (stderr += chunk));
  const isDraft = (page) => {
    const file = path.join(out, page);
    return fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('class="draft"');
  };
  try {
    const deadline = Date.now() + 60_000;
    while (!pages.every(isDraft)) {
      if (Date.now() > deadline || serve.exitCode !== null) {
        throw new Error(`privatums serve did not preview the draft:\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Kept: serve removes only a temporary output folder of its own.
    fs.cpSync(out, `${out}-kept`, { recursive: true });
  } finally {
    serve.kill('SIGINT');
    await new Promise((resolve) => serve.once('exit', resolve));
  }
  console.log(`== previewed a draft in serve: ${pages.length} pages`);
  return { name: 'draft in serve', root: dir, out: `${out}-kept`, pages };
}

async function launch() {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no browser at ${executablePath}: the suite cannot run without Chromium`);
  }
  return chromium.launch({
    executablePath,
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
}

/** Serves `dir` on a free loopback port, with `headers` on every response, for as long as `body` runs. */
async function serving(dir, body, headers = {}) {
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    return serveHandler(request, response, { public: dir, cleanUrls: false, directoryListing: false });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await body(`http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function auditSite(browser, site, failures, figures) {
  await serving(site.out, async (origin) => {
    const modes = [
      ...WIDTHS.map((width) => ({ name: `${width}px`, width, media: 'screen' })),
      { name: 'print', width: PRINT_WIDTH, media: 'print' },
    ];
    for (const pagePath of site.pages) {
      const html = fs.readFileSync(path.join(site.out, pagePath));
      const figure = {
        site: site.name,
        page: pagePath,
        gzip: zlib.gzipSync(html, { level: 9 }).length,
        axe: {},
      };
      figures.push(figure);
      const fail = (rule, detail) => failures.push({ site: site.name, page: pagePath, rule, detail });
      if (figure.gzip > MAX_GZIP_BYTES) {
        fail('size', `${figure.gzip} bytes gzipped, more than ${MAX_GZIP_BYTES}`);
      }
      if (/<script\b/i.test(html.toString('utf8'))) fail('javascript', 'the page has a <script>');
      for (const mode of modes) {
        const context = await browser.newContext({
          viewport: { width: mode.width, height: 900 },
          javaScriptEnabled: true, // for axe itself; the pages carry none (checked above)
        });
        const page = await context.newPage();
        const broken = [];
        // Nothing leaves the machine: the pages must be whole without the network.
        await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => {
          broken.push(`request outside the site: ${route.request().url()}`);
          return route.abort();
        });
        page.on('response', (response) => {
          if (response.status() >= 400) broken.push(`${response.status()} for ${response.url()}`);
        });
        page.on('requestfailed', (request) => broken.push(`failed: ${request.url()}`));
        await page.emulateMedia({ media: mode.media });
        await page.goto(origin + pagePath, { waitUntil: 'load' });
        const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        figure.axe[mode.name] = result.violations.reduce((n, v) => n + v.nodes.length, 0);
        for (const violation of result.violations) {
          for (const node of violation.nodes) {
            fail(
              violation.id,
              `${mode.name}: ${violation.impact}: ${violation.help}\n      at ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}`,
            );
          }
        }
        if (mode.width === 1366) {
          // axe takes a table without <th> for a layout table and says nothing; on these
          // pages every table holds data.
          const headerless = await page.evaluate(() =>
            [...document.querySelectorAll('table')].filter((t) => !t.querySelector('th')).length,
          );
          if (headerless) fail('table-headers', `${headerless} table(s) without header cells (<th>)`);
          // axe takes alt="" for a decorative image; an image in the policy's text is content.
          const unnamed = await page.evaluate(
            () => [...document.querySelectorAll('main img')].filter((i) => !i.alt.trim()).length,
          );
          if (unnamed) fail('image-alt', `${unnamed} image(s) in the text without alt text`);
        }
        if (mode.width === 320) {
          for (const problem of await tableSemantics(context, page)) fail('table-semantics', `320px: ${problem}`);
          const overflow = await page.evaluate(sidewaysScroll);
          figure.overflow320 = overflow.by;
          if (overflow.by > 0) {
            fail('reflow', `320px: the page scrolls sideways by ${overflow.by}px, widest: ${overflow.widest}`);
          }
        }
        if (mode.width === 1366) {
          figure.measure = await page.evaluate(longestLine);
          if (figure.measure.characters > MAX_LINE_CHARACTERS) {
            fail('measure', `1366px: lines of ${figure.measure.characters} characters at ${figure.measure.at}`);
          }
          const focus = await keyboard(page);
          figure.focusable = focus.reached;
          figure.focusContrast = focus.minContrast;
          for (const problem of focus.problems) fail('focus', `1366px: ${problem}`);
        }
        for (const problem of new Set(broken)) fail('request', `${mode.name}: ${problem}`);
        await context.close();
      }
    }
  });
}

/** The headers the build's `_headers` gives every path (`/*`), as a static host sends them. */
function staticHostHeaders(dir) {
  const file = path.join(dir, '_headers');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: every build writes it`);
  const headers = {};
  let everyPath = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith(' ')) {
      everyPath = line.trim() === '/*';
      continue;
    }
    const header = everyPath && line.trim().match(/^([A-Za-z-]+):\s*(.+)$/);
    if (header) headers[header[1]] = header[2];
  }
  if (!headers['Content-Security-Policy']) throw new Error(`${file}: no Content-Security-Policy for /*`);
  return headers;
}

/**
 * Every page served with the headers of the build's `_headers` (as Cloudflare Pages or Netlify
 * would send them, and nginx with `_nginx.conf`): the Content-Security-Policy must not be
 * violated and the console must stay free of errors. A copy of a page with an inline style
 * must raise a violation, or the check itself is broken.
 */
async function cspCheck(browser, site, failures) {
  const headers = staticHostHeaders(site.out);
  const policy = headers['Content-Security-Policy'];
  await serving(
    site.out,
    async (origin) => {
      const context = await browser.newContext({ javaScriptEnabled: true });
      // Init scripts run outside the page's CSP; the pages themselves carry no script.
      await context.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
        );
      });
      const load = async (pagePath, inject) => {
        const page = await context.newPage();
        const problems = [];
        page.on('console', (message) => {
          // A page that names no icon (the maintainers' report) gets the browser's own
          // request for /favicon.ico, which the site need not answer.
          const ownFavicon = message.location().url?.endsWith('/favicon.ico');
          if (message.type() === 'error' && !ownFavicon) problems.push(`console: ${message.text()} (${message.location().url})`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        if (inject) {
          await page.route(origin + pagePath, async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace('</head>', `${inject}</head>`);
            await route.fulfill({ response, body });
          });
        }
        const response = await page.goto(origin + pagePath, { waitUntil: 'load' });
        if (response.headers()['content-security-policy'] !== policy) {
          problems.push(`served without the policy of _headers: ${response.headers()['content-security-policy']}`);
        }
        // Violation events are dispatched after the load; give them a turn of the event loop.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
        problems.push(...(await page.evaluate(() => window.__violations)).map((v) => `CSP: ${v}`));
        await page.close();
        return problems;
      };
      for (const pagePath of site.pages) {
        for (const problem of new Set(await load(pagePath))) {
          failures.push({ site: site.name, page: pagePath, rule: 'csp', detail: problem });
        }
      }
      const probe = await load(site.pages[0], '<style>body{color:red}</style>');
      if (!probe.some((p) => p.startsWith('CSP: style-src'))) {
        failures.push({
          site: site.name,
          page: site.pages[0],
          rule: 'csp-check',
          detail: `an inline style raised no CSP violation, so the check sees nothing: ${probe.join('; ')}`,
        });
      }
      await context.close();
    },
    headers,
  );
}

/**
 * What Chromium tells assistive technology about each table: a table whose rows are laid out
 * as cards must still be a table, with its rows, headers and cells.
 */
async function tableSemantics(context, page) {
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll('table')].map((t) => ({
      rows: t.rows.length,
      cells: t.querySelectorAll('td').length,
      headers: t.querySelectorAll('th').length,
    })),
  );
  if (!expected.length) return [];
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const count = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).length;
  const want = expected.reduce(
    (sum, t) => ({ tables: sum.tables + 1, rows: sum.rows + t.rows, cells: sum.cells + t.cells, headers: sum.headers + t.headers }),
    { tables: 0, rows: 0, cells: 0, headers: 0 },
  );
  const got = {
    tables: count('table'),
    rows: count('row'),
    cells: count('cell') + count('gridcell'),
    headers: count('columnheader') + count('rowheader'),
  };
  return Object.keys(want)
    .filter((k) => got[k] !== want[k])
    .map((k) => `the accessibility tree has ${got[k]} table ${k}, the HTML ${want[k]}`);
}

/** How far the page scrolls sideways, and the innermost element that sticks out the most. */
function sidewaysScroll() {
  const width = document.documentElement.clientWidth;
  let widest = { right: width, at: '' };
  for (const element of document.body.querySelectorAll('*')) {
    const right = element.getBoundingClientRect().right;
    if (right > width && right >= widest.right) {
      widest = { right, at: `<${element.tagName.toLowerCase()} class="${element.className}"> "${element.textContent.trim().slice(0, 40)}"` };
    }
  }
  return { by: document.documentElement.scrollWidth - width, widest: widest.at };
}

/**
 * The widest measure in characters among the page's prose: each paragraph's or list item's
 * line width divided by its text's average character width.
 */
function longestLine() {
  let widest = { characters: 0, at: '' };
  for (const element of document.querySelectorAll('main p, main li, main dd')) {
    const text = element.textContent.trim();
    if (text.length < 40) continue;
    const probe = document.createElement('span');
    probe.textContent = text;
    probe.style.whiteSpace = 'nowrap';
    probe.style.position = 'absolute';
    element.append(probe);
    const average = probe.getBoundingClientRect().width / text.length;
    probe.remove();
    const style = getComputedStyle(element);
    const width =
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const characters = Math.min(text.length, Math.round(width / average));
    if (characters > widest.characters) {
      widest = { characters, at: `${element.tagName.toLowerCase()} "${text.slice(0, 40)}…"` };
    }
  }
  return widest;
}

/**
 * Tabs through the page: every focusable element must be reached, once, and show a focus
 * indicator (outline or box shadow) of at least 3:1 against the background behind it.
 */
async function keyboard(page) {
  const focusable = await page.evaluate(
    () =>
      [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
        (e) => e.tabIndex >= 0 && e.getClientRects().length > 0,
      ).length,
  );
  const problems = [];
  const seen = new Set();
  let minContrast = Infinity;
  for (let press = 0; press < focusable + 1; press++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(focusState);
    if (!state) break;
    if (seen.has(state.path)) break;
    seen.add(state.path);
    minContrast = Math.min(minContrast, state.contrast);
    if (state.contrast < MIN_FOCUS_CONTRAST) {
      problems.push(
        `focus indicator ${state.contrast.toFixed(2)}:1 (needs ${MIN_FOCUS_CONTRAST}:1) on ${state.path} over ${state.background}`,
      );
    }
  }
  if (seen.size !== focusable) {
    problems.push(`Tab reached ${seen.size} of ${focusable} focusable elements`);
  }
  return { reached: seen.size, minContrast, problems };
}

/** The focused element, and its focus indicator's best contrast against what is behind it. */
function focusState() {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const rgb = (value) => {
    const m = value.match(/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+))?/);
    return m && (m[4] === undefined || Number(m[4]) > 0) ? [m[1], m[2], m[3]].map(Number) : null;
  };
  const luminance = ([r, g, b]) => {
    const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  let background = [255, 255, 255];
  for (let e = element.parentElement; e; e = e.parentElement) {
    const colour = rgb(getComputedStyle(e).backgroundColor);
    if (colour) {
      background = colour;
      break;
    }
  }
  const style = getComputedStyle(element);
  const indicators = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
    indicators.push(rgb(style.outlineColor));
  }
  for (const shadow of style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []) indicators.push(rgb(shadow));
  const best = Math.max(0, ...indicators.filter(Boolean).map((c) => contrast(c, background)));
  const pathTo = (e) => {
    const parts = [];
    for (; e && e !== document.body; e = e.parentElement) {
      const index = [...e.parentElement.children].indexOf(e) + 1;
      parts.unshift(`${e.tagName.toLowerCase()}:nth-child(${index})`);
    }
    return parts.join('>');
  };
  return { path: pathTo(element), contrast: best, background: `rgb(${background.join(',')})` };
}

/** PNGs at 390 and 1366 px and a PDF of the printout of the pages people review. */
async function picture(browser, site) {
  fs.mkdirSync(reportDir, { recursive: true });
  await serving(site.out, async (origin) => {
    for (const [name, pagePath] of PICTURED) {
      if (!site.pages.includes(pagePath)) throw new Error(`no page ${pagePath} to picture`);
      for (const width of [390, 1366]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(origin + pagePath);
        await page.screenshot({ path: path.join(reportDir, `${name}-${width}.png`), fullPage: true });
        if (width === 1366) {
          await page.emulateMedia({ media: 'print' });
          await page.pdf({ path: path.join(reportDir, `${name}-print.pdf`), format: 'A4' });
        }
        await context.close();
      }
    }
    const [name, pagePath] = PICTURED_SIGN;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + pagePath);
    const pdf = path.join(reportDir, `${name}-print.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await context.close();
    const png = spawnSync('pdftoppm', ['-png', '-r', '72', '-singlefile', pdf, path.join(reportDir, `${name}-print`)]);
    if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.error ?? png.stderr}`);
  });
  console.log(`== screenshots and printouts: ${reportDir}`);
}

/** A sign is one sheet: printed with its own @page size, it must fill exactly one page of it. */
async function signSheets(browser, site, failures) {
  const signs = site.pages.filter((p) => /\/a[45]\/index\.html$/.test(p));
  await serving(site.out, async (origin) => {
    for (const pagePath of signs) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(origin + pagePath);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await context.close();
      const paper = pagePath.match(/\/(a[45])\/index\.html$/)[1].toUpperCase();
      const info = pdfInfo(pdf);
      if (info.pages !== 1 || info.paper !== paper) {
        failures.push({
          site: site.name,
          page: pagePath,
          rule: 'sign-sheet',
          detail: `prints on ${info.pages} page(s) of ${info.paper ?? 'unknown size'}; a sign is one ${paper} sheet`,
        });
      }
    }
  });
  console.log(`== ${site.name}: ${signs.length} signs printed`);
}

/** Pages and paper size (A4, A5, …) of a PDF, as poppler's pdfinfo reads them. */
function pdfInfo(pdf) {
  const result = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdfinfo failed: ${result.error ?? result.stderr}`);
  return {
    pages: Number(result.stdout.match(/^Pages:\s+(\d+)/m)?.[1]),
    paper: result.stdout.match(/^Page size:.*\((A\d)\)/m)?.[1],
  };
}

/** The Nu Html Checker on every page and the stylesheets of one built site. */
function validate(site, failures, figures) {
  const files = fs
    .readdirSync(site.out, { recursive: true })
    .filter((f) => f.endsWith('.html') || f.endsWith('.css'))
    .map((f) => path.join(site.out, f));
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--also-check-css', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.stderr.trim() === '') {
    throw new Error(`the Nu Html Checker did not run: ${result.error ?? result.status}`);
  }
  const { messages } = JSON.parse(result.stderr);
  for (const figure of figures.filter((f) => f.site === site.name)) {
    figure.vnuErrors = 0;
    figure.vnuWarnings = 0;
  }
  for (const message of messages) {
    const file = path.relative(site.out, fileURLToPath(message.url)).split(path.sep).join('/');
    const figure = figures.find((f) => f.site === site.name && f.page === file);
    const isError = message.type === 'error' || message.type === 'non-document-error';
    if (figure) figure[isError ? 'vnuErrors' : 'vnuWarnings'] += 1;
    if (isError) {
      failures.push({
        site: site.name,
        page: file,
        rule: 'vnu',
        detail: `line ${message.lastLine}: ${message.message}\n      ${(message.extract ?? '').trim().slice(0, 200)}`,
      });
    }
  }
}

function printFigures(figures) {
  console.log('\n== figures per page');
  const header = ['site', 'page', 'KB gz', ...WIDTHS.map((w) => `axe ${w}`), 'axe print', 'vnu err', 'vnu warn', 'chars/line', 'tab stops', 'min focus'];
  const rows = figures.map((f) => [
    f.site,
    f.page,
    (f.gzip / 1024).toFixed(1),
    ...WIDTHS.map((w) => f.axe[`${w}px`]),
    f.axe.print,
    f.vnuErrors,
    f.vnuWarnings,
    f.measure?.characters,
    f.focusable,
    Number.isFinite(f.focusContrast) ? `${f.focusContrast.toFixed(1)}:1` : '-',
  ].map((v) => String(v ?? '-')));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  }
}

function printFailures(failures) {
  for (const f of failures) {
    console.log(`FAIL ${f.rule} — ${f.site}: ${f.page}\n      ${f.detail}`);
  }
}

/**
 * Rules still failing that another change is fixing, one a line with the reason after `#`;
 * printed, but not failing the run. The list is meant to be empty.
 */
function knownViolations() {
  const file = path.join(here, 'known-violations.txt');
  if (!fs.existsSync(file)) return new Set();
  return new Set(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}

function judge(allFailures, figures) {
  const known = knownViolations();
  const tolerated = allFailures.filter((f) => known.has(f.rule));
  const failures = allFailures.filter((f) => !known.has(f.rule));
  if (tolerated.length) {
    console.log(`\n== ${tolerated.length} known problems (tests/browser/known-violations.txt), not failing the run`);
    for (const rule of new Set(tolerated.map((f) => f.rule))) {
      const n = tolerated.filter((f) => f.rule === rule);
      console.log(`KNOWN ${rule}: ${n.length} on ${new Set(n.map((f) => `${f.site}:${f.page}`)).size} pages`);
    }
  }
  const failedPages = new Set(failures.map((f) => `${f.site}:${f.page}`));
  if (failures.length) {
    console.log(`\n== ${failures.length} problems`);
    printFailures(failures);
  }
  const passed = figures.length - failedPages.size;
  console.log(`\naccessibility: ${passed} passed, ${failedPages.size} failed`);
  return failures.length ? 1 : 0;
}

function judgeSelfTest(failures) {
  printFailures(failures);
  const named = new Set(failures.map((f) => f.rule));
  const missing = BROKEN_RULES.filter((rule) => !named.has(rule));
  if (missing.length) {
    console.log(`\nself-test: the audit did not name ${missing.join(', ')} on the broken fixture`);
    console.log('accessibility self-test: 0 passed, 1 failed');
    return 1;
  }
  console.log(`\nself-test: the broken fixture fails as it must, naming ${BROKEN_RULES.join(', ')}`);
  console.log('accessibility self-test: 1 passed, 0 failed');
  return 0;
}

main();
