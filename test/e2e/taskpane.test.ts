// End to end in a real browser: Debian's Chromium (driven by playwright-core) loads the built task
// pane from a local server, with a simulated Excel host holding the sample workbook in place of
// office.js. It generates the report in en-US and zh-CN and checks the results sheet, the input
// sheets and the pane's summary; screenshots go to test-output/ for a person to look at.
/// <reference types="office-js" />
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import {
  evaluate,
  evaluateScore,
  fixed2,
  parseIsoDay,
  RESULTS_SHEET_NAMES,
  scoreText,
  tierName,
  type Lang,
} from "../../src/core";
import { runReport } from "../../src/excel/run-report";
import { SETTINGS_KEY } from "../../src/excel/settings";
import { FakeRequestContext, FakeWorkbook } from "../fakes/excel-fake";
import { fakeSettings } from "../fakes/office-fake";
import {
  FORMULA_LOOKING_NAME,
  SAMPLE_AS_OF,
  sampleWorkbook,
  smallWorkbook,
  type SheetData,
} from "../fakes/sample-workbook";
import type { SheetSnapshot, SimConfig } from "./simulated-host";
import { monthlySheets } from "../fixtures/sheet-workbooks";
import { serve } from "./static-server";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output");
const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;
/** The task pane's default width in Excel. */
const PANE = { width: 320, height: 900 };

let build: string;
let simHost: string;
let server: { origin: string; close(): Promise<void> };
let browser: Browser;
let workbook: SheetData[];

function webpack(args: string[]): void {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), ...args], {
    cwd: ROOT,
    stdio: "pipe",
    encoding: "utf8",
  });
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: these browser tests need Debian's chromium package (.ci/run installs it). They do not skip.`,
    );
  build = fs.mkdtempSync(path.join(os.tmpdir(), "competency-e2e-"));
  webpack(["--mode", "production", "--env", `outputPath=${path.join(build, "dist")}`]);
  webpack(["--config", path.join(__dirname, "webpack.sim.config.js"), "--env", `outputPath=${build}`]);
  simHost = fs.readFileSync(path.join(build, "sim-host.js"), "utf8");
  server = await serve(path.join(build, "dist"));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  fs.mkdirSync(OUT, { recursive: true });
  // The project's sample workbook when it exists, plus one person whose name looks like a formula.
  workbook = (await sampleWorkbook()) ?? smallWorkbook();
  const staff = workbook.find((s) => s.name === "Staff") as SheetData;
  if (!staff.values.flat().includes(FORMULA_LOOKING_NAME)) {
    const header = staff.values.findIndex((r) => r.includes("Name"));
    const row = staff.values[header].map((h) =>
      h === "Name" ? FORMULA_LOOKING_NAME : h === "Exam" ? "MB2-999" : h === "Active" ? "Yes" : "",
    );
    staff.values.push(row);
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (build) fs.rmSync(build, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Requests to anywhere but our server and the office.js URL (there must be none). */
  strays: string[];
  errors: string[];
}

async function open(config: SimConfig | null, locale: string, officeJs?: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: PANE, locale, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const strays: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (OFFICE_JS.test(url)) return route.fulfill({ contentType: "text/javascript", body: officeJs ?? simHost });
    if (url.startsWith(server.origin)) return route.continue();
    strays.push(url);
    return route.abort();
  });
  if (config) await page.addInitScript((c) => ((window as unknown as { __SIM__: unknown }).__SIM__ = c), config);
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, strays, errors };
}

/** The text of the first match, once it is in the page. */
async function text(page: Page, selector: string): Promise<string> {
  const loc = page.locator(selector).first();
  await loc.waitFor({ state: "attached" });
  return ((await loc.textContent()) ?? "").trim();
}

const shown = (page: Page, selector: string) => page.waitForSelector(`${selector}:not([hidden])`);

/** What the pane kept in the document settings. */
const savedSettings = (page: Page) =>
  page.evaluate(
    (k) =>
      (window as unknown as { __sim: { settings: { data: Record<string, Record<string, unknown> | undefined> } } })
        .__sim.settings.data[k] ?? {},
    SETTINGS_KEY,
  );

const sheetsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sim: { sheets(): SheetSnapshot[] } }).__sim.sheets());

