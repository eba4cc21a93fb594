import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link className="brand" href="/">44-Day War report: figures</Link>
        <nav aria-label="Main">
          <ul>
            <li><Link href="/">Overview</Link></li>
            <li><Link href="/datasets/casualties">Datasets</Link></li>
            <li><Link href="/brief">Briefing deck</Link></li>
            <li><Link href="/sources">Sources and method</Link></li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
