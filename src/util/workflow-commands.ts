// Printed text must never become a workflow command. The Actions runner (actions/runner: ProcessInvoker reads a step's
// output with .NET StreamReader.ReadLine, so LF, CR and CRLF each end a line; ActionCommand.TryParseV2 trims leading
// white space with String.TrimStart, then takes a line that starts with `::NAME` as a command; TryParse also takes
// `##[NAME` ANYWHERE in a line) would run `::stop-commands::T` (silencing every later annotation), `::add-mask::`,
// `::warning` ... carried in by a file name, a service name or a manifest value.
// THE RULE: no line the program prints may start with `::` (after white space) or contain `##[` unless the program
// composed that command, and only @actions/core composes them (with their data escaped: %0A, %0D). Every other text
// (core.info lines, CLI stdout/stderr, the job summary, outputs) passes through `safeLines` (or `logLine` for a line
// built from values, `safeJson` for JSON) on its way out; test/util/workflow-commands.test.ts fails the suite when a
// source file prints by any other route.
import { printable } from './printable.js';

/** Where the runner ends a line. */
const BREAK = /\r\n|\r|\n/;

// JS `\s` plus U+0085: a superset of .NET's Char.IsWhiteSpace, which TrimStart strips before looking for `::`.
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;

/** One line made inert: a leading `::` and any `##[` are shown with the first character as a \uXXXX escape. */
export const neutraliseLine = (line: string): string => line.replace(COMMAND_START, '$1\\u003a').replace(LEGACY_COMMAND, '\\u0023#[');

// Without a CR, a `::` or a `##[`, no line can change: such text (a 10,000-row plan's JSON is 37,000 lines) is
// returned as it is rather than split, checked and joined.
const MAY_CHANGE = /\r|::|##\[/;

/** Multi-line text made inert line by line; line ends are normalised to LF, nothing else changes. */
export const safeLines = (text: string): string => (MAY_CHANGE.test(text) ? text.split(BREAK).map(neutraliseLine).join('\n') : text);

/** A log line built from values: a LF inside it is shown as \\n (printable shows CR and the rest as \\uXXXX). */
export const logLine = (line: string): string => neutraliseLine(printable(line).replaceAll('\n', '\\n'));

/** Continuation lines of a multi-line value, indented under the line that holds it (the guard still applies). */
export const indentContinuation = (text: string, indent: string): string => text.replace(/\r\n|\r|\n/g, `\n${indent}`);

/**
 * JSON text with `##[` and U+2028/U+2029 written as JSON escapes: the same value for every JSON reader (lossless), and
 * no legacy command or line separator for a log reader. JSON never starts a line with `::` (strings keep \n escaped).
 */
export const safeJson = (json: string): string =>
  json.replace(LEGACY_COMMAND, '\\u0023#[').replace(/[\u2028\u2029]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16)}`);
