/**
 * Benchmark of the iJw codec on big JW323 declarations (npm run bench:codec). Not a test.
 *
 * Generates valid JW323 messages with 1,000, 10,000 and 100,000 prestaties (from the official example's
 * structure; unique references, valid BSNs, amount = volume x tariff) into bench/out/, then measures, each
 * stage in its own child process so that peak RSS is the stage's own:
 *   parse (fast-xml-parser)  input gate + fast-xml-parser + typed mapping (the floor of the issue)
 *   parse (scanner)  parseBericht(): input gate + the codec's table-driven scanner (scan.ts)
 *   parse+xsd    decode(): gate, libxml2 XSD validation, scanner
 *   parse+xsd+rules  valideer() (integration/rules): the above plus the in-message rules
 *   xmllint      `xmllint --noout --schema JW323.xsd file` as a process (start, schema compile, validate)
 * and prints prestaties/s, MB/s (10^6 bytes) and peak RSS. Timings: median of several runs after a warm-up.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBericht, parse, parseBericht, parseTextFxp } from '../integration/ijw/codec.js';
import { detectRoot, readXmlInput } from '../integration/ijw/xmlInput.js';
import { decode } from '../integration/ijw/decode.js';
import type { JW323Bericht, JW323Client, JW323Prestatie } from '../integration/ijw/generated/index.generated.js';
import { xsdDir } from '../integration/ijw/xsdValidator.js';
import { valideer } from '../integration/rules/index.js';
import { ijwVoorbeeldBytes } from '../test/support/fixtures.js';

// 10: a small everyday message, where starting xmllint dominates; 1k-100k: the sizes.
const SIZES = [10, 1_000, 10_000, 100_000];
const PER_CLIENT = 10;
const STAGES = ['parse (fast-xml-parser)', 'parse (scanner)', 'parse+xsd', 'parse+xsd+rules'] as const;
type Stage = (typeof STAGES)[number];

function findRoot(): string {
  for (let d = __dirname; ; d = resolve(d, '..')) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'integration'))) return d;
    if (d === resolve(d, '..')) throw new Error('project root not found');
  }
}
const ROOT = findRoot();
const OUT = join(ROOT, 'bench', 'out');

/** A valid BSN (elfproef) from a running number. */
function bsn(n: number): string {
  for (let k = n; ; k++) {
    const d = String(10_000_000 + (k % 89_999_999)).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
    const last = sum % 11;
    if (last < 10) return d + String(last);
  }
}

export function generateJW323(prestaties: number): JW323Bericht {
  const example = parse('JW323', ijwVoorbeeldBytes('JW323'));
  const tpl = example.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
  const clients: JW323Client[] = [];
  let total = 0;
  for (let c = 0; c * PER_CLIENT < prestaties; c++) {
    const list: JW323Prestatie[] = [];
    for (let i = c * PER_CLIENT; i < Math.min(prestaties, (c + 1) * PER_CLIENT); i++) {
      const volume = 1 + (i % 20);
      const tarief = tpl.ProductTarief!;
      list.push({
        ...structuredClone(tpl),
        ProductReferentie: { ReferentieNummer: `RN${i}` },
        ToewijzingNummer: 100_000 + i,
        GeleverdVolume: volume,
        ProductTarief: tarief,
        IngediendBedrag: { Bedrag: volume * tarief, DebetCredit: 'D' },
      });
      total += volume * tarief;
    }
    clients.push({ Bsn: bsn(c * 7 + 1), Prestaties: { Prestatie: list } });
  }
  return {
    Header: example.Header,
    Declaratie: {
      ...example.Declaratie,
      DeclaratieNummer: `DN${prestaties}`,
      TotaalIngediendBedrag: { TotaalBedrag: total, DebetCredit: 'D' },
      Clienten: { Client: clients },
    },
  };
}

/** The 100,000-prestatie file (~92 MB) is above the 64 MiB default input limit; the bench lifts it. */
const OPTS = { maxBytes: 1024 * 1024 * 1024 };

async function runStage(stage: Stage, buf: Buffer): Promise<void> {
  switch (stage) {
    case 'parse (fast-xml-parser)': {
      const text = readXmlInput(buf, OPTS);
      parseTextFxp(detectRoot(text).type, text);
      return;
    }
    case 'parse (scanner)': {
      const r = parseBericht(buf, OPTS);
      if (r.type !== 'JW323') throw new Error('parse failed');
      return;
    }
    case 'parse+xsd': {
      const r = await decode(buf, OPTS);
      if (!r.bericht) throw new Error(`invalid: ${JSON.stringify(r.bevindingen.slice(0, 3))}`);
      return;
    }
    case 'parse+xsd+rules': {
      const r = await valideer(buf, OPTS);
      if (!r.geldig) throw new Error(`invalid: ${JSON.stringify(r.bevindingen.slice(0, 3))}`);
      return;
    }
  }
}

