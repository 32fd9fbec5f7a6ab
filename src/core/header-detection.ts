// Finds a table's header row and maps its columns to fields, by header text (docs/rules.md §4).
import type { ColumnMapping, RawTable, RevenueField, StaffField } from "./types";
import { cellText, isBlankCell } from "./cells";
import { looseKey } from "./text";

export interface FieldSpec<F extends string> {
  field: F;
  required: boolean;
  headers: string[];
  /** Only an exact header names this field ("Local currency amount" is not a currency column). */
  exactOnly?: boolean;
}

/** A currency column beside an amount (Cloud CRM revenue and the score's revenue alike). */
export const CURRENCY_FIELD: FieldSpec<"currency"> = {
  field: "currency",
  required: false,
  exactOnly: true,
  headers: ["Currency", "Currency code", "Curr", "币种", "货币", "币别", "幣種", "貨幣", "幣別"],
};

export const STAFF_FIELDS: FieldSpec<StaffField>[] = [
  {
    field: "person",
    required: true,
    headers: [
      "Name",
      "Person",
      "Employee",
      "Full name",
      "Employee name",
      "Staff",
      "Staff name",
      "Consultant",
      "姓名",
      "员工",
      "人员",
      "员工姓名",
      "名字",
      /* Traditional Chinese (issue 11) */ "員工",
      "人員",
      "員工姓名",
    ],
  },
  {
    field: "personId",
    required: false,
    headers: [
      "Email",
      "ID",
      "Employee ID",
      "MPN ID",
      "E-mail",
      "Email address",
      "Staff ID",
      "邮箱",
      "工号",
      "电子邮件",
      "员工编号",
      "郵箱",
      "電子郵件",
      "員工編號",
    ],
  },
  {
    field: "exam",
    required: true,
    headers: [
      "Exam",
      "Exam code",
      "Exams",
      "Exam codes",
      "Exam name",
      "Exam title",
      "Exams passed",
      "Certification",
      "Certifications",
      "考试",
      "考试代码",
      "认证",
      "考试编号",
      "考試",
      "考試代碼",
      "認證",
      "考試編號",
    ],
  },
  {
    field: "passedOn",
    required: false,
    headers: [
      "Passed on",
      "Pass date",
      "Date passed",
      "Passed",
      "Passed date",
      "Date",
      "Exam date",
      "Certified on",
      "Certification date",
      "Completion date",
      "通过日期",
      "考试日期",
      "认证日期",
      "通過日期",
      "考試日期",
      "認證日期",
    ],
  },
  {
    field: "active",
    required: false,
    headers: [
      "Active",
      "Status",
      "Employed",
      "Current",
      "Employment status",
      "在职",
      "在职状态",
      "是否在职",
      "状态",
      "在職",
      "在職狀態",
      "是否在職",
      "狀態",
    ],
  },
  {
    field: "result",
    required: false,
    headers: [
      "Result",
      "Outcome",
      "Pass/Fail",
      "Exam result",
      "Exam outcome",
      "结果",
      "考试结果",
      "是否通过",
      "結果",
      "考試結果",
      "是否通過",
    ],
  },
];

export const REVENUE_FIELDS: FieldSpec<RevenueField>[] = [
  {
    field: "customer",
    required: false,
    headers: ["Customer", "Client", "Account", "Customer name", "Tenant", "客户", "客户名称", "客戶", "客戶名稱"],
  },
  {
    field: "product",
    required: true,
    headers: [
      "Product",
      "Offer",
      "SKU",
      "Product name",
      "Offer name",
      "Workload",
      "产品",
      "产品名称",
      "產品",
      "產品名稱",
    ],
  },
  {
    field: "date",
    required: true,
    headers: [
      "Date",
      "Invoice date",
      "Billing date",
      "Month",
      "Transaction date",
      "Period",
      "日期",
      "开票日期",
      "账单日期",
      "月份",
      "開票日期",
      "帳單日期",
      "賬單日期",
    ],
  },
  {
    field: "amount",
    required: true,
    headers: [
      "Amount",
      "Revenue",
      "Net revenue",
      "Amount (USD)",
      "USD",
      "Net new revenue",
      "Revenue (USD)",
      "金额",
      "收入",
      "净收入",
      "净新收入",
      "金额(美元)",
      "收入(美元)",
      "金額",
      "淨收入",
      "淨新收入",
      "金額(美元)",
    ],
  },
  {
    field: "dpor",
    required: false,
    headers: [
      "DPOR",
      "Digital partner of record",
      "Partner of record",
      "Partner association",
      "Association",
      "Attribution",
      "POR",
      "记录在案的合作伙伴",
      "关联类型",
      "数字合作伙伴",
      "記錄在案的合作夥伴",
      "關聯類型",
      "數位合作夥伴",
    ],
  },
  CURRENCY_FIELD,
];

