import type { PlanResult } from '@replan/engine';
import { inChunks, planResultJson } from './result-json';

function emptyResult(): PlanResult {
  return {
    formatVersion: 1,
    plan: 'P',
    planDate: '2026-03-02',
    counts: {
      nodes: 0,
      plannedNodes: 0,
      requirements: 0,
      receipts: 0,
      plannedOrders: 0,
      pegging: 0,
      requirementEvents: 0,
    },
    scope: { filtered: false, items: [] },
    plannedOrders: [],
    nodes: [],
    requirements: [],
    receipts: [],
    pegging: [],
    delays: [],
    actions: [],
    forecasts: [],
    capacityLoad: [],
    capacityReservations: [],
    messages: [],
  };
}

describe('planResultJson', () => {
  it('writes the top-level fields first and empty arrays as []', () => {
    const text = [...planResultJson(emptyResult())].join('');
    expect(text.split('\n')[0]).toBe(
      '{"formatVersion":1,"plan":"P","planDate":"2026-03-02","counts":{"nodes":0,"plannedNodes":0,"requirements":0,"receipts":0,"plannedOrders":0,"pegging":0,"requirementEvents":0},"scope":{"filtered":false,"items":[]},',
    );
    expect(JSON.parse(text)).toEqual(emptyResult());
  });

  it('writes one row per line and drops undefined fields as JSON.stringify does', () => {
    const result = emptyResult();
    result.messages.push(
      { severity: 'warning', code: 'A', text: 'first', ref: undefined },
      { severity: 'info', code: 'B', text: 'second "quoted"\nline' },
    );
    const text = [...planResultJson(result)].join('');
    expect(text).toContain('"messages":[\n{"severity":"warning","code":"A","text":"first"},\n{');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(result)));
  });
});

describe('inChunks', () => {
  it('joins pieces into chunks of about the given size, losing nothing', () => {
    const pieces = Array.from({ length: 100 }, (_, i) => `piece ${i};`);
    const chunks = [...inChunks(pieces, 50)];
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(50);
  });

  it('yields nothing for nothing', () => {
    expect([...inChunks([], 10)]).toEqual([]);
  });
});
