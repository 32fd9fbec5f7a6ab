// Wide staff layout (issue 11): one row per person and one column per exam code, each cell a pass
// date or a yes/pass word. Turned into the long form (one row per person and exam) that the staff
// reader reads, keeping each row's Excel row number for issues.
import type { PlainCell, RawTable, StaffField, TableInput } from "./types";
import { cellText, isBlankCell, parseDay, parseYesNo, plainCell } from "./cells";
import { normalizeExamCode } from "./exam-codes";
import { detectHeader, STAFF_FIELDS } from "./header-detection";
import type { IssueLog } from "./messages";

export interface WideStaffLayout {
  headerRow: number;
  /** Columns of the person, ID and active fields found in the header row. */
  columns: Partial<Record<StaffField, number>>;
  headers: Partial<Record<StaffField, string>>;
  /** One entry per exam column: its index and the exam code its header names. */
  exams: { col: number; code: string }[];
}

const PERSON_FIELDS = STAFF_FIELDS.filter((s) => s.field === "person" || s.field === "personId" || s.field === "active");
const PASS_WORDS = new Set(["pass", "passed", "通过", "已通过", "通過", "已通過", "合格", "certified", "已认证", "已認證", "done", "ok", "✅", "☑"]);
const FAIL_WORDS = new Set(["fail", "failed", "未通过", "不通过", "未通過", "不通過", "不合格", "✗", "✘", "×", "❌", "not passed", "n/a", "na"]);

/**
 * A header row (searched like any other) with a person column and at least one column whose
 * header is an exam code, and no exam column: the wide layout. Null otherwise.
 */
export function detectWideStaff(values: RawTable): WideStaffLayout | null {
  const match = detectHeader(values, PERSON_FIELDS);
  if (!match) return null;
  const row = values[match.mapping.headerRow];
  const taken = new Set(Object.values(match.mapping.columns));
  const exams: WideStaffLayout["exams"] = [];
  row.forEach((cell, col) => {
    if (taken.has(col) || typeof plainCell(cell) !== "string") return;
    const text = cellText(cell).trim();
    const code = text.length <= 80 ? normalizeExamCode(text) : null;
    if (code && !exams.some((e) => e.code === code)) exams.push({ col, code });
  });
  if (!exams.length) return null;
  return { headerRow: match.mapping.headerRow, columns: match.mapping.columns, headers: match.mapping.headers, exams };
}

type Mark = { held: true; date: PlainCell } | { held: false; unreadable?: string };

/** A wide cell: a pass date or yes/pass word holds the exam; a no/fail word or blank holds none. */
export function readWideCell(raw: PlainCell): Mark {
  const v = plainCell(raw);
  if (isBlankCell(v)) return { held: false };
  if (typeof v === "boolean") return v ? { held: true, date: null } : { held: false };
  if (typeof v === "number" && (v === 0 || v === 1)) return v === 1 ? { held: true, date: null } : { held: false };
  const word = cellText(v).normalize("NFKC").trim().toLowerCase();
  if (typeof v === "string") {
    if (PASS_WORDS.has(word)) return { held: true, date: null };
    if (FAIL_WORDS.has(word)) return { held: false };
    const yn = parseYesNo(v);
    if (yn.kind === "ok") return yn.value ? { held: true, date: null } : { held: false };
  }
  return parseDay(v).kind === "ok" ? { held: true, date: v as PlainCell } : { held: false, unreadable: cellText(v) };
}

const LONG_COLUMNS: StaffField[] = ["person", "personId", "active", "exam", "passedOn"];

/** The wide table as the long form: header row, then one row per held exam (or one bare row per person). */
export function wideToLong(table: TableInput, wide: WideStaffLayout, log: IssueLog): TableInput {
  const sheet = table.sheet ?? "Staff";
  const originRow = table.originRow ?? 1;
  const values = table.values;
  const header = [wide.headers.person ?? "", wide.headers.personId ?? "", wide.headers.active ?? "", "Exam", "Passed on"];
  const rows: PlainCell[][] = [header];
  const rowNumbers: number[] = [table.rowNumbers?.[wide.headerRow] ?? originRow + wide.headerRow];
  const at = (row: readonly PlainCell[], f: StaffField) => (wide.columns[f] === undefined ? null : row[wide.columns[f]]);
  for (let r = wide.headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (!row || row.every(isBlankCell)) continue;
    const excelRow = table.rowNumbers?.[r] ?? originRow + r;
    const who = [at(row, "person"), at(row, "personId"), at(row, "active")];
    let any = false;
    for (const { col, code } of wide.exams) {
      const mark = readWideCell(row[col]);
      if (mark.held) {
        rows.push([...who, code, mark.date]);
        rowNumbers.push(excelRow);
        any = true;
      } else if (mark.unreadable !== undefined)
        log.add(sheet, excelRow, cellText(values[wide.headerRow][col]).trim(), "warning", "staff.wideCellUnreadable", { value: mark.unreadable, code });
    }
    if (!any) {
      rows.push([...who, null, null]);
      rowNumbers.push(excelRow);
    }
  }
  const columns: Record<string, number> = {};
  LONG_COLUMNS.forEach((f, i) => {
    if (f === "exam" || f === "passedOn" || wide.columns[f] !== undefined) columns[f] = i;
  });
  log.add(sheet, originRow + wide.headerRow, null, "info", "sheet.wideLayout", { count: wide.exams.length });
  return { values: rows, sheet, originRow, originColumn: table.originColumn, headerRow: 0, columns, rowNumbers };
}
