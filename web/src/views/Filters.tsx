/** The legend doubles as the type filter; relationship types, a date range and a timeline of attacks. */
import { useMemo, type ReactNode } from "react";
import { ALL_NODE_TYPES, ALL_REL_TYPES, setFilters } from "../core/store.ts";
import { REL_COLORS, TYPE_COLORS, relLabel } from "../core/style/palette.ts";
import { useExplorer } from "./useExplorer.ts";

const toggle = (list: string[], x: string) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

/** A list of types to switch on and off, each with its swatch. */
function TypeChecklist(props: {
  title: string;
  all: readonly string[];
  on: string[];
  onChange: (on: string[]) => void;
  swatch: (t: string) => ReactNode;
  testId?: string;
}) {
  return (
    <fieldset className="legend" data-testid={props.testId}>
      <legend>{props.title}</legend>
      {props.all.map((t) => (
        <label key={t}>
          <input type="checkbox" checked={props.on.includes(t)} onChange={() => props.onChange(toggle(props.on, t))} />
          {props.swatch(t)}
        </label>
      ))}
    </fieldset>
  );
}

export function Legend() {
  const types = useExplorer((s) => s.filters.nodeTypes);
  const data = useExplorer((s) => s.data);
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const n of Object.values(data.nodes)) c[n.type] = (c[n.type] ?? 0) + 1;
    return c;
  }, [data]);
  return (
    <TypeChecklist
      title="Node types"
      testId="legend"
      all={ALL_NODE_TYPES}
      on={types}
      onChange={(nodeTypes) => setFilters({ nodeTypes })}
      swatch={(t) => (
        <>
          <span className="dot" style={{ background: TYPE_COLORS[t] }} /> {t} <small>{counts[t] ?? 0}</small>
        </>
      )}
    />
  );
}

export function RelFilters() {
  const rels = useExplorer((s) => s.filters.relTypes);
  return (
    <TypeChecklist
      title="Relationships"
      all={ALL_REL_TYPES}
      on={rels}
      onChange={(relTypes) => setFilters({ relTypes })}
      swatch={(t) => (
        <>
          <span className="line" style={{ background: REL_COLORS[t] }} /> {relLabel(t)}
        </>
      )}
    />
  );
}

/** Attacks per month in the view; clicking a bar filters to that month. */
export function Timeline() {
  const data = useExplorer((s) => s.data);
  const from = useExplorer((s) => s.filters.from);
  const to = useExplorer((s) => s.filters.to);
  const months = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of Object.values(data.nodes)) {
      const d = n.type === "Attack" ? (n.properties.date as string | undefined) : undefined;
      if (d) c.set(d.slice(0, 7), (c.get(d.slice(0, 7)) ?? 0) + 1);
    }
    return [...c].sort(([a], [b]) => a.localeCompare(b));
  }, [data]);
  const max = Math.max(1, ...months.map(([, n]) => n));
  return (
    <div className="timeline" aria-label="Timeline of attacks">
      <div className="range">
        <label>
          from <input type="date" value={from ?? ""} onChange={(e) => setFilters({ from: e.target.value || null })} />
        </label>
        <label>
          to <input type="date" value={to ?? ""} onChange={(e) => setFilters({ to: e.target.value || null })} />
        </label>
        {(from || to) && <button onClick={() => setFilters({ from: null, to: null })}>clear</button>}
      </div>
      <div className="bars">
        {months.length === 0 && <span className="muted">No dated attacks in view</span>}
        {months.map(([m, n]) => (
          <button
            key={m}
            className="bar"
            title={`${m}: ${n} attack${n > 1 ? "s" : ""}`}
            style={{ height: `${8 + (n / max) * 40}px` }}
            onClick={() => setFilters({ from: `${m}-01`, to: `${m}-31` })}
          >
            <span>{m}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
