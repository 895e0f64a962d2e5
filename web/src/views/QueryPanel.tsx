/** The saved-query library with a form per query, and the ad-hoc Cypher editor. */
import { useEffect, useState } from "react";
import { CypherEditor } from "@neo4j-cypher/react-codemirror";
import { api, type SavedQuery } from "../core/api/client.ts";
import { runCypher, runSavedQuery } from "../core/actions.ts";
import { store } from "../core/store.ts";

function ParamInput({
  p,
  value,
  onChange,
}: {
  p: SavedQuery["params"][number];
  value: string;
  onChange: (v: string) => void;
}) {
  const type = p.type === "date" ? "date" : p.type === "integer" || p.type === "number" ? "number" : "text";
  return (
    <label className="param">
      <span>{p.name}</span>
      <input
        type={type}
        value={value}
        min={p.min}
        max={p.max}
        onChange={(e) => onChange(e.target.value)}
        title={p.description}
      />
    </label>
  );
}

export function QueryPanel() {
  const [queries, setQueries] = useState<SavedQuery[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, Record<string, string>>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.queries().then(setQueries, (e: Error) => setError(e.message));
  }, []);

  const run = async (q: SavedQuery) => {
    const given = values[q.name] ?? {};
    const params = Object.fromEntries(q.params.map((p) => [p.name, given[p.name] ?? p.default]));
    await runSavedQuery(q.name, params);
  };

  return (
    <div className="queries" aria-label="Saved queries">
      {error && <p className="error">{error}</p>}
      <ul>
        {queries.map((q) => (
          <li key={q.name} className={open === q.name ? "open" : ""}>
            <button
              className="query-title"
              aria-expanded={open === q.name}
              onClick={() => setOpen(open === q.name ? null : q.name)}
            >
              {q.title}
            </button>
            {open === q.name && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(q);
                }}
              >
                <p className="muted">{q.description}</p>
                {q.params.map((p) => (
                  <ParamInput
                    key={p.name}
                    p={p}
                    value={values[q.name]?.[p.name] ?? String(p.default)}
                    onChange={(v) => setValues((s) => ({ ...s, [q.name]: { ...s[q.name], [p.name]: v } }))}
                  />
                ))}
                <button type="submit" data-testid={`run-${q.name}`}>
                  Run
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CypherPanel() {
  const [query, setQuery] = useState("MATCH (o:Organization)-[r:BACKED_BY]->(s:State)\nRETURN o, r, s\nLIMIT 50");
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    const r = await runCypher(query);
    if (!r) {
      const e = store.getState().error;
      setError(e);
    }
  };
  return (
    <div className="cypher" aria-label="Cypher editor">
      <div
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void run();
          }
        }}
      >
        <CypherEditor value={query} onValueChanged={(v) => setQuery(v)} ariaLabel="Cypher query" />
      </div>
      <button onClick={() => void run()}>Run (Ctrl+Enter)</button>
      <p className="muted">Read-only: writes, LOAD CSV and admin commands are refused by the server.</p>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
