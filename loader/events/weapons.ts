/**
 * The weapon and the ACLED sub-event type of an attack, from the words around its trigger.
 */
import type { EventType } from "../../ontology/model.ts";
import { SHOT_DEAD } from "./words.ts";

/** What an attack was made with, and the kind of event that makes it. */
interface Weapon {
  weapon: string | null;
  eventType: EventType;
}

/**
 * A bomb left to go off, told by what was done with it: "a bomb hidden in a scooter", "a bomb exploded", "two militants
 * set off a bomb".
 */
const BOMB_LEFT = String.raw`bombs? (?:hidden|planted|placed|concealed|attached|attacks?|blasts?|exploded|went off|detonated)|(?:detonated|set off) (?:an? |the |two |three |several )?(?:[\w-]+ )?bombs?`;

/** Every word below that names a weapon or a kind of attack; most text has none, and one test tells so. */
const WEAPON_WORD = new RegExp(
  String.raw`\b(?:suicide|blew|grenades?|drones?|unmanned|uavs?|air ?strikes?|airstrikes?|warplanes?|aircraft|jets?|helicopters?|gunships?|bombers?|missiles?|rockets?|shelling|shelled|shells|artillery|mortars?|tank|ied|roadside|explosives?|landmine|(?:car|truck|vehicle|magnetic|sticky|roadside|remote-controlled) bomb(?:s|ing)?|${BOMB_LEFT}|clash|clashes|clashed|fighting|exchanged|gun ?battles?|gunfights?|firefights?|shootouts?|shot|gunned|opened|gunmen|gunfire|shooting|strikes?|air raids?|(?:glide|guided|aerial) bombs?)\b`,
  "i",
);

/**
 * "struck nuclear facilities and missile factories": a weapon's works, hit, not the weapon hitting; nor "chemicals used
 * in missile fuel", what it is made of.
 */
const NOT_A_SITE = String.raw`(?! (?:factor(?:y|ies)|production|plants?|sites?|launchers?|bases?|depots?|stockpiles?|storage|programm?e?s?|industry|facilities|workshops?|fuel|propellant|components?|parts)\b)`;

/** A device left to go off, not one dropped from the air. */
const IED = new RegExp(
  String.raw`\b(?:ied|roadside bomb(?:ing)?|explosives?|landmine|(?:car|truck|vehicle|magnetic|sticky|remote-controlled) bomb(?:s|ing)?|${BOMB_LEFT})\b`,
  "i",
);

/** A drone or a missile as the weapon, compiled once: weaponOf runs for every frame. */
const DRONE = new RegExp(`\\b(?:drones?|unmanned aerial vehicles?|UAVs?)\\b${NOT_A_SITE}`, "i");
const MISSILE = new RegExp(`\\bmissiles?\\b${NOT_A_SITE}`, "i");

/**
 * An aircraft told as what was hit: "damaging a civilian aircraft", "shot down, attacked or targeted a helicopter", "a
 * police helicopter was brought down".
 */
const AIRCRAFT_HIT =
  /\b(?:shot down|downed|attacked|targeted|(?:damag|destroy|hitt)(?:ed|ing)) (?:an? |the |its |their |\w+ )?(?:[\w-]+ )?(?:aircraft|helicopters?|planes?|jets?|warplanes?)\b|\b(?:aircraft|helicopters?|planes?|jets?|warplanes?) (?:was|were) (?:shot|brought) down\b/gi;

/** A shooting: "shot them dead", "opened fire", "gunmen". */
const FIREARM = new RegExp(`\\b(?:${SHOT_DEAD}|gunned down|opened fire|gunmen|gunfire|shooting)\\b`, "i");

