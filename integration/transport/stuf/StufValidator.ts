import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { guardXml, type GuardOptions } from './guardXml';
import { StufError, type StufErrorDetail } from './StufError';
import { VALIDATOR_WORKER_SOURCE } from './validatorWorker';
import { readStufXsds, stufXsdDir, STUF_XSD_ENTRY } from './xsdFiles';

export type StufValidation = { valid: true } | { valid: false; errors: StufErrorDetail[] };

type Reply = { id: number; valid: true } | { id: number; valid: false; errors: StufErrorDetail[]; fatal?: 'parse' | 'other' };
type Ready = { ready: true } | { ready: false; error: string };

/**
 * Validates envelopes (Di01, Du01 and StUF Fo01) against ggk0310_msg.xsd with libxml2-wasm, in one
 * worker thread per validator (see validatorWorker.ts for why). The schema is compiled once; each
 * check parses, validates and disposes its own document. Size and DOCTYPE are guarded before the
 * text leaves this thread. Use `getStufValidator()` for the shared instance.
 */
export class StufValidator {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      const resolve = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      resolve?.(reply);
    });
  }

  static async create(): Promise<StufValidator> {
    const dir = stufXsdDir();
    const worker = new Worker(VALIDATOR_WORKER_SOURCE, {
      eval: true,
      workerData: {
        libxml2Url: pathToFileURL(require.resolve('libxml2-wasm')).href,
        entry: path.join(dir, STUF_XSD_ENTRY),
        xsds: readStufXsds(dir),
      },
    });
    const ready = await new Promise<Ready>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }).catch((e: unknown): Ready => ({ ready: false, error: String(e) }));
    if (!ready.ready) {
      await worker.terminate();
      throw new StufError('STUF_LIBXML2_UNAVAILABLE', `cannot compile ggk0310_msg.xsd with libxml2-wasm: ${ready.error}`);
    }
    worker.unref(); // an idle validator must not keep the process alive
    const validator = new StufValidator(worker);
    worker.on('error', (e) => validator.failAll(e));
    worker.on('exit', () => validator.failAll(new Error('validator worker exited')));
    return validator;
  }

  /** Returns schema errors as data; throws for input-guard failures (size, DOCTYPE) and for XML that is not well-formed. */
  async check(xml: string | Uint8Array, options?: GuardOptions): Promise<StufValidation> {
    const text = guardXml(xml, options);
    const id = this.nextId++;
    const reply = await new Promise<Reply>((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, xml: text });
    });
    if (reply.valid) return { valid: true };
    if (reply.fatal === 'parse') throw new StufError('STUF_NOT_WELLFORMED', 'envelope is not well-formed XML', undefined, reply.errors);
    if (reply.fatal === 'other') throw new StufError('STUF_LIBXML2_UNAVAILABLE', reply.errors[0]?.message ?? 'validator failed', undefined, reply.errors);
    return { valid: false, errors: reply.errors };
  }

  /** Throws STUF_XSD_INVALID (with libxml2's messages and lines) when the envelope is not schema-valid. */
  async validate(xml: string | Uint8Array, options?: GuardOptions): Promise<void> {
    const result = await this.check(xml, options);
    if (!result.valid) {
      const first = result.errors[0]?.message ?? 'unknown error';
      throw new StufError('STUF_XSD_INVALID', `envelope does not validate against ggk0310_msg.xsd: ${first}`, undefined, result.errors);
    }
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(e: unknown): void {
    for (const [id, resolve] of this.pending) {
      resolve({ id, valid: false, fatal: 'other', errors: [{ message: String(e) }] });
    }
    this.pending.clear();
    if (shared !== undefined) shared = undefined;
  }
}

let shared: Promise<StufValidator> | undefined;

/** The process-wide validator, compiled on first use. */
export function getStufValidator(): Promise<StufValidator> {
  shared ??= StufValidator.create().catch((e: unknown) => {
    shared = undefined;
    throw e;
  });
  return shared;
}
