import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '../components/SiteHeader';
import { REPORT } from '../data/report';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Karabakh war report: figures and sources', template: '%s · Karabakh war report figures' },
  description: `Every figure of "${REPORT.title}" (${REPORT.publisher}, ${REPORT.year}) as a sourced dataset, with charts, tables and downloads.`,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>{children}</main>
        <footer className="site-footer">
          <div className="inner">
            Figures from “{REPORT.title}”, {REPORT.publisher}, {REPORT.place}, {REPORT.year}. Reported as the report states them,
            attributed; see <a href="/sources">Sources and method</a>.
          </div>
        </footer>
      </body>
    </html>
  );
}