function reps(prestaties: number): number {
  return prestaties <= 1_000 ? 20 : prestaties <= 10_000 ? 7 : 3;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Child mode: `codec.js --child <stage> <file> <prestaties>` prints {ms, maxRssKb}. */
async function child(stage: Stage, file: string, prestaties: number): Promise<void> {
  const buf = readFileSync(file);
  await runStage(stage, buf); // warm-up: JIT, libxml2 load, schema compile
  const times: number[] = [];
  for (let i = 0; i < reps(prestaties); i++) {
    const t0 = process.hrtime.bigint();
    await runStage(stage, buf);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  process.stdout.write(JSON.stringify({ ms: median(times), maxRssKb: process.resourceUsage().maxRSS }));
}

interface Row {
  prestaties: number;
  bytes: number;
  stage: string;
  ms: number;
  maxRssKb?: number;
}

function xmllint(file: string, prestaties: number): Row | undefined {
  const which = spawnSync('which', ['xmllint']);
  if (which.status !== 0) return undefined;
  const xsd = join(xsdDir(), 'JW323.xsd');
  const useTime = existsSync('/usr/bin/time');
  const times: number[] = [];
  let rss = 0;
  for (let i = 0; i < reps(prestaties) + 1; i++) {
    const t0 = process.hrtime.bigint();
    const r = useTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', 'xmllint', '--noout', '--schema', xsd, file], { encoding: 'utf8' })
      : spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`xmllint failed: ${r.stderr}`);
    if (useTime) rss = Math.max(rss, Number(r.stderr.trim().split('\n').pop()));
    if (i > 0) times.push(ms); // first run warms the page cache
  }
  return { prestaties, bytes: statSync(file).size, stage: 'xmllint (process)', ms: median(times), ...(useTime ? { maxRssKb: rss } : {}) };
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

async function mainBench(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const files: { prestaties: number; file: string }[] = [];
  for (const n of SIZES) {
    const file = join(OUT, `JW323-${n}.xml`);
    writeFileSync(file, buildBericht('JW323', generateJW323(n)));
    files.push({ prestaties: n, file });
  }
  // The generated messages must be valid, or the numbers mean nothing.
  const check = await valideer(readFileSync(files[0]!.file));
  if (!check.geldig) throw new Error(`generated JW323 is not valid: ${JSON.stringify(check.bevindingen.slice(0, 5), null, 1)}`);

  const rows: Row[] = [];
  for (const { prestaties, file } of files) {
    const bytes = statSync(file).size;
    for (const stage of STAGES) {
      const out = execFileSync(process.execPath, [__filename, '--child', stage, file, String(prestaties)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const { ms, maxRssKb } = JSON.parse(out) as { ms: number; maxRssKb: number };
      rows.push({ prestaties, bytes, stage, ms, maxRssKb });
      process.stderr.write('.');
    }
    const lint = xmllint(file, prestaties);
    if (lint) rows.push(lint);
    process.stderr.write('.');
  }
  process.stderr.write('\n');

  const header = ['prestaties', 'MB', 'stage', 'ms', 'prestaties/s', 'MB/s', 'peak RSS MB', 'vs fxp parse'];
  const table = rows.map((r) => {
    const parseMs = rows.find((p) => p.prestaties === r.prestaties && p.stage === 'parse (fast-xml-parser)')!.ms;
    return [
      fmt(r.prestaties),
      fmt(r.bytes / 1e6, 1),
      r.stage,
      fmt(r.ms, 1),
      fmt((r.prestaties / r.ms) * 1000),
      fmt(r.bytes / 1e6 / (r.ms / 1000), 1),
      r.maxRssKb !== undefined ? fmt(r.maxRssKb / 1024) : '-',
      `${fmt(parseMs / r.ms, 2)}x`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
  console.log(`node ${process.version}, ${process.arch}; median of ${reps(1000)}/${reps(10000)}/${reps(100000)} runs after a warm-up`);
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const t of table) console.log(line(t));
  for (const n of SIZES) {
    const get = (s: string) => rows.find((r) => r.prestaties === n && r.stage === s)?.ms;
    const p = get('parse (fast-xml-parser)')!;
    const full = get('parse+xsd+rules')!;
    const lint = get('xmllint (process)');
    console.log(
      `${fmt(n)} prestaties: full validation at ${fmt((p / full) * 100)}% of parse-only throughput (goal >= 33%)` +
        (lint !== undefined ? `; ${fmt(lint / full, 2)}x the speed of xmllint as a process (goal > 1x)` : '; xmllint not installed'),
    );
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3] as Stage, process.argv[4]!, Number(process.argv[5])).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else if (require.main === module) {
  mainBench().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
