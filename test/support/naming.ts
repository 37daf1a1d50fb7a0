/**
 * Names of the databases the test run creates on the server. Every name carries the run's start time
 * (base 36 seconds), so a later run can drop what a crashed run left behind.
 */
export const TEST_DB_PREFIX = 'jr_t_';
export const TEMPLATE_PREFIX = 'jr_tpl_';
/** Databases of runs older than this are dropped by the next run's globalSetup. */
export const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export function newRunId(): string {
  return `${Math.floor(Date.now() / 1000).toString(36)}_${process.pid}`;
}

/** The start time (ms) encoded in a test database name, or null when it is not one of ours. */
export function runStartOf(datname: string): number | null {
  const m = /^jr_(?:t|tpl)_([0-9a-z]+)_/.exec(datname);
  return m ? parseInt(m[1]!, 36) * 1000 : null;
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
