import type { Pos, Range } from './ast.js';

/**
 * Turns UTF-16 string offsets into line / column / UTF-8 byte positions. Lookups are mostly in
 * increasing order, so the last answer is kept and walked forward; a jump back restarts at the
 * start of that line only, which keeps long single-line inputs linear in practice.
 */
export class LineMap {
  // Built on the first lookup: most ranges are never asked for their line and column.
  private lineStarts: number[] = [];
  private ascii = true;
  private lineByteStarts: number[] | null = null;
  private lastLine = 0;
  private lastOffset = 0;
  private lastColumn = 1;
  private lastByte = 0;

  constructor(private readonly src: string) {}

  pos(offset: number): Pos {
    if (this.lineStarts.length === 0) this.index();
    const line = this.lineOf(offset);
    const start = this.lineStarts[line]!;
    if (this.ascii) return { line: line + 1, column: offset - start + 1, byte: offset };
    return this.slowPos(line, start, offset);
  }

  private index(): void {
    const src = this.src;
    const starts = [0];
    let i = src.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = src.indexOf('\n', i + 1);
    }
    this.lineStarts = starts;
    // Any code unit past ASCII takes more than one UTF-8 byte (a lone surrogate three), and
    // Buffer.byteLength counts without copying: ~10x faster than a regex over the whole file.
    this.ascii = Buffer.byteLength(src, 'utf8') === src.length;
  }

  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    let line = this.lastLine;
    // Fast path: same or next line as the previous lookup.
    if (offset >= starts[line]!) {
      const next = starts[line + 1];
      if (next === undefined || offset < next) return line;
      const next2 = starts[line + 2];
      if (next2 === undefined || offset < next2) return (this.lastLine = line + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    line = lo;
    this.lastLine = line;
    return line;
  }

  private slowPos(line: number, start: number, offset: number): Pos {
    if (this.lineByteStarts === null) this.lineByteStarts = this.computeLineByteStarts();
    let from = start;
    let column = 1;
    let byte = this.lineByteStarts[line]!;
    if (this.lastOffset >= start && this.lastOffset <= offset && this.lastByte >= byte) {
      from = this.lastOffset;
      column = this.lastColumn;
      byte = this.lastByte;
    }
    const src = this.src;
    for (let i = from; i < offset; i++) {
      const c = src.charCodeAt(i);
      if (c < 0x80) byte += 1;
      else if (c < 0x800) byte += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        byte += 4;
        i++;
      } else byte += 3;
      column++;
    }
    this.lastOffset = offset;
    this.lastColumn = column;
    this.lastByte = byte;
    return { line: line + 1, column, byte };
  }

  private computeLineByteStarts(): number[] {
    const out: number[] = [];
    let byte = 0;
    let prev = 0;
    for (const start of this.lineStarts) {
      byte += Buffer.byteLength(this.src.slice(prev, start), 'utf8');
      out.push(byte);
      prev = start;
    }
    return out;
  }
}

/** A Range whose positions are resolved through the file's LineMap when first read. */
export class SourceRange implements Range {
  // Declared, not class fields: define semantics would run a field initializer per object.
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  constructor(lines: LineMap, startOffset: number, endOffset: number) {
    this.lines = lines;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }

  get start(): Pos {
    return this.lines.pos(this.startOffset);
  }

  get end(): Pos {
    return this.lines.pos(this.endOffset);
  }

  toJSON(): { start: Pos; end: Pos } {
    return { start: this.start, end: this.end };
  }
}
