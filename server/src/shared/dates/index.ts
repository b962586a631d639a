export * from './calendar-date.js';
export * from './period.js';
