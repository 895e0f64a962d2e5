import type { Attribution, DatePrecision, EventType } from "../../ontology/model.ts";
import type { Evidence } from "../provenance/evidence.ts";

export interface Participant extends Evidence {
  entity: string;
  sources: string[];
  attribution?: Attribution;
}

/** One attack, possibly reported by several articles. */
export interface Attack extends Evidence {
  id: string;
  label: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateText: string | null;
  eventType: EventType;
  weapon: string | null;
  fatalitiesMin: number | null;
  fatalitiesMax: number | null;
  /** Each reported death toll with the article that reported it: conflicting figures are kept. */
  fatalityReports: { count: number; source: string; evidence: string }[];
  woundedMin: number | null;
  woundedMax: number | null;
  /** Each reported figure of wounded with the article that reported it. */
  woundedReports: { count: number; source: string; evidence: string }[];
  perpetrators: Participant[];
  targets: Participant[];
  killed: Participant[];
  places: Participant[];
  sources: string[];
}
