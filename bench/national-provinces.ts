// The provinces of the national-archive benchmark (bench/national-generate.ts): the 34
// provinces and centrally run cities of Viet Nam since 1 July 2025, each with six local words
// (rivers, places, heritage, specialties); the 63 of before July 2025, each with four to six
// of its own; and the frames of the local modules a provincial school adds to its copy of
// trung cấp LLCT. No place is listed under two of the 97 entries. The names are the real ones
// and share syllables (An Giang, Hậu Giang, Kiên Giang; Quảng Ninh, Ninh Bình, Ninh Thuận):
// that is on purpose.

/** `city` is a thành phố trực thuộc trung ương, otherwise a tỉnh. */
export interface Province {
  readonly name: string;
  readonly city?: boolean;
  readonly places: readonly string[];
}

/** `Name (thành phố): place; place; …`, one line each; the six cities first. */
const table = `
Hà Nội (thành phố): sông Hồng; Hồ Gươm; Ba Vì; Sóc Sơn; gốm Bát Tràng; lụa Vạn Phúc
Hồ Chí Minh (thành phố): sông Sài Gòn; địa đạo Củ Chi; rừng Sác Cần Giờ; Bến Nhà Rồng; Thủ Dầu Một; Côn Đảo
Hải Phòng (thành phố): Đồ Sơn; Cát Bà; cảng Lạch Huyện; sông Bạch Đằng; Côn Sơn - Kiếp Bạc; gốm Chu Đậu
Đà Nẵng (thành phố): phố cổ Hội An; thánh địa Mỹ Sơn; Ngũ Hành Sơn; Bà Nà; bán đảo Sơn Trà; sông Thu Bồn
Cần Thơ (thành phố): chợ nổi Cái Răng; bến Ninh Kiều; sông Hậu; chùa Dơi; Vị Thanh; vườn cò Bằng Lăng
Huế (thành phố): sông Hương; Đại Nội; nhã nhạc cung đình; đầm Lập An; A Lưới; làng hương Thủy Xuân
Lai Châu: chè Tam Đường; Sìn Hồ; Mường Tè; đỉnh Pu Ta Leng; sông Nậm Na; Phong Thổ
Điện Biên: đồi A1; Him Lam; cánh đồng Mường Thanh; rừng Mường Phăng; sông Nậm Rốm; Mường Nhé
Sơn La: cao nguyên Mộc Châu; thủy điện Sơn La; Thuận Châu; mận hậu Bắc Yên; đỉnh Tạ Xùa; nhà tù Sơn La
Lạng Sơn: Đồng Đăng; núi Mẫu Sơn; Bắc Sơn; hồi Văn Quan; sông Kỳ Cùng; ải Chi Lăng
Quảng Ninh: vịnh Hạ Long; Vân Đồn; Móng Cái; non thiêng Yên Tử; than Cẩm Phả; Uông Bí
Thanh Hóa: biển Sầm Sơn; Lam Kinh; thành nhà Hồ; sông Mã; Nghi Sơn; Bến En
Nghệ An: làng Sen Kim Liên; Cửa Lò; sông Lam; Pù Mát; Quỳnh Lưu; dân ca ví giặm
Hà Tĩnh: Ngã ba Đồng Lộc; núi Hồng Lĩnh; Vũng Áng; biển Thiên Cầm; Can Lộc; bưởi Phúc Trạch
Cao Bằng: Pác Bó; thác Bản Giốc; Trùng Khánh; Hà Quảng; sông Bằng; Nguyên Bình
Tuyên Quang: Tân Trào; Na Hang; cao nguyên đá Đồng Văn; Lâm Bình; cam sành Hàm Yên; Mèo Vạc
Lào Cai: Sa Pa; Bát Xát; ruộng bậc thang Mù Cang Chải; Nghĩa Lộ; đỉnh Fansipan; sông Chảy
Thái Nguyên: chè Tân Cương; hồ Núi Cốc; ATK Định Hóa; hồ Ba Bể; Phổ Yên; sông Cầu
Phú Thọ: Đền Hùng; Việt Trì; Tam Đảo; Mai Châu; hát Xoan; bưởi Đoan Hùng
Bắc Ninh: dân ca quan họ; tranh Đông Hồ; Yên Phong; vải thiều Lục Ngạn; Hiệp Hòa; sông Thương
Hưng Yên: Phố Hiến; nhãn lồng; Chử Đồng Tử; Thái Thụy; chùa Keo; Kiến Xương
Ninh Bình: Tràng An; cố đô Hoa Lư; Tam Chúc; Phủ Dày; Kim Sơn; Hải Hậu
Quảng Trị: Thành cổ Quảng Trị; đảo Cồn Cỏ; Phong Nha - Kẻ Bàng; Đồng Hới; sông Thạch Hãn; Khe Sanh
Quảng Ngãi: đảo Lý Sơn; Dung Quất; Sa Huỳnh; Măng Đen; sông Trà Khúc; sâm Ngọc Linh
Gia Lai: Pleiku; Biển Hồ; Quy Nhơn; An Khê; Tây Sơn; võ cổ truyền
Khánh Hòa: Nha Trang; Cam Ranh; vịnh Vân Phong; Phan Rang; nho Ninh Thuận; tháp Bà Ponagar
Lâm Đồng: Đà Lạt; Bảo Lộc; Gia Nghĩa; Mũi Né; Phan Thiết; thanh long Hàm Thuận
Đắk Lắk: Buôn Ma Thuột; Tuy Hòa; hồ Lắk; Gành Đá Đĩa; sông Ba; Buôn Đôn
Đồng Nai: Biên Hòa; Long Thành; Nam Cát Tiên; Đồng Xoài; Bù Gia Mập; sông Đồng Nai
Tây Ninh: núi Bà Đen; Tòa Thánh Cao Đài; Tân An; Đức Hòa; Trảng Bàng; bánh tráng phơi sương
Vĩnh Long: cù lao An Bình; xứ dừa Bến Tre; Trà Vinh; Cầu Kè; sông Cổ Chiên; Ao Bà Om
Đồng Tháp: Sa Đéc; Tháp Mười; Mỹ Tho; Gò Công; Tràm Chim; sen hồng
Cà Mau: Năm Căn; Đất Mũi; U Minh Hạ; Bạc Liêu; điện gió ven biển; đờn ca tài tử
An Giang: Châu Đốc; núi Sam; Rạch Giá; Phú Quốc; Hà Tiên; Bảy Núi
`;

