#!/usr/bin/env node
import { main } from '../dist/cli/launch.js';

await main();
