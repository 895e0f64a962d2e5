/** The explorer's layout: search and tools on top, queries and filters on the left, the graph, details on the right. */
import { useEffect, useState } from "react";
import { focusNode, loadOverview, runSavedQuery } from "../core/actions.ts";
import { edgeCount, nodeCount } from "../core/graph/data.ts";
import { fail, setFilters, store } from "../core/store.ts";
import { readUrl, writeUrl } from "../core/url/state.ts";
import { CypherPanel, QueryPanel } from "./QueryPanel.tsx";
import { Legend, RelFilters, Timeline } from "./Filters.tsx";
import { GraphView } from "./GraphView.tsx";
import { ResultTable } from "./ResultTable.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { SidePanel } from "./SidePanel.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { useExplorer } from "./useExplorer.ts";

type Tab = "queries" | "cypher" | "filters";

async function restoreFromUrl() {
  const u = readUrl(window.location.search);
  if (u.nodeTypes) setFilters({ nodeTypes: u.nodeTypes });
  if (u.relTypes) setFilters({ relTypes: u.relTypes });
  setFilters({ from: u.from, to: u.to });
  if (u.colorBy) store.setState({ colorBy: u.colorBy });
  if (u.query) await runSavedQuery(u.query.name, u.query.params);
  else await loadOverview();
  if (u.node) await focusNode(u.node);
}

export function App() {
  const [tab, setTab] = useState<Tab>("queries");
  const busy = useExplorer((s) => s.busy);
  const error = useExplorer((s) => s.error);
  const data = useExplorer((s) => s.data);

  useEffect(() => {
    void restoreFromUrl();
    // The URL follows the state, so a view can be shared by copying the address.
    return store.subscribe((s) => {
      const next = writeUrl(s);
      if (next !== window.location.search) window.history.replaceState(null, "", `${window.location.pathname}${next}`);
    });
  }, []);

  const empty = nodeCount(data) === 0 && !busy;
  return (
    <div className="app">
      <header className="top">
        <h1>Militia graph explorer</h1>
        <SearchBox />
        <Toolbar />
      </header>
      <nav className="left">
        <div role="tablist">
          {(["queries", "cypher", "filters"] as Tab[]).map((t) => (
            <button key={t} role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>
              {t === "queries" ? "Saved queries" : t === "cypher" ? "Cypher" : "Filters"}
            </button>
          ))}
        </div>
        {tab === "queries" && <QueryPanel />}
        {tab === "cypher" && <CypherPanel />}
        {tab === "filters" && (
          <>
            <RelFilters />
          </>
        )}
        <Legend />
      </nav>
      <main className="center">
        <GraphView />
        {/* Over the graph, not above it: a bar that pushed the graph down would resize sigma's canvases,
            and resizing a WebGL canvas drawing a large graph blocks the page for seconds. */}
        <div className="messages">
          {busy && (
            <div className="progress" role="progressbar" aria-label={busy}>
              <span>{busy}</span>
            </div>
          )}
          {error && (
            <div className="error-banner" role="alert">
              {error} <button onClick={() => fail(null)}>dismiss</button>
            </div>
          )}
        </div>
        {empty && <div className="empty">No nodes in view: search for an actor or run a saved query.</div>}
        <div className="counts" data-testid="counts">
          {nodeCount(data)} nodes · {edgeCount(data)} relationships
        </div>
      </main>
      <SidePanel />
      <footer className="bottom">
        <Timeline />
        <ResultTable />
      </footer>
    </div>
  );
}
