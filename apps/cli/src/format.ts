/**
 * Numbers as people read them in summaries and tables, independent of the machine's
 * locale: thousands separated by commas, durations in seconds, sizes in MiB.
 */

/** 1234567 → '1,234,567'; fractions keep up to `decimals` digits. */
export function formatCount(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** Milliseconds as seconds: '0.042 s', '1.35 s', '12.4 s', '754 s'. */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 1) return `${s.toFixed(3)} s`;
  if (s < 10) return `${s.toFixed(2)} s`;
  if (s < 100) return `${s.toFixed(1)} s`;
  return `${formatCount(s)} s`;
}

const MIB = 1024 * 1024;

/** Bytes as MiB (or GiB from 10 GiB on): '87.3 MiB', '12.6 GiB'. */
export function formatBytes(bytes: number): string {
  if (bytes >= 10 * 1024 * MIB) return `${(bytes / (1024 * MIB)).toFixed(1)} GiB`;
  return `${formatCount(bytes / MIB, 1)} MiB`;
}

/** 'n thing' or 'n things'. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