/** The same report made in Node on the same cells (the reference for the browser's sheet). */
async function reference(settings: Record<string, unknown>, lang: Lang) {
  const book = new FakeWorkbook(JSON.parse(JSON.stringify(workbook)));
  const run = await runReport(new FakeRequestContext(book) as unknown as Excel.RequestContext, {
    settings,
    store: fakeSettings(),
    lang,
    today: parseIsoDay(SAMPLE_AS_OF) as number,
  });
  const sheet = book.sheet(run.written.name)!;
  return { run, values: sheet.readBox({ row: 0, col: 0, rows: sheet.usedBox()!.rows, cols: sheet.usedBox()!.cols }) };
}

/** Independent check of the tier: the evaluator on the raw sheet values. */
function directTier(lang: Lang): string {
  const staff = workbook.find((s) => s.name === "Staff") as SheetData;
  const revenue = workbook.find((s) => s.name === "Revenue") as SheetData;
  const e = evaluate(
    { values: staff.values, sheet: "Staff" },
    { values: revenue.values, sheet: "Revenue" },
    { asOf: SAMPLE_AS_OF, lang },
  );
  return tierName(e, e.tier, lang);
}

/**
 * The core orders revenue exclusions with the same row count by String.localeCompare on their
 * localized labels, which depends on the JavaScript engine's locale (Chromium in zh-CN orders
 * "否" and "CSP" unlike Node): compare those rows in any order, everything else exactly.
 */
function excludedInAnyOrder(values: unknown[][], lang: Lang): unknown[][] {
  const prefix = lang === "en" ? "Excluded: " : "排除：";
  const out = values.map((r) => [...r]);
  for (let i = 0; i < out.length;) {
    let j = i;
    while (j < out.length && String(out[j][0]).startsWith(prefix)) j++;
    if (j > i)
      out.splice(i, j - i, ...out.slice(i, j).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)));
    i = Math.max(j, i + 1);
  }
  return out;
}

async function checkResultsSheet(page: Page, lang: Lang, settings: Record<string, unknown>) {
  const sheets = await sheetsOf(page);
  const results = sheets.find((s) => s.name === RESULTS_SHEET_NAMES[lang]) as SheetSnapshot;
  expect(results).toBeDefined();
  const ref = await reference(settings, lang);
  expect(excludedInAnyOrder(results.values, lang)).toEqual(excludedInAnyOrder(ref.values, lang));
  const record = await page.evaluate(
    () =>
      (window as unknown as { __sim: { settings: { data: Record<string, unknown> } } }).__sim.settings.data[
        "CompetencyEvaluator.resultsSheet"
      ],
  );
  expect(record).toEqual({ token: results.ownerMark, name: results.name });
  expect(results.ownerMark).toMatch(/^[0-9a-f]{32}$/);
  expect(results.frozenRows).toBe(1);
  expect(Object.keys(results.formulas)).toEqual([]);
  // The result tier row says what the evaluator says on the raw cells.
  const tierRow = results.values.find((r) => r[0] === (lang === "en" ? "Result tier" : "结果等级")) as unknown[];
  expect(tierRow[1]).toBe(directTier(lang));
  // The formula-looking name is there, as text.
  const hits: string[] = [];
  results.values.forEach((r, i) => r.forEach((v, j) => v === FORMULA_LOOKING_NAME && hits.push(`${i},${j}`)));
  expect(hits.length).toBeGreaterThan(0);
  for (const h of hits) expect(results.numberFormats[h]).toBe("@");
  // Input sheets: exactly as they were, never written.
  for (const input of workbook) {
    const now = sheets.find((s) => s.name === input.name) as SheetSnapshot;
    expect(now.writes).toBe(0);
    const fresh = new FakeWorkbook([JSON.parse(JSON.stringify(input))]).sheets[0];
    const box = fresh.usedBox();
    expect(now.values).toEqual(
      box ? fresh.readBox({ row: 0, col: 0, rows: box.row + box.rows, cols: box.col + box.cols }) : [],
    );
  }
  return ref;
}

