/**
 * The rule runner: runs the registered rules for one message type on a schema-valid typed message and
 * collects every finding (rules report through ctx.report, they never throw), up to a cap. The traversals
 * several rules share (every Prestatie of a JW323 ...) are built once per run (berichtIndex.ts).
 */
import type { BerichtType } from '../ijw/berichttypen.js';
import { openIndex } from './berichtIndex.js';
import { standaardBronnen } from './bronnen.js';
import { metLeesGeheugen } from './leesGeheugen.js';
import type { Bevinding, Controleniveau, ExterneBronnen, Queryable, Regel, RegelContext } from './Regel.js';
import { alleRegels } from './specifiedRegels.js';

/** The stages after the XSD, each a set of levels; a stage runs when the earlier ones found nothing. */
const STAPPEN: readonly (readonly Controleniveau[])[] = [['bericht'], ['extern', 'berichtoverstijgend']];

export const MAX_BEVINDINGEN = 100;

export interface RegelOpties {
  /** External sources (TR135, TR378, TR381); default: the project's code lists and today's date. */
  bronnen?: ExterneBronnen;
  /** The handler's transaction, for 'berichtoverstijgend' rules; those rules are skipped without it. */
  db?: Queryable;
  /** Only these levels (default all but 'xsd'). */
  controleniveaus?: readonly Controleniveau[];
  /** The rule list to draw from (default alleRegels); tests and regional extensions pass their own. */
  regels?: readonly Regel[];
  /** Stop collecting after this many findings (default 100). */
  maxBevindingen?: number;
  /** The XSD outcome: when it holds findings the message is not schema-valid and no rule runs. */
  xsd?: readonly Bevinding[];
  /** Run every level even when an earlier one found something (default false, as IV028 prescribes). */
  alleNiveaus?: boolean;
}

class Vol extends Error {}

interface Plan {
  stappen: Regel[][];
  bronnen: ExterneBronnen;
  db: Queryable | undefined;
  max: number;
  alleNiveaus: boolean;
}

function plan(type: BerichtType, opts: RegelOpties): Plan | undefined {
  if (opts.xsd && opts.xsd.length > 0) return undefined;
  const niveaus = opts.controleniveaus ?? ['bericht', 'extern', 'berichtoverstijgend'];
  const bron = opts.regels ?? alleRegels;
  const stappen = STAPPEN.map((stap) =>
    bron.filter(
      (r) =>
        r.berichten.includes(type) &&
        stap.includes(r.controleniveau) &&
        niveaus.includes(r.controleniveau) &&
        (r.controleniveau !== 'berichtoverstijgend' || opts.db !== undefined),
    ),
  );
  return {
    stappen,
    bronnen: opts.bronnen ?? standaardBronnen,
    // One memo per run (= per message): rules asking the same read-only question share one round trip.
    db: opts.db ? metLeesGeheugen(opts.db) : undefined,
    max: opts.maxBevindingen ?? MAX_BEVINDINGEN,
    alleNiveaus: opts.alleNiveaus ?? false,
  };
}

function context(regel: Regel, p: Plan, uit: Bevinding[]): RegelContext {
  return {
    bronnen: p.bronnen,
    ...(p.db ? { db: p.db } : {}),
    report(m) {
      if (uit.length >= p.max) throw new Vol();
      uit.push({
        regel: regel.code,
        retourcode: m.retourcode ?? regel.retourcode,
        klasse: m.klasse,
        klassePad: m.klassePad,
        pad: m.pad,
        melding: m.melding,
        ...(m.regelnummer !== undefined ? { regelnummer: m.regelnummer } : {}),
        controleniveau: regel.controleniveau,
      });
      if (uit.length >= p.max) throw new Vol();
    },
  };
}

function fout(regel: Regel, e: unknown): Error {
  return new Error(`Regel ${regel.code} faalde: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}

/**
 * Runs the rules for `type` on a schema-valid typed message and returns every finding (up to the cap).
 * Async because cross-message rules query ctx.db; in-message and external rules are synchronous.
 */
export async function runRegels(type: BerichtType, bericht: unknown, opts: RegelOpties = {}): Promise<Bevinding[]> {
  const p = plan(type, opts);
  const uit: Bevinding[] = [];
  if (!p) return uit;
  const sluitIndex = openIndex(bericht);
  try {
    for (const stap of p.stappen) {
      for (const regel of stap) {
        try {
          await regel.check(bericht, context(regel, p, uit));
        } catch (e) {
          if (e instanceof Vol) throw e;
          throw fout(regel, e);
        }
      }
      if (uit.length > 0 && !p.alleNiveaus) break;
    }
  } catch (e) {
    if (!(e instanceof Vol)) throw e;
  } finally {
    sluitIndex();
  }
  return uit;
}

/**
 * The synchronous path for in-message and external rules (no ctx.db): the hot path of bulk validation.
 * Throws when a selected rule turns out to be asynchronous.
 */
export function runRegelsSync(type: BerichtType, bericht: unknown, opts: Omit<RegelOpties, 'db'> = {}): Bevinding[] {
  const p = plan(type, { ...opts, db: undefined });
  const uit: Bevinding[] = [];
  if (!p) return uit;
  const sluitIndex = openIndex(bericht);
  try {
    for (const stap of p.stappen) {
      for (const regel of stap) {
        let r: void | Promise<void>;
        try {
          r = regel.check(bericht, context(regel, p, uit));
        } catch (e) {
          if (e instanceof Vol) throw e;
          throw fout(regel, e);
        }
        if (r instanceof Promise) throw new Error(`Regel ${regel.code} is asynchroon; gebruik runRegels`);
      }
      if (uit.length > 0 && !p.alleNiveaus) break;
    }
  } catch (e) {
    if (!(e instanceof Vol)) throw e;
  } finally {
    sluitIndex();
  }
  return uit;
}

