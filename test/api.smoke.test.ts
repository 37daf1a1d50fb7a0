import { useGraphQLServer } from './graphql.harness';

const api = useGraphQLServer();

test('creates a region and a municipality over HTTP and reads them back nested', async () => {
  const { createRegion } = await api.ok(`mutation { createRegion(input: { code: "ZHZ", name: "Zuid-Holland Zuid" }) { id code name } }`);
  expect(createRegion).toMatchObject({ code: 'ZHZ', name: 'Zuid-Holland Zuid' });
  const { createMunicipality } = await api.ok(
    `mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id cbsCode name youthPopulation } }`,
    { input: { cbsCode: '0505', name: 'Dordrecht', youthPopulation: 25000, regionId: createRegion.id } },
  );
  expect(createMunicipality).toMatchObject({ cbsCode: '0505', name: 'Dordrecht' });
  const data = await api.ok(`{ regionByCode(code: "ZHZ") { name municipalities { cbsCode region { code } } } municipalityByCbsCode(cbsCode: "0505") { name } }`);
  expect(data).toEqual({
    regionByCode: { name: 'Zuid-Holland Zuid', municipalities: [{ cbsCode: '0505', region: { code: 'ZHZ' } }] },
    municipalityByCbsCode: { name: 'Dordrecht' },
  });
});

test('GET without preflight header is refused (CSRF prevention on); unknown paths are 404', async () => {
  const res = await fetch(`${api.url}?query=${encodeURIComponent('{ regions { totalCount } }')}`);
  expect(res.status).toBe(400);
  const notFound = await fetch(api.url.replace('/graphql', '/other'), { method: 'POST' });
  expect(notFound.status).toBe(404);
});
