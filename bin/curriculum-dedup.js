#!/usr/bin/env node
import { main } from '../dist/cli/curriculum-dedup.mjs';

await main();
