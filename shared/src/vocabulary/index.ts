export * from './codes.js';
export * from './labels.js';
export * from './notifications.js';
export * from './feedback.js';
export * from './organizations.js';
