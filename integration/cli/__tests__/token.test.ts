/**
 * `jeugdregie token`: mints a development token that the server's verifier (api/auth/token.ts, dev key) accepts,
 * for each role, at most an hour; usage errors exit 2. One run as a real process, as `npx jeugdregie token` does.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { maakTokenVerifier, tokenConfigUitEnv } from '../../../api/auth/token.js';
import { main } from '../main.js';
import type { CliIo } from '../io.js';

const verifier = maakTokenVerifier(tokenConfigUitEnv({ NODE_ENV: 'test' }));

async function run(...args: string[]) {
  const io = { out: '', err: '' };
  const cliIo: CliIo = { out: (t) => void (io.out += t), err: (t) => void (io.err += t) };
  const code = await main(['token', ...args], cliIo);
  return { code, ...io };
}

const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

test('each role: a token the server accepts, with that role', async () => {
  const gevallen: [string[], unknown][] = [
    [['--role', 'gemeente', '--gemeente', '0505'], { soort: 'gemeente', gemeenten: ['0505'] }],
    [['--role', 'gemeente', '--gemeente', '0505', '--gemeente', '0590'], { soort: 'gemeente', gemeenten: ['0505', '0590'] }],
    [['--role', 'regio', '--regio', 'ZHZ'], { soort: 'regio', regio: 'ZHZ' }],
    [['--role', 'aanbieder', '--agb', '12345678'], { soort: 'aanbieder', agb: '12345678' }],
    [['--role', 'beheer'], { soort: 'beheer' }],
  ];
  for (const [args, rol] of gevallen) {
    const r = await run(...args);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect((await verifier.verifieer(r.out.trim())).rol).toEqual(rol);
  }
});

test('--ttl (at most 3600), --sub, --header', async () => {
  const r = await run('--role', 'regio', '--regio', 'ZHZ', '--ttl', '120', '--sub', 'analist@zhz', '--header');
  expect(r.code).toBe(0);
  const m = /^Authorization: Bearer (\S+)\n$/.exec(r.out);
  expect(m).not.toBeNull();
  const c = claims(m![1]!);
  expect(Number(c.exp) - Number(c.iat)).toBe(120);
  expect(c).toMatchObject({ sub: 'analist@zhz', aud: 'jeugdregie', scope: 'regio:ZHZ' });
  expect(Number(claims((await run('--role', 'beheer')).out.trim()).exp) - Number(claims((await run('--role', 'beheer')).out.trim()).iat)).toBe(3600);
});

test('usage errors exit 2 and mint nothing', async () => {
  for (const args of [[], ['--role', 'koning'], ['--role', 'gemeente'], ['--role', 'gemeente', '--gemeente', '505'], ['--role', 'regio'],
    ['--role', 'aanbieder', '--agb', '1234'], ['--role', 'beheer', '--ttl', '3601'], ['--role', 'beheer', '--ttl', '0'], ['--role', 'beheer', '--onbekend']]) {
    const r = await run(...args);
    expect([args, r.code, r.out]).toEqual([args, 2, '']);
    expect(r.err).toContain('jeugdregie token');
  }
});

test('as a process (what npx jeugdregie token runs)', () => {
  const root = path.resolve(__dirname, '../../..');
  const out = execFileSync(process.execPath, ['-r', './test/flows/swcRegister.js', 'integration/cli/main.ts', 'token', '--role', 'aanbieder', '--agb', '12345678'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'development' } });
  return expect(verifier.verifieer(out.trim()).then((t) => t.rol)).resolves.toEqual({ soort: 'aanbieder', agb: '12345678' });
});
