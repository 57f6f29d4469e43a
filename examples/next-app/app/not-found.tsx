// Next's built-in page has no main landmark: presswork check fails it (landmark-one-main, region).
export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>There is no article at this address.</p>
    </main>
  );
}
