// The provinces of the national-archive benchmark (bench/national-generate.ts): the 34
// provinces and centrally run cities of Viet Nam since 1 July 2025, each with six local words
// (rivers, places, heritage, specialties) that no other province's list repeats, and the
// frames of the local modules a provincial school adds to its copy of trung cấp LLCT.

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

export const provinces: readonly Province[] = table
  .trim()
  .split('\n')
  .map((line) => {
    const [head = '', places = ''] = line.split(': ');
    const name = head.replace(' (thành phố)', '');
    return { name, city: name !== head, places: places.split('; ') };
  });

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
