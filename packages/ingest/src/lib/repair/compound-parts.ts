/**
 * Second parts of productive compounds (`واقع‌گرایانه`, `امنیت‌سازی`, `تصمیم‌گیری`, `شرق‌محور`):
 * bound morphemes written after a ZWNJ when the first part ends in a joining letter and attached
 * after a non-joining one. The lexicon seldom knows every compound they make, so the ZWNJ step
 * writes the ZWNJ before them and run order binds them, printed apart, to the word before.
 */
export const compoundSecondParts: ReadonlySet<string> = new Set([
  'گرا', 'گرایی', 'گرایان', 'گرایانه', 'گرایانۀ', 'سازی', 'سازان', 'مند', 'مندی', 'مندان', 'پذیر', 'پذیری', 'ناپذیر',
  'گیری', 'گیرنده', 'گیرندگان', 'شناسی', 'شناسان', 'برانگیز', 'انگیز', 'بندی', 'پردازی', 'پردازان', 'طلبی', 'طلبانه',
  'مداران', 'مداری', 'گذاری'
])
