// Two copies of one manifest (the repository's and the Cloud Storage one) compared as parsed JSON, not bytes:
// formatting may differ, values may not. Every differing field is named, with both values. Pure.
import { jsonPath, type PathSegment } from '../manifest/json-source.js';
import type { ParsedManifest } from '../manifest/parse.js';
import type { Finding } from '../report/types.js';
import { showValue } from '../util/printable.js';

export interface ValueDifference {
  path: PathSegment[];
  /** undefined: the field is absent from that copy. */
  here: unknown;
  there: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Leaf-level differences, in a stable order (keys in code-point order, array items by index). */
export const valueDifferences = (here: unknown, there: unknown, path: PathSegment[] = []): ValueDifference[] => {
  if (isObject(here) && isObject(there))
    return [...new Set([...Object.keys(here), ...Object.keys(there)])]
      .sort(cmp)
      .flatMap((k) =>
        valueDifferences(Object.hasOwn(here, k) ? here[k] : undefined, Object.hasOwn(there, k) ? there[k] : undefined, [...path, k]),
      );
  if (Array.isArray(here) && Array.isArray(there))
    return Array.from({ length: Math.max(here.length, there.length) }, (_, i) => valueDifferences(here[i], there[i], [...path, i])).flat();
  // Numbers compare as numbers (1.0 and 1 are the same value); everything else by its JSON form.
  return Object.is(here, there) || JSON.stringify(here) === JSON.stringify(there) ? [] : [{ path, here, there }];
};

// Long values shortened in the message; expected and actual keep them whole.
const show = (v: unknown): string => (v === undefined ? 'absent' : showValue(JSON.stringify(v)));
const scalar = (v: unknown): string | number | boolean | null =>
  v === undefined
    ? null
    : v === null || ['string', 'number', 'boolean'].includes(typeof v)
      ? (v as string | number | boolean)
      : JSON.stringify(v);

/** `manifest.mirror` errors: `expected` is the value in the configured manifest, `actual` the mirror's. */
export const mirrorDrift = (manifest: ParsedManifest, mirror: ParsedManifest): Finding[] =>
  valueDifferences(manifest.source.value, mirror.source.value).map((d) => ({
    code: 'manifest.mirror',
    severity: 'error',
    field: jsonPath(d.path),
    message: `${jsonPath(d.path)} is ${show(d.here)} in ${manifest.file} but ${show(d.there)} in ${mirror.file}`,
    expected: scalar(d.here),
    actual: scalar(d.there),
    location: d.here === undefined ? mirror.source.locate(d.path) : manifest.source.locate(d.path),
  }));
