/**
 * Entry of the `matn build` worker threads (a second tsup entry: `dist/build-worker.js`).
 */
import { serveBuildTasks } from './lib/build/worker-thread.js'

serveBuildTasks()
