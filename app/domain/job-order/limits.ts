// Limits the workflow enforces and the forms show: no imports, so browser code can share them.
export const ANSWER_MAX_LENGTH = 5000;
export const CLOSE_REASON_MAX_LENGTH = 1000;
export const NOTE_MAX_LENGTH = 2000;
/** Items in one request (candidates shortlisted or asked, tasks handed over). */
export const MAX_BATCH = 100;
