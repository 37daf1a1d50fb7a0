/**
 * What the pipeline needs from the codec (integration/ijw), the rules (integration/rules), the retour builder
 * (integration/retour) and the care domain (integration/flows/handlers, integration/zorg).
 * integration/flows/standaardDeps.ts wires the real modules; tests and the benchmark may swap one part.
 */
import type { BerichtType, Heenbericht } from '../ijw/berichttypen.js';
import type { Bevinding, ExterneBronnen, Regel } from '../rules/Regel.js';
import type { BerichtHandler } from './Handler.js';

export interface Validatie {
  /** The typed object when the message could be decoded (also when rules found something). */
  bericht?: unknown;
  /** Best-effort Header of a schema-invalid message (for its retourbericht); never trust other fields. */
  header?: unknown;
  /** XSD + in-message (+ external) findings. */
  bevindingen: Bevinding[];
  /** The XSD passed: only then do the cross-message rules and the handler run. */
  schemaGeldig: boolean;
}

export interface GebouwdRetour {
  xml: string;
  bericht?: unknown;
}

export interface RetourInput {
  heenType: Heenbericht;
  heenXml: string;
  /** The decoded heenbericht, when decodable. */
  heenBericht?: unknown;
  /** The heenbericht's Header when the message itself is not schema-valid. */
  heenHeader?: unknown;
  bevindingen: readonly Bevinding[];
  identificatieRetour: string;
  dagtekeningRetour: string;
}

export interface PipelineDeps {
  valideer(xml: string, type: BerichtType): Validatie | Promise<Validatie>;
  /** The rules after the XSD, run by runRegels in IV028 order (default alleRegels: in-message, external, cross-message). */
  regels: readonly Regel[];
  /** One handler per message type (integration/flows/handlers). */
  handlers: Readonly<Partial<Record<BerichtType, BerichtHandler>>>;
  /** The retour builder (integration/retour); null when no retourbericht can be made (e.g. no readable header). */
  bouwRetour(input: RetourInput): GebouwdRetour | null;
  /** The codec's buildBericht (integration/ijw/codec.ts), for outbound heenberichten. */
  buildBericht(type: BerichtType, bericht: unknown): string;
  bronnen: ExterneBronnen;
  /** Max findings kept per message. */
  maxBevindingen?: number;
}
