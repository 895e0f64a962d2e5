/**
 * A deterministic synthetic news corpus for benchmarks: varied templates over generated names of
 * people, groups and places, with the sentence shapes the loader reads (roles, membership, backing,
 * strikes). Seeded, so every run measures the same text.
 */
import type { Article } from "../../loader/read/types.ts";
import { seededRandom } from "../../web/src/core/graph/derive.ts";

/** The same seeded generator the explorer uses for repeatable community colours. */
export const rng = seededRandom;

const GIVEN = [
  "Ahmed",
  "Hamid",
  "Karim",
  "Jafar",
  "Haider",
  "Mustafa",
  "Yasser",
  "Salim",
  "Nabil",
  "Tariq",
  "Omar",
  "Faris",
  "Walid",
  "Sami",
  "Adel",
  "Rami",
  "Bilal",
  "Ziad",
  "Hussein",
  "Majid",
  "Khalil",
  "Nizar",
  "Raed",
  "Saad",
];
const SURNAME = [
  "Tamimi",
  "Jazaeri",
  "Fartousi",
  "Hamidawi",
  "Kaabi",
  "Zaidi",
  "Musawi",
  "Obeidi",
  "Jabouri",
  "Rubaie",
  "Saedi",
  "Asadi",
  "Shammari",
  "Dulaimi",
  "Bahadli",
  "Lami",
  "Khafaji",
  "Maliki",
  "Husseini",
  "Qurayshi",
  "Karbalai",
  "Basri",
  "Najafi",
  "Amiri",
];
const KUNYA = ["Ali", "Hassan", "Mahdi", "Fadl", "Zahra", "Jihad", "Muntadhar", "Karrar", "Qasim", "Abbas"];
const HEADS = ["Kataib", "Saraya", "Harakat", "Liwa", "Asaib"];
const CORES = [
  "Nasr",
  "Fath",
  "Karama",
  "Wafa",
  "Ghadab",
  "Thar",
  "Rijal",
  "Ahrar",
  "Ansar",
  "Bayariq",
  "Ghaliboun",
  "Dam",
  "Imam",
  "Zulfiqar",
  "Awfiya",
  "Qassam",
  "Muqawama",
  "Sabireen",
  "Hashimiyoun",
  "Nujum",
];
const COALITIONS = [
  "Islamic Resistance in Iraq",
  "Axis of Resistance",
  "Popular Mobilization Forces",
  "Coordination Framework",
];
const PLACES = [
  "Jurf al-Sakhar",
  "Qaim",
  "Albu Kamal",
  "Mayadin",
  "Tarmiyah",
  "Samarra",
  "Balad",
  "Tikrit",
  "Kirkuk",
  "Diyala",
  "Baiji",
  "Hit",
  "Rawa",
  "Akashat",
  "Rutba",
  "Nukhayb",
  "Musayib",
  "Jbala",
  "Hilla",
  "Kut",
];
const OUTLETS = ["Test Wire", "Example Times", "Sample Post", "Demo Herald", "Mock News"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function syntheticCorpus(count: number, seed = 42): Article[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const person = () => `${pick(GIVEN)} al-${pick(SURNAME)}`;
  const group = () => `${pick(HEADS)} ${pick(CORES)} al-${pick(CORES)}`;
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 500) * 86_400_000);
    const published = day.toISOString().slice(0, 10);
    const g1 = group();
    const g2 = group();
    const leader = person();
    const victim = `Abu ${pick(KUNYA)} al-${pick(SURNAME)}`;
    const place = pick(PLACES);
    const coalition = pick(COALITIONS);
    const surname = leader.split("al-")[1]!;
    const paragraphs = [
      `${pick(["US", "Israeli", "American"])} strike in ${place} kills ${pick(["commander", "leader", "official"])}`,
      `A ${pick(["US drone strike", "US airstrike", "drone strike"])} in ${place} late on ${pick(WEEKDAYS)} killed ${victim}, a senior commander of the Iran-backed ${g1} militia, officials said.`,
      `${leader}, secretary-general of ${g1}, said the group would respond and called the strike a violation of Iraqi sovereignty.`,
      `${g1}, one of the factions of the ${coalition}, has claimed several attacks on bases hosting US troops this year.`,
      `${g2}, an Iran-backed militia allied with ${g1}, vowed revenge in a statement on Telegram.`,
      `The ${coalition} said the attack was "a dangerous escalation" and demanded the withdrawal of foreign forces.`,
      `${surname} added that the response would come "at the right time and place".`,
      `Residents of ${place} said the vehicle was hit on a main road and that ambulances arrived minutes later.`,
      `The Pentagon did not immediately comment on the strike, which came days after a rocket attack on a base in western Iraq.`,
      `Analysts said the killing of ${victim} would further strain relations between Baghdad and Washington.`,
    ];
    for (let k = 0, n = Math.floor(r() * 6); k < n; k++) {
      paragraphs.push(
        `${pick(["Officials", "Witnesses", "Sources"])} in ${pick(PLACES)} said ${pick(["security was tightened", "roads were closed", "schools stayed open", "markets were busy"])} on ${pick(WEEKDAYS)} as talks continued between political blocs.`,
      );
    }
    articles.push({
      id: `synthetic-${String(i).padStart(5, "0")}`,
      file: `synthetic-${i}.txt`,
      outlet: pick(OUTLETS),
      published,
      url: null,
      headline: paragraphs[0]!,
      paragraphs,
      text: paragraphs.join("\n\n"),
    });
  }
  return articles;
}
