import { addWerkdagen, isWerkdag, termijnVerstreken, werkdagenTerug, werkdagenTussen } from '../werkdagen';

describe('isWerkdag', () => {
  it.each([
    ['2025-04-18', true], // Goede Vrijdag
    ['2025-04-21', false], // Tweede Paasdag
    ['2025-05-05', false], // Bevrijdingsdag, also outside lustrum years
    ['2026-05-05', false],
    ['2025-05-29', false], // Hemelvaartsdag
    ['2025-05-30', true], // the Friday after
    ['2026-04-27', false], // Koningsdag on a Monday
    ['2025-12-24', true],
    ['2025-12-31', true],
    ['2026-01-01', false],
    ['2026-01-03', false], // Saturday
    ['2026-01-04', false], // Sunday
    ['2026-01-05', true],
  ])('%s → %s', (datum, verwacht) => {
    expect(isWerkdag(datum)).toBe(verwacht);
  });

  it('refuses malformed and impossible dates', () => {
    for (const bad of ['2025-4-1', '2025-02-29', '2025-13-01', '20250401', '2025-04-01T00:00:00Z']) {
      expect(() => isWerkdag(bad)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    }
  });
});

describe('addWerkdagen', () => {
  it.each([
    ['2025-04-17', 3, '2025-04-23', 'over Pasen: Goede Vrijdag counts, Tweede Paasdag does not'],
    ['2026-04-30', 3, '2026-05-06', 'over a weekend and Bevrijdingsdag'],
    ['2025-12-24', 3, '2025-12-31', 'over both Kerstdagen'],
    ['2025-12-24', 4, '2026-01-02', 'into the new year, skipping Nieuwjaarsdag'],
    ['2026-05-13', 5, '2026-05-21', 'OP271: five working days over Hemelvaart'],
    ['2027-05-04', 3, '2027-05-11', 'Bevrijdingsdag and Hemelvaart back to back'],
    ['2026-01-03', 1, '2026-01-05', 'from a Saturday'],
    ['2026-04-07', -1, '2026-04-03', 'backwards over Tweede Paasdag to Goede Vrijdag'],
    ['2026-01-05', 0, '2026-01-05', 'zero'],
    ['2026-01-04', 0, '2026-01-04', 'zero on a Sunday stays put'],
  ])('%s + %i = %s (%s)', (datum, n, verwacht) => {
    expect(addWerkdagen(datum, n)).toBe(verwacht);
  });

  it('werkdagenTerug is the same walk backwards', () => {
    expect(werkdagenTerug('2026-05-06', 3)).toBe('2026-04-30');
  });

  it('refuses a count that is not an integer', () => {
    expect(() => addWerkdagen('2026-01-05', 1.5)).toThrow(expect.objectContaining({ code: 'INVALID_COUNT' }));
  });
});

describe('werkdagenTussen', () => {
  it.each([
    ['2024-12-31', '2025-12-31', 254],
    ['2025-12-31', '2026-12-31', 254],
    ['2026-12-31', '2027-12-31', 255],
  ])('working days in the year after %s: %i', (van, tot, n) => {
    expect(werkdagenTussen(van, tot)).toBe(n);
  });

  it('counts forward over (van, tot]: not the start day, the end day if it is a working day', () => {
    expect(werkdagenTussen('2026-01-05', '2026-01-05')).toBe(0);
    expect(werkdagenTussen('2026-01-05', '2026-01-06')).toBe(1);
    expect(werkdagenTussen('2026-01-02', '2026-01-04')).toBe(0); // Friday to Sunday
    expect(werkdagenTussen('2026-01-06', '2026-01-05')).toBe(-1); // backwards: [tot, van)
    expect(werkdagenTussen('2026-01-05', '2026-01-02')).toBe(-1); // Monday back to Friday
  });

  it('inverts addWerkdagen for every start day in 2025–2027 and n in -12..12', () => {
    for (let day = Date.UTC(2025, 0, 1); day <= Date.UTC(2027, 11, 31); day += 86_400_000 * 3) {
      const datum = new Date(day).toISOString().slice(0, 10);
      for (let n = -12; n <= 12; n++) {
        const doel = addWerkdagen(datum, n);
        expect(werkdagenTussen(datum, doel)).toBe(n);
        if (n !== 0) expect(isWerkdag(doel)).toBe(true);
      }
    }
  });
});

describe('termijnVerstreken (OP090: return within 3 working days)', () => {
  it('is in time on the third working day and late on the day after', () => {
    expect(termijnVerstreken('2026-04-30', 3, '2026-05-06')).toBe(false);
    expect(termijnVerstreken('2026-04-30', 3, '2026-05-07')).toBe(true);
  });
});

describe('timezones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Amsterdam'])('gives the same answers with TZ=%s', (tz) => {
    process.env.TZ = tz;
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(new Date(2026, 0, 1).getTimezoneOffset()); // TZ took effect without error
    expect(addWerkdagen('2025-12-24', 4)).toBe('2026-01-02');
    expect(isWerkdag('2026-03-30')).toBe(true); // the Monday after the switch to summer time
    expect(werkdagenTussen('2026-03-27', '2026-03-30')).toBe(1);
    expect(werkdagenTussen('2026-10-23', '2026-10-26')).toBe(1); // over the switch back
  });
});
