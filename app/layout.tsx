import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
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
      <body>{children}</body>
    </html>
  );
}
