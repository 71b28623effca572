import { describe, expect, it } from 'vitest';
import { catalogues, message, render } from '../../src/messages/catalogue.js';
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

describe('render with the data’s own terms (moduleTerm)', () => {
  const cluster = message('report.console.clusters', { clusters: 2, pairs: 3, notListed: 0 });

  it('says the term where the catalogue says module, in counts and headings', () => {
    expect(render(cluster, 'vi', { module: 'chuyên đề' })).toBe(
      '2 cụm chuyên đề trùng lặp (3 cặp)',
    );
    expect(render(message('report.markdown.modules'), 'vi', { module: 'học phần' })).toBe(
      'Học phần',
    );
    expect(render(message('rule.module-overlap.title'), 'vi', { module: 'chuyên đề' })).toBe(
      'Chuyên đề trùng lặp',
    );
  });

  it("keeps the catalogue's word without a term", () => {
    expect(render(cluster, 'vi')).toBe('2 cụm mô-đun trùng lặp (3 cặp)');
    expect(render(message('report.markdown.modules'), 'en')).toBe('Modules');
  });

  it('inflects an English term as English nouns: one, or more with an s', () => {
    const totals = (modules: number) =>
      render(
        message('report.console.totals', { programmes: 1, modules, hours: 2, unit: 'noun.period' }),
        'en',
        { module: 'course unit' },
      );
    expect(totals(1)).toBe('1 programme, 1 course unit, 2 periods');
    expect(totals(3)).toBe('1 programme, 3 course units, 2 periods');
  });
});
