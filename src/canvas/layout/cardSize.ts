/**
 * Heights of step cards, stage headers and decisions from their text, so that nothing on a card is
 * cut at 100%: labels wrap onto as many lines as they need and so do chips (the nodes' stylesheet
 * sets the same fonts, line heights and paddings as geometry.ts).
 */
import * as G from '../geometry';
import { lineCount, textWidth, type Font } from './textMetrics';

/**
 * Spare px per line, for sub-pixel differences between this estimate and the browser (Chromium sets
 * "Accounts and equipment" in bold 17 px at 203.07 px where the AFM widths give 203.08). Not more:
 * at 3 px that label, 203 px in a stage header's 206 px beside its icon, was counted as two lines,
 * and the header kept an empty line under it.
 */
const SLACK = 2;

/**
 * Rows a set of chips takes when they wrap in `width` px (a chip wider than a row wraps its text,
 * also after the dots of a reference: the step card draws its chips with `softBreaks`).
 */
export function chipRows(chips: readonly string[], width: number, font: Font = G.CHIP_FONT): number {
  let rows = 0;
  let used = 0;
  for (const chip of chips) {
    const w = textWidth(chip, font) + 2 * G.CHIP_PAD_X;
    if (w > width) {
      rows += (used > 0 ? 1 : 0) + lineCount(chip, font, width - 2 * G.CHIP_PAD_X - SLACK, { breakAfterDots: true });
      used = 0;
      continue;
    }
    if (used === 0) {
      rows++;
      used = w;
    } else if (used + G.CHIP_GAP + w <= width - SLACK) {
      used += G.CHIP_GAP + w;
    } else {
      rows++;
      used = w;
    }
  }
  return Math.max(rows, 1);
}

/** Height of a block of `rows` chip rows. */
function chipBlock(rows: number): number {
  return rows * G.CHIP_LINE + (rows - 1) * G.CHIP_GAP;
}

/**
 * Lines of a label after its icon (and its problem marker, when it has problems). Every line is
 * counted as narrowed by the icon (erring towards a line too many), except when the first word does
 * not fit beside the icon: the browser then breaks after the icon (an inline block) rather than in
 * the word, leaving the icon alone on the first line, and the word starts on the next one
 * (`overflow-wrap: anywhere` breaks a word only where a line has no other break).
 */
export function labelLines(label: string, width: number, hasProblems: boolean, font: Font = G.LABEL_FONT): number {
  const text = width - (hasProblems ? G.MARKER_SPACE : 0) - SLACK;
  const firstWord = label.trim().split(/\s+/)[0] ?? '';
  if (textWidth(firstWord, font) > text - G.ICON_SPACE) return 1 + lineCount(label, font, text);
  return lineCount(label, font, text - G.ICON_SPACE);
}

export interface StepCardText {
  label: string;
  /** "Flow: …" line. */
  meta: string;
  chips: readonly string[];
  hasProblems: boolean;
}

/**
 * Height of a step card. The run view shows a status row in place of the flow line (then, until the
 * step starts, the same chips; after, a "runs as" line), so the flow line's room is at least a chip
 * row's, and a card keeps room for at least one chip row.
 */
export function stepCardHeight(card: StepCardText): number {
  const label = labelLines(card.label, G.CARD_INNER, card.hasProblems) * G.LABEL_LINE;
  // with its margin, the flow line's room holds the run view's status row
  const meta = Math.max(lineCount(card.meta, G.META_FONT, G.CARD_INNER - SLACK) * G.META_LINE, G.CHIP_LINE - G.META_MARGIN);
  const chips = chipBlock(chipRows(card.chips, G.CARD_INNER));
  return 2 * (G.CARD_BORDER + G.CARD_PAD_Y) + label + G.META_GAP + meta + G.CHIPS_GAP + chips;
}

/** Height of a stage's header (label, then its chips if it has any), inside the stage's border. */
export function stageHeaderHeight(label: string, chips: readonly string[], hasProblems: boolean): number {
  const inner = G.STAGE_WIDTH - 2 * (G.CARD_BORDER + G.STAGE_PAD);
  const lines = labelLines(label, inner, hasProblems) * G.LABEL_LINE;
  return 2 * G.STAGE_HEADER_PAD_Y + lines + (chips.length ? G.META_GAP + chipBlock(chipRows(chips, inner)) : 0);
}

/**
 * Height of a decision box. Its problem marker sits on the box's top-right corner, outside the text
 * (nodes.css): beside the label it left a 150 px box 74 px for the first line, and "Large loan?"
 * wrapped to "Large" / "loan?" as soon as the decision had a problem. So problems change nothing here.
 */
export function decisionHeight(label: string): number {
  const inner = G.DECISION_WIDTH - 2 * (G.CARD_BORDER + G.DECISION_PAD_X);
  return 2 * (G.CARD_BORDER + G.DECISION_PAD_Y) + labelLines(label, inner, false, G.DECISION_FONT) * G.DECISION_LINE;
}

/** What a started step's card shows in a run (StepNode.tsx, RunDecorations.tsx). */
export interface StartedCardText {
  /** Lines of its label (labelLines). */
  labelLines: number;
  /** Widths of the items of its status row (status chip, Stand-in, progress ring, Complete work item). */
  statusRow: readonly number[];
  /** Whether it shows who it runs as (one line). */
  runAs: boolean;
}

/** Rows that items of these widths take when they wrap in `width` px with the chips' gap. */
function itemRows(widths: readonly number[], width: number): number {
  let rows = 0;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + G.CHIP_GAP + w <= width - SLACK) used += G.CHIP_GAP + w;
    else {
      rows++;
      used = w;
    }
  }
  return Math.max(rows, 1);
}

/** Height of a started step's card in a run: its label, its status row, who it runs as. */
export function startedCardHeight(card: StartedCardText): number {
  const label = card.labelLines * G.LABEL_LINE;
  const status = chipBlock(itemRows(card.statusRow, G.CARD_INNER));
  return 2 * (G.CARD_BORDER + G.CARD_PAD_Y) + label + G.META_GAP + status + (card.runAs ? G.CHIP_GAP + G.META_LINE : 0);
}
