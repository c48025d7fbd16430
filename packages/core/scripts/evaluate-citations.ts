/**
 * Measure `tagCitations` on citation-form fixtures: recall (expected citations found with
 * every expected field) and precision (citations found that are expected), over all the
 * cases of the files given (default: the held-out set, `test/fixtures/citations/heldout.json`).
 *
 *   npx tsx --conditions=matn-source packages/core/scripts/evaluate-citations.ts [--verbose] [file…]
 *
 * A found citation is correct when an expected citation of the same case has its `raw` and
 * every field written in the fixture, and the optional fields (`undated`, `ibid`,
 * `original`, `titleAsAuthor`) are present exactly when expected, as in
 * `test/citations.test.ts`. "Detected" counts found citations with the expected `raw` only.
 */
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { tagCitations, type TaggedCitation } from '../src/index.js'

interface CitationCase {
  name: string
  text: string
  expect: Array<Partial<TaggedCitation>>
}

const optionalFields = ['undated', 'ibid', 'original', 'titleAsAuthor'] as const

function matches(actual: TaggedCitation, expected: Partial<TaggedCitation>): boolean {
  for (const [field, value] of Object.entries(expected)) {
    if (!isDeepStrictEqual(actual[field as keyof TaggedCitation], value)) return false
  }
  return optionalFields.every((field) => isDeepStrictEqual(actual[field], expected[field]))
}

function describeCitation(citation: Partial<TaggedCitation>): string {
  const { raw, authors, year, calendar, pages, kind, etAl, yearSuffix, key } = citation
  const extra = optionalFields.filter((field) => citation[field] !== undefined).map((field) => `${field}=${JSON.stringify(citation[field])}`)
  return [raw, JSON.stringify(authors), year, calendar, pages, kind, etAl ? 'etAl' : '', yearSuffix ?? '', key, ...extra].join(' | ')
}

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const files = args.filter((arg) => arg !== '--verbose')
if (files.length === 0) files.push('test/fixtures/citations/heldout.json')

let expectedCount = 0
let foundCount = 0
let correct = 0
let detected = 0
let casesRight = 0
let caseCount = 0
for (const file of files) {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as CitationCase[]
  for (const testCase of cases) {
    caseCount += 1
    const found = tagCitations(testCase.text)
    const unmatched = [...testCase.expect]
    const wrong: TaggedCitation[] = []
    for (const citation of found) {
      const exact = unmatched.findIndex((expected) => expected.raw === citation.raw && matches(citation, expected))
      if (exact >= 0) {
        unmatched.splice(exact, 1)
        correct += 1
        detected += 1
      } else {
        if (testCase.expect.some((expected) => expected.raw === citation.raw)) detected += 1
        wrong.push(citation)
      }
    }
    expectedCount += testCase.expect.length
    foundCount += found.length
    if (unmatched.length === 0 && wrong.length === 0) casesRight += 1
    else if (verbose) {
      console.log(`✗ ${file}: ${testCase.name}\n  ${testCase.text}`)
      for (const expected of unmatched) console.log(`  expected ${describeCitation(expected)}`)
      for (const citation of wrong) console.log(`  found    ${describeCitation(citation)}`)
    }
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`)
console.log(`cases: ${casesRight}/${caseCount} right; expected citations: ${expectedCount}; found: ${foundCount}`)
console.log(`recall ${percent(correct, expectedCount)} (${correct}/${expectedCount}), precision ${percent(correct, foundCount)} (${correct}/${foundCount})`)
console.log(`detected (raw only): recall ${percent(detected, expectedCount)}, precision ${percent(detected, foundCount)}`)
