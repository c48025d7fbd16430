import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tagCitations } from '../src/index.js'
import { latinGivenNames, latinSurnameEndings, placeNames } from '../src/lib/citations/lexicon.js'

/** The raw text, authors and key of every citation found. */
function read(text: string): Array<[string, string[], string]> {
  return tagCitations(text).map((citation) => [citation.raw, citation.authors, citation.key])
}

describe('events, documents and places are not authors', () => {
  it('should not read an event before its year, narrative or in brackets', () => {
    expect(read('The Islamic Revolution (1979) changed everything.')).toEqual([])
    expect(read('The Iran–Iraq War (1980) began in September.')).toEqual([])
    expect(read('Prices rose (Arab uprisings, 2011).')).toEqual([])
    expect(read('Typhoon Haiyan (2013) displaced millions.')).toEqual([])
    expect(read('Operation Ajax (1953) ended the government.')).toEqual([])
  })

  it('should still read corporate names and surnames that hold such words', () => {
    expect(read('Violence spread (International Crisis Group, 2019).')).toEqual([
      ['(International Crisis Group, 2019)', ['International Crisis Group'], 'internationalcrisisgroup2019']
    ])
    expect(read('Norms matter (Peace, 2019).')).toEqual([['(Peace, 2019)', ['Peace'], 'peace2019']])
  })

  it('should not read a document named by its year in a narrative citation', () => {
    expect(read('The Paris Agreement (2015) set targets.')).toEqual([])
    expect(read('The Treaty of Paris (1783) ended the war.')).toEqual([])
  })

  it('should read a name after `of` as part of the proper name before it', () => {
    expect(read('The Peace of Westphalia (1648) ended the war.')).toEqual([])
    expect(read('The Ministry of Health (2019) reports more cases.')).toEqual([
      ['Ministry of Health (2019)', ['Ministry of Health'], 'ministryofhealth2019']
    ])
    expect(read('The Bank of England (2020) raised rates.')).toEqual([['Bank of England (2020)', ['Bank of England'], 'bankofengland2020']])
    // Over more `of`, `for` or `the` inside the name, but not to a word that opens the sentence.
    expect(read('The Ministry of Foreign Affairs of Japan (2019) reports more.')).toEqual([
      ['Ministry of Foreign Affairs of Japan (2019)', ['Ministry of Foreign Affairs of Japan'], 'ministryofforeignaffairsofjapan2019']
    ])
    expect(read('Data of the Central Bank of Iran (2019) show inflation.')).toEqual([
      ['Central Bank of Iran (2019)', ['Central Bank of Iran'], 'centralbankofiran2019']
    ])
    // A lower-case noun before `of` is prose: the name is read alone.
    expect(read('The theory of Waltz (1979) is structural.')).toEqual([['Waltz (1979)', ['Waltz'], 'waltz1979']])
  })

  it('should not read places by their form: a place noun, or a province or country ending in -stan', () => {
    expect(read('Rainfall declined (Khuzestan, 2019).')).toEqual([])
    expect(read('Sanctions hit Kurdistan (2019) hardest.')).toEqual([])
    expect(read('Output fell (Kerman Province, 2018).')).toEqual([])
    expect(read('Output fell (Province of Kerman, 2018).')).toEqual([])
    expect(read('بارندگی کاهش یافت (خوزستان، ۱۳۹۸).')).toEqual([])
    expect(read('بارندگی کاهش یافت (استان کرمان، ۱۳۹۸).')).toEqual([])
  })
})

describe('places of Iran and its region', () => {
  it('should not read a province, a city or a region alone as an author, in either script', () => {
    expect(read('Protests spread quickly (Tabriz, 2018).')).toEqual([])
    expect(read('Growth slowed in Central Asia (2015).')).toEqual([])
    expect(read('این همایش برگزار شد (اصفهان، ۱۳۹۷).')).toEqual([])
    expect(read('بیکاری در سیستان و بلوچستان (۱۳۹۵) بالا بود.')).toEqual([])
  })

  it('should read surnames formed from places, and places that are also surnames', () => {
    expect(read('This is disputed (Tabrizi, 2018).')).toEqual([['(Tabrizi, 2018)', ['Tabrizi'], 'tabrizi2018']])
    expect(read('این نکته روشن است (اصفهانی، ۱۳۹۷).')).toEqual([['(اصفهانی، ۱۳۹۷)', ['اصفهانی'], 'اصفهانی1397']])
    expect(read('Sampling matters (Kish, 1965).')).toEqual([['(Kish, 1965)', ['Kish'], 'kish1965']])
  })
})

