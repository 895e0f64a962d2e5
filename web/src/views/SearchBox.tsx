/** Search over names and aliases with autocomplete; keyboard: "/" focuses, arrows move, Enter opens, Esc closes. */
import { useEffect, useRef, useState } from "react";
import { api, type SearchHit } from "../core/api/client.ts";
import { focusNode } from "../core/actions.ts";
import { TYPE_COLORS } from "../core/style/palette.ts";
import { focusCamera } from "./sigmaRef.ts";

export function SearchBox() {
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  /** Set when a result was chosen: the name it writes into the box is not a new search. */
  const chosen = useRef(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.key === "/" &&
        document.activeElement?.tagName !== "INPUT" &&
        document.activeElement?.tagName !== "TEXTAREA"
      ) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (chosen.current || q.trim().length < 2) {
      chosen.current = false;
      setHits([]);
      return;
    }
    let live = true;
    const t = setTimeout(() => {
      api.search(q).then(
        (r) => live && (setHits(r), setActive(0), setOpen(true)),
        () => live && setHits([]),
      );
    }, 180);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q]);

  const choose = async (h: SearchHit) => {
    setOpen(false);
    chosen.current = true;
    setQ(h.name);
    await focusNode(h.id);
    setTimeout(() => focusCamera(h.id), 300);
  };

  return (
    <div className="search" role="combobox" aria-expanded={open} aria-haspopup="listbox">
      <input
        ref={input}
        value={q}
        placeholder="Search actors (press /)"
        aria-label="Search actors by name or alias"
        onChange={(e) => setQ(e.target.value)}
        onFocus={() => hits.length && setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(hits.length - 1, a + 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
          else if (e.key === "Enter" && hits[active]) void choose(hits[active]!);
          else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && hits.length > 0 && (
        <ul role="listbox" className="search-results">
          {hits.map((h, i) => (
            <li
              key={h.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => {
                e.preventDefault();
                void choose(h);
              }}
            >
              <span className="dot" style={{ background: TYPE_COLORS[h.type] }} />
              <strong>{h.name}</strong> <small>{h.type}</small>
              {h.aliases && h.aliases.length > 0 && <div className="aliases">{h.aliases.slice(0, 4).join(" · ")}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
