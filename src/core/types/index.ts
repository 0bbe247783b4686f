import { ResourceTypeRegistry } from '../resource.js';
import { AWS_RESOURCE_TYPES } from './aws/index.js';

/** Every resource type the model knows. Sources, rules and policies resolve names against it. */
export function builtinResourceTypes(): ResourceTypeRegistry {
  return new ResourceTypeRegistry(AWS_RESOURCE_TYPES);
}

export * from './aws/index.js';
