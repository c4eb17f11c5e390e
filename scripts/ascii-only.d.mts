// Types for ascii-only.mjs, which its test imports.
/** The text in ASCII, or undefined when it cannot be rewritten with certainty. */
export declare const asciiText: (file: string, text: string) => string | undefined;
/** Rewrites the file in ASCII where that is certain; returns whether the file is ASCII now. */
export declare const asciiOnly: (file: string) => boolean;
