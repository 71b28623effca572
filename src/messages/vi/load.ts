import { formatNumber } from '../number-format.js';
import { hoursNoun, nounForm } from '../words.js';
import { type Named, type load as en, hexByte, limitText, mib } from '../en/load.js';
import type { CatalogueOf, Message, Say } from '../types.js';

const theDocument: Message = { id: 'load.schema.document' };
const name = (d: Named, say: Say) => d.path || say(d.whole ?? theDocument);
const limit = (x: number | string) => limitText(x, 'vi');
const didYouMean = (hint: string | undefined) => (hint ? `; có phải ý bạn là "${hint}"?` : '');

/** A JSON Schema type by the name its reader knows ("một danh sách", not "array"). */
const typeNames: Readonly<Record<string, string>> = {
  object: 'một ánh xạ (khóa: giá trị)',
  array: 'một danh sách',
  string: 'một văn bản',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'true hoặc false',
  null: 'để trống',
};
const typeName = (type: string) => (Object.hasOwn(typeNames, type) ? typeNames[type] : type);

/** Vietnamese: what reading, parsing and checking curriculum files finds wrong. */
export const load: CatalogueOf<typeof en> = {
  'load.verbatim': (d) => d.text,

  'load.read.not-regular': (d, say) =>
    `đây là ${say(d.kind)}, không phải tệp thông thường: không đọc`,
  'load.read.too-large': (d, say) =>
    `tệp lớn hơn giới hạn ${mib(d.limit, 'vi')} của ${say(d.what)}`,
  'load.read.what.curriculum-file': 'một tệp chương trình đào tạo',
  'load.read.unreadable': (d, say) => `không đọc được: ${say(d.why)}`,
  'load.read.utf16': 'văn bản UTF-16; hãy lưu tệp ở dạng UTF-8',
  'load.read.binary': 'tệp nhị phân (có byte NUL), không phải văn bản YAML',
  'load.read.invalid-utf8': (d) =>
    `UTF-8 không hợp lệ (byte 0x${hexByte(d.byte)}); hãy lưu tệp ở dạng UTF-8`,
  'load.read.kind.folder': 'một thư mục',
  'load.read.kind.fifo': 'một FIFO (đường ống có tên)',
  'load.read.kind.device': 'một thiết bị',
  'load.read.kind.socket': 'một socket',
  'load.read.kind.special': 'một tệp đặc biệt',
  'load.system.eacces': 'không có quyền đọc (EACCES)',
  'load.system.eperm': 'thao tác không được phép (EPERM)',
  'load.system.enoent': 'tệp không còn tồn tại (ENOENT)',
  'load.system.eloop': 'quá nhiều liên kết tượng trưng (ELOOP)',
  'load.system.eio': 'lỗi vào/ra (EIO)',
  'load.system.enxio': 'thiết bị không tồn tại (ENXIO)',
  'load.system.eisdir': 'đó là một thư mục (EISDIR)',

  'load.discover.broken-link': 'liên kết tượng trưng bị hỏng: đích của nó không tồn tại',
  'load.discover.link-outside':
    'liên kết tượng trưng trỏ tới một tệp nằm ngoài thư mục đang đọc: không đọc (muốn đọc tệp đó, hãy ghi chính tên tệp)',
  'load.discover.link-hidden':
    'liên kết tượng trưng trỏ tới một tệp ẩn hoặc nằm trong thư mục ẩn (như .git): không đọc (muốn đọc tệp đó, hãy ghi chính tên tệp)',
  'load.folder-unreadable': (d, say) =>
    `thư mục không đọc được: ${say(d.why)}; các tệp trong đó chưa được kiểm tra`,

  'load.file.empty': 'tệp rỗng: bỏ qua (không phải tệp chương trình đào tạo)',
  'load.file.no-kind': 'không có khóa `kind`: bỏ qua (không phải tệp chương trình đào tạo)',
  'load.file.kind-not-scalar': (d) =>
    `kind phải là ${d.kinds.map((k) => `"${k}"`).join(' hoặc ')}, không phải ${typeName(d.type)}`,
  'load.file.unknown-kind': (d) =>
    `loại tài liệu "${d.kind}" không hợp lệ; kind phải là ${d.kinds.map((k) => `"${k}"`).join(' hoặc ')}${d.hint ? ` (có phải ý bạn là "${d.hint}"?)` : ''}`,
  'load.long-word': (d) =>
    `${d.path} có một từ dài hơn ${formatNumber(d.max, 'vi')} ký tự ("${d.word}…"); hãy thêm dấu cách giữa các từ`,

  'load.yaml.expected-module-item': 'cần một mục của danh sách `modules`',
  'load.yaml.unclosed-quote': (d) => `dấu ${d.quote} mở đầu văn bản ở đây nhưng không có dấu đóng`,
  'load.yaml.unclosed-bracket': (d) => `dấu "${d.bracket}" này không có dấu đóng`,
  'load.yaml.too-many-aliases': (d) =>
    `các bí danh (alias) bung ra hơn ${d.max} bản sao; một tệp chương trình không bao giờ cần đến vậy`,
  'load.yaml.unknown-alias': (d) =>
    `bí danh không xác định (phải đặt neo & trước khi dùng bí danh *): ${d.alias}`,
  'load.yaml.too-deep': (d) => `lồng sâu hơn ${d.max} cấp`,
  'load.yaml.too-many-keys': (d) =>
    `một ánh xạ có hơn ${formatNumber(d.max, 'vi')} khóa; không tài liệu chương trình nào cần đến vậy`,
  'load.yaml.complex-key': 'khóa phải là văn bản thường, không phải danh sách hay ánh xạ',
  'load.yaml.proto-key': 'không được dùng khóa "__proto__"',
  'load.yaml.alias-cycle': (d) =>
    `bí danh *${d.alias} nằm bên trong chính giá trị mà nó trỏ tới (&${d.alias}): một vòng lặp`,

  'load.yaml.dash-missing': (d) =>
    `dòng ${d.line}: có lẽ thiếu "- " ở đầu một mục mới của danh sách; hãy viết "${d.fix}"`,
  'load.yaml.indentation': (d) => {
    const spaces = (n: number) => `${n} dấu cách`;
    const siblings = d.list ? 'các mục cùng cấp của danh sách' : 'các khóa cùng cấp';
    const fix =
      d.expected === 0
        ? `${siblings} không thụt lề; hãy bỏ thụt lề trước "${d.what}"`
        : `${siblings} thụt ${d.expected}; hãy thụt "${d.what}" đúng ${spaces(d.expected)}`;
    return `dòng ${d.line}: thụt lề ${spaces(d.indent)}, ${fix}`;
  },
  'load.yaml.unquoted-colon': (d) =>
    `giá trị có chứa ": " (dấu hai chấm rồi dấu cách) phải được đặt trong dấu ngoặc kép; hãy viết lại thành ${d.fix}`,
  'load.yaml.duplicate-key': (d) => `khóa ${d.key} bị lặp lại`,
  'load.yaml.duplicate-key-unnamed': 'khóa bị lặp lại',
  'load.yaml.multiple-documents':
    'mỗi tệp chương trình chỉ chứa một tài liệu YAML; tệp này có nhiều tài liệu (---)',
  'load.yaml.tag-mismatch': (d) => `giá trị không khớp với thẻ !!${d.tag}`,
  'load.yaml.unsupported-tag': (d) => `thẻ không được hỗ trợ: ${d.tag}`,
  'load.yaml.too-deep-to-read': () => 'lồng quá sâu',
  'load.yaml.parser': (d) => parserError(d.code, d.text),

  'load.schema.document': 'tài liệu',
  'load.schema.required': (d, say) => `${name(d, say)} thiếu khóa bắt buộc "${d.key}"`,
  'load.schema.unknown-property': (d, say) =>
    `${name(d, say)} có khóa lạ "${d.key}"${d.hint ? didYouMean(d.hint) : ` (các khóa được phép: ${d.allowed.join(', ')})`}`,
  'load.schema.type': (d, say) =>
    `${name(d, say)} phải là ${typeName(d.type)}, ${say(d.given)}${d.colon ? `; nếu đây là một văn bản có chứa ": ", hãy đặt nó trong dấu ngoặc kép: ${d.colon}` : ''}`,
  'load.schema.const': (d, say) => `${name(d, say)} phải là "${d.value}"`,
  'load.schema.enum': (d, say) =>
    `${name(d, say)} phải là một trong các giá trị ${d.allowed.join(', ')}${didYouMean(d.hint)}`,
  'load.schema.pattern.module-ref': (d, say) =>
    `${name(d, say)} ${d.value} không phải tham chiếu mô-đun (\`chương-trình/mô-đun\` hoặc mã một mô-đun cùng chương trình)`,
  'load.schema.pattern.level-ref': (d, say) =>
    `${name(d, say)} ${d.value} không phải tham chiếu bậc (\`nhánh/bậc\`)`,
  'load.schema.pattern.language': (d, say) =>
    `${name(d, say)} ${d.value} không phải mã ngôn ngữ BCP-47 (ví dụ "vi", "en")`,
  'load.schema.pattern.slug': (d, say) =>
    `${name(d, say)} ${d.value} không phải mã hợp lệ (chỉ gồm chữ thường không dấu và chữ số, nối với nhau bằng một dấu gạch ngang${d.hint ? `, ví dụ "${d.hint}"` : ''})`,
  'load.schema.format': (d, say) => `${name(d, say)} ${d.value} không đúng định dạng ${d.format}`,
  'load.schema.exclusive-minimum': (d, say) =>
    `${name(d, say)} phải lớn hơn ${limit(d.limit)}, ${say(d.given)}`,
  'load.schema.minimum': (d, say) =>
    `${name(d, say)} phải từ ${limit(d.limit)} trở lên, ${say(d.given)}`,
  'load.schema.exclusive-maximum': (d, say) =>
    `${name(d, say)} phải nhỏ hơn ${limit(d.limit)}, ${say(d.given)}`,
  'load.schema.maximum': (d, say) => `${name(d, say)} tối đa là ${limit(d.limit)}, ${say(d.given)}`,
  'load.schema.multiple-of': (d, say) =>
    `${name(d, say)} phải là bội số của ${limit(d.limit)}, ${say(d.given)}`,
  'load.schema.max-items': (d, say) =>
    `${name(d, say)} có ${d.count === undefined ? 'quá nhiều' : limit(d.count)} mục; tối đa ${limit(d.limit)} mục`,
  'load.schema.min-items-empty': (d, say) => `${name(d, say)} không được rỗng`,
  'load.schema.min-items': (d, say) => `${name(d, say)} phải có ít nhất ${limit(d.limit)} mục`,
  'load.schema.max-length': (d, say) =>
    `${name(d, say)} dài ${d.length === undefined ? 'quá' : limit(d.length)} ký tự; tối đa ${limit(d.limit)} ký tự`,
  'load.schema.min-length-empty': (d, say) => `${name(d, say)} không được để trống`,
  'load.schema.min-length': (d, say) => `${name(d, say)} phải dài ít nhất ${limit(d.limit)} ký tự`,
  'load.schema.min-properties': (d, say) =>
    `${name(d, say)} phải có ít nhất ${limit(d.limit)} khóa`,
  'load.schema.max-properties': (d, say) =>
    `${name(d, say)} chỉ được có tối đa ${limit(d.limit)} khóa`,
  'load.schema.unique-items': (d, say) =>
    `${name(d, say)} có một giá trị lặp lại (mục thứ ${d.first} và ${d.second})`,
  'load.schema.any-of': (d, say) =>
    `${name(d, say)} phải là một mã (slug) hoặc một ánh xạ có khóa id, ${say(d.given)}`,
  'load.schema.other': (d, say) =>
    `${name(d, say)} không đúng định dạng (quy tắc "${d.keyword}" của lược đồ)`,

  // Vietnamese says what the value is now: "hiện là văn bản "abc"", "hiện đang để trống".
  'load.schema.given.empty': 'hiện đang để trống',
  'load.schema.given.list': 'hiện là một danh sách',
  'load.schema.given.mapping': 'hiện là một ánh xạ (khóa: giá trị)',
  'load.schema.given.text': (d) => `hiện là văn bản ${d.text}`,
  'load.schema.given.number': (d) => `hiện là ${formatNumber(d.value, 'vi', 6)}`,
  'load.schema.given.written': (d) => `hiện là ${d.text}`,
  'load.schema.given.scalar': (d) => `hiện là ${d.text}`,
  'load.schema.given.kind': (d) => d.type,

  'load.catalog.first-use': 'lần dùng đầu tiên',
  'load.catalog.no-framework':
    'không tìm thấy khung chương trình: kho chương trình cần một tệp có `kind: framework`',
  'load.catalog.second-framework': (d) =>
    `khung chương trình thứ hai ("${d.id}"); mỗi kho chương trình chỉ có đúng một khung`,
  'load.catalog.first-framework': (d) => `khung chương trình đầu tiên "${d.id}"`,
  'load.catalog.id-taken': (d) =>
    `mã "${d.id}" đã được dùng cho ${d.kind === 'framework' ? 'khung chương trình' : 'chương trình'} trong tệp ${d.file}`,
  'load.catalog.first-use-of': (d) => `lần dùng đầu tiên của "${d.id}"`,
  'load.catalog.duplicate-track': (d) => `mã nhánh "${d.track}" được dùng hai lần`,
  'load.catalog.duplicate-position': (d) => `mã vị trí việc làm "${d.position}" được dùng hai lần`,
  'load.catalog.duplicate-provider': (d) =>
    `mã cơ sở đào tạo "${d.provider}" được dùng hai lần trong \`providers\``,
  'load.catalog.duplicate-level': (d) =>
    `mã bậc "${d.level}" được dùng hai lần trong nhánh "${d.track}"`,
  'load.catalog.duplicate-module': (d) =>
    `mã mô-đun "${d.module}" được dùng hai lần trong chương trình "${d.programme}"`,
  'load.catalog.unknown-track': (d) =>
    `nhánh "${d.track}" không có trong khung chương trình${d.hint ? didYouMean(d.hint) : ` (các nhánh: ${d.tracks.join(', ')})`}`,
  'load.catalog.unknown-level': (d) =>
    `bậc "${d.level}" không phải một bậc của nhánh "${d.track}"${d.hint ? didYouMean(d.hint) : ` (các bậc: ${d.levels.join(', ')})`}`,
  'load.catalog.hours-mismatch': (d) => {
    const n = (x: number) => formatNumber(x, 'vi', 2);
    const sign = d.difference > 0 ? '+' : '';
    const unit = nounForm(hoursNoun(d.periodMinutes), 'vi');
    return `chương trình "${d.programme}" khai báo ${n(d.declared)} ${unit} nhưng tổng số ${unit} của các mô-đun là ${n(d.hours)} (${sign}${n(d.difference)})`;
  },
  'load.catalog.unresolved-module': (d, say) =>
    `tham chiếu mô-đun "${d.ref}" không trỏ tới mô-đun nào: ${say(d.why)}${didYouMean(d.hint)}`,
  'load.catalog.no-such-module': (d) =>
    `chương trình "${d.programme}" không có mô-đun "${d.module}"`,
  'load.catalog.no-such-programme': (d) => `không có chương trình "${d.programme}"`,
  'load.catalog.unresolved-level': (d, say) =>
    `tham chiếu bậc "${d.ref}" không trỏ tới bậc nào: ${say(d.why)}${didYouMean(d.hint)}`,
  'load.catalog.no-such-track': (d) => `không có nhánh "${d.track}"`,
  'load.catalog.no-such-level': (d) => `nhánh "${d.track}" không có bậc này`,
};

