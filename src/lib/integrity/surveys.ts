/**
 * Rules of the quarterly aggregates. A survey publishes no result of fewer than five
 * responses (it could point at a person), and each distribution must add up to its count
 * and give its mean. A signals file joins two different teams per line. Both name their
 * quarter in the file name too.
 */
import { MIN_SURVEY_RESPONSES } from '../../schemas/surveys.ts';
import type { RuleContext } from './context.ts';

/** The mean a distribution of ratings 1–5 gives. */
export function distributionMean(distribution: readonly number[]): number {
  const total = distribution.reduce((sum, count) => sum + count, 0);
  return total === 0 ? 0 : distribution.reduce((sum, count, index) => sum + count * (index + 1), 0) / total;
}

/** Half a unit of the last decimal written: 3.4 may stand for 3.35 to 3.45, 3.42 for 3.415 to 3.425. */
function roundingOf(mean: number): number {
  const decimals = (String(mean).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals + 1e-9;
}

function checkQuarterName(context: RuleContext, collection: 'surveys' | 'signals', id: string, quarter: string | undefined): void {
  if (quarter === undefined || quarter.toLowerCase() === id) return;
  context.report(
    collection === 'surveys' ? 'survey/quarter-name' : 'signals/quarter-name',
    { collection, id, path: ['quarter'] },
    `is ${quarter}, but the file is named ${id}`,
    `name the file ${quarter.toLowerCase()}.yaml, or set \`quarter: ${id.toUpperCase()}\``,
  );
}

export function checkSurveys(context: RuleContext): void {
  for (const survey of context.entries('surveys')) {
    const { quarter, questions, results } = survey.data;
    checkQuarterName(context, 'surveys', survey.id, quarter);
    const asked = new Set((questions ?? []).map((question) => question.id));
    const seen = new Set<string>();
    (results ?? []).forEach((result, index) => {
      const at = (field: string) => ({ collection: 'surveys' as const, id: survey.id, path: ['results', index, field] });
      const { team, question, responses, mean, distribution } = result;
      if (responses < MIN_SURVEY_RESPONSES) {
        context.report(
          'survey/too-few-responses',
          at('responses'),
          `is ${responses}: fewer than ${MIN_SURVEY_RESPONSES} answers could identify who gave them`,
          `leave this result out, or merge team "${team}" with another team for this question until ${MIN_SURVEY_RESPONSES} people answer`,
        );
      }
      const total = distribution.reduce((sum, count) => sum + count, 0);
      if (total !== responses) {
        context.report(
          'survey/distribution-count',
          at('distribution'),
          `adds up to ${total}, but \`responses\` is ${responses}`,
          'copy the counts of answers 1 to 5 again from the survey tool: they add up to the number of responses',
        );
      } else if (total > 0 && Math.abs(distributionMean(distribution) - mean) > roundingOf(mean)) {
        context.report(
          'survey/distribution-mean',
          at('mean'),
          `is ${mean}, but the distribution gives ${distributionMean(distribution).toFixed(2)}`,
          'copy the mean and the distribution from the same export of the survey tool',
        );
      }
      if (!asked.has(question)) {
        context.report(
          'survey/unknown-question',
          at('question'),
          `is "${question}", which \`questions\` does not list`,
          `use one of ${[...asked].join(', ') || 'the ids under `questions`'}, or add the question`,
        );
      }
      const key = `${team}|${question}`;
      if (seen.has(key)) {
        context.report('survey/duplicate-result', at('question'), `repeats team "${team}" and question "${question}"`, 'keep one result per team and question');
      }
      seen.add(key);
    });
  }
}

export function checkSignals(context: RuleContext): void {
  for (const signals of context.entries('signals')) {
    checkQuarterName(context, 'signals', signals.id, signals.data.quarter);
    const seen = new Set<string>();
    (signals.data.pairs ?? []).forEach((pair, index) => {
      const at = { collection: 'signals' as const, id: signals.id, path: ['pairs', index, 'to'] };
      if (pair.from === pair.to) {
        context.report(
          'signals/self',
          at,
          `is "${pair.to}", the same team as \`from\``,
          'signals count work across teams: remove this line, or correct one of the teams',
        );
      }
      const key = `${pair.from}|${pair.to}`;
      if (seen.has(key)) {
        context.report(
          'signals/duplicate-pair',
          at,
          `repeats the pair ${pair.from} → ${pair.to}`,
          'add the counts into one line per ordered pair of teams, or run the signals script again',
        );
      }
      seen.add(key);
    });
  }
}