describe('months as surnames', () => {
  it('should read a month name in a list of authors with a surname', () => {
    expect(read('Institutions shape action (March and Olsen 1989: 160).')).toEqual([
      ['(March and Olsen 1989: 160)', ['March', 'Olsen'], 'march-olsen1989']
    ])
    expect(read('March and Olsen (1989) call this the logic of appropriateness.')).toEqual([
      ['March and Olsen (1989)', ['March', 'Olsen'], 'march-olsen1989']
    ])
  })

  it('should not read months alone or with other months', () => {
    expect(read('Talks resumed (March and April 2019).')).toEqual([])
    expect(read('Talks resumed (April 2021) in Vienna.')).toEqual([])
    expect(read('In March (2019) talks resumed.')).toEqual([])
  })
})

describe('every listed place, in both positions', () => {
  const latin = (place: string) => place.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase())

  it('should read no citation of a listed place in brackets or before a year', () => {
    for (const place of placeNames) {
      const persian = /[\u0600-\u06FF]/.test(place)
      const name = persian ? place : latin(place)
      const texts = persian
        ? [`بارندگی کاهش یافت (${name}، ۱۳۹۸).`, `${name} (۱۳۹۸) بیشترین بارندگی را داشت.`]
        : [`Rainfall declined (${name}, 2019).`, `Sanctions hit ${name} (2019) hardest.`]
      for (const text of texts) expect(read(text), text).toEqual([])
    }
  })
})