test("en-US: detects the sheets, generates the report, writes the results sheet, shows the summary", async () => {
  const { page, strays, errors } = await open({ sheets: workbook, displayLanguage: "en-US" }, "en-US");
  await page.waitForSelector("#app:not([hidden])");
  expect(await text(page, "#staff-found")).toMatch(/^Header row \d+: Name \([A-Z]+\), .*Exam \([A-Z]+\)/);
  expect(await text(page, "#revenue-found")).toMatch(/Product \([A-Z]+\).*Date \([A-Z]+\).*Amount \([A-Z]+\)/);
  // Column choices: open the list, pick the exam column by hand, then back to automatic.
  await page.locator("#columns summary").click();
  const examColumn = page.locator("#col-staff-exam");
  const letters = await examColumn.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(letters[0]).toBe("");
  expect(letters.length).toBeGreaterThan(3);
  await examColumn.selectOption(letters[4]);
  const chosen = await page.evaluate(
    (k) =>
      (window as unknown as { __sim: { settings: { data: Record<string, { staffColumns?: unknown }> } } }).__sim
        .settings.data[k]?.staffColumns,
    SETTINGS_KEY,
  );
  expect(chosen).toEqual({ exam: letters[4] });
  expect(await text(page, "#staff-found")).toContain(`Exam (${letters[4]})`);
  await page.screenshot({ path: path.join(OUT, "taskpane-columns-en-US.png"), fullPage: true });
  await page.locator("#col-staff-exam").selectOption("");
  await page.locator("#columns summary").click();
  await page.getByLabel("As-of date").fill(SAMPLE_AS_OF);
  await page.getByLabel("As-of date").dispatchEvent("change");
  expect(await text(page, "#rule-version option")).toBe("2017-11-16 (in force on the as-of date)");
  await page.getByRole("button", { name: "Generate report" }).click();
  await page.waitForSelector("#results:not([hidden])");

  const saved = await page.evaluate(
    (k) => (window as unknown as { __sim: { settings: { data: Record<string, unknown> } } }).__sim.settings.data[k],
    SETTINGS_KEY,
  );
  expect(saved).toEqual({ asOf: SAMPLE_AS_OF });
  const ref = await checkResultsSheet(page, "en", { asOf: SAMPLE_AS_OF });
  const e = ref.run.evaluation;
  expect(await text(page, "#result-tier")).toBe(directTier("en"));
  expect(await text(page, "#result-rules")).toBe(`Rule version ${e.rules.version} · Developed (mature) markets`);
  expect(await text(page, "#result-asof")).toBe("As of 2018-06-30 · TTM 2017-07-01 – 2018-06-30");
  expect(await page.locator("#result-tiers tr").count()).toBe(e.tiers.length);
  expect(await text(page, "#result-sheet")).toContain("Results written to the sheet “Competency Results”.");
  expect(await text(page, "#result-issues")).toContain(
    `errors: ${e.issues.filter((i) => i.severity === "error").length} ·`,
  );
  expect(await text(page, "#announce")).toBe(`Report ready: ${directTier("en")}.`);
  expect(await page.locator("#result-retired").isHidden()).toBe(true);

  // The custom functions registered in the same runtime give the same tier.
  const tier = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const fns = (window as unknown as { __sim: { functions: Map<string, (...a: unknown[]) => void> } }).__sim
          .functions;
        fns.get("TIER")?.(null, null, null, null, { setResult: resolve });
      }),
  );
  expect(tier).toBe(tierName(e, e.tier, "en"));
  expect(
    await page.evaluate(() => [
      ...(window as unknown as { __sim: { functions: Map<string, unknown> } }).__sim.functions.keys(),
    ]),
  ).toEqual(["TIER", "REVENUE", "MEETS", "GAPS", "SCORE", "POINTS"]); // issue 15 adds SCORE and POINTS

  await page.screenshot({ path: path.join(OUT, "taskpane-en-US.png"), fullPage: true });
  expect(strays).toEqual([]);
  expect(errors).toEqual([]);
});

test("zh-CN: follows Office's language, keeps the document's settings, works from the keyboard", async () => {
  const settings = { asOf: SAMPLE_AS_OF, market: "developed" };
  const { page, strays, errors } = await open(
    { sheets: workbook, displayLanguage: "zh-CN", settings: { [SETTINGS_KEY]: settings } },
    "zh-CN",
  );
  await page.waitForSelector("#app:not([hidden])");
  expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  expect(await page.getByLabel("评估日期").inputValue()).toBe(SAMPLE_AS_OF);
  expect(await text(page, "#staff-found")).toMatch(/^标题行 \d+：姓名（[A-Z]+）/);
  await page.locator("#generate").focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("#results:not([hidden])");
  const ref = await checkResultsSheet(page, "zh-CN", settings);
  expect(await text(page, "#result-tier")).toBe(directTier("zh-CN"));
  expect(await text(page, "#result-rules")).toBe(`规则版本 ${ref.run.evaluation.rules.version} · 成熟市场`);
  expect(await text(page, "#result-sheet")).toContain("结果已写入工作表“能力评估结果”。");
  expect(await text(page, "#generate")).toBe("生成报告");
  // No English left on the visible page apart from codes, names and the sheet's own words.
  const visible = await page.locator("body").innerText();
  expect(visible).not.toMatch(/\b(Generate|Rule version|Market|As-of|Result|Missing|Found)\b/);
  await page.screenshot({ path: path.join(OUT, "taskpane-zh-CN.png"), fullPage: true });
  expect(strays).toEqual([]);
  expect(errors).toEqual([]);
});

