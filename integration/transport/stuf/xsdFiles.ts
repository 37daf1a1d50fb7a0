import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The verbatim envelope XSDs (see xsd/SOURCE.md), relative to the xsd/ directory. */
export const STUF_XSD_FILES = [
  'ggk0310_21/ggkberichten/ggk0310_msg.xsd',
  'ggk0310_21/ggkberichten/ggk0310_msg_stuf.xsd',
  '0301/stuf0301mtom.xsd',
  '0301/stuf0301.xsd',
  'xmlmime/xmlmime.xsd',
] as const;

/** The entry schema: it imports the others and declares the Di01/Du01 envelopes (and, via stuf0301.xsd, Fo01). */
export const STUF_XSD_ENTRY = STUF_XSD_FILES[0];

/**
 * The xsd/ directory. From source it sits next to this file; a `tsc` build does not copy .xsd files
 * into dist/, so from dist/integration/transport/stuf we fall back to the source tree.
 */
export function stufXsdDir(): string {
  const here = path.join(__dirname, 'xsd');
  if (existsSync(path.join(here, STUF_XSD_ENTRY))) return here;
  return path.resolve(__dirname, '../../../../integration/transport/stuf/xsd');
}

/** The URL base the envelope XSDs are registered under in libxml2 (distinct from the iJw set's `ijw-xsd:///`). */
export const STUF_XSD_URL_BASE = 'stuf-xsd:///';

/**
 * Reads every schema; keys are the paths relative to xsd/ (the source layout), so the relative
 * schemaLocations (`../../0301/stuf0301mtom.xsd` ...) resolve among them under STUF_XSD_URL_BASE.
 */
export function readStufXsds(dir = stufXsdDir()): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const rel of STUF_XSD_FILES) files[rel] = readFileSync(path.join(dir, rel));
  return files;
}
