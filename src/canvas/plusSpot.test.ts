import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { clearSpot, spotBox, type Spot } from './plusSpot';

const card = { left: 100, top: 100, right: 300, bottom: 200 };
const right: Spot = { position: Position.Right, align: 'center' };
const rightTop: Spot = { position: Position.Right, align: 'start' };
const leftTop: Spot = { position: Position.Left, align: 'start' };

describe('plusSpot: where a "+" goes beside its element', () => {
  it('a spot\'s box lies 6 px outside the card, 24 px square, aligned along the side', () => {
    expect(spotBox(card, right)).toEqual({ left: 306, right: 330, top: 138, bottom: 162 });
    expect(spotBox(card, rightTop)).toEqual({ left: 306, right: 330, top: 100, bottom: 124 });
    expect(spotBox(card, { position: Position.Bottom, align: 'end' })).toEqual({ left: 276, right: 300, top: 206, bottom: 230 });
  });

  it('takes the first spot no connector comes within 4 px of: a stage\'s connector leaving at the card\'s middle moves it to the top', () => {
    // given a connector running right from the middle of the card's right side
    const line = Array.from({ length: 20 }, (_, i) => ({ x: 305 + i * 3, y: 150 }));
    // then the middle spot is passed over for the top one
    expect(clearSpot(card, [right, rightTop], line, [])).toEqual(rightTop);
    // a point 5 px below the top spot's box does not count
    expect(clearSpot(card, [rightTop], [{ x: 310, y: 129 }], [])).toEqual(rightTop);
  });

  it('passes over a spot on another card or a label; with no clear spot, takes the one touching least', () => {
    const otherCard = { left: 305, top: 90, right: 400, bottom: 130 };
    expect(clearSpot(card, [rightTop, right], [], [otherCard])).toEqual(right);
    // every spot touched: the one on fewer connector points wins over a card
    const fewPoints = [{ x: 90, y: 110 }];
    expect(clearSpot(card, [rightTop, leftTop], fewPoints, [otherCard])).toEqual(leftTop);
  });
});
