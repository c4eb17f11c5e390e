// Text that reaches a terminal, a log or a PR must not carry control characters (ANSI/OSC escapes) or bidi
// overrides: they would make it display as something it is not. Such code points are shown as \uXXXX. U+2028/U+2029
// too: some readers end a line there, so they would carry data onto a line of its own.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export const printable = (s: string): string =>
  s.replace(UNPRINTABLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
