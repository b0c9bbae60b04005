/**
 * Coverage code "manual": no planned orders; each requirement line not fully covered is
 * reported as a SHORTAGE warning with the missing quantity.
 */
import { planDataset } from '../index';
import {
  messagesAbout,
  messagesByCode,
  mentionsNumber,
  pegMap,
  peggingTo,
  scenario,
} from './builders';

describe('manual coverage', () => {
  it('plans no orders and reports each uncovered line with its missing quantity', () => {
    const result = planDataset(
      scenario()
        .item('FG', { coverageCode: 'manual', purchaseLeadTime: 2 })
        .onHand('FG', 5)
        .purchase('PO1', 'FG', '2026-03-09', 2)
        .sales('S1', 'FG', '2026-03-05', 8)
        .sales('S2', 'FG', '2026-03-09', 4)
        .purchase('PO2', 'FG', '2026-03-11', 1)
        .sales('S3', 'FG', '2026-03-12', 1)
        .build(),
    );

    // S1 03-05 (8): on-hand 5 → 3 missing. S2 03-09 (4): PO1 (03-09) 2 → 2 missing.
    // S3 03-12 (1): PO2 (03-11) 1 → covered, no warning.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 5 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ PO1: 2 });
    expect(pegMap(peggingTo(result, 'S3'))).toEqual({ PO2: 1 });

    const shortages = messagesByCode(result, 'SHORTAGE');
    expect(shortages).toHaveLength(2);
    for (const m of shortages) {
      expect(m.severity).toBe('warning');
      expect(m.item).toBe('FG');
      expect(m.warehouse).toBe('MAIN');
    }
    const s1 = messagesAbout(result, 'SHORTAGE', 'S1');
    const s2 = messagesAbout(result, 'SHORTAGE', 'S2');
    expect(s1).toHaveLength(1);
    expect(s2).toHaveLength(1);
    expect(mentionsNumber(s1[0]?.text ?? '', 3)).toBe(true);
    expect(mentionsNumber(s2[0]?.text ?? '', 2)).toBe(true);
    expect(messagesAbout(result, 'SHORTAGE', 'S3')).toEqual([]);
  });

  it('reports a line with nothing at all as short by its full quantity', () => {
    const result = planDataset(
      scenario().item('FG', { coverageCode: 'manual' }).sales('S1', 'FG', '2026-03-05', 7).build(),
    );

    // No stock, no supply: S1 is missing 7.
    expect(result.plannedOrders).toEqual([]);
    expect(peggingTo(result, 'S1')).toEqual([]);
    const s1 = messagesAbout(result, 'SHORTAGE', 'S1');
    expect(s1).toHaveLength(1);
    expect(mentionsNumber(s1[0]?.text ?? '', 7)).toBe(true);
  });
});
