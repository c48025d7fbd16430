/**
 * Typed arrays reused from one call to the next. Run order allocates tables of n² cells per
 * line (n units, up to 90) in each of its passes over a document; a fresh typed array is
 * zeroed memory outside the heap that the garbage collector must track and free, line after
 * line. A scratch array keeps one buffer, grown when a longer one is asked for, and hands out
 * a view of it filled as asked: a caller must be done with a view before the same scratch
 * array is asked again (run order orders one line at a time).
 */

/** A reusable `Float64Array`. */
export class ScratchFloat64Array {
  #buffer = new Float64Array(64)

  /**
   * A view of `length` cells, each set to `value`; it is valid until the next call.
   *
   * @param length Number of cells.
   * @param value What every cell holds.
   * @returns The view.
   */
  take(length: number, value: number): Float64Array {
    if (this.#buffer.length < length) this.#buffer = new Float64Array(Math.max(length, 2 * this.#buffer.length))
    return this.#buffer.subarray(0, length).fill(value)
  }
}

/** A reusable `Int32Array`. */
export class ScratchInt32Array {
  #buffer = new Int32Array(64)

  /**
   * A view of `length` cells, each set to `value`; it is valid until the next call.
   *
   * @param length Number of cells.
   * @param value What every cell holds.
   * @returns The view.
   */
  take(length: number, value: number): Int32Array {
    if (this.#buffer.length < length) this.#buffer = new Int32Array(Math.max(length, 2 * this.#buffer.length))
    return this.#buffer.subarray(0, length).fill(value)
  }
}
