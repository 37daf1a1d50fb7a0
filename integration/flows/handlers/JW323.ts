/**
 * JW323 (declaratie) as one parsed object, for a small message: the rules have judged it through Regel.check
 * (integration/declaraties/beoordeling, memoised, so this reads the same judgement); the handler books it in the
 * caller's transaction: the declaration, its prestaties with outcomes and reasons, allocation use, budget and
 * contract ledgers. A prestatie is approved only when no finding of any layer sits on it or on its Client.
 * Not in the pipeline (every JW323 there takes the streaming path, integration/declaraties/pipelineJW323.ts);
 * test/declaraties.harness.ts books through it (the rule tests, without the pipeline).
 */
import type { JW323Bericht } from '../../ijw/generated/JW323.generated.js';
import type { Bevinding } from '../../rules/Regel.js';
import { beoordeling } from '../../declaraties/beoordeling.js';
import { boekChunk, naarBoeking, sluitAf, startOfDubbel, weigerDeclaratie } from '../../declaraties/boek.js';
import { clientPad } from '../../declaraties/typen.js';
import { JW323_REGELS } from '../../declaraties/regels.js';
import type { BerichtHandler, HandlerResultaat } from '../Handler.js';

const EIGEN = new Set(JW323_REGELS.map((r) => r.code));

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
