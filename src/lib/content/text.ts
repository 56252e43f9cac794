/**
 * The one place where a content file's bytes become text. Line endings and a
 * byte-order mark must not change what a reader sees (a CRLF file once lost its
 * diagrams), so every reader of content, the check and the build's Markdown plugins,
 * normalizes the same way; bytes that are not UTF-8 are reported, never turned into
 * U+FFFD silently.
 */

/** CRLF and lone CR become LF; a leading byte-order mark is dropped. */
export function normalizeText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

export type Decoded = { ok: true; text: string } | { ok: false; line: number; before: string };

const strict = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly and normalizes it; on invalid bytes, the 1-based line of the first and the text before it on that line. */
export function decodeContent(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: normalizeText(strict.decode(bytes)) };
  } catch {
    // A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be decoded one by one.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        strict.decode(slice);
      } catch {
        return { ok: false, line, before: strict.decode(slice.subarray(0, firstInvalidByte(slice))).replace(/^\uFEFF/, '') };
      }
      if (end === -1) return { ok: false, line, before: '' };
      start = end + 1;
    }
  }
}

/** Sequence length announced by a UTF-8 lead byte (0 for a byte that cannot start one). */
const sequenceLength = (byte: number) => (byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0);

/** Offset of the first byte that does not begin a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const length = sequenceLength(bytes[offset]!);
    if (length === 0 || offset + length > bytes.length) return offset;
    try {
      strict.decode(bytes.subarray(offset, offset + length));
    } catch {
      return offset;
    }
    offset += length;
  }
  return offset;
}
