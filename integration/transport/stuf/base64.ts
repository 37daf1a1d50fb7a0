import { StufError } from './StufError';

/** xs:base64Binary allows whitespace between characters; Buffer.from(…,'base64') silently skips junk, so check first. */
export function decodeBase64Strict(value: string, path: string): Buffer {
  const compact = value.replace(/[\s]+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw new StufError('STUF_BAD_BASE64', `${path} is not valid base64`, path);
  }
  return Buffer.from(compact, 'base64');
}
