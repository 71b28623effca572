import { Command, Option } from 'commander';
import { isLang, langs } from '../../model/lang.js';
import type { CliIo } from '../io.js';
import { runImport } from '../import-run.js';

/** `import FILE -o DIR`: a spreadsheet of modules to programme files. */
export function importCommand(io: CliIo, done: (code: number) => void): Command {
  return new Command('import')
    .description(
      'read a .csv or .xlsx file with one row per module and write one programme file per programme',
    )
    .argument('<file>', 'the spreadsheet: .csv (UTF-8, comma or semicolon) or .xlsx')
    .requiredOption('-o, --output <folder>', 'the folder to write the programme files to')
    .option(
      '--map <header=field>',
      'read a column under another header, e.g. --map "Tên học phần=module title"; repeatable',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--force', 'replace programme files that exist (never the spreadsheet)')
    .option(
      '--framework <file>',
      'the framework whose tracks and levels the rows name (default: framework.yaml in the folder or above it)',
    )
    .addOption(
      new Option('--lang <lang>', 'language of what import prints (default: vi)').choices(langs),
    )
    .action(
      async (
        file: string,
        options: {
          output: string;
          map?: string[];
          force?: boolean;
          framework?: string;
          lang?: string;
        },
      ) => {
        const lang = options.lang !== undefined && isLang(options.lang) ? options.lang : 'vi';
        done(
          await runImport(
            {
              file,
              output: options.output,
              map: options.map ?? [],
              force: options.force === true,
              ...(options.framework === undefined ? {} : { framework: options.framework }),
              lang,
            },
            io,
          ),
        );
      },
    );
}
