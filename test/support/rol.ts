/**
 * How a test acts as a role: `gemeente:0505`, `regio:ZHZ`, `aanbieder:12345678` (null: anonymous).
 * The one place that turns a role into request headers, so the way a role is authenticated can change
 * without touching the tests that use it.
 */
import { ROL_HEADER } from '../../api/auth/Rol';

export function rolHeaders(rol: string | null): Record<string, string> {
  return rol ? { [ROL_HEADER]: rol } : {};
}

export interface GqlAntwoord<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

/** POST a GraphQL operation to `url` as `rol`. */
export async function gqlAls<T = any>(url: string, rol: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlAntwoord<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...rolHeaders(rol) },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as Omit<GqlAntwoord<T>, 'status'>), status: res.status };
}
