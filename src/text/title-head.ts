import { readableText } from './normalize.js';

/**
 * A Vietnamese title's head and the rest. Vietnamese puts the head first: what follows
 * "trong", "ở", "tại", "đối với", "của", a colon or an opening parenthesis usually frames
 * the title ("Xây dựng văn hóa | trong thời kỳ quá độ lên chủ nghĩa xã
 * hội"), where the same phrase at the head of another title is its subject ("Quá độ lên chủ
 * nghĩa xã hội | ở Việt Nam: lý luận và thực tiễn"). A leading label ("Chuyên đề 3:",
 * "Bài 3.", "Phần II -") is neither: the head starts after it.
 */
export interface TitleParts {
  /** What the title is about: from after a leading label to the first frame marker. */
  readonly head: string;
  /** The label and the frame: everything else, in order ("" when there is none). */
  readonly rest: string;
}

/** A leading label: a unit word with or without a number, then `:`, `.` or a dash. */
const label =
  /^\s*(?:báo cáo chuyên đề|chuyên đề|bài|phần|chương|học phần|mô-?đun|module|tiết)(?:\s+(?:số\s+)?[0-9ivxlc]+)?\s*[:.–-]\s*/iu;

/**
 * Where the frame may start: a marker after at least one word of the head. A spaced dash is
 * none: in these titles it joins a compound ("kinh tế - xã hội", "quốc phòng - an ninh",
 * "Mác - Lênin") far more often than it starts a frame. `của` and `đối
 * với` inside a head's own phrase ("Đường lối đối ngoại của Đảng") frame it as well.
 */
const marker = /\s(?:trong|ở|tại|đối với|của)\s|\s*:\s*|\s*\(/giu;

/**
 * Heads that say nothing of a subject ("Những vấn đề cơ bản của tư tưởng Hồ Chí Minh"): the
 * head runs on past the marker that follows them.
 */
const emptyHead =
  /^(?:(?:những|một số)\s+)?(?:vấn đề|nội dung|kiến thức|nguyên lý)(?:\s+(?:cơ bản|chung|chủ yếu))?$|^(?:tổng quan|khái quát|đại cương|chuyên đề tự chọn)$/iu;

export function titleParts(written: string): TitleParts {
  // Markers are matched on the text as it reads: NFD "ở" is "ở".
  const title = readableText(written);
  // Labels may stack ("Chuyên đề: Báo cáo chuyên đề: …", a copy's label on its original's).
  let start = 0;
  for (let labelled = label.exec(title); labelled; labelled = label.exec(title.slice(start)))
    start += labelled[0].length;
  const body = title.slice(start);
  let cut = body.length;
  for (const found of body.matchAll(marker)) {
    const head = body.slice(0, found.index).trim();
    // A marker at the very start frames nothing; an empty head runs on.
    if (!/\p{L}/u.test(head) || emptyHead.test(head)) continue;
    cut = found.index;
    break;
  }
  return {
    head: body.slice(0, cut),
    rest: `${title.slice(0, start)} ${body.slice(cut)}`.trim(),
  };
}
