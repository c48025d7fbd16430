import { normalizePersian } from './normalize.js'

/**
 * Consonant skeletons that let a Latin name and its Persian spelling meet:
 * `Walt` and `والت` → `vlt`, `Schweller` and `شویلر` → `shvlr`, `Mearsheimer` and
 * `مرشایمر` → `mrshmr`. Vowels are dropped (Persian rarely writes them), and letters
 * that Persian merges (ث س ص; ذ ز ض ظ; غ ق) share one symbol.
 */

const persianConsonants: Readonly<Record<string, string>> = Object.freeze({
  ب: 'b', پ: 'p', ت: 't', ط: 't', ث: 's', س: 's', ص: 's', ج: 'j', چ: 'ch', ح: 'h',
  خ: 'kh', د: 'd', ذ: 'z', ز: 'z', ض: 'z', ظ: 'z', ر: 'r', ژ: 'zh', ش: 'sh', غ: 'g',
  ق: 'g', ف: 'f', ک: 'k', گ: 'g', ل: 'l', م: 'm', ن: 'n', و: 'v', ه: 'h'
})

/**
 * The skeleton of one word in Persian script.
 *
 * @param word A Persian word.
 */
function persianSkeleton(word: string): string {
  const letters = [...normalizePersian(word, { digits: 'keep' }).replace(/[\u200C\s]/g, '')]
  let result = ''
  letters.forEach((letter, index) => {
    const isFirst = index === 0
    const isLast = index === letters.length - 1
    if (letter === 'ی') return
    if (letter === 'ه' && isLast && !isFirst) return
    result += persianConsonants[letter] ?? ''
  })
  return result
}

/**
 * The skeleton of one word in Latin script.
 *
 * @param word A Latin word.
 */
function latinSkeleton(word: string): string {
  const lower = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
  const mapped = lower
    .replace(/sch/g, 'š')
    .replace(/sh/g, 'š')
    .replace(/ch/g, 'č')
    .replace(/zh/g, 'ž')
    .replace(/kh/g, 'x')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/q/g, 'g')
    .replace(/c/g, 'k')
    .replace(/(.)\1+/g, '$1')
  let result = ''
  ;[...mapped].forEach((letter, index) => {
    if ('aeiouy'.includes(letter)) return
    if (letter === 'h' && index === mapped.length - 1 && index > 0) return
    result += letter === 'š' ? 'sh' : letter === 'č' ? 'ch' : letter === 'ž' ? 'zh' : letter === 'x' ? 'kh' : letter
  })
  return result
}

/**
 * Skeletons already computed: names recur (every narrative citation is compared with
 * every author cited so far), and a skeleton costs a normalization and a dozen
 * replacements. Bounded, so memory does not grow with the corpus.
 */
const skeletons = new Map<string, string>()
const maxRememberedSkeletons = 4096

/**
 * The consonant skeleton of a name in either script (words joined by nothing).
 *
 * @param name A name, Latin or Persian.
 */
export function nameSkeleton(name: string): string {
  let skeleton = skeletons.get(name)
  if (skeleton === undefined) {
    skeleton = name
      .split(/[\s\u200C-]+/)
      .filter(Boolean)
      .map((word) => (/[\u0600-\u06FF]/.test(word) ? persianSkeleton(word) : latinSkeleton(word)))
      .join('')
      .replace(/(.)\1+/g, '$1')
    if (skeletons.size >= maxRememberedSkeletons) skeletons.clear()
    skeletons.set(name, skeleton)
  }
  return skeleton
}

/**
 * The key under which names that may be the same person meet: the consonant skeleton
 * with every `v` after the first letter dropped (`w`, `v` and Persian `و` vary most), or
 * undefined when the skeleton is too short to tell anything.
 *
 * @param name A name, Latin or Persian.
 */
export function nameMatchKey(name: string): string | undefined {
  const skeleton = nameSkeleton(name)
  if (skeleton.length < 2) return undefined
  return skeleton.indexOf('v', 1) < 0 ? skeleton : skeleton.charAt(0) + skeleton.slice(1).replace(/v/g, '')
}

/**
 * Whether two names, in the same or different scripts, may be the same person: their
 * `nameMatchKey`s are equal.
 *
 * @param left A name.
 * @param right Another name.
 */
export function namesMatch(left: string, right: string): boolean {
  const key = nameMatchKey(left)
  return key !== undefined && key === nameMatchKey(right)
}
