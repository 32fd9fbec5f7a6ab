// Finds a table's header row and maps its columns to fields, by header text (docs/rules.md §4).
import type { ColumnMapping, RawTable, RevenueField, StaffField } from "./types";
import { cellText, isBlankCell } from "./cells";
import { looseKey } from "./text";

export interface FieldSpec<F extends string> {
  field: F;
  required: boolean;
  headers: string[];
}

export const STAFF_FIELDS: FieldSpec<StaffField>[] = [
  { field: "person", required: true, headers: ["Name", "Person", "Employee", "Full name", "Employee name", "Staff", "Staff name", "Consultant", "姓名", "员工", "人员", "员工姓名", "名字", /* Traditional Chinese (issue 11) */ "員工", "人員", "員工姓名"] },
  { field: "personId", required: false, headers: ["Email", "ID", "Employee ID", "MPN ID", "E-mail", "Email address", "Staff ID", "邮箱", "工号", "电子邮件", "员工编号", "郵箱", "電子郵件", "員工編號"] },
  { field: "exam", required: true, headers: ["Exam", "Exam code", "Exams", "Exam codes", "Exam name", "Exam title", "Exams passed", "Certification", "Certifications", "考试", "考试代码", "认证", "考试编号", "考試", "考試代碼", "認證", "考試編號"] },
  { field: "passedOn", required: false, headers: ["Passed on", "Pass date", "Date passed", "Passed", "Passed date", "Date", "Exam date", "Certified on", "Certification date", "Completion date", "通过日期", "考试日期", "认证日期", "通過日期", "考試日期", "認證日期"] },
  { field: "active", required: false, headers: ["Active", "Status", "Employed", "Current", "在职", "在职状态", "状态", "在職", "在職狀態", "狀態"] },
];

export const REVENUE_FIELDS: FieldSpec<RevenueField>[] = [
  { field: "customer", required: false, headers: ["Customer", "Client", "Account", "Customer name", "Tenant", "客户", "客户名称", "客戶", "客戶名稱"] },
  { field: "product", required: true, headers: ["Product", "Offer", "SKU", "Product name", "Offer name", "Workload", "产品", "产品名称", "產品", "產品名稱"] },
  { field: "date", required: true, headers: ["Date", "Invoice date", "Billing date", "Month", "Transaction date", "Period", "日期", "开票日期", "账单日期", "月份", "開票日期", "帳單日期", "賬單日期"] },
  { field: "amount", required: true, headers: ["Amount", "Revenue", "Net revenue", "Amount (USD)", "USD", "Net new revenue", "Revenue (USD)", "金额", "收入", "净收入", "净新收入", "金额(美元)", "收入(美元)", "金額", "淨收入", "淨新收入", "金額(美元)"] },
  { field: "dpor", required: false, headers: ["DPOR", "Digital partner of record", "Partner of record", "Partner association", "Association", "Attribution", "POR", "记录在案的合作伙伴", "关联类型", "数字合作伙伴", "記錄在案的合作夥伴", "關聯類型", "數位合作夥伴"] },
];

export const HEADER_SCAN_ROWS = 50;

export interface HeaderMatch<F extends string> {
  mapping: ColumnMapping<F>;
  /** Columns that matched a field already taken by an earlier column with the same header. */
  duplicates: { column: number; header: string; field: F }[];
}

function matchRow<F extends string>(row: readonly unknown[], specs: FieldSpec<F>[]): HeaderMatch<F> {
  const exact = new Map<string, F>();
  const partial: { key: string; field: F }[] = [];
  for (const s of specs)
    for (const h of s.headers) {
      const key = looseKey(h);
      if (!exact.has(key)) exact.set(key, s.field);
      if (key.length >= 4) partial.push({ key, field: s.field });
    }
  partial.sort((a, b) => b.key.length - a.key.length);

  const columns: Partial<Record<F, number>> = {};
  const headers: Partial<Record<F, string>> = {};
  const duplicates: HeaderMatch<F>["duplicates"] = [];
  const keys = row.map((c) => looseKey(cellText(c)));
  // Exact header matches first, then headers that contain a known one ("Net new revenue USD").
  keys.forEach((key, col) => {
    const field = exact.get(key);
    if (!field) return;
    if (columns[field] === undefined) {
      columns[field] = col;
      headers[field] = cellText(row[col]).trim();
    } else duplicates.push({ column: col, header: cellText(row[col]).trim(), field });
  });
  keys.forEach((key, col) => {
    if (!key || exact.has(key)) return;
    const hit = partial.find((p) => key.includes(p.key) && columns[p.field] === undefined);
    if (hit) {
      columns[hit.field] = col;
      headers[hit.field] = cellText(row[col]).trim();
    }
  });
  return { mapping: { headerRow: -1, columns, headers }, duplicates };
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
  const rows = explicit?.headerRow !== undefined ? [explicit.headerRow] : [...Array(Math.min(HEADER_SCAN_ROWS, values.length)).keys()];
  // Columns chosen without a header row: the header row is still the one the headers name (a
  // title row above it must not win just because the overrides fill in its gaps).
  if (explicit?.headerRow === undefined && explicit?.columns && Object.keys(explicit.columns).length) {
    const found = detectHeader(values, specs);
    if (found) return detectHeader(values, specs, { ...explicit, headerRow: found.mapping.headerRow });
  }
  // Scanning under chosen columns: a header row has something in every column the user chose.
  const chosen = explicit?.headerRow === undefined ? Object.values(explicit?.columns ?? {}).filter((c): c is number => c !== undefined) : [];
  for (const r of rows) {
    const row = values[r];
    if (!row || row.every(isBlankCell) || chosen.some((c) => isBlankCell(row[c]))) continue;
    const match = matchRow(row, specs);
    for (const [field, col] of Object.entries(explicit?.columns ?? {})) {
      if (col === undefined || !specs.some((s) => s.field === field)) continue;
      (match.mapping.columns as Record<string, number>)[field] = col;
      (match.mapping.headers as Record<string, string>)[field] = cellText(row[col]).trim() || columnLetter(col);
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
