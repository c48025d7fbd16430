import { parseArgs } from 'node:util'
import { align } from '@matn/align'
import { UsageError, readInput, type Command } from '../cli-io.js'

/** `matn align --en EN.txt --fa FA.txt [--mode parallel|comparable] [--format json|jsonl]`: align sentence-per-line files. */
export const alignCommand: Command = {
  name: 'align',
  usage: 'align --en EN.txt --fa FA.txt [--mode parallel|comparable] [--format json|jsonl]   align one-sentence-per-line files',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        en: { type: 'string' },
        fa: { type: 'string' },
        mode: { type: 'string', default: 'parallel' },
        format: { type: 'string', default: 'json' }
      }
    })
    if (positionals.length > 0) throw new UsageError('align takes no positional arguments (use --en and --fa)')
    if (values.en === undefined || values.fa === undefined) throw new UsageError('align needs --en EN.txt and --fa FA.txt')
    if (values.mode !== 'parallel' && values.mode !== 'comparable') {
      throw new UsageError(`Unknown mode \`${values.mode}\` for align (use parallel or comparable)`)
    }
    if (values.format !== 'json' && values.format !== 'jsonl') {
      throw new UsageError(`Unknown format \`${values.format}\` for align (use json or jsonl)`)
    }
    const en = lines(await readInput(values.en))
    const fa = lines(await readInput(values.fa))
    const links = align(en, fa, { mode: values.mode }).map((link) => ({
      en: link.en,
      fa: link.fa,
      score: Math.round(link.score * 1000) / 1000
    }))
    io.stdout(
      values.format === 'jsonl'
        ? links.map((link) => `${JSON.stringify(link)}\n`).join('')
        : `[${links.map((link) => `\n  ${JSON.stringify(link)}`).join(',')}${links.length > 0 ? '\n' : ''}]\n`
    )
    return 0
  }
}

/** One sentence per line; a final line break does not start another sentence. */
function lines(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (body === '') return []
  return body.replace(/\n$/, '').split('\n')
}
