/**
 * Real English–Persian parallel text the evaluation can use legitimately, and documents
 * built from it with merges and deletions. Sources (all read from installed packages or
 * from this repository, nothing downloaded at run time):
 *
 * - `corpus`: the curated gold of this repository's two articles: each sentence link of
 *   `alignment.json` (English extended-abstract sentences ↔ Persian sentences) as one unit.
 * - `docusaurus`: `@docusaurus/theme-translations` (MIT), `locales/fa/*.json` against the
 *   English defaults of `locales/base/*.json`.
 * - `surveyjs`: `survey-core` (MIT), `i18n/persian.js`, whose comments give the English
 *   string of each Persian one (some marked “[Auto-translated]”, machine translations).
 * - `zod`: `zod-i18n-map` (MIT), `locales/fa/zod.json` against `locales/en/zod.json`.
 * - `vee-validate`: `@vee-validate/i18n` (MIT), `dist/locale/fa.json` against `en.json`.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '@matn/core'
import { seededRandom } from '../../src/index.js'

/** A sentence (or string) and its translation. */
export interface Unit {
  en: string
  fa: string
}

/** A named list of units in document order. */
export interface ParallelSet {
  name: string
  origin: string
  units: Unit[]
}

/** A document pair with its gold links (line indices). */
export interface PerturbedDocument {
  en: string[]
  fa: string[]
  gold: Array<{ en: number[]; fa: number[] }>
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../..')

/** The article ids of the bundled corpus. */
export const corpusIds = ['ghani-askarian-1400', 'rasooli-sani-1401'] as const

/** Units from the curated sentence links of one corpus article, in English order. */
export function corpusUnits(id: string): Unit[] {
  const article = parseArticle(readFileSync(join(root, 'corpus', id, 'article.md')))
  const gold = JSON.parse(readFileSync(join(root, 'corpus', id, 'alignment.json'), 'utf8')) as {
    links: Array<{ kind: string; en: string[]; fa: string[] }>
  }
  const text = new Map(article.segments.map((segment) => [segment.id, segment.text]))
  return gold.links
    .filter((link) => link.kind === 'sentence' && link.en.length > 0 && link.fa.length > 0)
    .map((link) => ({ en: link.en.map((id) => text.get(id)).join(' '), fa: link.fa.map((id) => text.get(id)).join(' ') }))
}

/** An installed dev dependency of @matn/align (pnpm links them under its node_modules). */
function packageDir(name: string): string {
  return join(root, 'packages', 'align', 'node_modules', name)
}

function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') out[prefix] = value
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out)
  return out
}

function keyedPairs(en: Record<string, string>, fa: Record<string, string>): Unit[] {
  const units: Unit[] = []
  for (const [key, persian] of Object.entries(fa)) {
    const english = en[key]
    if (key.endsWith('___DESCRIPTION') || !english || !persian.trim() || english === persian || !/[\u0600-\u06FF]/.test(persian)) continue
    units.push({ en: english, fa: persian })
  }
  return units
}