function weaponOf(s: string): Weapon {
  // "fought" only as the trigger itself: "the soldiers fought bravely and killed three" tells how they met an attack.
  if (s === "fought") return { weapon: null, eventType: "Armed clash" };
  if (!WEAPON_WORD.test(s)) return { weapon: null, eventType: "Attack" };
  if (/\bsuicide (?:(?:car |truck |vehicle )?bomb|attack)|\bblew (?:himself|herself|themselves) up\b/i.test(s))
    return { weapon: "explosive", eventType: "Suicide bomb" };
  if (DRONE.test(s)) return { weapon: "drone", eventType: "Air/drone strike" };
  // "hurled a grenade at a market", "a grenade attack"; not "used hand grenades and automatic weapons in the assault",
  // one of a gunman's weapons.
  if (
    /\b(?:(?:hurled|threw|lobbed|tossed) (?:an? |two |three |several )?(?:hand )?grenades?|grenade (?:attacks?|blasts?|explosions?))\b/i.test(
      s,
    )
  )
    return { weapon: "grenade", eventType: "Grenade" };
  // Not "damaging a civilian aircraft", "shot down a military helicopter": what was hit, nor "an aircraft carrier", a
  // ship; nor "the bomber", the man of a bombing, unless told as a plane. "Glide bombs" are dropped from aircraft.
  if (
    /\b(?:air ?strikes?|airstrikes?|air raids?|warplanes?|aircraft(?! carriers?)|jets?|helicopters?|gunships?|bombers|(?:strategic|stealth|heavy|[A-Z][a-z]?-\d+\w*) bomber|(?:glide|guided|aerial) bombs?)\b/i.test(
      s.replace(AIRCRAFT_HIT, ""),
    )
  )
    return { weapon: "airstrike", eventType: "Air/drone strike" };
  if (MISSILE.test(s)) return { weapon: "missile", eventType: "Shelling/artillery/missile attack" };
  // "rocket-propelled grenades" are a gunman's weapon, not artillery's.
  if (/\brockets?\b(?!-propelled)/i.test(s))
    return { weapon: "rocket", eventType: "Shelling/artillery/missile attack" };
  // "Shells fired by M23 rebels hit a camp": artillery shells, told by themselves.
  if (
    /\b(?:shelling|shelled|artillery|mortars?|tank (?:fire|shells?)|shells (?:fired|hit|landed|fell|struck|slammed))\b/i.test(
      s,
    )
  )
    return { weapon: "artillery", eventType: "Shelling/artillery/missile attack" };
  // "A bomb hidden in an electric scooter", "a magnetic bomb", "a bomb attack on the pipeline", "a bomb exploded near the
  // convoy", "two militants set off a bomb": a device left to go off, not one dropped from the air.
  if (IED.test(s)) return { weapon: "explosive", eventType: "Remote explosive/landmine/IED" };
  // Not "volunteers fighting alongside the army", whoever's side they are on (the text read may end before "alongside").
  if (
    /\b(?:clash(?:es|ed)?|fighting(?! (?:to|for|alongside)\b| al(?:o|$)|$)|gun ?battles?|gunfights?|firefights?|shootouts?|exchanged \w* ?fire)\b/i.test(
      s,
    )
  )
    return { weapon: null, eventType: "Armed clash" };
  if (FIREARM.test(s)) return { weapon: "firearm", eventType: "Attack" };
  return { weapon: null, eventType: /\bstrikes?\b/i.test(s) ? "Air/drone strike" : "Attack" };
}

/**
 * The weapon told nearest the trigger, else one the attack was made "with" a little further on ("attacked the
 * base at Conoco gas field in eastern Syria with a drone", "killed when their vehicle ran over an improvised explosive
 * device", "using ballistic and cruise missiles"); not the weapons a target had ("storage for drones").
 */
export function weaponNear(
  trigger: string,
  before: string,
  after: string,
  further: () => string,
  spelled: (s: string) => string,
): Weapon {
  // "…with drones, and on Wednesday it claimed a rocket attack": the weapon the trigger itself names comes first.
  const own = weaponOf(trigger);
  // "A suicide bomb attack": the bombing the word before the trigger makes a suicide bombing.
  if (own.weapon === "explosive" && /\bsuicide\s+$/i.test(before))
    return { weapon: "explosive", eventType: "Suicide bomb" };
  // "A suicide bomber opened fire and then detonated his vest": whatever else he did, the deed of a suicide bomber.
  if (/\bsuicide (?:bomber|attacker)s?\b[^.;⟦]{0,30}$/i.test(before))
    return { weapon: "explosive", eventType: "Suicide bomb" };
  if (own.weapon) return own;
  // "Israeli warplanes pounded": the weapon of the mention that does it, before any told further off.
  const subject = /⟦[SO]\d+⟧\s*$/.exec(before);
  const doer = subject ? weaponOf(spelled(subject[0])) : null;
  if (doer?.weapon) return doer;
  const marked = weaponOf(before + after);
  if (marked.weapon) return marked;
  // "Russian warplanes struck": a weapon inside a mention, read only when the words around it name none.
  const near = weaponOf(spelled(before) + spelled(after));
  if (near.weapon) return near;
  // Not "with machine guns and rocket-propelled grenades": a gunman's weapons.
  const made =
    /\b(?:with|using|ran over|drove over|stepped on|triggered) (?:an? |\w+ )?(?:[\w-]+ )?(?:(?:and|or) [\w-]+ )?(?:[\w-]+ )?(?:drones?|missiles?|rockets?|mortars?|(?:explosive )?devices?|explosives|ieds?|bombs?|landmines?|mines?)\b(?!-propelled)/i.exec(
      further(),
    );
  if (made) return weaponOf(made[0]);
  // "Saturday's Israeli strikes on Hodeidah": a state's or a group's strikes told with no weapon are air strikes.
  return near.eventType === "Attack" && /\bstrikes$/i.test(trigger) && /⟦[SO]\d+⟧\s+$/.test(before)
    ? { weapon: null, eventType: "Air/drone strike" }
    : near;
}

/** "Clashes between troops and local gunmen": fighting is an armed clash whatever weapons are told around it. */
export function fightingStaysAClash(trigger: string, near: Weapon): Weapon {
  return weaponOf(trigger).eventType === "Armed clash" ? { weapon: near.weapon, eventType: "Armed clash" } : near;
}
