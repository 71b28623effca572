import { Command, Option } from 'commander';
import { langs } from '../../model/lang.js';
import { isLang } from '../../model/lang.js';
import type { CliIo } from '../io.js';
import { initRepository } from '../init/init.js';

/** `init`: a new curriculum repository in a folder, never over an existing file. */
export function initCommand(io: CliIo, done: (code: number) => void): Command {
  return new Command('init')
    .description(
      'make a curriculum repository: a framework, an example programme, a config file and a CI workflow, never over an existing file',
    )
    .argument('[folder]', 'where to make it (made if need be)', '.')
    .addOption(
      new Option('--lang <lang>', 'language of what init prints (default: vi)').choices(langs),
    )
    .action(async (folder: string, options: { lang?: string }) => {
      const lang = options.lang !== undefined && isLang(options.lang) ? options.lang : 'vi';
      done(await initRepository(folder, lang, io));
    });
}
