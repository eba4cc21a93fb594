'use client';

import { useEffect } from 'react';
import { EMBED_MESSAGE, isEmbedAsk } from '../../lib/site/embed';

/**
 * In an iframe, tells the parent page this page's height whenever it changes, and again when the parent's /embed.js
 * asks (it may have started after the first message): only the height, nothing else.
 */
export function EmbedHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const send = (again = false) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last && !again) return;
      last = height;
      window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
    };
    // Listening before the first send: a parent script that missed that message is listening by the time it asks.
    const onAsk = (e: MessageEvent) => {
      if (e.source === window.parent && isEmbedAsk(e.data)) send(true);
    };
    window.addEventListener('message', onAsk);
    const ro = new ResizeObserver(() => send());
    ro.observe(document.documentElement);
    send();
    return () => {
      ro.disconnect();
      window.removeEventListener('message', onAsk);
    };
  }, []);
  return null;
}
