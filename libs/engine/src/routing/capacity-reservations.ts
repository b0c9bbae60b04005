/**
 * Capacity reservations: the hours each operation of each routed planned order takes on
 * its resource, one row per resource, day, order and operation, in the order the orders
 * are planned. Columns, like the rest of a run.
 */
import { columnBytes, Float64Column, Int32Column, type ColumnArena } from '../netting/columns';

export class CapacityReservations {
  count = 0;
  readonly resource: Int32Column;
  readonly day: Int32Column;
  /** Planned order index, or -(supply row + 1) for an approved planned order of an earlier run. */
  readonly order: Int32Column;
  /** The order's node. */
  readonly node: Int32Column;
  /** The operation's sequence number. */
  readonly operation: Int32Column;
  readonly hours: Float64Column;

  /** Bytes of the first buffers, for sizing a ColumnArena. */
  static bytes(capacity: number): number {
    return 5 * columnBytes(capacity, 4) + columnBytes(capacity, 8);
  }

  constructor(capacity = 1024, arena?: ColumnArena) {
    this.resource = new Int32Column(capacity, arena);
    this.day = new Int32Column(capacity, arena);
    this.order = new Int32Column(capacity, arena);
    this.node = new Int32Column(capacity, arena);
    this.operation = new Int32Column(capacity, arena);
    this.hours = new Float64Column(capacity, arena);
  }

  add(
    resource: number,
    day: number,
    order: number,
    node: number,
    operation: number,
    hours: number,
  ): void {
    const k = this.count++;
    if (this.count > this.resource.data.length) {
      this.resource.ensure(this.count);
      this.day.ensure(this.count);
      this.order.ensure(this.count);
      this.node.ensure(this.count);
      this.operation.ensure(this.count);
      this.hours.ensure(this.count);
    }
    this.resource.data[k] = resource;
    this.day.data[k] = day;
    this.order.data[k] = order;
    this.node.data[k] = node;
    this.operation.data[k] = operation;
    this.hours.data[k] = hours;
  }
}
