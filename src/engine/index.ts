export * from './engine.js';

