/**
 * What an attack node says of the event itself: its kind and weapon, and the dead and wounded as a
 * range over the reports, each figure with the outlet that gave it (conflicting tolls stay side by side).
 */
import type { NodeDetails } from "../core/api/client.ts";

/** The stored properties of each kind of figure: its range, and each report's count and article. */
const FIGURES = [
  { label: "dead", min: "fatalitiesMin", max: "fatalitiesMax", counts: "fatalityCounts", sources: "fatalitySources" },
  { label: "wounded", min: "woundedMin", max: "woundedMax", counts: "woundedCounts", sources: "woundedSources" },
] as const;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function AttackFacts({ details }: { details: NodeDetails }) {
  const p = details.node.properties;
  const outlets = new Map(details.articles.map((a) => [a.id, a.outlet ?? a.id]));
  const kind = [p.eventType, p.weapon].filter(Boolean).map(String).join(" · ");
  return (
    <section data-testid="attack-facts">
      <h3>What happened</h3>
      <ul className="relations">
        {kind && <li>{kind}</li>}
        {FIGURES.map((f) => {
          const min = p[f.min];
          if (min === null || min === undefined) return null;
          const max = p[f.max];
          const sources = list(p[f.sources]);
          const reports = list(p[f.counts]).map(
            (c, i) => `${String(c)} (${outlets.get(String(sources[i])) ?? String(sources[i])})`,
          );
          return (
            <li key={f.label}>
              <span className="rel">{f.label}</span> {min === max ? String(min) : `${String(min)}–${String(max)}`}
              {reports.length > 0 && <span className="muted"> · {reports.join(", ")}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
