import type { CitationKind, UndatedStatus } from '../model.js'
import { foldName, surnameOf, type AuthorList } from './authors.js'

/**
 * The key of a cited work: first surname and year (`walt1987`), both surnames for two
 * authors (`krause-singer2001`), `-etal` for three or more (`belobrov-etal2014`), the year
 * suffix kept (`walt1987a`). An undated work has `-nd`, `-inpress` or `-forthcoming`
 * instead of the year (`walt-nd`, `walt-nd-a`, `نوری-inpress`). Latin folded to ASCII lower
 * case, Persian normalized.
 *
 * @param authors The authors.
 * @param year The year as printed (in its own calendar), or the status of an undated work.
 * @param suffix The year suffix, if any.
 * @param kind Where the citation names its authors, which a few name shapes are read by
 *   (`surnameOf`); parenthetical by default.
 */
export function citationKey(authors: AuthorList, year: number | UndatedStatus, suffix: string | null, kind: CitationKind = 'parenthetical'): string {
  const names = authors.authors.map((author, index) => foldName(authors.title ? author : (authors.surnames?.[index] ?? surnameOf(author, kind))))
  const head =
    authors.etAl || names.length > 2
      ? `${names[0]}-etal`
      : names.join('-')
  if (typeof year === 'number') return `${head}${year}${suffix ?? ''}`
  return `${head}-${undatedKeyTags[year]}${suffix ? `-${suffix}` : ''}`
}

/** What stands for the year in the key of an undated work. */
const undatedKeyTags: Readonly<Record<UndatedStatus, string>> = {
  'no-date': 'nd',
  'in-press': 'inpress',
  forthcoming: 'forthcoming'
}
