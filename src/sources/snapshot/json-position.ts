import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';

/**
 * Finds the line of a value inside a JSON (or YAML) text, given its path of keys and indexes.
 * Used only on the error path: parsing with positions is slower than JSON.parse.
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  let node: unknown = doc.contents;
  let lastRange: [number, number, number] | undefined = (node as Node | null)?.range ?? undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
      if (!pair) break;
      node = pair.value;
      lastRange = (pair.value as Node | null)?.range ?? (pair.key as Node | null)?.range ?? lastRange;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      lastRange = (node as Node | null)?.range ?? lastRange;
    } else break;
  }
  return lastRange ? lineCounter.linePos(lastRange[0]).line : undefined;
}

/** Converts the character offset in a JSON.parse error message to a line number. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
