// Surfaces write only through the worker's messages.
import { saveDebrief } from '../storage/writes';
export const forbidden = saveDebrief;
