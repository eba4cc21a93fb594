// The framework floor for `npm run bench`: the smallest Next.js App Router page, built with the project's
// own next/react versions. Its Lighthouse score on the same host is the ceiling any page of ours can reach.
export const metadata = { title: 'Framework floor', description: 'An empty Next.js page, a Lighthouse baseline' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
