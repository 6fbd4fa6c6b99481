export declare const PAGES: readonly string[];
export declare function pageHtml(root: string, name: string): Promise<string>;
export declare const INLINE_STYLES: ReadonlySet<string>;