test("a user's sheet with our name is kept; as of today the retirement notice shows", async () => {
  const sheets = [...smallWorkbook(), { name: "Competency Results", values: [["My own notes"]] }];
  const { page, errors } = await open({ sheets, displayLanguage: "en-US" }, "en-US");
  await page.waitForSelector("#app:not([hidden])");
  await page.getByRole("button", { name: "Generate report" }).click();
  await page.waitForSelector("#results:not([hidden])");
  const after = await sheetsOf(page);
  expect(after.find((s) => s.name === "Competency Results")).toMatchObject({
    values: [["My own notes"]],
    writes: 0,
    ownerMark: null,
  });
  expect(after.find((s) => s.name === "Competency Results (2)")?.ownerMark).toBeTruthy();
  expect(await text(page, "#result-sheet")).toContain(
    "A sheet named “Competency Results” that the add-in did not create was left as it is.",
  );
  expect(await page.locator("#result-retired").isVisible()).toBe(true); // today is after 2022-09-30
  expect(await text(page, "#result-retired")).toContain("2022");
  await page.screenshot({ path: path.join(OUT, "taskpane-retired-en-US.png"), fullPage: true });
  expect(errors).toEqual([]);
});

test("issue 11: the user ticks several revenue sheets; the summary names them and the sheets passed over", async () => {
  // Dates as Excel holds them (serials), since the simulated host receives the cells as JSON.
  const serial = (v: unknown) => (v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v);
  const sheets = monthlySheets().map((s) => ({ ...s, values: s.values.map((r) => r.map(serial)) }));
  const { page, errors } = await open(
    { sheets, displayLanguage: "en-US", settings: { [SETTINGS_KEY]: { asOf: "2017-06-30" } } },
    "en-US",
  );
  await page.waitForSelector("#app:not([hidden])");
  const revenue = page.getByRole("group", { name: "Revenue sheet" });
  await revenue.getByLabel("Jun 2017").check();
  await revenue.getByLabel("2016年12月").check();
  await page.getByRole("button", { name: "Generate report" }).click();
  await page.waitForSelector("#results:not([hidden])");
  expect(await text(page, "#result-tier")).toBe("Silver");
  // Ticked sheets are read in tab order.
  expect(await text(page, "#result-sheet")).toContain(
    "Staff from “Team A”, “Team B”, revenue from “2016年12月”, “Jun 2017”; those sheets were not changed.",
  );
  await revenue.getByLabel("Jun 2017").uncheck();
  await revenue.getByLabel("2016年12月").uncheck();
  await page.getByRole("button", { name: "Generate report" }).click();
  await page.waitForSelector("#results:not([hidden])");
  expect(await text(page, "#result-sheet")).toContain('Sheet "Summary" was not read as the revenue table');
  // The ticks were kept in the document as a list, then cleared.
  const kept = await page.evaluate(
    (k) =>
      (window as unknown as { __sim: { settings: { data: Record<string, { revenueSheets?: unknown }> } } }).__sim
        .settings.data[k]?.revenueSheets,
    SETTINGS_KEY,
  );
  expect(kept).toBeUndefined();
  expect(errors).toEqual([]);
});

test("no staff table: the pane says what is missing in plain words", async () => {
  const { page } = await open({ sheets: [smallWorkbook()[0], smallWorkbook()[2]], displayLanguage: "en-US" }, "en-US");
  await page.waitForSelector("#app:not([hidden])");
  expect(await text(page, "#staff-found")).toMatch(
    /^This workbook has no staff table: no sheet has a header row with a name and an exam column/,
  );
  await page.getByRole("button", { name: "Generate report" }).click();
  await shown(page, "#error");
  expect(await page.locator("#error").getAttribute("role")).toBe("alert");
  expect(await text(page, "#error")).toMatch(
    /^The report could not be made\s*This workbook has no staff table: .*\. If yours is named differently, choose it above\.$/,
  );
  await page.screenshot({ path: path.join(OUT, "taskpane-error-en-US.png"), fullPage: true });
});

