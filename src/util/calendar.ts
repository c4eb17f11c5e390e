// Calendar-day arithmetic on YYYY-MM-DD strings, in UTC so the answer is the same on every machine.

const DAY_MS = 86_400_000;

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);

export const addDays = (date: string, days: number): string => new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** The one clock read: today's UTC date, used only when the user gave no --as-of. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
