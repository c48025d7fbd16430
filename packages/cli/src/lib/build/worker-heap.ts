import { setFlagsFromString } from 'node:v8'

/**
 * Old generation a build worker's heap starts with, in MB: V8 collects the old generation
 * (a mark-compact) only once it has grown past this. By default V8 sizes a new heap's old
 * generation from the survival rate of its first scavenges, small for a worker whose objects
 * live for one article, and a worker then ran a mark-compact every 250 articles or so. Each
 * one also drops the optimized code of functions that only the closures of finished articles
 * held (the Markdown parser's and the aligner's closures are made again for every article),
 * which V8's compiler threads then optimize again, on the cores the workers need. On 10,000
 * generated articles with two workers, three runs each alternating under load: process CPU
 * 153–159 s before (median 154), 126–150 s after (median 142); peak RSS 427–433 → 479–499 MB
 * (docs/performance.md, session 10).
 */
export const workerInitialOldGenerationMb = 128

/** `--initial-old-space-size` or `--initial-heap-size` given to Node (`-` or `_` in the name). */
const heapSizeOption = /^--initial[-_](?:old[-_]space|heap)[-_]size(?:=|$)/

/**
 * Whether Node was started with an initial heap size of its own (command line or
 * `NODE_OPTIONS`): then the workers keep it.
 *
 * @param execArgv Node's options (`process.execArgv`).
 * @param nodeOptions The `NODE_OPTIONS` variable.
 */
export function heapSizeGiven(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((option) => heapSizeOption.test(option))
}

/**
 * Give the worker threads started by `start` an initial old generation of
 * {@link workerInitialOldGenerationMb} (V8 reads its `--initial-old-space-size` flag when it
 * creates an isolate, and a `Worker` takes no V8 option of its own), then put the flag back
 * to V8's default (0: sized by V8) once they all run or have failed, so that later isolates
 * of the process are not affected. Nothing is changed when Node was given a heap size.
 *
 * @param start Starts the workers.
 * @returns The workers `start` returned.
 */
export function startWithWorkerHeap<T extends NodeJS.EventEmitter>(start: () => T[]): T[] {
  if (heapSizeGiven(process.execArgv, process.env['NODE_OPTIONS'])) return start()
  setFlagsFromString(`--initial-old-space-size=${workerInitialOldGenerationMb}`)
  let workers: T[] = []
  try {
    workers = start()
  } finally {
    let waiting = workers.length
    const restore = (): void => {
      if (--waiting <= 0) setFlagsFromString('--initial-old-space-size=0')
    }
    if (waiting === 0) restore()
    for (const worker of workers) {
      // Once per worker: its isolate exists when it is online; one that fails never needs it.
      let settled = false
      const settle = (): void => {
        if (settled) return
        settled = true
        restore()
      }
      worker.once('online', settle)
      worker.once('error', settle)
      worker.once('exit', settle)
    }
  }
  return workers
}
