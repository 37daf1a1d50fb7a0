/**
 * The simulator's templates are the official example messages as the codec parses them, so what the simulator and
 * the demo traffic build from them is byte for byte what they built from the examples before.
 */
import { ijwVoorbeeld } from '../../../test/support/fixtures.js';
import { buildBericht, parse } from '../../ijw/codec.js';
import { sjabloon, type SjabloonType } from '../sjablonen.js';

const TYPEN: readonly SjabloonType[] = ['JW315', 'JW317', 'JW305', 'JW307', 'JW323'];

test.each(TYPEN)('%s template = the parsed official example; builds to the same XML', (type) => {
  const voorbeeld = parse(type, ijwVoorbeeld(type));
  expect(sjabloon(type)).toEqual(voorbeeld);
  expect(buildBericht(type, sjabloon(type))).toBe(buildBericht(type, voorbeeld));
});

test('sjabloon returns a fresh copy each time', () => {
  const a = sjabloon('JW315');
  a.Header.Afzender = '99999999';
  expect(sjabloon('JW315').Header.Afzender).toBe(parse('JW315', ijwVoorbeeld('JW315')).Header.Afzender);
});
