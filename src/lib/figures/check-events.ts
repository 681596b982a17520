import { about, type Checked, ok } from './checked';
import { locateQuote } from './locate';
import type { Resolved, TimelineEvent } from './types';

/** Locates a dated event by the words that date it, which must stand once in the article. */
export function checkEvent(event: TimelineEvent, paragraphs: readonly string[]): Checked<Resolved<TimelineEvent>> {
  const location = locateQuote(paragraphs, event.quote);
  return location.ok ? ok({ ...event, location: location.value }) : about(`event "${event.id}"`, location);
}
