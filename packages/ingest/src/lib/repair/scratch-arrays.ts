/**
 * Typed arrays reused from one call to the next. Run order allocates tables of n² cells per
 * line (n units, up to 90) in each of its passes over a document; a fresh typed array is
 * zeroed memory outside the heap that the garbage collector must track and free, line after
 * line. A scratch array keeps one buffer, grown when a longer one is asked for, and hands out
 * a view of it filled as asked.
 *
 * The buffers of a {@link ScratchPool} are lent to one user at a time: a user takes a
 * {@link ScratchLease}, asks its views through it and releases it when done. While a lease is
 * out, the next lease gets fresh arrays instead (two users alive at once never share a
 * buffer), and a released lease refuses to hand out views (each lease carries the pool's
 * generation, so an old lease cannot take back buffers lent since).
 */

/** Buffers lent to one {@link ScratchLease} at a time. */
export class ScratchPool {
  #generation = 0
  #lent = false

  /**
   * Lend the pool's buffers, or, while another lease holds them, fresh arrays.
   *
   * @returns A lease; release it when its views are no longer used.
   */
  lease(): ScratchLease {
    if (this.#lent) return new ScratchLease(this, -1)
    this.#lent = true
    this.#generation += 1
    return new ScratchLease(this, this.#generation)
  }

  /** Whether `generation` is the generation of the lease that holds the buffers now. */
  holds(generation: number): boolean {
    return this.#lent && generation === this.#generation
  }

  /** Take the buffers back from the lease of `generation` (a lease of fresh arrays, or one already released: nothing). */
  giveBack(generation: number): void {
    if (this.holds(generation)) this.#lent = false
  }
}

/** Views of a {@link ScratchPool}'s buffers (or fresh arrays), valid until {@link ScratchLease.release}. */
export class ScratchLease {
  readonly #pool: ScratchPool
  readonly #generation: number
  #released = false

  /** Use {@link ScratchPool.lease}. `generation` -1: the pool's buffers are lent to another lease, this one gets fresh arrays. */
  constructor(pool: ScratchPool, generation: number) {
    this.#pool = pool
    this.#generation = generation
  }

  /** Whether the views come from the pool's buffers (throws once released). */
  borrows(pool: ScratchPool): boolean {
    if (this.#released) throw new Error('scratch arrays: a released lease was asked for a view')
    if (pool !== this.#pool) throw new Error('scratch arrays: a lease was asked for a view of another pool')
    return this.#pool.holds(this.#generation)
  }

  /** Give the buffers back: the views taken must no longer be used. */
  release(): void {
    this.#released = true
    this.#pool.giveBack(this.#generation)
  }
}

/** A reusable `Float64Array` of a {@link ScratchPool}. */
export class ScratchFloat64Array {
  readonly #pool: ScratchPool
  #buffer = new Float64Array(64)

  /** @param pool The pool whose leases hand out this array's views. */
  constructor(pool: ScratchPool) {
    this.#pool = pool
  }

  /**
   * A view of `length` cells, each set to `value`: of the buffer if `lease` holds the pool,
   * else a fresh array. It is valid until the lease is released or this array is asked again.
   *
   * @param lease The caller's lease.
   * @param length Number of cells.
   * @param value What every cell holds.
   * @returns The view.
   */
  take(lease: ScratchLease, length: number, value: number): Float64Array {
    if (!lease.borrows(this.#pool)) return new Float64Array(length).fill(value)
    if (this.#buffer.length < length) this.#buffer = new Float64Array(Math.max(length, 2 * this.#buffer.length))
    return this.#buffer.subarray(0, length).fill(value)
  }
}

/** A reusable `Int32Array` of a {@link ScratchPool}. */
export class ScratchInt32Array {
  readonly #pool: ScratchPool
  #buffer = new Int32Array(64)

  /** @param pool The pool whose leases hand out this array's views. */
  constructor(pool: ScratchPool) {
    this.#pool = pool
  }

  /**
   * A view of `length` cells, each set to `value`: of the buffer if `lease` holds the pool,
   * else a fresh array. It is valid until the lease is released or this array is asked again.
   *
   * @param lease The caller's lease.
   * @param length Number of cells.
   * @param value What every cell holds.
   * @returns The view.
   */
  take(lease: ScratchLease, length: number, value: number): Int32Array {
    if (!lease.borrows(this.#pool)) return new Int32Array(length).fill(value)
    if (this.#buffer.length < length) this.#buffer = new Int32Array(Math.max(length, 2 * this.#buffer.length))
    return this.#buffer.subarray(0, length).fill(value)
  }
}
