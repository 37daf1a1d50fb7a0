import { parseArgs } from 'node:util';
test('toolchain compiles TypeScript with decorators', () => {
  expect(typeof parseArgs).toBe('function');
});