// issue 15: the program selector and the capability score in the pane.
const SCORE_AS_OF = "2026-11-24";
const SCORE_SHEETS: SheetData[] = [
  {
    name: "Certifications",
    values: [
      ["Name", "Email", "Certification", "Earned on"],
      ["Ann Lee", "ann@x.com", "MB-820", "2026-01-05"],
      ["Bo Chen", "bo@x.com", "MB-820", "2026-02-01"],
    ],
  },
  {
    name: "Revenue",
    values: [
      ["Month", "Customer tenant ID", "Workload", "Amount (USD)", "Partner association type"],
      ["2026-10", "t1", "Sales", 300, "DPOR"],
      ["2026-10", "t2", "Finance", 400, "CSP Tier 1"],
    ],
  },
  {
    name: "Usage",
    values: [
      ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType", "PartnerAssociationType"],
      ["2025-10", "t1", "Power Apps", 125, "Paid", "PAL"],
      ["2026-10", "t1", "Power Apps", 130, "Paid", "PAL"],
      ["2026-10", "t2", "Sales", 30, "Paid", "DPOR"],
    ],
  },
];

test.each([
  ["en-US", "en", "NOT QUALIFIED"],
  ["zh-CN", "zh-CN", "不合格"],
] as const)(
  "issue 15 (%s): Business Applications selected, Generate report shows the five metric bars and the total against 70",
  async (locale, lang, notQualified) => {
    const { page, strays, errors } = await open(
      { sheets: SCORE_SHEETS, displayLanguage: locale, settings: { [SETTINGS_KEY]: { asOf: SCORE_AS_OF } } },
      locale,
    );
    await page.waitForSelector("#app:not([hidden])");
    await page.locator("#program").selectOption("business-applications");
    expect(await page.locator("#data-section").isHidden()).toBe(true);
    const saved = await page.evaluate(
      (k) =>
        (window as unknown as { __sim: { settings: { data: Record<string, { program?: string }> } } }).__sim.settings
          .data[k]?.program,
      SETTINGS_KEY,
    );
    expect(saved).toBe("business-applications");
    await page.locator("#generate").click();
    await shown(page, "#score-results");
    const e = evaluateScore(
      { certifications: SCORE_SHEETS[0].values, revenue: SCORE_SHEETS[1].values, usage: SCORE_SHEETS[2].values },
      { asOf: SCORE_AS_OF },
    );
    expect(await page.locator("#score-metrics tr").count()).toBe(5);
    expect(await page.locator("#score-metrics .score-bar").count()).toBe(5);
    expect(await text(page, "#score-total-text")).toContain(fixed2(e.total));
    expect(await text(page, "#score-verdict")).toBe(
      e.qualified ? (lang === "en" ? "QUALIFIED" : "合格") : notQualified,
    );
    expect(await text(page, "#score-track-reason")).toBe(scoreText(e.trackReason, lang));
    expect(await page.locator("#score-plan li").count()).toBe(Math.max(1, e.plan.length));
    expect(await page.locator("#results").isHidden()).toBe(true);
    // The input sheets are untouched; the score goes to our results sheet, and the pane says which.
    const sheets = await sheetsOf(page);
    const results = lang === "en" ? "Competency Results" : "能力评估结果";
    expect(sheets.map((s) => s.name)).toEqual([...SCORE_SHEETS.map((s) => s.name), results]);
    expect(sheets.filter((s) => s.name !== results).every((s) => s.writes === 0)).toBe(true);
    expect(await text(page, "#score-sheet")).toContain(results);
    await page.screenshot({ path: path.join(OUT, `taskpane-score-${locale}.png`), fullPage: true });
    expect(strays).toEqual([]);
    expect(errors).toEqual([]);
  },
);

