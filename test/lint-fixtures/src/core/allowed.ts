// core importing core. No diagnostic expected.
import { startOfLocalDay } from './dates';
export const allowed = startOfLocalDay;
