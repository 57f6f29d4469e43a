import { map, type MapBlock } from './map.js';
import { poll, type PollBlock } from './poll.js';
import { ticker, type TickerInline } from './ticker.js';

export { map, poll, ticker, type MapBlock, type PollBlock, type TickerInline };

/** Every extension of this package, for `createPresswork(acme)` or `presswork.config.js`. */
export const acme = { blocks: [poll, map], inlines: [ticker] };

// Adds the types to presswork's `Block` and `Inline` unions for every user of this package.
declare module 'presswork' {
  interface CustomBlocks {
    'acme:poll': PollBlock;
    'acme:map': MapBlock;
  }
  interface CustomInlines {
    'acme:ticker': TickerInline;
  }
}
