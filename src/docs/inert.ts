// Inert text for markdown and HTML, in its own file so the reports that escape values (the summary, the listing, the
// drift issue) do not load the block template engine (mustache) with it.
import { quietRefs } from '../report/mentions.js';
import { printable } from '../util/printable.js';

export const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Markdown- and HTML-inert text on one line, with no live mention or issue reference (report/mentions.ts). */
export const inert = (value: unknown): string =>
  quietRefs(printable(String(value).replace(/\s+/g, ' ')))
    .replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c)
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);