describe('Latin given names and initials are not part of the key', () => {
  /** The authors and key of every citation found. */
  const keyed = (text: string) => tagCitations(text).map((citation) => [citation.authors, citation.key])

  it('should key a full name by its surname, narrative and in brackets, keeping the name as printed', () => {
    expect(read('Barbara Geddes (1999) asks what we know.')).toEqual([['Barbara Geddes (1999)', ['Barbara Geddes'], 'geddes1999']])
    expect(keyed('Stephen Walt (1987) argues this.')).toEqual([[['Stephen Walt'], 'walt1987']])
    expect(keyed('This holds (Stephen Walt, 1987).')).toEqual([[['Stephen Walt'], 'walt1987']])
    expect(keyed('This holds (Stephen Walt, 1987: 12).')).toEqual([[['Stephen Walt'], 'walt1987']])
  })

  it('should key full names of two or more authors by their surnames', () => {
    expect(keyed('Stephen Walt and John Mearsheimer (2007) argue this.')).toEqual([[['Stephen Walt', 'John Mearsheimer'], 'walt-mearsheimer2007']])
    expect(keyed('This holds (Stephen Walt and John Mearsheimer, 2007).')).toEqual([[['Stephen Walt', 'John Mearsheimer'], 'walt-mearsheimer2007']])
    expect(keyed('This holds (Stephen Walt et al., 1987).')).toEqual([[['Stephen Walt'], 'walt-etal1987']])
  })

  it('should drop initials and transliterated Persian and Arabic given names', () => {
    expect(keyed('S. M. Walt (1987) argues.')).toEqual([[['S. M. Walt'], 'walt1987']])
    expect(keyed('This holds (J. Mearsheimer, 2001).')).toEqual([[['J. Mearsheimer'], 'mearsheimer2001']])
    expect(keyed('Kenneth N. Waltz (1979) wrote.')).toEqual([[['Kenneth N. Waltz'], 'waltz1979']])
    expect(keyed('Ali Akbar Velayati (2005) wrote.')).toEqual([[['Ali Akbar Velayati'], 'velayati2005']])
    expect(keyed('Jean-Paul Sartre (1943) wrote.')).toEqual([[['Jean-Paul Sartre'], 'sartre1943']])
  })

  it('should keep surname particles and multi-part surnames with the surname', () => {
    expect(keyed('Stephen Van Evera (1999) argues.')).toEqual([[['Stephen Van Evera'], 'vanevera1999']])
    expect(keyed('Bruce Bueno de Mesquita (2003) argues.')).toEqual([[['Bruce Bueno de Mesquita'], 'buenodemesquita2003']])
    // In brackets, where surnames are printed, a name with a Romance particle is one surname;
    // in a sentence, one word before the particle is a given name, unless the whole name is
    // cited in brackets too.
    expect(keyed('This holds (Bueno de Mesquita, 2003).')).toEqual([[['Bueno de Mesquita'], 'buenodemesquita2003']])
    expect(keyed('Bueno de Mesquita (2003) argues it (Bueno de Mesquita, 2003: 4).')).toEqual([
      [['Bueno de Mesquita'], 'buenodemesquita2003'],
      [['Bueno de Mesquita'], 'buenodemesquita2003']
    ])
    expect(keyed('Alexis de Tocqueville (1835) wrote.')).toEqual([[['Alexis de Tocqueville'], 'detocqueville1835']])
    expect(keyed('Associations matter (de Tocqueville, 1835).')).toEqual([[['de Tocqueville'], 'detocqueville1835']])
    expect(keyed('Simone de Beauvoir (1949) wrote.')).toEqual([[['Simone de Beauvoir'], 'debeauvoir1949']])
    expect(keyed('Kees van der Pijl (1998) wrote.')).toEqual([[['Kees van der Pijl'], 'vanderpijl1998']])
    expect(keyed('Mohammed Abed al-Jabri (1991) wrote.')).toEqual([[['Mohammed Abed al-Jabri'], 'aljabri1991']])
    expect(keyed('Dependency shapes the periphery (dos Santos, 1970).')).toEqual([[['dos Santos'], 'dossantos1970']])
    expect(keyed('Jalal Al-Ahmad (1962) wrote.')).toEqual([[['Jalal Al-Ahmad'], 'alahmad1962']])
    expect(keyed('This holds (Jalal al-Ahmad, 1962).')).toEqual([[['Jalal al-Ahmad'], 'alahmad1962']])
    expect(keyed('Hamid Abu Zayd (1995) wrote.')).toEqual([[['Hamid Abu Zayd'], 'abuzayd1995']])
  })

  it('should keep a given name that is the first part of a compound surname (`Mohammad Nia` is `Mohammadnia`)', () => {
    expect(keyed('Mohammad Nia (2010) argues.')).toEqual([[['Mohammad Nia'], 'mohammadnia2010']])
    expect(keyed('This holds (Mohammadnia, 2010).')).toEqual([[['Mohammadnia'], 'mohammadnia2010']])
    expect(keyed('Mahdi Mohammad Nia (2010) argues.')).toEqual([[['Mahdi Mohammad Nia'], 'mohammadnia2010']])
    expect(keyed('Mohammad Ali Zadeh (2015) wrote.')).toEqual([[['Mohammad Ali Zadeh'], 'alizadeh2015']])
  })

  it('should keep a listed given name that is the whole author, and group names whole', () => {
    expect(keyed('This holds (Ali, 2010).')).toEqual([[['Ali'], 'ali2010']])
    expect(keyed('Henry James (1890) wrote.')).toEqual([[['Henry James'], 'james1890']])
    expect(keyed('Johns Hopkins University (2020) reports.')).toEqual([[['Johns Hopkins University'], 'johnshopkinsuniversity2020']])
    expect(keyed('This holds (U.S. Department of State, 2020).')).toEqual([[['U.S. Department of State'], 'usdepartmentofstate2020']])
  })

  it('should key any listed given name before a surname like the surname alone', () => {
    const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
    const givenNames = [...latinGivenNames].map(capitalized)
    const surnames = ['Walt', 'Geddes', 'Mearsheimer', 'Sanaei', 'Bueno de Mesquita', 'Van Evera', 'Al-Ahmad', 'Abu Zayd', 'Mohammadnia']
    fc.assert(
      fc.property(fc.constantFrom(...givenNames), fc.constantFrom(...surnames), fc.integer({ min: 1900, max: 2025 }), (given, surname, year) => {
        const [full] = tagCitations(`This holds (${given} ${surname}, ${year}).`)
        const [alone] = tagCitations(`This holds (${surname}, ${year}).`)
        expect(full?.authors).toEqual([`${given} ${surname}`])
        expect(full?.key).toBe(alone?.key)
      }),
      { seed: 8, numRuns: 300 }
    )
    // The list and the compound-surname endings do not overlap: an ending is never dropped as a given name.
    expect([...latinSurnameEndings].filter((ending) => latinGivenNames.has(ending))).toEqual([])
  })

  it('should key a name with a generational suffix by the surname, reading `, Jr.` as part of the author', () => {
    expect(keyed('This holds (Joseph S. Nye Jr., 2004).')).toEqual([[['Joseph S. Nye Jr.'], 'nye2004']])
    expect(keyed('This holds (Joseph Nye, Jr., 2004).')).toEqual([[['Joseph Nye, Jr.'], 'nye2004']])
    expect(keyed('This holds (Walt and Nye Jr., 2004).')).toEqual([[['Walt', 'Nye Jr.'], 'walt-nye2004']])
    expect(keyed('This holds (Martin Luther King III, 2004).')).toEqual([[['Martin Luther King III'], 'king2004']])
  })

  it('should match a named op. cit. to a full name cited before', () => {
    expect(keyed('This holds (Stephen Walt, 1987). It recurs (Walt, op. cit., p. 12).')).toEqual([
      [['Stephen Walt'], 'walt1987'],
      [['Stephen Walt'], 'walt1987']
    ])
  })

  it('should give a full name and its surname alone the same key, so lookups find both', () => {
    const keys = tagCitations('Stephen Walt (1987) argues this, as others do (Walt, 1987; Stephen M. Walt, 1987).').map((c) => c.key)
    expect(new Set(keys)).toEqual(new Set(['walt1987']))
    expect(keys).toHaveLength(3)
  })
})
