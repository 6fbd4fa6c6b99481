/**
 * Import first in a test file whose dates are Paris wall-clock times (reminder hours, working days,
 * daylight-saving changes): it sets the time zone before any Date is used (imports run in order)
 * and puts the machine's back after the file.
 */
import { afterAll } from 'vitest';

const previous = process.env.TZ;
process.env.TZ = 'Europe/Paris';

afterAll(() => {
  if (previous === undefined) delete process.env.TZ;
  else process.env.TZ = previous;
});
