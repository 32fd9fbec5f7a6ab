// Command-line arguments → options. Accepts `--flag value` and `--flag=value`; anything unknown
// is a refusal (exit 2), so a typo never silently changes the answer.
import type { Lang, Market } from "../core";
import { parseIsoDay } from "../core";
import { refuse } from "./cli-error";

export interface CliOptions {
  files: string[];
  asOf?: string;
  rules?: string;
  ruleVersion?: string;
  market?: Market;
  staffSheet?: string;
  revenueSheet?: string;
  out?: string;
  json: boolean;
  lang: Lang;
  force: boolean;
  help: boolean;
  program: "cloud-crm" | "business-applications";
  /** business-applications: the latest month L, YYYY-MM. */
  month?: string;
  track?: "enterprise" | "smb";
  usageSheet?: string;
  certsSheet?: string;
}

const VALUE_FLAGS = [
  "--as-of", "--rules", "--rule-version", "--market", "--staff-sheet", "--revenue-sheet", "--out", "--lang",
  "--program", "--month", "--track", "--usage-sheet", "--certs-sheet",
] as const;
const SWITCHES = ["--json", "--force", "--help", "-h"] as const;

/** LC_ALL wins over LC_MESSAGES over LANG, as in POSIX; zh… → zh-CN, anything else → en. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh-CN" : "en";
}

function parseLang(v: string): Lang | null {
  const k = v.trim().toLowerCase().replace("_", "-");
  if (k === "en" || k.startsWith("en-")) return "en";
  if (k === "zh-cn" || k === "zh" || k === "zh-hans" || k === "cn") return "zh-CN";
  return null;
}

/** The --lang a user asked for, if any and readable, so even argument errors speak it. */
export function requestedLang(argv: readonly string[], fallback: Lang): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v !== undefined) return parseLang(v) ?? fallback;
  }
  return fallback;
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined>): CliOptions {
  const o: CliOptions = { files: [], json: false, lang: langFromEnv(env), force: false, help: false, program: "cloud-crm" };
  const values: Partial<Record<(typeof VALUE_FLAGS)[number], string>> = {};
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles || !a.startsWith("-") || a === "-") {
      o.files.push(a);
      continue;
    }
    if (a === "--") {
      onlyFiles = true;
      continue;
    }
    const eq = a.indexOf("=");
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if ((SWITCHES as readonly string[]).includes(flag)) {
      if (eq > 0) throw refuse(`${flag} takes no value; remove "${a.slice(eq)}".`, `${flag} 不带参数值；请去掉“${a.slice(eq)}”。`);
      if (flag === "--json") o.json = true;
      else if (flag === "--force") o.force = true;
      else o.help = true;
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(flag))
      throw refuse(
        `Unknown option "${flag}"; run with --help to see the options.`,
        `未知选项“${flag}”；运行 --help 查看可用选项。`,
      );
    const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined || (eq < 0 && v.startsWith("--")) || v.trim() === "")
      throw refuse(`${flag} needs a value, e.g. ${example(flag)}.`, `${flag} 需要一个值，例如 ${example(flag)}。`);
    values[flag as (typeof VALUE_FLAGS)[number]] = v;
  }
  if (o.help) return o;

  if (values["--lang"] !== undefined) {
    const lang = parseLang(values["--lang"]);
    if (!lang) throw refuse(`--lang must be en or zh-CN, not "${values["--lang"]}".`, `--lang 只能是 en 或 zh-CN，而不是“${values["--lang"]}”。`);
    o.lang = lang;
  }
  if (values["--as-of"] !== undefined) {
    const v = values["--as-of"].trim();
    if (parseIsoDay(v) === null)
      throw refuse(`--as-of "${v}" is not a date; write it as YYYY-MM-DD, e.g. --as-of 2018-06-30.`, `--as-of “${v}”不是有效日期；请写成 YYYY-MM-DD，例如 --as-of 2018-06-30。`);
    o.asOf = v;
  }
  if (values["--market"] !== undefined) {
    const v = values["--market"].trim().toLowerCase();
    if (v !== "developed" && v !== "developing")
      throw refuse(`--market must be developed or developing, not "${values["--market"]}".`, `--market 只能是 developed 或 developing，而不是“${values["--market"]}”。`);
    o.market = v;
  }
  if (values["--program"] !== undefined) {
    const v = values["--program"].trim().toLowerCase();
    if (v !== "cloud-crm" && v !== "business-applications")
      throw refuse(`--program must be cloud-crm or business-applications, not "${values["--program"]}".`, `--program 只能是 cloud-crm 或 business-applications，而不是“${values["--program"]}”。`);
    o.program = v;
  }
  if (values["--month"] !== undefined) {
    const v = values["--month"].trim();
    const m = /^(\d{4})-(\d{2})$/.exec(v);
    if (!m || +m[2] < 1 || +m[2] > 12)
      throw refuse(`--month "${v}" is not a month; write it as YYYY-MM, e.g. --month 2026-10.`, `--month “${v}”不是有效月份；请写成 YYYY-MM，例如 --month 2026-10。`);
    o.month = v;
  }
  if (values["--track"] !== undefined) {
    const v = values["--track"].trim().toLowerCase();
    if (v !== "enterprise" && v !== "smb")
      throw refuse(`--track must be enterprise or smb, not "${values["--track"]}".`, `--track 只能是 enterprise 或 smb，而不是“${values["--track"]}”。`);
    o.track = v;
  }
  if (o.program !== "business-applications")
    for (const f of ["--month", "--track", "--usage-sheet", "--certs-sheet"] as const)
      if (values[f] !== undefined)
        throw refuse(`${f} applies to --program business-applications; add that flag or remove ${f}.`, `${f} 仅适用于 --program business-applications；请加上该选项或去掉 ${f}。`);
  o.usageSheet = values["--usage-sheet"];
  o.certsSheet = values["--certs-sheet"];
  o.rules = values["--rules"];
  o.ruleVersion = values["--rule-version"]?.trim();
  o.staffSheet = values["--staff-sheet"];
  o.revenueSheet = values["--revenue-sheet"];
  o.out = values["--out"];
  return o;
}

function example(flag: string): string {
  switch (flag) {
    case "--as-of": return "--as-of 2018-06-30";
    case "--rules": return "--rules my-rules.json";
    case "--rule-version": return "--rule-version 2017-11-16";
    case "--market": return "--market developing";
    case "--staff-sheet": return '--staff-sheet "Staff"';
    case "--revenue-sheet": return '--revenue-sheet "Revenue"';
    case "--out": return "--out results.xlsx";
    case "--program": return "--program business-applications";
    case "--month": return "--month 2026-10";
    case "--track": return "--track smb";
    case "--usage-sheet": return '--usage-sheet "Usage"';
    case "--certs-sheet": return '--certs-sheet "Certifications"';
    default: return "--lang zh-CN";
  }
}
