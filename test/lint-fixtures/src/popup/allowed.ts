// What a surface may import: ui, core, messages and storage reads. No diagnostic expected.
import { formatDateTime } from '../core/format';
import { send } from '../messages/send';
import { applicationDetail } from '../storage/reads';
import { openRelanceDb } from '../storage/schema';
import { t } from '../ui/i18n';
export const allowed = [formatDateTime, send, applicationDetail, openRelanceDb, t];
