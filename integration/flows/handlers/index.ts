/**
 * The care-domain handlers, one per inbound message type, for PipelineDeps.handlers
 * (integration/flows/standaardDeps.ts). Return messages (JW306, JW308, JW316, JW318) are the pipeline's.
 */
import type { BerichtType } from '../../ijw/berichttypen.js';
import type { BerichtHandler } from '../Handler.js';
import { JW305Handler } from './JW305.js';
import { JW307Handler } from './JW307.js';

export const berichtHandlers: Readonly<Partial<Record<BerichtType, BerichtHandler>>> = Object.freeze({
  JW305: JW305Handler as BerichtHandler,
  JW307: JW307Handler as BerichtHandler,
});
