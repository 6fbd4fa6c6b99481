// Types of bench/popup-times.mjs, for its test (the project's TypeScript does not check .mjs).
export function popupTimes(
  page: { origin: number; ready: number | null; fcp: number | null; painted: number | null; text?: string },
  clickAt: number,
): { ready: number; marked: number; firstPaint: number; windowOpen: number };
export function markedAt(page: { origin: number; ready: number | null; fcp: number | null }, clickAt: number): number;
