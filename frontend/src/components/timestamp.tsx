export interface TimestampProps {
  /** An ISO instant, or PostgreSQL's `timestamptz::text` form (`2024-05-01 10:11:12.5+00`). */
  value: string;
  /** Defaults to the current time; decides whether the date is worth showing. */
  now?: Date;
}

const POSTGRES_TEXT = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)(?::?(\d\d))?$/;

function parse(value: string): Date | null {
  const postgres = POSTGRES_TEXT.exec(value);
  const iso = postgres
    ? `${postgres[1] ?? ''}T${postgres[2] ?? ''}${postgres[3] ?? ''}:${postgres[4] ?? '00'}`
    : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A moment in the viewer's time zone: HH:MM:SS when it is today (sync and mirror times are
 * usually seconds old), with the date in front otherwise. Unreadable values show as sent.
 */
export function Timestamp({ value, now = new Date() }: TimestampProps) {
  const date = parse(value);
  if (date === null) {
    return <time>{value}</time>;
  }
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const today = date.toDateString() === now.toDateString();
  return (
    <time dateTime={date.toISOString()} title={date.toString()}>
      {today ? time : `${day} ${time}`}
    </time>
  );
}
