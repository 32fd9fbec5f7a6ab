// Slot filling as bipartite matching (docs/rules.md §1): seats (slot instances) ↔ people, where a
// person fits a seat when they cover every exam group the seat requires. Greedy first-fit is
// wrong (a person who covers everything must take the seat nobody else can), so this finds a
// maximum matching by augmenting paths (Kuhn), then a minimum-cost one (Hungarian) for the plan.

export interface Seat {
  /** Group bitmask the seat requires. */
  mask: number;
}

export const fits = (personMask: number, seatMask: number): boolean => (personMask & seatMask) === seatMask;

export function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/**
 * People with the same mask are interchangeable, and no more of them than there are seats can
 * ever be used: keep the first `perMask` of each mask (in the given order).
 */
export function representatives(masks: readonly number[], perMask: number): number[] {
  const taken = new Map<number, number>();
  const out: number[] = [];
  masks.forEach((m, i) => {
    const n = taken.get(m) ?? 0;
    if (n < perMask) {
      taken.set(m, n + 1);
      out.push(i);
    }
  });
  return out;
}

/** Maximum matching; returns for each seat the index (into `masks`) of its person, or -1. */
export function maxMatching(seats: readonly Seat[], masks: readonly number[]): number[] {
  const people = representatives(masks, seats.length).filter((i) => masks[i] !== 0);
  const seatOf = new Map<number, number>(); // person index → seat
  const personOf = seats.map(() => -1);
  const tryAssign = (s: number, visited: Set<number>): boolean => {
    for (const p of people) {
      if (visited.has(p) || !fits(masks[p], seats[s].mask)) continue;
      visited.add(p);
      const other = seatOf.get(p);
      if (other === undefined || tryAssign(other, visited)) {
        seatOf.set(p, s);
        personOf[s] = p;
        return true;
      }
    }
    return false;
  };
  seats.forEach((_, s) => tryAssign(s, new Set()));
  return personOf;
}

/**
 * Minimum-cost assignment of n rows to distinct columns (n ≤ m), Hungarian algorithm with
 * potentials, O(n²·m). Returns the column of each row.
 */
export function minCostAssignment(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  if (n === 0) return [];
  const m = cost[0].length;
  if (m < n) throw new RangeError("minCostAssignment needs at least as many columns as rows");
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const rowToCol = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]) rowToCol[p[j] - 1] = j - 1;
  return rowToCol;
}

/** One exam per group a person lacks. */
export const missingGroups = (personMask: number, seatMask: number): number => seatMask & ~personMask;

export interface PlanAssignment {
  /** Index into `masks`, or -1 for a new person. */
  person: number;
  /** Groups this person must still pass for the seat. */
  missing: number;
}

/**
 * The cheapest way to fill every seat: fewest exams (one per missing group); among those, the
 * most seats already filled (so the plan agrees with the slot table), then fewest new people.
 * New people are used only when there are fewer people than seats.
 */
export function cheapestPlan(seats: readonly Seat[], masks: readonly number[]): PlanAssignment[] {
  const people = representatives(masks, seats.length);
  const NEW = 1;
  const UNFILLED = seats.length * NEW + 1; // outweighs every new-person tie-break
  const EXAM = seats.length * UNFILLED + 1; // outweighs both
  const price = (missing: number, isNew: boolean) =>
    popcount(missing) * EXAM + (missing ? UNFILLED : 0) + (isNew ? NEW : 0);
  const cost = seats.map((seat) => [
    ...people.map((p) => price(missingGroups(masks[p], seat.mask), false)),
    ...seats.map(() => price(seat.mask, true)),
  ]);
  return minCostAssignment(cost).map((col, s) => {
    const person = col < people.length ? people[col] : -1;
    return { person, missing: person < 0 ? seats[s].mask : missingGroups(masks[person], seats[s].mask) };
  });
}
