/**
 * Generates the iJw 3.2 codec tables and TypeScript types from the official XSDs in integration/ijw/xsd
 * into integration/ijw/generated/. Run with `npm run generate:codec`; the output is committed, and
 * integration/ijw/__tests__/generated.test.ts proves it is current.
 *
 * The iJw XSDs use a small subset of XML Schema: named complexTypes with one xs:sequence of xs:element
 * (minOccurs 0|1, maxOccurs 1|unbounded), named and anonymous simpleTypes as restrictions, one xs:import
 * of basisschema.xsd, elementFormDefault="qualified". Anything outside that subset makes the generator fail
 * loudly rather than produce a wrong codec.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { BERICHTTYPEN, type BerichtType } from '../integration/ijw/berichttypen.js';
import type { CodecKind } from '../integration/ijw/schemaDef.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const BASIS_FILE = 'basisschema.xsd';

type Node = Record<string, unknown>;

interface Schema {
  file: string;
  code: BerichtType | 'basis';
  targetNamespace: string;
  prefixes: Map<string, string>;
  complexTypes: Map<string, Node>;
  simpleTypes: Map<string, Node>;
  elements: Node[];
}

interface SimpleInfo {
  kind: CodecKind;
  fractionDigits?: number;
  ts: string; // TypeScript type expression
}

const ARRAYS = new Set([
  'xs:element', 'xs:complexType', 'xs:simpleType', 'xs:enumeration', 'xs:pattern', 'xs:import', 'xs:documentation',
]);

function parseXsd(dir: string, file: string, code: Schema['code']): Schema {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(readFileSync(join(dir, file), 'utf8')) as Node;
  const root = doc['xs:schema'] as Node | undefined;
  if (!root) throw new Error(`${file}: no xs:schema root`);
  const prefixes = new Map<string, string>();
  for (const [k, v] of Object.entries(root)) if (k.startsWith('@xmlns:')) prefixes.set(k.slice(7), String(v));
  if (prefixes.get('xs') !== XS) throw new Error(`${file}: expected prefix xs for ${XS}`);
  if (root['@elementFormDefault'] !== 'qualified') throw new Error(`${file}: elementFormDefault must be qualified`);
  for (const k of Object.keys(root)) {
    if (k.startsWith('@') || ['xs:annotation', 'xs:import', 'xs:element', 'xs:complexType', 'xs:simpleType'].includes(k)) continue;
    throw new Error(`${file}: unsupported top-level ${k}`);
  }
  const named = (list: unknown) => new Map(((list as Node[] | undefined) ?? []).map((n) => [String(n['@name']), n]));
  return {
    file,
    code,
    targetNamespace: String(root['@targetNamespace']),
    prefixes,
    complexTypes: named(root['xs:complexType']),
    simpleTypes: named(root['xs:simpleType']),
    elements: (root['xs:element'] as Node[] | undefined) ?? [],
  };
}

function documentation(node: Node): string {
  const ann = node['xs:annotation'] as Node | undefined;
  const docs = (ann?.['xs:documentation'] as unknown[] | undefined) ?? [];
  return docs.map((d) => (typeof d === 'string' ? d : String((d as Node)['#text'] ?? ''))).join(' ').trim();
}

class Generator {
  readonly basis: Schema;
  /** basis complex types in dependency order (children first), filled while walking the messages. */
  private readonly basisComplexOrder: string[] = [];

  constructor(private readonly dir: string) {
    this.basis = parseXsd(dir, BASIS_FILE, 'basis');
  }

  private schemaFor(ns: string, from: Schema): Schema {
    if (ns === this.basis.targetNamespace) return this.basis;
    if (ns === from.targetNamespace) return from;
    throw new Error(`${from.file}: namespace ${ns} is neither the message's nor the basisschema's`);
  }

  private resolveQName(qname: string, from: Schema): { ns: string; local: string } {
    const i = qname.indexOf(':');
    if (i < 0) throw new Error(`${from.file}: unprefixed type ${qname}`);
    const ns = from.prefixes.get(qname.slice(0, i));
    if (!ns) throw new Error(`${from.file}: unknown prefix in ${qname}`);
    return { ns, local: qname.slice(i + 1) };
  }

  /** TypeScript name of a named complex or simple type. */
  tsName(schema: Schema, local: string): string {
    if (schema.code === 'basis') return local;
    return local === 'Root' ? `${schema.code}Bericht` : `${schema.code}${local}`;
  }

  private builtin(local: string, ctx: string): SimpleInfo {
    switch (local) {
      case 'string':
      case 'normalizedString':
      case 'token':
        return { kind: 'string', ts: 'string' };
      case 'integer':
      case 'int':
      case 'long':
      case 'short':
      case 'nonNegativeInteger':
      case 'positiveInteger':
        return { kind: 'integer', ts: 'number' };
      case 'decimal':
        return { kind: 'decimal', ts: 'string' };
      case 'date':
        return { kind: 'date', ts: 'string' };
      case 'time':
        return { kind: 'time', ts: 'string' };
      case 'dateTime':
        return { kind: 'datetime', ts: 'string' };
      case 'boolean':
        return { kind: 'boolean', ts: 'boolean' };
      default:
        throw new Error(`${ctx}: unsupported built-in type xs:${local}`);
    }
  }

  /** Resolves a simpleType node (named or anonymous) to a codec kind. */
  simpleFromNode(node: Node, schema: Schema, ownName: string | undefined, ctx: string): SimpleInfo {
    const restriction = node['xs:restriction'] as Node | undefined;
    if (!restriction) throw new Error(`${ctx}: simpleType without xs:restriction`);
    const base = this.simpleFromQName(String(restriction['@base']), schema, ctx);
    const isAmount = /in 1\/100 van gehanteerde valuta/.test(documentation(node));
    let info: SimpleInfo = { ...base };
    const fd = restriction['xs:fractionDigits'] as Node | undefined;
    if (isAmount) {
      if (base.kind !== 'integer' && base.kind !== 'decimal' && base.kind !== 'bedrag') {
        throw new Error(`${ctx}: amount type on a non-numeric base`);
      }
      // iJw amounts are xs:integer in cents (fractionDigits 0). A decimal amount type would carry its digits.
      info = { kind: 'bedrag', fractionDigits: base.kind === 'integer' ? 0 : Number(fd?.['@value'] ?? base.fractionDigits ?? 2), ts: 'number' };
    }
    if (ownName) info.ts = this.tsName(schema, ownName);
    return info;
  }

  simpleFromQName(qname: string, from: Schema, ctx: string): SimpleInfo {
    const { ns, local } = this.resolveQName(qname, from);
    if (ns === XS) return this.builtin(local, ctx);
    const schema = this.schemaFor(ns, from);
    const node = schema.simpleTypes.get(local);
    if (!node) throw new Error(`${ctx}: unknown simple type ${qname}`);
    return this.simpleFromNode(node, schema, local, `${schema.file} ${local}`);
  }

  isComplex(qname: string, from: Schema): boolean {
    const { ns, local } = this.resolveQName(qname, from);
    if (ns === XS) return false;
    return this.schemaFor(ns, from).complexTypes.has(local);
  }

  /** The children of a named complex type as ElementDef source text entries. */
  complexChildren(schema: Schema, local: string): Node[] {
    const ct = schema.complexTypes.get(local);
    if (!ct) throw new Error(`${schema.file}: unknown complex type ${local}`);
    for (const k of Object.keys(ct)) {
      if (!['@name', 'xs:annotation', 'xs:sequence'].includes(k)) throw new Error(`${schema.file} ${local}: unsupported ${k}`);
    }
    const seq = ct['xs:sequence'] as Node | undefined;
    if (!seq) throw new Error(`${schema.file} ${local}: complexType without xs:sequence`);
    for (const k of Object.keys(seq)) {
      if (k !== 'xs:element') throw new Error(`${schema.file} ${local}: unsupported ${k} in sequence`);
    }
    return seq['xs:element'] as Node[];
  }

  /**
   * Emits the code for one message (or, with code 'basis', the basisschema module).
   * Returns { defs, interfaces } source text.
   */
  emitMessage(code: BerichtType): string {
    const schema = parseXsd(this.dir, `${code}.xsd`, code);
    const out: string[] = [];
    const defs: string[] = [];
    const interfaces: string[] = [];
    const seenMsg = new Set<string>();
    const basisUsed = new Set<string>();
    const basisSimpleUsed = new Set<string>();

    const defName = (s: Schema, local: string) => `def${this.tsName(s, local)}`;

    /** Emits a named complex type of `s` (post-order for defs, pre-order for interfaces). */
    const visitComplex = (s: Schema, local: string): void => {
      if (s.code === 'basis') {
        basisUsed.add(local);
        this.visitBasisComplex(local);
        return;
      }
      if (seenMsg.has(local)) return;
      seenMsg.add(local);
      const ifaceIndex = interfaces.length;
      interfaces.push(''); // placeholder keeps pre-order
      const entries: string[] = [];
      const props: string[] = [];
      for (const el of this.complexChildren(s, local)) {
        const { entry, prop, complex } = this.elementEntry(el, s, `${s.file} ${local}`, basisSimpleUsed);
        if (complex) visitComplex(complex.schema, complex.local);
        entries.push(entry);
        props.push(prop);
      }
      const doc = documentation(s.complexTypes.get(local)!);
      interfaces[ifaceIndex] = `${jsdoc(doc, '')}export interface ${this.tsName(s, local)} {\n${props.join('\n')}\n}\n`;
      defs.push(`const ${defName(s, local)}: readonly ElementDef[] = [\n${entries.join('\n')}\n];\n`);
    };

    if (schema.elements.length !== 1) throw new Error(`${schema.file}: expected exactly one global element`);
    const rootEl = schema.elements[0]!;
    const rootType = String(rootEl['@type']);
    const { local: rootLocal } = this.resolveQName(rootType, schema);
    visitComplex(schema, rootLocal);

    const prefix = code.toLowerCase();
    if (schema.prefixes.get(prefix) !== schema.targetNamespace) throw new Error(`${schema.file}: expected prefix ${prefix}`);
    const basisImports = [...basisUsed].sort().map((l) => `def${l}`);
    const typeImports = [...new Set([...basisUsed, ...basisSimpleUsed])].sort();
    out.push(HEADER(`${code}.xsd`));
    out.push(`import type { BerichtSchema, ElementDef } from '../schemaDef.js';\n`);
    if (typeImports.length) out.push(`import type { ${typeImports.join(', ')} } from './basisschema.generated.js';\n`);
    if (basisImports.length) out.push(`import { ${basisImports.join(', ')} } from './basisschema.generated.js';\n`);
    out.push('\n');
    out.push(interfaces.join('\n'));
    out.push('\n');
    out.push(defs.join('\n'));
    out.push('\n');
    out.push(
      `/** ${code}: root element ${prefix}:${String(rootEl['@name'])} in ${schema.targetNamespace}. */\n` +
        `export const ${code}: BerichtSchema = {\n` +
        `  type: '${code}',\n` +
        `  namespace: '${schema.targetNamespace}',\n` +
        `  prefix: '${prefix}',\n` +
        `  xsd: '${code}.xsd',\n` +
        `  root: { name: '${String(rootEl['@name'])}', ns: 'bericht', min: 1, max: 1, type: '${rootType}', children: ${defName(schema, rootLocal)} },\n` +
        `};\n`,
    );
    return out.join('');
  }

  private basisSeen = new Set<string>();
  private basisDefs: string[] = [];
  private basisIfaces = new Map<string, string>();

  visitBasisComplex(local: string): void {
    if (this.basisSeen.has(local)) return;
    this.basisSeen.add(local);
    const s = this.basis;
    const entries: string[] = [];
    const props: string[] = [];
    for (const el of this.complexChildren(s, local)) {
      const { entry, prop, complex } = this.elementEntry(el, s, `${s.file} ${local}`, new Set());
      if (complex) this.visitBasisComplex(complex.local);
      entries.push(entry);
      props.push(prop);
    }
    const doc = documentation(s.complexTypes.get(local)!);
    this.basisIfaces.set(local, `${jsdoc(doc, '')}export interface ${local} {\n${props.join('\n')}\n}\n`);
    this.basisDefs.push(`export const def${local}: readonly ElementDef[] = [\n${entries.join('\n')}\n];\n`);
    this.basisComplexOrder.push(local);
  }

  elementEntry(
    el: Node,
    s: Schema,
    ctx: string,
    basisSimpleUsed: Set<string>,
  ): { entry: string; prop: string; complex?: { schema: Schema; local: string } } {
    for (const k of Object.keys(el)) {
      if (!['@name', '@type', '@minOccurs', '@maxOccurs', 'xs:annotation', 'xs:simpleType'].includes(k)) {
        throw new Error(`${ctx}: unsupported ${k} on element`);
      }
    }
    const name = String(el['@name']);
    const min = el['@minOccurs'] === undefined ? 1 : Number(el['@minOccurs']);
    const maxRaw = el['@maxOccurs'];
    const max = maxRaw === undefined ? 1 : maxRaw === 'unbounded' ? -1 : Number(maxRaw);
    const ns = s.code === 'basis' ? 'basis' : 'bericht';
    const doc = documentation(el);
    const c = `${ctx} ${name}`;
    let tsType: string;
    let entry: string;
    let complex: { schema: Schema; local: string } | undefined;
    const common = `name: '${name}', ns: '${ns}', min: ${min}, max: ${max}`;
    if (el['@type'] !== undefined) {
      const type = String(el['@type']);
      if (this.isComplex(type, s)) {
        const { ns: tns, local } = this.resolveQName(type, s);
        const ts = this.schemaFor(tns, s);
        complex = { schema: ts, local };
        tsType = this.tsName(ts, local);
        entry = `  { ${common}, type: '${type}', children: def${tsType} },`;
      } else {
        const info = this.simpleFromQName(type, s, c);
        tsType = info.ts;
        const { ns: tns, local } = this.resolveQName(type, s);
        if (tns === this.basis.targetNamespace && s.code !== 'basis') basisSimpleUsed.add(local);
        entry = `  { ${common}, type: '${type}', kind: '${info.kind}'${info.fractionDigits !== undefined ? `, fractionDigits: ${info.fractionDigits}` : ''} },`;
      }
    } else if (el['xs:simpleType']) {
      const stNode = (el['xs:simpleType'] as Node[])[0]!;
      const info = this.simpleFromNode(stNode, s, undefined, c);
      // An anonymous restriction keeps the TS alias of its named base, when there is one.
      const base = String((stNode['xs:restriction'] as Node)['@base']);
      const { ns: bns, local: blocal } = this.resolveQName(base, s);
      if (bns === this.basis.targetNamespace) {
        tsType = blocal;
        if (s.code !== 'basis') basisSimpleUsed.add(blocal);
      } else tsType = info.ts;
      entry = `  { ${common}, type: '', kind: '${info.kind}'${info.fractionDigits !== undefined ? `, fractionDigits: ${info.fractionDigits}` : ''} },`;
    } else {
      throw new Error(`${c}: element without type`);
    }
    const arr = max !== 1 ? `${tsType}[]` : tsType;
    const prop = `${jsdoc(doc, '  ')}  ${name}${min === 0 ? '?' : ''}: ${arr};`;
    return { entry, prop, complex };
  }

  emitBasis(): string {
    // Every basis complex type, not only the ones the messages use, in dependency order.
    for (const local of this.basis.complexTypes.keys()) this.visitBasisComplex(local);
    const out: string[] = [HEADER(BASIS_FILE)];
    out.push(`import type { ElementDef } from '../schemaDef.js';\n\n`);
    out.push(`export const BASIS_NAMESPACE = '${this.basis.targetNamespace}';\nexport const BASIS_PREFIX = 'ijw';\n\n`);
    out.push('// Simple types: codes and text are strings, integers and cent amounts numbers, dates ISO strings.\n');
    for (const [local, node] of this.basis.simpleTypes) {
      const info = this.simpleFromNode(node, this.basis, undefined, `${BASIS_FILE} ${local}`);
      const restriction = node['xs:restriction'] as Node;
      const enums = ((restriction['xs:enumeration'] as Node[] | undefined) ?? []).map((e) => String(e['@value']));
      const notes = [documentation(node), info.kind === 'bedrag' ? 'Integer euro cents.' : '', enums.length ? `Values: ${enums.join(', ')}.` : '']
        .filter(Boolean)
        .join(' ');
      out.push(`${jsdoc(notes, '')}export type ${local} = ${info.ts};\n`);
    }
    out.push('\n');
    for (const local of this.basisComplexOrder) out.push(this.basisIfaces.get(local)!, '\n');
    out.push(this.basisDefs.join('\n'));
    return out.join('');
  }
}

