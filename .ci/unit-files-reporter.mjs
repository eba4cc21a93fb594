// A node:test reporter that writes, as JSON, the files that reported at least one test (.ci/unit.mjs compares them
// with the test files that exist).
export default async function* filesReporter(source) {
  const files = new Set();
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.file) files.add(event.data.file);
  }
  yield `${JSON.stringify([...files].sort())}\n`;
}
