/** Format an ISO date or date-time for readers. */
export type DateFormatter = (iso: string, language: string) => string;

/**
 * The calendar date of an ISO string in the language's long form
 * ("6 March 2025", "March 6, 2025"). The date is read as written, in the
 * writer's own offset, so it never shifts a day with the reader's zone.
 */
export const formatDate: DateFormatter = (iso, language) => {
  const day = iso.slice(0, 10);
  const key = `${language}|${day}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    if (!match) return iso;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    formatted = dateFormatter(language)?.format(date) ?? day;
    // A bounded memo: an archive has many dates, a render only a few.
    if (formattedDates.size >= 5000) formattedDates.clear();
    formattedDates.set(key, formatted);
  }
  return formatted;
};

const formattedDates = new Map<string, string>();

// Creating a DateTimeFormat costs far more than using one: keep one per language.
const formatters = new Map<string, Intl.DateTimeFormat | undefined>();
function dateFormatter(language: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(language)) {
    let formatter: Intl.DateTimeFormat | undefined;
    try {
      formatter = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      formatter = undefined;
    }
    formatters.set(language, formatter);
  }
  return formatters.get(language);
}

/** An ISO 8601 duration (`PT18M20S`) in words with the labels' units: "18 min 20 s". */
export function formatDuration(duration: string, units: { days: string; hours: string; minutes: string; seconds: string }): string {
  const match = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration);
  if (!match) return duration;
  const [, days, hours, minutes, seconds] = match;
  const parts = [days && `${days} ${units.days}`, hours && `${hours} ${units.hours}`, minutes && `${minutes} ${units.minutes}`, seconds && `${Math.round(Number(seconds))} ${units.seconds}`].filter(
    Boolean,
  );
  return parts.join(' ') || duration;
}
