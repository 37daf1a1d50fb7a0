/**
 * Splits a JW323 byte stream at Client boundaries into small, complete JW323 documents ("chunks"),
 * so a declaration of 100,000 prestaties is validated, parsed and checked a few thousand at a time
 * in bounded memory.
 *
 * A chunk is   prefix · gap · Client_k … Client_m · suffix   where
 * - prefix = the bytes from the start of the message up to the first Client start tag (XML declaration,
 *   root with its namespace declarations, Header, Declaratie up to and including <Clienten>);
 * - gap = whatever stood between the previous chunk's last Client and Client_k (whitespace, comments);
 * - suffix = for every chunk but the last, the end tags of the open elements (</Clienten></Declaratie>
 *   </Bericht>, synthesized from the element stack); for the last chunk, the real bytes after the last
 *   Client (so anything invalid there is seen by the XSD check of that chunk).
 * Every byte of the message is in exactly one chunk body or in the prefix/suffix every chunk shares.
 *
 * Why chunk validity equals message validity (JW323.xsd + basisschema.xsd, iJw 3.2):
 * - Clienten is `<xs:sequence><xs:element name="Client" maxOccurs="unbounded"/></xs:sequence>`: any
 *   count ≥ 1 of valid Clients. Declaratie and Bericht end with Clienten resp. Declaratie, so a valid
 *   message has nothing but end tags (and whitespace / comments) after the last Client.
 * - The schemas declare no identity constraints (xs:unique / xs:key / xs:keyref) and no xs:ID/IDREF, and
 *   all types are local: a Client is valid or not on its own subtree alone.
 * - So: message valid ⟺ prefix/suffix valid around one Client ∧ every Client valid ⟺ every chunk valid.
 *   Well-formedness: this splitter tracks the depth over the whole stream, checks the names of the
 *   elements above and at Client, and refuses DOCTYPE/ENTITY; libxml2 checks everything else inside each
 *   chunk (names of nested elements, characters, references). Each chunk well-formed ⇒ each body is a
 *   balanced sequence of content at Clienten level ⇒ their concatenation is, and the last chunk shows
 *   that the real suffix closes what the prefix opened ⇒ the message is well-formed.
 * What a chunk cannot see are the in-message rules that compare Clients with each other or with the
 * Declaratie totals (TR358 TotaalIngediendBedrag, TR101, TR315, TR316, TR416): those are checked over the
 * whole message by integration/declaraties/verwerkJW323.ts (running sum; SQL over the stored rows).
 *
 * Limitation: a chunk holds at least one whole Client, so one Client's prestaties are never split.
 */
import { MAX_BERICHT_BYTES } from '../limieten.js';
import { CodecError } from '../ijw/xmlInput.js';

export interface JW323Chunk {
  /** A complete JW323 document. */
  xml: Buffer;
  /** Index (0-based, in the whole message) of the chunk's first Client. */
  clientOffset: number;
  clientCount: number;
  /** Whether this is the last chunk (its suffix is the message's own). */
  laatste: boolean;
}

export interface SplitOptions {
  /** Close a chunk after this many Clients (default 250). */
  maxClients?: number;
  /** ... or once its body reaches this many bytes (default 1 MiB). */
  maxBytes?: number;
  /** Refuse messages larger than this (default: the platform limit, integration/limieten.ts). */
  maxTotalBytes?: number;
}

const LT = 0x3c;
const GT = 0x3e;
const PATH = ['Bericht', 'Declaratie', 'Clienten', 'Client'] as const;

function localName(q: string): string {
  const i = q.indexOf(':');
  return i < 0 ? q : q.slice(i + 1);
}

