/**
 * The selected node: canonical name, type, aliases, roles and groups, attacks, and every fact with its
 * evidence sentence and article (click to read the article with the sentence highlighted).
 */
import { useEffect, useState } from "react";
import { api, type Evidence, type NodeDetails, type Relation } from "../core/api/client.ts";
import { egoNetwork, expand, showPath } from "../core/actions.ts";
import { hideNodes, select, togglePin } from "../core/store.ts";
import { TYPE_COLORS, relLabel } from "../core/style/palette.ts";
import { ArticleDialog } from "./ArticleDialog.tsx";
import { AttackFacts } from "./AttackFacts.tsx";
import { useExplorer } from "./useExplorer.ts";

const GROUPS: { title: string; test: (r: Relation) => boolean }[] = [
  { title: "Roles and groups", test: (r) => r.direction === "out" && ["AFFILIATED_WITH", "PART_OF"].includes(r.type) },
  { title: "Backed by", test: (r) => r.direction === "out" && r.type === "BACKED_BY" },
  { title: "Allies", test: (r) => r.type === "ALLIED_WITH" },
  {
    title: "Members and backed groups",
    test: (r) => r.direction === "in" && ["AFFILIATED_WITH", "PART_OF", "BACKED_BY"].includes(r.type),
  },
  { title: "Attacks", test: (r) => r.other.type === "Attack" },
  {
    title: "Took part",
    test: (r) => r.direction === "out" && ["PERPETRATED_BY", "TARGETED", "KILLED", "OCCURRED_IN"].includes(r.type),
  },
];

const relText = (r: Relation) => {
  const t = relLabel(r.type);
  return r.direction === "out" ? t : `${t} (by)`;
};

export function SidePanel() {
  const selected = useExplorer((s) => s.selected);
  const pinned = useExplorer((s) => s.pinned);
  const known = useExplorer((s) => (s.selected ? s.data.nodes[s.selected]?.label : undefined));
  const [details, setDetails] = useState<NodeDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<Evidence | null>(null);
  const [pathTo, setPathTo] = useState("");

  useEffect(() => {
    setDetails(null);
    setError(null);
    if (!selected) return;
    let live = true;
    api.node(selected).then(
      (d) => live && setDetails(d),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [selected]);

  if (!selected) return null;
  const p = details?.node.properties ?? {};
  const name = String(p.name ?? p.label ?? p.headline ?? known ?? selected);
  const aliases = (p.aliases as string[] | undefined) ?? [];
  return (
    <aside className="side-panel" aria-label="Details" data-testid="side-panel">
      <header>
        <span className="dot" style={{ background: TYPE_COLORS[details?.type ?? ""] }} />
        <h2>{name}</h2>
        <button aria-label="Close details" onClick={() => select(null)}>
          ×
        </button>
      </header>
      {error && <p className="error">{error}</p>}
      {!details && !error && <p className="muted">Loading…</p>}
      {details && (
        <>
          <p className="muted">
            {details.type}
            {p.actorType ? ` · ${String(p.actorType)}` : ""}
            {p.date ? ` · ${String(p.date)}` : ""}
            {p.mentions ? ` · ${String(p.mentions)} mentions` : ""}
          </p>
          {aliases.length > 0 && (
            <section>
              <h3>Also known as</h3>
              <p className="aliases" data-testid="aliases">
                {aliases.join(" · ")}
              </p>
            </section>
          )}
          {details.type === "Attack" && <AttackFacts details={details} />}
          <div className="actions">
            <button onClick={() => void expand(selected)}>Expand</button>
            <button onClick={() => void egoNetwork(selected)}>Ego network</button>
            <button onClick={() => togglePin(selected)}>{pinned.includes(selected) ? "Unpin" : "Pin"}</button>
            <button onClick={() => hideNodes([selected])}>Hide</button>
          </div>
          <form
            className="path-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (pathTo.trim()) void showPath(name, pathTo.trim());
            }}
          >
            <input
              value={pathTo}
              onChange={(e) => setPathTo(e.target.value)}
              placeholder="Shortest path to… (name)"
              aria-label="Shortest path to"
            />
            <button type="submit">Path</button>
          </form>
          {GROUPS.map((g) => {
            const rels = details.relations.filter(g.test);
            if (rels.length === 0) return null;
            return (
              <section key={g.title}>
                <h3>{g.title}</h3>
                <ul className="relations">
                  {rels.map((r, i) => (
                    <li key={`${r.type}-${r.other.id}-${i}`}>
                      <div>
                        <span className="rel">{relText(r)}</span>{" "}
                        <a href="#" onClick={(e) => (e.preventDefault(), select(r.other.id))}>
                          {r.other.name}
                        </a>
                        {r.role && <span className="role"> — {r.role}</span>}
                        {r.attribution && <span className="role"> ({r.attribution})</span>}
                        {r.outlets ? (
                          <span className="muted">
                            {" "}
                            · {r.outlets} outlet{r.outlets > 1 ? "s" : ""}
                          </span>
                        ) : null}
                      </div>
                      {r.evidence.map((ev, j) => (
                        <blockquote key={j} className="evidence" data-testid="evidence">
                          “{ev.sentence}”{" "}
                          <a href="#" onClick={(e) => (e.preventDefault(), setReading(ev))}>
                            {ev.article.outlet ?? ev.article.id}
                            {ev.article.published ? `, ${ev.article.published}` : ""}
                          </a>
                        </blockquote>
                      ))}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {details.articles.length > 0 && (
            <section>
              <h3>Mentioned in</h3>
              <ul className="articles">
                {details.articles.map((a) => (
                  <li key={a.id}>
                    <a href="#" onClick={(e) => (e.preventDefault(), setReading({ sentence: "", article: a }))}>
                      {a.headline ?? a.id}
                    </a>{" "}
                    <span className="muted">
                      {a.outlet}, {a.published} · {a.count}×
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {reading && <ArticleDialog evidence={reading} onClose={() => setReading(null)} />}
    </aside>
  );
}
