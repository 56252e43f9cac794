/**
 * How to play a recording: the embed address for YouTube, Vimeo and Loom (their
 * privacy-friendly hosts, started only when the reader clicks), or the file itself.
 */
export type Recording =
  | { kind: 'embed'; provider: 'YouTube' | 'Vimeo' | 'Loom'; embedUrl: string; watchUrl: string }
  | { kind: 'file'; src: string; watchUrl: string };

export function recordingOf(address: string): Recording {
  const url = new URL(address);
  const host = url.hostname.replace(/^www\.|^m\./, '');
  if (host === 'youtube.com' || host === 'youtu.be') {
    const id = host === 'youtu.be' ? url.pathname.slice(1) : (url.searchParams.get('v') ?? url.pathname.split('/').pop() ?? '');
    return { kind: 'embed', provider: 'YouTube', embedUrl: `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1`, watchUrl: address };
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = url.pathname.split('/').filter(Boolean).pop() ?? '';
    return { kind: 'embed', provider: 'Vimeo', embedUrl: `https://player.vimeo.com/video/${encodeURIComponent(id)}?autoplay=1&dnt=1`, watchUrl: address };
  }
  if (host === 'loom.com') {
    const id = url.pathname.split('/').filter(Boolean).pop() ?? '';
    return { kind: 'embed', provider: 'Loom', embedUrl: `https://www.loom.com/embed/${encodeURIComponent(id)}?autoplay=1`, watchUrl: address };
  }
  return { kind: 'file', src: address, watchUrl: address };
}
