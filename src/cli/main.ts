import { Command, CommanderError } from 'commander';
import { analyzeCommand, planCommand, reportCommand } from './commands/analyze.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { validateCommand } from './commands/validate.js';
import { render } from '../messages/catalogue.js';
import { visibleLines } from '../report/visible.js';
import { type CliIo, UsageError, exitCodes, messageLang } from './io.js';
import { toolVersion } from './version.js';

/** Runs the CLI and returns its exit code. Output goes only through `io`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const done = (code: number) => {
    exitCode = code;
  };
  const program = new Command('curriculum-dedup')
    .description(
      'Find overlapping modules and hierarchy gaps in training curricula written in YAML.',
    )
    .version(toolVersion, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'on an internal error, print its stack trace')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(visibleLines(s)),
      writeErr: (s) => io.stderr.write(visibleLines(s)),
    })
    .exitOverride()
    .addCommand(analyzeCommand(io, done), { isDefault: true })
    .addCommand(validateCommand(io, done))
    .addCommand(reportCommand(io, done))
    .addCommand(planCommand(io, done))
    .addCommand(initCommand(io, done))
    .addCommand(importCommand(io, done));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(visibleLines(s)),
      writeErr: (s) => io.stderr.write(visibleLines(s)),
    });
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.invalid;
    }
    if (error instanceof UsageError) {
      const lang = error.lang ?? messageLang(argv, io.env);
      io.stderr.write(
        visibleLines(render(error.problem, lang))
          .split('\n')
          .map((line) => `curriculum-dedup: ${line}\n`)
          .join(''),
      );
      return exitCodes.invalid;
    }
    // A bug, not a user error: say so plainly; the stack trace is for maintainers (--debug).
    const message = error instanceof Error ? error.message : String(error);
    const debug = program.opts<{ debug?: boolean }>().debug === true;
    const detail = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
    io.stderr.write(
      `curriculum-dedup: internal error: ${visibleLines(message)}${visibleLines(detail)}\n` +
        (debug ? '' : 'curriculum-dedup: please report it; --debug shows where it happened\n'),
    );
    return exitCodes.internal;
  }
}
