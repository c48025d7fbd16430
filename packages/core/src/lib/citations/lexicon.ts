/**
 * Small word lists the citation tagger needs to tell names from ordinary words.
 * They are data, kept apart from the rules that use them.
 */

/** Latin words that start with a capital but are not authors (before a year in brackets). */
export const latinNonAuthors: ReadonlySet<string> = new Set(
  (
    'a an the in on at of for from to by with since until till before after during between ' +
    'around about circa c ca see also cf e g eg ie i e and or but as per vs via ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter ' +
    'table tables figure figures fig chart map chapter chap section sect part vol volume ' +
    'no number page pages p pp appendix article art law act year years decade century ' +
    'approximately about nearly over under ' +
    'according this that these those it its their his her our my we they he she there here ' +
    'ibid idem op ' +
    // Eras and fiscal years: `(AD 1987)`, `(FY 2019)`.
    'ad bc bce ce fy'
  ).split(' ')
)

/**
 * Capitalized words that open sentences or clauses but never start an author's name
 * before a narrative citation (`However Walt (1987)`, `Both Walt and Waltz (1987)`), and
 * titles that stand before a name (`Professor Walt (1987)`).
 */
export const latinSentenceWords: ReadonlySet<string> = new Set(
  (
    'however hence thus therefore moreover furthermore similarly likewise also accordingly ' +
    'consequently nevertheless nonetheless indeed notably instead meanwhile later earlier ' +
    'recently first second third finally lastly then now yet still so while whereas although ' +
    'though because unlike like following when where if once only even whether what which who ' +
    'whom whose how why both either neither some many most several other others another each ' +
    'such all one two three scholars authors researchers critics theorists writers ' +
    'professor prof dr mr mrs ms sir president minister'
  ).split(' ')
)

/** Lower-case name particles allowed at the start of a Latin author. */
export const latinParticles: ReadonlySet<string> = new Set(
  'de del della der den van von da di du dos das des la le al el bin ibn ten ter'.split(' ')
)

/**
 * Common given names in Latin script (English and transliterated Persian and Arabic), lower
 * case: a leading given name before a capitalized surname is not part of the key
 * (`Stephen Walt` → `walt`). Names that are common surnames too (`James`, `Thomas`) are
 * listed: a given name is dropped only before another capitalized word, never alone.
 */
export const latinGivenNames: ReadonlySet<string> = new Set(
  (
    'aaron adam alan albert alexander alexandra alice amy andrew angela ann anna anne anthony arthur ' +
    'barbara barry ben benjamin bernard bertrand bonnie brian bruce carl carol caroline catherine charles ' +
    'charlotte christian christina christopher clara colin daniel david deborah dennis diana donald douglas ' +
    'edward elizabeth ellen emily emma eric erik francis frank fred frederick gary george gerald graham ' +
    'gregory hannah harold harry helen henry hans hugh ian jack jacques james jane janet jean jeffrey jennifer ' +
    'jessica joan john jonathan joseph judith julia karen karl kate katherine kathleen kenneth kevin larry laura ' +
    'lawrence linda lisa louis lucy margaret maria marie mark martha martin mary matthew michael michel ' +
    'nancy nicholas oliver patricia patrick paul peter philip pierre rachel ralph raymond rebecca richard ' +
    'robert roger ronald rose ruth samuel sarah scott stanley stephen steven susan theodore thomas timothy ' +
    'victoria walter william ' +
    'abbas abdollah abdullah abolfazl ahmad ahmed akbar ali alireza amir arash ardeshir asghar babak bahram ' +
    'bijan dariush davood davoud ebrahim ehsan elham esmaeil farhad farid fariborz farzaneh fatemeh fatima ' +
    'gholamreza habib hadi hamed hamid hamidreza hassan hasan hossein hosein hussein homa hooshang houshang ' +
    'ibrahim jafar jalal jamal javad jahangir kamal kamran kaveh kazem karim khaled leila mahdi mahmoud ' +
    'mahmood majid maryam masoud massoud mehdi mehran mohammad mohammed muhammad mohamed mohsen morteza ' +
    'mostafa mustafa nasser naser omar parviz reza saeed said saeid sajjad seyed seyyed sayyid shahram ' +
    'shirin siamak vahid yousef youssef zahra zeynab'
  ).split(' ')
)

/**
 * Second parts of Persian compound surnames written apart in Latin script (`Mohammad Nia`
 * for `Mohammadnia`, `Ali Zadeh`, `Hassan Pour`), lower case: a given name right before one
 * is part of the surname and stays in the key (`mohammadnia`, as `Mohammadnia` is keyed).
 */
