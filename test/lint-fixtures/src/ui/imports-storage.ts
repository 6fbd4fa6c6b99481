// ui/ gets its data through props: not even storage reads.
import { applicationDetail } from '../storage/reads';
export const forbidden = applicationDetail;
