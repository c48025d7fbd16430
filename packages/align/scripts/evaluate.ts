/**
 * `pnpm align:eval`: strict and lax precision, recall and F1 (Bleualign/vecalign
 * definitions; null links count for precision only) of matn and of the Gale–Church
 * baseline.
 *
 * - Comparable mode: each corpus article's automatic links (`alignArticle`, which never
 *   reads the gold) against its curated `alignment.json`: sentence links of the English
 *   extended abstract, keyword pairs, footnote glosses. Links holding only Persian
 *   sentences are left out (the gold is English-centric: it does not list the Persian
 *   sentences without an English counterpart).
 * - Parallel mode: documents built from real parallel text (lib/parallel-data.ts) with
 *   about 10% merges and 5% deletions per side, five seeds per set.
 *
 * Rows marked “−lexicon” run without the curated domain lexicon, “−learning” without the
 * dictionary learned from a first pass.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArticle, type Alignment, type Article } from '@matn/core'
import { VFile } from 'vfile'
import {
  Lexicon,
  alignArticle,
  alignParallel,
  articleSentences,
  countAlignment,
  galeChurch,
  readAlignmentGold,
  scoreCounts,
  sumCounts,
  type AlignmentCounts,
  type GoldLinkKind
} from '../src/index.js'
import { corpusIds, parallelSets, perturb, type PerturbedDocument } from './lib/parallel-data.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const seeds = [1, 2, 3, 4, 5]

function row(name: string, counts: AlignmentCounts): string {
  const { strict, lax } = scoreCounts(counts)
  const f = (value: number): string => value.toFixed(3)
  return `| ${name} | ${f(strict.precision)} | ${f(strict.recall)} | ${f(strict.f1)} | ${f(lax.precision)} | ${f(lax.recall)} | ${f(lax.f1)} | ${counts.goldLinks} | ${counts.testLinks} |`
}

const header = '| system | strict P | strict R | strict F1 | lax P | lax R | lax F1 | gold links | test links |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |'

function kindOf(article: Article, link: Pick<Alignment, 'en' | 'fa'>): GoldLinkKind {
  const id = link.en[0] ?? link.fa[0] ?? ''
  const segment = article.segments.find((candidate) => candidate.id === id)
  if (segment?.kind === 'keyword') return 'keyword'
  if (segment?.kind === 'title') return 'title'
  if (segment?.kind === 'footnote' || (link.en.length > 0 && link.en.every((en) => en.startsWith('fn')))) return 'gloss'
  return 'sentence'
}

console.log('## Comparable mode: extended abstract ↔ full Persian text (curated gold)\n')
const comparable: Record<string, Record<string, AlignmentCounts[]>> = {}
for (const id of corpusIds) {
  const path = join(root, 'corpus', id, 'article.md')
  const source = readFileSync(path, 'utf8')
  const article = parseArticle(new VFile({ path, value: source }))
  const goldPath = join(root, 'corpus', id, 'alignment.json')
  const gold = readAlignmentGold(new VFile({ path: goldPath, value: readFileSync(goldPath, 'utf8') }), article)
  const { en, fa } = articleSentences(article)
  const gale = galeChurch(en.map((segment) => segment.text), fa.map((segment) => segment.text))
    .filter((link) => link.en.length > 0)
    .map((link) => ({ en: link.en.map((k) => en[k]?.id ?? ''), fa: link.fa.map((k) => fa[k]?.id ?? '') }))
  const systems: Record<string, ReadonlyArray<Pick<Alignment, 'en' | 'fa'>>> = {
    matn: alignArticle(article, { source }),
    'matn −lexicon': alignArticle(article, { source, lexicon: new Lexicon() }),
    'matn −learning': alignArticle(article, { source, learn: false }),
    'gale-church': gale
  }
  for (const kind of ['sentence', 'keyword', 'gloss'] as const) {
    const goldLinks = gold.links.filter((link) => link.kind === kind)
    for (const [name, links] of Object.entries(systems)) {
      const test = links.filter((link) => kindOf(article, link) === kind && link.en.length > 0)
      if (kind !== 'sentence' && name === 'gale-church') continue
      ;((comparable[kind] ??= {})[name] ??= []).push(countAlignment(goldLinks, test))
    }
  }
  console.log(`${id}: ${en.length} English sentences, ${fa.length} Persian segments (sentences, headings, cells)`)
}
for (const [kind, systems] of Object.entries(comparable)) {
  console.log(`\n### ${kind} links (both articles)\n\n${header}`)
  for (const [name, counts] of Object.entries(systems)) console.log(row(name, sumCounts(counts)))
}

console.log('\n## Parallel mode: documents with ~10% merges and ~5% deletions per side (seeds 1–5)\n')
const sets = parallelSets()
console.log('| set | origin | units |\n| --- | --- | --- |')
for (const set of sets) console.log(`| ${set.name} | ${set.origin} | ${set.units.length} |`)
const groups: Record<string, Record<string, AlignmentCounts[]>> = {}
const systems: Record<string, (document: PerturbedDocument) => ReadonlyArray<{ en: number[]; fa: number[] }>> = {
  matn: (document) => alignParallel(document.en, document.fa),
  'matn −lexicon': (document) => alignParallel(document.en, document.fa, { lexicon: new Lexicon() }),
  'matn −learning': (document) => alignParallel(document.en, document.fa, { learn: false }),
  'gale-church': (document) => galeChurch(document.en, document.fa)
}
for (const set of sets) {
  const group = set.name.startsWith('corpus') ? 'corpus sentences' : 'software strings'
  for (const seed of seeds) {
    const document = perturb(set.units, seed)
    for (const [name, run] of Object.entries(systems)) {
      const counts = countAlignment(document.gold, run(document))
      ;((groups[group] ??= {})[name] ??= []).push(counts)
      ;((groups.all ??= {})[name] ??= []).push(counts)
    }
  }
}
for (const [group, byName] of Object.entries(groups)) {
  console.log(`\n### ${group}\n\n${header}`)
  for (const [name, counts] of Object.entries(byName)) console.log(row(name, sumCounts(counts)))
}
