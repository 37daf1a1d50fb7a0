import fs from 'node:fs';
import { renderSchema, schemaPath } from '../scripts/export-schema';

test('schema.graphql is up to date (run `npm run schema:export` after changing the API)', async () => {
  const committed = fs.existsSync(schemaPath()) ? fs.readFileSync(schemaPath(), 'utf8') : '';
  expect(committed).toBe(await renderSchema());
});