/** `Name (thành phố): place; place; …` lines → provinces. */
const readTable = (text: string): Province[] =>
  text
    .trim()
    .split('\n')
    .map((line) => {
      const [head = '', places = ''] = line.split(': ');
      const name = head.replace(' (thành phố)', '');
      return { name, city: name !== head, places: places.split('; ') };
    });

/** The 34 provinces and cities since 1 July 2025. */
export const provinces: readonly Province[] = readTable(table);

/**
 * The 63 provinces and centrally run cities of before 1 July 2025 (Thừa Thiên Huế under that
 * name, though it became the city of Huế on 1 January 2025), each with 4–6 places of its own:
 * none is listed under another entry, old or current. 33 of them have the name of a current
 * province (the one it merged into, or itself unchanged), with other places.
 */
const oldTable = `
Hà Nội (thành phố): Văn Miếu - Quốc Tử Giám; chùa Hương; Hoàng thành Thăng Long; làng cổ Đường Lâm; thành Cổ Loa; hồ Tây
Hồ Chí Minh (thành phố): chợ Bến Thành; Dinh Độc Lập; Nhà thờ Đức Bà; phố đi bộ Nguyễn Huệ; Bưu điện Sài Gòn; Chợ Lớn
Hải Phòng (thành phố): Thủy Nguyên; Tiên Lãng; đảo Bạch Long Vĩ; núi Voi; chợ Sắt; bánh đa cua
Đà Nẵng (thành phố): cầu Rồng; sông Hàn; đèo Hải Vân; bảo tàng điêu khắc Chăm; Hòa Vang; biển Mỹ Khê
Cần Thơ (thành phố): nhà cổ Bình Thủy; vườn trái cây Phong Điền; cồn Sơn; Thốt Nốt; Ô Môn; Cờ Đỏ
Hà Giang: cột cờ Lũng Cú; đèo Mã Pí Lèng; sông Nho Quế; Hoàng Su Phì; Quản Bạ; dốc Thẩm Mã
Cao Bằng: động Ngườm Ngao; hồ Thang Hen; rừng Trần Hưng Đạo; Quảng Uyên; Bảo Lạc; núi Mắt Thần
Bắc Kạn: Chợ Đồn; Na Rì; Pác Nặm; Ngân Sơn; động Puông; thác Đầu Đẳng
Tuyên Quang: Chiêm Hóa; Sơn Dương; Yên Sơn; suối khoáng Mỹ Lâm; thác Bản Ba; Kim Bình
Lào Cai: chợ phiên Bắc Hà; Si Ma Cai; Mường Khương; Bảo Yên; Văn Bàn; đền Thượng
Yên Bái: hồ Thác Bà; Trạm Tấu; Văn Chấn; Lục Yên; chè Suối Giàng; đèo Khau Phạ
Thái Nguyên: Đại Từ; Võ Nhai; hang Phượng Hoàng; Đồng Hỷ; Sông Công; Phú Lương
Lạng Sơn: động Tam Thanh; thành nhà Mạc; chợ Kỳ Lừa; Tràng Định; Hữu Lũng; Bình Gia
Bắc Giang: chùa Vĩnh Nghiêm; Tây Yên Tử; Yên Thế; Lạng Giang; Sơn Động; mì Chũ
Phú Thọ: vườn quốc gia Xuân Sơn; đầm Ao Châu; Thanh Sơn; Cẩm Khê; Hạ Hòa; Lâm Thao
Điện Biên: Tủa Chùa; Mường Lay; Tuần Giáo; Mường Chà; hang Thẩm Púa; Nậm Pồ
Lai Châu: Than Uyên; Tân Uyên; đèo Ô Quy Hồ; Nậm Nhùn; động Pu Sam Cap; cánh đồng Mường Than
Sơn La: Yên Châu; Phù Yên; Mai Sơn; Sốp Cộp; Quỳnh Nhai; Vân Hồ
Hòa Bình: Kim Bôi; Lương Sơn; cam Cao Phong; Tân Lạc; Lạc Sơn; Đà Bắc
Quảng Ninh: vịnh Bái Tử Long; đảo Cô Tô; Đông Triều; Tiên Yên; Bình Liêu; Quảng Yên
Bắc Ninh: chùa Dâu; chùa Bút Tháp; đền Đô; Từ Sơn; Tiên Du; gốm Phù Lãng
Hà Nam: Phủ Lý; đền Trần Thương; làng Vũ Đại; chùa Long Đọi Sơn; Kim Bảng; trống Đọi Tam
Hải Dương: vải thiều Thanh Hà; văn miếu Mao Điền; bánh đậu xanh; Kinh Môn; Chí Linh; đảo Cò Chi Lăng Nam
Hưng Yên: Văn Giang; Khoái Châu; Tiên Lữ; đền Mẫu; hồ Bán Nguyệt; gà Đông Tảo
Thái Bình: Tiền Hải; Quỳnh Phụ; Đông Hưng; biển Đồng Châu; bánh cáy làng Nguyễn; Vũ Thư
Nam Định: đền Trần; chùa Phổ Minh; Giao Thủy; vườn quốc gia Xuân Thủy; biển Quất Lâm; Nghĩa Hưng
Ninh Bình: Tam Cốc - Bích Động; chùa Bái Đính; rừng Cúc Phương; đầm Vân Long; nhà thờ Phát Diệm; Tam Điệp
Vĩnh Phúc: Tây Thiên; tháp Bình Sơn; đầm Vạc; hồ Đại Lải; Lập Thạch; Phúc Yên
Thanh Hóa: Pù Luông; suối cá Cẩm Lương; Hàm Rồng; đền Bà Triệu; Ngọc Lặc; biển Hải Tiến
Nghệ An: đền Cuông; Truông Bồn; Con Cuông; Quế Phong; Hoàng Mai; Nam Đàn
Hà Tĩnh: Hương Khê; Kỳ Anh; Nghi Xuân; Hương Sơn; chùa Hương Tích; Lộc Hà
Quảng Bình: động Thiên Đường; hang Sơn Đoòng; đèo Ngang; Lệ Thủy; Bố Trạch; Vũng Chùa
Quảng Trị: địa đạo Vịnh Mốc; cầu Hiền Lương; Đông Hà; Cửa Tùng; Hướng Hóa; nghĩa trang Trường Sơn
Thừa Thiên Huế: chùa Thiên Mụ; lăng Tự Đức; núi Bạch Mã; phá Tam Giang; biển Lăng Cô; cầu Trường Tiền
Quảng Nam: Cù Lao Chàm; Tam Kỳ; rừng dừa Bảy Mẫu; Tiên Phước; Nam Trà My; làng rau Trà Quế
Quảng Ngãi: khu chứng tích Sơn Mỹ; núi Thiên Ấn; Ba Tơ; Đức Phổ; Tư Nghĩa; Minh Long
Bình Định: Eo Gió; Kỳ Co; tháp Đôi; Hoài Nhơn; đầm Thị Nại; tháp Bánh Ít
Phú Yên: mũi Điện; đầm Ô Loan; vịnh Xuân Đài; tháp Nhạn; bãi Xép; Đồng Xuân
Khánh Hòa: đảo Hòn Tre; Ninh Hòa; Diên Khánh; yến sào; Vạn Ninh; Cam Lâm
Ninh Thuận: vịnh Vĩnh Hy; tháp Po Klong Garai; đồi cát Nam Cương; làng gốm Bàu Trúc; Ninh Hải; Núi Chúa
Bình Thuận: đảo Phú Quý; Bàu Trắng; La Gi; tháp Po Sah Inư; Tuy Phong; núi Tà Cú
Kon Tum: nhà rông Kon Klor; nhà thờ gỗ; Đăk Tô; ngã ba Đông Dương; Sa Thầy; Đăk Glei
Gia Lai: núi lửa Chư Đăng Ya; thác Phú Cường; Chư Sê; Ayun Pa; Kbang; Mang Yang
Đắk Lắk: thác Dray Nur; Krông Pắc; Ea Kar; vườn quốc gia Yok Đôn; Krông Bông; Cư Kuin
Đắk Nông: Krông Nô; hồ Tà Đùng; Đắk Mil; Đắk Song; thác Đray Sáp; Tuy Đức
Lâm Đồng: hồ Tuyền Lâm; đỉnh Langbiang; Đơn Dương; Di Linh; Đạ Huoai; thác Pongour
Bình Phước: Lộc Ninh; Bù Đăng; hạt điều; sóc Bom Bo; Phước Long; trảng cỏ Bù Lạch
Bình Dương: gốm Lái Thiêu; Dĩ An; Thuận An; Bến Cát; Bàu Bàng; sơn mài Tương Bình Hiệp
Đồng Nai: Nhơn Trạch; Trảng Bom; văn miếu Trấn Biên; hồ Trị An; Xuân Lộc; Định Quán
Tây Ninh: căn cứ Trung ương Cục miền Nam; hồ Dầu Tiếng; Gò Dầu; Tân Biên; Hòa Thành; muối tôm
Bà Rịa - Vũng Tàu: Bãi Sau; Long Hải; Núi Lớn; Phú Mỹ; Xuyên Mộc; Hồ Tràm
Long An: làng nổi Tân Lập; Bến Lức; Mộc Hóa; gạo Nàng Thơm Chợ Đào; Cần Giuộc; Cần Đước
Tiền Giang: chùa Vĩnh Tràng; Cái Bè; cù lao Thới Sơn; Cai Lậy; rạch Gầm - Xoài Mút; sầu riêng Ngũ Hiệp
Bến Tre: Ba Tri; Chợ Lách; Mỏ Cày; Giồng Trôm; kẹo dừa; cồn Phụng
Trà Vinh: Cầu Ngang; Duyên Hải; chùa Âng; biển Ba Động; Tiểu Cần; bánh tét Trà Cuôn
Vĩnh Long: Văn Thánh Miếu; Trà Ôn; Long Hồ; Mang Thít; lò gạch gốm; Bình Minh
Đồng Tháp: Cao Lãnh; Hồng Ngự; Lai Vung; khu di tích Gò Tháp; làng hoa Tân Quy Đông; Xẻo Quýt
An Giang: Long Xuyên; rừng tràm Trà Sư; Tri Tôn; Tân Châu; Chợ Mới; núi Cấm
Kiên Giang: U Minh Thượng; Kiên Lương; quần đảo Nam Du; Hòn Sơn; Hòn Đất
Hậu Giang: chợ nổi Ngã Bảy; Long Mỹ; Phụng Hiệp; khóm Cầu Đúc; kênh Xà No; Châu Thành A
Sóc Trăng: chùa Chén Kiểu; bánh pía; Vĩnh Châu; Kế Sách; lễ hội Oóc Om Bóc; Mỹ Xuyên
Bạc Liêu: Giá Rai; Hồng Dân; Vĩnh Lợi; nhà thờ Tắc Sậy; Đông Hải
Cà Mau: Hòn Khoai; Cái Nước; Thới Bình; Trần Văn Thời; Ngọc Hiển; rừng đước
`;

