/**
 * One size limit for an inbound iJw message, shared by the codec, the HTTP endpoint and the JW323 splitter.
 * Configurable with JEUGDREGIE_MAX_BERICHT_MB; the default, 256 MiB, is well above a real monthly JW323
 * (a large provider's is a few MB; 100,000 prestaties pretty-printed is ~92 MB).
 * A StUF-GGk envelope has its own, smaller limit from the GGk specification (25 MB, transport/stuf/guardXml.ts).
 */
const MIB = 1024 * 1024;

function uitOmgeving(naam: string, standaardMib: number): number {
  const waarde = process.env[naam];
  if (waarde === undefined || waarde === '') return standaardMib * MIB;
  const mib = Number(waarde);
  if (!Number.isFinite(mib) || mib <= 0) throw new Error(`${naam} must be a positive number of MiB, got '${waarde}'`);
  return Math.floor(mib * MIB);
}

export const MAX_BERICHT_BYTES = uitOmgeving('JEUGDREGIE_MAX_BERICHT_MB', 256);
