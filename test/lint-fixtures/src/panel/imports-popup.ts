// The side panel is a surface like the others.
import { App } from '../popup/app';
export const forbidden = App;
