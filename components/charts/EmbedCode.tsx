'use client';

import { useState } from 'react';
import { embedSnippet } from '../../lib/site/embed';

/** "Embed": shows the snippet (an iframe with a title, and the script that sizes it) and copies it. */
export function EmbedCode({ datasetId, chart, title }: { datasetId: string; chart: string; title: string }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const snippet = open ? embedSnippet(window.location.origin, datasetId, chart, title) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Embed code copied.');
    } catch {
      setStatus('Select the code and copy it.');
    }
  };
  return (
    <div className="embed-code">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Embed
      </button>
      {open ? (
        <div className="embed-panel">
          <label>
            Embed code (add <code>?theme=dark</code> or <code>?theme=light</code> to the address to fix the theme)
            <textarea
              readOnly
              value={snippet}
              rows={3}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="embed-snippet"
            />
          </label>
          <button type="button" onClick={copy}>
            Copy embed code
          </button>{' '}
          <span className="muted" role="status">
            {status}
          </span>
        </div>
      ) : null}
    </div>
  );
}
