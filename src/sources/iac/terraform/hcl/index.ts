// HCL native syntax parser: the entry point for Terraform scanning. See docs/hcl-parser.md.
export type * from './ast.js';
export { parseHcl, MAX_NESTING_DEPTH } from './parser.js';
