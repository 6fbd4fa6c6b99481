// Only the welcome page's main.tsx touches the browser: its components get what they show as props.
export const forbidden = () => browser.commands.getAll();