/** The fields of a table's specs, in order. */
export const fieldsOf = <F extends string>(specs: readonly { field: F }[]): F[] => specs.map((s) => s.field);

export const HEADER_SCAN_ROWS = 50;

const HAN = /\p{Script=Han}/u;

/** Why a chosen column's header looks wrong (a word id rendered through WORDS). */
export type ColumnHint = "localCurrency" | "grossOrTax" | "otherDate";

/** How a column was chosen, when there was a choice or a doubt (the tables warn from these). */
export interface ColumnNote<F extends string> {
  kind: "tie" | "penalised" | "preferred";
  field: F;
  /** 0-based column used for the field, and its header. */
  column: number;
  header: string;
  /** The other column's header (tie, preferred). */
  other?: string;
  hint?: ColumnHint;
}

export interface HeaderMatch<F extends string> {
  mapping: ColumnMapping<F>;
  notes: ColumnNote<F>[];
}

/**
 * Words in a header that make a column the better or the wrong one for a field (issue 10). Latin
 * words match whole words; anything else (CJK, symbols) matches anywhere in the header.
 */
const PREFER: Partial<Record<string, string[]>> = {
  amount: ["usd", "us$", "net", "美元", "净额", "净"],
  passedOn: ["exam", "pass", "passed", "通过", "考试"],
};
const PENALTY: Partial<Record<string, { hint: ColumnHint; words: string[] }[]>> = {
  amount: [
    {
      hint: "localCurrency",
      words: ["local", "cny", "rmb", "eur", "hkd", "人民币", "本币", "hk$", "¥", "€", "£", "元)"],
    },
    { hint: "grossOrTax", words: ["gross", "vat", "tax", "含税", "税额", "税"] },
  ],
  passedOn: [
    { hint: "otherDate", words: ["hire", "hired", "joined", "join", "birth", "start", "入职", "出生", "开始"] },
  ],
};

function wordIn(text: string, tokens: ReadonlySet<string>, word: string): boolean {
  return /^[a-z]+$/.test(word) ? tokens.has(word) : text.includes(word);
}

interface ColumnScore {
  score: number;
  hint?: ColumnHint;
}

/** +2 for an exact header, +1 per preferring word, −1 per word that marks the wrong column. */
function scoreHeader(field: string, header: string, exact: boolean): ColumnScore {
  const text = header.normalize("NFKC").toLowerCase();
  const tokens = new Set(text.split(/[^a-z0-9]+/).filter(Boolean));
  let score = exact ? 2 : 0;
  for (const w of PREFER[field] ?? []) if (wordIn(text, tokens, w)) score++;
  // "美元" is not "元)": a preferring word's own characters do not count against it.
  const unpreferred = (PREFER[field] ?? []).reduce((t, w) => (/^[a-z]+$/.test(w) ? t : t.split(w).join(" ")), text);
  let hint: ColumnHint | undefined;
  for (const p of PENALTY[field] ?? [])
    for (const w of p.words)
      if (wordIn(unpreferred, tokens, w)) {
        score--;
        hint ??= p.hint;
      }
  return { score, hint };
}

