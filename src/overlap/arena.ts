/**
 * Typed arrays handed out as views of large shared buffers. A corpus keeps a handful of small
 * arrays for each module (its terms, weights, title, topics): allocated one by one, each has a
 * backing store of its own outside the heap, which costs several times a view's allocation and
 * adds to the garbage collector's work; at 100,000 modules, about a tenth of the whole run.
 * The views of one arena live as long as any of them does: give each kind of array, by how
 * long it lives, an arena of its own.
 */
export class Arena<T extends ArrayLike<number> & { subarray(start: number, end: number): T }> {
  private chunk: T;
  private used = 0;

  /** `Kind`: the typed array's constructor (`Int32Array`, `Float64Array`…). */
  constructor(
    private readonly Kind: new (length: number) => T,
    private readonly chunkLength = 1 << 16,
  ) {
    this.chunk = new Kind(0);
  }

  /** A zeroed array of this length. */
  take(length: number): T {
    // A long array gets a buffer of its own: it would waste most of a chunk.
    if (length > this.chunkLength / 4) return new this.Kind(length);
    if (this.used + length > this.chunk.length) {
      this.chunk = new this.Kind(this.chunkLength);
      this.used = 0;
    }
    const taken = this.chunk.subarray(this.used, this.used + length);
    this.used += length;
    return taken;
  }
}
