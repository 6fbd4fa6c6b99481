export declare const PAGES: readonly string[];
export declare function pageHtml(root: string, name: string, preload?: string[]): Promise<string>;
