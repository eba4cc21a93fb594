import type { ReactNode } from 'react';
import { REPORT } from '../data/report';
import { SiteHeader } from './SiteHeader';
import { OTHER_SOURCES_STANDPOINT } from '../lib/other-sources/sources';

/** Skip link, header, main landmark and footer of every page but the deck. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">
          Figures from “{REPORT.title}”, {REPORT.publisher}, {REPORT.place}, {REPORT.year}. Reported as the report
          states them, attributed; see <a href="/sources">Sources and method</a>.{' '}
          <span data-testid="others-standpoint">{OTHER_SOURCES_STANDPOINT}</span>
        </div>
      </footer>
    </>
  );
}