/** Every parallel set, in a fixed order. */
export function parallelSets(): ParallelSet[] {
  const sets: ParallelSet[] = corpusIds.map((id) => ({ name: `corpus:${id}`, origin: `corpus/${id}/alignment.json`, units: corpusUnits(id) }))
  const docusaurus = join(packageDir('@docusaurus/theme-translations'), 'locales')
  const docusaurusUnits: Unit[] = []
  for (const file of readdirSync(join(docusaurus, 'fa')).sort()) {
    const base = join(docusaurus, 'base', file)
    const en = flatten(JSON.parse(readFileSync(base, 'utf8')))
    docusaurusUnits.push(...keyedPairs(en, flatten(JSON.parse(readFileSync(join(docusaurus, 'fa', file), 'utf8')))))
  }
  sets.push({ name: 'docusaurus', origin: '@docusaurus/theme-translations (MIT)', units: docusaurusUnits })
  const survey = readFileSync(join(packageDir('survey-core'), 'i18n', 'persian.js'), 'utf8')
  const surveyUnits: Unit[] = []
  for (const match of survey.matchAll(/\/\/ (?:\[Auto-translated\] )?"((?:[^"\\]|\\.)*)"\n\s*\w+: "((?:[^"\\]|\\.)*)"/g)) {
    const en = JSON.parse(`"${match[1]}"`) as string
    const fa = JSON.parse(`"${match[2]}"`) as string
    if (en !== fa && /[\u0600-\u06FF]/.test(fa)) surveyUnits.push({ en, fa })
  }
  sets.push({ name: 'surveyjs', origin: 'survey-core i18n/persian.js (MIT)', units: surveyUnits })
  const zod = join(packageDir('zod-i18n-map'), 'locales')
  sets.push({
    name: 'zod',
    origin: 'zod-i18n-map (MIT)',
    units: keyedPairs(flatten(JSON.parse(readFileSync(join(zod, 'en', 'zod.json'), 'utf8'))), flatten(JSON.parse(readFileSync(join(zod, 'fa', 'zod.json'), 'utf8'))))
  })
  const vee = join(packageDir('@vee-validate/i18n'), 'dist', 'locale')
  sets.push({
    name: 'vee-validate',
    origin: '@vee-validate/i18n (MIT)',
    units: keyedPairs(flatten(JSON.parse(readFileSync(join(vee, 'en.json'), 'utf8'))), flatten(JSON.parse(readFileSync(join(vee, 'fa.json'), 'utf8'))))
  })
  return sets
}

/**
 * A document pair from units with, on each side independently, about `deleteRate` of the
 * sentences deleted and about `mergeRate` of the remaining lines merged with the next one;
 * the gold links are the connected groups of lines that share a unit (null links for lines
 * whose counterpart was deleted).
 *
 * @param units Units in order.
 * @param seed Seed of the generator.
 * @param mergeRate Share of lines merged with the next (default 0.10).
 * @param deleteRate Share of sentences deleted (default 0.05).
 */
export function perturb(units: readonly Unit[], seed: number, mergeRate = 0.1, deleteRate = 0.05): PerturbedDocument {
  const random = seededRandom(seed)
  const side = (pick: (unit: Unit) => string): Array<{ text: string; units: number[] }> => {
    const kept = units.map((unit, index) => ({ text: pick(unit), units: [index] })).filter(() => random() >= deleteRate)
    const lines: Array<{ text: string; units: number[] }> = []
    for (let k = 0; k < kept.length; k++) {
      const line = kept[k] as { text: string; units: number[] }
      const next = kept[k + 1]
      if (next && random() < mergeRate) {
        lines.push({ text: `${line.text} ${next.text}`, units: [...line.units, ...next.units] })
        k++
      } else lines.push(line)
    }
    return lines
  }
  const en = side((unit) => unit.en)
  const fa = side((unit) => unit.fa)
  const faOfUnit = new Map<number, number>()
  fa.forEach((line, index) => line.units.forEach((unit) => faOfUnit.set(unit, index)))
  const enOfUnit = new Map<number, number>()
  en.forEach((line, index) => line.units.forEach((unit) => enOfUnit.set(unit, index)))
  const gold: Array<{ en: number[]; fa: number[] }> = []
  const enSeen = new Set<number>()
  for (let start = 0; start < en.length; start++) {
    if (enSeen.has(start)) continue
    const enGroup = new Set<number>([start])
    const faGroup = new Set<number>()
    let grew = true
    while (grew) {
      grew = false
      for (const e of enGroup) for (const unit of en[e]?.units ?? []) {
        const f = faOfUnit.get(unit)
        if (f !== undefined && !faGroup.has(f)) (faGroup.add(f), (grew = true))
      }
      for (const f of faGroup) for (const unit of fa[f]?.units ?? []) {
        const e = enOfUnit.get(unit)
        if (e !== undefined && !enGroup.has(e)) (enGroup.add(e), (grew = true))
      }
    }
    for (const e of enGroup) enSeen.add(e)
    gold.push({ en: [...enGroup].sort((a, b) => a - b), fa: [...faGroup].sort((a, b) => a - b) })
  }
  const faLinked = new Set(gold.flatMap((link) => link.fa))
  fa.forEach((_, index) => faLinked.has(index) || gold.push({ en: [], fa: [index] }))
  return { en: en.map((line) => line.text), fa: fa.map((line) => line.text), gold }
}
