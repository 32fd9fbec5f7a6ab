// Command-line arguments → options, by Node's util.parseArgs (strict): `--flag value` and
// `--flag=value`; anything unknown is a refusal (exit 2), so a typo never silently changes the
// answer. Each flag is declared once, in FLAGS: its kind, an example for "needs a value", and
// how its value is read into CliOptions (a refusal when it cannot be).
import { parseArgs as parseNodeArgs } from "node:util";
import type { DateOrder, Lang, Market } from "../core";
import { parseIsoDay } from "../core";
import { refuse } from "./cli-error";

export interface CliOptions {
  files: string[];
  asOf?: string;
  rules?: string;
  ruleVersion?: string;
  market?: Market;
  dateOrder?: DateOrder;
  /** Repeatable: several sheets of one table are combined. */
  staffSheet?: string[];
  revenueSheet?: string[];
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

interface ValueFlag {
  type: "string";
  /** Shown in "--flag needs a value, e.g. …". */
  example: string;
  /** May be given several times; `read` then gets each value, in order (else the last wins). */
  multiple?: true;
  /** Reads a (non-blank) value into the options, or throws a refusal. */
  read: (value: string, o: CliOptions) => void;
}
interface Switch {
  type: "boolean";
  short?: string;
  read: (o: CliOptions) => void;
}

/** Every flag, by its long name (without "--"). Read in this order, after every flag is parsed. */
export const FLAGS = {
  lang: {
    type: "string",
    example: "--lang zh-CN",
    read: (v, o) => {
      const lang = parseLang(v);
      if (!lang) throw refuse("badLang", { value: v });
      o.lang = lang;
    },
  },
  "as-of": {
    type: "string",
    example: "--as-of 2018-06-30",
    read: (v, o) => {
      const day = v.trim();
      if (parseIsoDay(day) === null) throw refuse("badAsOf", { value: day });
      o.asOf = day;
    },
  },
  market: {
    type: "string",
    example: "--market developing",
    read: (v, o) => {
      const market = v.trim().toLowerCase();
      if (market !== "developed" && market !== "developing") throw refuse("badMarket", { value: v });
      o.market = market;
    },
  },
  rules: { type: "string", example: "--rules my-rules.json", read: (v, o) => void (o.rules = v) },
  "rule-version": {
    type: "string",
    example: "--rule-version 2017-11-16",
    read: (v, o) => void (o.ruleVersion = v.trim()),
  },
  "date-order": {
    type: "string",
    example: "--date-order dmy",
    read: (v, o) => {
      const order = v.trim().toLowerCase();
      if (order !== "dmy" && order !== "mdy") throw refuse("badDateOrder", { value: v });
      o.dateOrder = order;
    },
  },
  // Issue 11: each may be given several times; the sheets are combined, in the order given.
  "staff-sheet": {
    type: "string",
    multiple: true,
    example: '--staff-sheet "Staff"',
    read: (v, o) => void (o.staffSheet ??= []).push(v),
  },
  "revenue-sheet": {
    type: "string",
    multiple: true,
    example: '--revenue-sheet "Revenue"',
    read: (v, o) => void (o.revenueSheet ??= []).push(v),
  },
  out: { type: "string", example: "--out results.xlsx", read: (v, o) => void (o.out = v) },
  // Issue 15: the Solutions Partner for Business Applications capability score.
  program: {
    type: "string",
    example: "--program business-applications",
    read: (v, o) => {
      const program = v.trim().toLowerCase();
      if (program !== "cloud-crm" && program !== "business-applications") throw refuse("badProgram", { value: v });
      o.program = program;
    },
  },
  month: {
    type: "string",
    example: "--month 2026-10",
    read: (v, o) => {
      const month = v.trim();
      const m = /^(\d{4})-(\d{2})$/.exec(month);
      if (!m || +m[2] < 1 || +m[2] > 12) throw refuse("badMonth", { value: month });
      o.month = month;
    },
  },
  track: {
    type: "string",
    example: "--track smb",
    read: (v, o) => {
      const track = v.trim().toLowerCase();
      if (track !== "enterprise" && track !== "smb") throw refuse("badTrack", { value: v });
      o.track = track;
    },
  },
  "usage-sheet": { type: "string", example: '--usage-sheet "Usage"', read: (v, o) => void (o.usageSheet = v) },
  "certs-sheet": { type: "string", example: '--certs-sheet "Certifications"', read: (v, o) => void (o.certsSheet = v) },
  json: { type: "boolean", read: (o) => void (o.json = true) },
  force: { type: "boolean", read: (o) => void (o.force = true) },
  help: { type: "boolean", short: "h", read: (o) => void (o.help = true) },
} satisfies Record<string, ValueFlag | Switch>;

type FlagName = keyof typeof FLAGS;

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

const NODE_OPTIONS = Object.fromEntries(
  Object.entries(FLAGS).map(([name, f]: [string, ValueFlag | Switch]) => [
    name,
    { type: f.type, ...("short" in f ? { short: f.short } : {}), ...("multiple" in f ? { multiple: f.multiple } : {}) },
  ]),
);

/** util.parseArgs' own errors, turned into our sentences (it names the option in quotes). */
function refusalFor(error: unknown, argv: readonly string[]): Error {
  const e = error as { code?: string; message?: string };
  const named = /'(-[^' ]*)/.exec(e.message ?? "")?.[1] ?? "";
  const flag = named.startsWith("--") ? named : (flagOfShort(named.slice(1)) ?? named);
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return refuse("unknownOption", { flag });
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const spec = FLAGS[flag.slice(2) as FlagName] as ValueFlag | Switch | undefined;
    if (spec?.type === "boolean") {
      const given = argv.find((a) => a.startsWith(`${flag}=`));
      return refuse("flagTakesNoValue", { flag, value: given ? given.slice(flag.length) : "" });
    }
    if (spec) return refuse("flagNeedsValue", { flag, example: spec.example });
  }
  return error instanceof Error ? error : new Error(String(error));
}

function flagOfShort(short: string): string | undefined {
  const found = Object.entries(FLAGS).find(([, f]) => "short" in f && f.short === short);
  return found && `--${found[0]}`;
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined>): CliOptions {
  const o: CliOptions = {
    files: [],
    json: false,
    lang: langFromEnv(env),
    force: false,
    help: false,
    program: "cloud-crm",
  };
  let parsed;
  try {
    parsed = parseNodeArgs({ args: [...argv], options: NODE_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw refusalFor(e, argv);
  }
  o.files = parsed.positionals;
  const values = parsed.values as Partial<Record<FlagName, string | string[] | boolean>>;
  const given = (name: FlagName): string[] => {
    const v = values[name];
    return typeof v === "string" ? [v] : Array.isArray(v) ? v : [];
  };
  for (const [name, spec] of Object.entries(FLAGS) as [FlagName, ValueFlag | Switch][]) {
    if (spec.type === "boolean") {
      if (values[name] === true) spec.read(o);
    } else if (given(name).some((v) => v.trim() === ""))
      throw refuse("flagNeedsValue", { flag: `--${name}`, example: spec.example });
  }
  if (o.help) return o;
  for (const [name, spec] of Object.entries(FLAGS) as [FlagName, ValueFlag | Switch][])
    if (spec.type === "string") for (const v of given(name)) spec.read(v, o);
  if (o.program !== "business-applications")
    for (const flag of ["month", "track", "usage-sheet", "certs-sheet"] as const)
      if (given(flag).length) throw refuse("scoreOnlyFlag", { flag: `--${flag}` });
  return o;
}
