import { describe, expect, it } from "vitest";
import { initialState } from "../store.ts";
import { readUrl, writeUrl } from "./state.ts";

describe("the view in the address", () => {
  it("round-trips the selected node, the saved query with its parameters, filters and colouring", () => {
    const s = initialState();
    s.selected = "organization:kataib-hezbollah";
    s.query = { name: "coalition-members", params: { name: "Islamic Resistance in Iraq", depth: 2 } };
    s.filters = { ...s.filters, nodeTypes: ["Person", "Organization"], from: "2024-01-01", to: "2024-02-29" };
    s.colorBy = "community";
    const u = readUrl(writeUrl(s));
    expect(u).toMatchObject({
      node: "organization:kataib-hezbollah",
      query: { name: "coalition-members", params: { name: "Islamic Resistance in Iraq", depth: "2" } },
      nodeTypes: ["Person", "Organization"],
      from: "2024-01-01",
      to: "2024-02-29",
      colorBy: "community",
    });
  });

  it("ignores values it does not trust", () => {
    const u = readUrl("?query=../../etc&types=Person,Bogus&from=yesterday&color=red");
    expect(u).toMatchObject({ query: null, nodeTypes: ["Person"], from: null, colorBy: null });
  });

  it("keeps the address short for the default view", () => {
    expect(writeUrl(initialState())).toBe("");
  });
});
