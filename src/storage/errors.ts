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

/** A request about an application that is not there (deleted meanwhile). */
export class ApplicationNotFoundError extends Error {
  constructor() {
    super('errorApplicationNotFound');
    this.name = 'ApplicationNotFoundError';
  }
}
