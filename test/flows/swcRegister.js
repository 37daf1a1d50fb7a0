// Lets a plain `node` child process (fault tests) load the TypeScript sources, as jest does:
// .ts through @swc/core, './x.js' specifiers resolved to './x.ts'.
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../.swcrc'), 'utf8'));
delete config.$schema;
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (parent && parent.filename && parent.filename.endsWith('.ts') && /^\.{1,2}\/.*\.js$/.test(request)) {
    const ts = path.resolve(path.dirname(parent.filename), request.replace(/\.js$/, '.ts'));
    if (fs.existsSync(ts)) return ts;
  }
  return origResolve.call(this, request, parent, ...rest);
};
// Compiled output is cached by path + mtime: the fault tests start many processes.
const CACHE = path.resolve(__dirname, '../../node_modules/.cache/jr-swc');
fs.mkdirSync(CACHE, { recursive: true });
require.extensions['.ts'] = function (module, filename) {
  const key = `${filename.replace(/[^A-Za-z0-9]/g, '_')}_${fs.statSync(filename).mtimeMs}.js`;
  const cached = path.join(CACHE, key);
  let code;
  if (fs.existsSync(cached)) code = fs.readFileSync(cached, 'utf8');
  else {
    code = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...config, filename, sourceMaps: false, swcrc: false }).code;
    fs.writeFileSync(`${cached}.${process.pid}`, code);
    fs.renameSync(`${cached}.${process.pid}`, cached);
  }
  module._compile(code, filename);
};