/** The 63 provinces and cities of before 1 July 2025. */
export const oldProvinces: readonly Province[] = readTable(oldTable);

// No place under two of the 97 entries (compared in NFC, ignoring case).
{
  const seen = new Map<string, string>();
  for (const p of [...provinces, ...oldProvinces])
    for (const place of p.places) {
      const key = place.normalize('NFC').toLowerCase();
      const other = seen.get(key);
      if (other !== undefined) throw new Error(`${place} is listed under ${other} and ${p.name}`);
      seen.set(key, p.name);
    }
}

/**
 * Syllables for the invented provinces of providers beyond the 34th, and their places: enough
 * two-syllable names (about 16,000) for 2,000 providers of seven names each, so that no name
 * holds another's two syllables.
 */
export const inventedFirst =
  'Tân Phú Vĩnh Long Bình Hòa Thạnh Đông Hưng Mỹ Phước Thuận Yên Thanh Kim Xuân Hải Lộc Gia Quế Hoài Đức Cẩm Nghĩa Triệu An Cát Diên Hương Khánh Lạc Minh Nam Ngọc Phong Quang Sơn Tam Thái Thiện Trà Tuy Văn Vân Hồng Bắc Cao Châu Chi Diễn Đại Đào Định Đồng Hạ Hiệp Hoàng Hội Kỳ Lệ Liên Lương Mai Mường Nghi Ninh Phổ Phù Quỳnh Sa Thạch Thăng Thọ Thượng Tiên Trung Tư Vạn Việt Vũ Ân Bảo Hàm Hậu Hiếu Kiến Lai Lâm Mậu Nhơn Quan Tịnh Tuyên Vị Bằng Cửu Dĩ Điền Giao Hiển Khai Lục Mộ Nhân Song Tạ Thủ Thường Trạm Uy Võ Cầu Chợ Dục Đan Gò Hàn Hòn Kẻ Lãng Láng Mễ Nà Nậm Pác Quách Rạch Sầm Tà Tràng Vàm Xóm Yến Bạch Chương'.split(
    ' ',
  );
