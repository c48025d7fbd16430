import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { heapSizeGiven, startWithWorkerHeap } from '../src/lib/build/worker-heap.js'

describe('worker heap', () => {
  it('should leave the heap as given when Node was started with an initial heap size', () => {
    expect(heapSizeGiven(['--initial-old-space-size=64'], undefined)).toBe(true)
    expect(heapSizeGiven([], '--max-old-space-size=4096 --initial_old_space_size=32')).toBe(true)
    expect(heapSizeGiven(['--initial-heap-size=100'], '')).toBe(true)
  })

  it('should size the workers’ heap when Node was given no initial heap size', () => {
    expect(heapSizeGiven([], undefined)).toBe(false)
    expect(heapSizeGiven(['--max-old-space-size=4096', '--conditions=matn-source'], '--max-semi-space-size=32')).toBe(false)
    expect(heapSizeGiven(['--initial-old-space-sizes=1'], undefined)).toBe(false)
  })

  it('should return the workers it started, whether they come online, fail or stop', () => {
    const workers = [new EventEmitter(), new EventEmitter(), new EventEmitter()]
    let calls = 0
    const started = startWithWorkerHeap(() => {
      calls++
      return workers
    })
    expect(started).toBe(workers)
    expect(calls).toBe(1)
    workers[0]?.emit('online')
    workers[1]?.emit('exit', 1)
    workers[2]?.emit('online')
    workers[2]?.emit('exit', 0)
    expect(startWithWorkerHeap(() => [])).toEqual([])
  })

  it('should pass on a failure to start the workers', () => {
    expect(() =>
      startWithWorkerHeap(() => {
        throw new Error('no thread')
      })
    ).toThrow('no thread')
  })
})
