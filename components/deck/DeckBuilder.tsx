'use client';

import { useEffect, useState } from 'react';
import { parseIds } from '../../lib/deck/nav';
import { briefPath } from '../../lib/site/urls';

interface Item {
  id: string;
  title: string;
}

/** Tick datasets, reorder them, then open or copy the /brief?ids=… link. */
export function DeckBuilder({ datasets }: { datasets: Item[] }) {
  const [order, setOrder] = useState<string[]>(datasets.map((d) => d.id));
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);

  // Start from ?ids= if the user came back to edit a deck.
  useEffect(() => {
    setReady(true);
    const raw = new URLSearchParams(window.location.search).get('ids');
    if (!raw) return;
    const { ids } = parseIds(
      raw,
      datasets.map((d) => d.id),
    );
    setChosen(new Set(ids));
    setOrder([...ids, ...datasets.map((d) => d.id).filter((id) => !ids.includes(id))]);
  }, [datasets]);

  const selected = order.filter((id) => chosen.has(id));
  const href = briefPath(selected);
  const title = (id: string) => datasets.find((d) => d.id === id)?.title ?? id;

  const move = (id: string, delta: number) => {
    setOrder((o) => {
      const i = o.indexOf(id);
      const j = i + delta;
      if (j < 0 || j >= o.length) return o;
      const next = [...o];
      [next[i], next[j]] = [next[j] as string, next[i] as string];
      setStatus(`${title(id)} moved to position ${j + 1}.`);
      return next;
    });
  };

  const [making, setMaking] = useState(false);
  const downloadPowerPoint = async () => {
    const name = selected.length ? 'briefing-deck-custom.pptx' : 'briefing-deck.pptx';
    setMaking(true);
    setStatus('Making the PowerPoint file…');
    try {
      // The writer and the deck model load on this click only, never with the page.
      const { downloadPptx } = await import('./pptx-download');
      const bytes = await downloadPptx(selected, name);
      setStatus(
        `PowerPoint file ready: ${name} (${Math.round(bytes / 1024)} KB, ${selected.length || datasets.length} datasets in this order).`,
      );
    } catch (e) {
      setStatus(
        `The PowerPoint file could not be made here (${e instanceof Error ? e.message : 'unknown error'}). The full deck is also a download: /data/brief.pptx.`,
      );
    } finally {
      setMaking(false);
    }
  };

  const copy = async () => {
    const url = new URL(href, window.location.href).toString();
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`Copied: ${url}`);
    } catch {
      setStatus(`Copy this link: ${url}`);
    }
  };

  return (
    <div className="deck-builder" data-ready={ready ? 'true' : 'false'}>
      <ol className="builder-list">
        {order.map((id, i) => (
          <li key={id} data-id={id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(id)}
                onChange={(e) =>
                  setChosen((c) => {
                    const n = new Set(c);
                    if (e.target.checked) n.add(id);
                    else n.delete(id);
                    return n;
                  })
                }
              />{' '}
              {title(id)}
            </label>{' '}
            <button type="button" onClick={() => move(id, -1)} disabled={i === 0} aria-label={`Move ${title(id)} up`}>
              ↑
            </button>{' '}
            <button
              type="button"
              onClick={() => move(id, 1)}
              disabled={i === order.length - 1}
              aria-label={`Move ${title(id)} down`}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p>
        {selected.length
          ? `${selected.length} dataset${selected.length > 1 ? 's' : ''} in this order: ${selected.map(title).join(' → ')}.`
          : 'No dataset ticked: the link opens the full deck.'}
      </p>
      <p className="builder-actions">
        <a className="button-link" href={href} data-testid="open-deck">
          Open the deck
        </a>{' '}
        <button type="button" onClick={copy}>
          Copy link
        </button>{' '}
        <code data-testid="deck-link">{href}</code>
      </p>
      {/* On its own line: a label that arrives late cannot move the link above it. */}
      <p className="builder-actions">
        <button type="button" onClick={downloadPowerPoint} disabled={making} data-testid="download-pptx">
          Download PowerPoint
        </button>{' '}
        <span className="muted">a .pptx of these slides with native, editable charts, made here in the browser</span>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
