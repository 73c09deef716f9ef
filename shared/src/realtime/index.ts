export * from './chat.js';
export * from './events.js';
export * from './notifications.js';
