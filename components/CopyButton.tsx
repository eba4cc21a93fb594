'use client';

import { useState } from 'react';

/** Copies the text of the element `target` (by id) and says so; if the clipboard refuses, asks to select it. */
export function CopyButton({ target, label }: { target: string; label: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const text = document.getElementById(target)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied.');
    } catch {
      setStatus('Select the code and copy it.');
    }
  };
  return (
    <>
      <button type="button" className="copy-button" onClick={copy}>
        {label}
      </button>{' '}
      <span className="muted" role="status">
        {status}
      </span>
    </>
  );
}
