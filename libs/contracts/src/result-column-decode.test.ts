/**
 * Decoding result batches into columns checks them as the row decoder does: a bad
 * dictionary reference, an unknown enum number or a column of the wrong length is a
 * ContractError naming the batch, the row and the field.
 */
import { generateDataset } from '@replan/datagen';
import { compileDataset, planResultColumns, runPlan } from '@replan/engine';
import { replan } from './gen/replan';
import {
  ContractError,
  decodeResultBatch,
  decodeResultBatchColumns,
  encodeResultColumnParts,
} from './index';

const v1 = replan.v1;

function plannedOrderBatch(): replan.v1.ResultBatch {
  const run = runPlan(compileDataset(generateDataset({ items: 60, seed: 3, depth: 3 })));
  for (const bytes of encodeResultColumnParts(planResultColumns(run, 5000), 5000)) {
    const batch = v1.ResultBatch.decode(bytes);
    if (batch.plannedOrders != null) return batch;
  }
  throw new Error('no planned orders');
}

describe('decodeResultBatchColumns', () => {
  it('reads a batch as the row decoder does, field by field', () => {
    const bytes = v1.ResultBatch.encode(plannedOrderBatch()).finish();
    const rows = decodeResultBatch(bytes).part;
    const columns = decodeResultBatchColumns(bytes).part;
    if (rows.kind !== 'rows' || rows.list !== 'plannedOrders' || columns.kind !== 'columns') {
      throw new Error('not a planned order batch');
    }
    const { batch } = columns;
    const first = rows.rows[0];
    const id = batch.columns.id;
    const item = batch.columns.item;
    const type = batch.columns.type;
    expect(batch.size).toBe(rows.rows.length);
    expect(id?.kind === 'text' && id.values[0]).toBe(first?.id);
    expect(item?.kind === 'ref' && item.dictionary[item.refs[0] ?? 0]).toBe(first?.item);
    expect(type?.kind === 'name' && type.names[type.values[0] ?? 0]).toBe(first?.type);
  });

  it('names a bad dictionary reference', () => {
    const batch = plannedOrderBatch();
    const body = batch.plannedOrders as replan.v1.PlannedOrderBatch;
    body.item[1] = 9999;
    const bytes = v1.ResultBatch.encode(batch).finish();
    expect(() => decodeResultBatchColumns(bytes)).toThrow(ContractError);
    expect(() => decodeResultBatchColumns(bytes)).toThrow(
      /plannedOrders batch 0: row 1: item has a bad dictionary index 9999/,
    );
  });

  it('names an unknown enum number and a column of the wrong length', () => {
    const batch = plannedOrderBatch();
    const body = batch.plannedOrders as replan.v1.PlannedOrderBatch;
    // A wire number no planned order type has (the generated enum type does not allow it).
    (body.type as number[])[0] = 77;
    expect(() => decodeResultBatchColumns(v1.ResultBatch.encode(batch).finish())).toThrow(
      /plannedOrders batch 0: row 0: unknown type 77/,
    );
    body.type[0] = 1;
    body.quantity.pop();
    expect(() => decodeResultBatchColumns(v1.ResultBatch.encode(batch).finish())).toThrow(
      /column quantity has \d+ values for \d+ rows/,
    );
  });
});
