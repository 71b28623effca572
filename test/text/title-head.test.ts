import { describe, expect, it } from 'vitest';
import { titleParts } from '../../src/text/title-head.js';

describe('titleParts', () => {
  it('cuts the frame after "trong", "ở", "tại", "đối với", "của", a colon or a parenthesis', () => {
    expect(titleParts('Xây dựng văn hóa trong thời kỳ quá độ lên chủ nghĩa xã hội')).toEqual({
      head: 'Xây dựng văn hóa',
      rest: 'trong thời kỳ quá độ lên chủ nghĩa xã hội',
    });
    expect(titleParts('Quá độ lên chủ nghĩa xã hội ở Việt Nam: lý luận và thực tiễn').head).toBe(
      'Quá độ lên chủ nghĩa xã hội',
    );
    expect(titleParts('Đường lối đối ngoại của Đảng trong thời kỳ đổi mới').head).toBe(
      'Đường lối đối ngoại',
    );
    expect(titleParts('Triết học Mác - Lênin (cập nhật)').head).toBe('Triết học Mác - Lênin');
  });

  it('skips leading labels, stacked or not, and heads that name no subject', () => {
    expect(titleParts('Chuyên đề: Báo cáo chuyên đề: Chuyển đổi số quốc gia').head).toBe(
      'Chuyển đổi số quốc gia',
    );
    expect(titleParts('Bài 3. Tư tưởng Hồ Chí Minh').head).toBe('Tư tưởng Hồ Chí Minh');
    expect(titleParts('Những vấn đề cơ bản của tư tưởng Hồ Chí Minh').head).toBe(
      'Những vấn đề cơ bản của tư tưởng Hồ Chí Minh',
    );
  });

  it('keeps compounds joined by a dash, and reads decomposed and capital text alike', () => {
    expect(titleParts('Phát triển kinh tế - xã hội của tỉnh').head).toBe(
      'Phát triển kinh tế - xã hội',
    );
    expect(titleParts('HỆ THỐNG CHÍNH TRỊ Ở CƠ SỞ').head).toBe('HỆ THỐNG CHÍNH TRỊ');
    expect(titleParts('Hệ thống chính trị ở cơ sở'.normalize('NFD')).head).toBe(
      'Hệ thống chính trị',
    );
    expect(titleParts('Quản lý nhà nước về kinh tế')).toEqual({
      head: 'Quản lý nhà nước về kinh tế',
      rest: '',
    });
  });
});
