/**
 * An attack as the graph holds it, from the frames of a draft: its participants and figures, each with its
 * sources and evidence, and an id that says its day and place.
 */
import { addEvidence } from "../provenance/evidence.ts";
import type { Attribution } from "../../ontology/model.ts";
import type { AnalysedArticle } from "../pipeline.ts";
import type { Fact } from "../facts/types.ts";
import { slug } from "../resolve/names.ts";
import type { Entity } from "../resolve/types.ts";
import type { Attack, FigureReport, Participant } from "./types.ts";
import type { Draft } from "./drafts.ts";
import type { Frame } from "./frame.ts";

/**
 * An attack's id says its day and place; two attacks of one day and place (a strike and the rockets
 * fired back, or two undated attacks on no named place) take their attacker's name, then a number, so
 * that neither is written over the other.
 */
export function uniqueIds(attacks: Attack[], entities: Map<string, Entity>): Attack[] {
  const taken = new Set<string>();
  for (const a of attacks) {
    const base = a.id;
    const perp = a.perpetrators[0] && entities.get(a.perpetrators[0].entity)?.name;
    if (taken.has(a.id) && perp) a.id = `${base}-by-${slug(perp)}`;
    for (let n = 2; taken.has(a.id); n++) a.id = `${base}-${n}`;
    taken.add(a.id);
  }
  return attacks;
}

function participants(
  frames: Frame[],
  get: (f: Frame) => Iterable<string>,
  attribution?: (f: Frame, id: string) => Attribution,
): Participant[] {
  const out = new Map<string, Participant>();
  for (const f of frames) {
    for (const id of get(f)) {
      const p = out.get(id) ?? { entity: id, sources: [], evidence: [], evidenceSources: [] };
      if (!p.sources.includes(f.article)) p.sources.push(f.article);
      addEvidence(p, f.sentence.sentence.text, f.article);
      if (attribution) {
        const a = attribution(f, id);
        if (!p.attribution || ATTRIBUTION_RANK[a] < ATTRIBUTION_RANK[p.attribution]) p.attribution = a;
      }
      out.set(id, p);
    }
  }
  return [...out.values()];
}

const ATTRIBUTION_RANK: Record<Attribution, number> = { stated: 0, claimed: 1, blamed: 2, alleged: 3 };

/** Each figure an article reports once, with the first sentence that gives it. */
function reports(frames: Frame[], figures: (f: Frame) => number[]): FigureReport[] {
  const out = new Map<string, FigureReport>();
  for (const f of frames) {
    for (const count of figures(f)) {
      const key = `${count}|${f.article}`;
      if (!out.has(key)) out.set(key, { count, source: f.article, evidence: f.sentence.sentence.text });
    }
  }
  return [...out.values()];
}

/** Affiliation facts by person, each with its place in the fact list (which orders the targets). */
export type Affiliations = Map<string, { at: number; fact: Fact }[]>;

export function toAttack(
  d: Draft,
  entities: Map<string, Entity>,
  analysed: AnalysedArticle[],
  affiliations: Affiliations,
): Attack {
  const frames = d.frames;
  const sources = [...new Set(frames.map((f) => f.article))].sort();
  const killed = participants(frames, (f) => f.killed);
  const perpetrators = participants(
    frames,
    (f) => f.perpetrators.keys(),
    (f, id) => f.perpetrators.get(id)!,
  );
  const perpIds = new Set(perpetrators.map((p) => p.entity));
  // The groups of the people killed were targeted, as the articles that name them say.
  const killedIds = new Set(killed.map((k) => k.entity));
  const targetsFromKilled = killed
    .flatMap((k) => affiliations.get(k.entity) ?? [])
    .sort((a, b) => a.at - b.at)
    .map((a) => a.fact)
    .filter((f) => entities.get(f.to)?.label === "Organization");
  const targets = participants(frames, (f) => [...f.targets].filter((t) => !perpIds.has(t) && !killedIds.has(t)));
  for (const f of targetsFromKilled) {
    if (targets.some((t) => t.entity === f.to) || perpIds.has(f.to)) continue;
    targets.push({
      entity: f.to,
      sources: [...f.sources],
      evidence: [...f.evidence],
      evidenceSources: [...f.evidenceSources],
    });
  }
  const places = participants(frames, (f) => f.places);
  let date = d.date;
  if (!date) {
    // An undated event in a news report happened around its publication: kept at month precision.
    const published = analysed.find((a) => a.article.id === sources[0])?.article.published;
    if (published) date = { date: published, precision: "month", text: "", index: -1 };
  }
  // "…and that a suicide bomber had driven the vehicle": a suicide bombing, whatever weapon was told first.
  const weaponFrame = frames.find((f) => f.eventType === "Suicide bomb") ?? frames.find((f) => f.weapon) ?? frames[0]!;
  const fatalityReports = reports(frames, (f) => f.tolls);
  const counts = fatalityReports.map((r) => r.count);
  const woundedReports = reports(frames, (f) => f.wounded);
  const wounded = woundedReports.map((r) => r.count);
  const placeName = places[0] ? entities.get(places[0].entity)?.name : undefined;
  const about =
    placeName ??
    (killed[0] ? entities.get(killed[0].entity)?.name : undefined) ??
    (targets[0] ? entities.get(targets[0].entity)?.name : undefined) ??
    "unknown";
  const perpName = perpetrators[0] ? entities.get(perpetrators[0].entity)?.name : undefined;
  return {
    id: `attack:${date?.date ?? "undated"}-${slug(about)}`,
    label: `${perpName ? perpName + " " : ""}${weaponFrame.weapon ?? "attack"} ${placeName ? "in " + placeName : "on " + about}${date ? ", " + date.date.slice(0, date.precision === "year" ? 4 : date.precision === "month" ? 7 : 10) : ""}`,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    dateText: date?.text || null,
    // With no weapon told, a kind of event a frame tells ("clashes") over the bare "Attack".
    // Fighting told first ("Clashes broke out…, the ministry accused X of shelling…") is a battle, whatever its weapons.
    eventType:
      frames[0]!.eventType === "Armed clash"
        ? "Armed clash"
        : weaponFrame.weapon
          ? weaponFrame.eventType
          : (frames.find((f) => f.eventType !== "Attack")?.eventType ?? weaponFrame.eventType),
    weapon: weaponFrame.weapon,
    fatalitiesMin: counts.length ? Math.min(...counts) : killed.length || null,
    fatalitiesMax: counts.length ? Math.max(...counts, killed.length) : killed.length || null,
    fatalityReports,
    woundedMin: wounded.length ? Math.min(...wounded) : null,
    woundedMax: wounded.length ? Math.max(...wounded) : null,
    woundedReports,
    perpetrators,
    targets,
    killed,
    places,
    sources,
    ...inTextOrder(frames).reduce((acc, f) => addEvidence(acc, f.sentence.sentence.text, f.article), {
      evidence: [] as string[],
      evidenceSources: [] as string[],
    }),
  };
}

/** Frames as their articles tell them: each article's sentences in order, the articles as they were first reported. */
function inTextOrder(frames: Frame[]): Frame[] {
  const articles = [...new Set(frames.map((f) => f.article))];
  return [...frames].sort(
    (a, b) =>
      articles.indexOf(a.article) - articles.indexOf(b.article) ||
      a.sentence.sentence.index - b.sentence.sentence.index,
  );
}
