/**
 * A cheap, linear pre-scan that estimates how deeply a YAML or JSON text nests, so hostile input
 * (10,000 nested brackets or indentation steps) is rejected before any recursive parser sees it.
 * yaml 2.8.3 to 2.9.1 abort the whole Node 20 process on such input, and 2.8.2 overflows its stack;
 * neither is acceptable for a scanner that reads untrusted repositories.
 *
 * The estimate counts open flow brackets outside quotes and comments, plus the stack of block
 * indentation levels, plus `- ` and `? ` markers that open nested collections on one line. Block
 * scalar bodies (`|`, `>`) count only their indentation: their brackets and quotes are text. The
 * result is an upper bound of the real depth, which is all a guard needs.
 */
export interface DepthScan {
  depth: number;
  /** 1-based line where the depth was first exceeded (or the deepest line). */
  line: number;
}

/** `key: |`, `- >-`, `key: !Sub |`: a block scalar header ends the line after `:`, `-` or indentation. */
const BLOCK_SCALAR_RE = /(?:^\s*|:\s+|-\s+)(?:[!&]\S*\s+)*[|>][0-9+-]*\s*(?:#.*)?$/;

export function scanNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): DepthScan {
  let maxDepth = 0;
  let maxLine = 1;
  let flow = 0;
  const indents: number[] = [];
  let blockScalarParent = -1;
  let lineNo = 0;
  let start = 0;
  // Quoted scalars may span lines, so the quote state carries over.
  let quote: string | undefined;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // CRLF files: a lone `\r` must read as a blank line, not as a return to column 0.
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    lineNo++;
    let indent = 0;
    while (indent < raw.length && (raw[indent] === ' ' || raw[indent] === '\t')) indent++;
    const continued = quote !== undefined;
    const blank = !continued && (indent === raw.length || raw[indent] === '#');
    if (blockScalarParent >= 0) {
      if (blank) continue;
      if (indent > blockScalarParent) {
        // Block scalar text: its brackets and quotes are not structure, but its indentation still
        // counts, so a mistaken header cannot hide nesting below it.
        while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
        indents.push(indent);
        const d = indents.length + flow;
        if (d > maxDepth) {
          maxDepth = d;
          maxLine = lineNo;
          if (maxDepth > limit) return { depth: maxDepth, line: maxLine };
        }
        if (end === text.length) break;
        continue;
      }
      blockScalarParent = -1;
    }
    if (blank) {
      if (end === text.length) break;
      continue;
    }
    // Indentation counts even inside flow collections: JSON then reads deeper than it is, but a
    // bracket the scan mistook for structure can never hide real indentation below it.
    if (!continued) {
      while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
      indents.push(indent);
    }
    let i = indent;
    if (flow === 0 && !continued) {
      // `- - - x`, `? ? x` and `- key:` open one collection per marker on a single line; the content
      // after each marker sits at a column of its own, which the lines below indent to.
      while ((raw[i] === '-' || raw[i] === '?') && (raw[i + 1] === ' ' || raw[i + 1] === '\t')) {
        i += 2;
        while (raw[i] === ' ' || raw[i] === '\t') i++;
        indents.push(i);
      }
    }
    let lineFlowMax = flow;
    // A quote opens a quoted scalar only where a node starts; inside plain text (`5" screen`,
    // `it's`) it is a character, and treating it as a quote would hide the rest of the file.
    let atNodeStart = !continued;
    let contentEnd = raw.length;
    for (; i < raw.length; i++) {
      const ch = raw[i];
      if (quote) {
        if (ch === '\\' && quote === '"') i++;
        else if (ch === quote) {
          if (quote === "'" && raw[i + 1] === "'") i++;
          else quote = undefined;
        }
        continue;
      }
      if (ch === ' ' || ch === '\t') continue;
      if (ch === '#' && (i === 0 || raw[i - 1] === ' ' || raw[i - 1] === '\t')) {
        contentEnd = i;
        break;
      }
      if (ch === '"' || ch === "'") {
        if (atNodeStart) quote = ch;
        atNodeStart = false;
      } else if (ch === '[' || ch === '{') {
        // Counted even inside plain text: an overcount only makes the guard stricter.
        flow++;
        if (flow > lineFlowMax) lineFlowMax = flow;
        atNodeStart = true;
      } else if (ch === ']' || ch === '}') {
        if (flow > 0) flow--;
        atNodeStart = false;
      } else if (ch === ',' || ch === '?' || (ch === '-' && atNodeStart)) {
        atNodeStart = true;
      } else if (ch === ':') {
        const next = raw[i + 1];
        atNodeStart = next === undefined || next === ' ' || next === '\t' || (flow > 0 && (next === ',' || next === ']' || next === '}' || next === '"' || next === "'" || next === '[' || next === '{'));
      } else if ((ch === '!' || ch === '&') && atNodeStart) {
        // A tag or anchor before a node: the node still starts after it.
        while (i + 1 < raw.length && raw[i + 1] !== ' ' && raw[i + 1] !== '\t') i++;
      } else atNodeStart = false;
    }
    const depth = indents.length + lineFlowMax;
    if (depth > maxDepth) {
      maxDepth = depth;
      maxLine = lineNo;
      if (maxDepth > limit) return { depth: maxDepth, line: maxLine };
    }
    // Only the part before a comment can hold a header: `a: b # c: |` is not one.
    if (flow === 0 && quote === undefined && BLOCK_SCALAR_RE.test(raw.slice(0, contentEnd))) blockScalarParent = indent;
    if (end === text.length) break;
  }
  return { depth: maxDepth, line: maxLine };
}