export const inventedSecond =
  'An Sơn Hà Lâm Điền Giang Xương Thủy Bình Lạc Ninh Trung Mỹ Khánh Định Lương Phong Tiến Hiệp Thành Hòa Hưng Lợi Phát Thịnh Tài Trạch Uyên Vinh Xuyên Đông Cường Dương Hải Hội Kiều Linh Long Nguyên Phúc Quý Tân Thạch Tường Yên Bắc Cao Châu Chí Diệu Đạt Đài Đoài Hạ Hiếu Hoàng Huy Kỳ Lệ Liêm Lộc Mai Minh Môn Nghĩa Nhuận Phổ Phú Quang Quới Sang Tây Thái Thắng Thọ Thông Thuận Tiên Trà Trì Trường Tú Tuấn Tuy Vân Văn Viên Vọng Xá Ân Bảo Cầu Đình Đức Gia Hạnh Hiền Khê Kiên Lập Mạnh Nhơn Phương Quảng Sinh Tâm Thanh Thiện Toàn Tuyền Vạn Vĩnh Xuân Bá Cát Chánh Dụ Đoan Đồn Hào Hồ Kha Khang Lai Lũng Ngân Nha Phấn Quyết Sơ Tảo Thạnh Thôn Tranh Vàng Vỹ Ý'.split(
    ' ',
  );
