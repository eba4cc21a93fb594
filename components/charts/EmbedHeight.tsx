'use client';

import { useEffect } from 'react';
import { EMBED_MESSAGE } from '../../lib/embed';

/** In an iframe, tells the parent page this page's height whenever it changes: only the height, nothing else. */
export function EmbedHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const send = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
    };
    const ro = new ResizeObserver(send);
    ro.observe(document.documentElement);
    send();
    return () => ro.disconnect();
  }, []);
  return null;
}
