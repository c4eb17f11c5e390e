// Text that reaches a terminal, a log or a PR must not carry control characters (ANSI/OSC escapes) or bidi
// overrides: they would make it display as something it is not. Such code points are shown as \uXXXX. U+2028/U+2029
// too: some readers end a line there, so they would carry data onto a line of its own.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Whether printable would change `s`. */
export const hasUnprintable = (s: string): boolean => UNPRINTABLE_ONE.test(s);
const UNPRINTABLE_ONE = new RegExp(UNPRINTABLE.source);

export const printable = (s: string): string =>
  s.replace(UNPRINTABLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);

/** Values longer than this are shown by their head and length in messages and text lines; the JSON keeps them whole. */
const VALUE_SHOWN_MAX = 200;

/**
 * A value as a message or plan line shows it: NULL, a string as it is, anything else as JSON. A longer one (a
 * metrics text may be up to 64 KiB) is its first `max` characters, never half a surrogate pair, and its length.
 */
export const showValue = (v: unknown, max = VALUE_SHOWN_MAX): string => {
  const s = v === null ? 'NULL' : typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  if (s.length <= max) return s;
  const last = s.charCodeAt(max - 1);
  return `${s.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)}… (${s.length.toLocaleString('en-US')} characters)`;
};
