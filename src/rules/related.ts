import type { RelatedLocation } from '../findings/finding.js';
import type { Module } from '../model/catalog.js';
import { message } from '../messages/catalogue.js';

/** A module a finding points to, at its place in the files, named by its ref and title. */
export function relatedModule(module: Module): RelatedLocation {
  return {
    ...module.location,
    message: message('common.module', { ref: module.ref, title: module.title }),
  };
}
