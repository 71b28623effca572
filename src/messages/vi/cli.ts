import { formatNumber } from '../number-format.js';
import { excerpt } from '../../model/excerpt.js';
import { count } from '../words.js';
import type { CatalogueOf } from '../types.js';
import { type cli as en, entryName, inParentheses } from '../en/cli.js';

/** ", có phải ý bạn là…" after an unknown key, else the keys it may be. */
function unknownKeyHint(d: { readonly hint?: string; readonly allowed: readonly string[] }) {
  return d.hint !== undefined
    ? `; có phải ý bạn là "${d.hint}"?`
    : ` (các tùy chọn hợp lệ: ${d.allowed.join(', ')})`;
}

/** Vietnamese: the messages of the command line (`cli.…`) and of the baseline gate (`gate.…`). */
export const cli: CatalogueOf<typeof en> = {
  'cli.lines': (d, say) => d.lines.map(say).join('\n'),
  'cli.warning': (d, say) => `cảnh báo: ${say(d.warning)}`,

  'cli.format.no-file': (d) => `--format ${d.spec}: thiếu tên tệp sau "="`,
  'cli.format.unknown': (d) =>
    `không có định dạng "${d.name}"; các định dạng: ${d.names.join(', ')}`,
  'cli.format.binary-terminal': (d) =>
    `--format ${d.format} tạo ra một tệp nhị phân, không in ra màn hình được: hãy chỉ định tệp (-o bao-cao.${d.extension}) hoặc chuyển đầu ra sang lệnh khác`,
  'cli.outputs.one-stdout': (d) =>
    `chỉ một báo cáo được in ra đầu ra chuẩn, không thể cả ${d.formats.join(' và ')}; hãy cho các báo cáo kia một tệp (--format tên=tệp hoặc -o tệp)`,
  'cli.outputs.same-file': (d) => `${d.file} được chỉ định cho hai báo cáo`,
  'cli.outputs.one-file': (d) =>
    `${d.first} và ${d.file} là cùng một tệp, được chỉ định cho hai báo cáo`,
  'cli.validate.format-refused': (d) =>
    `lệnh validate chỉ ghi ra văn bản hoặc JSON, không ghi được ${d.format}${inParentheses(d.file)}; báo cáo ${d.format} do lệnh analyze ghi`,
  'cli.baseline.needs-file': (d) =>
    `${d.flag} cần một tệp baseline: --baseline TỆP, hoặc baseline: trong tệp cấu hình`,

  'cli.load.no-yaml-files': 'không tìm thấy tệp YAML nào',
  'cli.load.no-yaml-in': (d) =>
    `không có tệp YAML nào trong "${d.path}" (hoặc mọi tệp đều bị bỏ qua)`,
  'cli.load.no-yaml-match': (d) => `không có tệp YAML nào khớp với "${d.path}"`,
  'cli.load.no-such-path': (d) => `không có tệp hay thư mục "${d.path}"`,
  'cli.load.ignore-unused': (d) =>
    `--ignore "${d.glob}" không loại trừ tệp nào (mẫu được so với đường dẫn bên trong thư mục đang đọc)`,

  'cli.write.cannot-write': (d, say) => `không ghi được ${d.path}: ${say(d.reason)}`,
  'cli.write.stdout-failed': (d, say) => `không ghi được báo cáo ra đầu ra chuẩn: ${say(d.reason)}`,
  'cli.write.folder': (d) => `thư mục ${d.path}`,
  'cli.write.not-a-folder': (d) => `${d.path} không phải thư mục`,
  'cli.write.symbolic-link': 'là liên kết tượng trưng; hãy cho tệp thật',
  'cli.write.is-folder': 'là một thư mục; hãy cho tên tệp',
  'cli.write.special-file': (d, say) => `là ${say(d.kind)}, không phải tệp thông thường`,
  'cli.write.input-file': 'là một tệp đầu vào; hãy chọn tệp khác để ghi báo cáo',
  'cli.write.read-only': 'chỉ cho đọc',
  'cli.write.run-file': (d, say) =>
    `đó là ${say(d.what)} của lần chạy này; hãy chọn tệp khác để ghi báo cáo`,
  'cli.run-file.baseline': 'tệp baseline',
  'cli.run-file.config': 'tệp cấu hình',
  'cli.path.names-folder': 'là tên thư mục; hãy cho tên tệp',

  'cli.write-error': (d, say) =>
    `${d.subject === undefined ? '' : `${say(d.subject)} `}${say(d.reason)} (${d.code})`,
  'cli.write-error.enoent': 'không tồn tại',
  'cli.write-error.enotdir': 'một phần của đường dẫn là tệp, không phải thư mục',
  'cli.write-error.eacces': 'không có quyền ghi',
  'cli.write-error.eperm': 'thao tác không được phép',
  'cli.write-error.erofs': 'hệ thống tệp chỉ cho đọc',
  'cli.write-error.enospc': 'hết chỗ trên đĩa',
  'cli.write-error.edquot': 'vượt hạn mức đĩa',
  'cli.write-error.eisdir': 'là một thư mục',
  'cli.write-error.enametoolong': 'tên tệp quá dài',
  'cli.write-error.eexist': 'đã có một tệp tạm cùng tên',

  'cli.config.not-found': (d) => `không tìm thấy tệp cấu hình ${d.file}`,
  'cli.config.two-files': (d) =>
    `có hai tệp cấu hình trong cùng một thư mục: ${d.a} và ${d.b}; hãy giữ lại một tệp`,
  'cli.config.ignored': (d, say) =>
    `bỏ qua tệp cấu hình ${d.file}: ${say(d.reason)}; muốn dùng tệp này, hãy ghi --config ${d.file}`,
  'cli.config.symbolic-link': (d) =>
    `tệp cấu hình ${d.file} là một liên kết tượng trưng: không đọc (hãy ghi chính tệp mà nó trỏ tới bằng --config)`,
  'cli.config.invalid': (d) => `tệp cấu hình ${d.file} không hợp lệ`,
  'cli.config.other-owner': (d) => `tệp thuộc về người dùng khác (uid ${String(d.uid)})`,
  'cli.config.folder-writable': 'thư mục chứa nó cho mọi người ghi mà không có sticky bit',
  /** The config file, as the reader's and the schema's messages name it. */
  'cli.config.what': 'một tệp cấu hình',
  'cli.config.whole': 'tệp cấu hình',
  'cli.baseline.what': 'một tệp baseline',
  'cli.config.not-a-mapping': (d, say) =>
    `tệp cấu hình phải là một ánh xạ (khóa: giá trị) các tùy chọn, ${say(d.given)}`,
  'cli.config.beside-reports': (d) =>
    `không dùng \`${d.key}\` cùng với \`reports\`: hãy dùng \`reports\` hoặc \`format\`/\`output\`, không dùng cả hai`,
  'cli.config.fixed-rule': (d) =>
    `không thể đổi mức độ của quy tắc "${d.rule}": quy tắc này báo đầu vào không đọc được hoặc sai định dạng, nên tài liệu đó bị bỏ khỏi phân tích`,
  'cli.config.unknown-rule': (d) =>
    `quy tắc không xác định "${d.rule}"${d.hint === undefined ? '' : `; có phải ý bạn là "${d.hint}"?`}`,
  'cli.config.unknown-option': (d) =>
    `tùy chọn không xác định ${excerpt(d.key)}${unknownKeyHint(d)}`,
  'cli.config.unknown-property': (d) =>
    `thuộc tính không xác định ${excerpt(d.key)} trong ${d.where}${unknownKeyHint(d)}`,
  'cli.config.unsafe-path': (d, say) => `${d.name} ${excerpt(d.path)}: ${say(d.problem)}`,
  'cli.config.path-absolute': 'phải là đường dẫn tương đối, tính từ thư mục của tệp cấu hình',
  'cli.config.path-climbs': 'không được đi ra ngoài thư mục của tệp cấu hình ("..")',
  'cli.config.path-hidden': (d) =>
    `không được trỏ vào tệp hay thư mục ẩn (${excerpt(d.name)}), nơi git và các công cụ khác giữ tệp của mình`,
  'cli.config.path-link-out':
    'đi qua một liên kết tượng trưng ra ngoài thư mục của tệp cấu hình hoặc vào một thư mục ẩn',

  'cli.baseline.not-found': (d) =>
    `không tìm thấy tệp baseline ${d.file}; tạo tệp này bằng --update-baseline`,
  'cli.baseline.invalid': (d) =>
    `tệp baseline ${d.file} không hợp lệ; hãy sửa hoặc ghi lại tệp bằng --update-baseline`,
  'cli.baseline.invalid-kept': (d) =>
    `tệp baseline ${d.file} không hợp lệ nên không được ghi đè; hãy sửa tệp (có xung đột khi gộp nhánh?), hoặc xóa tệp nếu muốn ghi một baseline mới`,
  'cli.baseline.not-json':
    'tệp không phải JSON hợp lệ (dấu phẩy thừa, chú thích hay dấu nháy đơn?); tệp baseline là JSON',
  'cli.baseline.not-written': (d) =>
    `không ${d.update ? 'cập nhật' : 'dọn'} tệp baseline ${d.path}: ${formatNumber(d.files, 'vi')} tệp đầu vào có lỗi (xem bên dưới), và một baseline ghi lúc này sẽ làm mất các phát hiện của chúng; hãy sửa các tệp đó rồi chạy lại`,

  'gate.baseline.not-an-object':
    'tệp baseline phải là một đối tượng JSON có `version` và `entries`',
  'gate.baseline.unknown-property': (d) => `thuộc tính không xác định ${excerpt(d.key)}`,
  'gate.baseline.newer-version': (d) =>
    `tệp baseline phiên bản ${String(d.version)} do một phiên bản curriculum-dedup mới hơn ghi; hãy nâng cấp công cụ`,
  'gate.baseline.version': (d) => `\`version\` phải là ${String(d.version)}`,
  'gate.baseline.entries-not-a-list': '`entries` phải là một danh sách',
  'gate.baseline.entry-not-an-object': (d) => `${entryName(d.index)} phải là một đối tượng`,
  'gate.baseline.entry-unknown-property': (d) =>
    `thuộc tính không xác định ${excerpt(d.key)} trong ${entryName(d.index)}`,
  'gate.baseline.entry-missing': (d) =>
    `${entryName(d.index)} thiếu thuộc tính bắt buộc "${d.property}"`,
  'gate.baseline.about-or-file': (d) =>
    `${entryName(d.index)} phải có đúng một trong hai thuộc tính \`about\` hoặc \`file\``,
  'gate.baseline.field': (d, say) => `${entryName(d.index)}.${d.field} ${say(d.problem)}`,
  'gate.baseline.field.rule-id': 'phải là mã một quy tắc',
  'gate.baseline.field.unknown-rule': (d) =>
    `${excerpt(d.rule)} không phải mã của quy tắc nào (xem docs/rules)`,
  'gate.baseline.field.text': 'phải là một chuỗi văn bản',
  'gate.baseline.field.count': 'phải là một số nguyên từ 1 trở lên',
  'gate.baseline.field.fingerprint': 'phải là 64 chữ số thập lục phân (sha256)',
  'gate.baseline.field.about': 'phải là một danh sách khóa không rỗng',
  'gate.baseline.field.file': 'phải là một đường dẫn tệp',
  'gate.baseline.stale': (d) =>
    `Mục trong tệp baseline không còn xuất hiện: ${d.rule} (${d.what}), ghi nhận ${count(d.count, 'noun.time', 'vi')}; ` +
    'chạy lại với --prune-baseline để xóa mục này.',
  'gate.baseline.changed': (d) =>
    `Phát hiện ghi trong baseline nay đã khác: ${d.rule} (${d.what}), ghi nhận ${count(d.count, 'noun.time', 'vi')}, vẫn còn xuất hiện nhưng nội dung liên quan đã thay đổi; ` +
    'hãy xem lại, rồi chạy lại với --update-baseline để chấp nhận nội dung mới.',
  'cli.init.exists': (d) =>
    `init không ghi đè lên tệp đã có, mà các tệp này đã có: ${d.files.join(', ')}; hãy chạy init trong một thư mục trống`,
  'cli.init.made': (d) =>
    [
      `Đã tạo kho chương trình trong ${d.folder}:`,
      ...d.files.map((f) => `  ${f}`),
      'Tệp baseline ghi lại các phát hiện hiện có của kho ví dụ (các bậc chưa có chương trình, các vị trí việc làm chưa có lộ trình).',
      'Tiếp theo: sửa framework.yaml, đưa các chương trình của đơn vị vào thư mục programmes/, rồi chạy',
      '  curriculum-dedup validate',
      '  curriculum-dedup analyze',
    ].join('\n'),
  'cli.init.check-failed': (d) =>
    `kho vừa tạo không vượt qua chính phép kiểm tra của nó (mã thoát ${d.code}): xin báo lỗi này`,
};
