// The plan to 70 (docs/rules.md §7.6, §7.8): the fewest additional units that qualify. Every metric's
// points are min(max, rate × max(0, start + units)) — start is the net adds, the people, or the
// growth percent — so first each metric below the minimum gets the units it needs, then units go
// where the next one earns the most points (ties: advanced, intermediate, deployments, customer
// adds, usage growth). Each metric's gains per unit never increase, so this is the fewest units.
import { add, ceil, cmp, frac, max, min, mul, sub, sum, ZERO, type Fraction } from "./fraction";
import type { MetricId, ScorePlanStep } from "./types";

export interface MetricState {
  id: MetricId;
  /** Points per unit. */
  rate: Fraction;
  max: Fraction;
  /** Net adds, people or growth percent now (may be negative). */
  start: Fraction;
}

export const PLAN_TIE_ORDER: MetricId[] = [
  "advancedCertifications",
  "intermediateCertifications",
  "deployments",
  "netCustomerAdds",
  "usageGrowth",
];

export function pointsAfter(s: MetricState, units: number): Fraction {
  return min(s.max, max(ZERO, mul(s.rate, add(s.start, frac(units)))));
}

/** The fewest units that bring a metric to `minimum` points. */
export function unitsToReach(s: MetricState, minimum: Fraction): number {
  if (cmp(pointsAfter(s, 0), minimum) >= 0) return 0;
  // rate × (start + u) ≥ minimum ⇔ u ≥ minimum / rate − start
  const need = sub(frac(minimum.n * s.rate.d, minimum.d * s.rate.n), s.start);
  return Number(ceil(need));
}

export function isQualified(
  points: readonly Fraction[],
  total: Fraction,
  qualifyingTotal: Fraction,
  minimum: Fraction,
): boolean {
  return cmp(total, qualifyingTotal) >= 0 && points.every((p) => cmp(p, minimum) >= 0);
}

export function planTo(states: readonly MetricState[], qualifyingTotal: Fraction, minimum: Fraction): ScorePlanStep[] {
  const units = new Map<MetricId, number>(states.map((s) => [s.id, 0]));
  const order: MetricId[] = [];
  const ordered = PLAN_TIE_ORDER.map((id) => states.find((s) => s.id === id)).filter(
    (s): s is MetricState => s !== undefined,
  );
  const total = () => sum(ordered.map((s) => pointsAfter(s, units.get(s.id) as number)));
  for (const s of ordered) {
    const u = unitsToReach(s, minimum);
    if (u > 0) {
      units.set(s.id, u);
      order.push(s.id);
    }
  }
  for (let guard = 0; cmp(total(), qualifyingTotal) < 0 && guard < 10_000; guard++) {
    let best: MetricState | null = null;
    let bestGain = ZERO;
    for (const s of ordered) {
      const u = units.get(s.id) as number;
      const gain = sub(pointsAfter(s, u + 1), pointsAfter(s, u));
      if (cmp(gain, bestGain) > 0) [best, bestGain] = [s, gain];
    }
    if (!best) break;
    units.set(best.id, (units.get(best.id) as number) + 1);
    if (!order.includes(best.id)) order.push(best.id);
  }
  return order.map((id) => {
    const s = ordered.find((x) => x.id === id) as MetricState;
    const u = units.get(id) as number;
    return { metric: id, units: u, points: sub(pointsAfter(s, u), pointsAfter(s, 0)) };
  });
}
