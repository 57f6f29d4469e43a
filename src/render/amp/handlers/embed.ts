import { h } from '../../hast/h.js';
import { useComponent } from '../components.js';
import type { BlockHandler } from '../../hast/options.js';
import { httpsUrl } from '../urls.js';
import { embedFallback } from '../../hast/handlers/embed.js';

/**
 * `amp-iframe` for a framed embed (sandboxed, titled, with a placeholder so
 * it may sit anywhere on the page). Embeds whose form is raw `html` have no
 * safe AMP form: their fallback is shown instead, never their markup.
 */
export const embed: BlockHandler<'embed'> = (state, node) => {
  const fallback = embedFallback(state, node);
  const src = node.html ? undefined : httpsUrl(state, node.url);
  if (!src) return h('figure', { className: ['pw-embed'], dataProvider: node.provider }, [h('p', { className: ['pw-embed-title'] }, node.title), fallback]);
  useComponent(state, 'amp-iframe');
  const frame = h('amp-iframe', { src, title: node.title, width: node.width ?? 640, height: node.height ?? 360, layout: 'responsive', sandbox: state.settings.embedSandbox, frameBorder: '0' }, [
    h('div', { placeholder: true, className: ['pw-embed-placeholder'] }, [h('p', node.title)]),
  ]);
  return h('figure', { className: ['pw-embed'], dataProvider: node.provider }, [frame, fallback]);
};
