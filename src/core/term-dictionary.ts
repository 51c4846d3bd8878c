/**
 * A corpus's term dictionary: each term's id and each id's term. A loaded index keeps its
 * terms as stored (a `StringTable`: one text, looked up through a hash of it) and only
 * the terms added since go into a map, so that a worker just started does not cut out and
 * key every term of a large index before its first query.
 */
import { StringTable } from './codec';

export class TermDictionary {
  private readonly added: string[] = [];
  private readonly addedIds = new Map<string, number>();

  constructor(private readonly stored: StringTable = StringTable.of([])) {}

  get size(): number {
    return this.stored.size + this.added.length;
  }

  /** The term of `id`; '' when there is none. */
  at(id: number): string {
    const n = this.stored.size;
    return (id < n ? this.stored.at(id) : this.added[id - n]) ?? '';
  }

  /** The id of `term`, or undefined. */
  idOf(term: string): number | undefined {
    const id = this.stored.size ? this.stored.indexOf(term) : -1;
    return id >= 0 ? id : this.addedIds.get(term);
  }

  /** The id of `term`, which is added when it is new. */
  add(term: string): number {
    let id = this.idOf(term);
    if (id === undefined) {
      id = this.size;
      this.added.push(term);
      this.addedIds.set(term, id);
    }
    return id;
  }

  /** Every term in id order, as a table (the stored one when nothing was added). */
  table(): StringTable {
    if (!this.added.length) return this.stored;
    return StringTable.of(this.stored.toArray().concat(this.added));
  }
}
