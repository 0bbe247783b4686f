import { describe, expect, it } from 'vitest';
import { commentsAbove } from './index.js';
import { parseOk } from './testing.js';

describe('commentsAbove', () => {
  const src = [
    '# file header',
    '',
    '# parapet:ignore:aws-s3-versioning kept for logs',
    '// second line',
    'resource "aws_s3_bucket" "b" {',
    '  /* about acl */',
    '  acl = "private" # trailing',
    '  # parapet:ignore:aws-s3-acl reviewed',
    '',
    '  policy = "{}" # about policy',
    '  versioning = true',
    '}',
    '',
  ].join('\n');
  const r = parseOk(src);
  const block = r.body.blocks[0]!;

  it('returns the run of comments directly above a block', () => {
    expect(commentsAbove(r.comments, block.range).map((c) => c.text)).toEqual([
      '# parapet:ignore:aws-s3-versioning kept for logs',
      '// second line',
    ]);
  });

  it('returns a block comment above an attribute and stops at blank lines and code', () => {
    const [acl, policy, versioning] = block.body.attributes;
    expect(commentsAbove(r.comments, acl!.range).map((c) => c.text)).toEqual(['/* about acl */']);
    expect(commentsAbove(r.comments, policy!.range)).toEqual([]);
    expect(commentsAbove(r.comments, versioning!.range)).toEqual([]);
  });
});
