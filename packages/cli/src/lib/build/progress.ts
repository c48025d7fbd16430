import type { CliIo } from '../cli-io.js'

/** A one-line progress bar on an interactive terminal; silent otherwise. */
export interface Progress {
  /** Move to step `done` of `total`, naming what is being done. */
  update: (done: number, label: string) => void
  /** Erase the bar. */
  done: () => void
}

const width = 24

/**
 * A progress bar drawn on stderr when `io.isTTY`; a no-op when not (CI, pipes, tests).
 *
 * @param io Output streams.
 * @param total Number of steps.
 */
export function progressBar(io: CliIo, total: number): Progress {
  if (!io.isTTY) return { update: () => undefined, done: () => undefined }
  return {
    update(done, label) {
      const filled = total === 0 ? width : Math.round((done / total) * width)
      io.stderr(`\r\u001B[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`)
    },
    done() {
      io.stderr('\r\u001B[2K')
    }
  }
}
