// Typed failures. Only the entry points turn these into exit codes.
import { printable } from './util/printable.js';

export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

export interface Problem extends SourcePosition {
  /** JSON path such as `$.models["m1"].training_end_date`, when the problem is inside a document. */
  path?: string;
  message: string;
}

export const formatProblem = (p: Problem): string => {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return printable(p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`);
};

/** Bad input or usage: exit 2, nothing written. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
  static at(file: string, message: string, where: Omit<Problem, 'file' | 'message'> = {}): InputError {
    return new InputError([{ file, message, ...where }]);
  }
}

/** A service failed after its retries: exit 3. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly service: string,
    readonly operation: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${service} ${operation} failed: ${detail}`, options);
  }
}

export const EXIT = { clean: 0, findings: 1, input: 2, service: 3 } as const;

export const exitCodeFor = (error: unknown): number =>
  error instanceof InputError ? EXIT.input : error instanceof ServiceError ? EXIT.service : EXIT.service;

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : `unexpected failure: ${String(error)}`;
