/**
 * The publication date a page states in its own header ("Published: Sunday, 10 December 2023 - 14:22 GMT",
 * "Updated: February 08, 2024, 4:39 PM"), for articles that come without metadata: relative dates in the
 * text ("on Sunday") resolve against it rather than against the day the article is loaded.
 */
import * as chrono from "chrono-node";

const HEADER = /^(?:Published|Updated|Posted|Last updated|First published)(?: on)?\s*:?\s*(.+)$/i;

/** ISO date (YYYY-MM-DD) from the first header line that states a full date, else null. */
export function statedPublication(lines: string[]): string | null {
  for (const line of lines.slice(0, 12)) {
    const m = HEADER.exec(line.trim());
    if (!m) continue;
    const r = chrono.parse(m[1]!, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })[0];
    if (!r || !r.start.isCertain("year") || !r.start.isCertain("month") || !r.start.isCertain("day")) continue;
    const y = r.start.get("year")!;
    const mo = r.start.get("month")!;
    const d = r.start.get("day")!;
    return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return null;
}