test("issue 15: the user picks the usage sheet for the score; a picked sheet that is gone is said plainly", async () => {
  const oldUsage: SheetData = {
    name: "Old usage",
    values: [
      SCORE_SHEETS[2].values[0],
      ["2025-10", "t1", "Power Apps", 125, "Paid", "PAL"],
      ["2026-10", "t1", "Power Apps", 400, "Paid", "PAL"],
    ],
    visibility: "Hidden",
  };
  const settings = { asOf: SCORE_AS_OF, program: "business-applications" };
  const { page, errors } = await open(
    { sheets: [...SCORE_SHEETS, oldUsage], displayLanguage: "en-US", settings: { [SETTINGS_KEY]: settings } },
    "en-US",
  );
  await page.waitForSelector("#app:not([hidden])");
  await shown(page, "#score-data-section");
  const usage = page.getByLabel("Usage sheet");
  expect(await usage.inputValue()).toBe(""); // Find automatically
  expect(await text(page, "#score-sheet-usage-found")).toBe(
    'Sheets read: “Usage”. Hidden sheet "Old usage" also looks like the usage table; it was not read (name it to read it).',
  );
  await usage.selectOption("Old usage");
  expect(await text(page, "#score-sheet-usage-found")).toBe("Sheets read: “Old usage”.");
  expect((await savedSettings(page)).scoreSheets).toEqual({ usage: "Old usage" });
  await page.locator("#generate").click();
  await shown(page, "#score-results");
  const e = evaluateScore(
    { certifications: SCORE_SHEETS[0].values, revenue: SCORE_SHEETS[1].values, usage: oldUsage.values },
    { asOf: SCORE_AS_OF },
  );
  expect(await text(page, "#score-total-text")).toContain(fixed2(e.total));
  expect(await text(page, "#score-tables")).toBe(
    "Read: certifications (“Certifications”), revenue (“Revenue”), usage (“Old usage”). Not found: none.",
  );
  await page.screenshot({ path: path.join(OUT, "taskpane-score-sheets-en-US.png"), fullPage: true });

  // The chosen sheet deleted in Excel: after Look again the list keeps it, marked, and says what to do.
  await page.evaluate(() =>
    (window as unknown as { __sim: { book: { userDeleteSheet(n: string): void } } }).__sim.book.userDeleteSheet(
      "Old usage",
    ),
  );
  await page.locator("#score-look-again").click();
  await page.waitForSelector("#score-sheet-usage-found.hint--problem");
  expect(await text(page, "#score-sheet-usage-found")).toMatch(
    /^This workbook has no sheet named "Old usage" \(its sheets: /,
  );
  expect(await usage.locator("option:checked").textContent()).toBe("Old usage (not in this workbook)");
  await page.locator("#generate").click();
  await shown(page, "#error");
  expect(await text(page, "#error")).toMatch(
    /This workbook has no sheet named "Old usage"\. Choose another sheet above, or “Find automatically”\.$/,
  );
  expect(await page.locator("#score-results").isHidden()).toBe(true);
  expect(errors).toEqual([]);
});

test("issue 15: the user picks the score's amount column; another sheet for the table forgets it", async () => {
  // "Amount" (D) and "Revenue" (E) both look like the amount: detection reads D.
  const revenue: SheetData = {
    name: "Revenue",
    values: [
      ["Month", "Customer tenant ID", "Workload", "Amount", "Revenue", "Partner association type"],
      ["2026-10", "t1", "Sales", 100, 2000, "DPOR"],
      ["2026-10", "t2", "Finance", 100, 400, "CSP Tier 1"],
    ],
  };
  const sheets = [SCORE_SHEETS[0], revenue, SCORE_SHEETS[2]];
  const settings = { asOf: SCORE_AS_OF, program: "business-applications" };
  const { page, errors } = await open(
    { sheets, displayLanguage: "en-US", settings: { [SETTINGS_KEY]: settings } },
    "en-US",
  );
  await page.waitForSelector("#app:not([hidden])");
  await shown(page, "#score-data-section");
  await page.locator("#score-sheet-revenue-columns summary").click();
  const amount = page.locator("#score-col-revenue-amount");
  expect(await text(page, 'label[for="score-col-revenue-amount"]')).toBe("Amount");
  expect(await amount.locator("option:checked").textContent()).toBe("Found automatically (D)");
  await amount.selectOption("E");
  expect((await savedSettings(page)).scoreColumns).toEqual({ revenue: { amount: "E" } });
  // Redrawn with the choice: the fold stays open, the list shows the letter and its header.
  expect(await page.locator("#score-sheet-revenue-columns").getAttribute("open")).toBe("");
  expect(await page.locator("#score-col-revenue-amount option:checked").textContent()).toBe("E — Revenue");
  await page.screenshot({ path: path.join(OUT, "taskpane-score-columns-en-US.png"), fullPage: true });
  await page.locator("#generate").click();
  await shown(page, "#score-results");
  const e = evaluateScore(
    {
      certifications: SCORE_SHEETS[0].values,
      revenue: { values: revenue.values, columns: { amount: 4 } },
      usage: SCORE_SHEETS[2].values,
    },
    { asOf: SCORE_AS_OF },
  );
  expect(await text(page, "#score-total-text")).toContain(fixed2(e.total));
  // The results sheet names the column read.
  const results = (await sheetsOf(page)).find((x) => x.name === "Competency Results") as SheetSnapshot;
  expect(results.values.find((r) => r[0] === "revenue" && r[1] === "amount")?.slice(0, 4)).toEqual([
    "revenue",
    "amount",
    "Revenue",
    "Revenue",
  ]);
  // Naming the table's sheet (even the same one) starts its columns afresh, as Cloud CRM's sheet choice does.
  await page.locator("#score-sheet-revenue").selectOption("Revenue");
  expect((await savedSettings(page)).scoreColumns).toBeUndefined();
  expect(await page.locator("#score-col-revenue-amount option:checked").textContent()).toBe("Found automatically (D)");
  expect(errors).toEqual([]);
});

const NO_HOST =
  "window.Office = { context: {}, onReady: function () { return Promise.resolve({ host: null, platform: null }); } };";

test.each([
  ["en-US", "This page is the task pane of an Excel add-in, and Office is not here."],
  ["zh-CN", "此页面是 Excel 加载项的任务窗格，但当前不在 Office 中。"],
])("outside Office (%s): says so instead of waiting forever", async (locale, message) => {
  const { page } = await open(null, locale, NO_HOST);
  await shown(page, "#host-message");
  expect(await text(page, "#host-message")).toContain(message);
  expect(await page.locator("#app").isHidden()).toBe(true);
  expect(await page.locator("#loading").isHidden()).toBe(true);
  await page.screenshot({ path: path.join(OUT, `taskpane-outside-office-${locale}.png`), fullPage: true });
});

test("another Office app: the host check (office-js-helpers) says this is for Excel only", async () => {
  const word =
    "window.Office = { context: { host: 'Word', platform: 'PC' }, onReady: function () { return Promise.resolve({ host: 'Word', platform: 'PC' }); } };";
  const { page } = await open(null, "en-US", word);
  await shown(page, "#host-message");
  expect(await text(page, "#host-message")).toBe("This add-in works in Excel only.");
  expect(await page.locator("#app").isHidden()).toBe(true);
});

test("office.js unreachable: the same plain message", async () => {
  const { page } = await open(null, "en-US", "/* nothing */");
  await shown(page, "#host-message");
  expect(await text(page, "#host-message")).toContain("Office is not here");
});

test("the build: functions.json as generated, the zh-CN file beside it, JavaScript within budget", () => {
  const dist = path.join(build, "dist");
  const files = fs.readdirSync(dist);
  for (const f of ["taskpane.html", "functions.json", "functions-zh-CN.json", "manifest.xml", "taskpane.css", "assets"])
    expect(files).toContain(f);
  expect(
    JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id),
  ).toEqual(["TIER", "REVENUE", "MEETS", "GAPS", "SCORE", "POINTS"]); // issue 15 adds SCORE and POINTS
  // issue 12: error cells reach the functions only with this flag at the root, in both files.
  for (const f of ["functions.json", "functions-zh-CN.json"])
    expect(JSON.parse(fs.readFileSync(path.join(dist, f), "utf8")).allowErrorForDataTypeAny).toBe(true);
  const js = files.filter((f) => f.endsWith(".js")).reduce((n, f) => n + fs.statSync(path.join(dist, f)).size, 0);
  expect(js).toBeLessThanOrEqual(300 * 1024);
  fs.writeFileSync(
    path.join(OUT, "bundle-sizes.json"),
    JSON.stringify(
      Object.fromEntries(files.filter((f) => f.endsWith(".js")).map((f) => [f, fs.statSync(path.join(dist, f)).size])),
      null,
      2,
    ),
  );
});

