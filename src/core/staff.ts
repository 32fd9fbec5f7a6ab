// Staff table → people with the exams each holds on the as-of date (docs/rules.md §3).
import type { Day, NotAccepted, RuleSet, StaffField, TableInput } from "./types";
import { cellText, isBlankCell, parseDay, parseYesNo } from "./cells";
import { toIso } from "./dates";
import { splitExamCell } from "./exam-codes";
import { detectHeader, STAFF_FIELDS } from "./header-detection";
import { IssueLog, WORDS } from "./messages";
import { versionListing } from "./rule-versions";
import { cleanText, memoByText } from "./text";
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
}

/** The same person however the name is typed: trimmed, collapsed, NFKC, case-folded. */
export function personNameKey(name: string): string {
  return cleanText(name).toLowerCase();
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
    const m = readStaffRows(table, ctx.log, raw);
    mapping ??= m;
  }
  return { people: peopleOf(raw, ctx), mapping };
}

function readStaffRows(table: TableInput, log: IssueLog, raw: RawStaffRow[]): ColumnMapping<StaffField> | null {
  const sheet = table.sheet ?? "Staff";
  const originRow = table.originRow ?? 1;
  const match = detectHeader(table.values, STAFF_FIELDS, table);
  if (!match) {
    if (table.values.length === 0 || table.values.every((r) => r.every(isBlankCell)))
      log.add(sheet, null, null, "error", "table.empty", { table: WORDS.staff });
    else log.add(sheet, null, null, "error", "table.noHeader", { expected: WORDS.staffExpected });
    return null;
  }
  const { columns: col, headers } = match.mapping;
  for (const d of match.duplicates)
    log.add(sheet, originRow + match.mapping.headerRow, d.header, "warning", "table.duplicateColumn", {
      column: d.header,
      field: WORDS[d.field],
    });

  const values = table.values;
  const clean = memoByText(cleanText);
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
    const active = parseYesNo(cell(row, "active"));
    if (active.kind === "bad")
      log.add(sheet, excelRow, headers.active ?? null, "warning", "staff.activeUnreadable", { value: active.text });
    if (active.kind === "ok" && !active.value) {
      log.add(sheet, excelRow, headers.active ?? null, "info", "staff.inactive");
      continue;
    }
    const { codes, unreadable } = examsIn(examText);
    for (const token of unreadable)
      log.add(sheet, excelRow, headers.exam ?? null, "warning", "exam.unknown", { value: token });
    const passed = parseDay(cell(row, "passedOn"), table.dateSystem);
    if (passed.kind === "bad" && codes.length)
      log.add(sheet, excelRow, headers.passedOn ?? null, "error", "staff.passDateUnreadable", { value: passed.text });
    raw.push({
      sheet,
      headers,
      row: excelRow,
      name,
      id,
      codes,
      passedOn: passed.kind === "ok" ? passed.value : undefined,
      datesReadable: passed.kind !== "bad",
    });
  }
  return match.mapping;
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
