/**
 * What an attack node says of the event itself: its kind and weapon, and the dead and wounded as a
 * range over the reports, each figure with the outlet that gave it (conflicting tolls stay side by side).
 */
import type { NodeDetails } from "../core/api/client.ts";

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function Figures({
  label,
  min,
  max,
  counts,
  sources,
  outletOf,
}: {
  label: string;
  min: unknown;
  max: unknown;
  counts: unknown[];
  sources: unknown[];
  outletOf: (id: string) => string;
}) {
  if (min === null || min === undefined) return null;
  const range = min === max ? String(min) : `${String(min)}–${String(max)}`;
  return (
    <li>
      <span className="rel">{label}</span> {range}
      {counts.length > 0 && (
        <span className="muted">
          {" "}
          · {counts.map((c, i) => `${String(c)} (${outletOf(String(sources[i]))})`).join(", ")}
        </span>
      )}
    </li>
  );
}

export function AttackFacts({ details }: { details: NodeDetails }) {
  const p = details.node.properties;
  const outlets = new Map(details.articles.map((a) => [a.id, a.outlet ?? a.id]));
  const outletOf = (id: string) => outlets.get(id) ?? id;
  const kind = [p.eventType, p.weapon].filter(Boolean).map(String).join(" · ");
  return (
    <section data-testid="attack-facts">
      <h3>What happened</h3>
      <ul className="relations">
        {kind && <li>{kind}</li>}
        <Figures
          label="dead"
          min={p.fatalitiesMin}
          max={p.fatalitiesMax}
          counts={list(p.fatalityCounts)}
          sources={list(p.fatalitySources)}
          outletOf={outletOf}
        />
        <Figures
          label="wounded"
          min={p.woundedMin}
          max={p.woundedMax}
          counts={list(p.woundedCounts)}
          sources={list(p.woundedSources)}
          outletOf={outletOf}
        />
      </ul>
    </section>
  );
}
