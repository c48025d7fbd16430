/**
 * Function words that carry no alignment evidence. They are dropped before matching and
 * do not count in a sentence's content length.
 */

/** English function words (lower case). */
export const englishStopwords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also although am an and any are as at be because been ' +
    'before being below between both but by can could did do does doing down during each either etc ' +
    'few for from further had has have having he her here hers herself him himself his how however i ' +
    'if in into is it its itself just may me might more most must my myself no nor not now of off on ' +
    'once only or other our ours ourselves out over own same shall she should so some such than that ' +
    'the their theirs them themselves then there these they this those through thus to too under until ' +
    'up upon us very was we were what when where whether which while who whom whose why will with ' +
    'within would yet you your yours therefore'
  ).split(' ')
)

/** Persian function words, in `normalizePersian` form. */
export const persianStopwords: ReadonlySet<string> = new Set(
  (
    'و در به از که را با این آن برای تا یا هم نیز است بود شد شود شده می نمی ها های یک بر اما اگر چه ' +
    'هر خود ای ی او وی آن‌ها آنها ما ایشان باید شاید همین همان چنین چنان دیگری پس بی بین میان ' +
    'کرد کند کنند کرده کنیم کرده‌اند می‌شود می‌کند می‌کنند باشد باشند داشت دارد دارند است، هست ' +
    'هستند بوده بودند شدن کردن ولی زیرا چون نه هیچ همه سوی جا آنچه اینکه آنکه چرا بنابراین پیش ' +
    'هنوز همچنین را، اش شان'
  ).split(' ')
)
