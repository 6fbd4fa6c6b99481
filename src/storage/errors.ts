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

/** A request about an interview that is not there (deleted with its application meanwhile). */
export class InterviewNotFoundError extends Error {
  constructor() {
    super('errorInterviewNotFound');
    this.name = 'InterviewNotFoundError';
  }
}

/** An undo refused: another application now tracks one of the job's keys. */
export class KeyTakenError extends Error {
  constructor() {
    super('errorKeyTaken');
    this.name = 'KeyTakenError';
  }
}

/**
 * An import refused. `message` is the i18n key of the kind of problem; `fields` carries one line of
 * detail naming the record (e.g. "applications[12] (Acme — Frontend developer): followUpAt is not a
 * date"), which the router passes on in the reply.
 */
export class ImportError extends Error {
  readonly fields: { field: string; message: string }[];
  constructor(key: string, detail: string) {
    super(key);
    this.name = 'ImportError';
    this.fields = [{ field: 'file', message: detail }];
  }
}

/** A request about a contact that is not there (removed meanwhile, e.g. in another tab). */
export class ContactNotFoundError extends Error {
  constructor() {
    super('errorContactNotFound');
    this.name = 'ContactNotFoundError';
  }
}

/** A contact refused: the application already has the most it keeps (LIMITS.contacts). */
export class TooManyContactsError extends Error {
  constructor() {
    super('errorTooManyContacts');
    this.name = 'TooManyContactsError';
  }
}

/** "Add to calendar" on a planned interview that is no longer planned (or has no day yet). */
export class PlannedInterviewNotFoundError extends Error {
  constructor() {
    super('errorPlannedInterviewNotFound');
    this.name = 'PlannedInterviewNotFoundError';
  }
}
