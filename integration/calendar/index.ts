/** Dutch working days and public holidays (Algemene termijnenwet) on ISO 'YYYY-MM-DD' dates. */
export { isWerkdag, addWerkdagen, werkdagenTerug, werkdagenTussen, termijnVerstreken } from './werkdagen';
export { feestdagen, feestdagOp, EERSTE_JAAR, LAATSTE_JAAR } from './feestdagen';
export type { Feestdag, FeestdagNaam } from './feestdagen';
export { eerstePaasdag } from './pasen';
export { CalendarError } from './CalendarError';
export type { CalendarErrorCode } from './CalendarError';
