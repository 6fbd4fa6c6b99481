// extract/job-key is the one extract module surfaces may use: the sites' URL-to-key rules, no DOM.
import { jobKeyFor } from '../extract/job-key';
import { exportAll } from '../storage/export';
export const allowed = [jobKeyFor, exportAll];
