import { createHash } from 'node:crypto'
import { UsageError } from '../cli-io.js'

/** One of `count` disjoint parts of a corpus (`--shard index/count`, 1-based). */
export interface Shard {
  /** 1 to `count`. */
  index: number
  count: number
}

/**
 * Read `--shard i/n`: shard `i` of `n`, `1 ≤ i ≤ n`.
 *
 * @param text The option's value.
 * @throws {UsageError} When it is not of that form.
 */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(text.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n (for example 1/4), not \`${text}\``)
  }
  return { index, count }
}

/**
 * The 0-based bucket of an article id among `count`: the first 8 bytes of the SHA-256 of the
 * id's UTF-8 bytes, read as an unsigned big-endian 64-bit integer, modulo `count`. It depends
 * on the id alone (not on the machine, the folder, the other articles or their order), so
 * any tool can compute it (Python:
 * `int.from_bytes(hashlib.sha256(id.encode()).digest()[:8], "big") % count`).
 *
 * @param id Article id.
 * @param count Number of shards (≥ 1).
 */
export function shardBucket(id: string, count: number): number {
  const digest = createHash('sha256').update(id, 'utf8').digest()
  return Number(digest.readBigUInt64BE(0) % BigInt(count))
}

/**
 * Whether an article belongs to a shard: shard `i` of `n` holds the ids whose
 * {@link shardBucket} is `i − 1`.
 *
 * @param id Article id.
 * @param shard The shard.
 */
export function inShard(id: string, shard: Shard): boolean {
  return shardBucket(id, shard.count) === shard.index - 1
}
