// Timing and memory helpers shared by the benchmark parts (each part runs in its own process).
import v8 from "node:v8";

export const MB = 1024 * 1024;

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median wall time of `runs` calls, after one warm-up call. */
export function timeIt<T>(fn: () => T, runs = 3): { ms: number; result: T } {
  let result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}

/**
 * Heap growth while `fn` runs: V8 grows its heap to hold the peak of live data plus garbage
 * and does not shrink it at once, so total heap size right after the call bounds the peak.
 */
export function heapPeakOf<T>(fn: () => T): { peakMb: number; result: T } {
  gc();
  const before = v8.getHeapStatistics().used_heap_size;
  const result = fn();
  const after = v8.getHeapStatistics().total_heap_size;
  return { peakMb: Math.max(0, after - before) / MB, result };
}

export const rssMb = (): number => process.memoryUsage().rss / MB;
export const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A part prints exactly one JSON line: its measurements. */
export function report(part: string, data: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ part, ...data })}\n`);
}
