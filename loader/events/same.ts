/**
 * When two reports describe the same attack: compatible dates and a shared person killed, or on the
 * same day a shared place, a shared perpetrator and target, or a shared target and toll. Used to merge reports within a load and
 * to attach a new report to an attack already in the database.
 */
import type { DatePrecision } from "../../ontology/model.ts";

export interface AttackSummary {
  date: string | null;
  precision: DatePrecision | null;
  killed: Set<string>;
  places: Set<string>;
  perpetrators: Set<string>;
  targets: Set<string>;
  /** Death tolls reported; known only for reports of the same load. */
  tolls?: Set<number>;
}

const overlaps = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));
/** Days from one ISO date to another, negative when `to` comes first. */
export const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
export const dayDiff = (a: string, b: string) => Math.abs(daysBetween(a, b));

export function compatibleDates(
  a: { date: string; precision: DatePrecision } | null,
  b: { date: string; precision: DatePrecision } | null,
): boolean {
  if (!a || !b) return true;
  if (a.precision === "year" || b.precision === "year") return a.date.slice(0, 4) === b.date.slice(0, 4);
  if (a.precision === "month" || b.precision === "month") return dayDiff(a.date, b.date) <= 31;
  return dayDiff(a.date, b.date) <= 1;
}

const dated = (s: AttackSummary) => (s.date && s.precision ? { date: s.date, precision: s.precision } : null);

export function sameAttack(a: AttackSummary, b: AttackSummary): boolean {
  if (!compatibleDates(dated(a), dated(b))) return false;
  if (overlaps(a.killed, b.killed)) return true;
  // Two reports of an attack on the same side with the same toll, one not yet saying who did it
  // ("the drone attack that killed three US soldiers late last month").
  const sameToll = !!a.tolls && !!b.tolls && overlaps(a.tolls, b.tolls);
  const anonymous = a.perpetrators.size === 0 || b.perpetrators.size === 0;
  const dayKnown = !!a.date && !!b.date && (a.precision === "day" || b.precision === "day");
  if (sameToll && anonymous && overlaps(a.targets, b.targets) && dayKnown) return true;
  if (a.precision !== "day" || b.precision !== "day") return false;
  return overlaps(a.places, b.places) || (overlaps(a.perpetrators, b.perpetrators) && overlaps(a.targets, b.targets));
}
