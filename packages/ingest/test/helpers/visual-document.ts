/**
 * A small document in visual order: the first lines are in reading order and teach the word
 * pairs; the others print their runs reversed, as a PDF extractor writes a right-to-left line.
 * Shared by the run-order tests.
 */
export const visualDocument: readonly string[] = [
  'کشورها باید به خود متکی باشند و امنیت خود را تأمین کنند.',
  'دولت‌ها برای تأمین امنیت به خود متکی هستند و منافع خود را دنبال می‌کنند.',
  '.کنند   امنیت خود را تأمین    و    کشورها باید به خود متکی باشند',
  '.هستند   متکی    دولت‌ها برای تأمین امنیت به خود',
  '.کنند   منافع خود را دنبال می    در این شرایط کشورها'
]
