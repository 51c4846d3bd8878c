/** Where the sources, their entry module and the bundle cache are. */
export interface BundlePlace {
  root: string;
  entry: string;
  cache: string;
}

export function freshBundle(where: Pick<BundlePlace, 'root' | 'cache'>): string | null;
export function buildBundle(where: BundlePlace): Promise<string>;
export function bundledEntry(where: BundlePlace): Promise<string | null>;
