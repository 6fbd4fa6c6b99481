// Types of bench/stats.mjs, for its test (the project's TypeScript does not check .mjs).
export interface Interval {
  value: number;
  lo: number;
  hi: number;
}
export interface Summary {
  n: number;
  median: number | null;
  p95: number | null;
  min: number | null;
  max: number | null;
}
export function summary(samples: number[]): Summary;
export function ratio(a: Summary, b: Summary): number | null;
export function ratioInterval(a: number[], b: number[], options?: { rounds?: number; seed?: number }): Interval | null;
export function diffInterval(a: number[], b: number[], options?: { rounds?: number; seed?: number }): Interval | null;
export function splitByTurn(samples: number[]): [number[], number[]];
export function fmtInterval(r: Interval | null, unit?: string): string;
export function fmt(s: Summary, digits?: number): string;
export function round(x: number | null | undefined, digits?: number): number | null;