/** Names of the parser's flow collections, as its messages give them. */
const flowNames: Readonly<Record<string, string>> = {
  'flow sequence': 'danh sách viết trong [ ]',
  'flow map': 'ánh xạ viết trong { }',
  'flow mapping': 'ánh xạ viết trong { }',
  'flow collection': 'cặp ngoặc [ ] hoặc { }',
  collection: 'cặp ngoặc [ ] hoặc { }',
};
const flow = (name: string | undefined) => flowNames[name ?? ''] ?? name ?? '';

/** The parser's messages in Vietnamese, by their English wording, else by their code. */
const translations: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [
    /^All mapping items must start at the same column/,
    () => 'các khóa cùng cấp phải thẳng cột (thụt lề bằng nhau)',
  ],
  [
    /^All sequence items must start at the same column/,
    () => 'các mục cùng cấp của danh sách phải thẳng cột (thụt lề bằng nhau)',
  ],
  [/^Sequence item without - indicator/, () => 'mục của danh sách thiếu "- " ở đầu'],
  [
    /^Nested mappings are not allowed in compact mappings/,
    () => 'không được viết một ánh xạ lồng trong ánh xạ viết gọn trên cùng một dòng',
  ],
  [
    /^A block sequence may not be used as an implicit map key/,
    () => 'không được dùng một danh sách làm khóa',
  ],
  [
    /^Implicit keys (of flow sequence pairs )?need to be on a single line/,
    () => 'khóa phải viết trên một dòng',
  ],
  [
    /^Implicit map keys need to be followed by map values/,
    () => 'sau khóa phải có dấu ":" và giá trị',
  ],
  [
    /^Comments must be separated from other tokens by white space/,
    () => 'trước dấu "#" của chú thích phải có dấu cách',
  ],
  [/^Missing closing "quote/, () => 'thiếu dấu ngoặc kép (") đóng'],
  [/^Missing closing 'quote/, () => "thiếu dấu nháy đơn (') đóng"],
  [
    /^Missing , or : between (.+) items/,
    (m) => `thiếu dấu "," hoặc ":" giữa các mục của ${flow(m[1])}`,
  ],
  [/^Missing , between (.+) items/, (m) => `thiếu dấu "," giữa các mục của ${flow(m[1])}`],
  [/^Missing space after : in (.+)/, (m) => `thiếu dấu cách sau ":" trong ${flow(m[1])}`],
  [/^Unexpected (\S+) token in YAML stream: (.*)$/, (m) => `ký hiệu ${m[2] ?? ''} không đúng chỗ`],
  [/^Unexpected , in (.+)/, (m) => `dấu "," không đúng chỗ trong ${flow(m[1])}`],
  [/^Unexpected empty item in (.+)/, (m) => `mục rỗng trong ${flow(m[1])}`],
  [/^Unexpected (\S+) in (.+)/, (m) => `"${m[1] ?? ''}" không đúng chỗ trong ${flow(m[2])}`],
  [/^Unexpected .* at node end/, () => 'có ký tự thừa ở cuối giá trị'],
  [/^Tabs are not allowed as indentation/, () => 'không thụt lề bằng phím Tab; hãy dùng dấu cách'],
  [
    /^Plain value cannot start with (?:reserved character )?(.+)/,
    (m) =>
      `giá trị không đặt trong ngoặc kép không được bắt đầu bằng ${m[1] ?? ''}; hãy đặt giá trị trong dấu ngoặc kép`,
  ],
  [
    /^Invalid escape sequence (.+)/,
    (m) => `chuỗi thoát ${m[1] ?? ''} không hợp lệ trong dấu ngoặc kép (viết \\\\ cho một dấu \\)`,
  ],
  [/^A node can have at most one anchor/, () => 'một giá trị chỉ có một neo (&)'],
  [/^A node can have at most one tag/, () => 'một giá trị chỉ có một thẻ (!)'],
  [/^An alias node must not specify any properties/, () => 'bí danh (*) không được có thẻ hay neo'],
  [
    /^(Alias|Anchor) cannot be an empty string/,
    (m) => `tên ${m[1] === 'Alias' ? 'bí danh' : 'neo'} không được để trống`,
  ],
  [
    /^(Alias|Anchor) ending in : is ambiguous/,
    (m) => `tên ${m[1] === 'Alias' ? 'bí danh' : 'neo'} kết thúc bằng ":" gây nhầm lẫn`,
  ],
  [
    /^Anchors and tags must be after the (.+) indicator/,
    (m) => `neo và thẻ phải đứng sau dấu ${m[1] ?? ''}`,
  ],
  [
    /^Tags and anchors must be separated from the next token by white space/,
    () => 'sau thẻ hoặc neo phải có dấu cách',
  ],
  [
    /^Block scalar header includes extra characters/,
    () => 'sau dấu "|" hoặc ">" mở đầu khối văn bản có ký tự thừa',
  ],
  [/^Missing directives-end/, () => 'thiếu dòng "---" sau các chỉ thị %'],
];

const byCode: Readonly<Record<string, string>> = {
  BAD_INDENT: 'thụt lề sai',
  MISSING_CHAR: 'thiếu một ký tự bắt buộc',
  UNEXPECTED_TOKEN: 'ký hiệu không đúng chỗ',
  BLOCK_AS_IMPLICIT_KEY: 'khóa không hợp lệ',
  MULTILINE_IMPLICIT_KEY: 'khóa phải viết trên một dòng',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng một ký tự không được phép',
  BAD_DQ_ESCAPE: 'chuỗi thoát không hợp lệ trong dấu ngoặc kép',
  BAD_ALIAS: 'bí danh hoặc neo không hợp lệ',
  BAD_DIRECTIVE: 'chỉ thị % không hợp lệ',
  BLOCK_IN_FLOW: 'không viết khối nhiều dòng bên trong [ ] hoặc { }',
  KEY_OVER_1024_CHARS: 'khóa dài quá 1024 ký tự',
};

/** A parser error in Vietnamese: by its English wording, else by its code. */
function parserError(code: string, en: string): string {
  for (const [pattern, say] of translations) {
    const m = pattern.exec(en);
    if (m) return say(m);
  }
  return `lỗi cú pháp YAML: ${byCode[code] ?? code}`;
}
