import { defineRule } from './rule.js';

/** A file cannot be read: permission denied, not a regular file (FIFO, device, socket), a broken symbolic link, or a link that leads outside the folder being read. */
export const unreadableFile = defineRule({
  id: 'unreadable-file',
  severity: 'error',
  stage: 'load',
  fixed: true,
  acceptsIntended: false,
  needsWholeRepository: false,
});
