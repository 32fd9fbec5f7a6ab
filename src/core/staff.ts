// Staff table → people with the exams each holds on the as-of date (docs/rules.md §3).
import type { DateOrder, Day, NotAccepted, RawTable, RuleSet, StaffField, TableInput } from "./types";
import { cellText, isBlankCell, isResultWord, parseEmployment, parseExamResult, readDate } from "./cells";
import { dateOrderOfColumn, logColumnNotes } from "./column-reading";
import { toIso } from "./dates";
import { splitExamCell } from "./exam-codes";
import { detectHeader, STAFF_FIELDS } from "./header-detection";
import { IssueLog, WORDS } from "./messages";
import { versionListing } from "./rule-versions";
import { cleanText, looseKey, memoByText, nameText } from "./text";
import type { ColumnMapping } from "./types";

export interface Person {
  key: string;
  name: string;
  /** Excel row of the person's first row. */
  firstRow: number;
  /** Accepted exam codes held on asOf, in rule-catalog order. */
  accepted: string[];
  notAccepted: NotAccepted[];
}

interface RawStaffRow {
  sheet: string;
  headers: ColumnMapping<StaffField>["headers"];
  row: number;
  name: string;
  id: string;
  codes: string[];
  passedOn?: Day;
  /** False when the pass date could not be read: the row's exams are not counted. */
  datesReadable: boolean;
}

export interface StaffContext {
  asOf: Day;
  rules: RuleSet;
  catalog: readonly RuleSet[];
  log: IssueLog;
  dateOrder?: DateOrder;
}

/** Headers that could name an employment status or an exam result: the values decide. */
const GENERIC_STATUS = new Set(["status", "状态"]);

/**
 * A Status column is read as employment status only when its values are employment words; one
 * holding Passed/Failed/通过/未通过 (and no employment word) is the exam result column.
 */
function settleStatusColumn(values: RawTable, mapping: ColumnMapping<StaffField>): void {
  const { columns, headers } = mapping;
  const c = columns.active;
  if (c === undefined || !GENERIC_STATUS.has(looseKey(headers.active ?? ""))) return;
  let results = 0,
    employment = 0;
  for (let r = mapping.headerRow + 1; r < values.length; r++) {
    const v = values[r]?.[c];
    if (isBlankCell(v)) continue;
    if (isResultWord(v)) results++;
    else if (parseEmployment(v).kind === "ok") employment++;
  }
  if (results === 0 || employment > 0) return;
  if (columns.result === undefined) {
    columns.result = c;
    headers.result = headers.active;
  }
  delete columns.active;
  delete headers.active;
}

/** The same person however the name is typed: trimmed, collapsed, NFKC, case-folded. */
export function personNameKey(name: string): string {
  return nameText(name).toLowerCase();
}

/** Prefers a properly cased spelling ("Xu Wei") over "xu wei" / "XU WEI". */
function betterName(current: string, candidate: string): string {
  const mixed = (s: string) => s !== s.toLowerCase() && s !== s.toUpperCase();
  return !mixed(current) && mixed(candidate) ? candidate : current;
}

/** One or several staff tables (sheets combined, issue 11): people are gathered across them all. */
export function readStaff(
  tables: TableInput | readonly TableInput[],
  ctx: StaffContext,
): { people: Person[]; mapping: ColumnMapping<StaffField> | null } {
  const raw: RawStaffRow[] = [];
  let mapping: ColumnMapping<StaffField> | null = null;
  for (const table of Array.isArray(tables) ? (tables as readonly TableInput[]) : [tables as TableInput]) {
    const m = readStaffRows(table, ctx, raw);
    mapping ??= m;
  }
  return { people: peopleOf(raw, ctx), mapping };
}

