import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './commands/analyze.js';
import { validateCommand } from './commands/validate.js';
import { type CliIo, UsageError, exitCodes } from './io.js';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

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
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .addCommand(analyzeCommand(io, done), { isDefault: true })
    .addCommand(validateCommand(io, done));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
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
      io.stderr.write(
        error.message
          .split('\n')
          .map((line) => `curriculum-dedup: ${line}\n`)
          .join(''),
      );
      return exitCodes.invalid;
    }
    // A bug, not a user error: say so plainly, with what a maintainer needs.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`curriculum-dedup: internal error (please report it)\n${detail}\n`);
    return 70;
  }
}
