/**
 * Maps line numbers in a message (as libxml2 reports them) to dotted paths into the typed object
 * ('Client.Prestaties.Prestatie[2].ProductTarief'), by one scan over the tags, using the codec table to
 * know which elements repeat. Used only when there are errors, so it favours simplicity over speed.
 */
import type { BerichtType } from './berichttypen.js';
import { BERICHT_SCHEMAS } from './generated/index.generated.js';
import { pad } from './pad.js';
import type { ElementDef } from './schemaDef.js';

interface Frame {
  defs: readonly ElementDef[] | undefined;
  path: string;
  counts: Map<string, number>;
}

const TOKEN_SOURCE = String.raw`<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:\s[^>]*?)?(\/?)>`;

/** A position libxml2 reported: a line, and the element's local name when the message names it. */
export interface Plek {
  line: number;
  naam?: string;
}

/**
 * For each requested position: the path of the first element starting on that line (the first one with
 * the given name, if any), else the innermost element open at that line ('' = the root element).
 */
export function padsOpRegels(type: BerichtType, text: string, plekken: readonly Plek[]): string[] {
  const wanted = [...new Set(plekken.map((p) => p.line))].sort((a, b) => a - b);
  /** line -> elements starting on it ([name, path]) and the innermost open path before the first of them */
  const onLine = new Map<number, { open: string; starts: [string, string][] }>();
  const root = BERICHT_SCHEMAS[type].root;
  const stack: Frame[] = [];
  let line = 1;
  let pos = 0;
  let w = 0;
  const countNl = (from: number, to: number) => {
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) line++;
  };
  const top = () => stack[stack.length - 1]?.path ?? '';
  const TOKEN = new RegExp(TOKEN_SOURCE, 'g');
  for (let m = TOKEN.exec(text); m && w < wanted.length; m = TOKEN.exec(text)) {
    countNl(pos, m.index);
    pos = m.index;
    for (; w < wanted.length && wanted[w]! < line; w++) {
      if (!onLine.has(wanted[w]!)) onLine.set(wanted[w]!, { open: top(), starts: [] });
    }
    if (w < wanted.length && wanted[w] === line && !onLine.has(line)) onLine.set(line, { open: top(), starts: [] });
    if (m[2] !== undefined) {
      if (m[1] === '/') {
        stack.pop();
      } else {
        const name = m[2];
        let path: string;
        let defs: readonly ElementDef[] | undefined;
        const parent = stack[stack.length - 1];
        if (!parent) {
          path = '';
          defs = name === root.name ? root.children : undefined;
        } else if (!parent.defs) {
          // inside an element the XSD does not know: report the outermost unknown one (keeps paths short
          // and this scan linear on deeply nested junk)
          path = parent.path;
          defs = undefined;
        } else {
          const def = parent.defs.find((d) => d.name === name);
          const idx = parent.counts.get(name) ?? 0;
          parent.counts.set(name, idx + 1);
          path = def && def.max !== 1 ? pad(parent.path, name, idx) : pad(parent.path, name);
          defs = def?.children;
        }
        onLine.get(line)?.starts.push([name, path]);
        if (m[3] !== '/') stack.push({ defs, path, counts: new Map() });
      }
    }
    countNl(pos, pos + m[0].length);
    pos += m[0].length;
  }
  const endOpen = top();
  return plekken.map(({ line: l, naam }) => {
    const info = onLine.get(l);
    if (!info) return endOpen;
    const hit = (naam && info.starts.find(([n]) => n === naam)) || info.starts[0];
    return hit ? hit[1] : info.open;
  });
}

export function padOpRegel(type: BerichtType, text: string, line: number, naam?: string): string {
  return padsOpRegels(type, text, [{ line, naam }])[0] ?? '';
}
