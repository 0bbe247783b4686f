// HCL native syntax parser: the entry point for Terraform scanning. See docs/hcl-parser.md.
export type * from './ast.js';
export { MAX_NESTING_DEPTH } from './cursor.js';
export { parseHcl } from './parser.js';
export { commentsAbove } from './comments.js';
