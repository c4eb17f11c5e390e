// YAML with positions: parse once, then point any path at its line:column.
import { readFile } from 'node:fs/promises';
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { InputError, type SourcePosition } from '../errors.js';
import { decodeUtf8 } from '../manifest/json-source.js';
import { fsProblem } from '../manifest/local.js';

export interface YamlSource {
  file: string;
  doc: Document;
  value: unknown;
  /** Where the value at `path` is written; with `key`, where its key is (an unknown key has no value worth naming). */
  locate(path: readonly (string | number)[], key?: boolean): SourcePosition;
}

export const YAML_MAX_BYTES = 1024 * 1024;

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
    bytes = await readFile(file);
  } catch (e) {
    throw fsProblem(file, e);
  }
  if (bytes.byteLength > YAML_MAX_BYTES) throw InputError.at(file, `is larger than ${YAML_MAX_BYTES / 1024} KiB`);
  return parseYamlSource(file, decodeUtf8(file, bytes));
};