export const latinSurnameEndings: ReadonlySet<string> = new Set(
  'nia zadeh zade pour poor far fard rad nejad nezhad vand doust doost dust khah panah abadi kia manesh lou loo'.split(' ')
)

/**
 * Frequent Persian function words and common nouns that never stand for an author before
 * a year in brackets (`در سال (۱۳۹۸)`, `قرارداد (2014)` is handled by the cue rules).
 */
export const persianNonAuthors: ReadonlySet<string> = new Set(
  (
    'در از به با بر برای تا که و یا اما ولی این آن همین همان هر چند چون اگر نیز هم را ' +
    'سال سالهای سال‌های سال‌ها ماه روز دهه قرن دوره دوران زمان تاریخ حدود تقریبا تقریباً ' +
    'پس پیش قبل بعد طی طول میان بین درباره دربارهٔ مانند مثل همچون جمله نک رک ر.ک ر.ک. نک. ' +
    'جدول شکل نمودار فصل بخش ماده صفحه ص صص شماره جلد پیوست منبع منابع ' +
    'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند ' +
    'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر ' +
    'است بود شد شده کرد کرده داشت دارد می نمی ها های ای او آنها آن‌ها ما ایشان وی ' +
    'درصد نفر میلیون میلیارد هزار دلار ریال تومان کیلومتر متر ' +
    'مصوب مصوبه متولد تولد درگذشت وفات تأسیس تاسیس همان همو پیشین ' +
    'حاضر پیش‌رو پیشرو مذکور فوق یادشده یاد‌شده اخیر ' +
    // Adverbs that open a bracket before a year (`(مثلاً ۱۳۹۸)`), as they open a prefix.
    'مثلا مثلاً همچنین نظیر ' +
    // Events and agreements a year in brackets dates (`انقلاب (۱۳۵۷)`, `برجام (2015)`).
    'انقلاب جنگ کودتا بحران تحریم حمله اشغال قرارداد برجام توافق معاهده قطعنامه ' +
    // Ordinals and words that qualify a work (`کتاب دوم (زیر چاپ)`, `اثر جدید (۱۳۹۸)`).
    'اول نخست نخستین دوم دومین سوم سومین چهارم پنجم ششم هفتم هشتم نهم دهم آخر آخرین دیگر جدید تازه'
  ).split(' ')
)

/** Persian function words: a bracket whose "author" holds one of them is prose, not a citation. */
export const persianFunctionWords: ReadonlySet<string> = new Set(
  'در از به با بر برای تا که را این آن یا اگر چون هر نیز هم پس سپس درباره میان بین طی'.split(' ')
)

/** Common Persian given names: a given name before a surname joins the author (`عباس ملکی`). */
export const persianGivenNames: ReadonlySet<string> = new Set(
  (
    'محمد علی حسن حسین مهدی رضا عباس احمد محمود جواد حمید مجید سعید مسعود مصطفی مرتضی ' +
    'ابراهیم اسماعیل یوسف داود موسی عیسی یحیی جعفر کاظم باقر صادق هادی تقی نقی قاسم ' +
    'امیر بهرام بهروز بهزاد پرویز پرهام جمشید داریوش فرهاد فریدون کامران کیومرث کوروش ' +
    'منوچهر ناصر نادر هوشنگ سیروس شاپور اردشیر بیژن سهراب رستم ایرج همایون فرشید ' +
    'عبدالله عبدالرضا عبدالعلی عباسعلی عباسقلی غلامرضا غلامعلی غلامحسین حمیدرضا علیرضا محمدرضا ' +
    'محمدعلی محمدحسین محمدجواد محمدباقر امیرحسین امیرعلی سیدمحمد سید سیده ' +
    'الهام زهرا فاطمه مریم معصومه زینب سمیه طاهره مهناز شهلا نسرین پروین سیمین ژاله ' +
    'لیلا لیلی نرگس مینا شیرین فرزانه فرشته منیژه آزاده سارا نازنین هما مهسا ' +
    'کیهان کیوان محسن اکبر اصغر ابوالفضل ابوالقاسم حبیب رحیم کریم نعمت جلال کمال جمال ' +
    'سعیده وحید ولی یاسر روح‌الله روحالله نصرالله فضل‌الله حشمت عزت ' +
    'جهانگیر فرامرز فریبرز سیامک شهرام مهرداد بابک آرش کاوه رامین افشین اسدالله حجت‌الله مرضیه'
  ).split(' ')
)

