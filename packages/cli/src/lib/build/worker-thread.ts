import { parentPort, workerData } from 'node:worker_threads'
import { buildArticle, type ArticleJob } from './article-job.js'

/** A task sent to a build worker: the article at `index` of the build's list. */
export interface WorkerTask {
  index: number
  path: string
}

/** A worker's answer to a {@link WorkerTask}. */
export interface WorkerReply {
  index: number
  outcome: Awaited<ReturnType<typeof buildArticle>>
}

/**
 * Serve build tasks in this worker thread: the job (formats, shard) comes as `workerData`,
 * each message is a {@link WorkerTask}, each answer a {@link WorkerReply}. One task at a time.
 */
export function serveBuildTasks(): void {
  const port = parentPort
  if (!port) throw new Error('serveBuildTasks runs in a worker thread')
  const job = workerData as ArticleJob
  port.on('message', (task: WorkerTask) => {
    void buildArticle(task.path, job).then((outcome) => port.postMessage({ index: task.index, outcome } satisfies WorkerReply))
  })
}
