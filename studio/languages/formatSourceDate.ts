/** A source's change date as editors read it: "March 3, 2026, 4:05 PM" in the browser's time zone. */
export function formatSourceDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', {dateStyle: 'long', timeStyle: 'short'}).format(new Date(iso))
}
