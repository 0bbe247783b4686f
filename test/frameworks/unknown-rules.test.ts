import { describe, expect, it } from 'vitest';
import { parseFramework, unknownRuleIds } from '../../src/frameworks/index.js';

describe('unknownRuleIds', () => {
  it('reports each rule id no known rule has, with framework, control and source', () => {
    const f = parseFramework(
      `id: mine
name: Mine
version: '1'
provider: aws
description: A user framework with a typo.
url: https://example.com
controls:
  - { id: '1', title: Versioning, rules: [aws-s3-bucket-versioning, aws-s3-bucket-versoning] }
`,
      'mine.yaml',
    );
    expect(unknownRuleIds([f], ['aws-s3-bucket-versioning'])).toEqual([{ framework: 'mine', control: '1', ruleId: 'aws-s3-bucket-versoning', source: 'mine.yaml' }]);
  });
});
