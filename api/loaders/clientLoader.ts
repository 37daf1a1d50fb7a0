import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ClientRij } from '../../integration/zorg/client.sql';
import { clientsByKeysSql, type ClientSleutel } from './clients.sql';
import { rows } from './rows';

const sleutel = (k: ClientSleutel) => `${k.gemeenteCode}:${k.id}`;

/**
 * The clients of a page of allocations, one statement per batch. Keys come only from allocation rows the caller was
 * allowed to read (their gemeente_code is in its scope), so the client lies in that scope too. Two select lists:
 * with or without BSN and birth date, so a regional read never reads a BSN it would not show.
 */
export class ClientLoader {
  private readonly lists = new Map<boolean, DataLoader<ClientSleutel, ClientRij | null, string>>();
  constructor(private readonly ds: DataSource) {}

  load(key: ClientSleutel, persoonsgegevens: boolean): Promise<ClientRij | null> {
    let l = this.lists.get(persoonsgegevens);
    if (!l) {
      l = new DataLoader(async (keys) => {
        const byKey = new Map((await rows<ClientRij>(this.ds, clientsByKeysSql(keys, persoonsgegevens))).map((r) => [`${r.gemeente_code}:${r.id}`, r]));
        return keys.map((k) => byKey.get(sleutel(k)) ?? null);
      }, { cacheKeyFn: sleutel });
      this.lists.set(persoonsgegevens, l);
    }
    return l.load(key);
  }
}
