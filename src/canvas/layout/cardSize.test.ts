import { describe, expect, it } from 'vitest';
import * as G from '../geometry';
import { labelLines, stageHeaderHeight } from './cardSize';
import { textWidth } from './textMetrics';

describe('labelLines (how many lines a card label takes after its icon)', () => {
  it('a first word too wide to sit beside the icon leaves the icon alone on the first line, then fills whole lines', () => {
    const long = 'Supercalifragilisticexpialidocious_user_accounts_creation_without_spaces_at_all_here';
    // 710 px of bold 17 px text in a 208 px card: the browser draws the icon, then 4 lines of the word
    expect(textWidth(long, G.LABEL_FONT)).toBeGreaterThan(3 * G.CARD_INNER);
    expect(textWidth(long, G.LABEL_FONT)).toBeLessThan(4 * G.CARD_INNER - 20);
    expect(labelLines(long, G.CARD_INNER, false)).toBe(5);
  });

  it('a label whose first word fits beside the icon wraps at spaces as before', () => {
    expect(labelLines('Create user accounts', G.CARD_INNER, false)).toBe(1);
    expect(labelLines('Provision the new starter laptop with the standard image', G.CARD_INNER, false)).toBe(3);
  });
});

describe('stageHeaderHeight (a stage header as the browser draws it)', () => {
  it('keeps a label that fits beside the icon on one line: "Accounts and equipment" (onboarding) is 203 px of the 206 px there', () => {
    // given the onboarding sample's start stage; Chromium draws its header 61 px tall (label, then the Start chip)
    const inner = G.STAGE_WIDTH - 2 * (G.CARD_BORDER + G.STAGE_PAD);
    expect(textWidth('Accounts and equipment', G.LABEL_FONT)).toBeLessThan(inner - G.ICON_SPACE);
    // then
    expect(labelLines('Accounts and equipment', inner, false)).toBe(1);
    expect(stageHeaderHeight('Accounts and equipment', ['Start'], false)).toBe(2 * G.STAGE_HEADER_PAD_Y + G.LABEL_LINE + G.META_GAP + G.CHIP_LINE);
  });
});
