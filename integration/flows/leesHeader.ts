/**
 * Read a message's identity from its bytes, before and independently of validation: the store needs
 * type, sender and BerichtIdentificatie even for a message the XSD rejects. Never throws.
 *
 * For a retourbericht (JW302 ...) the header's Afzender/Ontvanger/BerichtIdentificatie are those of the
 * heenbericht it answers; its own identity is IdentificatieRetour/DagtekeningRetour and it travels the
 * other way. `afzender`/`ontvanger`/`identificatie` here are always THIS message's own.
 */
import { XMLParser } from 'fast-xml-parser';
import { isBerichtType, RETOUR_VAN, type BerichtType, type Heenbericht } from '../ijw/berichttypen.js';

export interface BerichtKop {
  type: BerichtType | 'onbekend';
  afzender: string | null;
  ontvanger: string | null;
  identificatie: string | null;
  dagtekening: string | null;
  /** The municipality party of this exchange (the 4-digit code), for distribution by municipality. */
  gemeenteCode: string | null;
  /** For a retourbericht: the heenbericht it answers, as that message's own identity. */
  heen?: { type: Heenbericht; afzender: string | null; identificatie: string | null };
  retourcodes?: string[];
  /** Why no identity could be read (not XML, unknown namespace ...). */
  fout?: string;
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: false,
  isArray: (name) => name === 'RetourCode',
});

const HEEN_VAN: Record<string, Heenbericht> = Object.fromEntries(Object.entries(RETOUR_VAN).map(([h, r]) => [r, h as Heenbericht]));

const NS = /http:\/\/www\.istandaarden\.nl\/ijw\/3_2\/(jw\d{3})\/schema/;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

function isoDatum(v: unknown): string | null {
  const s = str(v);
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
}

export function gemeenteVan(...partijen: (string | null)[]): string | null {
  return partijen.find((p) => p !== null && /^\d{4}$/.test(p)) ?? null;
}

const GROOT = 1 << 20;

/** The root element with only its Header, for large messages (a JW323 declaration). */
function alleenHeader(xml: string): string | undefined {
  const start = /<((?:[\w.-]+:)?)Header[\s>]/.exec(xml.slice(0, 100_000));
  if (!start) return undefined;
  const eind = xml.indexOf(`</${start[1]}Header>`, start.index);
  if (eind < 0) return undefined;
  return `<Bericht>${xml.slice(start.index, eind + start[1]!.length + 9)}</Bericht>`;
}

/** How much of a large message is decoded to find its Header (the Header comes first, well within this). */
const KOP_BYTES = 256 * 1024;

export function leesHeader(input: string | Uint8Array): BerichtKop {
  const leeg: BerichtKop = { type: 'onbekend', afzender: null, ontvanger: null, identificatie: null, dagtekening: null, gemeenteCode: null };
  const groot = (typeof input === 'string' ? input.length : input.byteLength) > GROOT;
  // Of a large message only the start is decoded: a 100,000-prestatie JW323 as one string would add ~130 MB.
  const xml = typeof input === 'string'
    ? input
    : Buffer.from(input.buffer, input.byteOffset, groot ? Math.min(input.byteLength, KOP_BYTES) : input.byteLength).toString('utf8');
  const ns = NS.exec(xml.slice(0, 2000));
  const type = ns ? ns[1].toUpperCase() : null;
  if (!type || !isBerichtType(type)) return { ...leeg, fout: 'geen iJw 3.2-bericht herkend (namespace)' };
  let doc: any;
  try {
    // A large message (a JW323 of 100,000 prestaties is ~60 MB) is identified by its Header alone: parsing all
    // of it here would cost seconds and hundreds of MB. Its well-formedness is checked when it is processed.
    const deel = groot ? alleenHeader(xml) : xml;
    doc = deel === undefined ? undefined : parser.parse(deel);
  } catch (e) {
    return { ...leeg, type, fout: `geen goedgevormde XML: ${(e as Error).message.split('\n')[0]}` };
  }
  const h = doc?.Bericht?.Header;
  if (!h || typeof h !== 'object') return { ...leeg, type, fout: 'geen Header' };
  const hAfz = str(h.Afzender);
  const hOnt = str(h.Ontvanger);
  const hId = str(h.BerichtIdentificatie?.Identificatie);
  const hDag = isoDatum(h.BerichtIdentificatie?.Dagtekening);
  const heenType = HEEN_VAN[type];
  if (heenType) {
    const codes = h.RetourCodes?.RetourCode;
    return {
      type,
      afzender: hOnt,
      ontvanger: hAfz,
      identificatie: str(h.IdentificatieRetour),
      dagtekening: isoDatum(h.DagtekeningRetour),
      gemeenteCode: gemeenteVan(hAfz, hOnt),
      heen: { type: heenType, afzender: hAfz, identificatie: hId },
      retourcodes: Array.isArray(codes) ? codes.map(str).filter((c): c is string => c !== null) : [],
    };
  }
  return { type, afzender: hAfz, ontvanger: hOnt, identificatie: hId, dagtekening: hDag, gemeenteCode: gemeenteVan(hOnt, hAfz) };
}
