import { closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, statSync, writeFileSync, type Stats } from 'node:fs'
import { mkdir, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileError } from '../cli-io.js'

/** A file the build must never write to: its real path and identity (device, inode). */
interface ProtectedFile {
  path: string
  dev: number
  ino: number
}

/** An {@link OutputDir} as plain data, to open it again in a worker thread ({@link OutputDir.fromPlain}). */
export interface PlainOutputDir {
  root: string
  shown: string
  protectedDirs: string[]
  protectedFiles: ProtectedFile[]
}

/**
 * The output directory of a build: the only way the build writes files. It refuses any path
 * that would land outside the directory (`..`, absolute paths, symbolic links inside it that
 * point out, a symbolic link as the file itself) and any write that would overwrite a source
 * file (a file under a protected directory, or the same file under another name).
 *
 * The checks are synchronous file-system calls: worker threads write their articles' files
 * through their own copy ({@link toPlain}, {@link fromPlain}), where blocking costs nothing
 * and saves a round trip through libuv's thread pool per call. Each folder is checked the
 * first time a file goes into it; later files in the same folder check only themselves.
 */
export class OutputDir {
  /** Real path of the directory. */
  readonly root: string
  /** The path the user gave, for messages. */
  readonly shown: string
  /** Real paths of the source directories: a path is inside one when one of its ancestors is here. */
  private readonly protectedDirs: ReadonlySet<string>
  /** Source files by `dev:ino`, to find the same file under another name. */
  private readonly protectedFiles: ReadonlyMap<string, ProtectedFile>
  private readonly written: string[] = []
  /** Folders already entered, by relative path (`json`, `a/b`), with their real paths. */
  private readonly checkedFolders = new Map<string, string>()

  private constructor(root: string, shown: string, protectedDirs: readonly string[], protectedFiles: readonly ProtectedFile[]) {
    this.root = root
    this.shown = shown
    // Sets and maps, not lists: every file written is checked, and a corpus has thousands of folders.
    this.protectedDirs = new Set(protectedDirs)
    this.protectedFiles = new Map(protectedFiles.map((file) => [identity(file), file]))
  }

  /**
   * Create (if needed) and open an output directory.
   *
   * @param path The directory.
   * @param sources Directories holding source files (article folders): nothing under them is written.
   * @throws {MatnError} When the directory lies inside a source directory.
   */
  static async open(path: string, sources: readonly string[]): Promise<OutputDir> {
    const protectedDirs = await Promise.all(sources.map((source) => realpath(source)))
    const protectedFiles = (await Promise.all(protectedDirs.map(filesUnder))).flat()
    try {
      await mkdir(path, { recursive: true })
    } catch (error) {
      throw fileError('E_OUTPUT', path, `cannot create the output directory (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`, 'build')
    }
    const root = await realpath(path)
    const inside = protectedDirs.find((dir) => isWithin(dir, root))
    if (inside) throw fileError('E_OUTPUT', path, `refusing to build into the source folder ${inside}`, 'build')
    return new OutputDir(root, path, protectedDirs, protectedFiles)
  }

  /**
   * The directory opened again from {@link toPlain}'s data (in a worker thread), with the same
   * checks; it starts with no file written.
   *
   * @param plain What {@link toPlain} returned.
   */
  static fromPlain(plain: Readonly<PlainOutputDir>): OutputDir {
    return new OutputDir(plain.root, plain.shown, plain.protectedDirs, plain.protectedFiles)
  }

  /** The directory and what it protects, as plain data for a worker thread. */
  toPlain(): PlainOutputDir {
    return { root: this.root, shown: this.shown, protectedDirs: [...this.protectedDirs], protectedFiles: [...this.protectedFiles.values()] }
  }

  /** Paths (relative to the directory, `/`-separated; a backslash counts as `/`) written so far, in order. */
  get files(): readonly string[] {
    return this.written
  }

  /**
   * Write a file under the directory, creating its folders, blocking the thread (worker
   * threads write their articles' files this way, where blocking costs nothing).
   *
   * @param path Relative path with `/` separators (`json/alpha.json`).
   * @param content The content (strings are written as UTF-8).
   * @throws {MatnError} When the path is unsafe or the file is a source file.
   */
  writeSync(path: string, content: string | Uint8Array): void {
    const fd = this.openFile(path)
    try {
      writeFileSync(fd, content)
    } finally {
      closeSync(fd)
    }
  }

