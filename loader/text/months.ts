/** Months as news abbreviates them ("Jan 28", "Sept. 5"): calendar words, which also end names ("Gul Jan"). */
export const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];
