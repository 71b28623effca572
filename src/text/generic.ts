import { normalizeText } from './normalize.js';
import { stemEnglish } from './stem.js';

/** Function words: generic, and never the edge of an explanation. */
const vietnameseFunctionWords = [
  'và',
  'của',
  'các',
  'những',
  'về',
  'trong',
  'với',
  'cho',
  'theo',
  'là',
  'có',
  'được',
  'để',
  'từ',
  'tại',
  'này',
  'đó',
  'một',
  'ở',
  'đối',
];
const englishFunctionWords = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'for',
  'a',
  'an',
  'on',
  'with',
  'its',
  'their',
  'is',
  'are',
  'as',
  'by',
  'from',
  'or',
  'at',
  'be',
  'this',
  'that',
];
const functionWordList = [...vietnameseFunctionWords, ...englishFunctionWords];

/**
 * Words and phrases every curriculum repeats. IDF already down-weights what is frequent in the
 * corpus being analysed; this list adds what is generic in any corpus, so a small repository
 * (where even "kỹ năng" may be rare) does not mistake it for content. A pair of modules that
 * shares only generic terms never overlaps.
 */
const genericPhrases = [
  ...functionWordList,
  'kỹ năng',
  'khái niệm',
  'vai trò',
  'đặc điểm',
  'phân loại',
  'ý nghĩa',
  'thực trạng',
  'giải pháp',
  'nguyên tắc',
  'kinh nghiệm',
  'yêu cầu',
  'nhiệm vụ',
  'chức năng',
  'kiến thức',
  'quản lý',
  'lãnh đạo',
  'những vấn đề',
  'vấn đề',
  'cơ bản',
  'những vấn đề cơ bản',
  'một số',
  'tổng quan',
  'giới thiệu',
  'nhập môn',
  'đại cương',
  'nâng cao',
  'chuyên đề',
  'học phần',
  'nội dung',
  'mục tiêu',
  'người học',
  'học viên',
  'trình bày',
  'nắm được',
  'hiểu được',
  'vận dụng',
  'phân tích',
  'nghiên cứu',
  'thực hiện',
  'công tác',
  'hoạt động',
  'thực tiễn',
  'lý luận',
  'phương pháp',
  'phần',
  'chương',
  'bài',
  'đối với',
  'introduction',
  'introduction to',
  'basic',
  'basics',
  'fundamentals',
  'principles',
  'overview',
  'advanced',
  'topics',
  'special topics',
  'skills',
  'knowledge',
  'management',
  'course',
  'module',
  'students',
  'student',
  'subject',
  'covers',
  'emphasis',
  'including',
  'methods',
];

export interface GenericTerms {
  /** Normalised unigram and bigram keys (bigram keys are two keys joined by a space). */
  readonly keys: ReadonlySet<string>;
}

let cached: GenericTerms | undefined;

/** The generic terms as feature keys, both as written and as English stems. */
export function genericTerms(): GenericTerms {
  if (cached) return cached;
  const stem = stemEnglish;
  const keys = new Set<string>();
  for (const phrase of genericPhrases) {
    const words = normalizeText(phrase).split(' ');
    for (const w of words) keys.add(w);
    for (const w of words) keys.add(stem(w));
    words.slice(1).forEach((next, i) => {
      const word = words[i] ?? '';
      keys.add(`${word} ${next}`);
      keys.add(`${stem(word)} ${stem(next)}`);
    });
  }
  cached = { keys };
  return cached;
}

/**
 * Function words: never the edge of an explanation ("của quản lý" reads as "quản lý"), where
 * generic content words ("quản lý", "kỹ năng") may stand inside a shared phrase.
 */
export const functionWords: ReadonlySet<string> = new Set(
  functionWordList.map((w) => normalizeText(w)),
);

const functionWordsByLanguage = {
  vi: new Set(vietnameseFunctionWords.map((w) => normalizeText(w))),
  // English keys are stemmed ("this" is read as "thi").
  en: new Set(
    englishFunctionWords.flatMap((w) => [normalizeText(w), stemEnglish(normalizeText(w))]),
  ),
};

/**
 * The function words of one language: an explanation of Vietnamese text keeps "an" of "an
 * ninh" and "to" of "to lớn", which are English function words but Vietnamese content.
 */
export function functionWordsOf(english: boolean): ReadonlySet<string> {
  return english ? functionWordsByLanguage.en : functionWordsByLanguage.vi;
}
