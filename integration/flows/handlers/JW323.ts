/**
 * JW323 (declaratie) in the pipeline: the rules have judged the message (integration/declaraties/beoordeling,
 * memoised, so this reads the same judgement); the handler books it in the pipeline's transaction:
 * the declaration, its prestaties with outcomes and reasons, allocation use, budget and contract ledgers.
 * A prestatie is approved only when no finding of any layer sits on it or on its Client (HandlerContext).
 * Large messages take the streaming path instead (integration/declaraties/verwerkJW323.ts).
 */
import type { JW323Bericht } from '../../ijw/generated/JW323.generated.js';
import type { Bevinding, Queryable } from '../../rules/Regel.js';
import { beoordeling } from '../../declaraties/beoordeling.js';
import { boekChunk, naarBoeking, sluitAf, startDeclaratie, weigerDeclaratie } from '../../declaraties/boek.js';
import { clientPad, type DeclaratieKop } from '../../declaraties/typen.js';
import { JW323_REGELS } from '../../declaraties/regels.js';
import type { BerichtHandler, HandlerResultaat } from '../Handler.js';

const EIGEN = new Set(JW323_REGELS.map((r) => r.code));

/** Inserts the declaration row; a concurrent duplicate number (23505 on declaratie_nummer_uniq) becomes TR333. */
export async function startOfDubbel(db: Queryable, kop: DeclaratieKop, berichtId: string | null): Promise<{ id: string } | { bevinding: Bevinding }> {
  await db.query('SAVEPOINT declaratie_start');
  try {
    const id = await startDeclaratie(db, kop, berichtId);
    await db.query('RELEASE SAVEPOINT declaratie_start');
    return { id };
  } catch (e) {
    await db.query('ROLLBACK TO SAVEPOINT declaratie_start');
    if ((e as { code?: string }).code !== '23505') throw e;
    return {
      bevinding: {
        regel: 'TR333', retourcode: '9333', klasse: 'Declaratie', klassePad: 'Declaratie', pad: 'Declaratie.DeclaratieNummer',
        melding: `DeclaratieNummer ${kop.nummer} is tegelijk in een ander bericht gebruikt`, controleniveau: 'berichtoverstijgend',
      },
    };
  }
}

export const JW323Handler: BerichtHandler<JW323Bericht> = {
  type: 'JW323',
  async handle(bericht, ctx): Promise<HandlerResultaat> {
    const b = await beoordeling(bericht, ctx.db);
    const opDeclaratie = ctx.bevindingen.filter((f) => f.klassePad === 'Declaratie');
    if (opDeclaratie.length) {
      return { declaratieIds: [await weigerDeclaratie(ctx.db, b.kop, ctx.bericht.id, opDeclaratie)] };
    }
    const start = await startOfDubbel(ctx.db, b.kop, ctx.bericht.id);
    if ('bevinding' in start) {
      return { bevindingen: [start.bevinding], declaratieIds: [await weigerDeclaratie(ctx.db, b.kop, ctx.bericht.id, [start.bevinding])] };
    }
    // Findings of other layers (in-message rules, other registries) on a Prestatie or its Client.
    const anders = new Map<string, Bevinding[]>();
    for (const f of ctx.bevindingen) {
      if (EIGEN.has(f.regel) || !f.klassePad.startsWith('Declaratie.Clienten.')) continue;
      const l = anders.get(f.klassePad);
      if (l) l.push(f);
      else anders.set(f.klassePad, [f]);
    }
    const rows = b.uitkomsten.map((u) => naarBoeking(u, anders.get(u.p.klassePad) ?? [], anders.get(clientPad(u.p.clientIndex)) ?? []));
    await boekChunk(ctx.db, b.kop, start.id, rows);
    await sluitAf(ctx.db, b.kop.gemeente, start.id);
    const clientIds = [...new Set(b.uitkomsten.flatMap((u) => (u.toewijzing ? [u.toewijzing.client_id] : [])))];
    return { declaratieIds: [start.id], clientIds };
  },
};