/**
 * Words that, right after a narrative citation's bracket, show it reports an author. A word
 * matches when it starts with one, so verbs are given by stem and cover every person and
 * number (`می‌گوی` for می‌گوید and می‌گویند, `نوشت` for نوشته, نوشتند, نوشته‌اند).
 */
export const persianReportingCues: readonly string[] = [
  'معتقد', 'باور', 'عقیده', 'می‌گوی', 'میگوی', 'گفت', 'بیان', 'اشاره', 'نشان', 'استدلال',
  'تأکید', 'تاکید', 'تعریف', 'می‌دان', 'میداند', 'میدانند', 'می‌نویس', 'مینویس', 'نوشت', 'نگاشت', 'بررسی',
  'پژوهش', 'مقاله', 'کتاب', 'اثر', 'رساله', 'پایان‌نامه', 'دریافت', 'آورد', 'مطرح',
  'توضیح', 'تحلیل', 'پرداخت', 'می‌پرداز', 'میپرداز', 'معرفی', 'ارائه',
  'نقد', 'ادعا', 'پیشنهاد', 'توصیف', 'تصریح', 'یادآور', 'اذعان', 'خاطرنشان', 'تبیین',
  'اظهار', 'متذکر', 'افزود', 'می‌افزای', 'میافزای', 'مطالعه', 'پیش‌بینی',
  // Verbs of taking a position: criticizes, confirms, opposes, agrees, warns, proves, recommends, mentions, describes, accepts, calls.
  'انتقاد', 'تأیید', 'تایید', 'مخالف', 'موافق', 'هشدار', 'اثبات', 'توصیه', 'ذکر', 'شرح',
  'پذیرفت', 'می‌پذیر', 'میپذیر', 'نامید', 'می‌نام', 'مینام',
  // Reports: `گزارش داده است`, `گزارش می‌دهد`.
  'گزارش'
]

/**
 * Reporting words too short to match by their start (`رد` would match `ردیف`): they
 * match whole (`والت (1987) این را رد می‌کند`).
 */
export const persianReportingWords: ReadonlySet<string> = new Set(['رد'])

/**
 * Reporting cues that are also acts of an institution (approves, rejects, opposes, accepts:
 * `مجلس شورای اسلامی (۱۳۹۰) این لایحه را رد کرد`): they support a person's name, not a
 * corporate author's. Matched as `persianReportingCues` and `persianReportingWords` are.
 */
export const persianActCues: readonly string[] = ['تأیید', 'تایید', 'مخالف', 'موافق', 'پذیرفت', 'می‌پذیر', 'میپذیر', 'رد']

/**
 * Phrases that give an example right before a name (`برای نمونه والت (1987)`, `از جمله
 * نوری (۱۳۹۸)`): they show that a narrative citation follows, as a lead phrase does.
 * Normalized words.
 */
export const persianExampleLeads: ReadonlyArray<readonly string[]> = [
  ['برای', 'نمونه'],
  ['برای', 'مثال'],
  ['به', 'عنوان', 'نمونه'],
  ['به', 'عنوان', 'مثال'],
  ['بعنوان', 'نمونه'],
  ['بعنوان', 'مثال'],
  ['مثلا'],
  ['مثلاً'],
  ['از', 'جمله']
]

/** Phrases that, before a name, show that a narrative citation follows (`به باور والت (1987)`). */
export const persianLeadCues: readonly string[] = [
  'باور', 'عقیده', 'عقیدۀ', 'نظر', 'دیدگاه', 'گفته', 'گفتۀ', 'تعبیر', 'طبق', 'براساس', 'اساس', 'مطابق',
  'اعتقاد', 'زعم', 'پژوهش', 'مطالعه', 'تحقیق', 'کتاب', 'مقاله', 'رساله', 'نظریه', 'استدلال'
]

/**
 * Titles and honorifics printed before a Persian name (`استاد مطهری`, `علامه طباطبایی`,
 * `آیت‌الله خویی`, `دکتر حسین بشیریه`): they show that a person is named, and are not part
 * of the name. Normalized Persian; `آیت الله` and `حجت الاسلام` are two words.
 */
export const persianHonorifics: ReadonlySet<string> = new Set(
  (
    'استاد دکتر پروفسور مهندس علامه آیت‌الله آیتالله آیت‌اللّه حجت‌الاسلام حجتالاسلام امام شهید ' +
    'شیخ مرحوم حضرت آقای خانم جناب سرکار ملا میرزا'
  ).split(' ')
)

