/**
 * How to play a recording: the embed address for YouTube, Vimeo and Loom (their
 * privacy-friendly hosts, started only when the reader clicks), or the file itself.
 */
export type Provider = 'YouTube' | 'Vimeo' | 'Loom';

/** Where each provider's player is framed from; the Content-Security-Policy allows these frames and no others. */
export const EMBED_ORIGINS: Readonly<Record<Provider, string>> = {
  YouTube: 'https://www.youtube-nocookie.com',
  Vimeo: 'https://player.vimeo.com',
  Loom: 'https://www.loom.com',
};

export type Recording = { kind: 'embed'; provider: Provider; embedUrl: string; watchUrl: string } | { kind: 'file'; src: string; watchUrl: string };

export function recordingOf(address: string): Recording {
  const url = new URL(address);
  const host = url.hostname.replace(/^www\.|^m\./, '');
  if (host === 'youtube.com' || host === 'youtu.be') {
    const id = host === 'youtu.be' ? url.pathname.slice(1) : (url.searchParams.get('v') ?? url.pathname.split('/').pop() ?? '');
    return { kind: 'embed', provider: 'YouTube', embedUrl: `${EMBED_ORIGINS.YouTube}/embed/${encodeURIComponent(id)}?autoplay=1`, watchUrl: address };
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = url.pathname.split('/').filter(Boolean).pop() ?? '';
    return { kind: 'embed', provider: 'Vimeo', embedUrl: `${EMBED_ORIGINS.Vimeo}/video/${encodeURIComponent(id)}?autoplay=1&dnt=1`, watchUrl: address };
  }
  if (host === 'loom.com') {
    const id = url.pathname.split('/').filter(Boolean).pop() ?? '';
    return { kind: 'embed', provider: 'Loom', embedUrl: `${EMBED_ORIGINS.Loom}/embed/${encodeURIComponent(id)}?autoplay=1`, watchUrl: address };
  }
  return { kind: 'file', src: address, watchUrl: address };
}
