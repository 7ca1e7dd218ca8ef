/** "62.5%", "50%"; "n/a" when the backend had nothing to divide by. */
export function formatPercent(percent: number | null): string {
  if (percent === null) return 'n/a';
  return `${String(Math.round(percent * 10) / 10)}%`;
}

/** Story points may be fractional; one decimal is as precise as anyone estimates. */
export function formatAmount(amount: number): string {
  return String(Math.round(amount * 10) / 10);
}

/** "3 of 8". */
export function formatPart(part: number, whole: number): string {
  return `${formatAmount(part)} of ${formatAmount(whole)}`;
}
