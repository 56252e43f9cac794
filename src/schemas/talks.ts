/** A tech talk: `content/talks/<date>-<slug>.md(x)`; the body is the abstract and an optional `## Transcript`. */
import { z } from 'zod';
import { draft, entryId, httpUrl, isoDateTime, nonEmptyList, tags, title } from './fields.ts';

const VIDEO_HOSTS = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com|loom\.com)$/;
const VIDEO_FILE = /\.(mp4|webm|ogv|mov|m4v)$/i;

/** True for a YouTube, Vimeo or Loom page, or a direct link to a video file. */
export function isRecordingUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return VIDEO_HOSTS.test(url.hostname) || VIDEO_FILE.test(url.pathname);
  } catch {
    return false; // the URL check reports a malformed address on its own
  }
}

export const talkSchema = z.strictObject({
  /** Title of the talk. */
  title,
  /** When the talk starts, with a time zone offset. */
  date: isoDateTime,
  /** Who gives the talk (person ids), at most 20. */
  speakers: nonEmptyList(entryId, 'needs at least one speaker', 'list the speakers as person ids', 20),
  /** The team presenting (a team id). */
  team: entryId,
  /** Talk series, e.g. "Architecture Fridays". */
  series: title.optional(),
  /** Planned length in minutes. */
  durationMinutes: z.number().int().min(1).max(600),
  /** Recording: a YouTube, Vimeo or Loom link, or a video file URL. */
  recording: httpUrl
    .refine(isRecordingUrl, {
      message: 'is not a YouTube, Vimeo or Loom link or a video file',
      params: { fix: 'link the recording on YouTube, Vimeo or Loom, or a .mp4/.webm file' },
    })
    .optional(),
  /** Link to the slides. */
  slides: httpUrl.optional(),
  /** Topics, for filtering. */
  tags,
  /** Hidden from production builds while true. */
  draft,
});

export type TalkInput = z.input<typeof talkSchema>;
export type Talk = z.output<typeof talkSchema>;
