import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'presswork/styles.css';
import { site } from '../lib/articles';

// Every page has a title (WCAG 2.4.2), Next's own not-found page included.
export const metadata: Metadata = { title: { default: site.name, template: `%s | ${site.name}` } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
