/**
 * Source of the worker thread that owns libxml2. libxml2-wasm is ESM-only with a top-level await,
 * which neither our CommonJS build nor jest's module sandbox can `require`; a worker thread is plain
 * Node, so it can `import()` it. The worker compiles ggk0310_msg.xsd once and then validates on request.
 * Kept as a string (eval worker) so no .js file has to be copied next to the compiled output.
 *
 * workerData: { libxml2Url, entry, xsds: { [absolutePath]: Uint8Array } }
 * request:    { id, xml }          reply: { id, valid: true } | { id, valid: false, errors, fatal? }
 */
export const VALIDATOR_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const lib = await import(workerData.libxml2Url);
  // The provider is process-global in libxml2; it only answers for our own absolute paths.
  lib.xmlRegisterInputProvider(new lib.XmlBufferInputProvider(workerData.xsds));
  const xsdDoc = lib.XmlDocument.fromBuffer(workerData.xsds[workerData.entry], { url: workerData.entry });
  let validator;
  try {
    validator = lib.XsdValidator.fromDoc(xsdDoc);
  } finally {
    xsdDoc.dispose();
  }
  const details = (e) => Array.isArray(e && e.details)
    ? e.details.map((d) => ({ message: String(d.message).trim(), line: d.line }))
    : [{ message: String(e) }];
  parentPort.on('message', ({ id, xml }) => {
    let doc;
    try {
      doc = lib.XmlDocument.fromString(xml);
    } catch (e) {
      parentPort.postMessage({ id, valid: false, fatal: 'parse', errors: details(e) });
      return;
    }
    try {
      validator.validate(doc);
      parentPort.postMessage({ id, valid: true });
    } catch (e) {
      parentPort.postMessage({ id, valid: false, fatal: e instanceof lib.XmlValidateError ? undefined : 'other', errors: details(e) });
    } finally {
      doc.dispose();
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((e) => parentPort.postMessage({ ready: false, error: String(e && e.stack || e) }));
`;
