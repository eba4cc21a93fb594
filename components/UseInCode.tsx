import { codeSnippets } from '../lib/site/code-snippets';
import { CopyButton } from './CopyButton';

/** A dataset's data loaded in Python, R and JavaScript from the site's absolute address, each with a copy button. */
export function UseInCode({ datasetId }: { datasetId: string }) {
  return (
    <section aria-labelledby="code-heading" className="use-in-code">
      <h2 id="code-heading">Use in code</h2>
      {codeSnippets(datasetId).map((s) => (
        <div key={s.lang} className="code-block" data-lang={s.lang}>
          <h3 id={`code-${s.lang}-heading`}>{s.label}</h3>
          <pre>
            <code id={`code-${s.lang}`} data-testid={`code-${s.lang}`}>
              {s.code}
            </code>
          </pre>
          <CopyButton target={`code-${s.lang}`} label={`Copy the ${s.label} code`} />
        </div>
      ))}
    </section>
  );
}
