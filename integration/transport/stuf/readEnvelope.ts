/**
 * Reading side shared by Di01, Du01 and Fo01: guard, well-formedness, root element (local name and
 * namespace) and small typed accessors over the fast-xml-parser tree. Schema validation is separate
 * (StufValidator) so this stays synchronous; these checks make unwrapping safe even without it.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { guardXml, type GuardOptions } from './guardXml';
import { StufError } from './StufError';
import { NS_GGK, NS_STUF, type Systeem } from './stuurgegevens';

export type EnvelopeKind = 'Di01' | 'Du01' | 'Fo01';

export const ROOT_ELEMENTS: Readonly<Record<EnvelopeKind, { name: string; ns: string }>> = Object.freeze({
  Di01: { name: 'envelopHeenbericht-ggk_Di01', ns: NS_GGK },
  Du01: { name: 'envelopRetourbericht-ggk_Du01', ns: NS_GGK },
  Fo01: { name: 'Fo01Bericht', ns: NS_STUF },
});

export type XmlNode = { readonly [key: string]: unknown };

export interface ReadEnvelope {
  kind: EnvelopeKind;
  root: XmlNode;
  /** The guarded text (BOM stripped), e.g. to quote it in a Fo01's detailsXML. */
  text: string;
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Fo01 body.detailsXML holds a whole original envelope: keep it as raw XML text.
  stopNodes: ['*.detailsXML'],
});

/** Reads any envelope; `expected` narrows it and turns another kind into STUF_WRONG_ROOT. */
export function readEnvelope(xml: string | Uint8Array, expected?: EnvelopeKind, options?: GuardOptions): ReadEnvelope {
  const text = guardXml(xml, options);
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true) {
    throw new StufError('STUF_NOT_WELLFORMED', `envelope is not well-formed XML: ${wellFormed.err.msg}`, undefined, [
      { message: wellFormed.err.msg, line: wellFormed.err.line },
    ]);
  }
  const { prefix, local, namespaces } = rootTag(text);
  const ns = namespaces[prefix];
  const kind = (Object.keys(ROOT_ELEMENTS) as EnvelopeKind[]).find((k) => ROOT_ELEMENTS[k].name === local && ROOT_ELEMENTS[k].ns === ns);
  if (kind === undefined || (expected !== undefined && kind !== expected)) {
    const want = expected ? `{${ROOT_ELEMENTS[expected].ns}}${ROOT_ELEMENTS[expected].name}` : 'a Di01, Du01 or Fo01 envelope';
    throw new StufError('STUF_WRONG_ROOT', `root element {${ns ?? ''}}${local} is not ${want}`);
  }
  const tree = parser.parse(text) as Record<string, unknown>;
  return { kind, root: tree[local] as XmlNode, text };
}

/** Root element QName and the namespaces declared on it (libxml2 checks nested declarations via the XSD). */
function rootTag(text: string): { prefix: string; local: string; namespaces: Record<string, string> } {
  const body = text.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->))*\s*/, '');
  const m = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/.exec(body);
  if (!m) throw new StufError('STUF_NOT_WELLFORMED', 'no root element found');
  const [, first, second, attrs = ''] = m;
  const namespaces: Record<string, string> = {};
  for (const a of attrs.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g)) namespaces[a[1] ?? ''] = a[3] ?? a[4] ?? '';
  return second === undefined ? { prefix: '', local: first!, namespaces } : { prefix: first!, local: second, namespaces };
}

export function child(node: XmlNode, name: string, path: string): XmlNode {
  const value = node[name];
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new StufError('STUF_MISSING_ELEMENT', `${path}.${name} is missing`, `${path}.${name}`);
  }
  return value as XmlNode;
}

/** Text content of an optional simple element ('' for an empty element); undefined when absent. */
export function optionalText(node: XmlNode, name: string, path: string): string | undefined {
  const value = node[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const t = (value as XmlNode)['#text'];
    return typeof t === 'string' ? t : '';
  }
  throw new StufError('STUF_INVALID_VALUE', `${path}.${name} occurs more than once`, `${path}.${name}`);
}

export function requiredText(node: XmlNode, name: string, path: string): string {
  const value = optionalText(node, name, path);
  if (value === undefined || value === '') throw new StufError('STUF_MISSING_ELEMENT', `${path}.${name} is missing or empty`, `${path}.${name}`);
  return value;
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

export function readSysteem(node: XmlNode, path: string): Systeem {
  const s: Systeem = {
    organisatie: requiredText(node, 'organisatie', path),
    applicatie: requiredText(node, 'applicatie', path),
  };
  const administratie = optionalText(node, 'administratie', path);
  const gebruiker = optionalText(node, 'gebruiker', path);
  if (administratie !== undefined) s.administratie = administratie;
  if (gebruiker !== undefined) s.gebruiker = gebruiker;
  return s;
}

export function expectBerichtcode(stuurgegevens: XmlNode, code: string, path: string): void {
  const actual = requiredText(stuurgegevens, 'berichtcode', path);
  if (actual !== code) throw new StufError('STUF_INVALID_VALUE', `${path}.berichtcode is '${actual}', expected '${code}'`, `${path}.berichtcode`);
}
