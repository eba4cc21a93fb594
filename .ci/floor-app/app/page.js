export default function Page() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>An empty Next.js page, built with the same next and react as the dashboard, as a Lighthouse baseline.</p>
    </main>
  );
}
