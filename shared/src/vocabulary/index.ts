export * from './codes.js';
export * from './labels.js';
export * from './notifications.js';
export * from './organizations.js';
export * from './accounts.js';
