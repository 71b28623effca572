import type { ErrorObject } from 'ajv';
import { validate_config } from '../generated/validators.js';

/**
 * The config file's schema (schemas/config.schema.json), compiled ahead of time with the
 * curriculum schemas by scripts/build-schemas.mjs, with the same options (every error,
 * verbose, strict): a run that reads a config file neither loads ajv nor compiles a schema.
 * Here because only `load` may import what is generated; the config file is read in `cli`.
 */
export const validateConfigSchema: {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
} = validate_config;
