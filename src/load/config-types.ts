import type { FailOn } from '../findings/finding.js';
import type { RuleSettings } from '../findings/rule.js';
import type { Activity } from '../model/catalog.js';
import type { Lang } from '../model/lang.js';
import type { FileIdentity } from './read.js';

/**
 * The config file (docs/config.md): the command's options written down once for a repository,
 * with per-rule severities. Read beside the curriculum files, by the same parser and with
 * the same located errors; what its options mean is the command's (src/cli/config.ts).
 */

/** Names a config file may have, in the order they are looked for. Both in one folder is an error. */
export const configFileNames = ['curriculum-dedup.config.yaml', '.curriculum-dedup.yaml'] as const;

/**
 * The config file's content, as schemas/config.schema.json describes it: report formats are
 * the schema's names (`$defs.format`), which the command maps to its reporters.
 */
export interface ConfigFile {
  readonly threshold?: number;
  readonly duplicateThreshold?: number;
  readonly include?: readonly Activity[];
  readonly ignore?: readonly string[];
  readonly format?: string;
  readonly output?: string;
  readonly reports?: readonly { readonly format: string; readonly output?: string }[];
  readonly failOn?: FailOn;
  readonly baseline?: string;
  readonly lang?: Lang;
  readonly rules?: RuleSettings;
}

/** A config file read and checked: what it says, and where it is. */
export interface LoadedConfig {
  /** The file as shown to users (relative to the working directory when inside it). */
  readonly file: string;
  /** Its folder, absolute: the paths it names are relative to it. */
  readonly folder: string;
  /** Device and inode, so that no output is ever written over it. */
  readonly identity: FileIdentity;
  readonly config: ConfigFile;
}