function isWs(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Yields chunks as the bytes arrive. Throws CodecError('syntax'|'dtd'|'grootte') when the stream is not
 * a well-formed-looking XML document; XSD validity is checked per chunk by the caller.
 */
export async function* splitJW323(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, opts: SplitOptions = {}): AsyncGenerator<JW323Chunk> {
  const maxClients = opts.maxClients ?? 250;
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const maxTotal = opts.maxTotalBytes ?? MAX_BERICHT_BYTES;
  const it: AsyncIterator<Uint8Array> | Iterator<Uint8Array> =
    Symbol.asyncIterator in source ? (source as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]() : (source as Iterable<Uint8Array>)[Symbol.iterator]();

  let buf: Buffer = Buffer.alloc(0);
  let pos = 0; // scan position in buf
  let total = 0;
  let eof = false;
  const stack: string[] = [];
  let rootSeen = false;

  let prefix: Buffer | undefined;
  let wrapper: string[] = []; // qnames of Bericht, Declaratie, Clienten as written
  let bodyStart = -1; // start in buf of the current chunk body (gap + clients)
  let clientStart = -1; // start in buf of the open Client
  let lastClientEnd = -1; // just after the last Client end tag
  let bodyClients = 0;
  let clientIndex = 0;
  let pending: { body: Buffer; clientOffset: number; clientCount: number } | undefined;
  // Fast mode: inside a Client jump straight to its end tag with Buffer.indexOf (native). Only while no
  // comment, CDATA, PI or declaration ('<!', '<?') occurs after the prefix: those could hide or fake an
  // end tag. A misplaced cut cannot pass unnoticed: the chunk would not be well-formed for libxml2.
  let snel = true;
  let clientEind: Buffer | undefined;
  const bijzonder = (from: number) => {
    const f = Math.max(0, from);
    if (buf.indexOf('<!', f, 'latin1') >= 0 || buf.indexOf('<?', f, 'latin1') >= 0) snel = false;
  };

  const syntax = (msg: string) => new CodecError(`JW323 is niet welgevormd: ${msg}`, 'syntax');

  async function more(): Promise<boolean> {
    if (eof) return false;
    const r = await it.next();
    if (r.done) {
      eof = true;
      return false;
    }
    const piece = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    total += piece.length;
    const oud = buf.length;
    if (total > maxTotal) throw new CodecError(`Bericht groter dan de limiet van ${maxTotal} bytes`, 'grootte');
    if (prefix === undefined) {
      buf = buf.length === 0 ? piece : Buffer.concat([buf, piece]);
      return true;
    }
    // Keep only what a later chunk still needs.
    let from = pos;
    for (const o of [bodyStart, clientStart, lastClientEnd]) if (o >= 0 && o < from) from = o;
    buf = Buffer.concat([buf.subarray(from), piece]);
    pos -= from;
    if (bodyStart >= 0) bodyStart -= from;
    if (clientStart >= 0) clientStart -= from;
    if (lastClientEnd >= 0) lastClientEnd -= from;
    if (snel) bijzonder(oud - from - 1);
    return true;
  }

  const synthSuffix = () => Buffer.from([...wrapper].reverse().map((q) => `</${q}>`).join(''), 'utf8');

  function chunk(p: NonNullable<typeof pending>, laatste: boolean, suffix: Buffer): JW323Chunk {
    return { xml: Buffer.concat([prefix!, p.body, suffix]), clientOffset: p.clientOffset, clientCount: p.clientCount, laatste };
  }

  await more();
  for (;;) {
    if (snel && stack.length === 4 && clientEind) {
      const e = buf.indexOf(clientEind, pos);
      if (e < 0) {
        if (!(await more())) throw syntax('onverwacht einde van het bericht');
        continue;
      }
      if (snel) pos = e; // the end tag itself is read below, with its name checked
    }
    const lt = buf.indexOf(LT, pos);
    if (lt < 0) {
      pos = buf.length;
      if (!(await more())) break;
      continue;
    }
    let end = -1;
    let kind: 'overig' | 'end' | 'start' | 'need' = 'need';
    if (buf.length - lt < 9 && !eof) {
      kind = 'need';
    } else if (buf[lt + 1] === 0x21 /* ! */) {
      if (buf.subarray(lt, lt + 4).toString('latin1') === '<!--') {
        const e = buf.indexOf('-->', lt + 4, 'latin1');
        if (e >= 0) [kind, end] = ['overig', e + 3];
      } else if (buf.subarray(lt, lt + 9).toString('latin1') === '<![CDATA[') {
        const e = buf.indexOf(']]>', lt + 9, 'latin1');
        if (e >= 0) [kind, end] = ['overig', e + 3];
      } else {
        throw new CodecError('Bericht bevat een DTD of declaratie (<!...); dat is niet toegestaan', 'dtd');
      }
    } else if (buf[lt + 1] === 0x3f /* ? */) {
      const e = buf.indexOf('?>', lt + 2, 'latin1');
      if (e >= 0) [kind, end] = ['overig', e + 2];
    } else {
      // A start or end tag. Deep inside a Client only the depth matters (names are checked by libxml2 in
      // the chunk); near the root the names are read, and the '>' is found outside quoted attribute values.
      if (stack.length >= 4) {
        const gt = buf.indexOf(GT, lt + 1);
        if (gt >= 0) [kind, end] = [buf[lt + 1] === 0x2f /* / */ ? 'end' : 'start', gt + 1];
      } else {
        let i = lt + 1;
        let quote = 0;
        for (; i < buf.length; i++) {
          const b = buf[i]!;
          if (quote) {
            if (b === quote) quote = 0;
          } else if (b === 0x22 || b === 0x27) quote = b;
          else if (b === GT) break;
          else if (b === LT) throw syntax(`'<' binnen een tag`);
        }
        if (i < buf.length) [kind, end] = [buf[lt + 1] === 0x2f /* / */ ? 'end' : 'start', i + 1];
      }
    }
    if (kind === 'need') {
      if (!(await more())) throw syntax('onverwacht einde van het bericht');
      continue;
    }
    if (kind === 'start' || kind === 'end') {
      const selfClosing = kind === 'start' && buf[end - 2] === 0x2f;
      if (stack.length >= 4 && !(kind === 'end' && stack.length === 4)) {
        // inside a Client: depth only ('' stands for a name not read)
        if (kind === 'start') {
          if (!selfClosing) stack.push('');
        } else stack.pop();
        pos = end;
        continue;
      }
      const inner = buf.toString('utf8', lt + (kind === 'end' ? 2 : 1), end - 1);
      const m = /^([^\s/>]+)/.exec(inner);
      if (!m) throw syntax('lege tagnaam');
      const qname = m[1]!;
      if (kind === 'start') {
        if (stack.length === 0 && rootSeen) throw syntax('meer dan één root-element');
        rootSeen = true;
        const isClient =
          !selfClosing && stack.length === 3 && localName(qname) === PATH[3] && stack.every((q, d) => localName(q) === PATH[d]);
        if (isClient) {
          if (prefix === undefined) {
            prefix = Buffer.from(buf.subarray(0, lt));
            wrapper = stack.slice(0, 3);
            bodyStart = lt;
            clientEind = Buffer.from(`</${qname}>`, 'utf8');
            bijzonder(lt);
          } else if (bodyStart < 0) {
            // A new chunk starts here; the gap since the previous chunk's last Client belongs to it.
            bodyStart = lastClientEnd >= 0 ? lastClientEnd : lt;
            if (pending) {
              yield chunk(pending, false, synthSuffix());
              pending = undefined;
            }
          }
          clientStart = lt;
          lastClientEnd = -1;
        }
        if (!selfClosing) stack.push(qname);
      } else {
        const open = stack.pop();
        if (open !== qname) throw syntax(`eindtag </${qname}> sluit <${open ?? ''}>`);
        if (clientStart >= 0 && stack.length === 3) {
          clientStart = -1;
          bodyClients++;
          clientIndex++;
          lastClientEnd = end;
          if (bodyClients >= maxClients || end - bodyStart >= maxBytes) {
            pending = { body: Buffer.from(buf.subarray(bodyStart, end)), clientOffset: clientIndex - bodyClients, clientCount: bodyClients };
            bodyStart = -1;
            bodyClients = 0;
          }
        }
      }
    }
    pos = end;
  }

  if (stack.length > 0) throw syntax(`element <${stack[stack.length - 1]}> is niet gesloten`);
  if (!rootSeen) throw syntax('geen root-element');
  if (prefix === undefined) {
    // No Client at all: the message itself is the one chunk (the XSD check rejects it).
    yield { xml: Buffer.from(buf), clientOffset: 0, clientCount: 0, laatste: true };
    return;
  }
  const realSuffix = Buffer.from(buf.subarray(lastClientEnd));
  if (bodyStart >= 0) {
    pending = { body: Buffer.from(buf.subarray(bodyStart, lastClientEnd)), clientOffset: clientIndex - bodyClients, clientCount: bodyClients };
  }
  if (pending) yield chunk(pending, true, realSuffix);
}
