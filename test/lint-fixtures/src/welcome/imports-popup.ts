// The welcome page is a surface like the others: it shares through ui/ and core/, never another surface.
import { App } from '../popup/app';
export const forbidden = App;
