/** A write refused because the record changed since the writer read it. */
export class ConflictError extends Error {
  constructor() {
    super('errorConflict');
    this.name = 'ConflictError';
  }
}

/** A write that refers to a reminder that is not there (deleted, or never existed). */
export class ReminderNotFoundError extends Error {
  constructor() {
    super('errorReminderNotFound');
    this.name = 'ReminderNotFoundError';
  }
}
