// Calendar arithmetic without JS Date, whose years < 100 and local-time quirks would corrupt
// BigQuery's 0001..9999 range. Days/micros are counted from the Unix epoch, as DuckDB does.

export const MICROS_PER_DAY = 86_400_000_000n;

/** Howard Hinnant's days_from_civil. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

const pad = (n: number | bigint, w = 2): string => String(n).padStart(w, '0');

export function formatDate(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Valid calendar date → days since epoch, else undefined. */
export function parseDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = daysFromCivil(y, mo, d);
  const back = civilFromDays(days);
  return back[0] === y && back[1] === mo && back[2] === d && y >= 1 ? days : undefined;
}

/**
 * The timestamp spellings BigQuery accepts for TIMESTAMP/DATETIME parameters:
 * `YYYY-MM-DD[( |T)HH:MM[:SS[.fffffffff]]][Z| UTC|±HH[:MM]]`. Returns micros since epoch (UTC).
 */
export function parseTimestamp(text: string, allowZone = true): bigint | undefined {
  const m = /^(\d{4}-\d{1,2}-\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|UTC|[+-]\d{1,2}(?::?\d{2})?)?$/i.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const days = parseDate(m[1] ?? '');
  const [h, mi, s] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (days === undefined || h > 23 || mi > 59 || s > 59) return undefined;
  if (m[6] && !allowZone) return undefined;
  const frac = BigInt(`${m[5] ?? ''}000000`.slice(0, 6));
  let offsetMinutes = 0;
  const zone = m[6]?.toUpperCase();
  if (zone && zone !== 'Z' && zone !== 'UTC') {
    const z = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
    if (!z) return undefined;
    offsetMinutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
  }
  const secs = BigInt(days) * 86_400n + BigInt(h * 3600 + mi * 60 + s) - BigInt(offsetMinutes * 60);
  return secs * 1_000_000n + frac;
}

function split(micros: bigint): { days: number; secOfDay: number; frac: bigint } {
  let days = micros / MICROS_PER_DAY;
  let rem = micros % MICROS_PER_DAY;
  if (rem < 0n) {
    rem += MICROS_PER_DAY;
    days -= 1n;
  }
  return { days: Number(days), secOfDay: Number(rem / 1_000_000n), frac: rem % 1_000_000n };
}

/** ISO-8601 UTC: millisecond precision like Date#toISOString unless sub-millisecond digits exist. */
export function formatTimestampIso(micros: bigint): string {
  const { days, secOfDay, frac } = split(micros);
  const time = `${pad(Math.floor(secOfDay / 3600))}:${pad(Math.floor(secOfDay / 60) % 60)}:${pad(secOfDay % 60)}`;
  const fraction = frac % 1000n === 0n ? pad(frac / 1000n, 3) : pad(frac, 6);
  return `${formatDate(days)}T${time}.${fraction}Z`;
}

/** BigQuery's DATETIME text: `YYYY-MM-DDTHH:MM:SS[.ffffff]`. */
export function formatDatetime(micros: bigint): string {
  const { days, secOfDay, frac } = split(micros);
  const time = `${pad(Math.floor(secOfDay / 3600))}:${pad(Math.floor(secOfDay / 60) % 60)}:${pad(secOfDay % 60)}`;
  return `${formatDate(days)}T${time}${frac === 0n ? '' : `.${pad(frac, 6)}`}`;
}

/**
 * Java's Double.toString, which is how BigQuery's REST layer writes FLOAT64 cells and
 * (without useInt64Timestamp) TIMESTAMP cells: "1.0", "0.1", "1.77016381E9", "1.0E-5".
 */
export function javaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? 'Infinity' : '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa = '', exponent = '0'] = d.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}
