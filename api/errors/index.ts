export { API_ERROR_CODES, UNAUTHENTICATED_REASONS } from './codes';
export type { ErrorCode, ApiErrorCode, UnauthenticatedReason } from './codes';
export { JeugdregieError, NotFoundError, InputError } from './JeugdregieError';
export { fromPostgres } from './fromPostgres';
