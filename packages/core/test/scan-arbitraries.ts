import fc from 'fast-check'

/**
 * Generators of paragraphs that exercise every rule the sentence scanner copies from the
 * retext parsers: Persian and English words, abbreviations, initialisms, decimals in
 * both digit systems, ZWNJ, brackets, quotes, citations, odd white space and symbols.
 */

const persianWords = ['این', 'یک', 'جمله', 'است', 'می\u200Cشود', 'دولت\u200Cها', 'روسیه', 'ایران', 'نوری', 'و', 'همکاران', 'ه.ش', 'ق.م', 'بر', 'اساس', 'ص', 'ش', 'هـ', 'صص', 'نک', 'از']
const englishWords = ['The', 'policy', 'of', 'Russia', 'and', 'Iran', 'is', 'walt', 'Dr', 'Mr', 'e.g', 'i.e', 'U.S', 'etc', 'et', 'al', 'p', 'pp', 'Jan', 'fl', 'ibid', 'viz', 'cf', 'Fig', 'No', 'vs', 'vol', 'Chap', 'art', 'approx', 'o', 'tis', 'n', 'w', 'rock', 'AT&T', 'co-operate', 'and/or', 'km', 'h', 'N', 'A', 'x', 'Calif', 'St', 'Inc', 'cu', 'oz']
const numbers = ['1', '12', '123', '1987', '1.5', '1,200', '۳٫۵', '۱٬۲۰۰', '۱۳۹۳', '۷۲', '٣', '2020-21', '1399/04/15', '3.4.5', '0']
const marks = ['.', '.', '.', '!', '?', '…', '...', '؟', '۔', '،', '؛', ',', ';', ':', '"', "'", '’', '«', '»', '(', ')', '[', ']', '{', '}', '-', '/', '&', '_', '__', '?!', '!?', '.)', '."', '.»', ').', '=', '@', '\u00B7', '\u2010', '\u2027']
const spaces = [' ', ' ', ' ', '  ', '\u00A0', '\t', '\n', '\u2028', '\u200C', '\u200D', '\uFEFF', '']
const oddities = ['😀', '\uD83D', '\uDE00', '\u0640', '\u064B', 'ـ', '+', '#', '%', '$', '²', '½', 'İ', 'ß', 'Ω', 'ω', '𐐨', '𐐀']
const citations = ['(Walt, 1987: 3)', '(Walt et al. 1987: 3.4)', '(مشیرزاده، ۱۳۹۳: ۷۲)', '(see p. 5)', '(Krause and Singer, 2001)', '(1.5 درصد)', '.)Katzman, 2016: 1(', 'Walt (1987)', 'نوری (1398)', '(Smith, n.d.)', '(ibid.)', '[Walt, 1987]', '(همان: ۱۲)']

/** One piece of a paragraph. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...persianWords) },
  { weight: 5, arbitrary: fc.constantFrom(...englishWords) },
  { weight: 2, arbitrary: fc.constantFrom(...numbers) },
  { weight: 5, arbitrary: fc.constantFrom(...marks) },
  { weight: 6, arbitrary: fc.constantFrom(...spaces) },
  { weight: 1, arbitrary: fc.constantFrom(...oddities) },
  { weight: 1, arbitrary: fc.constantFrom(...citations) }
)

/** A paragraph of 0–60 pieces. */
export const paragraph: fc.Arbitrary<string> = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''))

/** A paragraph made of characters from a small alphabet of the characters rules look at. */
export const characterSoup: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...'aAeE1۱ .!?؟…,;:"\'’()«»[]-/&_\u200C\u00A0\tنو😀'.split(''), '😀', 'Dr', 'e.g', 'ه'), { maxLength: 40 })
  .map((pieces) => pieces.join(''))

/** A sentence-like run: words and spaces ending in a terminal mark. */
export const sentenceLike: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...persianWords, ...englishWords, ...numbers), fc.constantFrom(' ', ' ', '، ', ', ', ' (', ') ', '\u200C')), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('.', '!', '?', '؟', '…', '.»', '."', '.)', ' .', '')
  )
  .map(([words, end]) => words.map(([word, gap]) => word + gap).join('').trimEnd() + end)

/** Several sentence-like runs. */
export const prose: fc.Arbitrary<string> = fc.array(sentenceLike, { maxLength: 8 }).map((sentences) => sentences.join(' '))
