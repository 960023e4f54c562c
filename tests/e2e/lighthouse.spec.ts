import { expect, test } from "@playwright/test";
import { lighthouseScores, LIGHTHOUSE_PAGES } from "../support/lighthouse";

test("Lighthouse's mobile audit scores accessibility 100 on the home, a commitment, a country and the updates, in English and in Spanish", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const scores = await lighthouseScores(baseURL!, LIGHTHOUSE_PAGES);
  expect(scores.map((score) => [score.path, score.accessibility])).toEqual(LIGHTHOUSE_PAGES.map((path) => [path, 100]));
});
