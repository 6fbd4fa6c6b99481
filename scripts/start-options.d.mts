// Types of scripts/start-options.mjs, for its test (the project's TypeScript does not check .mjs).
export const CANDIDATES: string[];
export const USAGE: string;
export type StartOptions =
  | { ok: true; chrome: string; lang: string | null; args: string[]; env: Record<string, string | undefined> }
  | { ok: false; code: number; message: string };
export function startOptions(
  argv: string[],
  env: Record<string, string | undefined>,
  isFile: (path: string) => boolean,
  candidates?: string[],
): StartOptions;
export function languageEnv(env: Record<string, string | undefined>, lang: string): Record<string, string | undefined>;
export function missingLocaleNote(lang: string | null, chrome: string, isFile: (path: string) => boolean): string | null;
export function unpackedExtensionId(dir: string): string;
