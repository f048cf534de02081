// Filters on the IR: which operations stay, how the group tree is pruned, which schemas survive.
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../generator/diagnostics.js";
import { checkFilters, filterModel } from "../../generator/filter/filterModel.js";
import { groupPatternMatches } from "../../generator/filter/groupPattern.js";
import { flavourModel, groupPaths, ids, schemaNames } from "./fixtures.js";

describe("group patterns", () => {
  const cases: Array<[string, string, boolean]> = [
    ["users", "users", true],
    ["users", "users.roles", true], // a group brings its sub-groups
    ["users", "usersArchive", false],
    ["users.roles", "users", false],
    ["users.*", "users", false],
    ["users.*", "users.roles", true],
    ["users.*", "users.roles.sources", true],
    ["experimentation", "experimentation.flags", true], // a namespace with no operations of its own
    ["organizations.**", "organizations", true],
    ["organizations.**", "organizations.members.roles", true],
    ["**.roles", "users.roles", true],
    ["**.roles", "organizations.members.roles", true],
    ["**.roles", "roles", true],
    ["**.roles", "users", false],
    ["*.roles", "organizations.members.roles", false],
    ["*", "anything", true],
  ];
  it.each(cases)("%s on %s → %s", (pattern, path, expected) => {
    expect(groupPatternMatches(pattern, path.split("."))).toBe(expected);
  });
});

describe("filterModel", () => {
  const model = flavourModel();

  it("keeps everything the operations use when nothing is filtered out, minus schemas no operation uses", () => {
    const filtered = filterModel(model, {});
    expect(ids(filtered)).toEqual(ids(model));
    expect(schemaNames(model)).toContain("Orphan");
    expect(schemaNames(filtered)).not.toContain("Orphan");
  });

  it("GA only: drops beta and EA operations, their groups and the schemas only they used", () => {
    const filtered = filterModel(model, { include: { lifecycles: ["GA"] } });
    // get_stats declares no lifecycle: it counts as GA.
    expect(ids(filtered)).toEqual(["get_stats", "get_user_roles", "get_users", "post_users"]);
    expect(groupPaths(filtered)).toEqual(["stats", "users", "users.roles"]);
    // Address is reached only through User and through UserCreate's map values: kept.
    expect(schemaNames(filtered)).toEqual(["Address", "Role", "User", "UserCreate"]);
  });

  it("excluding a namespace group removes its whole subtree", () => {
    const filtered = filterModel(model, { exclude: { groups: ["experimentation"] } });
    expect(ids(filtered)).not.toContain("get_experiments");
    expect(ids(filtered)).not.toContain("get_flags");
    expect(groupPaths(filtered)).not.toContain("experimentation (namespace)");
    expect(schemaNames(filtered)).not.toContain("Variant");
  });

  it("a group left with only sub-groups becomes a namespace", () => {
    const filtered = filterModel(model, { exclude: { operations: ["get_users", "post_users"] } });
    expect(groupPaths(filtered)).toContain("users (namespace)");
    expect(groupPaths(filtered)).toContain("users.roles");
    expect(filtered.rootGroup.children.find((g) => g.name === "users")?.operationIds).toEqual([]);
  });

  it("include picks by group, tag or operation (any of them); lifecycles narrow; exclude wins", () => {
    expect(ids(filterModel(model, { include: { groups: ["users.*"], operations: ["get_stats"] } }))).toEqual(["get_stats", "get_user_roles"]);
    expect(ids(filterModel(model, { include: { tags: ["Experiments"], lifecycles: ["beta"] } }))).toEqual(["get_experiments", "get_flags"]);
    expect(ids(filterModel(model, { include: { tags: ["Users"] }, exclude: { groups: ["users.roles"] } }))).toEqual(["get_users", "post_users"]);
    expect(ids(filterModel(model, { include: { lifecycles: ["EA"] } }))).toEqual(["post_key"]);
  });

  it("keeps a schema reached only through a discriminator mapping", () => {
    const filtered = filterModel(model, { include: { operations: ["get_flags"] } });
    expect(schemaNames(filtered)).toEqual(["Cat", "Dog", "Pet"]);
  });

  it("is pure: the input model is unchanged and stays frozen", () => {
    const before = JSON.stringify(model);
    filterModel(model, { include: { lifecycles: ["GA"] } });
    expect(JSON.stringify(model)).toBe(before);
    expect(Object.isFrozen(model.operations)).toBe(true);
  });

  it("warns about entries that match nothing and refuses filters that keep nothing", () => {
    const sink = new DiagnosticSink();
    checkFilters(model, { include: { groups: ["user"], operations: ["get_users"] }, exclude: { tags: ["Nope"] } }, sink, "gen.config.json#/flavours/ga");
    expect(sink.items.map((d) => [d.code, d.severity, d.location])).toEqual([
      ["GEN_FILTER_UNMATCHED", "warning", "gen.config.json#/flavours/ga/filters/include/groups/0"],
      ["GEN_FILTER_UNMATCHED", "warning", "gen.config.json#/flavours/ga/filters/exclude/tags/0"],
    ]);
    const empty = new DiagnosticSink();
    checkFilters(model, { include: { lifecycles: ["deprecated"] } }, empty, "x");
    expect(empty.items.map((d) => d.code)).toEqual(["GEN_FILTER_UNMATCHED", "GEN_FILTER_EMPTY"]);
    expect(empty.hasErrors).toBe(true);
  });
});
