export { readPlan } from './read.js';
