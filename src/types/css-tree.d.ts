// css-tree's parser and walker as their own entry points (its types declare only
// the whole package, whose lexer data a validator does not need).
declare module 'css-tree/parser' {
  import { parse } from 'css-tree';
  export default parse;
}
declare module 'css-tree/walker' {
  import { walk } from 'css-tree';
  export default walk;
}
