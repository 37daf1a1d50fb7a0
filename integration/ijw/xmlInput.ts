/**
 * Safety gate for every inbound iJw message, run before any parser sees it:
 * size limit, strict UTF-8, no DTD / DOCTYPE / entity declarations (XXE, billion laughs),
 * and root-namespace detection of the message type.
 */
import type { BerichtType } from './berichttypen.js';
import { BERICHT_SCHEMAS } from './generated/index.generated.js';
import { MAX_BERICHT_BYTES } from '../limieten.js';

/** The platform's message size limit (integration/limieten.ts; JEUGDREGIE_MAX_BERICHT_MB, default 256 MiB). */
export const DEFAULT_MAX_BYTES = MAX_BERICHT_BYTES;

export interface InputOptions {
  /** Maximum message size in bytes (UTF-8). Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

export type CodecFout = 'grootte' | 'codering' | 'dtd' | 'namespace' | 'syntax' | 'structuur' | 'waarde';

/** A message that cannot be read or built. Carries the WJ001 code that rejects the whole message (0001). */
export class CodecError extends Error {
  override readonly name = 'CodecError';
  readonly retourcode = '0001';
  constructor(
    message: string,
    readonly fout: CodecFout,
    /** Dotted path of the offending element ('' for the message as a whole). */
    readonly pad = '',
    readonly regelnummer?: number,
  ) {
    super(message);
  }
}

const NS_TO_TYPE: ReadonlyMap<string, BerichtType> = new Map(
  Object.values(BERICHT_SCHEMAS).map((s) => [s.namespace, s.type] as const),
);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes and checks a message; returns the text (BOM removed). Throws CodecError. */
export function readXmlInput(xml: string | Uint8Array, opts: InputOptions = {}): string {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  if (typeof xml === 'string') {
    // A JS string can hold lone surrogates, which are not encodable as UTF-8.
    if (xml.length > max) throw new CodecError(`Bericht groter dan de limiet van ${max} bytes`, 'grootte');
    if (!(xml as string & { isWellFormed(): boolean }).isWellFormed()) throw new CodecError('Bericht bevat ongeldige Unicode (losse surrogaat)', 'codering');
    text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
    if (Buffer.byteLength(text, 'utf8') > max) throw new CodecError(`Bericht groter dan de limiet van ${max} bytes`, 'grootte');
  } else {
    if (xml.byteLength > max) {
      throw new CodecError(`Bericht van ${xml.byteLength} bytes is groter dan de limiet van ${max} bytes`, 'grootte');
    }
    try {
      text = utf8.decode(xml); // strips a UTF-8 BOM
    } catch {
      throw new CodecError('Bericht is geen geldige UTF-8', 'codering');
    }
  }
  checkProlog(text);
  return text;
}

const DECL = /^<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/;

function checkProlog(text: string): void {
  const decl = DECL.exec(text);
  if (decl && decl[1]!.toUpperCase() !== 'UTF-8') {
    throw new CodecError(`Bericht moet UTF-8 zijn, declaratie zegt ${decl[1]}`, 'codering');
  }
  // DTDs (internal subsets, external DTDs) and entity declarations are refused outright: iJw messages never
  // have them, and they are the vehicle for XXE and entity-expansion attacks. Searching the whole text
  // also catches '<!ENTITY' after a DOCTYPE hidden behind comments.
  const doctype = text.indexOf('<!DOCTYPE');
  const entity = text.indexOf('<!ENTITY');
  if (doctype >= 0 || entity >= 0) {
    const at = doctype >= 0 ? doctype : entity;
    throw new CodecError(
      'Bericht bevat een DTD of entiteitdeclaratie (<!DOCTYPE/<!ENTITY); dat is niet toegestaan',
      'dtd',
      '',
      lineAt(text, at),
    );
  }
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export interface RootInfo {
  type: BerichtType;
  namespace: string;
  localName: string;
}

/** Finds the root element and maps its namespace to a message type. Throws CodecError. */
export function detectRoot(text: string): RootInfo {
  let i = 0;
  const n = text.length;
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) break;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 3;
    } else break;
  }
  if (text[i] !== '<') throw new CodecError('Geen XML: het bericht begint niet met een element', 'syntax');
  const end = text.indexOf('>', i);
  if (end < 0) throw new CodecError('Geen XML: de openingstag van het root-element is niet afgesloten', 'syntax');
  const tag = text.slice(i + 1, end);
  const m = /^([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(tag);
  if (!m) throw new CodecError('Geen XML: ongeldige naam van het root-element', 'syntax');
  const prefix = m[1] ? m[1].slice(0, -1) : '';
  const localName = m[2]!;
  const nsRe = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let namespace: string | undefined;
  for (let d = nsRe.exec(tag); d; d = nsRe.exec(tag)) {
    if ((d[1] ?? '') === prefix) namespace = d[2] ?? d[3];
  }
  if (namespace === undefined) {
    throw new CodecError(`Root-element ${m[0]} heeft geen namespace; verwacht een iJw 3.2-berichtnamespace`, 'namespace', '', lineAt(text, i));
  }
  const type = NS_TO_TYPE.get(namespace);
  if (!type) {
    const hint = /istandaarden\.nl\/ijw\/(\d+)_(\d+)\//.exec(namespace);
    const extra = hint && `${hint[1]}.${hint[2]}` !== '3.2' ? ` (iJw-release ${hint[1]}.${hint[2]} wordt niet ondersteund)` : '';
    throw new CodecError(`Onbekende namespace ${namespace}${extra}; verwacht een iJw 3.2-bericht`, 'namespace', '', lineAt(text, i));
  }
  if (localName !== 'Bericht') {
    throw new CodecError(`Root-element heet ${localName}, verwacht Bericht`, 'structuur', '', lineAt(text, i));
  }
  return { type, namespace, localName };
}
