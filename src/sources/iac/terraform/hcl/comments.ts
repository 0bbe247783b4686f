// Finding the comments that document a block or attribute, for `# parapet:ignore:<rule> <reason>`.

import type { Comment, Range } from './ast.js';

/**
 * The comments directly above `range`: the run of comments whose last one ends on the line
 * before `range` starts, each on the line after the previous one (a blank line, code or a comment
 * trailing code breaks the run). `comments` must be in source order, as `parseHcl` returns them.
 */
export function commentsAbove(comments: readonly Comment[], range: Range): Comment[] {
  const startLine = range.start.line;
  // Last comment that ends before the range starts.
  let lo = 0;
  let hi = comments.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid]!.range.endOffset <= range.startOffset) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: Comment[] = [];
  let expectEndLine = startLine - 1;
  for (; k >= 0; k--) {
    const c = comments[k]!;
    // A line comment's range ends before its newline, so it ends on the line it starts on.
    if (c.trailing || c.range.end.line !== expectEndLine) break;
    out.push(c);
    expectEndLine = c.range.start.line - 1;
  }
  return out.reverse();
}
