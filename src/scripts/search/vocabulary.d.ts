declare module 'virtual:search-vocabulary' {
  /** The guide's vocabulary, words joined by spaces (integrations/search-vocabulary.ts). */
  const words: string;
  export default words;
}
