// Types of bench/static-copy.mjs, for its test (the project's TypeScript does not check .mjs).
export function staticCopy(): string;
