export * from './codes.js';
export * from './labels.js';
export * from './notifications.js';
export * from './circles.js';
export * from './organizations.js';
export * from './accounts.js';
export * from './feedback.js';
export * from './interpreters.js';
