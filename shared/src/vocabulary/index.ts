export * from './codes.js';
export * from './labels.js';
