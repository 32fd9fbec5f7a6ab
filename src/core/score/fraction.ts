// Exact non-integer points (15/7 per advanced person, growth percentages of MCV): rationals on
// BigInt, reduced. Output truncates to 2 decimals (69.996 shows 69.99, never 70.00).

export interface Fraction {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  while (b) [a, b] = [b, a % b];
  return a;
};

export function frac(n: bigint | number, d: bigint | number = 1n): Fraction {
  let N = BigInt(n);
  let D = BigInt(d);
  if (D === 0n) throw new RangeError("zero denominator");
  if (D < 0n) [N, D] = [-N, -D];
  const g = gcd(N, D) || 1n;
  return { n: N / g, d: D / g };
}

/** "15/7" or "4". */
export const parseFraction = (text: string): Fraction => {
  const [a, b = "1"] = text.split("/");
  return frac(BigInt(a), BigInt(b));
};

export const ZERO = frac(0);
export const add = (a: Fraction, b: Fraction) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Fraction, b: Fraction) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction) => frac(a.n * b.n, a.d * b.d);
export const cmp = (a: Fraction, b: Fraction): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const min = (a: Fraction, b: Fraction) => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Fraction, b: Fraction) => (cmp(a, b) >= 0 ? a : b);
export const sum = (xs: readonly Fraction[]) => xs.reduce(add, ZERO);

/** The smallest integer ≥ f. */
export function ceil(f: Fraction): bigint {
  const q = f.n / f.d;
  return f.n > q * f.d ? q + 1n : q;
}

/** Truncated toward zero to 2 decimals, as a number (for JSON and the sheet). */
export function truncate2(f: Fraction): number {
  return Number((f.n * 100n) / f.d) / 100;
}

/** "64.28" — truncated, always two decimals. */
export function fixed2(f: Fraction): string {
  const t = (f.n * 100n) / f.d;
  const neg = t < 0n;
  const a = neg ? -t : t;
  return `${neg ? "-" : ""}${a / 100n}.${String(a % 100n).padStart(2, "0")}`;
}
