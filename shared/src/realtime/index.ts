export * from './chat.js';
export * from './events.js';
