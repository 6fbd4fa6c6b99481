// ui/ knows nothing of where it is shown.
import { App } from '../popup/app';
export const forbidden = App;