// ---------------------------------------------------------------- issue 12: what real Excel does

interface Sim {
  book: FakeWorkbook;
  functions: Map<string, (...a: unknown[]) => void>;
  cellError(code: string): unknown;
}

test("cell-edit mode: Generate report waits while the user types a cell, then finishes (no error)", async () => {
  const { page, errors } = await open(
    { sheets: smallWorkbook(), displayLanguage: "en-US", settings: { [SETTINGS_KEY]: { asOf: SAMPLE_AS_OF } } },
    "en-US",
  );
  await page.waitForSelector("#app:not([hidden])");
  await page.evaluate(() => (window as unknown as { __sim: Sim }).__sim.book.enterCellEdit());
  await page.getByRole("button", { name: "Generate report" }).click();
  await shown(page, "#progress");
  await page.waitForTimeout(300);
  expect(await page.locator("#error").isHidden()).toBe(true);
  expect(await page.locator("#generate").isDisabled()).toBe(true);
  await page.screenshot({ path: path.join(OUT, "taskpane-cell-edit-waiting-en-US.png"), fullPage: true });
  await page.evaluate(() => (window as unknown as { __sim: Sim }).__sim.book.exitCellEdit());
  await page.waitForSelector("#results:not([hidden])");
  expect(await page.locator("#error").isHidden()).toBe(true);
  expect(await text(page, "#result-sheet")).toContain("Results written to the sheet “Competency Results”.");
  expect(errors).toEqual([]);
});

