/**
 * What a reader of examples/vn-cadre/README.md expects the overlap engine to report, and what
 * it must not: kept in one place for the example test and for `npm run bench:quality`.
 */
const allPairs = (refs: string[]): Array<[string, string]> =>
  refs.flatMap((a, i) => refs.slice(i + 1).map((b): [string, string] => [a, b]));

export const requiredPairs: Array<[string, string]> = [
  // (a) state administrative management
  ...allPairs([
    'trung-cap-llct-hc/quan-ly-hanh-chinh-nha-nuoc',
    'trung-cap-llct/quan-ly-hanh-chinh-nha-nuoc',
    'chuyen-vien/tong-quan-qlhcnn',
    'chuyen-vien-chinh/quan-ly-hanh-chinh-nha-nuoc',
  ]),
  // (b) leadership skills
  ...allPairs(['lanh-dao-cap-phong/ky-nang-lap-ke-hoach', 'chuyen-vien/ky-nang-lap-ke-hoach', 'trung-cap-llct-hc/ky-nang-lap-ke-hoach']),
  ...allPairs(['lanh-dao-cap-phong/ky-nang-ra-quyet-dinh', 'lanh-dao-cap-so/ban-hanh-quyet-dinh', 'trung-cap-llct-hc/ky-nang-ra-quyet-dinh']),
  ...allPairs(['lanh-dao-cap-phong/ky-nang-hoi-hop', 'chuyen-vien/ky-nang-to-chuc-hoi-hop', 'trung-cap-llct-hc/ky-nang-dieu-hanh-hoi-hop']),
  ...allPairs(['lanh-dao-cap-phong/ky-nang-quan-ly-nhan-su', 'chuyen-vien-chinh/quan-ly-nguon-nhan-luc', 'lanh-dao-cap-so/quan-tri-nhan-su']),
  ['lanh-dao-cap-phong/ky-nang-tham-muu', 'chuyen-vien-chinh/ky-nang-tham-muu'],
  ['lanh-dao-cap-phong/ky-nang-giao-tiep', 'chuyen-vien/ky-nang-giao-tiep'],
  ['lanh-dao-cap-phong/ky-nang-giao-tiep', 'lanh-dao-cap-so/quan-he-truyen-thong'],
  // (c) Marxism-Leninism at every level
  ...allPairs(['trung-cap-llct/triet-hoc', 'trung-cap-llct-hc/duy-vat-bien-chung-lich-su', 'cao-cap-llct/triet-hoc']),
  ...allPairs(['trung-cap-llct/kinh-te-chinh-tri', 'trung-cap-llct-hc/hoc-thuyet-kinh-te', 'cao-cap-llct/kinh-te-chinh-tri']),
  ...allPairs([
    'so-cap-llct/hinh-thai-cong-san',
    'trung-cap-llct/chu-nghia-xa-hoi-khoa-hoc',
    'trung-cap-llct-hc/cnxh-khoa-hoc',
    'cao-cap-llct/chu-nghia-xa-hoi-khoa-hoc',
  ]),
  ...allPairs(['so-cap-llct/tu-tuong-ho-chi-minh', 'trung-cap-llct/tu-tuong-ho-chi-minh', 'trung-cap-llct-hc/tu-tuong-ho-chi-minh']),
  // (d) wholly contained modules
  ['lanh-dao-cap-so/tai-chinh-tai-san-cong', 'chuyen-vien-cao-cap/quan-ly-tai-chinh-cong'],
  ['so-cap-llct/hinh-thai-cong-san', 'trung-cap-llct/chu-nghia-xa-hoi-khoa-hoc'],
  // (e) comparable levels, cấp sở ~ chuyên viên cao cấp
  ['lanh-dao-cap-so/hoach-dinh-chien-luoc', 'chuyen-vien-cao-cap/hoach-dinh-chien-luoc'],
  ['lanh-dao-cap-so/ky-nang-lanh-dao', 'chuyen-vien-cao-cap/lanh-dao-khu-vuc-cong'],
  // (f) the same report in two programmes
  ['lanh-dao-cap-so/bao-cao-tinh-hinh-quoc-te', 'chuyen-vien-chinh/bao-cao-tinh-hinh-the-gioi'],
];

/** Pairs that share only generic words or a frame: reporting any of them is a false alarm. */
export const forbiddenPairs: Array<[string, string]> = [
  ['lanh-dao-cap-phong/ky-nang-lap-ke-hoach', 'lanh-dao-cap-phong/ky-nang-giao-tiep'],
  ['cao-cap-llct/tu-tuong-hcm-dao-duc', 'cao-cap-llct/tu-tuong-hcm-van-hoa'],
  ['chuyen-vien-chinh/qlnn-kinh-te', 'chuyen-vien-chinh/qlnn-khoa-hoc-cong-nghe'],
  ['chuyen-vien-chinh/qlnn-tai-nguyen-moi-truong', 'chuyen-vien-chinh/qlnn-van-hoa-xa-hoi'],
  ['chuyen-vien/ky-nang-quan-ly-thoi-gian', 'lanh-dao-cap-phong/ky-nang-quan-ly-nhan-su'],
  ['chuyen-vien/ky-nang-quan-ly-thoi-gian', 'chuyen-vien/ky-nang-luu-tru-ho-so'],
  ['chuyen-vien/ky-nang-soan-thao-van-ban', 'chuyen-vien/ky-nang-thuyet-trinh'],
  ['chuyen-vien/tong-quan-qlhcnn', 'lanh-dao-cap-phong/tong-quan-nang-luc'],
  ['chuyen-vien-chinh/bao-cao-phong-chong-tham-nhung', 'chuyen-vien-chinh/bao-cao-kinh-nghiem-nuoc-ngoai'],
  ['so-cap-llct/kinh-te-hang-hoa', 'trung-cap-llct/duong-loi-van-hoa-xa-hoi'],
];

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
