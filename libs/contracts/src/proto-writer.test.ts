/** The column writer's bytes read back with the generated protobuf decoder. */
import { replan } from './gen/replan';
import { ProtoWriter } from './proto-writer';

describe('ProtoWriter', () => {
  it('writes packed columns and strings a protobuf decoder reads back', () => {
    const w = new ProtoWriter();
    w.start();
    const long = 'x'.repeat(200);
    // Field numbers of NodeBatch (proto/replan/v1/result.proto).
    w.strings(1, ['', 'A-1', 'Zürich', long, '€', 'é'.repeat(100)], 6);
    w.packedUint32(2, Int32Array.of(1, 300, 2 ** 31, 7), 3); // the first three only
    w.packedInt32(8, Int32Array.of(-1, 0, 20_000, -(2 ** 31)), 4); // days before 1970 too
    w.packedDouble(6, Float64Array.of(0.1, -2.5, 1e12), 3);
    w.packedUint32(9, [], 0); // an empty column is left out
    const bytes = w.frame((h) => {
      h.uint32Field(1, replan.v1.ResultEntity.RESULT_ENTITY_NODES);
      h.uint32Field(2, 4);
    }, 18);
    const batch = replan.v1.ResultBatch.decode(bytes);
    expect(batch.entity).toBe(replan.v1.ResultEntity.RESULT_ENTITY_NODES);
    expect(batch.sequence).toBe(4);
    const nodes = batch.nodes;
    expect(nodes?.dictionary).toEqual(['', 'A-1', 'Zürich', long, '€', 'é'.repeat(100)]);
    expect(nodes?.item).toEqual([1, 300, 2 ** 31]);
    expect(nodes?.fulfilmentDate).toEqual([-1, 0, 20_000, -(2 ** 31)]);
    expect(nodes?.minimumInventory).toEqual([0.1, -2.5, 1e12]);
    expect(nodes?.coverageTimeFence ?? []).toEqual([]);
  });

  it('writes zigzag and bool columns', () => {
    const w = new ProtoWriter();
    w.start();
    w.packedSint32(13, Int32Array.of(-3, 0, 5, -(2 ** 31)), 4);
    w.packedBool(16, Uint8Array.of(1, 0, 2), 3);
    const bytes = w.frame((h) => h.uint32Field(1, 2), 11);
    const orders = replan.v1.ResultBatch.decode(bytes).plannedOrders;
    expect(orders?.delayDays).toEqual([-3, 0, 5, -(2 ** 31)]);
    expect(orders?.toFirm).toEqual([true, false, true]);
  });
});
