// ui/ gets data and callbacks through props, never the browser.
export const forbidden = () => chrome.runtime.id;
