export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <a className="brand" href="/">
          44-Day War report: figures
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href="/">Overview</a>
            </li>
            <li>
              <a href="/datasets">Datasets</a>
            </li>
            <li>
              <a href="/figures">Find a figure</a>
            </li>
            <li>
              <a href="/map">Map</a>
            </li>
            <li>
              <a href="/brief">Briefing deck</a>
            </li>
            <li>
              <a href="/sources">Sources and method</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
