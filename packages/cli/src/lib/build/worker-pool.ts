import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { buildArticle, type ArticleJob, type ArticleOutcome } from './article-job.js'
import type { OutputDir } from './output-dir.js'
import { startWithWorkerHeap } from './worker-heap.js'
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-thread.js'

/** Articles handed out but not yet taken by the build, per worker: bounds the reorder buffer. */
const windowPerWorker = 4

/**
 * Articles a worker holds at once (the one it builds and the next): it starts the next as
 * soon as it has sent an answer, without waiting for the main thread to hand it one.
 */
const tasksPerWorker = 2

/**
 * Young generation of each worker's heap, in MB (V8's default is 48 on 64 bits). Every
 * article leaves megabytes of short-lived objects; a larger young generation collects them
 * less often. With one worker per core the collector's helper threads compete with the
 * workers for the cores (beside a single thread they run on the idle one): on 2,000
 * generated articles with two workers, a quarter fewer scavenges and about 6 % less CPU
 * at the median of seven alternating runs, 25–30 MB more resident memory per worker
 * (docs/performance.md, session 8).
 */
const workerYoungGenerationMb = 96

/** This module's URL (`__filename` in the CommonJS build, where `import.meta` is empty). */
const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url

/**
 * How to start a build worker. From the built package (`dist/index.js`), the worker is the
 * second tsup entry beside it, `dist/build-worker.js` (`.cjs` for the CommonJS build). From
 * the TypeScript sources (vitest, tsx), a bootstrap registers tsx in the worker, then imports
 * `src/build-worker.ts` with the `matn-source` condition.
 */
function workerStart(): { entry: string | URL; eval: boolean; execArgv: string[] } {
  if (here.endsWith('.ts')) {
    const source = new URL('../../build-worker.ts', here).href
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}) })`
    return { entry: bootstrap, eval: true, execArgv: ['--conditions=matn-source'] }
  }
  return { entry: new URL(`./build-worker${here.endsWith('.cjs') ? '.cjs' : '.js'}`, here), eval: false, execArgv: [] }
}

/**
 * Load and render articles, writing their own files under `out`, and yield their outcomes
 * in the order of `paths` whatever order they finish in. With `jobs` 1, in this thread, one
 * after the other; otherwise in `jobs` worker threads (each writes through its own copy of
 * `out`; the files they wrote are noted in `out` as their outcomes are yielded), each holding
 * two articles at most (the one it builds and the next), with at most `4 × jobs` articles
 * handed out and not yet taken (so memory does not grow with the
 * corpus, only with the slowest article's lead). A worker that dies ends the iteration with
 * an error naming the article it was on; leaving the iteration early stops the workers.
 *
 * @param paths Article paths, in build order.
 * @param job Formats and shard.
 * @param jobs Number of threads (≥ 1).
 * @param out The output directory (absent when the job has no formats).
 */
export async function* buildInOrder(paths: readonly string[], job: Readonly<ArticleJob>, jobs: number, out: OutputDir | undefined): AsyncGenerator<ArticleOutcome> {
  if (jobs <= 1 || paths.length <= 1) {
    for (const path of paths) yield await buildArticle(path, job, out)
    return
  }
  const start = workerStart()
  const setup: WorkerSetup = { job: { ...job }, out: out?.toPlain() }
  const ready = new Map<number, WorkerReply>()
  // The articles each worker holds, in the order it builds them (the first is in progress).
  const held = new Map<Worker, number[]>()
  let failure: Error | undefined
  let closing = false
  let wake: (() => void) | undefined
  const signal = (): void => {
    const resolve = wake
    wake = undefined
    resolve?.()
  }
  let next = 0
  let taken = 0
  const window = windowPerWorker * jobs
  const dispatch = (): void => {
    while (failure === undefined && next < paths.length && next - taken < window) {
      // The worker holding the fewest articles (the first of them on a tie).
      let worker: Worker | undefined
      let holding: number[] | undefined
      for (const [candidate, indices] of held) {
        if (indices.length < (holding?.length ?? tasksPerWorker)) {
          worker = candidate
          holding = indices
        }
      }
      if (!worker || !holding) return
      holding.push(next)
      worker.postMessage({ index: next, path: paths[next] as string } satisfies WorkerTask)
      next++
    }
  }
  const startWorker = (): Worker => {
    const worker = new Worker(start.entry, {
      eval: start.eval,
      execArgv: start.execArgv,
      workerData: setup,
      resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb }
    })
    const fail = (reason: string): void => {
      if (closing || failure !== undefined) return
      const index = held.get(worker)?.[0]
      failure = new Error(`build worker ${reason}${index === undefined ? '' : ` while building ${paths[index]}`}`)
      signal()
    }
    worker.on('message', (reply: WorkerReply) => {
      ready.set(reply.index, reply)
      held.get(worker)?.shift()
      dispatch()
      signal()
    })
    worker.on('error', (error: Error) => fail(`failed: ${error.message}`))
    worker.on('exit', (code) => fail(`stopped (exit code ${code})`))
    held.set(worker, [])
    return worker
  }
  const workers = startWithWorkerHeap(() => Array.from({ length: Math.min(jobs, paths.length) }, startWorker))
  try {
    dispatch()
    while (taken < paths.length) {
      if (failure) throw failure
      const reply = ready.get(taken)
      if (reply === undefined) {
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      ready.delete(taken)
      taken++
      dispatch()
      out?.noteWritten(reply.written)
      yield reply.outcome
    }
  } finally {
    closing = true
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
