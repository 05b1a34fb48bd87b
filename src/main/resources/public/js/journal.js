// Downloads on the progress page use the browser's own time zone, so reminders and dates match the
// person's clock. Without JavaScript they fall back to UTC, which the server names as UTC.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (zone) {
  for (const input of document.querySelectorAll('input.tz')) {
    input.value = zone;
  }
  for (const link of document.querySelectorAll('a.tz-link')) {
    const url = new URL(link.href);
    url.searchParams.set('tz', zone);
    link.href = url.toString();
  }
}