function jsdoc(text: string, indent: string): string {
  const t = text.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim();
  return t ? `${indent}/** ${t} */\n` : '';
}

const HEADER = (source: string) =>
  `// GENERATED by scripts/generate-codec.ts from integration/ijw/xsd/${source}. Do not edit; run \`npm run generate:codec\`.\n/* eslint-disable */\n`;

function emitIndex(): string {
  const out: string[] = [HEADER('*.xsd')];
  out.push(`import type { BerichtType } from '../berichttypen.js';\n`);
  out.push(`import type { BerichtSchema } from '../schemaDef.js';\n`);
  for (const t of BERICHTTYPEN) out.push(`import { ${t}, type ${t}Bericht } from './${t}.generated.js';\n`);
  out.push(`\nexport type * from './basisschema.generated.js';\n`);
  for (const t of BERICHTTYPEN) out.push(`export type * from './${t}.generated.js';\n`);
  out.push(`export { BASIS_NAMESPACE, BASIS_PREFIX } from './basisschema.generated.js';\n`);
  out.push(`\n/** The codec table of every message type. */\nexport const BERICHT_SCHEMAS: { readonly [T in BerichtType]: BerichtSchema } = {\n`);
  for (const t of BERICHTTYPEN) out.push(`  ${t},\n`);
  out.push(`};\n\n/** Message type -> its typed object. */\nexport interface BerichtTypeMap {\n`);
  for (const t of BERICHTTYPEN) out.push(`  ${t}: ${t}Bericht;\n`);
  out.push(`}\n\nexport type BerichtVan<T extends BerichtType> = BerichtTypeMap[T];\nexport type AnyBericht = BerichtTypeMap[BerichtType];\n`);
  return out.join('');
}

