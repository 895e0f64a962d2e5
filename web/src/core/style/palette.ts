/** Colours and sizes of the drawing, one place for the graph and the legend. */
export const TYPE_COLORS: Record<string, string> = {
  Person: "#e4572e",
  Organization: "#2e86ab",
  State: "#7b4fa3",
  Place: "#4f9d3a",
  Attack: "#f0a202",
  Article: "#8d8d8d",
};

export const FALLBACK_COLOR = "#555555";

/** Distinct colours for communities (cycled). */
export const COMMUNITY_COLORS = [
  "#1b9e77",
  "#d95f02",
  "#7570b3",
  "#e7298a",
  "#66a61e",
  "#e6ab02",
  "#a6761d",
  "#1f78b4",
  "#b2df8a",
  "#fb9a99",
];

export const REL_COLORS: Record<string, string> = {
  AFFILIATED_WITH: "#c9c9c9",
  PART_OF: "#9db7cf",
  BACKED_BY: "#c4a6dd",
  ALLIED_WITH: "#9fd39a",
  PERPETRATED_BY: "#e8a07f",
  TARGETED: "#f4c96b",
  KILLED: "#e46767",
  OCCURRED_IN: "#b5b5b5",
  MENTIONS: "#e0e0e0",
};

const relLabels = new Map<string, string>();
/** How a relationship type reads on screen ("PART_OF" is "part of"); worked out once per type, as a large graph asks per edge. */
export function relLabel(type: string): string {
  let label = relLabels.get(type);
  if (label === undefined) relLabels.set(type, (label = type.replace(/_/g, " ").toLowerCase()));
  return label;
}

export function nodeSize(degree: number, mentions: number, by: "degree" | "mentions"): number {
  const v = by === "degree" ? degree : mentions;
  return 4 + Math.min(18, Math.sqrt(Math.max(0, v)) * 2.5);
}
