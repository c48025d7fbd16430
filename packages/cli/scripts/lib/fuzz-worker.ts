/**
 * The fuzz worker (a child process of `scripts/fuzz.ts`): draws inputs for the targets it
 * is given, in batches with seeds `seed`, `seed + 1`, …, and checks each. Before each input
 * it sends the input to the parent, so that a hang (the parent kills the worker) is
 * recorded with the input that caused it; after each, the time taken and any failure.
 */
import fc from 'fast-check'
import { FuzzFailure, targets, type FuzzFailureKind, type TargetName } from './fuzz-targets.js'

/** What a failed input did: threw something that is not a `MatnError`, or broke a check. */
export type FailureKind = 'crash' | FuzzFailureKind

/** A message from the worker. */
export type WorkerMessage =
  | { type: 'start'; seed: number; target: TargetName; input: string }
  | { type: 'done'; target: TargetName; milliseconds: number; failure?: { kind: FailureKind; message: string } }

/** Inputs drawn per seed. */
const batch = 20
const [seedArgument, ...names] = process.argv.slice(2)
const send = (message: WorkerMessage): Promise<void> => new Promise((resolve) => process.send?.(message, () => resolve()))

for (let seed = Number(seedArgument); ; seed++) {
  const name = names[seed % names.length] as TargetName
  const target = targets[name]
  for (const input of fc.sample(target.arbitrary, { seed, numRuns: batch })) {
    await send({ type: 'start', seed, target: name, input })
    const started = performance.now()
    let failure: { kind: FailureKind; message: string } | undefined
    try {
      target.check(input)
    } catch (error) {
      const kind = error instanceof FuzzFailure ? error.kind : 'crash'
      failure = { kind, message: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) }
    }
    await send({ type: 'done', target: name, milliseconds: performance.now() - started, ...(failure ? { failure } : {}) })
  }
}
