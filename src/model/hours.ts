/**
 * The one rounding of hours, everywhere: hours are decimal in files (a tiết, half or a quarter
 * of one), and sums and estimates of them are kept to a hundredth, free of binary
 * floating-point noise (0.1 + 0.2). Human reports show fewer decimals.
 */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** Clock hours from periods of `periodMinutes`: where people count time (person-hours a year). */
export function clockHours(periods: number, periodMinutes: number): number {
  return (periods * periodMinutes) / 60;
}
