/**
 * Talk recordings (VideoPlayer.astro): on click, the facade button is swapped for the
 * real player; only then does the video host see a request.
 */

function playerFor(button: HTMLElement): HTMLIFrameElement | HTMLVideoElement {
  const { embed, file } = button.dataset;
  if (embed) {
    const frame = document.createElement('iframe');
    frame.src = embed;
    frame.allow = 'autoplay; fullscreen; picture-in-picture';
    frame.allowFullscreen = true;
    return frame;
  }
  const video = document.createElement('video');
  video.src = file ?? '';
  video.controls = video.autoplay = true;
  return video;
}

export function wirePlayers(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLElement>('[data-player] button')) {
    button.addEventListener('click', () => {
      const media = playerFor(button);
      media.title = button.dataset.title ?? '';
      media.className = 'player__media';
      button.replaceWith(media);
    });
  }
}
