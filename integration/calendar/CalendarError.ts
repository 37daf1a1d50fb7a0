/** Typed errors for the calendar; callers branch on `code`. */
export type CalendarErrorCode = 'INVALID_DATE' | 'YEAR_OUT_OF_RANGE' | 'INVALID_COUNT';

export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
  }
}
