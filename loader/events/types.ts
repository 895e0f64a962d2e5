import type { Attribution, DatePrecision, EventType } from "../../ontology/model.ts";
import type { Evidence } from "../provenance/evidence.ts";

export interface Participant extends Evidence {
  entity: string;
  sources: string[];
  attribution?: Attribution;
}

/** A figure (of dead or wounded) as one article reports it. */
export interface FigureReport {
  count: number;
  source: string;
  evidence: string;
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
  fatalityReports: FigureReport[];
  woundedMin: number | null;
  woundedMax: number | null;
  /** Each reported figure of wounded with the article that reported it. */
  woundedReports: FigureReport[];
  perpetrators: Participant[];
  targets: Participant[];
  killed: Participant[];
  places: Participant[];
  sources: string[];
}
