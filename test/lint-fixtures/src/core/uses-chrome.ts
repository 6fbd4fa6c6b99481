// core has no browser APIs.
export const forbidden = () => chrome.runtime.id;
