import { describe, expect, it } from 'vitest';
import { apiNameFromLabel, apiNameProblem, packageNamespace } from './names';

describe('packageNamespace: the managed package a flow name comes from', () => {
  it('is the prefix before the one double underscore of a packaged flow, and null for a name of the org or a malformed one', () => {
    expect(packageNamespace('setup_service_experience__Create_Case')).toBe('setup_service_experience');
    expect(packageNamespace('ns__Review_Order')).toBe('ns');
    expect(['Review_Order', 'ns__Two__Parts', '__Flow', 'ns__', 'ns__Flow_'].map(packageNamespace)).toEqual([null, null, null, null, null]);
  });
});

describe('apiNameProblem: what is wrong with an API name, in words that hold for the name given', () => {
  it('says the letters are A to Z when the name has an accented letter (an é is a letter, but not one an API name may hold)', () => {
    expect(apiNameProblem('Étape_1')).toBe('API name "Étape_1" must start with a letter A–Z or a–z');
    expect(apiNameProblem('Stage_é')).toBe('API name "Stage_é" can contain only letters A–Z and a–z, digits and underscores');
    // the other rules are unchanged
    expect(apiNameProblem('1st')).toBe('API name "1st" must start with a letter A–Z or a–z');
    expect(apiNameProblem('Stage one')).toBe('API name "Stage one" can contain only letters A–Z and a–z, digits and underscores');
    expect(apiNameProblem('Stage_One')).toBeNull();
  });
});

describe('apiNameFromLabel: the API name a label derives', () => {
  it('keeps an accented letter\'s base letter in its word: "Crédit approuvé" is Credit_approuve, not Cre_dit_approuve', () => {
    expect(apiNameFromLabel('Crédit approuvé')).toBe('Credit_approuve');
    expect(apiNameFromLabel('Été review – 2nd')).toBe('Ete_review_2nd');
    expect(apiNameFromLabel('Überprüfung')).toBe('Uberprufung');
  });

  it('still splits words at anything else that is not a letter or digit, and fronts a digit with X_', () => {
    expect(apiNameFromLabel('Reserve stock!')).toBe('Reserve_stock');
    expect(apiNameFromLabel('2nd review')).toBe('X_2nd_review');
  });
});
