// YAML with positions: parse once, then point any path at its line:column.
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { InputError, type SourcePosition } from '../errors.js';
import { decodeUtf8 } from '../manifest/json-source.js';
import { fsProblem } from '../manifest/local.js';
import { readBounded } from './bounded-read.js';

export interface YamlSource {
  file: string;
  doc: Document;
  value: unknown;
  /** Where the value at `path` is written; with `key`, where its key is (an unknown key has no value worth naming). */
  locate(path: readonly (string | number)[], key?: boolean): SourcePosition;
}

// A YAML document tree costs ~400 bytes of heap per byte of flow-style source: 1 MiB of `[{},{},…]` peaked at
// 510 MB, so the limit is what parses well inside a 512 MB heap. A Cloud Run export or a config is a few KiB.
export const YAML_MAX_BYTES = 256 * 1024;

export const parseYamlSource = (file: string, text: string): YamlSource => {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const err = doc.errors[0];
  if (err) {
    const pos = lc.linePos(err.pos[0]);
    throw InputError.at(file, `invalid YAML: ${err.message.split('\n')[0]}`, { line: pos.line, column: pos.col });
  }
  const at = (node: Node | null | undefined): SourcePosition => {
    const p = lc.linePos(node?.range?.[0] ?? 0);
    return { file, line: p.line, column: p.col };
  };
  let value: unknown;
  try {
    // Aliases resolve here: an unresolved one or an alias bomb ("billion laughs") is bad input, not a crash.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw InputError.at(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`, { line: 1, column: 1 });
  }
  return {
    file,
    doc,
    value,
    locate(path, key = false) {
      let node: unknown = doc.contents;
      let last: Node | null = doc.contents as Node | null;
      for (const [i, seg] of path.entries()) {
        if (key && i === path.length - 1 && isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
          if (pair) return at(pair.key as Node);
        }
        if (isMap(node) || isSeq(node)) {
          const next = node.get(seg as never, true) as Node | undefined;
          if (!next) break;
          node = next;
          last = next;
        } else break;
      }
      return at(last);
    },
  };
};

export const readYamlFile = async (file: string): Promise<YamlSource> => {
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(file, YAML_MAX_BYTES);
  } catch (e) {
    throw fsProblem(file, e);
  }
  return parseYamlSource(file, decodeUtf8(file, bytes));
};
