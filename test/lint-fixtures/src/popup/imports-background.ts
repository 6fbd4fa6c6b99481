// Surfaces talk to the worker through messages only.
import { makeHandlers } from '../background/handlers';
export const forbidden = makeHandlers;
