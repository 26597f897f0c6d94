// Size budgets of @cchc/plan (collected by the root .size-limit.cjs; paths relative to this package).
// Importing only the codes must not pull the 99-commune table, the plan instance, the queries or luxon:
// the 1 kB budgets below would fail long before any of those fitted in.
module.exports = [
  {
    name: "@cchc/plan — the three code lists alone, from the main entry (zod excluded)",
    path: "dist/index.js",
    import: "{ TOPIC_CODES, CHANNEL_CODES, ACTOR_IDS }",
    ignore: ["zod", "@cchc/core"],
    limit: "1 kB",
  },
  {
    name: "@cchc/plan/codes — the codes entry point (zod excluded)",
    path: "dist/codes.js",
    import: "{ TOPIC_CODES, CHANNEL_CODES, ACTOR_IDS }",
    ignore: ["zod", "@cchc/core"],
    limit: "1 kB",
  },
  {
    name: "@cchc/plan — codes with their labels, keywords and focal tasks (zod excluded)",
    path: "dist/index.js",
    import: "{ TOPIC_CODES, CHANNEL_CODES, ACTOR_IDS, topics, channels, actors }",
    ignore: ["zod", "@cchc/core"],
    limit: "12.5 kB",
  },
  {
    name: "@cchc/plan — the whole 2026 instance with the queries (zod and workspace packages excluded)",
    path: "dist/index.js",
    import: "{ bacNinh2026Plan, checkPlan, dutiesOf, reportingGraph, matchTopics, bacNinhCommune, planObligations }",
    ignore: ["zod", "@cchc/core", "@cchc/deadlines"],
    limit: "34 kB",
  },
];