  /**
   * Record files written through a copy of this directory in another thread ({@link fromPlain}).
   *
   * @param paths Their paths as that copy's {@link files} lists them.
   */
  noteWritten(paths: readonly string[]): void {
    for (const path of paths) this.written.push(path)
  }

  /** The files written so far, forgetting them (a worker thread's copy hands them to the build after each article). */
  takeWritten(): string[] {
    return this.written.splice(0)
  }

  /**
   * Create a file under the directory to write piece by piece (JSONL lines, corpus files),
   * with the same checks as {@link writeSync}.
   *
   * @param path Relative path with `/` separators (`jsonl/pairs.jsonl`).
   * @returns The open file: write to it, then close it.
   */
  async create(path: string): Promise<OutputFile> {
    const { target, normalized } = this.prepare(path)
    let handle
    try {
      handle = await open(target, writeFlags, 0o644)
    } catch (error) {
      this.cannotOpen(path, error)
    }
    this.written.push(normalized)
    return new OutputFile(handle)
  }

  /** Open a checked file for writing (a file descriptor), recording it as written. */
  private openFile(path: string): number {
    const { target, normalized } = this.prepare(path)
    let fd
    try {
      fd = openSync(target, writeFlags, 0o644)
    } catch (error) {
      this.cannotOpen(path, error)
    }
    this.written.push(normalized)
    return fd
  }

  private cannotOpen(path: string, error: unknown): never {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP') this.refuse(path, 'it is a symbolic link')
    throw fileError('E_OUTPUT', join(this.shown, path), `cannot write (${code ?? 'EIO'})`, 'build')
  }

  /**
   * Create a folder under the directory for a writer that writes its own files, with the
   * same checks as {@link writeSync}.
   *
   * @param path Relative folder path (`html`).
   * @returns The folder's absolute path.
   */
  async directory(path: string): Promise<string> {
    const parts = this.split(path)
    let current = this.root
    for (const part of parts) current = this.step(current, part, path)
    // The writer will follow whatever links the folder already holds: refuse those that lead out.
    for (const entry of await readdir(current, { withFileTypes: true, recursive: true })) {
      if (!entry.isSymbolicLink()) continue
      const link = join(entry.parentPath, entry.name)
      const real = await realpath(link).catch(() => undefined)
      const shown = relative(this.root, link).split(sep).join('/')
      if (!real || !isWithin(this.root, real)) this.refuse(shown, 'it is a symbolic link that leads outside the output directory')
    }
    return current
  }

