/**
 * The care-domain handlers, one per inbound message type, for PipelineDeps.handlers
 * (integration/flows/standaardDeps.ts). Return messages (JW306, JW308, JW316, JW318) are the pipeline's.
 * No JW323 entry: the pipeline sends every JW323 down the streaming path (integration/declaraties/pipelineJW323.ts)
 * before it looks up a handler.
 */
import type { BerichtType } from '../../ijw/berichttypen.js';
import type { BerichtHandler } from '../Handler.js';
import { JW302Handler } from './JW302.js';
import { JW305Handler } from './JW305.js';
import { JW307Handler } from './JW307.js';
import { JW315Handler } from './JW315.js';
import { JW317Handler } from './JW317.js';

export const berichtHandlers: Readonly<Partial<Record<BerichtType, BerichtHandler>>> = Object.freeze({
  JW302: JW302Handler as BerichtHandler,
  JW305: JW305Handler as BerichtHandler,
  JW307: JW307Handler as BerichtHandler,
  JW315: JW315Handler as BerichtHandler,
  JW317: JW317Handler as BerichtHandler,
});
