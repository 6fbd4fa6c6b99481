// Only a page's main.tsx touches the browser: components get an api object.
import browser from 'webextension-polyfill';
export const forbidden = browser;
