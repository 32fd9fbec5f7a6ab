// People and certifications → rows that name a certification of the rule version in force, each
// judged on a day by docs/rules.md §7.4 / §7.8 (earned, expiry, status, retirement with a year of grace,
// hard end). People are identified by email, else by normalised name (docs/rules.md §3, §7.9).
import type { ColumnMapping, DateOrder, Day, TableInput } from "../types";
import { cellText, isBlankCell } from "../cells";
import { columnDateReader } from "../column-reading";
import { parseIsoDay, toIso } from "../dates";
import type { IssueLog } from "../messages";
import { personNameKey } from "../staff";
import { cleanText, looseKey } from "../text";
import { ExclusionCounter } from "./exclusions";
import { CERTIFICATION_FIELDS, type CertificationField } from "./fields";
import type { ScoreMessageCode } from "./messages";
import { yearAfter } from "./months";
import { certificationMatcher } from "./names";
import type { BusinessApplicationsRules, CertificationDef } from "./rules-schema";
import { findTable } from "./score-tables";

export interface CertRow {
  sheet: string;
  row: number;
  column: string | null;
  personKey: string;
  cert: CertificationDef;
  /** undefined = blank: earned before the as-of date and before any retirement. */
  earned?: Day;
  /** An earned date that names a month only: its text and first day (`earned` is its last day). */
  earnedMonth?: { text: string; first: Day };
  expires?: Day;
}

export interface CertContext {
  rules: BusinessApplicationsRules;
  catalog: readonly BusinessApplicationsRules[];
  log: IssueLog<ScoreMessageCode>;
  asOf: Day;
  dateOrder?: DateOrder;
}

/** docs/rules.md §7.9: Active, Activated, Valid (and blank) count; anything else not listed below is unknown. */
const COUNTS = new Set(["active", "activated", "valid", "有效", "已激活", "激活"]);
const ENDED = new Set([
  "expired",
  "inactive",
  "revoked",
  "deactivated",
  "已过期",
  "过期",
  "失效",
  "已吊销",
  "已停用",
  "未激活",
]);

export type Verdict =
  | { ok: true }
  | {
      ok: false;
      reason: "exclusion.certNotYetEarned" | "exclusion.certExpired" | "exclusion.certRetired";
      code: ScoreMessageCode;
      params: Record<string, string>;
    };

/** Whether a row's certification counts on `day` (docs/rules.md §7.4, §7.8). */
export function judgeCertification(r: CertRow, day: Day, person: string): Verdict {
  const cert = r.cert.title;
  if (r.earned !== undefined && r.earned > day)
    return {
      ok: false,
      reason: "exclusion.certNotYetEarned",
      code: "cert.notYetEarned",
      params: { person, cert, date: toIso(r.earned), asOf: toIso(day) },
    };
  if (r.expires !== undefined && r.expires < day)
    return {
      ok: false,
      reason: "exclusion.certExpired",
      code: "cert.expired",
      params: { person, cert, date: toIso(r.expires) },
    };
  if (r.cert.retires) {
    const retires = parseIsoDay(r.cert.retires) as Day;
    if (r.earned !== undefined && r.earned >= retires)
      return {
        ok: false,
        reason: "exclusion.certRetired",
        code: "cert.earnedAfterRetirement",
        params: { person, cert, retires: r.cert.retires },
      };
    const until = yearAfter(retires);
    if (day > until)
      return {
        ok: false,
        reason: "exclusion.certRetired",
        code: "cert.retired",
        params: { person, cert, retires: r.cert.retires, until: toIso(until) },
      };
  }
  if (r.cert.eligibleUntil && day >= (parseIsoDay(r.cert.eligibleUntil) as Day))
    return {
      ok: false,
      reason: "exclusion.certRetired",
      code: "cert.ended",
      params: { person, cert, until: r.cert.eligibleUntil },
    };
  return { ok: true };
}

/** A note about a counted row, said once the row's person has a name. */
export interface CertNote {
  /** Index into the returned rows. */
  index: number;
  sheet: string;
  row: number;
  column: string | null;
  severity: "warning" | "info";
  code: ScoreMessageCode;
  params: (person: string) => Record<string, string>;
}

interface PendingRow extends Omit<CertRow, "personKey"> {
  name: string;
  id: string;
}

