import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/messages/catalogue.js';
import { langs } from '../../src/model/lang.js';

/**
 * The compiler holds every catalogue to English's ids and data (src/messages/catalogue.ts);
 * this holds them at run time too, where a cast or a JavaScript caller could slip past it.
 */
describe('message catalogues', () => {
  const english = catalogues.en as Readonly<Record<string, unknown>>;

  it.each(langs)('%s has every message English has, and no other', (lang) => {
    const catalogue = catalogues[lang] as Readonly<Record<string, unknown>>;
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(langs)('%s gives a template where English takes data, and text where not', (lang) => {
    const catalogue = catalogues[lang] as Readonly<Record<string, unknown>>;
    const kinds = (c: Readonly<Record<string, unknown>>) =>
      Object.fromEntries(Object.entries(c).map(([id, entry]) => [id, typeof entry]));
    expect(kinds(catalogue)).toEqual(kinds(english));
  });

  it.each(langs)('%s has no empty text', (lang) => {
    const empty = Object.entries(catalogues[lang]).filter(([, entry]) => entry === '');
    expect(empty).toEqual([]);
  });
});
