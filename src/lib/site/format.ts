/** A calendar date as readers write it, e.g. "Tuesday 13 August 2013", fixed to UTC so builds agree anywhere. */
export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date).replace(',', '');
}

/** A date as the `datetime` attribute wants it (YYYY-MM-DD). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1 repeat" / "12 repeats": a count with its noun in the right number. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
