// Words for a command line the user may paste into a POSIX shell. Manifest and service values are attacker-
// controlled: a bare `$(…)`, backtick, `;` or quote would run as code. Rule: every value goes through
// shellQuote; words of plainly safe characters stay bare, anything else is single-quoted, where nothing
// expands, and an embedded ' is closed, escaped and reopened ('\'').

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

export const shellQuote = (value: string): string => (SAFE_WORD.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`);

/** True when a value cannot appear in a one-line command at all (a newline or other control character). */
export const hasControl = (value: string): boolean => /[\u0000-\u001f\u007f-\u009f]/.test(value);
