// core imports only core.
import { applicationDetail } from '../storage/reads';
export const forbidden = applicationDetail;
