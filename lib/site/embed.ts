/** Embeds (pure): the snippet a reader copies, and the one message an embed sends its parent. */
import { embedPath } from './urls';
import { escapeXml } from '../outputs/escape';
export const EMBED_MESSAGE = 'karabakh-embed-height';
/**
 * What /embed.js sends each iframe when it starts: "say your height again". The script loads async, so an embed may
 * have sent its height before anyone listened; without this, that iframe kept its 320 px minimum and scrolled.
 */
export const EMBED_ASK = 'karabakh-embed-ask';

/** True for exactly the ask message, nothing more or less (the embed answers it with its height only). */
export function isEmbedAsk(m: unknown): boolean {
  return !!m && typeof m === 'object' && Object.keys(m).length === 1 && (m as { type?: unknown }).type === EMBED_ASK;
}

/** An iframe with a title, plus the small script that sets its height from the embed's own messages. */
export function embedSnippet(origin: string, datasetId: string, chartId: string, title: string): string {
  return (
    `<iframe src="${origin}${embedPath(datasetId, chartId)}" title="${escapeXml(title)}" style="width:100%;border:0;min-height:320px" loading="lazy" data-karabakh-embed></iframe>\n` +
    `<script src="${origin}/embed.js" async></script>`
  );
}

/**
 * The parent page's script, served at /embed.js (plain browser JavaScript, tested as served): it accepts a message
 * only from our own origin (the one it was loaded from), only of exactly the shape {type, height} with a sane
 * height, and only from one of the page's iframes, and sets that iframe's height. On start it asks each iframe of
 * our origin for its height, in case the iframe spoke before this script was listening.
 */
export const RESIZE_SCRIPT = `(function () {
  if (window.__karabakhEmbed) return;
  window.__karabakhEmbed = true;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : location.origin;
  addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var m = e.data;
    if (!m || typeof m !== 'object' || Object.keys(m).length !== 2 || m.type !== '${EMBED_MESSAGE}') return;
    if (typeof m.height !== 'number' || !isFinite(m.height) || m.height <= 0 || m.height >= 20000) return;
    var frames = document.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) { frames[i].style.height = Math.ceil(m.height) + 'px'; return; }
    }
  });
  var ours = document.querySelectorAll('iframe');
  for (var j = 0; j < ours.length; j++) {
    // The target origin keeps the ask from reaching a frame that is not (or not yet) one of ours.
    try { if (ours[j].contentWindow) ours[j].contentWindow.postMessage({ type: '${EMBED_ASK}' }, origin); } catch (err) {}
  }
})();
`;