/** First words of the Persian honorifics of two words (`آیت الله`, `حجت الاسلام`), before the second. */
export const persianHonorificPairs: ReadonlyArray<readonly [string, string]> = [
  ['آیت', 'الله'],
  ['حجت', 'الاسلام']
]

/**
 * Verbs that end a clause about an event rather than a work (`ترامپ (۲۰۱۸) از برجام خارج
 * شد`, `خاتمی (۱۳۷۶) در انتخابات پیروز شد`, `… به ریاست جمهوری رسید`): after a name that
 * opens a clause with no other support, the year dates what happened to the person, and
 * the name is not read as an author. Normalized Persian, whole words.
 */
export const persianEventVerbs: ReadonlySet<string> = new Set(
  'شد شدند گردید گردیدند درگذشت درگذشتند رسید رسیدند'.split(' ')
)

/**
 * Nouns of findings: with one in its clause, `رسید` reports a result (`به نتایج مشابهی
 * رسید`), not an event. Normalized Persian, matched by their start.
 */
export const persianFindingNouns: readonly string[] = ['نتیجه', 'نتایج', 'یافته', 'جمع‌بندی', 'جمعبندی']

/**
 * Lower-case words of the names of organizations, newspapers and broadcasters
 * (`Amnesty International`, `Human Rights Watch`, `Freedom House`, `Financial Times`): a
 * Latin name holding one is not a person's, and keeps its first word in the key. Words that
 * are also surnames are left out (`Post`, `North`, `West`, `French`, `Standard`): a person
 * of that name is keyed by it. Lower-case Latin.
 */
export const latinOrganizationWords: ReadonlySet<string> = new Set(
  (
    'international national global world united new daily weekly times news press herald tribune ' +
    'journal review magazine gazette monitor observer telegraph economist chronicle ' +
    'radio television tv network channel broadcasting house watch rights human amnesty freedom ' +
    'forum institute initiative project party movement union alliance coalition company ' +
    'corporation corp inc ltd partners associates consulting capital energy oil gas petroleum ' +
    'research studies security peace development economic economics affairs relations ' +
    'middle central arab islamic republic iranian american european russian chinese british ' +
    'federal state states public foreign defense defence army navy police nations people peoples'
  ).split(' ')
)

/**
 * Common Chinese family names in pinyin: a name of two words that starts with one and goes
 * on with a pinyin given name (`Wang Jisi`, `Yan Xuetong`) is printed family name first.
 * Lower-case Latin.
 */
export const chineseFamilyNames: ReadonlySet<string> = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang ' +
    'xie song tang han feng deng cao peng zeng xiao tian dong yuan pan jiang cai du ye cheng wei su ' +
    'lu ding ren shen yao jin fu qin yan shi mao qian kong bai cui kang xue lei fan zou jia hou meng ' +
    'long wan duan qiu tao gu mo'
  ).split(' ')
)

/** Words after which a new clause, and so possibly a name, starts (`… که والت و میرشایمر (۱۳۸۶)`). */
export const persianClauseOpeners: ReadonlySet<string> = new Set(
  'که اما ولی همچنین نیز چنانکه چنان‌که زیرا چون بنابراین سپس'.split(' ')
)

/**
 * First words of corporate authors: an author that starts with one is one name even when
 * it holds `and` or `و` (`Ministry of Foreign Affairs and Trade`, `سازمان برنامه و بودجه`).
 * Lower-case Latin, normalized Persian.
 */
export const corporateHeads: ReadonlySet<string> = new Set(
  (
    'ministry department office bank council institute institution centre center organization ' +
    'organisation agency bureau commission committee association foundation fund university ' +
    'programme program federation court parliament government secretariat service society group league ' +
    'سازمان وزارت وزارتخانه مرکز بانک مجلس دفتر پژوهشکده پژوهشگاه دانشگاه موسسه مؤسسه انجمن ' +
    'شورای شورا دبیرخانه نهاد ستاد اداره کمیسیون کمیته بنیاد خبرگزاری روزنامه صندوق فرهنگستان ' +
    // Institutions of the state, which a sentence is often about (`مجلس (۱۳۹۸) تأیید کرد`).
    'دولت حکومت کابینه پارلمان کنگره قوه'
  ).split(' ')
)

/**
 * Nouns that make the name after them a place (`استان خوزستان (۱۳۹۸)`, `شهر مشهد`): a
 * Persian word after one is not a narrative author. Normalized Persian.
 */
