/**
 * `jeugdregie token`: a bearer token for development, signed with the development key (api/auth/sleutels.ts:
 * data/dev-jwt-sleutel.json, the key a non-production `npm start` trusts). Prints the token only, so
 * `TOKEN=$(npx jeugdregie token --role regio --regio ZHZ)` works; `--header` prints a ready `Authorization:` line.
 * Production tokens come from the organisation's identity provider, never from here.
 */
import { parseArgs } from 'node:util';
import type { Rol } from '../../api/auth/Rol.js';
import { MAX_LEVENSDUUR_S } from '../../api/auth/token.js';
import { muntDevToken } from '../../api/auth/tokenUitgifte.js';
import { UsageError, type CliIo } from './io.js';

export const TOKEN_USAGE =
  'jeugdregie token --role gemeente --gemeente <CBS> [--gemeente <CBS> …] | --role regio --regio <code> | --role aanbieder --agb <AGB> | --role beheer\n' +
  `                 [--ttl <seconden, max ${MAX_LEVENSDUUR_S}>] [--sub <wie>] [--header]`;

export function rolUitOpties(values: { role?: string; gemeente?: string[]; regio?: string; agb?: string }): Rol {
  switch (values.role) {
    case 'gemeente':
      if (!values.gemeente?.length || values.gemeente.some((g) => !/^\d{4}$/.test(g))) throw new UsageError('--role gemeente vraagt --gemeente <CBS-code van 4 cijfers>');
      return { soort: 'gemeente', gemeenten: [...new Set(values.gemeente)] };
    case 'regio':
      if (!values.regio || !/^[A-Za-z0-9_-]{1,20}$/.test(values.regio)) throw new UsageError('--role regio vraagt --regio <regiocode>');
      return { soort: 'regio', regio: values.regio };
    case 'aanbieder':
      if (!values.agb || !/^\d{8}$/.test(values.agb)) throw new UsageError('--role aanbieder vraagt --agb <AGB-code van 8 cijfers>');
      return { soort: 'aanbieder', agb: values.agb };
    case 'beheer':
      return { soort: 'beheer' };
    default:
      throw new UsageError(`--role: gemeente, regio, aanbieder of beheer${values.role ? ` (niet ${values.role})` : ''}`);
  }
}

export async function tokenCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' }, gemeente: { type: 'string', multiple: true }, regio: { type: 'string' }, agb: { type: 'string' },
      ttl: { type: 'string', default: String(MAX_LEVENSDUUR_S) }, sub: { type: 'string' }, header: { type: 'boolean', default: false },
    },
  });
  const rol = rolUitOpties(values);
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_LEVENSDUUR_S) throw new UsageError(`--ttl: 1..${MAX_LEVENSDUUR_S} seconden (een token leeft hoogstens een uur)`);
  const token = await muntDevToken(rol, { ttl, ...(values.sub ? { sub: values.sub } : {}) });
  io.out(values.header ? `Authorization: Bearer ${token}\n` : `${token}\n`);
  return 0;
}
