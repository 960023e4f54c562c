/**
 * The commitments the fact sheet makes for the declaration as a whole (its secretariat, the next ministerial) belong
 * to no pillar. They are listed, filtered and paged like a pillar under this slug, which no pillar may take.
 */
export const FRAMEWORK_GROUP = {
  slug: "framework",
  name: "Framework and institutions",
  shortName: "Framework and institutions",
  description: "Commitments about the declaration as a whole: how its governments meet, lead and follow up, outside any one pillar.",
} as const;
