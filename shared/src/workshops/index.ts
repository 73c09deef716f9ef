export * from './vocabulary.js';
export * from './time.js';
