// Timing and formatting helpers. Medians, not means: one GC pause or scheduler hiccup must not
// move a figure, and warm-up runs let V8 optimise the code before it is measured.
import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median milliseconds of one function. Functions are timed one after the other, never in
 * alternation: the garbage one leaves behind must not be collected during another's samples.
 */
export function medianMs(fn, { warmup = 10, runs = 31 } = {}) {
  const samples = [];
  for (let round = 0; round < warmup + runs; round++) {
    const start = performance.now();
    fn();
    if (round >= warmup) samples.push(performance.now() - start);
  }
  return median(samples);
}

const nf = (digits = 0) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
export const fmt = (n, digits = 0) => nf(digits).format(n);
export const ms = n => `${fmt(n, n < 10 ? 2 : 1)} ms`;
export const kb = bytes => `${fmt(bytes / 1024, 1)} KB`;
