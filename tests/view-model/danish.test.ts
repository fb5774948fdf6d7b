import { describe, expect, it } from 'vitest';
import { anchorPart } from '../../src/view-model/build-view.js';
import { committeeSlug } from '../../src/view-model/committees.js';
import { danishDate, danishList, reportTitle, roundTimeLabel } from '../../src/view-model/danish.js';

describe('Danish formatting', () => {
  it('dates', () => {
    expect(danishDate('2019-08-01')).toBe('1. august 2019');
    expect(danishDate('2019-04-04')).toBe('4. april 2019');
    expect(danishDate('2020-12-31')).toBe('31. december 2020');
  });
  it('the Tid column', () => {
    expect(roundTimeLabel(1, 2019)).toBe('1. budgetopfølgning 2019');
    expect(roundTimeLabel(3, 2019)).toBe('3. budgetopfølgning 2019');
    expect(roundTimeLabel(4, 2019)).toBe('31.12.2019');
  });
  it('titles', () => {
    expect(reportTitle(1, 'Aftale om budget 2019', 'Social- og Sundhedsudvalget')).toBe(
      'Første opfølgning på Aftale om budget 2019 for Social- og Sundhedsudvalget',
    );
    expect(reportTitle(2, 'Aftale om budget 2019', 'Ballerup Kommune')).toBe('Anden opfølgning på Aftale om budget 2019 for Ballerup Kommune');
    expect(reportTitle(3, 'A', 'B')).toBe('Tredje opfølgning på A for B');
    expect(reportTitle(4, 'A', 'B')).toBe('Endelig opfølgning på A for B');
  });
  it('lists', () => {
    expect(danishList(['A'])).toBe('A');
    expect(danishList(['A', 'B'])).toBe('A og B');
    expect(danishList(['A', 'B', 'C'])).toBe('A, B og C');
    expect(danishList(['A', 'B', 'C'], 'samt')).toBe('A, B samt C');
  });
});

describe('committee slugs (cli.md)', () => {
  it('as the spec spells them', () => {
    expect(committeeSlug('Social- og Sundhedsudvalget')).toBe('social-og-sundhedsudvalget');
    expect(committeeSlug('Børne- og Skoleudvalget')).toBe('boerne-og-skoleudvalget');
    expect(committeeSlug('Kultur-, Fritids- og Idrætsudvalget')).toBe('kultur-fritids-og-idraetsudvalget');
    expect(committeeSlug('Plan-, Klima- og Miljøudvalget')).toBe('plan-klima-og-miljoeudvalget');
    expect(committeeSlug('Økonomiudvalget')).toBe('oekonomiudvalget');
    expect(committeeSlug('Ældre- og Handicapudvalget')).toBe('aeldre-og-handicapudvalget');
    expect(committeeSlug('Kommunalbestyrelsen')).toBe('kommunalbestyrelsen');
    expect(committeeSlug('Vej å')).toBe('vej-aa');
  });
  it('never a path: slashes, dots and control characters become dashes', () => {
    expect(committeeSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(committeeSlug('a/b\\c\u0000d\nE')).toBe('a-b-c-d-e');
    expect(committeeSlug('...')).toBe('udvalg');
  });
});

describe('initiative anchors', () => {
  it('keep the usual ids readable and never give two ids the same anchor', () => {
    expect(anchorPart('1.10')).toBe('1-10');
    expect(anchorPart('4.01.2')).toBe('4-01-2');
    const ids = ['1.10', '1_10', '1-10', '1.1.0', '11.0', '1 10', 'æ.1', 'ø.1'];
    expect(new Set(ids.map(anchorPart)).size).toBe(ids.length);
  });
});
