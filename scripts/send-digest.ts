/**
 * npm run send:digest -- [--week 2026-W47] [--dry-run [--output file.eml]] [--force] [--state file]
 * Sends a week's digest email (HTML and plain text) through ATRIUM_SMTP_URL from
 * ATRIUM_DIGEST_FROM to ATRIUM_DIGEST_TO, once: a week already sent is refused unless
 * --force. The week defaults to the current one; a week before its Friday needs --force.
 */
import { formatDate } from '../src/lib/time/format.ts';
import { digestEmailContext } from '../src/queries/digest-context.ts';
import { parseArgsOrExit } from './lib/cli/args.ts';
import { config, notice, projectRoot, realClock, runCommand, stateFile } from './lib/send/cli.ts';
import { digestOfWeek, loadHandbookIndexes, relatedWorkOf, weekArgument } from './lib/send/digest-source.ts';
import { composeDigestEmail } from './lib/send/email.ts';
import { SendError } from './lib/send/failure.ts';
import { emailSettings } from './lib/send/settings.ts';
import { sendDigestEmail, writeDigestEml } from './lib/send/smtp.ts';

const usage = 'Usage: npm run send:digest -- [--week 2026-W47] [--dry-run [--output digest.eml]] [--force] [--state .cache/atrium-sent.json]';
const { values } = parseArgsOrExit(
  {
    options: {
      week: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      output: { type: 'string' },
      force: { type: 'boolean', default: false },
      state: { type: 'string' },
    },
  },
  usage,
);

await runCommand(async () => {
  const dryRun = values['dry-run'];
  const clock = realClock();
  const week = weekArgument(values.week, clock.today);
  // Settings first: a missing secret is reported before the handbook is read.
  const settings = emailSettings(process.env, { dryRun });
  const h = await loadHandbookIndexes(projectRoot, clock);
  const digest = digestOfWeek(h, week, clock, await relatedWorkOf(projectRoot, h, clock));
  const label = week.toUpperCase();
  if (!digest.published && !dryRun && !values.force)
    throw new SendError(
      `${label} is not over: its digest goes out on ${formatDate(digest.week.friday)}, a Friday. Preview it with --dry-run, or send the week so far with --force.`,
    );
  const email = composeDigestEmail(digest, digestEmailContext(h), config.site);

  if (dryRun) {
    const outcome = await writeDigestEml(email, settings, values.output ?? `digest-${week}.eml`);
    console.log(`Wrote ${outcome.status === 'written' ? outcome.file : ''}: "${email.subject}" to ${settings.to.join(', ')} (not sent).`);
    return;
  }
  const outcome = await sendDigestEmail(email, settings, { stateFile: stateFile(values.state), force: values.force });
  if (outcome.status === 'already-sent')
    notice(`Not sent: the ${label} digest was sent on ${outcome.at} as ${outcome.messageId}. Run again with --force to send it once more.`);
  else {
    if (outcome.status === 'sent' && outcome.rejected.length > 0)
      console.warn(`The server refused ${outcome.rejected.join(', ')}: check these addresses in ATRIUM_DIGEST_TO. The others received the digest.`);
    console.log(
      `Sent "${email.subject}" to ${settings.to.length} recipient${settings.to.length === 1 ? '' : 's'} through ${settings.smtpServer} as ${outcome.messageId}${outcome.status === 'sent' && outcome.resend ? ` (resend ${outcome.resend})` : ''}.`,
    );
  }
});