function readStaffRows(table: TableInput, ctx: StaffContext, raw: RawStaffRow[]): ColumnMapping<StaffField> | null {
  const { log } = ctx;
  const sheet = table.sheet ?? "Staff";
  const originRow = table.originRow ?? 1;
  const match = detectHeader(table.values, STAFF_FIELDS, table);
  if (!match) {
    if (table.values.length === 0 || table.values.every((r) => r.every(isBlankCell)))
      log.add(sheet, null, null, "error", "table.empty", { table: WORDS.staff });
    else log.add(sheet, null, null, "error", "table.noHeader", { expected: WORDS.staffExpected });
    return null;
  }
  if (table.columns?.active === undefined && table.columns?.result === undefined)
    settleStatusColumn(table.values, match.mapping);
  const { columns: col, headers } = match.mapping;
  const headerExcelRow = originRow + match.mapping.headerRow;
  logColumnNotes(log, sheet, headerExcelRow, match.notes);
  const dateOrder = dateOrderOfColumn(table.values, match.mapping.headerRow, col.passedOn, ctx.dateOrder);
  if (dateOrder.assumed !== undefined)
    log.add(sheet, headerExcelRow, headers.passedOn ?? null, "warning", "column.dateOrderAssumed", {
      column: headers.passedOn as string,
      value: dateOrder.assumed,
    });
  let failedRows = 0;

  const values = table.values;
  const clean = memoByText(nameText);
  const lowerClean = memoByText((t) => cleanText(t).toLowerCase());
  const examsIn = memoByText(splitExamCell);
  const cell = (row: readonly unknown[], f: StaffField) => (col[f] === undefined ? undefined : row[col[f]]);
  for (let r = match.mapping.headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (!row || row.every(isBlankCell)) continue;
    const excelRow = table.rowNumbers?.[r] ?? originRow + r;
    const name = clean(cellText(cell(row, "person")));
    const id = lowerClean(cellText(cell(row, "personId")));
    const examText = cellText(cell(row, "exam"));
    if (!name && !id) {
      if (examText.trim()) log.add(sheet, excelRow, headers.person ?? null, "warning", "staff.noPerson");
      continue;
    }
    const who = name || id;
    const active = parseEmployment(cell(row, "active"));
    if (active.kind === "ok" && !active.value) {
      log.add(sheet, excelRow, headers.active ?? null, "info", "staff.inactive");
      continue;
    }
    // An unknown status word must never raise a tier: the row's exams wait until it is fixed.
    let countable = true;
    if (active.kind === "bad") {
      log.add(sheet, excelRow, headers.active ?? null, "warning", "staff.statusUnreadable", {
        value: active.text,
        person: who,
      });
      countable = false;
    }
    const { codes, unreadable } = examsIn(examText);
    for (const token of unreadable)
      log.add(sheet, excelRow, headers.exam ?? null, "warning", "exam.unknown", { value: token });
    // With a result column, only a passed attempt holds an exam.
    if (col.result !== undefined && codes.length && countable) {
      const result = parseExamResult(cell(row, "result"));
      if (result.kind === "bad") {
        log.add(sheet, excelRow, headers.result ?? null, "warning", "staff.resultUnreadable", {
          value: result.text,
          person: who,
        });
        countable = false;
      } else if (result.kind === "blank" || !result.value) {
        failedRows++;
        countable = false;
      }
    }
    const passed = readDate(cell(row, "passedOn"), dateOrder.orderOf, table.dateSystem);
    if (passed.kind === "bad" && codes.length && countable)
      log.add(
        sheet,
        excelRow,
        headers.passedOn ?? null,
        "error",
        passed.formula
          ? "cell.formulaWithoutValue"
          : passed.ambiguous
            ? "cell.dateAmbiguous"
            : "staff.passDateUnreadable",
        { value: passed.text },
      );
    // A month on its own is held once the whole month is on or before the as-of date.
    raw.push({
      sheet,
      headers,
      row: excelRow,
      name,
      id,
      codes,
      passedOn: passed.kind === "ok" ? passed.value.last : undefined,
      datesReadable: passed.kind !== "bad" && countable,
    });
  }
  if (failedRows)
    log.add(sheet, headerExcelRow, headers.result ?? null, "warning", "staff.failedAttempts", { count: failedRows });
  return { ...match.mapping, sheet };
}

