/**
 * English abbreviations of scholarly prose that parse-english does not know, and where a
 * full stop after them does not end the sentence.
 */

/** Parts of a work a number follows (`Fig. 3`, `No. 5`, `vol. 2`, `pp. 3–7`, `art. 51`), in lower case. */
const beforeNumber = /^(?:figs?|nos?|vols?|pp|chs?|chaps?|secs?|sects?|arts?|paras?|eqs?|tabs?|nn|pts?|ser|suppl|app|nr)$/

/** Abbreviations that do not end a sentence whatever follows (`vs.`, `approx.`), in lower case. */
const anywhere = /^(?:vs|approx|esp|incl|resp)$/

/** A word that starts with a digit of the Latin, Arabic-Indic or Persian system. */
const digitStart = /^[0-9\u0660-\u0669\u06F0-\u06F9]/

/**
 * Whether a full stop after `word` does not end an English sentence: after a part of a work
 * when a number follows (`See Fig. 3`), after `vs.` `approx.` `esp.` `incl.` `resp.`
 * always. Words parse-english already treats as abbreviations (`Dr.`, `p.`, `cf.`) are
 * not repeated here.
 *
 * @param word The word before the full stop.
 * @param nextWord The first word of the next sentence, if it starts with a word.
 */
export function continuesAfterEnglishAbbreviation(word: string, nextWord: string | undefined): boolean {
  const lower = word.toLowerCase()
  return anywhere.test(lower) || (nextWord !== undefined && digitStart.test(nextWord) && beforeNumber.test(lower))
}
