// Sums per (customer tenant, workload) and month: revenue in cents, usage in thousandths of MCV
// (docs/rules.md §7.9). A row adds to its tenant's own short list of (month, workload) sums, found
// by the tenant text as written: one lookup per row, no key strings. Tenant texts that are the same
// tenant (" ABC-1" and "abc-1") are merged once, when the sums are first asked for.

import { cleanText } from "../text";
import type { Month } from "./months";

/** A tenant's sums: [month × workloads + workload, sum, …]; a tenant has few pairs, so a scan finds one. */
type TenantSums = number[];

export class PairSums {
  private readonly byText = new Map<string, TenantSums>();
  private byMonth: Map<Month, { values: number[]; workloads: number[] }> | null = null;
  /** `workloads`: the ids a workload index stands for. */
  constructor(private readonly workloads: readonly string[]) {}

  /** Adds to (tenant, workload) in `month`; `tenant` is the cell's text, not blank. */
  add(month: Month, tenant: string, workload: number, amount: number): void {
    this.byMonth = null;
    const key = month * this.workloads.length + workload;
    const sums = this.byText.get(tenant);
    if (sums === undefined) {
      this.byText.set(tenant, [key, amount]);
      return;
    }
    for (let i = 0; i < sums.length; i += 2)
      if (sums[i] === key) {
        sums[i + 1] += amount;
        return;
      }
    sums.push(key, amount);
  }

  /** The number of pairs of a month whose sum is at least `floor`. */
  countAtLeast(month: Month, floor: number): number {
    let n = 0;
    for (const v of this.month(month).values) if (v >= floor) n++;
    return n;
  }

  /** The number of pairs of a month whose sum is below `floor`. */
  countBelow(month: Month, floor: number): number {
    let n = 0;
    for (const v of this.month(month).values) if (v < floor) n++;
    return n;
  }

  total(month: Month): number {
    let t = 0;
    for (const v of this.month(month).values) t += v;
    return t;
  }

  /** The distinct workloads of a month with some pair above `above` (strictly). */
  workloadsAbove(month: Month, above: number): Set<string> {
    const ws = new Set<string>();
    const m = this.month(month);
    m.values.forEach((v, i) => {
      if (v > above) ws.add(this.workloads[m.workloads[i]]);
    });
    return ws;
  }

  private month(month: Month): { values: number[]; workloads: number[] } {
    this.byMonth ??= this.pairsByMonth();
    return this.byMonth.get(month) ?? { values: [], workloads: [] };
  }

  /** Every pair's sum by month, after merging the texts of one tenant. */
  private pairsByMonth(): Map<Month, { values: number[]; workloads: number[] }> {
    const byTenant = new Map<string, TenantSums>();
    for (const [text, sums] of this.byText) {
      const tenant = cleanText(text).toLowerCase();
      const seen = byTenant.get(tenant);
      if (seen === undefined) byTenant.set(tenant, sums);
      else
        for (let i = 0; i < sums.length; i += 2) {
          const at = seen.findIndex((k, j) => j % 2 === 0 && k === sums[i]);
          if (at >= 0) seen[at + 1] += sums[i + 1];
          else seen.push(sums[i], sums[i + 1]);
        }
    }
    const w = this.workloads.length;
    const out = new Map<Month, { values: number[]; workloads: number[] }>();
    for (const sums of byTenant.values())
      for (let i = 0; i < sums.length; i += 2) {
        const month = Math.floor(sums[i] / w);
        let m = out.get(month);
        if (!m) out.set(month, (m = { values: [], workloads: [] }));
        m.values.push(sums[i + 1]);
        m.workloads.push(sums[i] - month * w);
      }
    return out;
  }
}
