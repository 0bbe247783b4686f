export { scanNestingDepth } from '../../../core/nesting.js';
export type { DepthScan } from '../../../core/nesting.js';
export { CLOUDFORMATION_SHORT_TAGS, classifyIacContent, isCloudFormationTree } from './classify.js';
export type { IacKind } from './classify.js';
export { DEFAULT_SKIP_DIRS, listIacFiles, readIacFile, walkIacFiles } from './walk.js';
export type { IacFile, IacFileRef, WalkOptions } from './walk.js';
export { MAX_ALIAS_COUNT, MAX_FILE_BYTES, MAX_NESTING_DEPTH, MAX_TREE_NODES, loadYamlTree, mapGet, treeToPlain } from './yaml.js';
export type { LoadOptions, LoadResult, MapEntry, MapNode, ScalarNode, ScalarValue, SeqNode, TreeNode } from './yaml.js';
