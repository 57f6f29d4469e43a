import type { HtmlState } from '../hast/state.js';

/** The AMP runtime script. */
export const ampRuntime = 'https://cdn.ampproject.org/v0.js';

/** The extension script URL of an AMP component. */
export const extensionUrl = (name: string) => `https://cdn.ampproject.org/v0/${name}-0.1.js`;

/** Components that are built into the runtime and need no extension script. */
export const builtInComponents = new Set(['amp-img', 'amp-layout', 'amp-pixel']);

/** The AMP boilerplate, verbatim as the spec requires. */
export const ampBoilerplate =
  'body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}';
export const ampNoscriptBoilerplate = 'body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}';

/** The most CSS AMP allows in `style[amp-custom]` plus inline styles, in bytes. */
export const maxAmpCssBytes = 75_000;

const used = new WeakMap<HtmlState, Set<string>>();

/**
 * Note that a render uses an AMP component, so its extension script goes in
 * the head. Custom AMP handlers call it for the components they emit.
 */
export function useComponent(state: HtmlState, name: string): void {
  let names = used.get(state);
  if (!names) used.set(state, (names = new Set()));
  names.add(name);
}

/** The components a render used, in the order first used. */
export function componentsUsed(state: HtmlState): ReadonlySet<string> {
  return used.get(state) ?? new Set();
}
