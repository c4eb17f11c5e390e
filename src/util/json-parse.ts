// JSON.parse, minus a V8 bug: V8 from 12.8 through at least 14.6 (Node 24 among them) can read an object key written
// with an escape ("\u0061", "\n", "\"") as a key of the same length that an earlier object of the same shape holds, when
// that key's characters match the escaped key's raw text ("\\" for a one-character key): nodejs/node#63785. A hostile
// manifest or stored metrics text could then hide a key, or rename one. So a text with a backslash in any key is
// rebuilt here, each key decoded on its own; any other text keeps the native parse.

/** JSON's whitespace: space, line feed, carriage return, tab. */
export const WS = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Offset just past the string whose opening quote is at `start`, or in which `start` is a backslash (valid JSON): its
 * closing quote is the first one after an even run of backslashes, found by indexOf rather than char by char.
 */
export const stringEnd = (text: string, start: number): number => {
  for (let i = start; ; ) {
    i = text.indexOf('"', i + 1);
    if (i === -1) return text.length;
    let b = i;
    while (text.charCodeAt(b - 1) === 0x5c) b--;
    if ((i - b) % 2 === 0) return i + 1;
  }
};

/**
 * Whether a key of a valid JSON text holds an escape. A backslash stands only inside a string, and the first one a
 * string holds starts an escape, so each backslash found is followed to its string's end and that string is a key
 * when a colon comes next. Strings without a backslash are never visited.
 */
export const hasEscapedKey = (text: string): boolean => {
  for (let b = text.indexOf('\\'); b !== -1; ) {
    let i = stringEnd(text, b);
    const end = i;
    while (WS(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 0x3a) return true;
    b = text.indexOf('\\', end);
  }
  return false;
};

/**
 * The value of a valid JSON text, built here: keys and strings are decoded one token at a time. It recurses once per
 * level: the manifest reader calls it only after refusing more than 64 levels, and a stored metrics text nested
 * thousands deep fails as text that is not JSON.
 */
export const rebuildJson = (text: string): unknown => {
  let i = 0;
  const ws = () => {
    while (WS(text.charCodeAt(i))) i++;
  };
  const string = (): string => {
    const start = i;
    i = stringEnd(text, i);
    const token = text.slice(start, i);
    // A string token parsed alone is a value, not a key: the bug does not reach it.
    return token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
  };
  const value = (): unknown => {
    ws();
    const c = text.charCodeAt(i);
    if (c === 0x22) return string();
    if (c === 0x7b) {
      i++;
      const o: Record<string, unknown> = {};
      ws();
      if (text.charCodeAt(i) === 0x7d) {
        i++;
        return o;
      }
      for (;;) {
        ws();
        const k = string();
        ws();
        i++; // the colon
        const v = value();
        // JSON.parse makes "__proto__" an own key; an assignment would set the prototype.
        if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
        else o[k] = v;
        ws();
        if (text.charCodeAt(i++) === 0x7d) return o;
      }
    }
    if (c === 0x5b) {
      i++;
      const a: unknown[] = [];
      ws();
      if (text.charCodeAt(i) === 0x5d) {
        i++;
        return a;
      }
      for (;;) {
        a.push(value());
        ws();
        if (text.charCodeAt(i++) === 0x5d) return a;
      }
    }
    // A number or a literal: up to the next delimiter, parsed natively.
    const start = i;
    for (let d = text.charCodeAt(i); i < text.length && d !== 0x2c && d !== 0x7d && d !== 0x5d && !WS(d); d = text.charCodeAt(++i));
    return JSON.parse(text.slice(start, i));
  };
  return value();
};

/** JSON.parse's value and errors, with every key as the text writes it. */
export const parseJson = (text: string): unknown => {
  const value: unknown = JSON.parse(text);
  return hasEscapedKey(text) ? rebuildJson(text) : value;
};
