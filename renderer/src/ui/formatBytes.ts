const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 1,234 bytes → "1.2 KB" (1 KB = 1,000 bytes, as file managers on Windows and macOS now show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${NUMBER.format(bytes)} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${NUMBER.format(value)} ${units[unit]}`;
}
