/**
 * Deck navigation (pure, no data): how the URL's `slide` and `ids` parameters are read, which slides a
 * custom deck keeps, and how keys move the deck. Slides are 1-based in the URL. The deck's controller and
 * builder run this in the browser; it imports nothing, so the datasets stay out of their bundles.
 */

/** `ids=a,b` → known ids in the given order (deduplicated) and the unknown ones; null/empty → every dataset. */
export function parseIds(
  raw: string | null | undefined,
  known: readonly string[],
): { ids: string[]; unknown: string[] } {
  if (raw === null || raw === undefined || raw.trim() === '') return { ids: [...known], unknown: [] };
  const parts = raw
    .slice(0, 2000)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 50);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const p of parts) {
    if (known.includes(p)) {
      if (!ids.includes(p)) ids.push(p);
    } else if (!unknown.includes(p)) unknown.push(p.slice(0, 60));
  }
  return { ids: ids.length > 0 ? ids : [...known], unknown };
}

/** The slides of a deck limited to `ids`, in the order of `ids`, keeping the title and closing slides. */
export function deckSlides<S extends { datasetId: string | null }>(slides: readonly S[], ids: readonly string[]): S[] {
  const first = slides.filter((s) => s.datasetId === null).slice(0, 1);
  const last = slides.filter((s) => s.datasetId === null).slice(1);
  return [...first, ...ids.flatMap((id) => slides.filter((s) => s.datasetId === id)), ...last];
}

/** `slide=N` (1-based) → the nearest valid slide index (0-based). Not a number → the first slide. */
export function parseSlide(raw: string | null | undefined, count: number): number {
  if (count <= 0) return 0;
  const n = raw === null || raw === undefined ? Number.NaN : Number(raw.trim());
  if (!Number.isFinite(n) || raw?.trim() === '') return 0;
  return Math.min(Math.max(Math.round(n), 1), count) - 1;
}

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | null;

export function keyAction(key: string): DeckAction {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'Spacebar':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export function step(index: number, action: DeckAction, count: number): number {
  switch (action) {
    case 'next':
      return Math.min(index + 1, count - 1);
    case 'prev':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return index;
  }
}

/** What the audience and presenter windows say to each other: only these two shapes are accepted. */
export type DeckMessage = { type: 'goto'; deck: string; index: number } | { type: 'hello'; deck: string };

export function parseDeckMessage(data: unknown): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.deck !== 'string' || m.deck.length > 2000) return null;
  if (m.type === 'hello') return { type: 'hello', deck: m.deck };
  if (m.type === 'goto' && typeof m.index === 'number' && Number.isInteger(m.index) && m.index >= 0 && m.index < 1000)
    return { type: 'goto', deck: m.deck, index: m.index };
  return null;
}

/**
 * "G, then a number": `buffer` is the digits typed so far. Enter (or a pause) jumps to that slide, 1-based,
 * clamped to the deck; no digits → no jump.
 */
export function gotoIndex(buffer: string, count: number): number | null {
  if (!/^\d{1,4}$/.test(buffer) || count <= 0) return null;
  return Math.min(Math.max(Number(buffer), 1), count) - 1;
}

/** Elapsed time as m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
  const t = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = String(t % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Keys the page records before the deck's script has run, replayed when it takes over. */
export const EARLY_KEYS = ['ArrowRight', 'ArrowLeft', ' ', 'PageDown', 'PageUp', 'Home', 'End'] as const;

/** Where a replay of early keys lands, from the slide the URL opens. */
export function replayKeys(start: number, keys: readonly string[], count: number): number {
  return keys.reduce((i, k) => step(i, keyAction(k), count), start);
}

/** What the deck's keys act on: where the deck is, and the modes a key can open or close. */
export interface DeckKeyState {
  index: number;
  count: number;
  /** The slide chosen in the overview, or null when the overview is closed. */
  overview: number | null;
  /** The digits typed after G, or null when no "go to" is under way. */
  goto: string | null;
  notes: boolean;
  presenter: boolean;
  fullscreen: boolean;
}

/** What a key asks of the browser beyond the deck's state. */
export type DeckEffect = 'toggle-fullscreen' | 'exit-fullscreen' | 'open-presenter' | null;

export interface DeckKeyResult {
  state: DeckKeyState;
  /** The key is the deck's: the browser's own action for it is prevented. */
  handled: boolean;
  effect: DeckEffect;
}

/**
 * The deck's keys, as a pure reducer: arrows, Space, Page Up/Down, Home and End move; F full screen; N notes; S the
 * presenter view (not from the presenter view itself); G and digits go to a slide (Enter or a pause jumps, any other
 * key cancels); O or Esc the overview (arrows choose, Enter or Space opens, Esc or O closes); Esc in full screen
 * leaves it.
 */
export function deckKey(state: DeckKeyState, key: string): DeckKeyResult {
  const done = (next: Partial<DeckKeyState>, effect: DeckEffect = null): DeckKeyResult => ({
    state: { ...state, ...next },
    handled: true,
    effect,
  });
  const k = key.toLowerCase();
  if (state.goto !== null) {
    if (/^\d$/.test(key)) return done({ goto: `${state.goto}${key}`.slice(0, 4) });
    if (key === 'Backspace') return done({ goto: state.goto.slice(0, -1) });
    const i = key === 'Enter' ? gotoIndex(state.goto, state.count) : null;
    return done({ goto: null, index: i ?? state.index });
  }
  if (state.overview !== null) {
    const move: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const by = move[key];
    if (by !== undefined) return done({ overview: Math.min(Math.max(state.overview + by, 0), state.count - 1) });
    if (key === 'Enter' || key === ' ') return done({ index: state.overview, overview: null });
    if (key === 'Escape' || k === 'o') return done({ overview: null });
    return { state, handled: false, effect: null };
  }
  const action = keyAction(key);
  if (action) return done({ index: step(state.index, action, state.count) });
  if (k === 'f') return done({}, 'toggle-fullscreen');
  if (k === 'n') return done({ notes: !state.notes });
  if (k === 's' && !state.presenter) return done({}, 'open-presenter');
  if (k === 'g') return done({ goto: '' });
  if (k === 'o' || (key === 'Escape' && !state.fullscreen)) return done({ overview: state.index });
  if (key === 'Escape') return { state, handled: false, effect: 'exit-fullscreen' };
  return { state, handled: false, effect: null };
}