/** What an invented place is: the kind word before its name. */
export const placeKinds = ['sông', 'núi', 'xã', 'đầm', 'làng nghề', 'chợ'];

/**
 * The frames of local modules: the same title and topics with a different province (`{unit}`:
 * "tỉnh Nghệ An" or "thành phố Huế"; `{name}`: "Nghệ An") and different places `{a}`, `{b}`,
 * `{c}`. Two such modules of different provinces share the frame and nothing else.
 */
export const frames = [
  {
    id: 'lich-su-dang-bo',
    title: 'Lịch sử Đảng bộ {unit}',
    topics: [
      'sự ra đời của Đảng bộ {unit}',
      'phong trào cách mạng ở {a} và {b}',
      '{unit} trong kháng chiến chống Pháp và chống Mỹ',
      'truyền thống cách mạng của quê hương {c}',
    ],
  },
  {
    id: 'thuc-tien-kinh-te-xa-hoi',
    title: 'Thực tiễn phát triển kinh tế - xã hội {unit}',
    topics: [
      'tăng trưởng kinh tế {unit} giai đoạn 2020 - 2025',
      'phát triển {a} và {b}',
      'quy hoạch {unit} thời kỳ 2021 - 2030',
      'thu hút đầu tư vào {c}',
    ],
  },
  {
    id: 'van-hoa-con-nguoi',
    title: 'Văn hóa và con người {name}',
    topics: [
      'bản sắc văn hóa {name}',
      'di sản {a}',
      'lễ hội và nghề truyền thống ở {b}',
      'bảo tồn, phát huy giá trị {c}',
    ],
  },
  {
    id: 'quoc-phong-an-ninh',
    title: 'Quốc phòng, an ninh trên địa bàn {unit}',
    topics: [
      'thế trận quốc phòng toàn dân ở {a}',
      'bảo đảm an ninh, trật tự tại {b}',
      'xây dựng {unit} thành khu vực phòng thủ vững chắc',
      'dân quân tự vệ ở {c}',
    ],
  },
] as const;
