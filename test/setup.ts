// Shared test setup. Kept minimal: tests mock nothing from `chrome` (see ../shared/docs/style.md).
export {};
