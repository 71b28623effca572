import { defineRules } from './legacy-rules.js';

/** Problems with a file before its content can be read as a curriculum document. */
export const inputRules = defineRules({
  'input-encoding': {
    severity: 'error',
    title: { vi: 'Tệp không phải văn bản đọc được', en: 'File is not readable text' },
    summary: {
      vi: 'Tệp không phải văn bản đọc được: UTF-8 không hợp lệ, UTF-16, tệp nhị phân hoặc tệp quá lớn.',
      en: 'A file is not readable text: invalid UTF-8, UTF-16, a binary file, or too large.',
    },
  },
  'unreadable-file': {
    severity: 'error',
    title: { vi: 'Không đọc được tệp', en: 'File cannot be read' },
    summary: {
      vi: 'Không đọc được tệp: không có quyền đọc, không phải tệp thường (FIFO, thiết bị, socket), liên kết tượng trưng bị hỏng hoặc trỏ ra ngoài thư mục đang đọc.',
      en: 'A file cannot be read: permission denied, not a regular file (FIFO, device, socket), a broken symbolic link, or a link that leads outside the folder being read.',
    },
  },
  'yaml-syntax': {
    severity: 'error',
    title: { vi: 'Lỗi cú pháp YAML', en: 'YAML syntax error' },
    summary: {
      vi: 'Tệp không phải YAML hợp lệ và an toàn: lỗi cú pháp, khóa trùng, quá nhiều bí danh (alias) hoặc lồng quá sâu, khóa bị cấm.',
      en: 'A file is not safe, well-formed YAML: syntax errors, duplicate keys, excessive aliases or nesting, reserved keys.',
    },
  },
  'long-word': {
    severity: 'error',
    title: { vi: 'Từ dài bất thường', en: 'Overlong word' },
    summary: {
      vi: 'Văn bản có một "từ" (chuỗi không có dấu cách) dài hơn 1.000 ký tự: không từ hay địa chỉ web thật nào dài như vậy, và phân tích văn bản chỉ nhanh dưới giới hạn này.',
      en: 'A text holds a "word" (a run without spaces) of more than 1,000 characters: no real word or web address is that long, and text analysis stays fast only below the limit.',
    },
  },
  'not-curriculum': {
    severity: 'warning',
    title: { vi: 'Không phải tệp chương trình', en: 'Not a curriculum file' },
    summary: {
      vi: 'Tệp YAML không có `kind` (hoặc rỗng) nên không phải tệp chương trình đào tạo và được bỏ qua.',
      en: 'A YAML file has no `kind` (or is empty), so it is not a curriculum file and is skipped.',
    },
  },
});
