import { defineRules } from './legacy-rules.js';

/** The structure of levels, positions and prerequisites (issue 9; docs/format.md §5 and §6.5). */
export const hierarchyRules = defineRules({
  'missing-level': {
    severity: 'warning',
    title: { vi: 'Bậc không có chương trình', en: 'Missing level' },
    summary: {
      vi: 'Một bậc của nhánh mà không chương trình nào đào tạo hay được công nhận tương đương: không ai đạt được bậc đó.',
      en: 'A level of a track that no programme provides or satisfies: nobody can reach it.',
    },
  },
  'position-unmet': {
    severity: 'warning',
    title: { vi: 'Vị trí việc làm không có lộ trình', en: 'Position unmet' },
    summary: {
      vi: 'Một vị trí việc làm yêu cầu một bậc mà không chương trình nào đào tạo hay được công nhận tương đương: không lộ trình nào dẫn tới vị trí đó.',
      en: 'A position requires a level that no programme provides or satisfies: no pathway leads to it.',
    },
  },
  'prerequisite-cycle': {
    severity: 'error',
    title: { vi: 'Điều kiện tiên quyết vòng tròn', en: 'Prerequisite cycle' },
    summary: {
      vi: 'Các mô-đun đòi hỏi nhau theo vòng tròn (kể cả mô-đun tự đòi hỏi chính nó): không mô-đun nào trong vòng có thể bắt đầu.',
      en: 'Modules require each other in a circle (a module requiring itself among them): none of them can ever be started.',
    },
  },
  'prerequisite-inversion': {
    severity: 'warning',
    title: { vi: 'Điều kiện tiên quyết ngược bậc', en: 'Prerequisite inversion' },
    summary: {
      vi: 'Một mô-đun đòi hỏi học trước một mô-đun của bậc cao hơn trong cùng nhánh.',
      en: 'A module requires a module of a higher level of the same track.',
    },
  },
  'cross-level-repeat': {
    severity: 'warning',
    title: { vi: 'Lặp lại nội dung bậc dưới', en: 'Repeated at a higher level' },
    summary: {
      vi: 'Một mô-đun bậc cao dạy lại nội dung của bậc dưới trong cùng nhánh mà không nâng cao: chủ đề là của mô-đun bậc dưới, và ít nội dung mới.',
      en: "A module of a higher level teaches again what a lower level of its track teaches, without progression: its topics are the lower module's, and little of it is new.",
    },
  },
  'cross-track-overlap': {
    severity: 'warning',
    title: { vi: 'Trùng lặp giữa các nhánh', en: 'Cross-track overlap' },
    summary: {
      vi: 'Các mô-đun ở những bậc tương đương (khai báo trong khung) của hai nhánh dạy cùng một nội dung.',
      en: 'Modules at comparable levels of two tracks (declared in the framework) teach the same content.',
    },
  },
  'subsumed-programme': {
    severity: 'info',
    title: { vi: 'Chương trình bị bao hàm', en: 'Subsumed programme' },
    summary: {
      vi: 'Phần lớn số tiết của một chương trình (mặc định 80 %) đã được dạy ở các chương trình cùng bậc hoặc bậc cao hơn: chứng chỉ của nó có thể cắt bỏ.',
      en: "Most of a programme's hours (80 % by default) are taught by programmes at the same or a higher level: its certificate is a candidate to cut.",
    },
  },
  'redundant-prerequisite': {
    severity: 'info',
    title: { vi: 'Điều kiện tiên quyết thừa', en: 'Redundant prerequisite' },
    summary: {
      vi: 'Một mô-đun đòi hỏi một mô-đun mà điều kiện tiên quyết khác của nó đã đòi hỏi, trực tiếp hay gián tiếp.',
      en: 'A module requires a module that another of its prerequisites already requires, directly or not.',
    },
  },
});
