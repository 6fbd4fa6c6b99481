// storage never touches browser APIs, even as a global.
export const forbidden = () => browser.runtime.id;
