import { eerstePaasdag } from '../pasen';
import { feestdagen, feestdagOp } from '../feestdagen';

const namen = (jaar: number) => Object.fromEntries(feestdagen(jaar).map((f) => [f.datum, f.naam]));

describe('eerstePaasdag', () => {
  it.each([
    [1981, '1981-04-19'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'], // near the earliest possible date
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest possible date
  ])('%i: %s', (jaar, datum) => {
    expect(eerstePaasdag(jaar)).toBe(datum);
  });
});

describe('feestdagen', () => {
  it('2025: Koningsdag moves to Saturday 26 April because the 27th is a Sunday', () => {
    expect(namen(2025)).toEqual({
      '2025-01-01': 'Nieuwjaarsdag',
      '2025-04-20': 'Eerste Paasdag',
      '2025-04-21': 'Tweede Paasdag',
      '2025-04-26': 'Koningsdag',
      '2025-05-05': 'Bevrijdingsdag',
      '2025-05-29': 'Hemelvaartsdag',
      '2025-06-08': 'Eerste Pinksterdag',
      '2025-06-09': 'Tweede Pinksterdag',
      '2025-12-25': 'Eerste Kerstdag',
      '2025-12-26': 'Tweede Kerstdag',
    });
  });

  it('2026', () => {
    expect(namen(2026)).toEqual({
      '2026-01-01': 'Nieuwjaarsdag',
      '2026-04-05': 'Eerste Paasdag',
      '2026-04-06': 'Tweede Paasdag',
      '2026-04-27': 'Koningsdag',
      '2026-05-05': 'Bevrijdingsdag',
      '2026-05-14': 'Hemelvaartsdag',
      '2026-05-24': 'Eerste Pinksterdag',
      '2026-05-25': 'Tweede Pinksterdag',
      '2026-12-25': 'Eerste Kerstdag',
      '2026-12-26': 'Tweede Kerstdag',
    });
  });

  it('2027: Hemelvaart the day after Bevrijdingsdag', () => {
    expect(namen(2027)).toEqual({
      '2027-01-01': 'Nieuwjaarsdag',
      '2027-03-28': 'Eerste Paasdag',
      '2027-03-29': 'Tweede Paasdag',
      '2027-04-27': 'Koningsdag',
      '2027-05-05': 'Bevrijdingsdag',
      '2027-05-06': 'Hemelvaartsdag',
      '2027-05-16': 'Eerste Pinksterdag',
      '2027-05-17': 'Tweede Pinksterdag',
      '2027-12-25': 'Eerste Kerstdag',
      '2027-12-26': 'Tweede Kerstdag',
    });
  });

  it('keeps both days when Hemelvaart falls on 5 May (2016)', () => {
    expect(feestdagen(2016).filter((f) => f.datum === '2016-05-05').map((f) => f.naam).sort()).toEqual(['Bevrijdingsdag', 'Hemelvaartsdag']);
  });

  it('Koningsdag 2014 (first one) was on Saturday 26 April; Koninginnedag 2006 on Saturday 29 April', () => {
    expect(feestdagOp('2014-04-26')?.naam).toBe('Koningsdag');
    expect(feestdagOp('2014-04-27')).toBeUndefined();
    expect(feestdagOp('2006-04-29')?.naam).toBe('Koninginnedag');
    expect(feestdagOp('2013-04-30')?.naam).toBe('Koninginnedag');
  });

  it('does not count Goede Vrijdag (Algemene termijnenwet)', () => {
    expect(feestdagOp('2025-04-18')).toBeUndefined();
    expect(feestdagOp('2026-04-03')).toBeUndefined();
  });

  it('refuses years it does not model, and non-dates', () => {
    expect(() => feestdagen(1979)).toThrow(expect.objectContaining({ code: 'YEAR_OUT_OF_RANGE' }));
    expect(() => feestdagOp('2025-02-29')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
