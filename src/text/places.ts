/** Names of several syllables every curriculum writes, wherever they stand in a phrase. */
export const nationalNames: readonly string[] = ['Việt Nam', 'Mác - Lênin', 'Hồ Chí Minh'];

/**
 * Viet Nam's provinces and centrally run cities: the 34 since 1 July 2025 and the 63 before,
 * which archives name for decades to come. A name of several syllables is one unit of meaning:
 * "Bắc Ninh" and "Quảng Ninh" share no subject, though they share "Ninh". Names are also
 * found from capitalised syllable runs (`names.ts`); this list covers the texts whose case
 * says nothing (all capitals, every word capitalised).
 */
export const provinceNames: readonly string[] = [
  // Since 1 July 2025 (Resolution 202/2025/QH15).
  'Hà Nội',
  'Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
  // Before 1 July 2025, beyond the names above.
  'Hà Giang',
  'Yên Bái',
  'Bắc Kạn',
  'Hòa Bình',
  'Vĩnh Phúc',
  'Bắc Giang',
  'Hải Dương',
  'Thái Bình',
  'Hà Nam',
  'Nam Định',
  'Quảng Bình',
  'Thừa Thiên Huế',
  'Quảng Nam',
  'Kon Tum',
  'Bình Định',
  'Phú Yên',
  'Ninh Thuận',
  'Bình Thuận',
  'Đắk Nông',
  'Bình Phước',
  'Bình Dương',
  'Bà Rịa - Vũng Tàu',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Hậu Giang',
  'Sóc Trăng',
  'Bạc Liêu',
  'Kiên Giang',
];

/**
 * Other spellings of names in the lists above, as archives write them, with the name each
 * means: the Central Highlands' names are written with and without their tone marks
 * ("Đăk Lăk", "Đắc Lắc"), which the spelling rules of the format (docs/format.md §6.3) do not equate. A name
 * so spelt is read as the name it means. (A dash is no part of a name's key: "Bà Rịa Vũng
 * Tàu" is "Bà Rịa - Vũng Tàu" already.)
 */
export const nameSpellings: Readonly<Record<string, string>> = {
  'Đăk Lăk': 'Đắk Lắk',
  'Đắk Lăk': 'Đắk Lắk',
  'Đắc Lắc': 'Đắk Lắk',
  'Đăk Nông': 'Đắk Nông',
  'Đắc Nông': 'Đắk Nông',
};
