/**
 * `jeugdregie simulate`: one turn of the provider simulator (integration/simulator) against a running Jeugdregie,
 * through the GGk-portal-shaped directory mailbox (`--postbus`: its own folder uploads/<agb>/, which Jeugdregie polls) or
 * POST /ijw (`--url`, as aanbieder:<agb> with `--token` or else a development token; answers still read from the
 * mailbox's downloads). Each run: read the downloads and answer every JW301 (JW302) and
 * JW319 (JW320); then send the requests asked for (JW315), start the allocations held (JW305), stop the running
 * ones (JW307). The provider's state (requests, allocations, starts, stops) lives in a JSON file between runs.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { maakBronnen } from '../rules/bronnen.js';
import { AanbiederSimulator } from '../simulator/aanbieder.js';
import { bewaarStaat, laadStaat } from '../simulator/staat.js';
import { directoryTransport, httpTransport } from '../simulator/transport.js';
import { UsageError, type CliIo } from './io.js';

export const SIMULATE_USAGE =
  'jeugdregie simulate --postbus <map> --agb <AGB> [--url http://host:port/ijw [--token <JWT>]] [--staat <bestand.json>] [--seed N] [--vandaag JJJJ-MM-DD]\n' +
  '                    [--verzoeken N --gemeente <CBS> --product <cat>[:<code>] [--ingangsdatum D] [--einddatum D] [--volume N --eenheid E --frequentie F]]\n' +
  '                    [--start] [--stop [--reden 31]] [--json]';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      postbus: { type: 'string' }, agb: { type: 'string' }, url: { type: 'string' }, token: { type: 'string' }, staat: { type: 'string' }, seed: { type: 'string', default: '1' },
      vandaag: { type: 'string' }, verzoeken: { type: 'string', default: '0' }, gemeente: { type: 'string', multiple: true }, product: { type: 'string', multiple: true },
      ingangsdatum: { type: 'string' }, einddatum: { type: 'string' }, volume: { type: 'string' }, eenheid: { type: 'string' }, frequentie: { type: 'string' },
      start: { type: 'boolean', default: false }, stop: { type: 'boolean', default: false }, reden: { type: 'string', default: '31' }, json: { type: 'boolean', default: false },
    },
  });
  if (!values.postbus || !values.agb) throw new UsageError(SIMULATE_USAGE);
  if (!/^\d{8}$/.test(values.agb)) throw new UsageError('--agb: een AGB-code van 8 cijfers');
  for (const d of [values.vandaag, values.ingangsdatum, values.einddatum]) if (d !== undefined && !DATUM.test(d)) throw new UsageError(`datum ${d}: verwacht JJJJ-MM-DD`);
  const aantal = Number(values.verzoeken);
  if (!Number.isInteger(aantal) || aantal < 0) throw new UsageError('--verzoeken moet een geheel getal >= 0 zijn');
  if (aantal > 0 && (!values.gemeente?.length || !values.product?.length)) throw new UsageError('--verzoeken vraagt --gemeente en --product');
  const omvang = values.volume ? { volume: Number(values.volume), eenheid: values.eenheid ?? '04', frequentie: values.frequentie ?? '2' } : undefined;

  const staatBestand = values.staat ?? path.join(values.postbus, `simulator-${values.agb}.json`);
  const vandaag = values.vandaag ?? new Date().toISOString().slice(0, 10);
  const sim = new AanbiederSimulator({
    agb: values.agb,
    transport: values.url ? httpTransport(values.url, values.postbus, values.agb, values.token) : directoryTransport(values.postbus, values.agb),
    seed: Number(values.seed),
    staat: laadStaat(staatBestand, values.agb),
    vandaag: () => vandaag,
    bronnen: maakBronnen({ vandaag }),
  });

  const verslag = { gelezen: 0, beantwoord: 0, retouren: 0, verzoeken: 0, starts: 0, stops: 0, open: 0, codes: {} as Record<string, number> };
  try {
    for (const o of await sim.verwerkPost()) {
      verslag.gelezen++;
      if (o.antwoord) verslag.beantwoord++;
      if (o.antwoordOp) verslag.retouren++;
      for (const c of o.codes) verslag.codes[c] = (verslag.codes[c] ?? 0) + 1;
      if (!values.json) io.out(`ontvangen ${o.type ?? '?'} (${o.envelop})${o.antwoordOp ? ` op ${o.antwoordOp}` : ''}: ${o.codes.join(' ') || 'goedgekeurd'}` +
        `${o.antwoord ? ` → ${o.antwoord.type} ${o.antwoord.identificatie}` : ''}${o.fout ? ` FOUT ${o.fout}` : ''}\n`);
    }
    for (let i = 0; i < aantal; i++) {
      const g = values.gemeente![Math.floor(sim.random() * values.gemeente!.length)]!;
      const [categorie, code] = values.product![Math.floor(sim.random() * values.product!.length)]!.split(':') as [string, string | undefined];
      const v = await sim.vraagToewijzing({
        gemeente: g, product: { categorie, ...(code ? { code } : {}) }, ingangsdatum: values.ingangsdatum ?? vandaag,
        ...(values.einddatum ? { einddatum: values.einddatum } : {}), ...(omvang ? { omvang } : {}),
      });
      verslag.verzoeken++;
      if (!values.json) io.out(`verzonden JW315 ${v.identificatie} aan ${g}: ${categorie}${code ? `/${code}` : ''} (referentie ${v.referentie})\n`);
    }
    for (const t of sim.actueleToewijzingen()) {
      const loopt = t.starts.filter((s) => s.status === 'actueel').filter((s) => !t.stops.some((p) => p.status === 'actueel' && p.begindatum === s.begindatum && p.redenBeeindiging !== '20'));
      if (values.start && t.starts.every((s) => s.status !== 'actueel') && t.ingangsdatum <= vandaag) {
        await sim.start({ gemeente: t.gemeente, toewijzingNummer: t.nummer, begindatum: t.ingangsdatum });
        verslag.starts++;
      } else if (values.stop && loopt.length) {
        for (const s of loopt) {
          const eind = t.einddatum && t.einddatum < vandaag ? t.einddatum : vandaag;
          await sim.stop({ gemeente: t.gemeente, toewijzingNummer: t.nummer, begindatum: s.begindatum, redenBeeindiging: values.reden!, einddatum: eind });
          verslag.stops++;
        }
      }
    }
  } finally {
    verslag.open = sim.openstaand().length;
    await bewaarStaat(staatBestand, sim.staat);
  }
  if (values.json) io.out(`${JSON.stringify(verslag)}\n`);
  else io.out(`${verslag.gelezen} gelezen, ${verslag.beantwoord} beantwoord, ${verslag.verzoeken} verzoeken, ${verslag.starts} starts, ${verslag.stops} stops; ` +
    `${verslag.open} berichten wachten op een retour; staat in ${staatBestand}\n`);
  return 0;
}