function matchRow<F extends string>(row: readonly unknown[], specs: FieldSpec<F>[]): HeaderMatch<F> {
  const exact = new Map<string, F>();
  const partial: { key: string; field: F }[] = [];
  for (const s of specs)
    for (const h of s.headers) {
      const key = looseKey(h);
      if (!exact.has(key)) exact.set(key, s.field);
      // Contained headers: Latin ones of 4+ letters ("amount"), Chinese ones of 2+ characters (金额).
      if ((key.length >= 4 || (key.length >= 2 && HAN.test(key))) && !s.exactOnly)
        partial.push({ key, field: s.field });
    }
  partial.sort((a, b) => b.key.length - a.key.length);

  // Each column names at most one field: its exact header's, else the longest known header it contains.
  const byField = new Map<F, { col: number; header: string; score: number; hint?: ColumnHint }[]>();
  row.forEach((cell, col) => {
    const header = cellText(cell).trim();
    const key = looseKey(header);
    if (!key) return;
    const exactField = exact.get(key);
    const field = exactField ?? partial.find((p) => key.includes(p.key))?.field;
    if (field === undefined) return;
    const list = byField.get(field) ?? [];
    byField.set(field, list);
    list.push({ col, header, ...scoreHeader(field, header, exactField !== undefined) });
  });

  const columns: Partial<Record<F, number>> = {};
  const headers: Partial<Record<F, string>> = {};
  const notes: ColumnNote<F>[] = [];
  for (const s of specs) {
    const list = byField.get(s.field);
    if (!list) continue;
    // Highest score wins; a tie goes to the leftmost (the list is in column order).
    const best = list.reduce((b, c) => (c.score > b.score ? c : b));
    columns[s.field] = best.col;
    headers[s.field] = best.header;
    const note = { field: s.field, column: best.col, header: best.header };
    const tied = list.find((c) => c !== best && c.score === best.score);
    if (tied) notes.push({ kind: "tie", ...note, other: tied.header });
    else if (best.hint) notes.push({ kind: "penalised", ...note, hint: best.hint });
    for (const c of list) if (c !== best && c !== tied) notes.push({ kind: "preferred", ...note, other: c.header });
  }
  return { mapping: { headerRow: -1, columns, headers }, notes };
}

/**
 * The first row within the first HEADER_SCAN_ROWS (50) whose headers name every required field. An explicit
 * header row wins; explicit columns override what was detected.
 */
export function detectHeader<F extends string>(
  values: RawTable,
  specs: FieldSpec<F>[],
  explicit?: { headerRow?: number; columns?: Partial<Record<string, number>> },
): HeaderMatch<F> | null {
  const rows =
    explicit?.headerRow !== undefined
      ? [explicit.headerRow]
      : [...Array(Math.min(HEADER_SCAN_ROWS, values.length)).keys()];
  // Columns chosen without a header row: the header row is still the one the headers name (a
  // title row above it must not win just because the overrides fill in its gaps).
  if (explicit?.headerRow === undefined && explicit?.columns && Object.keys(explicit.columns).length) {
    const found = detectHeader(values, specs);
    if (found) return detectHeader(values, specs, { ...explicit, headerRow: found.mapping.headerRow });
  }
  // Scanning under chosen columns: a header row has something in every column the user chose.
  const chosen =
    explicit?.headerRow === undefined
      ? Object.values(explicit?.columns ?? {}).filter((c): c is number => c !== undefined)
      : [];
  for (const r of rows) {
    const row = values[r];
    if (!row || row.every(isBlankCell) || chosen.some((c) => isBlankCell(row[c]))) continue;
    const match = matchRow(row, specs);
    for (const [field, col] of Object.entries(explicit?.columns ?? {})) {
      if (col === undefined || !specs.some((s) => s.field === field)) continue;
      (match.mapping.columns as Record<string, number>)[field] = col;
      (match.mapping.headers as Record<string, string>)[field] = cellText(row[col]).trim() || columnLetter(col);
      // The user's choice settles the field: no doubt about it to report.
      match.notes = match.notes.filter((n) => n.field !== field);
    }
    if (specs.every((s) => !s.required || match.mapping.columns[s.field] !== undefined)) {
      match.mapping.headerRow = r;
      return match;
    }
  }
  return null;
}

/** 0 → "A", 27 → "AB". */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
