/**
 * presswork's default stylesheet, opt-in (`stylesheet: true`, or
 * `presswork/styles.css`). Colour pairs meet WCAG AA (4.5:1 for text) in
 * both light and dark schemes; a test measures every pair. Focus is always
 * visible; motion is reduced when the reader asks. AMP-safe: no
 * `!important`, no `@import`.
 */
export const palette = {
  light: { text: '#1a1a1a', muted: '#4d4d4d', background: '#ffffff', link: '#0b57d0', accent: '#a3122a', surface: '#f3f4f6', border: '#767676' },
  dark: { text: '#ececec', muted: '#b8b8b8', background: '#121212', link: '#8ab4f8', accent: '#ff8a9a', surface: '#1f2226', border: '#8c8c8c' },
} as const;

const { light, dark } = palette;

/** Everything but the motion rule; AMP uses this (it allows transitions on opacity and transform only). */
export const baseStylesheet = `:root{color-scheme:light dark;--pw-text:${light.text};--pw-muted:${light.muted};--pw-bg:${light.background};--pw-link:${light.link};--pw-accent:${light.accent};--pw-surface:${light.surface};--pw-border:${light.border}}
@media (prefers-color-scheme:dark){:root{--pw-text:${dark.text};--pw-muted:${dark.muted};--pw-bg:${dark.background};--pw-link:${dark.link};--pw-accent:${dark.accent};--pw-surface:${dark.surface};--pw-border:${dark.border}}}
body{margin:0;background:var(--pw-bg);color:var(--pw-text);font:1.125rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;text-size-adjust:100%;-webkit-text-size-adjust:100%}
.pw-article{max-width:48rem;margin:0 auto;padding:1rem 1.25rem 3rem}
.pw-article a{color:var(--pw-link);text-decoration:underline;text-underline-offset:.15em}
.pw-article a:focus-visible,.pw-article summary:focus-visible,.pw-table:focus-visible,.pw-article video:focus-visible,.pw-article audio:focus-visible,.pw-article iframe:focus-visible{outline:3px solid var(--pw-link);outline-offset:2px}
.pw-kicker{color:var(--pw-accent);font-weight:700;text-transform:uppercase;letter-spacing:.04em;font-size:.875rem;margin:0}
.pw-headline{font-size:clamp(1.75rem,4vw,2.75rem);line-height:1.15;margin:.25rem 0 .75rem}
.pw-alternative-headline,.pw-dek{font-size:1.25rem;color:var(--pw-muted);margin:0 0 1rem}
.pw-byline,.pw-source,.pw-dates{font-size:.9375rem;color:var(--pw-muted);margin:.25rem 0}
.pw-dateline{font-weight:700;text-transform:uppercase}
.pw-lead{margin:1.5rem 0}
.pw-article figure{margin:1.5rem 0}
.pw-article img,.pw-article video,.pw-article iframe,.pw-article amp-img,.pw-article amp-video{max-width:100%;height:auto}
.pw-article iframe{border:0;aspect-ratio:16/9;width:100%}
.pw-article audio{width:100%}
figcaption{font-size:.9375rem;color:var(--pw-muted);margin-top:.5rem}
.pw-media-title{font-weight:700;color:var(--pw-text)}
figcaption p{margin:.25rem 0}
.pw-credit{white-space:nowrap}
.pw-gallery-images{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.pw-gallery-images figure{margin:0}
.pw-gallery-title{font-weight:700;color:var(--pw-text);margin:0 0 .5rem}
.pw-quote blockquote{margin:0;padding-inline-start:1rem;border-inline-start:4px solid var(--pw-border);font-style:italic}
.pw-pullquote{font-size:1.5rem;line-height:1.3;font-weight:700;color:var(--pw-accent);border-block:2px solid var(--pw-border);padding:.75rem 0;margin:2rem 0}
.pw-pullquote p{margin:.25rem 0}
.pw-pullquote-attribution{font-size:1rem;font-weight:400;color:var(--pw-muted)}
.pw-factbox,.pw-related{background:var(--pw-surface);border-inline-start:4px solid var(--pw-accent);padding:.75rem 1rem;margin:1.5rem 0}
.pw-factbox-title{font-size:1.125rem;margin:0 0 .5rem}
.pw-related p{margin:0}
.pw-related-label{font-weight:700;text-transform:uppercase;font-size:.875rem;letter-spacing:.04em}
.pw-table{overflow-x:auto;margin:1.5rem 0}
.pw-table table{border-collapse:collapse;width:100%;font-size:1rem}
.pw-table caption{text-align:start;font-weight:700;padding-bottom:.5rem}
.pw-table th,.pw-table td{border-bottom:1px solid var(--pw-border);padding:.4rem .6rem;text-align:start;vertical-align:top}
.pw-code{background:var(--pw-surface);padding:1rem;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.9375rem}
.pw-article code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.pw-article hr{border:0;border-top:1px solid var(--pw-border);margin:2rem 0}
.pw-article details{margin:.5rem 0}
.pw-article summary{cursor:pointer;color:var(--pw-link);text-decoration:underline}
.pw-corrections{border-top:1px solid var(--pw-border);margin-top:2rem}
.pw-corrections h2{font-size:1.125rem}
.pw-footer{border-top:1px solid var(--pw-border);margin-top:2rem;font-size:.9375rem;color:var(--pw-muted)}
.pw-tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.pw-tags li{background:var(--pw-surface);color:var(--pw-text);padding:.15rem .6rem;border-radius:1rem}
`;

/** The default stylesheet: base rules plus reduced motion for sites that add animation. */
export const defaultStylesheet = `${baseStylesheet}@media (prefers-reduced-motion:reduce){*,::before,::after{animation-duration:.01ms;animation-iteration-count:1;transition-duration:.01ms;scroll-behavior:auto}}
`;
