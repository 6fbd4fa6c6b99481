// Content scripts never open storage: there IndexedDB belongs to the job site.
import { jobStates } from '../storage/job-states';
export const forbidden = jobStates;
