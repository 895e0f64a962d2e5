/** An article's text with the evidence sentence highlighted. */
import { useEffect, useRef, useState } from "react";
import { api, type Article, type Evidence } from "../core/api/client.ts";

/** Splits the text around the sentence, matching it whatever the spacing. */
export function highlight(text: string, sentence: string): [string, string, string] | null {
  if (!sentence) return null;
  const words = sentence
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const m = new RegExp(words.join("\\s*")).exec(text);
  return m ? [text.slice(0, m.index), m[0], text.slice(m.index + m[0].length)] : null;
}

export function ArticleDialog({ evidence, onClose }: { evidence: Evidence; onClose: () => void }) {
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!evidence.article.id) return;
    api.article(evidence.article.id).then(setArticle, (e: Error) => setError(e.message));
  }, [evidence.article.id]);
  useEffect(() => mark.current?.scrollIntoView({ block: "center" }), [article]);
  const parts = article ? highlight(article.text, evidence.sentence) : null;
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Article"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === "Escape" && onClose()}
      >
        <button className="close" aria-label="Close article" onClick={onClose} autoFocus>
          ×
        </button>
        {error && <p className="error">{error}</p>}
        {!article && !error && <p>Loading…</p>}
        {article && (
          <>
            <h2>{article.headline}</h2>
            <p className="muted">
              {article.outlet} · {article.published} {article.url && <a href={article.url}>source</a>}
            </p>
            <div className="article-text">
              {parts ? (
                <>
                  {parts[0]}
                  <mark ref={mark}>{parts[1]}</mark>
                  {parts[2]}
                </>
              ) : (
                article.text
              )}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
