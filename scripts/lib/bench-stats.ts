// Timing and reporting helpers for scripts/bench.ts: repeated runs after a warm-up, median and p95
// (nearest rank, so every figure is an observed sample), memory snapshots and a plain-text table.
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";

// A full GC before "heap after GC" makes the retained heap visible apart from the garbage of the last part.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as (() => void) | undefined;

export type Stats = { samples: number; medianMs: number; p95Ms: number; meanMs: number; minMs: number; maxMs: number };

export type BenchResult = Stats & {
  part: string;
  name: string;
  /** Operations per second over the measured wall time (null where it means nothing, e.g. a report). */
  opsPerSec: number | null;
  note?: string;
};

export type MemorySnapshot = {
  after: string;
  rssMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
  externalMB: number;
  /** Heap still in use after a full garbage collection (null when gc could not be exposed). */
  heapAfterGcMB: number | null;
};

/** Nearest-rank percentile of ascending values. */
export function percentileOf(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function stats(durationsMs: readonly number[]): Stats {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  const median = n === 0 ? Number.NaN : n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    samples: n,
    medianMs: median,
    p95Ms: percentileOf(sorted, 95),
    meanMs: n === 0 ? Number.NaN : sorted.reduce((s, v) => s + v, 0) / n,
    minMs: sorted[0] ?? Number.NaN,
    maxMs: sorted[n - 1] ?? Number.NaN,
  };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times one after the other, timing each call. */
export async function timeAsync(
  fn: (i: number) => Promise<unknown>,
  options: { warmup: number; runs: number },
): Promise<{ durations: number[]; wallMs: number }> {
  for (let i = 0; i < options.warmup; i++) await fn(i);
  const durations: number[] = [];
  const wallStart = performance.now();
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    await fn(i);
    durations.push(performance.now() - start);
  }
  return { durations, wallMs: performance.now() - wallStart };
}

/**
 * `total` calls spread over `concurrency` callers that each take the next index when their previous
 * call is done (a closed loop, like `concurrency` busy employers pressing submit).
 */
export async function timeConcurrent(
  fn: (i: number) => Promise<unknown>,
  options: { total: number; concurrency: number },
): Promise<{ durations: number[]; wallMs: number }> {
  const durations: number[] = [];
  let next = 0;
  const wallStart = performance.now();
  const caller = async () => {
    for (let i = next++; i < options.total; i = next++) {
      const start = performance.now();
      await fn(i);
      durations.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, caller));
  return { durations, wallMs: performance.now() - wallStart };
}

/** Synchronous calls over `inputs`: one unmeasured pass (warm-up), then `runs` measured passes, each call timed. */
export function timeSyncPasses<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  runs: number,
): { durations: number[]; wallMs: number; coldPassMs: number; sink: number } {
  let sink = 0; // keeps the results alive, so nothing is optimised away
  const coldStart = performance.now();
  for (const input of inputs) if (fn(input)) sink++;
  const coldPassMs = performance.now() - coldStart;
  const durations: number[] = new Array<number>(inputs.length * runs);
  let k = 0;
  let wallMs = 0;
  for (let r = 0; r < runs; r++) {
    const passStart = performance.now();
    for (const input of inputs) {
      const start = performance.now();
      if (fn(input)) sink++;
      durations[k++] = performance.now() - start;
    }
    wallMs += performance.now() - passStart;
  }
  return { durations, wallMs, coldPassMs, sink };
}

export function result(part: string, name: string, durations: readonly number[], opsPerSec: number | null, note?: string): BenchResult {
  return { part, name, ...stats(durations), opsPerSec, ...(note ? { note } : {}) };
}

export function memorySnapshot(after: string): MemorySnapshot {
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  let heapAfterGcMB: number | null = null;
  if (typeof collectGarbage === "function") {
    collectGarbage();
    heapAfterGcMB = mb(process.memoryUsage().heapUsed);
  }
  return { after, rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), heapTotalMB: mb(m.heapTotal), externalMB: mb(m.external), heapAfterGcMB };
}

/** "3.4 µs", "12.35 ms", "1.42 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 1000) return `${ms.toFixed(2)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function formatRate(opsPerSec: number | null): string {
  if (opsPerSec === null || !Number.isFinite(opsPerSec)) return "–";
  return opsPerSec >= 100 ? Math.round(opsPerSec).toLocaleString("en-US") : opsPerSec.toFixed(1);
}

/** A plain table with left-aligned first columns and right-aligned numbers. */
export function formatTable(headers: string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The same table as GitHub Markdown, for docs/benchmarks.md. */
export function formatMarkdownTable(headers: string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const sep = headers.map((_, c) => (rightAligned.has(c) ? "---:" : "---"));
  return [headers, sep, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