function emitBerichtCodecs(): string {
  const out: string[] = [HEADER('*.xsd')];
  out.push(`/** parseJW301 / buildJW301 ... : typed one-liners over the table-driven codec (integration/ijw/codec.ts). */\n`);
  out.push(`import { buildBericht, parse, type BuildOptions, type ParseOptions } from '../codec.js';\n`);
  out.push(`import type { ${BERICHTTYPEN.map((t) => `${t}Bericht`).join(', ')} } from './index.generated.js';\n\n`);
  for (const t of BERICHTTYPEN) {
    out.push(`export const parse${t} = (xml: string | Uint8Array, opts?: ParseOptions): ${t}Bericht => parse('${t}', xml, opts);\n`);
    out.push(`export const build${t} = (bericht: ${t}Bericht, opts?: BuildOptions): string => buildBericht('${t}', bericht, opts);\n`);
  }
  return out.join('');
}

/** All generated files: file name -> content. Pure, so the test can compare with what is committed. */
export function generateCodecFiles(xsdDir: string): Map<string, string> {
  const files = readdirSync(xsdDir).filter((f) => f.endsWith('.xsd'));
  const expected = [BASIS_FILE, ...BERICHTTYPEN.map((t) => `${t}.xsd`)];
  for (const f of expected) if (!files.includes(f)) throw new Error(`missing ${f} in ${xsdDir}`);
  const gen = new Generator(xsdDir);
  const result = new Map<string, string>();
  for (const t of BERICHTTYPEN) result.set(`${t}.generated.ts`, gen.emitMessage(t));
  result.set('basisschema.generated.ts', gen.emitBasis());
  result.set('index.generated.ts', emitIndex());
  result.set('berichtCodecs.generated.ts', emitBerichtCodecs());
  return result;
}

export const PROJECT_ROOT = resolve(__dirname, '..');
export function findProjectRoot(): string {
  // Works from scripts/ (ts) and from dist/generate-codec/scripts/ (compiled).
  for (const candidate of [resolve(__dirname, '..'), resolve(__dirname, '../../..')]) {
    try {
      readdirSync(join(candidate, 'integration/ijw/xsd'));
      return candidate;
    } catch {
      /* next */
    }
  }
  throw new Error('cannot find integration/ijw/xsd');
}

if (require.main === module) {
  const root = findProjectRoot();
  const outDir = join(root, 'integration/ijw/generated');
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of generateCodecFiles(join(root, 'integration/ijw/xsd'))) {
    writeFileSync(join(outDir, name), content);
    console.log(`wrote integration/ijw/generated/${name}`);
  }
}
