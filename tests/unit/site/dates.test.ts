import { describe, expect, test } from 'vitest';
import { formatDate, isoDate } from '../../../src/lib/site/dates';

describe('formatDate', () => {
  test.each([
    ['2010', '2010'],
    ['2013-01', 'January 2013'],
    ['2013-02', 'February 2013'],
    ['2013-03', 'March 2013'],
    ['2013-04', 'April 2013'],
    ['2013-05', 'May 2013'],
    ['2013-06', 'June 2013'],
    ['2013-07', 'July 2013'],
    ['2013-08', 'August 2013'],
    ['2013-09', 'September 2013'],
    ['2013-10', 'October 2013'],
    ['2013-11', 'November 2013'],
    ['2013-12', 'December 2013'],
    ['2013-08-13', '13 August 2013'],
    ['2013-08-01', '1 August 2013'],
  ])('writes the ISO date %s as "%s", at the precision it is known', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  test('writes the talks’ day with its weekday, as readers do, in UTC whatever the machine’s zone', () => {
    expect(formatDate(new Date('2013-08-13T00:00:00Z'), { weekday: true })).toBe('Tuesday 13 August 2013');
    expect(formatDate('2013-08-13', { weekday: true })).toBe('Tuesday 13 August 2013');
    expect(formatDate(new Date('2013-08-13T23:30:00Z'))).toBe('13 August 2013');
  });

  test.each([
    ['13/08/2013', 'is not a date of the form'],
    ['2013-8', 'is not a date of the form'],
    ['2013-13', 'is no calendar date'],
    ['2013-00', 'is no calendar date'],
    ['2013-02-30', 'is no calendar date'],
  ])('rejects %s, naming it', (iso, why) => {
    expect(() => formatDate(iso)).toThrow(`"${iso}" ${why}`);
  });
});

describe('isoDate', () => {
  test('gives the day as the datetime attribute wants it', () => {
    expect(isoDate(new Date('2013-08-13T00:00:00Z'))).toBe('2013-08-13');
  });
});