function peopleOf(raw: RawStaffRow[], ctx: StaffContext): Person[] {
  const { log } = ctx;

  // An ID/email identifies a person; a row without one joins the person of the same name.
  const nameKey = memoByText(personNameKey);
  const idByName = new Map<string, string | null>();
  for (const r of raw) {
    if (!r.id || !r.name) continue;
    const k = nameKey(r.name);
    const seen = idByName.get(k);
    idByName.set(k, seen === undefined || seen === r.id ? r.id : null);
  }
  // Keys are built once per distinct text, so every row's lookup reuses one hashed string.
  const idKey = memoByText((id) => `id:${id}`);
  const byName = memoByText((name) => {
    const id = idByName.get(nameKey(name));
    return id ? idKey(id) : `name:${nameKey(name)}`;
  });
  const keyOf = (r: RawStaffRow) => (r.id ? idKey(r.id) : byName(r.name));

  const examIndex = new Map(
    ctx.rules.exams.map((e, i) => [e.code, { order: i, until: e.acceptedUntilDay, untilIso: e.acceptedUntil }]),
  );
  const known = new Set(ctx.catalog.flatMap((r) => r.exams.map((e) => e.code)));
  // Group rows first, so messages name each person as the report does. A person holds a handful
  // of codes: small arrays beat Sets for tens of thousands of people.
  const byKey = new Map<string, Person & { flagged: string[]; rows: RawStaffRow[] }>();
  for (const r of raw) {
    const key = keyOf(r);
    let p = byKey.get(key);
    if (!p)
      byKey.set(
        key,
        (p = { key, name: r.name || r.id, firstRow: r.row, accepted: [], notAccepted: [], flagged: [], rows: [] }),
      );
    else if (r.name) p.name = p.name === r.id ? r.name : betterName(p.name, r.name);
    p.rows.push(r);
  }
  for (const p of byKey.values())
    for (const r of p.rows) {
      if (!r.datesReadable) continue;
      for (const code of r.codes) {
        if (r.passedOn !== undefined && r.passedOn > ctx.asOf) {
          log.add(r.sheet, r.row, r.headers.passedOn ?? null, "info", "staff.passedAfterAsOf", {
            person: p.name,
            code,
            date: toIso(r.passedOn),
            asOf: toIso(ctx.asOf),
          });
          continue;
        }
        const def = examIndex.get(code);
        if (def && (def.until === undefined || ctx.asOf <= def.until)) {
          if (!p.accepted.includes(code)) p.accepted.push(code);
          continue;
        }
        if (p.flagged.includes(code)) continue;
        p.flagged.push(code);
        if (def) {
          p.notAccepted.push({ code, reason: "expired" });
          log.add(r.sheet, r.row, r.headers.exam ?? null, "warning", "exam.expired", {
            code,
            person: p.name,
            until: def.untilIso ?? "",
            asOf: toIso(ctx.asOf),
          });
        } else if (known.has(code)) {
          const other = versionListing(ctx.catalog, code)?.version as string;
          p.notAccepted.push({ code, reason: "not-listed", acceptedBy: other });
          log.add(r.sheet, r.row, r.headers.exam ?? null, "warning", "exam.notListed", {
            code,
            person: p.name,
            version: ctx.rules.version,
            other,
          });
        } else {
          p.notAccepted.push({ code, reason: "unknown" });
          log.add(r.sheet, r.row, r.headers.exam ?? null, "warning", "exam.unknown", { value: code });
        }
      }
    }
  const order = (code: string) => examIndex.get(code)?.order ?? 0;
  return [...byKey.values()].map(({ flagged: _flagged, rows: _rows, ...p }) => ({
    ...p,
    accepted: p.accepted.sort((a, b) => order(a) - order(b)),
  }));
}
