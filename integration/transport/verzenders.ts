/** Transports for the outbox: the GGk-portal-shaped directory, or HTTP POST to a peer. */
import path from 'node:path';
import type { Verzender } from '../jobs/sendOutbox.js';
import { schrijfAtomair, type Postbus } from './postbus.js';

export function directoryVerzender(pb: Postbus): Verzender {
  return {
    async verstuur(ontvanger, naam, envelop) {
      await schrijfAtomair(path.join(pb.downloads, ontvanger.replace(/[^0-9A-Za-z_-]/g, '_')), naam, envelop);
    },
  };
}

/** POST the envelope to urlVoor(ontvanger); any non-2xx answer is a failed attempt. */
export function httpVerzender(urlVoor: (ontvanger: string) => string, timeoutMs = 10_000): Verzender {
  return {
    async verstuur(ontvanger, _naam, envelop) {
      const res = await fetch(urlVoor(ontvanger), {
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: envelop,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status} van ${ontvanger}`);
    },
  };
}
