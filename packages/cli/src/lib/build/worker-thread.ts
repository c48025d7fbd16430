import { parentPort, workerData } from 'node:worker_threads'
import { buildArticle, transferablesOf, type ArticleJob, type ArticleOutcome } from './article-job.js'
import { OutputDir, type PlainOutputDir } from './output-dir.js'

/** What a build worker starts with (its `workerData`). */
export interface WorkerSetup {
  job: ArticleJob
  /** The output directory (absent when the job only loads articles). */
  out: PlainOutputDir | undefined
}

/** A task sent to a build worker: the article at `index` of the build's list. */
export interface WorkerTask {
  index: number
  path: string
}

/** A worker's answer to a {@link WorkerTask}. */
export interface WorkerReply {
  index: number
  outcome: ArticleOutcome
  /** The files the worker wrote for this article (paths under the output directory). */
  written: string[]
}

/**
 * Serve build tasks in this worker thread: the job and output directory come as
 * `workerData` ({@link WorkerSetup}), each message is a {@link WorkerTask}, each answer a
 * {@link WorkerReply} whose byte streams are transferred, not copied. Tasks are built one
 * at a time in the order they came; the build sends the next before this one is done, so
 * that the worker does not wait for the main thread between articles. The worker reads each
 * article and writes its own files itself, with blocking calls (a round trip through libuv's
 * thread pool per file operation would leave its core idle).
 */
export function serveBuildTasks(): void {
  const port = parentPort
  if (!port) throw new Error('serveBuildTasks runs in a worker thread')
  const { job, out: plainOut } = workerData as WorkerSetup
  const out = plainOut === undefined ? undefined : OutputDir.fromPlain(plainOut)
  const queue: WorkerTask[] = []
  let running = false
  const run = async (): Promise<void> => {
    running = true
    for (let task = queue.shift(); task; task = queue.shift()) {
      const outcome = await buildArticle(task.path, job, out, { blocking: true })
      const reply: WorkerReply = { index: task.index, outcome, written: out?.takeWritten() ?? [] }
      port.postMessage(reply, transferablesOf(outcome))
    }
    running = false
  }
  port.on('message', (task: WorkerTask) => {
    queue.push(task)
    if (!running) void run()
  })
}
