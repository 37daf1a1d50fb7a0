import type { Bevinding, ExterneBronnen, Queryable } from '../rules/Regel.js';
import type { BerichtType } from '../ijw/berichttypen.js';

/**
 * The seam between the message pipeline (receive → store → decode → validate → handle → outbox)
 * and the care domain. The pipeline owns storage, idempotency, the transaction and the return
 * message; a handler owns what one message type changes in the care tables.
 */

/** A message as the store holds it once it has been received. */
export interface OpgeslagenBericht {
  id: string; // bericht.id (bigint as string)
  type: BerichtType;
  afzender: string;
  ontvanger: string;
  identificatie: string;
  dagtekening: string; // ISO date
}

export interface HandlerContext {
  /** The pipeline's transaction: everything a handler writes commits or rolls back with the message. */
  db: Queryable;
  bericht: OpgeslagenBericht;
  bronnen: ExterneBronnen;
  /**
   * Findings of all layers so far (XSD, in-message, cross-message rules). A handler applies only
   * the parts without a rejecting finding on their klassePad (e.g. a StartProduct with 9019 is not recorded).
   */
  bevindingen: readonly Bevinding[];
}

/** What the pipeline records about the handled message, to link it in the store and answer it. */
export interface HandlerResultaat {
  /** Extra findings found while applying (e.g. a race detected by a unique constraint). */
  bevindingen?: Bevinding[];
  clientIds?: string[];
  toewijzingIds?: string[];
  declaratieIds?: string[];
}

export interface BerichtHandler<B = unknown> {
  type: BerichtType;
  handle(bericht: B, ctx: HandlerContext): Promise<HandlerResultaat>;
}