export const persianPlaceHeads: ReadonlySet<string> = new Set(
  'استان شهر شهرستان روستا روستای بخش کشور منطقه ناحیه ایالت بندر جزیره دریای دریا رود رودخانه دشت کوه خطه'.split(' ')
)

/** Passive auxiliaries: after one, a reporting word is passive (`نوشته شد`) and reports no author. */
export const persianPassiveAuxiliaries: ReadonlySet<string> = new Set(
  'شد شده شدند می‌شود میشود می‌شوند گردید گردیده می‌گردد'.split(' ')
)

/**
 * Nouns that name a document, a plan, a programme, a survey or an event, which a year
 * after them dates or names (`(Vision 2030)`, `(Census 2016)`, `(سند ۲۰۳۰)`, `(چشم‌انداز
 * ۱۴۰۴)`): never an author by themselves. Lower-case Latin, normalized Persian. Words that
 * are also surnames are left out (`Bill`, `Congress`, `پیمان`): their citations are read.
 */
export const documentNouns: ReadonlySet<string> = new Set(
  (
    'census vision plan plans report reports document documents agenda strategy budget programme program ' +
    'horizon expo olympics survey poll polls referendum election elections treaty accord agreement ' +
    'convention protocol charter declaration constitution decree statute regulation directive ' +
    'resolution initiative roadmap framework policy doctrine summit conference yearbook index ' +
    'gdp gnp cpi hdi brexit jcpoa npt ' +
    'سند اسناد برنامه برنامهٔ قانون قوانین لایحه طرح چشم‌انداز چشم انداز چشمانداز افق گزارش سرشماری ' +
    'آمار نظرسنجی انتخابات همه‌پرسی رفراندوم معاهده توافق توافقنامه توافق‌نامه قرارداد ' +
    'کنوانسیون منشور اعلامیه بیانیه قطعنامه راهبرد استراتژی بودجه آیین‌نامه آییننامه ' +
    'بخشنامه دستورالعمل نشست اجلاس همایش کنفرانس'
  )
    .split(' ')
    .concat(['چشم انداز', 'آیین نامه', 'توافق نامه'])
)

/**
 * Events a year in brackets dates (`Islamic Revolution (1979)`, `Iran–Iraq War (1980–1988)`,
 * `(Arab uprisings, 2011)`): an author holding one of them is not read, unless it is a
 * corporate name (`International Crisis Group`). Words that are also surnames are left out
 * (`Spring`, `Battle`, `Peace`, `Storm`). Lower-case Latin.
 */
export const eventNouns: ReadonlySet<string> = new Set(
  (
    'revolution revolutions war wars crisis crises coup uprising uprisings invasion occupation intifada ' +
    'massacre genocide earthquake hurricane typhoon cyclone pandemic epidemic sanctions embargo ' +
    'bombing bombings ceasefire truce attacks protests riots'
  ).split(' ')
)

/**
 * Words that start the proper name of an event or a place, before the word naming it
 * (`Hurricane Katrina`, `Operation Ajax`, `Battle of Chaldiran`, `Peace of Westphalia`,
 * `Province of Khuzestan`): an author of several words that starts with one is not read.
 * Lower-case Latin.
 */
export const eventOrPlaceLeads: ReadonlySet<string> = new Set(
  'hurricane typhoon cyclone operation battle siege peace treaty war province city county district region governorate village island'.split(' ')
)

/**
 * Nouns that end the name of a place (`Khuzestan Province`, `Kerman Region`) or start it
 * in Persian (`استان خوزستان`, `شهر مشهد`): such an author is a place. Lower-case Latin,
 * normalized Persian.
 */
export const placeHeads: ReadonlySet<string> = new Set(
  'province provinces city county district region governorate village island valley استان شهر شهرستان روستای روستا منطقه'.split(' ')
)

/** Month names, which are also surnames (`March and Olsen`, `May`). Lower-case Latin. */
export const latinMonths: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(' ')
)

/**
 * Countries, regions and capitals that a year in brackets after them dates (`(Iran,
 * 2019)`, `(ایران، ۱۳۹۸)`, `elections in Iran (2019)`): an author that is one of them alone
 * is not read. Names that are also surnames are left out (`Israel`, `Jordan`, `Chad`,
 * `Georgia`, `France`, `England`, `Holland`, `Washington`): citations of those authors
 * are read. Lower-case Latin, normalized Persian.
 */
