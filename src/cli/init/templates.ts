/**
 * The files `curriculum-dedup init` writes: a framework of today's tracks and levels (local
 * government in two tiers since 1 July 2025: province and commune, no cấp huyện), one example
 * programme, a config file and a GitHub Actions workflow, each commented in Vietnamese for the
 * curriculum officer who will edit them. The baseline is not a template: the command records
 * the new repository's own findings in it (init.ts).
 */

export interface StarterFile {
  /** Relative to the new repository, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

export const baselineFile = 'curriculum-dedup.baseline.json';

const framework = `# Khung chương trình đào tạo, bồi dưỡng của đơn vị (tạo bằng curriculum-dedup init).
# Sửa tên, thêm bớt nhánh, bậc và vị trí việc làm cho đúng với đơn vị mình.
# Hướng dẫn viết từng trường: docs/format.md (tiếng Anh) và docs/vi/ trong kho của công cụ.
kind: framework
id: khung-dao-tao-boi-duong
title: Khung chương trình đào tạo, bồi dưỡng cán bộ, công chức, viên chức
language: vi
# Một tiết là 45 phút.
periodMinutes: 45
# Cách đơn vị gọi một phần của chương trình: chuyên đề, học phần hay mô-đun.
moduleTerm: chuyên đề

tracks:
  - id: llct
    title: Lý luận chính trị
    # Các bậc xếp từ thấp đến cao.
    levels:
      - id: so-cap
        title: Sơ cấp lý luận chính trị
      - id: trung-cap
        title: Trung cấp lý luận chính trị
      - id: cao-cap
        title: Cao cấp lý luận chính trị
  - id: qlnn
    title: Quản lý nhà nước theo tiêu chuẩn ngạch
    levels:
      - id: chuyen-vien
        title: Ngạch chuyên viên và tương đương
      - id: chuyen-vien-chinh
        title: Ngạch chuyên viên chính và tương đương
      - id: chuyen-vien-cao-cap
        title: Ngạch chuyên viên cao cấp và tương đương
  # Chính quyền địa phương hai cấp (tỉnh và xã) từ ngày 01/7/2025: không còn cấp huyện.
  - id: lanh-dao
    title: Bồi dưỡng lãnh đạo, quản lý
    levels:
      - id: cap-phong
        title: Lãnh đạo, quản lý cấp phòng và tương đương
      - id: cap-xa
        title: Lãnh đạo, quản lý cấp xã
      - id: cap-so
        title: Lãnh đạo, quản lý cấp sở và tương đương

# Các bậc được coi là tương đương giữa hai nhánh (để xét miễn học nội dung đã học).
comparable:
  - [llct/trung-cap, qlnn/chuyen-vien-chinh]
  - [llct/cao-cap, qlnn/chuyen-vien-cao-cap]

# Vị trí việc làm và các bậc phải đạt. Ghi số học viên mỗi năm (learnersPerYear) để công cụ
# tính số giờ học tiết kiệm được.
positions:
  - id: chuyen-vien
    title: Chuyên viên và tương đương
    requires: [qlnn/chuyen-vien]
  - id: truong-phong
    title: Trưởng phòng và tương đương
    requires: [llct/trung-cap, qlnn/chuyen-vien-chinh, lanh-dao/cap-phong]
  - id: chu-tich-ubnd-cap-xa
    title: Chủ tịch, Phó Chủ tịch Ủy ban nhân dân cấp xã
    requires: [llct/trung-cap, qlnn/chuyen-vien-chinh, lanh-dao/cap-xa]
`;

const programme = `# Một chương trình ví dụ: sửa lại, hoặc xóa khi đã có chương trình thật.
# Mỗi chương trình là một tệp trong thư mục programmes/.
kind: programme
id: boi-duong-ngach-chuyen-vien
title: Chương trình bồi dưỡng ngạch chuyên viên (ví dụ)
# Nhánh và bậc mà chương trình đào tạo, theo mã trong framework.yaml.
track: qlnn
level: chuyen-vien
credential: Chứng chỉ bồi dưỡng ngạch chuyên viên
# Tổng số tiết phải bằng tổng số tiết của các chuyên đề.
hours: 40
modules:
  - id: nha-nuoc-trong-he-thong-chinh-tri
    title: Nhà nước trong hệ thống chính trị
    hours: 8
    topics:
      - hệ thống chính trị nước Cộng hòa xã hội chủ nghĩa Việt Nam
      - vị trí, vai trò của Nhà nước
      - nhà nước pháp quyền xã hội chủ nghĩa
  - id: quan-ly-hanh-chinh-nha-nuoc
    title: Tổng quan về quản lý hành chính nhà nước
    hours: 12
    topics:
      - khái niệm, đặc điểm của quản lý hành chính nhà nước
      - các nguyên tắc quản lý hành chính nhà nước
      - quyết định hành chính nhà nước
  - id: ky-nang-soan-thao-van-ban
    title: Kỹ năng soạn thảo văn bản quản lý nhà nước
    hours: 12
    # Phải học xong chuyên đề "quan-ly-hanh-chinh-nha-nuoc" trước chuyên đề này.
    requires: [quan-ly-hanh-chinh-nha-nuoc]
    topics:
      - thể thức và kỹ thuật trình bày văn bản hành chính
      - soạn thảo tờ trình, báo cáo, công văn
  - id: di-thuc-te
    title: Đi thực tế tại địa phương
    hours: 8
    # Đi thực tế (fieldwork) và kiểm tra (assessment) không được so sánh, trừ khi dùng --include.
    activity: fieldwork
`;

const config = `# Cấu hình curriculum-dedup cho kho chương trình này.
# Tùy chọn ghi trên dòng lệnh sẽ thay cho tùy chọn cùng tên ở đây.

# Bỏ qua các tệp nháp (đường dẫn tính từ thư mục được quét), ví dụ:
# ignore:
#   - nhap/**

# Kiểm tra không đạt (mã thoát 1) khi còn cảnh báo hoặc lỗi mới, chưa ghi trong tệp baseline.
failOn: warning
# Các phát hiện đã biết và chấp nhận. Khi đã xử lý xong, chạy lại với --prune-baseline;
# khi chấp nhận phát hiện mới, chạy với --update-baseline.
baseline: ${baselineFile}

# Ngôn ngữ báo cáo: vi hoặc en.
lang: vi

# Mức độ của từng quy tắc (error, warning, info) hoặc off để không báo. Ví dụ:
# rules:
#   subsumed-programme: warning
`;

const workflow = `# Kiểm tra kho chương trình mỗi khi có thay đổi (pull request) và mỗi lần cập nhật nhánh main.
# Thay OWNER/curriculum-dedup và v1 bằng nơi đơn vị lưu công cụ và phiên bản cần dùng.
name: Kiểm tra chương trình

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  security-events: write # gửi báo cáo SARIF lên mục Code scanning
  actions: read # cần cho việc gửi SARIF trong kho riêng tư

jobs:
  curriculum-dedup:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v5

      - uses: OWNER/curriculum-dedup@v1
        with:
          paths: .
          fail-on: warning
          # Các phát hiện đã chấp nhận; tệp này do curriculum-dedup init tạo ra.
          baseline: ${baselineFile}
`;

/** The starter repository's files, in the order they are written. */
export const starterFiles: readonly StarterFile[] = [
  { path: 'framework.yaml', text: framework },
  { path: 'programmes/boi-duong-ngach-chuyen-vien.yaml', text: programme },
  { path: 'curriculum-dedup.config.yaml', text: config },
  { path: '.github/workflows/curriculum-dedup.yml', text: workflow },
];
