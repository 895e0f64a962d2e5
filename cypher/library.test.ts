import { describe, expect, it } from "vitest";
import { loadLibrary, ParamError, parseQueryFile, QueryFileError, validateParams } from "./library.ts";
import { formatTable } from "./cli.ts";

describe("the saved-query library", () => {
  it("reads every query's header: title, description, typed parameters with defaults", () => {
    const q = loadLibrary().find((x) => x.name === "coalition-members")!;
    expect(q.title).toBe("Members and factions of a coalition");
    expect(q.params).toEqual([
      expect.objectContaining({ name: "name", type: "string", default: "Islamic Resistance in Iraq" }),
      expect.objectContaining({ name: "depth", type: "integer", default: 3, min: 1, max: 5 }),
    ]);
    expect(q.cypher.startsWith("MATCH")).toBe(true);
  });

  it("uses every declared parameter in its Cypher, and declares every parameter it uses", () => {
    for (const q of loadLibrary()) {
      const used = new Set([...q.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]));
      expect([...used].sort(), q.name).toEqual(q.params.map((p) => p.name).sort());
    }
  });

  it("fills defaults and coerces text from the command line", () => {
    const q = loadLibrary().find((x) => x.name === "coalition-members")!;
    expect(validateParams(q, { depth: "2" })).toEqual({ name: "Islamic Resistance in Iraq", depth: 2 });
  });

  it("refuses values out of range and unknown names", () => {
    const q = loadLibrary().find((x) => x.name === "coalition-members")!;
    expect(() => validateParams(q, { depth: 9 })).toThrow(ParamError);
    expect(() => validateParams(q, { depth: 9 })).toThrow(/"depth"/);
    expect(() => validateParams(q, { dpth: 2 })).toThrow(/unknown parameter "dpth"/);
  });

  it("names the file and the line it cannot read", () => {
    expect(() =>
      parseQueryFile(
        "bad.cypher",
        "// title: x\n// description: y\n// returns: z\n// param: n strng = 1 -- d\nRETURN 1",
      ),
    ).toThrow(QueryFileError);
    expect(() => parseQueryFile("bad.cypher", "// title: x\nRETURN 1")).toThrow(
      /bad\.cypher: the header needs a "\/\/ description:" line/,
    );
  });

  it("prints a table without the columns that only feed the graph", () => {
    const table = formatTable(
      ["actor", "a"],
      [{ actor: "Iran", a: { key: "state:iran", labels: ["State"], properties: { name: "Iran" } } }],
    );
    expect(table.split("\n")[0]!.trim()).toBe("actor");
    expect(table).toContain("Iran");
  });
});
