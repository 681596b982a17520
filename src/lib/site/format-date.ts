const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date given at year, month or day precision ("2010", "2013-01", "2013-08-13"), written out for readers. */
export function formatPartialDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(iso);
  if (!match) throw new Error(`"${iso}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) throw new Error(`"${iso}" has no month ${month}`);
  if (!monthName) return year!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
