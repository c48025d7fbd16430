import { constants } from 'node:fs'
import { lstat, mkdir, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileError } from '../cli-io.js'

/** A file the build must never write to: its real path and identity (device, inode). */
interface ProtectedFile {
  path: string
  dev: number
  ino: number
}

/**
 * The output directory of a build: the only way the build writes files. It refuses any path
 * that would land outside the directory (`..`, absolute paths, symbolic links inside it that
 * point out, a symbolic link as the file itself) and any write that would overwrite a source
 * file (a file under a protected directory, or the same file under another name).
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

  /** Paths (relative to the directory, `/`-separated; a backslash counts as `/`) written so far, in order. */
  get files(): readonly string[] {
    return this.written
  }

  /**
   * Write a file under the directory, creating its folders.
   *
   * @param path Relative path with `/` separators (`json/corpus.json`).
   * @param content The content (strings are written as UTF-8).
   * @throws {MatnError} When the path is unsafe or the file is a source file.
   */
  async write(path: string, content: string | Uint8Array): Promise<void> {
    const handle = await this.openFile(path)
    try {
      await handle.writeFile(content)
    } finally {
      await handle.close()
    }
  }

  /**
   * Create a file under the directory to write piece by piece (JSONL lines, corpus files),
   * with the same checks as {@link write}.
   *
   * @param path Relative path with `/` separators (`jsonl/pairs.jsonl`).
   * @returns The open file: write to it, then close it.
   */
  async create(path: string): Promise<OutputFile> {
    return new OutputFile(await this.openFile(path))
  }

  private async openFile(path: string): Promise<FileHandle> {
    const { target, normalized } = await this.prepare(path)
    let handle
    try {
      // O_NOFOLLOW: a symbolic link put in place of the file is refused, not followed.
      handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ELOOP') this.refuse(path, 'it is a symbolic link')
      throw fileError('E_OUTPUT', join(this.shown, path), `cannot write (${code ?? 'EIO'})`, 'build')
    }
    this.written.push(normalized)
    return handle
  }

  /**
   * Create a folder under the directory for a writer that writes its own files, with the
   * same checks as {@link write}.
   *
   * @param path Relative folder path (`html`).
   * @returns The folder's absolute path.
   */
  async directory(path: string): Promise<string> {
    const parts = this.split(path)
    let current = this.root
    for (const part of parts) current = await this.step(current, part, path)
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
      await this.checkNotSource(real, shown)
      this.written.push(shown)
    }
  }

  private async prepare(path: string): Promise<{ target: string; normalized: string }> {
    const parts = this.split(path)
    const normalized = parts.join('/')
    const name = parts.pop() as string
    let current = this.root
    for (const part of parts) current = await this.step(current, part, path)
    const target = join(current, name)
    const existing = await lstat(target).catch(() => undefined)
    if (existing?.isSymbolicLink()) this.refuse(path, 'it is a symbolic link')
    if (existing && !existing.isFile()) this.refuse(path, 'it exists and is not a file')
    await this.checkNotSource(target, path)
    return { target, normalized }
  }

  /** Enter (creating it if needed) one folder below `current`, refusing links that lead out. */
  private async step(current: string, part: string, path: string): Promise<string> {
    const next = join(current, part)
    const existing = await lstat(next).catch(() => undefined)
    if (!existing) {
      await mkdir(next).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw fileError('E_OUTPUT', join(this.shown, path), `cannot create folder (${error.code})`, 'build')
      })
      return this.step(current, part, path)
    }
    const real = await realpath(next).catch(() => undefined)
    if (!real || !isWithin(this.root, real)) this.refuse(path, `\`${part}\` is a symbolic link that leads outside the output directory`)
    if (!(await stat(real)).isDirectory()) this.refuse(path, `\`${part}\` is not a folder`)
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

  private async checkNotSource(target: string, shown: string): Promise<void> {
    if (this.sourceFolderOf(target)) this.refuse(shown, 'it is inside a source folder')
    const existing = await stat(target).catch(() => undefined)
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

  private async flush(): Promise<void> {
    const data = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.size)
    this.chunks = []
    this.size = 0
    let offset = 0
    while (offset < data.length) offset += (await this.handle.write(data, offset, data.length - offset)).bytesWritten
  }
}

/** Whether `path` is `dir` or lies below it (both real, absolute paths). */
/** A file's identity on its file system: device and inode. */
function identity(file: { dev: number; ino: number }): string {
  return `${file.dev}:${file.ino}`
}

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