export const placeNames: ReadonlySet<string> = new Set(
  [
    'iran', 'iraq', 'afghanistan', 'pakistan', 'india', 'china', 'russia', 'turkey', 'türkiye', 'syria',
    'lebanon', 'egypt', 'saudi arabia', 'yemen', 'qatar', 'kuwait', 'bahrain', 'oman', 'uae', 'germany',
    'italy', 'spain', 'japan', 'korea', 'south korea', 'north korea', 'brazil', 'canada', 'mexico',
    'ukraine', 'armenia', 'azerbaijan', 'kazakhstan', 'uzbekistan', 'tajikistan', 'turkmenistan',
    'kyrgyzstan', 'belarus', 'europe', 'asia', 'africa', 'eurasia', 'america', 'usa', 'us', 'u.s.', 'uk',
    'britain', 'great britain', 'united states', 'united kingdom', 'soviet union', 'ussr', 'tehran',
    'moscow', 'beijing', 'ankara', 'baghdad', 'kabul', 'middle east', 'persian gulf',
    'ایران', 'عراق', 'افغانستان', 'پاکستان', 'هند', 'هندوستان', 'چین', 'روسیه', 'ترکیه', 'سوریه', 'لبنان',
    'مصر', 'عربستان', 'عربستان سعودی', 'یمن', 'قطر', 'کویت', 'بحرین', 'عمان', 'امارات', 'آلمان',
    'فرانسه', 'انگلیس', 'انگلستان', 'بریتانیا', 'آمریکا', 'امریکا', 'ایالات متحده', 'ژاپن', 'کره',
    'ایتالیا', 'اسپانیا', 'برزیل', 'کانادا', 'مکزیک', 'اوکراین', 'ارمنستان', 'آذربایجان',
    'جمهوری آذربایجان', 'قزاقستان', 'ازبکستان', 'تاجیکستان', 'ترکمنستان', 'قرقیزستان', 'بلاروس',
    'اروپا', 'آسیا', 'آفریقا', 'اوراسیا', 'شوروی', 'اتحاد شوروی', 'تهران', 'مسکو', 'پکن', 'آنکارا',
    'بغداد', 'کابل', 'خاورمیانه', 'خلیج فارس',
    // Regions around Iran, and Iran's provinces and larger cities, which articles of Iranian
    // journals date data by (`(Khuzestan, 2019)`, `(اصفهان، ۱۳۹۷)`). Surnames are formed from
    // them with -i (`Tabrizi`, `اصفهانی`), not the place alone; places whose names are also
    // authors are left out: `Fars` (a news agency), `Sari`, `Kish` (surnames).
    'caucasus', 'south caucasus', 'central asia', 'levant', 'balkans', 'maghreb', 'sahel',
    'قفقاز', 'قفقاز جنوبی', 'آسیای مرکزی', 'شامات', 'بالکان',
    'khuzestan', 'khorasan', 'razavi khorasan', 'mazandaran', 'gilan', 'golestan', 'isfahan', 'esfahan',
    'kerman', 'kermanshah', 'hormozgan', 'bushehr', 'ilam', 'lorestan', 'kurdistan', 'hamadan',
    'zanjan', 'qazvin', 'ardabil', 'semnan', 'yazd', 'qom', 'alborz', 'sistan', 'baluchestan',
    'sistan and baluchestan', 'mashhad', 'shiraz', 'tabriz', 'ahvaz', 'karaj', 'urmia', 'rasht',
    'zahedan', 'arak', 'sanandaj', 'khorramabad', 'gorgan', 'birjand', 'bojnurd', 'yasuj',
    'shahrekord', 'abadan', 'khorramshahr', 'bandar abbas', 'chabahar',
    'خوزستان', 'خراسان', 'خراسان رضوی', 'مازندران', 'گیلان', 'اصفهان', 'کرمان', 'کرمانشاه',
    'هرمزگان', 'بوشهر', 'ایلام', 'لرستان', 'کردستان', 'همدان', 'زنجان', 'قزوین', 'اردبیل',
    'سمنان', 'یزد', 'قم', 'البرز', 'سیستان', 'بلوچستان', 'سیستان و بلوچستان', 'مشهد', 'شیراز',
    'تبریز', 'اهواز', 'کرج', 'ارومیه', 'رشت', 'زاهدان', 'اراک', 'سنندج', 'خرم‌آباد', 'خرم آباد',
    'گرگان', 'بیرجند', 'بجنورد', 'یاسوج', 'شهرکرد', 'آبادان', 'خرمشهر', 'بندرعباس',
    'بندر عباس', 'چابهار'
  ]
)