export function readCertifications(tables: readonly TableInput[], ctx: CertContext) {
  const { log } = ctx;
  const excluded = new ExclusionCounter("certifications");
  let mapping: ColumnMapping<CertificationField> | null = null;
  const match = certificationMatcher(ctx.rules, ctx.catalog, toIso(ctx.asOf));
  const pending: PendingRow[] = [];
  const notes: CertNote[] = [];
  for (const t of tables) {
    const found = findTable(
      t,
      CERTIFICATION_FIELDS,
      log,
      "certifications",
      "Email, TrainingTitle, TrainingCompletionDate, ExpirationDate, ActivationStatus",
    );
    if (!found) continue;
    mapping ??= { ...found.mapping, sheet: found.sheet };
    const { columns: c, headers: h } = found.mapping;
    const { sheet, originRow } = found;
    const get = (row: readonly unknown[], f: CertificationField) =>
      c[f] === undefined ? "" : cleanText(cellText(row[c[f]]));
    // Each date column in its own day/month order and the workbook's date system (issue 10).
    const dateReader = (f: "earnedOn" | "expiresOn") =>
      columnDateReader(t, found.mapping.headerRow, c[f], ctx.dateOrder, (value) =>
        log.add(sheet, originRow + found.mapping.headerRow, h[f] ?? null, "warning", "column.dateOrderAssumed", {
          column: h[f] as string,
          value,
        }),
      );
    const readEarned = dateReader("earnedOn"),
      readExpiry = dateReader("expiresOn");
    for (let r = found.mapping.headerRow + 1; r < t.values.length; r++) {
      const row = t.values[r];
      if (!row || row.every(isBlankCell)) continue;
      const excelRow = originRow + r;
      const certText = get(row, "certification");
      if (!certText) continue;
      const name = get(row, "person") || [get(row, "firstName"), get(row, "lastName")].filter(Boolean).join(" ");
      const id = (get(row, "personId") || get(row, "corpEmail")).toLowerCase();
      if (!name && !id) {
        log.add(sheet, excelRow, h.person ?? h.personId ?? null, "warning", "cert.noPerson");
        excluded.add("exclusion.certNoPerson");
        continue;
      }
      const shownName = name || id;
      const m = match(certText);
      if (m.kind === "unknown") {
        log.add(sheet, excelRow, h.certification ?? null, "info", "cert.unknown", { value: certText });
        excluded.add("exclusion.certUnknown");
        continue;
      }
      if (m.kind === "notListed") {
        log.add(sheet, excelRow, h.certification ?? null, "warning", "cert.notListed", {
          cert: m.title,
          person: shownName,
          version: ctx.rules.version,
          other: m.other,
        });
        excluded.add("exclusion.certNotListed");
        continue;
      }
      if (m.kind === "notYetAccepted") {
        log.add(sheet, excelRow, h.certification ?? null, "warning", "cert.notYetAccepted", {
          code: m.code,
          person: shownName,
          cert: m.cert.title,
          from: m.from,
        });
        excluded.add("exclusion.certNotListed");
        continue;
      }
      const statusText = get(row, "status");
      const status = looseKey(statusText) || statusText;
      if (statusText && !COUNTS.has(status)) {
        if (ENDED.has(status)) {
          log.add(sheet, excelRow, h.status ?? null, "info", "cert.inactive", {
            cert: m.cert.title,
            person: shownName,
            status: statusText,
          });
          excluded.add("exclusion.certExpired");
        } else {
          log.add(sheet, excelRow, h.status ?? null, "warning", "cert.statusUnknown", {
            value: statusText,
            person: shownName,
          });
          excluded.add("exclusion.certStatus");
        }
        continue;
      }
      const earned = c.earnedOn === undefined ? ({ kind: "blank" } as const) : readEarned(row[c.earnedOn]);
      const expires = c.expiresOn === undefined ? ({ kind: "blank" } as const) : readExpiry(row[c.expiresOn]);
      if (earned.kind === "bad" || expires.kind === "bad") {
        const code = (d: { formula?: true; ambiguous?: true }, own: ScoreMessageCode): ScoreMessageCode =>
          d.formula ? "cell.formulaWithoutValue" : d.ambiguous ? "cell.dateAmbiguous" : own;
        if (earned.kind === "bad")
          log.add(sheet, excelRow, h.earnedOn ?? null, "error", code(earned, "cert.earnedUnreadable"), {
            value: earned.text,
          });
        if (expires.kind === "bad")
          log.add(sheet, excelRow, h.expiresOn ?? null, "error", code(expires, "cert.expiryUnreadable"), {
            value: expires.text,
          });
        excluded.add("exclusion.certUnreadable");
        continue;
      }
      const cert = m.cert;
      if (earned.kind === "blank")
        notes.push({
          index: pending.length,
          sheet,
          row: excelRow,
          column: h.earnedOn ?? null,
          severity: "warning",
          code: "cert.earnedBlank",
          params: (person) => ({ person, cert: cert.title }),
        });
      if (m.viaExam && cert.needsPrerequisite) {
        const code = m.viaExam;
        notes.push({
          index: pending.length,
          sheet,
          row: excelRow,
          column: h.certification ?? null,
          severity: "info",
          code: "cert.prerequisite",
          params: (person) => ({ person, code, cert: cert.title }),
        });
      }
      pending.push({
        sheet,
        row: excelRow,
        column: h.certification ?? null,
        name,
        id,
        cert,
        // A month alone: earned once the whole month has passed, expired from its first day.
        earned: earned.kind === "ok" ? earned.value.last : undefined,
        ...(earned.kind === "ok" && earned.value.first !== earned.value.last
          ? { earnedMonth: { text: cellText(row[c.earnedOn as number]).trim(), first: earned.value.first } }
          : {}),
        expires: expires.kind === "ok" ? expires.value.first : undefined,
      });
    }
  }
  // An email identifies a person; a row without one joins the same-named person who has one,
  // when exactly one does.
  const idByName = new Map<string, string | null>();
  for (const p of pending) {
    if (!p.id || !p.name) continue;
    const k = personNameKey(p.name);
    const seen = idByName.get(k);
    idByName.set(k, seen === undefined || seen === p.id ? p.id : null);
  }
  const names = new Map<string, string>();
  const rows: CertRow[] = pending.map(({ name, id, ...r }) => {
    const viaName = name ? idByName.get(personNameKey(name)) : undefined;
    const key = id ? `id:${id}` : viaName ? `id:${viaName}` : `name:${personNameKey(name)}`;
    const known = names.get(key);
    if (known === undefined || (known.includes("@") && name)) names.set(key, name || known || id);
    return { ...r, personKey: key };
  });
  return { rows, names, notes, excluded, mapping, found: mapping !== null };
}
