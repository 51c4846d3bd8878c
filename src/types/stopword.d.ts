// The `stopword` package ships no type declarations; these cover what we import.
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const rus: string[];
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
}
