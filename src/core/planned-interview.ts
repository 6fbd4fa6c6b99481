import { fromDateInput, fromTimeInput } from './dates';
import type { PlannedInterview } from './types';

/** What a planned interview of before start times and channels did not say. */
export const UNKNOWN_PLAN_PARTS = { time: '', channel: null, role: '' } as const satisfies Partial<PlannedInterview>;

/**
 * When a planned interview starts, epoch ms: its day at its time, or at the reminder hour when no
 * time was given; null while its day is not known.
 */
export function plannedStartAt(p: Pick<PlannedInterview, 'on' | 'time'>, reminderMinutes: number): number | null {
  return fromDateInput(p.on, fromTimeInput(p.time) ?? reminderMinutes);
}
