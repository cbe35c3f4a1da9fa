export * from './calendar.ts';
export * from './conversation-clock.ts';
