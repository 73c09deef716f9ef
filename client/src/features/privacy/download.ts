// Saves a value as a JSON file through the browser's own download, without a round trip to a URL.
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** aliadas-my-data-2026-11-29.json */
export function exportFileName(now: Date): string {
  return `aliadas-my-data-${now.toISOString().slice(0, 10)}.json`;
}
