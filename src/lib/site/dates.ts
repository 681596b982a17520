// One formatter for every date on the site, fixed to UTC so a build gives the same words on any machine.
const formats = {
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  weekday: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A date as the `datetime` attribute wants it (YYYY-MM-DD). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A date written out for readers at the precision it is known: "2010", "January 2013", "13 August 2013", or with
 * `weekday`, "Tuesday 13 August 2013". Takes a Date or an ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function formatDate(date: Date | string, { weekday = false } = {}): string {
  if (date instanceof Date) return formats[weekday ? 'weekday' : 'day'].format(date).replace(',', '');
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date);
  if (!match) throw new Error(`"${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month = '01', day = '01'] = match;
  const value = new Date(`${year}-${month}-${day}T00:00:00Z`);
  // Date rolls an impossible day or month over into the next; a date that does not read back was never a date.
  if (Number.isNaN(value.getTime()) || isoDate(value) !== `${year}-${month}-${day}`) throw new Error(`"${date}" is no calendar date`);
  const precision = match[3] ? (weekday ? 'weekday' : 'day') : match[2] ? 'month' : 'year';
  return formats[precision].format(value).replace(',', '');
}
