/** The app version a log records; a test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0';
/** The log format version of docs/formats.md. */
export const LOG_VERSION = 1;
