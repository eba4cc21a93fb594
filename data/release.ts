/** The data's own release: its version (semver) and the date it was released. Files built from the data carry this date, not the build time, so the same data gives the same bytes. */
export const RELEASE = {
  version: '1.0.0',
  date: '2026-12-01',
} as const;
