/**
 * globalSetup/globalTeardown run outside jest's module system, so jest.config.js's moduleNameMapper
 * (./x.js → ./x.ts) does not apply there. This maps a relative './x.js' that does not exist to the
 * './x.ts' next to it, for Node's own require (jest's transform hook compiles the .ts). Import it first.
 */
import Module from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

type Resolve = (this: unknown, request: string, parent: { filename?: string | null } | undefined, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve & { jrPatched?: boolean } };

if (!mod._resolveFilename.jrPatched) {
  const original = mod._resolveFilename;
  const patched: Resolve & { jrPatched?: boolean } = function (request, parent, ...rest) {
    if (request.startsWith('.') && request.endsWith('.js') && parent?.filename) {
      const asTs = path.resolve(path.dirname(parent.filename), request.slice(0, -3) + '.ts');
      if (fs.existsSync(asTs) && !fs.existsSync(asTs.slice(0, -3) + '.js')) return original.call(this, asTs, parent, ...rest);
    }
    return original.call(this, request, parent, ...rest);
  };
  patched.jrPatched = true;
  mod._resolveFilename = patched;
}
