// storage never touches browser APIs.
import browser from 'webextension-polyfill';
export const forbidden = browser;
