// core has no runtime dependency: not even idb or preact.
import { openDB } from 'idb';
export const forbidden = openDB;
