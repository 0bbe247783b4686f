export * from './engine.js';
export * from './inventory.js';
