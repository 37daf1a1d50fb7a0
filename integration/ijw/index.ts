/** integration/ijw: the iJw 3.2 codec (parse/build), XSD validation and the safe decode() entry point. */
export { BERICHTTYPEN, HEENBERICHTEN, RETOURBERICHTEN, RETOUR_VAN, isBerichtType, isHeenbericht } from './berichttypen.js';
export type { BerichtType, Heenbericht, Retourbericht } from './berichttypen.js';
export { parseBericht, parse, parseText, buildBericht, decimalToCents, centsToDecimal } from './codec.js';
export type { ParsedBericht, ParseOptions, BuildOptions } from './codec.js';
export { decode, type DecodeResult, type DecodeOptions } from './decode.js';
export { CodecError, DEFAULT_MAX_BYTES, readXmlInput, detectRoot, type InputOptions, type CodecFout } from './xmlInput.js';
export { IjwXsdValidator, getXsdValidator, validateXsd, xsdBevinding, MAX_XSD_BEVINDINGEN } from './xsdValidator.js';
export { pad, splitPad, getAtPad } from './pad.js';
export { padOpRegel, padsOpRegels } from './padOpRegel.js';
export { BERICHT_SCHEMAS, BASIS_NAMESPACE, BASIS_PREFIX } from './generated/index.generated.js';
export type * from './generated/index.generated.js';
export type { BerichtSchema, ElementDef, CodecKind } from './schemaDef.js';
export * from './generated/berichtCodecs.generated.js';
