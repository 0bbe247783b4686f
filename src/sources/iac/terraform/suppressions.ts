import type { Resource, SourceIssue } from '../../../core/index.js';
import type { InlineSuppression } from '../cloudformation/suppressions.js';
import type { ParsedFile } from './eval/config.js';

const IGNORE_RE = /^(?:#|\/\/)\s*parapet:ignore:([A-Za-z0-9*_-]+)\s*(.*)$/;

/** The comments of one file, read once for all its resources. */
interface FileComments {
  /** Lines where a comment starts. */
  lines: Set<number>;
  /** Lines whose comment (the last one starting there) is an ignore comment, ascending, with the match. */
  ignores: { line: number; ruleId: string; reason: string }[];
}

function fileComments(file: ParsedFile): FileComments {
  // The last comment starting on a line is the one that counts for it.
  const byLine = new Map<number, string>();
  for (const c of file.comments) byLine.set(c.range.start.line, c.text);
  const ignores: FileComments['ignores'] = [];
  for (const [line, text] of byLine) {
    // Every ignore comment names parapet: a cheap test before the regex.
    if (!text.includes('parapet:ignore')) continue;
    const m = IGNORE_RE.exec(text.trim());
    if (m) ignores.push({ line, ruleId: m[1] ?? '', reason: m[2] ?? '' });
  }
  ignores.sort((a, b) => a.line - b.line);
  return { lines: new Set(byLine.keys()), ignores };
}

/**
 * `# parapet:ignore:<rule-id> <reason>` in the comment lines right above a resource block, or
 * right above one of its attributes, mutes that rule for the resource. The reason is required.
 */
export function terraformSuppressions(resources: readonly Resource[], files: readonly ParsedFile[]): { suppressions: InlineSuppression[]; issues: SourceIssue[] } {
  const suppressions: InlineSuppression[] = [];
  const issues: SourceIssue[] = [];
  const byFile = new Map(files.map((f) => [f.display, f]));
  const commentsOf = new Map<ParsedFile, FileComments>();
  const seen = new Set<string>();
  for (const r of resources) {
    const loc = r.provenance.location;
    if (!loc) continue;
    const file = byFile.get(loc.file);
    if (!file) continue;
    let comments = commentsOf.get(file);
    if (!comments) commentsOf.set(file, (comments = fileComments(file)));
    if (!comments.ignores.length) continue;
    // Comment lines above the block (the run of comment lines right before it), and comments
    // inside it (above attributes): together, the comment lines after `above` up to the block's end.
    let above = loc.line - 1;
    while (comments.lines.has(above)) above--;
    const last = loc.endLine ?? loc.line;
    for (const { line, ruleId, reason } of comments.ignores) {
      if (line <= above || line > last) continue;
      const key = `${r.uid}|${line}`;
      if (!reason.trim()) {
        if (!seen.has(`${file.display}:${line}`)) issues.push({ kind: 'suppression', file: file.display, line, message: `error: parapet:ignore:${ruleId} has no reason; it is not applied (write the reason after the rule id)` });
        seen.add(`${file.display}:${line}`);
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      suppressions.push({ resourceUid: r.uid, ruleId, reason: reason.trim(), location: { file: file.display, line } });
    }
  }
  return { suppressions, issues };
}
