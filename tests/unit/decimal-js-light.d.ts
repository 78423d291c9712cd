// The real library by its file path, which the build's alias of `decimal.js-light` does not catch.
declare module 'decimal.js-light/decimal.mjs' {
  export { default } from 'decimal.js-light';
}
