/** The table of the last query, as the API returned it (graph-only columns left out). */
import { store } from "../core/store.ts";
import { useExplorer } from "./useExplorer.ts";

const closeTable = () => store.setState({ table: null });

const isGraphValue = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.length > 0 && v.every(isGraphValue)
    : !!v && typeof v === "object" && ("properties" in v || "nodes" in v);

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(cell).join("; ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

export function ResultTable() {
  const table = useExplorer((s) => s.table);
  if (!table) return null;
  const columns = table.columns.filter((c) => !table.rows.every((r) => isGraphValue(r[c])) || table.rows.length === 0);
  return (
    <div className="result-table" aria-label="Query result">
      <p className="muted">
        {table.rows.length} rows{table.truncated ? ` (stopped at the ${table.truncated.reason} limit)` : ""}
        <button onClick={closeTable}>close</button>
      </p>
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{cell(isGraphValue(r[c]) ? "" : r[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
