/** Big inputs for the reliability tests, built from a size so that only the size crosses processes. */

const frontMatter = '---\nid: big\ntitle: { en: Big input, fa: ورودی بزرگ }\nauthors: [{ name: { en: A. Author } }]\n---\n\n'

/** Three Persian sentences with one citation (209 characters). */
export const persianUnit =
  'نظام بین‌الملل در این دوره دگرگون شد و دولت‌ها در برابر تهدید موازنه کردند (والت، ۱۳۸۷: ۷۲). ' +
  'این دیدگاه در پژوهش‌های بسیاری بررسی شده است و هنوز هم اهمیت دارد. ' +
  'سیاست خارجی ایران نیز از این قاعده پیروی می‌کند. '

const surnames = ['Walt', 'Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thomas', 'Roberts']

function section(lang: 'fa' | 'en', body: string): string {
  return `${frontMatter}<div lang="${lang}"${lang === 'fa' ? ' dir="rtl"' : ''}>\n\n${body}\n\n</div>\n`
}

/**
 * The Markdown of a big case.
 *
 * @param name `line` (size in characters of one Persian line), `footnotes` (count), `blockquote`,
 *   `list` and `mixed` (nesting depth, on one line), `indented-list` (depth, one item a line),
 *   `authors` (count in one citation), `footnotes-one-paragraph` (count, all markers in one
 *   paragraph) and `closing-brackets` (count of `]` in one paragraph), which show limits of
 *   the Markdown parser (docs/reliability.md),
 *   `nospace` (Persian letters without white space or punctuation).
 * @param size Its size.
 */
export function bigInput(name: string, size: number): string {
  switch (name) {
    case 'line':
      return section('fa', persianUnit.repeat(Math.ceil(size / persianUnit.length)).trimEnd())
    case 'footnotes': {
      // Ten notes a paragraph, definitions after the text, as a long book would have them.
      const paragraphs: string[] = []
      const definitions: string[] = []
      for (let index = 1; index <= size; index++) {
        const sentence = `Sentence ${index} has a note.[^n${index}]`
        if (index % 10 === 1) paragraphs.push(sentence)
        else paragraphs[paragraphs.length - 1] += ` ${sentence}`
        definitions.push(`[^n${index}]: Note ${index}.`)
      }
      return section('en', `${paragraphs.join('\n\n')}\n\n${definitions.join('\n\n')}`)
    }
    case 'footnotes-one-paragraph': {
      const sentences: string[] = []
      const definitions: string[] = []
      for (let index = 1; index <= size; index++) {
        sentences.push(`Sentence ${index} has a note.[^n${index}]`)
        definitions.push(`[^n${index}]: Note ${index}.`)
      }
      return section('en', `${sentences.join(' ')}\n\n${definitions.join('\n\n')}`)
    }
    case 'closing-brackets':
      return section('en', `Text ${']'.repeat(size)} more text.`)
    case 'blockquote':
      return section('en', `${'> '.repeat(size)}Deep in quotes (Walt, 1987). A second sentence.`)
    case 'list':
      return section('en', `${'- '.repeat(size)}Deep in lists (Walt, 1987). A second sentence.`)
    case 'mixed':
      return section('en', `${'> - '.repeat(size / 2)}Deep in both (Walt, 1987). A second sentence.`)
    case 'indented-list': {
      const lines: string[] = []
      for (let depth = 0; depth < size; depth++) lines.push(`${'  '.repeat(depth)}- Item ${depth + 1} (Walt, 1987).`)
      return section('en', lines.join('\n'))
    }
    case 'authors': {
      const names = Array.from({ length: size }, (_, index) => `${surnames[index % surnames.length]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(index / surnames.length) % 26]}`)
      return section('en', `Many wrote it (${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}, 2001: 13). It holds.`)
    }
    case 'nospace': {
      const letters = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'
      let text = ''
      for (let index = 0; index < size; index++) text += letters[(index * 7) % letters.length]
      return section('fa', text)
    }
    default:
      throw new Error(`Unknown big case ${name}`)
  }
}
