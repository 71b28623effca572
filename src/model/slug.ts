/**
 * A slug for a text, as ids are written: lower-case ASCII letters and digits joined by single
 * dashes, Vietnamese marks dropped and đ read as d ("Trường Chính trị tỉnh Nghệ An" →
 * "truong-chinh-tri-tinh-nghe-an").
 */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
