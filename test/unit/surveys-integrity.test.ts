/** The rules of surveys and signals, on the valid fixture with one file added, as the check reports them. */
import { describe, expect, test } from 'vitest';
import { problemsAfter } from '../helpers/fixtures.ts';

const SURVEY = 'content/surveys/2026-q4.yaml';
const SIGNALS = 'content/signals/2026-q4.yaml';
const survey = (results: string, quarter = '2026-Q4') =>
  `quarter: ${quarter}\nquestions:\n  - id: cross-team\n    text: I regularly interact with people from other teams\nresults:\n${results}`;

describe('surveys', () => {
  test('a valid survey passes', async () => {
    expect(
      await problemsAfter({ [SURVEY]: survey('  - { team: checkout, question: cross-team, responses: 5, mean: 3.4, distribution: [0, 1, 2, 1, 1] }\n') }),
    ).toEqual([]);
  });

  test('fewer than 5 responses is an error: it could identify who answered', async () => {
    expect(await problemsAfter({ [SURVEY]: survey('  - { team: checkout, question: cross-team, responses: 4, mean: 3.5, distribution: [0, 1, 1, 1, 1] }\n') }))
      .toMatchInlineSnapshot(`
        [
          "error: content/surveys/2026-q4.yaml:6  results[0].responses  is 4: fewer than 5 answers could identify who gave them — leave this result out, or merge team "checkout" with another team for this question until 5 people answer",
        ]
      `);
  });

  test('a distribution that does not add up, or does not give the mean', async () => {
    expect(
      await problemsAfter({
        [SURVEY]: survey(
          '  - { team: checkout, question: cross-team, responses: 6, mean: 3.4, distribution: [0, 1, 2, 1, 1] }\n' +
            '  - { team: platform, question: cross-team, responses: 5, mean: 3.9, distribution: [0, 1, 2, 1, 1] }\n' +
            '  - { team: platform, question: cross-team, responses: 5, mean: 3.42, distribution: [0, 1, 2, 1, 1] }\n',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/surveys/2026-q4.yaml:6  results[0].distribution  adds up to 5, but \`responses\` is 6 — copy the counts of answers 1 to 5 again from the survey tool: they add up to the number of responses",
        "error: content/surveys/2026-q4.yaml:7  results[1].mean  is 3.9, but the distribution gives 3.40 — copy the mean and the distribution from the same export of the survey tool",
        "error: content/surveys/2026-q4.yaml:8  results[2].mean  is 3.42, but the distribution gives 3.40 — copy the mean and the distribution from the same export of the survey tool",
        "error: content/surveys/2026-q4.yaml:8  results[2].question  repeats team "platform" and question "cross-team" — keep one result per team and question",
      ]
    `);
  });

  test('an unknown question, a missing team, and a quarter that is not the file name', async () => {
    expect(
      await problemsAfter({ [SURVEY]: survey('  - { team: nobody, question: morale, responses: 5, mean: 3.4, distribution: [0, 1, 2, 1, 1] }\n', '2026-Q3') }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/surveys/2026-q4.yaml:1  quarter  is 2026-Q3, but the file is named 2026-q4 — name the file 2026-q3.yaml, or set \`quarter: 2026-Q4\`",
        "error: content/surveys/2026-q4.yaml:6  results[0].question  is "morale", which \`questions\` does not list — use one of cross-team, or add the question",
        "error: content/surveys/2026-q4.yaml:6  results[0].team  refers to team "nobody", which does not exist — use the id (file name) of an entry in content/teams/, or create that entry",
      ]
    `);
  });
});

describe('signals', () => {
  test('from and to are two teams, once per pair', async () => {
    expect(
      await problemsAfter({
        [SIGNALS]:
          'quarter: 2026-Q4\nsource: test\npairs:\n  - { from: checkout, to: checkout, reviews: 3 }\n  - { from: checkout, to: platform, commits: 1 }\n  - { from: checkout, to: platform, commits: 2 }\n',
      }),
    ).toMatchInlineSnapshot(`
      [
        "error: content/signals/2026-q4.yaml:4  pairs[0].to  is "checkout", the same team as \`from\` — signals count work across teams: remove this line, or correct one of the teams",
        "error: content/signals/2026-q4.yaml:6  pairs[2].to  repeats the pair checkout → platform — add the counts into one line per ordered pair of teams, or run the signals script again",
      ]
    `);
  });
});
