export * from './vocabulary/index.js';
export * from './matching/solver/index.js';
export * from './matching/engine/index.js';
export * from './realtime/index.js';
export * from './workshops/index.js';
export * from './pathways/pathways.js';
