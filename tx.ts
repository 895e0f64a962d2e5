import { readArticles } from "./loader/read/articles.ts";
import { analyseArticle } from "./loader/pipeline.ts";
import { resolveEntities } from "./loader/resolve/entities.ts";
import { loadRegistry } from "./loader/mentions/registry.ts";
import { markSentence } from "./loader/facts/marked.ts";
import { framesOf } from "./loader/events/attacks.ts";
import { findDates } from "./loader/events/dates.ts";
const reg = loadRegistry();
const { articles } = readArticles(["seeds"]);
const an = articles.map(a => analyseArticle(a, reg));
const r = resolveEntities(an.map(a => ({ articleId: a.article.id, mentions: a.mentions, sameAs: a.sameAs })), reg);
const byId = new Map(r.entities.map(e => [e.id, e]));
for (const a of an) { if (!a.article.id.startsWith(process.argv[2])) continue; let prev;
 for (const s of a.sentences) {
  const ms = markSentence(s, a.mentions.filter(m => m.sentence === s.index), a.article.id, r.mentionEntity, byId);
  const fr = framesOf(ms, a.article.id, a.article.published, prev);
  const ds = findDates(ms.text, a.article.published, prev); if (ds.length) prev = ds[ds.length-1];
  for (const f of fr) console.log(s.index, JSON.stringify({p:[...f.perpetrators], t:[...f.targets], k:[...f.killed], l:[...f.places], d:f.date?.date+"/"+f.date?.precision, an:f.anaphoric, pl:f.plural}), ms.text.slice(0,150));
 }}