  /**
   * Check paths a writer reported (absolute, or relative to the working directory as `fs`
   * reads them) and record them.
   *
   * @param paths The paths written.
   * @throws {MatnError} When one is outside the directory or is a source file.
   */
  async adopt(paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      const absolute = resolve(path)
      const real = await realpath(absolute).catch(() => absolute)
      const shown = relative(this.root, real).split(sep).join('/')
      if (!isWithin(this.root, real)) this.refuse(path, 'a writer put it outside the output directory')
      this.checkNotSource(real, shown, await stat(real).catch(() => undefined))
      this.written.push(shown)
    }
  }

  private prepare(path: string): { target: string; normalized: string } {
    const parts = this.split(path)
    const name = parts.pop() as string
    const folder = parts.join('/')
    let current = this.checkedFolders.get(folder)
    if (current === undefined) {
      current = this.root
      for (const part of parts) current = this.step(current, part, path)
      this.checkedFolders.set(folder, current)
    }
    const target = join(current, name)
    const existing = lstatOrUndefined(target)
    if (existing?.isSymbolicLink()) this.refuse(path, 'it is a symbolic link')
    if (existing && !existing.isFile()) this.refuse(path, 'it exists and is not a file')
    // A regular file: lstat gives its identity, as stat would.
    this.checkNotSource(target, path, existing)
    return { target, normalized: folder === '' ? name : `${folder}/${name}` }
  }

  /** Enter (creating it if needed) one folder below `current`, refusing links that lead out. */
  private step(current: string, part: string, path: string): string {
    const next = join(current, part)
    if (!lstatOrUndefined(next)) {
      try {
        mkdirSync(next)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code !== 'EEXIST') throw fileError('E_OUTPUT', join(this.shown, path), `cannot create folder (${code})`, 'build')
      }
      return this.step(current, part, path)
    }
    let real
    try {
      real = realpathSync(next)
    } catch {
      real = undefined
    }
    if (!real || !isWithin(this.root, real)) this.refuse(path, `\`${part}\` is a symbolic link that leads outside the output directory`)
    if (!statSync(real).isDirectory()) this.refuse(path, `\`${part}\` is not a folder`)
    if (this.sourceFolderOf(real)) this.refuse(path, 'it is inside a source folder')
    return real
  }

  private split(path: string): string[] {
    if (path === '' || isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.includes('\0')) {
      this.refuse(path, 'it is not a relative path')
    }
    const parts = path.split(/[\\/]/)
    if (parts.some((part) => part === '' || part === '.' || part === '..')) this.refuse(path, 'it leaves the output directory or is not normalized')
    return parts
  }

  /** Refuse `target` when it is under a source folder or is a source file (`existing`: its stat, if it exists). */
  private checkNotSource(target: string, shown: string, existing: Stats | undefined): void {
    if (this.sourceFolderOf(target)) this.refuse(shown, 'it is inside a source folder')
    if (!existing) return
    const same = this.protectedFiles.get(identity(existing))
    if (same) this.refuse(shown, `it is the source file ${same.path}`)
  }

  /** The source folder holding `path` (a real, absolute path), if any: a walk up its ancestors. */
  private sourceFolderOf(path: string): string | undefined {
    for (let current = path; ; current = dirname(current)) {
      if (this.protectedDirs.has(current)) return current
      if (dirname(current) === current) return undefined
    }
  }

  private refuse(path: string, reason: string): never {
    throw fileError('E_OUTPUT', join(this.shown, path.replaceAll('\0', '\\0')), `refusing to write: ${reason}`, 'build')
  }
}

/** Write, create or truncate; O_NOFOLLOW: a symbolic link put in place of the file is refused, not followed. */
const writeFlags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW

/** The `lstat` of a path, or undefined when it cannot be read (missing, or a file in the way). */
function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

/** Bytes gathered before {@link OutputFile} writes them out. */
const flushBytes = 1 << 20

/**
 * A file written piece by piece, in order, through a buffer of about 1 MB (so appending many
 * small lines costs few system calls and the memory held stays bounded).
 */
export class OutputFile {
  private readonly handle: FileHandle
  private chunks: Buffer[] = []
  private size = 0

  /** @param handle The open file (from {@link OutputDir.create} or a scratch file). */
  constructor(handle: FileHandle) {
    this.handle = handle
  }

  /**
   * Append text (as UTF-8) or bytes.
   *
   * @param content What to append.
   */
  async write(content: string | Uint8Array): Promise<void> {
    if (content.length === 0) return
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
    this.chunks.push(bytes)
    this.size += bytes.length
    if (this.size >= flushBytes) await this.flush()
  }

  /** Write out what is buffered and close the file. */
  async close(): Promise<void> {
    try {
      await this.flush()
    } finally {
      await this.handle.close()
    }
  }

  /** Write the buffered pieces as they are (one gathering write, no copy into one buffer). */
  private async flush(): Promise<void> {
    let pending = this.chunks
    this.chunks = []
    this.size = 0
    while (pending.length > 0) {
      let written = (await this.handle.writev(pending)).bytesWritten
      // A short write: drop the pieces written, keep the rest of a piece written in part.
      let index = 0
      while (index < pending.length && written >= (pending[index] as Buffer).length) written -= (pending[index++] as Buffer).length
      pending = pending.slice(index)
      if (written > 0) pending[0] = (pending[0] as Buffer).subarray(written)
    }
  }
}

/** A file's identity on its file system: device and inode. */
function identity(file: { dev: number; ino: number }): string {
  return `${file.dev}:${file.ino}`
}

/** Whether `path` is `dir` or lies below it (both real, absolute paths). */
function isWithin(dir: string, path: string): boolean {
  const rest = relative(dir, path)
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest))
}

async function filesUnder(dir: string): Promise<ProtectedFile[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
  return Promise.all(
    files.map(async (path) => {
      const info = await stat(path)
      return { path, dev: info.dev, ino: info.ino }
    })
  )
}
