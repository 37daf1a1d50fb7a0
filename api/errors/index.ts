export { API_ERROR_CODES } from './codes';
export type { ErrorCode, ApiErrorCode } from './codes';
export { JeugdregieError, NotFoundError, InputError } from './JeugdregieError';
export { fromPostgres } from './fromPostgres';
