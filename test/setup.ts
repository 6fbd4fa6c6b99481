// Shared test setup. Kept minimal: tests mock nothing from `chrome`; browser APIs reach the code as small ports.
export {};
