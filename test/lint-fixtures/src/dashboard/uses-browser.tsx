// Only a page's main.tsx touches the browser: components get an api object.
export const forbidden = () => browser.tabs.create({ url: 'popup.html' });
