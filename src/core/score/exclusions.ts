// Excluded rows counted by reason and detail, as they are read (a million rows keep no objects).
import type { Lang, TextParams } from "../types";
import { scoreText, type ScoreMessageCode } from "./messages";
import type { ScoreExclusion, ScoreExclusionReason, ScoreTable } from "./types";

/** docs/rules.md §7.9 order: unreadable → outside the months → workload → attribution → trial; then pairs, then certifications. */
const ORDER = [
  "exclusion.unreadable",
  "exclusion.outsideMonths",
  "exclusion.workload",
  "exclusion.attribution",
  "exclusion.trial",
  "exclusion.currency",
  "exclusion.belowRevenueFloor",
  "exclusion.belowDeploymentFloor",
  "exclusion.certNoPerson",
  "exclusion.certUnreadable",
  "exclusion.certUnknown",
  "exclusion.certNotListed",
  "exclusion.certNotYetEarned",
  "exclusion.certStatus",
  "exclusion.certExpired",
  "exclusion.certRetired",
];
const TABLES: ScoreTable[] = ["revenue", "usage", "certifications"];

export class ExclusionCounter {
  /** reason → detail → counts (nested: no per-row key strings). */
  private readonly byReason = new Map<
    string,
    Map<string, { reason: string; detail: string; rows: number; cents: number }>
  >();
  constructor(readonly table: ScoreTable) {}
  add(reason: ScoreMessageCode, detail = "", cents = 0, rows = 1): void {
    let m = this.byReason.get(reason);
    if (!m)
      this.byReason.set(
        reason,
        (m = new Map<string, { reason: string; detail: string; rows: number; cents: number }>()),
      );
    const x = m.get(detail);
    if (x) {
      x.rows += rows;
      x.cents += cents;
    } else m.set(detail, { reason, detail, rows, cents });
  }
  private get map() {
    return [...this.byReason.values()].flatMap((m) => [...m.values()]);
  }
  get total(): number {
    let n = 0;
    for (const x of this.map) n += x.rows;
    return n;
  }
  /** The counts as exclusions; `floor` is the one the below-floor pairs fell below. */
  list(floor: number | null = null): ScoreExclusion[] {
    return this.map.map((x) => {
      const belowFloor = x.reason.includes("Floor");
      return {
        table: this.table,
        reason: x.reason as ScoreExclusionReason,
        detail: x.detail,
        rows: x.rows,
        cents: this.table === "revenue" && !belowFloor ? x.cents : null,
        floor: belowFloor ? floor : null,
      };
    });
  }
}

/** An exclusion's reason in the reader's language (the detail and the floor stay as written). */
export function scoreExclusionText(x: ScoreExclusion, lang: Lang): string {
  const params: TextParams =
    x.floor === null ? { detail: x.detail } : { month: x.detail, floor: x.floor.toLocaleString("en-US") };
  return scoreText({ code: x.reason, params }, lang);
}

/** Tables in report order, reasons in fix-it order, then untranslated detail. */
export function sortExclusions(xs: ScoreExclusion[]): ScoreExclusion[] {
  return xs.sort(
    (a, b) =>
      TABLES.indexOf(a.table) - TABLES.indexOf(b.table) ||
      ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) ||
      (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0),
  );
}
