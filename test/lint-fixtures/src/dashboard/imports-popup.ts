// Surfaces never import each other.
import { App } from '../popup/app';
export const forbidden = App;
