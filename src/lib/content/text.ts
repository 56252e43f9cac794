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

export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number };

const strict = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly and normalizes it; on invalid bytes, the 1-based line and byte column of the first. */
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
        return { ok: false, line, column: firstInvalidByte(slice) + 1 };
      }
      if (end === -1) return { ok: false, line, column: 1 };
      start = end + 1;
    }
  }
}

/** Offset of the first byte at which the line stops being UTF-8 (of a multi-byte sequence, possibly its last byte). */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix: decoding is monotone in the prefix length, up to a cut sequence.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      // A decoder of its own: streaming leaves a cut sequence buffered in the decoder.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}