test("error cells: a #N/A pass date is a data issue on its row; an error in asOf is #VALUE! with a message", async () => {
  const sheets = smallWorkbook();
  const staff = sheets[1];
  staff.values[2][3] = "#N/A"; // Yan Li's pass date shows #N/A (Range.values gives an error cell as its text)
  const { page, errors } = await open(
    { sheets, displayLanguage: "en-US", settings: { [SETTINGS_KEY]: { asOf: SAMPLE_AS_OF } } },
    "en-US",
  );
  await page.waitForSelector("#app:not([hidden])");
  await page.getByRole("button", { name: "Generate report" }).click();
  await page.waitForSelector("#results:not([hidden])");
  const results = (await sheetsOf(page)).find((s) => s.name === "Competency Results") as SheetSnapshot;
  const issueRow = results.values.find((r) => r.some((v) => typeof v === "string" && v.includes("#N/A")));
  expect(issueRow).toBeDefined();
  expect(issueRow?.slice(0, 2)).toEqual(["Staff", 4]); // Excel row 4: the table starts at B2
  expect(await text(page, "#result-issues")).toMatch(/errors: [1-9]/);
  await page.screenshot({ path: path.join(OUT, "taskpane-error-cell-en-US.png"), fullPage: true });
  // The same error cell through a range argument, and an error as the as-of date.
  const [fromRange, badAsOf] = await page.evaluate((staffValues) => {
    const sim = (window as unknown as { __sim: Sim }).__sim;
    const withError = staffValues.map((r) => r.map((v) => (v === "#N/A" ? sim.cellError("#N/A") : v)));
    const call = (args: unknown[]) =>
      new Promise((resolve) => sim.functions.get("TIER")?.(...args, { setResult: resolve }));
    return Promise.all([
      call([withError, null, "2018-06-30", null]),
      call([null, null, sim.cellError("#DIV/0!"), null]),
    ]);
  }, staff.values as unknown[][]);
  expect(typeof fromRange).toBe("string");
  expect(badAsOf).toMatchObject({
    code: "#VALUE!",
    message: "asOf: the cell shows #DIV/0!; give a date, or leave asOf out.",
  });
  expect(errors).toEqual([]);
});

test("reopened workbook (new sheet ids): the report rewrites our sheet; a copy of it is kept and the pane says why", async () => {
  const { page, errors } = await open(
    { sheets: smallWorkbook(), displayLanguage: "en-US", settings: { [SETTINGS_KEY]: { asOf: SAMPLE_AS_OF } } },
    "en-US",
  );
  await page.waitForSelector("#app:not([hidden])");
  const generate = async () => {
    await page.locator("#results").evaluate((e) => ((e as HTMLElement).hidden = true));
    await page.getByRole("button", { name: "Generate report" }).click();
    await page.waitForSelector("#results:not([hidden])");
  };
  await generate();
  const firstId = (await sheetsOf(page)).find((s) => s.name === "Competency Results")!.id;
  await page.evaluate(() => (window as unknown as { __sim: Sim }).__sim.book.reopen());
  await generate();
  let after = await sheetsOf(page);
  expect(after.filter((s) => s.name.startsWith("Competency Results")).map((s) => s.name)).toEqual([
    "Competency Results",
  ]);
  expect(after.find((s) => s.name === "Competency Results")!.id).not.toBe(firstId);
  expect(await text(page, "#result-sheet")).toContain("Results written to the sheet “Competency Results”.");
  // The user copies our sheet and annotates the copy.
  await page.evaluate(() => {
    const book = (window as unknown as { __sim: Sim }).__sim.book;
    book.copySheet("Competency Results").writeValue(0, 0, "my annotated copy");
    book.reopen();
  });
  await generate();
  after = await sheetsOf(page);
  expect(after.find((s) => s.name === "Competency Results (2)")!.values[0][0]).toBe("my annotated copy");
  expect(after.some((s) => s.name === "Competency Results (3)")).toBe(true);
  expect(await text(page, "#result-sheet")).toContain("Several sheets carry this add-in's results mark");
  await page.screenshot({ path: path.join(OUT, "taskpane-copied-results-en-US.png"), fullPage: true });
  expect(errors).toEqual([]);
});
