import type { Resource, SourceIssue } from '../../../core/index.js';
import type { InlineSuppression } from '../cloudformation/suppressions.js';
import type { ParsedFile } from './eval/config.js';

const IGNORE_RE = /^(?:#|\/\/)\s*parapet:ignore:([A-Za-z0-9*_-]+)\s*(.*)$/;

/**
 * `# parapet:ignore:<rule-id> <reason>` in the comment lines right above a resource block, or
 * right above one of its attributes, mutes that rule for the resource. The reason is required.
 */
export function terraformSuppressions(resources: readonly Resource[], files: readonly ParsedFile[]): { suppressions: InlineSuppression[]; issues: SourceIssue[] } {
  const suppressions: InlineSuppression[] = [];
  const issues: SourceIssue[] = [];
  const byFile = new Map(files.map((f) => [f.display, f]));
  const seen = new Set<string>();
  for (const r of resources) {
    const loc = r.provenance.location;
    if (!loc) continue;
    const file = byFile.get(loc.file);
    if (!file) continue;
    // Comment lines above the block, and comments inside it (above attributes).
    const lines = new Set<number>();
    for (const c of file.comments) {
      const line = c.range.start.line;
      if (line >= loc.line && line <= (loc.endLine ?? loc.line)) lines.add(line);
    }
    let above = loc.line - 1;
    const commentLines = new Map(file.comments.map((c) => [c.range.start.line, c]));
    while (commentLines.has(above)) lines.add(above--);
    for (const line of [...lines].sort((a, b) => a - b)) {
      const c = commentLines.get(line);
      if (!c) continue;
      const m = IGNORE_RE.exec(c.text.trim());
      if (!m) continue;
      const [, ruleId = '', reason = ''] = m;
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
