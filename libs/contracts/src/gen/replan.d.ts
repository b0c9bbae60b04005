import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace replan. */
export namespace replan {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a RunRequest.
         * @deprecated Use replan.v1.RunRequest.$Properties instead.
         */
        interface IRunRequest extends replan.v1.RunRequest.$Properties {
        }

        /** Represents a RunRequest. */
        class RunRequest {

            /**
             * Constructs a new RunRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.RunRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunRequest runId. */
            runId: string;

            /** RunRequest tenant. */
            tenant: string;

            /** RunRequest plan. */
            plan: string;

            /** RunRequest planDate. */
            planDate: number;

            /** RunRequest filter. */
            filter?: (replan.v1.PlanFilter.$Properties|null);

            /** RunRequest requestedAt. */
            requestedAt: number;

            /** RunRequest signature. */
            signature: Uint8Array;

            /**
             * Creates a new RunRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunRequest instance
             */
            static create(properties: replan.v1.RunRequest.$Shape): replan.v1.RunRequest & replan.v1.RunRequest.$Shape;
            static create(properties?: replan.v1.RunRequest.$Properties): replan.v1.RunRequest;

            /**
             * Encodes the specified RunRequest message. Does not implicitly {@link replan.v1.RunRequest.verify|verify} messages.
             * @param message RunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.RunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunRequest message, length delimited. Does not implicitly {@link replan.v1.RunRequest.verify|verify} messages.
             * @param message RunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.RunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.RunRequest & replan.v1.RunRequest.$Shape} RunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.RunRequest & replan.v1.RunRequest.$Shape;

            /**
             * Decodes a RunRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.RunRequest & replan.v1.RunRequest.$Shape} RunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.RunRequest & replan.v1.RunRequest.$Shape;

            /**
             * Verifies a RunRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunRequest
             */
            static fromObject(object: { [k: string]: any }): replan.v1.RunRequest;

            /**
             * Creates a plain object from a RunRequest message. Also converts values to other types if specified.
             * @param message RunRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.RunRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunRequest {

            /** Properties of a RunRequest. */
            interface $Properties {

                /** RunRequest runId */
                runId?: (string|null);

                /** RunRequest tenant */
                tenant?: (string|null);

                /** RunRequest plan */
                plan?: (string|null);

                /** RunRequest planDate */
                planDate?: (number|null);

                /** RunRequest filter */
                filter?: (replan.v1.PlanFilter.$Properties|null);

                /** RunRequest requestedAt */
                requestedAt?: (number|null);

                /** RunRequest signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunRequest. */
            type $Shape = {
              runId?: string|null;
              tenant?: string|null;
              plan?: string|null;
              planDate?: number|null;
              filter?: replan.v1.PlanFilter.$Shape|null;
              requestedAt?: number|null;
              signature?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            };
        }

        /** RunStage enum. */
        enum RunStage {

            /** RUN_STAGE_UNSPECIFIED value */
            RUN_STAGE_UNSPECIFIED = 0,

            /** RUN_STAGE_QUEUED value */
            RUN_STAGE_QUEUED = 1,

            /** RUN_STAGE_EXTRACT value */
            RUN_STAGE_EXTRACT = 2,

            /** RUN_STAGE_LOAD value */
            RUN_STAGE_LOAD = 3,

            /** RUN_STAGE_PLAN value */
            RUN_STAGE_PLAN = 4,

            /** RUN_STAGE_WRITE value */
            RUN_STAGE_WRITE = 5,

            /** RUN_STAGE_DONE value */
            RUN_STAGE_DONE = 6
        }

        /**
         * Properties of a RunProgress.
         * @deprecated Use replan.v1.RunProgress.$Properties instead.
         */
        interface IRunProgress extends replan.v1.RunProgress.$Properties {
        }

        /** Represents a RunProgress. */
        class RunProgress {

            /**
             * Constructs a new RunProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.RunProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunProgress runId. */
            runId: string;

            /** RunProgress stage. */
            stage: replan.v1.RunStage;

            /** RunProgress rows. */
            rows: number;

            /** RunProgress percent. */
            percent: number;

            /**
             * Creates a new RunProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunProgress instance
             */
            static create(properties: replan.v1.RunProgress.$Shape): replan.v1.RunProgress & replan.v1.RunProgress.$Shape;
            static create(properties?: replan.v1.RunProgress.$Properties): replan.v1.RunProgress;

            /**
             * Encodes the specified RunProgress message. Does not implicitly {@link replan.v1.RunProgress.verify|verify} messages.
             * @param message RunProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.RunProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunProgress message, length delimited. Does not implicitly {@link replan.v1.RunProgress.verify|verify} messages.
             * @param message RunProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.RunProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.RunProgress & replan.v1.RunProgress.$Shape} RunProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.RunProgress & replan.v1.RunProgress.$Shape;

            /**
             * Decodes a RunProgress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.RunProgress & replan.v1.RunProgress.$Shape} RunProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.RunProgress & replan.v1.RunProgress.$Shape;

            /**
             * Verifies a RunProgress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunProgress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunProgress
             */
            static fromObject(object: { [k: string]: any }): replan.v1.RunProgress;

            /**
             * Creates a plain object from a RunProgress message. Also converts values to other types if specified.
             * @param message RunProgress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.RunProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunProgress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunProgress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunProgress {

            /** Properties of a RunProgress. */
            interface $Properties {

                /** RunProgress runId */
                runId?: (string|null);

                /** RunProgress stage */
                stage?: (replan.v1.RunStage|null);

                /** RunProgress rows */
                rows?: (number|null);

                /** RunProgress percent */
                percent?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunProgress. */
            type $Shape = replan.v1.RunProgress.$Properties;
        }

        /** RunStatus enum. */
        enum RunStatus {

            /** RUN_STATUS_UNSPECIFIED value */
            RUN_STATUS_UNSPECIFIED = 0,

            /** RUN_STATUS_SUCCEEDED value */
            RUN_STATUS_SUCCEEDED = 1,

            /** RUN_STATUS_FAILED value */
            RUN_STATUS_FAILED = 2,

            /** RUN_STATUS_CANCELLED value */
            RUN_STATUS_CANCELLED = 3
        }

        /**
         * Properties of a RunNotice.
         * @deprecated Use replan.v1.RunNotice.$Properties instead.
         */
        interface IRunNotice extends replan.v1.RunNotice.$Properties {
        }

        /** Represents a RunNotice. */
        class RunNotice {

            /**
             * Constructs a new RunNotice.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.RunNotice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunNotice severity. */
            severity: replan.v1.Severity;

            /** RunNotice code. */
            code: string;

            /** RunNotice item. */
            item?: (string|null);

            /** RunNotice warehouse. */
            warehouse?: (string|null);

            /** RunNotice ref. */
            ref?: (string|null);

            /** RunNotice text. */
            text: string;

            /**
             * Creates a new RunNotice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunNotice instance
             */
            static create(properties: replan.v1.RunNotice.$Shape): replan.v1.RunNotice & replan.v1.RunNotice.$Shape;
            static create(properties?: replan.v1.RunNotice.$Properties): replan.v1.RunNotice;

            /**
             * Encodes the specified RunNotice message. Does not implicitly {@link replan.v1.RunNotice.verify|verify} messages.
             * @param message RunNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.RunNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunNotice message, length delimited. Does not implicitly {@link replan.v1.RunNotice.verify|verify} messages.
             * @param message RunNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.RunNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunNotice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.RunNotice & replan.v1.RunNotice.$Shape} RunNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.RunNotice & replan.v1.RunNotice.$Shape;

            /**
             * Decodes a RunNotice message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.RunNotice & replan.v1.RunNotice.$Shape} RunNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.RunNotice & replan.v1.RunNotice.$Shape;

            /**
             * Verifies a RunNotice message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunNotice message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunNotice
             */
            static fromObject(object: { [k: string]: any }): replan.v1.RunNotice;

            /**
             * Creates a plain object from a RunNotice message. Also converts values to other types if specified.
             * @param message RunNotice
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.RunNotice, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunNotice to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunNotice
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunNotice {

            /** Properties of a RunNotice. */
            interface $Properties {

                /** RunNotice severity */
                severity?: (replan.v1.Severity|null);

                /** RunNotice code */
                code?: (string|null);

                /** RunNotice item */
                item?: (string|null);

                /** RunNotice warehouse */
                warehouse?: (string|null);

                /** RunNotice ref */
                ref?: (string|null);

                /** RunNotice text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunNotice. */
            type $Shape = replan.v1.RunNotice.$Properties;
        }

        /**
         * Properties of a RunCompleted.
         * @deprecated Use replan.v1.RunCompleted.$Properties instead.
         */
        interface IRunCompleted extends replan.v1.RunCompleted.$Properties {
        }

        /** Represents a RunCompleted. */
        class RunCompleted {

            /**
             * Constructs a new RunCompleted.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.RunCompleted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunCompleted runId. */
            runId: string;

            /** RunCompleted status. */
            status: replan.v1.RunStatus;

            /** RunCompleted counts. */
            counts?: (replan.v1.ResultCounts.$Properties|null);

            /** RunCompleted messages. */
            messages: replan.v1.RunNotice.$Properties[];

            /** RunCompleted warnings. */
            warnings: string[];

            /** RunCompleted error. */
            error?: (string|null);

            /**
             * Creates a new RunCompleted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunCompleted instance
             */
            static create(properties: replan.v1.RunCompleted.$Shape): replan.v1.RunCompleted & replan.v1.RunCompleted.$Shape;
            static create(properties?: replan.v1.RunCompleted.$Properties): replan.v1.RunCompleted;

            /**
             * Encodes the specified RunCompleted message. Does not implicitly {@link replan.v1.RunCompleted.verify|verify} messages.
             * @param message RunCompleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.RunCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunCompleted message, length delimited. Does not implicitly {@link replan.v1.RunCompleted.verify|verify} messages.
             * @param message RunCompleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.RunCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunCompleted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.RunCompleted & replan.v1.RunCompleted.$Shape} RunCompleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.RunCompleted & replan.v1.RunCompleted.$Shape;

            /**
             * Decodes a RunCompleted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.RunCompleted & replan.v1.RunCompleted.$Shape} RunCompleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.RunCompleted & replan.v1.RunCompleted.$Shape;

            /**
             * Verifies a RunCompleted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunCompleted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunCompleted
             */
            static fromObject(object: { [k: string]: any }): replan.v1.RunCompleted;

            /**
             * Creates a plain object from a RunCompleted message. Also converts values to other types if specified.
             * @param message RunCompleted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.RunCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunCompleted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunCompleted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunCompleted {

            /** Properties of a RunCompleted. */
            interface $Properties {

                /** RunCompleted runId */
                runId?: (string|null);

                /** RunCompleted status */
                status?: (replan.v1.RunStatus|null);

                /** RunCompleted counts */
                counts?: (replan.v1.ResultCounts.$Properties|null);

                /** RunCompleted messages */
                messages?: (replan.v1.RunNotice.$Properties[]|null);

                /** RunCompleted warnings */
                warnings?: (string[]|null);

                /** RunCompleted error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunCompleted. */
            type $Shape = replan.v1.RunCompleted.$Properties;
        }

        /** ResultEntity enum. */
        enum ResultEntity {

            /** RESULT_ENTITY_UNSPECIFIED value */
            RESULT_ENTITY_UNSPECIFIED = 0,

            /** RESULT_ENTITY_SUMMARY value */
            RESULT_ENTITY_SUMMARY = 1,

            /** RESULT_ENTITY_PLANNED_ORDERS value */
            RESULT_ENTITY_PLANNED_ORDERS = 2,

            /** RESULT_ENTITY_PEGGING value */
            RESULT_ENTITY_PEGGING = 3,

            /** RESULT_ENTITY_DELAYS value */
            RESULT_ENTITY_DELAYS = 4,

            /** RESULT_ENTITY_ACTIONS value */
            RESULT_ENTITY_ACTIONS = 5,

            /** RESULT_ENTITY_FORECASTS value */
            RESULT_ENTITY_FORECASTS = 6,

            /** RESULT_ENTITY_MESSAGES value */
            RESULT_ENTITY_MESSAGES = 7,

            /** RESULT_ENTITY_REQUIREMENTS value */
            RESULT_ENTITY_REQUIREMENTS = 8,

            /** RESULT_ENTITY_NODES value */
            RESULT_ENTITY_NODES = 9,

            /** RESULT_ENTITY_RECEIPTS value */
            RESULT_ENTITY_RECEIPTS = 10,

            /** RESULT_ENTITY_CAPACITY_LOAD value */
            RESULT_ENTITY_CAPACITY_LOAD = 11,

            /** RESULT_ENTITY_CAPACITY_RESERVATIONS value */
            RESULT_ENTITY_CAPACITY_RESERVATIONS = 12
        }

        /** ReceiptKind enum. */
        enum ReceiptKind {

            /** RECEIPT_KIND_UNSPECIFIED value */
            RECEIPT_KIND_UNSPECIFIED = 0,

            /** RECEIPT_KIND_ON_HAND value */
            RECEIPT_KIND_ON_HAND = 1,

            /** RECEIPT_KIND_SUPPLY value */
            RECEIPT_KIND_SUPPLY = 2,

            /** RECEIPT_KIND_PLANNED_ORDER value */
            RECEIPT_KIND_PLANNED_ORDER = 3
        }

        /** IssueKind enum. */
        enum IssueKind {

            /** ISSUE_KIND_UNSPECIFIED value */
            ISSUE_KIND_UNSPECIFIED = 0,

            /** ISSUE_KIND_DEMAND value */
            ISSUE_KIND_DEMAND = 1,

            /** ISSUE_KIND_FORECAST value */
            ISSUE_KIND_FORECAST = 2,

            /** ISSUE_KIND_PLANNED_COMPONENT value */
            ISSUE_KIND_PLANNED_COMPONENT = 3,

            /** ISSUE_KIND_PLANNED_TRANSFER value */
            ISSUE_KIND_PLANNED_TRANSFER = 4
        }

        /** ActionKind enum. */
        enum ActionKind {

            /** ACTION_KIND_UNSPECIFIED value */
            ACTION_KIND_UNSPECIFIED = 0,

            /** ACTION_KIND_ADVANCE value */
            ACTION_KIND_ADVANCE = 1,

            /** ACTION_KIND_POSTPONE value */
            ACTION_KIND_POSTPONE = 2,

            /** ACTION_KIND_INCREASE value */
            ACTION_KIND_INCREASE = 3,

            /** ACTION_KIND_DECREASE value */
            ACTION_KIND_DECREASE = 4,

            /** ACTION_KIND_CANCEL value */
            ACTION_KIND_CANCEL = 5
        }

        /** Severity enum. */
        enum Severity {

            /** SEVERITY_UNSPECIFIED value */
            SEVERITY_UNSPECIFIED = 0,

            /** SEVERITY_ERROR value */
            SEVERITY_ERROR = 1,

            /** SEVERITY_WARNING value */
            SEVERITY_WARNING = 2,

            /** SEVERITY_INFO value */
            SEVERITY_INFO = 3
        }

        /**
         * Properties of a ResultCounts.
         * @deprecated Use replan.v1.ResultCounts.$Properties instead.
         */
        interface IResultCounts extends replan.v1.ResultCounts.$Properties {
        }

        /** Represents a ResultCounts. */
        class ResultCounts {

            /**
             * Constructs a new ResultCounts.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ResultCounts.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResultCounts nodes. */
            nodes: number;

            /** ResultCounts plannedNodes. */
            plannedNodes: number;

            /** ResultCounts requirements. */
            requirements: number;

            /** ResultCounts receipts. */
            receipts: number;

            /** ResultCounts plannedOrders. */
            plannedOrders: number;

            /** ResultCounts pegging. */
            pegging: number;

            /** ResultCounts requirementEvents. */
            requirementEvents: number;

            /**
             * Creates a new ResultCounts instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResultCounts instance
             */
            static create(properties: replan.v1.ResultCounts.$Shape): replan.v1.ResultCounts & replan.v1.ResultCounts.$Shape;
            static create(properties?: replan.v1.ResultCounts.$Properties): replan.v1.ResultCounts;

            /**
             * Encodes the specified ResultCounts message. Does not implicitly {@link replan.v1.ResultCounts.verify|verify} messages.
             * @param message ResultCounts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ResultCounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResultCounts message, length delimited. Does not implicitly {@link replan.v1.ResultCounts.verify|verify} messages.
             * @param message ResultCounts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ResultCounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResultCounts message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ResultCounts & replan.v1.ResultCounts.$Shape} ResultCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ResultCounts & replan.v1.ResultCounts.$Shape;

            /**
             * Decodes a ResultCounts message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ResultCounts & replan.v1.ResultCounts.$Shape} ResultCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ResultCounts & replan.v1.ResultCounts.$Shape;

            /**
             * Verifies a ResultCounts message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResultCounts message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResultCounts
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ResultCounts;

            /**
             * Creates a plain object from a ResultCounts message. Also converts values to other types if specified.
             * @param message ResultCounts
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ResultCounts, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResultCounts to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResultCounts
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResultCounts {

            /** Properties of a ResultCounts. */
            interface $Properties {

                /** ResultCounts nodes */
                nodes?: (number|null);

                /** ResultCounts plannedNodes */
                plannedNodes?: (number|null);

                /** ResultCounts requirements */
                requirements?: (number|null);

                /** ResultCounts receipts */
                receipts?: (number|null);

                /** ResultCounts plannedOrders */
                plannedOrders?: (number|null);

                /** ResultCounts pegging */
                pegging?: (number|null);

                /** ResultCounts requirementEvents */
                requirementEvents?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResultCounts. */
            type $Shape = replan.v1.ResultCounts.$Properties;
        }

        /**
         * Properties of a ResultSummary.
         * @deprecated Use replan.v1.ResultSummary.$Properties instead.
         */
        interface IResultSummary extends replan.v1.ResultSummary.$Properties {
        }

        /** Represents a ResultSummary. */
        class ResultSummary {

            /**
             * Constructs a new ResultSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ResultSummary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResultSummary formatVersion. */
            formatVersion: number;

            /** ResultSummary plan. */
            plan: string;

            /** ResultSummary planDate. */
            planDate: number;

            /** ResultSummary counts. */
            counts?: (replan.v1.ResultCounts.$Properties|null);

            /** ResultSummary filtered. */
            filtered: boolean;

            /** ResultSummary items. */
            items: string[];

            /**
             * Creates a new ResultSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResultSummary instance
             */
            static create(properties: replan.v1.ResultSummary.$Shape): replan.v1.ResultSummary & replan.v1.ResultSummary.$Shape;
            static create(properties?: replan.v1.ResultSummary.$Properties): replan.v1.ResultSummary;

            /**
             * Encodes the specified ResultSummary message. Does not implicitly {@link replan.v1.ResultSummary.verify|verify} messages.
             * @param message ResultSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ResultSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResultSummary message, length delimited. Does not implicitly {@link replan.v1.ResultSummary.verify|verify} messages.
             * @param message ResultSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ResultSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResultSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ResultSummary & replan.v1.ResultSummary.$Shape} ResultSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ResultSummary & replan.v1.ResultSummary.$Shape;

            /**
             * Decodes a ResultSummary message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ResultSummary & replan.v1.ResultSummary.$Shape} ResultSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ResultSummary & replan.v1.ResultSummary.$Shape;

            /**
             * Verifies a ResultSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResultSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResultSummary
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ResultSummary;

            /**
             * Creates a plain object from a ResultSummary message. Also converts values to other types if specified.
             * @param message ResultSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ResultSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResultSummary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResultSummary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResultSummary {

            /** Properties of a ResultSummary. */
            interface $Properties {

                /** ResultSummary formatVersion */
                formatVersion?: (number|null);

                /** ResultSummary plan */
                plan?: (string|null);

                /** ResultSummary planDate */
                planDate?: (number|null);

                /** ResultSummary counts */
                counts?: (replan.v1.ResultCounts.$Properties|null);

                /** ResultSummary filtered */
                filtered?: (boolean|null);

                /** ResultSummary items */
                items?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResultSummary. */
            type $Shape = replan.v1.ResultSummary.$Properties;
        }

        /**
         * Properties of a PlannedOrderBatch.
         * @deprecated Use replan.v1.PlannedOrderBatch.$Properties instead.
         */
        interface IPlannedOrderBatch extends replan.v1.PlannedOrderBatch.$Properties {
        }

        /** Represents a PlannedOrderBatch. */
        class PlannedOrderBatch {

            /**
             * Constructs a new PlannedOrderBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.PlannedOrderBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlannedOrderBatch dictionary. */
            dictionary: string[];

            /** PlannedOrderBatch id. */
            id: string[];

            /** PlannedOrderBatch type. */
            type: replan.v1.PlannedOrderType[];

            /** PlannedOrderBatch item. */
            item: number[];

            /** PlannedOrderBatch warehouse. */
            warehouse: number[];

            /** PlannedOrderBatch fromWarehouse. */
            fromWarehouse: number[];

            /** PlannedOrderBatch quantity. */
            quantity: number[];

            /** PlannedOrderBatch orderDate. */
            orderDate: number[];

            /** PlannedOrderBatch startDate. */
            startDate: number[];

            /** PlannedOrderBatch deliveryDate. */
            deliveryDate: number[];

            /** PlannedOrderBatch receiptDate. */
            receiptDate: number[];

            /** PlannedOrderBatch requirementDate. */
            requirementDate: number[];

            /** PlannedOrderBatch delayDays. */
            delayDays: number[];

            /** PlannedOrderBatch bomLevel. */
            bomLevel: number[];

            /** PlannedOrderBatch futuresDate. */
            futuresDate: number[];

            /** PlannedOrderBatch toFirm. */
            toFirm: boolean[];

            /**
             * Creates a new PlannedOrderBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlannedOrderBatch instance
             */
            static create(properties: replan.v1.PlannedOrderBatch.$Shape): replan.v1.PlannedOrderBatch & replan.v1.PlannedOrderBatch.$Shape;
            static create(properties?: replan.v1.PlannedOrderBatch.$Properties): replan.v1.PlannedOrderBatch;

            /**
             * Encodes the specified PlannedOrderBatch message. Does not implicitly {@link replan.v1.PlannedOrderBatch.verify|verify} messages.
             * @param message PlannedOrderBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.PlannedOrderBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlannedOrderBatch message, length delimited. Does not implicitly {@link replan.v1.PlannedOrderBatch.verify|verify} messages.
             * @param message PlannedOrderBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.PlannedOrderBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlannedOrderBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.PlannedOrderBatch & replan.v1.PlannedOrderBatch.$Shape} PlannedOrderBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.PlannedOrderBatch & replan.v1.PlannedOrderBatch.$Shape;

            /**
             * Decodes a PlannedOrderBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.PlannedOrderBatch & replan.v1.PlannedOrderBatch.$Shape} PlannedOrderBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.PlannedOrderBatch & replan.v1.PlannedOrderBatch.$Shape;

            /**
             * Verifies a PlannedOrderBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlannedOrderBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlannedOrderBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.PlannedOrderBatch;

            /**
             * Creates a plain object from a PlannedOrderBatch message. Also converts values to other types if specified.
             * @param message PlannedOrderBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.PlannedOrderBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlannedOrderBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlannedOrderBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlannedOrderBatch {

            /** Properties of a PlannedOrderBatch. */
            interface $Properties {

                /** PlannedOrderBatch dictionary */
                dictionary?: (string[]|null);

                /** PlannedOrderBatch id */
                id?: (string[]|null);

                /** PlannedOrderBatch type */
                type?: (replan.v1.PlannedOrderType[]|null);

                /** PlannedOrderBatch item */
                item?: (number[]|null);

                /** PlannedOrderBatch warehouse */
                warehouse?: (number[]|null);

                /** PlannedOrderBatch fromWarehouse */
                fromWarehouse?: (number[]|null);

                /** PlannedOrderBatch quantity */
                quantity?: (number[]|null);

                /** PlannedOrderBatch orderDate */
                orderDate?: (number[]|null);

                /** PlannedOrderBatch startDate */
                startDate?: (number[]|null);

                /** PlannedOrderBatch deliveryDate */
                deliveryDate?: (number[]|null);

                /** PlannedOrderBatch receiptDate */
                receiptDate?: (number[]|null);

                /** PlannedOrderBatch requirementDate */
                requirementDate?: (number[]|null);

                /** PlannedOrderBatch delayDays */
                delayDays?: (number[]|null);

                /** PlannedOrderBatch bomLevel */
                bomLevel?: (number[]|null);

                /** PlannedOrderBatch futuresDate */
                futuresDate?: (number[]|null);

                /** PlannedOrderBatch toFirm */
                toFirm?: (boolean[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlannedOrderBatch. */
            type $Shape = replan.v1.PlannedOrderBatch.$Properties;
        }

        /**
         * Properties of a RequirementBatch.
         * @deprecated Use replan.v1.RequirementBatch.$Properties instead.
         */
        interface IRequirementBatch extends replan.v1.RequirementBatch.$Properties {
        }

        /** Represents a RequirementBatch. */
        class RequirementBatch {

            /**
             * Constructs a new RequirementBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.RequirementBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequirementBatch dictionary. */
            dictionary: string[];

            /** RequirementBatch kind. */
            kind: replan.v1.IssueKind[];

            /** RequirementBatch id. */
            id: string[];

            /** RequirementBatch orderId. */
            orderId: number[];

            /** RequirementBatch item. */
            item: number[];

            /** RequirementBatch warehouse. */
            warehouse: number[];

            /** RequirementBatch date. */
            date: number[];

            /** RequirementBatch quantity. */
            quantity: number[];

            /**
             * Creates a new RequirementBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequirementBatch instance
             */
            static create(properties: replan.v1.RequirementBatch.$Shape): replan.v1.RequirementBatch & replan.v1.RequirementBatch.$Shape;
            static create(properties?: replan.v1.RequirementBatch.$Properties): replan.v1.RequirementBatch;

            /**
             * Encodes the specified RequirementBatch message. Does not implicitly {@link replan.v1.RequirementBatch.verify|verify} messages.
             * @param message RequirementBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.RequirementBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RequirementBatch message, length delimited. Does not implicitly {@link replan.v1.RequirementBatch.verify|verify} messages.
             * @param message RequirementBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.RequirementBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequirementBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.RequirementBatch & replan.v1.RequirementBatch.$Shape} RequirementBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.RequirementBatch & replan.v1.RequirementBatch.$Shape;

            /**
             * Decodes a RequirementBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.RequirementBatch & replan.v1.RequirementBatch.$Shape} RequirementBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.RequirementBatch & replan.v1.RequirementBatch.$Shape;

            /**
             * Verifies a RequirementBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequirementBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequirementBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.RequirementBatch;

            /**
             * Creates a plain object from a RequirementBatch message. Also converts values to other types if specified.
             * @param message RequirementBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.RequirementBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequirementBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequirementBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequirementBatch {

            /** Properties of a RequirementBatch. */
            interface $Properties {

                /** RequirementBatch dictionary */
                dictionary?: (string[]|null);

                /** RequirementBatch kind */
                kind?: (replan.v1.IssueKind[]|null);

                /** RequirementBatch id */
                id?: (string[]|null);

                /** RequirementBatch orderId */
                orderId?: (number[]|null);

                /** RequirementBatch item */
                item?: (number[]|null);

                /** RequirementBatch warehouse */
                warehouse?: (number[]|null);

                /** RequirementBatch date */
                date?: (number[]|null);

                /** RequirementBatch quantity */
                quantity?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequirementBatch. */
            type $Shape = replan.v1.RequirementBatch.$Properties;
        }

        /**
         * Properties of a NodeBatch.
         * @deprecated Use replan.v1.NodeBatch.$Properties instead.
         */
        interface INodeBatch extends replan.v1.NodeBatch.$Properties {
        }

        /** Represents a NodeBatch. */
        class NodeBatch {

            /**
             * Constructs a new NodeBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.NodeBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeBatch dictionary. */
            dictionary: string[];

            /** NodeBatch item. */
            item: number[];

            /** NodeBatch warehouse. */
            warehouse: number[];

            /** NodeBatch lowLevelCode. */
            lowLevelCode: number[];

            /** NodeBatch coverageCode. */
            coverageCode: replan.v1.CoverageCode[];

            /** NodeBatch minimumInventory. */
            minimumInventory: number[];

            /** NodeBatch maximumInventory. */
            maximumInventory: number[];

            /** NodeBatch fulfilmentDate. */
            fulfilmentDate: number[];

            /** NodeBatch coverageTimeFence. */
            coverageTimeFence: number[];

            /**
             * Creates a new NodeBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeBatch instance
             */
            static create(properties: replan.v1.NodeBatch.$Shape): replan.v1.NodeBatch & replan.v1.NodeBatch.$Shape;
            static create(properties?: replan.v1.NodeBatch.$Properties): replan.v1.NodeBatch;

            /**
             * Encodes the specified NodeBatch message. Does not implicitly {@link replan.v1.NodeBatch.verify|verify} messages.
             * @param message NodeBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.NodeBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeBatch message, length delimited. Does not implicitly {@link replan.v1.NodeBatch.verify|verify} messages.
             * @param message NodeBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.NodeBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.NodeBatch & replan.v1.NodeBatch.$Shape} NodeBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.NodeBatch & replan.v1.NodeBatch.$Shape;

            /**
             * Decodes a NodeBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.NodeBatch & replan.v1.NodeBatch.$Shape} NodeBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.NodeBatch & replan.v1.NodeBatch.$Shape;

            /**
             * Verifies a NodeBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.NodeBatch;

            /**
             * Creates a plain object from a NodeBatch message. Also converts values to other types if specified.
             * @param message NodeBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.NodeBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeBatch {

            /** Properties of a NodeBatch. */
            interface $Properties {

                /** NodeBatch dictionary */
                dictionary?: (string[]|null);

                /** NodeBatch item */
                item?: (number[]|null);

                /** NodeBatch warehouse */
                warehouse?: (number[]|null);

                /** NodeBatch lowLevelCode */
                lowLevelCode?: (number[]|null);

                /** NodeBatch coverageCode */
                coverageCode?: (replan.v1.CoverageCode[]|null);

                /** NodeBatch minimumInventory */
                minimumInventory?: (number[]|null);

                /** NodeBatch maximumInventory */
                maximumInventory?: (number[]|null);

                /** NodeBatch fulfilmentDate */
                fulfilmentDate?: (number[]|null);

                /** NodeBatch coverageTimeFence */
                coverageTimeFence?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeBatch. */
            type $Shape = replan.v1.NodeBatch.$Properties;
        }

        /**
         * Properties of an ExistingReceiptBatch.
         * @deprecated Use replan.v1.ExistingReceiptBatch.$Properties instead.
         */
        interface IExistingReceiptBatch extends replan.v1.ExistingReceiptBatch.$Properties {
        }

        /** Represents an ExistingReceiptBatch. */
        class ExistingReceiptBatch {

            /**
             * Constructs a new ExistingReceiptBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ExistingReceiptBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExistingReceiptBatch dictionary. */
            dictionary: string[];

            /** ExistingReceiptBatch kind. */
            kind: replan.v1.ReceiptKind[];

            /** ExistingReceiptBatch id. */
            id: string[];

            /** ExistingReceiptBatch supplyType. */
            supplyType: replan.v1.SupplyType[];

            /** ExistingReceiptBatch item. */
            item: number[];

            /** ExistingReceiptBatch warehouse. */
            warehouse: number[];

            /** ExistingReceiptBatch date. */
            date: number[];

            /** ExistingReceiptBatch quantity. */
            quantity: number[];

            /**
             * Creates a new ExistingReceiptBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExistingReceiptBatch instance
             */
            static create(properties: replan.v1.ExistingReceiptBatch.$Shape): replan.v1.ExistingReceiptBatch & replan.v1.ExistingReceiptBatch.$Shape;
            static create(properties?: replan.v1.ExistingReceiptBatch.$Properties): replan.v1.ExistingReceiptBatch;

            /**
             * Encodes the specified ExistingReceiptBatch message. Does not implicitly {@link replan.v1.ExistingReceiptBatch.verify|verify} messages.
             * @param message ExistingReceiptBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ExistingReceiptBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExistingReceiptBatch message, length delimited. Does not implicitly {@link replan.v1.ExistingReceiptBatch.verify|verify} messages.
             * @param message ExistingReceiptBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ExistingReceiptBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExistingReceiptBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ExistingReceiptBatch & replan.v1.ExistingReceiptBatch.$Shape} ExistingReceiptBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ExistingReceiptBatch & replan.v1.ExistingReceiptBatch.$Shape;

            /**
             * Decodes an ExistingReceiptBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ExistingReceiptBatch & replan.v1.ExistingReceiptBatch.$Shape} ExistingReceiptBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ExistingReceiptBatch & replan.v1.ExistingReceiptBatch.$Shape;

            /**
             * Verifies an ExistingReceiptBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExistingReceiptBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExistingReceiptBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ExistingReceiptBatch;

            /**
             * Creates a plain object from an ExistingReceiptBatch message. Also converts values to other types if specified.
             * @param message ExistingReceiptBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ExistingReceiptBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExistingReceiptBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExistingReceiptBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExistingReceiptBatch {

            /** Properties of an ExistingReceiptBatch. */
            interface $Properties {

                /** ExistingReceiptBatch dictionary */
                dictionary?: (string[]|null);

                /** ExistingReceiptBatch kind */
                kind?: (replan.v1.ReceiptKind[]|null);

                /** ExistingReceiptBatch id */
                id?: (string[]|null);

                /** ExistingReceiptBatch supplyType */
                supplyType?: (replan.v1.SupplyType[]|null);

                /** ExistingReceiptBatch item */
                item?: (number[]|null);

                /** ExistingReceiptBatch warehouse */
                warehouse?: (number[]|null);

                /** ExistingReceiptBatch date */
                date?: (number[]|null);

                /** ExistingReceiptBatch quantity */
                quantity?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExistingReceiptBatch. */
            type $Shape = replan.v1.ExistingReceiptBatch.$Properties;
        }

        /**
         * Properties of a PeggingBatch.
         * @deprecated Use replan.v1.PeggingBatch.$Properties instead.
         */
        interface IPeggingBatch extends replan.v1.PeggingBatch.$Properties {
        }

        /** Represents a PeggingBatch. */
        class PeggingBatch {

            /**
             * Constructs a new PeggingBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.PeggingBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeggingBatch dictionary. */
            dictionary: string[];

            /** PeggingBatch receiptKind. */
            receiptKind: replan.v1.ReceiptKind[];

            /** PeggingBatch receiptId. */
            receiptId: number[];

            /** PeggingBatch issueKind. */
            issueKind: replan.v1.IssueKind[];

            /** PeggingBatch issueId. */
            issueId: string[];

            /** PeggingBatch issueOrderId. */
            issueOrderId: number[];

            /** PeggingBatch item. */
            item: number[];

            /** PeggingBatch warehouse. */
            warehouse: number[];

            /** PeggingBatch quantity. */
            quantity: number[];

            /**
             * Creates a new PeggingBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeggingBatch instance
             */
            static create(properties: replan.v1.PeggingBatch.$Shape): replan.v1.PeggingBatch & replan.v1.PeggingBatch.$Shape;
            static create(properties?: replan.v1.PeggingBatch.$Properties): replan.v1.PeggingBatch;

            /**
             * Encodes the specified PeggingBatch message. Does not implicitly {@link replan.v1.PeggingBatch.verify|verify} messages.
             * @param message PeggingBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.PeggingBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PeggingBatch message, length delimited. Does not implicitly {@link replan.v1.PeggingBatch.verify|verify} messages.
             * @param message PeggingBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.PeggingBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeggingBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.PeggingBatch & replan.v1.PeggingBatch.$Shape} PeggingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.PeggingBatch & replan.v1.PeggingBatch.$Shape;

            /**
             * Decodes a PeggingBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.PeggingBatch & replan.v1.PeggingBatch.$Shape} PeggingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.PeggingBatch & replan.v1.PeggingBatch.$Shape;

            /**
             * Verifies a PeggingBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PeggingBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PeggingBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.PeggingBatch;

            /**
             * Creates a plain object from a PeggingBatch message. Also converts values to other types if specified.
             * @param message PeggingBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.PeggingBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PeggingBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PeggingBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeggingBatch {

            /** Properties of a PeggingBatch. */
            interface $Properties {

                /** PeggingBatch dictionary */
                dictionary?: (string[]|null);

                /** PeggingBatch receiptKind */
                receiptKind?: (replan.v1.ReceiptKind[]|null);

                /** PeggingBatch receiptId */
                receiptId?: (number[]|null);

                /** PeggingBatch issueKind */
                issueKind?: (replan.v1.IssueKind[]|null);

                /** PeggingBatch issueId */
                issueId?: (string[]|null);

                /** PeggingBatch issueOrderId */
                issueOrderId?: (number[]|null);

                /** PeggingBatch item */
                item?: (number[]|null);

                /** PeggingBatch warehouse */
                warehouse?: (number[]|null);

                /** PeggingBatch quantity */
                quantity?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeggingBatch. */
            type $Shape = replan.v1.PeggingBatch.$Properties;
        }

        /**
         * Properties of a DelayBatch.
         * @deprecated Use replan.v1.DelayBatch.$Properties instead.
         */
        interface IDelayBatch extends replan.v1.DelayBatch.$Properties {
        }

        /** Represents a DelayBatch. */
        class DelayBatch {

            /**
             * Constructs a new DelayBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.DelayBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DelayBatch dictionary. */
            dictionary: string[];

            /** DelayBatch demandId. */
            demandId: string[];

            /** DelayBatch demandType. */
            demandType: replan.v1.DemandType[];

            /** DelayBatch item. */
            item: number[];

            /** DelayBatch warehouse. */
            warehouse: number[];

            /** DelayBatch requirementDate. */
            requirementDate: number[];

            /** DelayBatch futuresDate. */
            futuresDate: number[];

            /** DelayBatch delayDays. */
            delayDays: number[];

            /**
             * Creates a new DelayBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DelayBatch instance
             */
            static create(properties: replan.v1.DelayBatch.$Shape): replan.v1.DelayBatch & replan.v1.DelayBatch.$Shape;
            static create(properties?: replan.v1.DelayBatch.$Properties): replan.v1.DelayBatch;

            /**
             * Encodes the specified DelayBatch message. Does not implicitly {@link replan.v1.DelayBatch.verify|verify} messages.
             * @param message DelayBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.DelayBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DelayBatch message, length delimited. Does not implicitly {@link replan.v1.DelayBatch.verify|verify} messages.
             * @param message DelayBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.DelayBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DelayBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.DelayBatch & replan.v1.DelayBatch.$Shape} DelayBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.DelayBatch & replan.v1.DelayBatch.$Shape;

            /**
             * Decodes a DelayBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.DelayBatch & replan.v1.DelayBatch.$Shape} DelayBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.DelayBatch & replan.v1.DelayBatch.$Shape;

            /**
             * Verifies a DelayBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DelayBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DelayBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.DelayBatch;

            /**
             * Creates a plain object from a DelayBatch message. Also converts values to other types if specified.
             * @param message DelayBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.DelayBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DelayBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DelayBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DelayBatch {

            /** Properties of a DelayBatch. */
            interface $Properties {

                /** DelayBatch dictionary */
                dictionary?: (string[]|null);

                /** DelayBatch demandId */
                demandId?: (string[]|null);

                /** DelayBatch demandType */
                demandType?: (replan.v1.DemandType[]|null);

                /** DelayBatch item */
                item?: (number[]|null);

                /** DelayBatch warehouse */
                warehouse?: (number[]|null);

                /** DelayBatch requirementDate */
                requirementDate?: (number[]|null);

                /** DelayBatch futuresDate */
                futuresDate?: (number[]|null);

                /** DelayBatch delayDays */
                delayDays?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DelayBatch. */
            type $Shape = replan.v1.DelayBatch.$Properties;
        }

        /**
         * Properties of an ActionMessageBatch.
         * @deprecated Use replan.v1.ActionMessageBatch.$Properties instead.
         */
        interface IActionMessageBatch extends replan.v1.ActionMessageBatch.$Properties {
        }

        /** Represents an ActionMessageBatch. */
        class ActionMessageBatch {

            /**
             * Constructs a new ActionMessageBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ActionMessageBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ActionMessageBatch dictionary. */
            dictionary: string[];

            /** ActionMessageBatch kind. */
            kind: replan.v1.ActionKind[];

            /** ActionMessageBatch supplyId. */
            supplyId: string[];

            /** ActionMessageBatch item. */
            item: number[];

            /** ActionMessageBatch warehouse. */
            warehouse: number[];

            /** ActionMessageBatch date. */
            date: number[];

            /** ActionMessageBatch newDate. */
            newDate: number[];

            /** ActionMessageBatch hasNewDate. */
            hasNewDate: boolean[];

            /** ActionMessageBatch quantity. */
            quantity: number[];

            /** ActionMessageBatch quantityChange. */
            quantityChange: number[];

            /** ActionMessageBatch causeId. */
            causeId: number[];

            /**
             * Creates a new ActionMessageBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ActionMessageBatch instance
             */
            static create(properties: replan.v1.ActionMessageBatch.$Shape): replan.v1.ActionMessageBatch & replan.v1.ActionMessageBatch.$Shape;
            static create(properties?: replan.v1.ActionMessageBatch.$Properties): replan.v1.ActionMessageBatch;

            /**
             * Encodes the specified ActionMessageBatch message. Does not implicitly {@link replan.v1.ActionMessageBatch.verify|verify} messages.
             * @param message ActionMessageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ActionMessageBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ActionMessageBatch message, length delimited. Does not implicitly {@link replan.v1.ActionMessageBatch.verify|verify} messages.
             * @param message ActionMessageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ActionMessageBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ActionMessageBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ActionMessageBatch & replan.v1.ActionMessageBatch.$Shape} ActionMessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ActionMessageBatch & replan.v1.ActionMessageBatch.$Shape;

            /**
             * Decodes an ActionMessageBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ActionMessageBatch & replan.v1.ActionMessageBatch.$Shape} ActionMessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ActionMessageBatch & replan.v1.ActionMessageBatch.$Shape;

            /**
             * Verifies an ActionMessageBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ActionMessageBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ActionMessageBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ActionMessageBatch;

            /**
             * Creates a plain object from an ActionMessageBatch message. Also converts values to other types if specified.
             * @param message ActionMessageBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ActionMessageBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ActionMessageBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ActionMessageBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ActionMessageBatch {

            /** Properties of an ActionMessageBatch. */
            interface $Properties {

                /** ActionMessageBatch dictionary */
                dictionary?: (string[]|null);

                /** ActionMessageBatch kind */
                kind?: (replan.v1.ActionKind[]|null);

                /** ActionMessageBatch supplyId */
                supplyId?: (string[]|null);

                /** ActionMessageBatch item */
                item?: (number[]|null);

                /** ActionMessageBatch warehouse */
                warehouse?: (number[]|null);

                /** ActionMessageBatch date */
                date?: (number[]|null);

                /** ActionMessageBatch newDate */
                newDate?: (number[]|null);

                /** ActionMessageBatch hasNewDate */
                hasNewDate?: (boolean[]|null);

                /** ActionMessageBatch quantity */
                quantity?: (number[]|null);

                /** ActionMessageBatch quantityChange */
                quantityChange?: (number[]|null);

                /** ActionMessageBatch causeId */
                causeId?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ActionMessageBatch. */
            type $Shape = replan.v1.ActionMessageBatch.$Properties;
        }

        /**
         * Properties of a ForecastRemainingBatch.
         * @deprecated Use replan.v1.ForecastRemainingBatch.$Properties instead.
         */
        interface IForecastRemainingBatch extends replan.v1.ForecastRemainingBatch.$Properties {
        }

        /** Represents a ForecastRemainingBatch. */
        class ForecastRemainingBatch {

            /**
             * Constructs a new ForecastRemainingBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ForecastRemainingBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ForecastRemainingBatch dictionary. */
            dictionary: string[];

            /** ForecastRemainingBatch id. */
            id: string[];

            /** ForecastRemainingBatch item. */
            item: number[];

            /** ForecastRemainingBatch warehouse. */
            warehouse: number[];

            /** ForecastRemainingBatch date. */
            date: number[];

            /** ForecastRemainingBatch quantity. */
            quantity: number[];

            /** ForecastRemainingBatch remaining. */
            remaining: number[];

            /**
             * Creates a new ForecastRemainingBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ForecastRemainingBatch instance
             */
            static create(properties: replan.v1.ForecastRemainingBatch.$Shape): replan.v1.ForecastRemainingBatch & replan.v1.ForecastRemainingBatch.$Shape;
            static create(properties?: replan.v1.ForecastRemainingBatch.$Properties): replan.v1.ForecastRemainingBatch;

            /**
             * Encodes the specified ForecastRemainingBatch message. Does not implicitly {@link replan.v1.ForecastRemainingBatch.verify|verify} messages.
             * @param message ForecastRemainingBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ForecastRemainingBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ForecastRemainingBatch message, length delimited. Does not implicitly {@link replan.v1.ForecastRemainingBatch.verify|verify} messages.
             * @param message ForecastRemainingBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ForecastRemainingBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ForecastRemainingBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ForecastRemainingBatch & replan.v1.ForecastRemainingBatch.$Shape} ForecastRemainingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ForecastRemainingBatch & replan.v1.ForecastRemainingBatch.$Shape;

            /**
             * Decodes a ForecastRemainingBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ForecastRemainingBatch & replan.v1.ForecastRemainingBatch.$Shape} ForecastRemainingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ForecastRemainingBatch & replan.v1.ForecastRemainingBatch.$Shape;

            /**
             * Verifies a ForecastRemainingBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ForecastRemainingBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ForecastRemainingBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ForecastRemainingBatch;

            /**
             * Creates a plain object from a ForecastRemainingBatch message. Also converts values to other types if specified.
             * @param message ForecastRemainingBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ForecastRemainingBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ForecastRemainingBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ForecastRemainingBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ForecastRemainingBatch {

            /** Properties of a ForecastRemainingBatch. */
            interface $Properties {

                /** ForecastRemainingBatch dictionary */
                dictionary?: (string[]|null);

                /** ForecastRemainingBatch id */
                id?: (string[]|null);

                /** ForecastRemainingBatch item */
                item?: (number[]|null);

                /** ForecastRemainingBatch warehouse */
                warehouse?: (number[]|null);

                /** ForecastRemainingBatch date */
                date?: (number[]|null);

                /** ForecastRemainingBatch quantity */
                quantity?: (number[]|null);

                /** ForecastRemainingBatch remaining */
                remaining?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ForecastRemainingBatch. */
            type $Shape = replan.v1.ForecastRemainingBatch.$Properties;
        }

        /**
         * Properties of a CapacityLoadBatch.
         * @deprecated Use replan.v1.CapacityLoadBatch.$Properties instead.
         */
        interface ICapacityLoadBatch extends replan.v1.CapacityLoadBatch.$Properties {
        }

        /** Represents a CapacityLoadBatch. */
        class CapacityLoadBatch {

            /**
             * Constructs a new CapacityLoadBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.CapacityLoadBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CapacityLoadBatch dictionary. */
            dictionary: string[];

            /** CapacityLoadBatch resource. */
            resource: number[];

            /** CapacityLoadBatch date. */
            date: number[];

            /** CapacityLoadBatch requiredHours. */
            requiredHours: number[];

            /** CapacityLoadBatch availableHours. */
            availableHours: number[];

            /**
             * Creates a new CapacityLoadBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CapacityLoadBatch instance
             */
            static create(properties: replan.v1.CapacityLoadBatch.$Shape): replan.v1.CapacityLoadBatch & replan.v1.CapacityLoadBatch.$Shape;
            static create(properties?: replan.v1.CapacityLoadBatch.$Properties): replan.v1.CapacityLoadBatch;

            /**
             * Encodes the specified CapacityLoadBatch message. Does not implicitly {@link replan.v1.CapacityLoadBatch.verify|verify} messages.
             * @param message CapacityLoadBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.CapacityLoadBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CapacityLoadBatch message, length delimited. Does not implicitly {@link replan.v1.CapacityLoadBatch.verify|verify} messages.
             * @param message CapacityLoadBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.CapacityLoadBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CapacityLoadBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.CapacityLoadBatch & replan.v1.CapacityLoadBatch.$Shape} CapacityLoadBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.CapacityLoadBatch & replan.v1.CapacityLoadBatch.$Shape;

            /**
             * Decodes a CapacityLoadBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.CapacityLoadBatch & replan.v1.CapacityLoadBatch.$Shape} CapacityLoadBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.CapacityLoadBatch & replan.v1.CapacityLoadBatch.$Shape;

            /**
             * Verifies a CapacityLoadBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CapacityLoadBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CapacityLoadBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.CapacityLoadBatch;

            /**
             * Creates a plain object from a CapacityLoadBatch message. Also converts values to other types if specified.
             * @param message CapacityLoadBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.CapacityLoadBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CapacityLoadBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CapacityLoadBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CapacityLoadBatch {

            /** Properties of a CapacityLoadBatch. */
            interface $Properties {

                /** CapacityLoadBatch dictionary */
                dictionary?: (string[]|null);

                /** CapacityLoadBatch resource */
                resource?: (number[]|null);

                /** CapacityLoadBatch date */
                date?: (number[]|null);

                /** CapacityLoadBatch requiredHours */
                requiredHours?: (number[]|null);

                /** CapacityLoadBatch availableHours */
                availableHours?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CapacityLoadBatch. */
            type $Shape = replan.v1.CapacityLoadBatch.$Properties;
        }

        /**
         * Properties of a CapacityReservationBatch.
         * @deprecated Use replan.v1.CapacityReservationBatch.$Properties instead.
         */
        interface ICapacityReservationBatch extends replan.v1.CapacityReservationBatch.$Properties {
        }

        /** Represents a CapacityReservationBatch. */
        class CapacityReservationBatch {

            /**
             * Constructs a new CapacityReservationBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.CapacityReservationBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CapacityReservationBatch dictionary. */
            dictionary: string[];

            /** CapacityReservationBatch resource. */
            resource: number[];

            /** CapacityReservationBatch date. */
            date: number[];

            /** CapacityReservationBatch orderId. */
            orderId: number[];

            /** CapacityReservationBatch operation. */
            operation: number[];

            /** CapacityReservationBatch item. */
            item: number[];

            /** CapacityReservationBatch warehouse. */
            warehouse: number[];

            /** CapacityReservationBatch hours. */
            hours: number[];

            /** CapacityReservationBatch availableHours. */
            availableHours: number[];

            /**
             * Creates a new CapacityReservationBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CapacityReservationBatch instance
             */
            static create(properties: replan.v1.CapacityReservationBatch.$Shape): replan.v1.CapacityReservationBatch & replan.v1.CapacityReservationBatch.$Shape;
            static create(properties?: replan.v1.CapacityReservationBatch.$Properties): replan.v1.CapacityReservationBatch;

            /**
             * Encodes the specified CapacityReservationBatch message. Does not implicitly {@link replan.v1.CapacityReservationBatch.verify|verify} messages.
             * @param message CapacityReservationBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.CapacityReservationBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CapacityReservationBatch message, length delimited. Does not implicitly {@link replan.v1.CapacityReservationBatch.verify|verify} messages.
             * @param message CapacityReservationBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.CapacityReservationBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CapacityReservationBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.CapacityReservationBatch & replan.v1.CapacityReservationBatch.$Shape} CapacityReservationBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.CapacityReservationBatch & replan.v1.CapacityReservationBatch.$Shape;

            /**
             * Decodes a CapacityReservationBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.CapacityReservationBatch & replan.v1.CapacityReservationBatch.$Shape} CapacityReservationBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.CapacityReservationBatch & replan.v1.CapacityReservationBatch.$Shape;

            /**
             * Verifies a CapacityReservationBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CapacityReservationBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CapacityReservationBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.CapacityReservationBatch;

            /**
             * Creates a plain object from a CapacityReservationBatch message. Also converts values to other types if specified.
             * @param message CapacityReservationBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.CapacityReservationBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CapacityReservationBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CapacityReservationBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CapacityReservationBatch {

            /** Properties of a CapacityReservationBatch. */
            interface $Properties {

                /** CapacityReservationBatch dictionary */
                dictionary?: (string[]|null);

                /** CapacityReservationBatch resource */
                resource?: (number[]|null);

                /** CapacityReservationBatch date */
                date?: (number[]|null);

                /** CapacityReservationBatch orderId */
                orderId?: (number[]|null);

                /** CapacityReservationBatch operation */
                operation?: (number[]|null);

                /** CapacityReservationBatch item */
                item?: (number[]|null);

                /** CapacityReservationBatch warehouse */
                warehouse?: (number[]|null);

                /** CapacityReservationBatch hours */
                hours?: (number[]|null);

                /** CapacityReservationBatch availableHours */
                availableHours?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CapacityReservationBatch. */
            type $Shape = replan.v1.CapacityReservationBatch.$Properties;
        }

        /**
         * Properties of a RunMessageBatch.
         * @deprecated Use replan.v1.RunMessageBatch.$Properties instead.
         */
        interface IRunMessageBatch extends replan.v1.RunMessageBatch.$Properties {
        }

        /** Represents a RunMessageBatch. */
        class RunMessageBatch {

            /**
             * Constructs a new RunMessageBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.RunMessageBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunMessageBatch dictionary. */
            dictionary: string[];

            /** RunMessageBatch severity. */
            severity: replan.v1.Severity[];

            /** RunMessageBatch code. */
            code: number[];

            /** RunMessageBatch item. */
            item: number[];

            /** RunMessageBatch warehouse. */
            warehouse: number[];

            /** RunMessageBatch ref. */
            ref: number[];

            /** RunMessageBatch text. */
            text: string[];

            /**
             * Creates a new RunMessageBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunMessageBatch instance
             */
            static create(properties: replan.v1.RunMessageBatch.$Shape): replan.v1.RunMessageBatch & replan.v1.RunMessageBatch.$Shape;
            static create(properties?: replan.v1.RunMessageBatch.$Properties): replan.v1.RunMessageBatch;

            /**
             * Encodes the specified RunMessageBatch message. Does not implicitly {@link replan.v1.RunMessageBatch.verify|verify} messages.
             * @param message RunMessageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.RunMessageBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunMessageBatch message, length delimited. Does not implicitly {@link replan.v1.RunMessageBatch.verify|verify} messages.
             * @param message RunMessageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.RunMessageBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunMessageBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.RunMessageBatch & replan.v1.RunMessageBatch.$Shape} RunMessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.RunMessageBatch & replan.v1.RunMessageBatch.$Shape;

            /**
             * Decodes a RunMessageBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.RunMessageBatch & replan.v1.RunMessageBatch.$Shape} RunMessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.RunMessageBatch & replan.v1.RunMessageBatch.$Shape;

            /**
             * Verifies a RunMessageBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunMessageBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunMessageBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.RunMessageBatch;

            /**
             * Creates a plain object from a RunMessageBatch message. Also converts values to other types if specified.
             * @param message RunMessageBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.RunMessageBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunMessageBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunMessageBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunMessageBatch {

            /** Properties of a RunMessageBatch. */
            interface $Properties {

                /** RunMessageBatch dictionary */
                dictionary?: (string[]|null);

                /** RunMessageBatch severity */
                severity?: (replan.v1.Severity[]|null);

                /** RunMessageBatch code */
                code?: (number[]|null);

                /** RunMessageBatch item */
                item?: (number[]|null);

                /** RunMessageBatch warehouse */
                warehouse?: (number[]|null);

                /** RunMessageBatch ref */
                ref?: (number[]|null);

                /** RunMessageBatch text */
                text?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunMessageBatch. */
            type $Shape = replan.v1.RunMessageBatch.$Properties;
        }

        /**
         * Properties of a ResultBatch.
         * @deprecated Use replan.v1.ResultBatch.$Properties instead.
         */
        interface IResultBatch extends replan.v1.ResultBatch.$Properties {
        }

        /** Represents a ResultBatch. */
        class ResultBatch {

            /**
             * Constructs a new ResultBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ResultBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResultBatch entity. */
            entity: replan.v1.ResultEntity;

            /** ResultBatch sequence. */
            sequence: number;

            /** ResultBatch last. */
            last: boolean;

            /** ResultBatch summary. */
            summary?: (replan.v1.ResultSummary.$Properties|null);

            /** ResultBatch plannedOrders. */
            plannedOrders?: (replan.v1.PlannedOrderBatch.$Properties|null);

            /** ResultBatch pegging. */
            pegging?: (replan.v1.PeggingBatch.$Properties|null);

            /** ResultBatch delays. */
            delays?: (replan.v1.DelayBatch.$Properties|null);

            /** ResultBatch actions. */
            actions?: (replan.v1.ActionMessageBatch.$Properties|null);

            /** ResultBatch forecasts. */
            forecasts?: (replan.v1.ForecastRemainingBatch.$Properties|null);

            /** ResultBatch messages. */
            messages?: (replan.v1.RunMessageBatch.$Properties|null);

            /** ResultBatch requirements. */
            requirements?: (replan.v1.RequirementBatch.$Properties|null);

            /** ResultBatch nodes. */
            nodes?: (replan.v1.NodeBatch.$Properties|null);

            /** ResultBatch receipts. */
            receipts?: (replan.v1.ExistingReceiptBatch.$Properties|null);

            /** ResultBatch capacityLoad. */
            capacityLoad?: (replan.v1.CapacityLoadBatch.$Properties|null);

            /** ResultBatch capacityReservations. */
            capacityReservations?: (replan.v1.CapacityReservationBatch.$Properties|null);

            /** ResultBatch batch. */
            batch?: ("summary"|"plannedOrders"|"pegging"|"delays"|"actions"|"forecasts"|"messages"|"requirements"|"nodes"|"receipts"|"capacityLoad"|"capacityReservations");

            /**
             * Creates a new ResultBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResultBatch instance
             */
            static create(properties: replan.v1.ResultBatch.$Shape): replan.v1.ResultBatch & replan.v1.ResultBatch.$Shape;
            static create(properties?: replan.v1.ResultBatch.$Properties): replan.v1.ResultBatch;

            /**
             * Encodes the specified ResultBatch message. Does not implicitly {@link replan.v1.ResultBatch.verify|verify} messages.
             * @param message ResultBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ResultBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResultBatch message, length delimited. Does not implicitly {@link replan.v1.ResultBatch.verify|verify} messages.
             * @param message ResultBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ResultBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResultBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ResultBatch & replan.v1.ResultBatch.$Shape} ResultBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ResultBatch & replan.v1.ResultBatch.$Shape;

            /**
             * Decodes a ResultBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ResultBatch & replan.v1.ResultBatch.$Shape} ResultBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ResultBatch & replan.v1.ResultBatch.$Shape;

            /**
             * Verifies a ResultBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResultBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResultBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ResultBatch;

            /**
             * Creates a plain object from a ResultBatch message. Also converts values to other types if specified.
             * @param message ResultBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ResultBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResultBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResultBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResultBatch {

            /** Properties of a ResultBatch. */
            interface $Properties {

                /** ResultBatch entity */
                entity?: (replan.v1.ResultEntity|null);

                /** ResultBatch sequence */
                sequence?: (number|null);

                /** ResultBatch last */
                last?: (boolean|null);

                /** ResultBatch summary */
                summary?: (replan.v1.ResultSummary.$Properties|null);

                /** ResultBatch plannedOrders */
                plannedOrders?: (replan.v1.PlannedOrderBatch.$Properties|null);

                /** ResultBatch pegging */
                pegging?: (replan.v1.PeggingBatch.$Properties|null);

                /** ResultBatch delays */
                delays?: (replan.v1.DelayBatch.$Properties|null);

                /** ResultBatch actions */
                actions?: (replan.v1.ActionMessageBatch.$Properties|null);

                /** ResultBatch forecasts */
                forecasts?: (replan.v1.ForecastRemainingBatch.$Properties|null);

                /** ResultBatch messages */
                messages?: (replan.v1.RunMessageBatch.$Properties|null);

                /** ResultBatch requirements */
                requirements?: (replan.v1.RequirementBatch.$Properties|null);

                /** ResultBatch nodes */
                nodes?: (replan.v1.NodeBatch.$Properties|null);

                /** ResultBatch receipts */
                receipts?: (replan.v1.ExistingReceiptBatch.$Properties|null);

                /** ResultBatch capacityLoad */
                capacityLoad?: (replan.v1.CapacityLoadBatch.$Properties|null);

                /** ResultBatch capacityReservations */
                capacityReservations?: (replan.v1.CapacityReservationBatch.$Properties|null);

                /** ResultBatch batch */
                batch?: ("summary"|"plannedOrders"|"pegging"|"delays"|"actions"|"forecasts"|"messages"|"requirements"|"nodes"|"receipts"|"capacityLoad"|"capacityReservations");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ResultBatch. */
            type $Shape = {
              entity?: replan.v1.ResultEntity|null;
              sequence?: number|null;
              last?: boolean|null;
              summary?: replan.v1.ResultSummary.$Shape|null;
              plannedOrders?: replan.v1.PlannedOrderBatch.$Shape|null;
              pegging?: replan.v1.PeggingBatch.$Shape|null;
              delays?: replan.v1.DelayBatch.$Shape|null;
              actions?: replan.v1.ActionMessageBatch.$Shape|null;
              forecasts?: replan.v1.ForecastRemainingBatch.$Shape|null;
              messages?: replan.v1.RunMessageBatch.$Shape|null;
              requirements?: replan.v1.RequirementBatch.$Shape|null;
              nodes?: replan.v1.NodeBatch.$Shape|null;
              receipts?: replan.v1.ExistingReceiptBatch.$Shape|null;
              capacityLoad?: replan.v1.CapacityLoadBatch.$Shape|null;
              capacityReservations?: replan.v1.CapacityReservationBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ batch?: undefined; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "summary"; summary: replan.v1.ResultSummary.$Shape; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "plannedOrders"; summary?: null; plannedOrders: replan.v1.PlannedOrderBatch.$Shape; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "pegging"; summary?: null; plannedOrders?: null; pegging: replan.v1.PeggingBatch.$Shape; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "delays"; summary?: null; plannedOrders?: null; pegging?: null; delays: replan.v1.DelayBatch.$Shape; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "actions"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions: replan.v1.ActionMessageBatch.$Shape; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "forecasts"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts: replan.v1.ForecastRemainingBatch.$Shape; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "messages"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages: replan.v1.RunMessageBatch.$Shape; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "requirements"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements: replan.v1.RequirementBatch.$Shape; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "nodes"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes: replan.v1.NodeBatch.$Shape; receipts?: null; capacityLoad?: null; capacityReservations?: null }|{ batch?: "receipts"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts: replan.v1.ExistingReceiptBatch.$Shape; capacityLoad?: null; capacityReservations?: null }|{ batch?: "capacityLoad"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad: replan.v1.CapacityLoadBatch.$Shape; capacityReservations?: null }|{ batch?: "capacityReservations"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null; nodes?: null; receipts?: null; capacityLoad?: null; capacityReservations: replan.v1.CapacityReservationBatch.$Shape })
            );
        }

        /** SnapshotEntity enum. */
        enum SnapshotEntity {

            /** SNAPSHOT_ENTITY_UNSPECIFIED value */
            SNAPSHOT_ENTITY_UNSPECIFIED = 0,

            /** SNAPSHOT_ENTITY_PLAN value */
            SNAPSHOT_ENTITY_PLAN = 1,

            /** SNAPSHOT_ENTITY_ITEMS value */
            SNAPSHOT_ENTITY_ITEMS = 2,

            /** SNAPSHOT_ENTITY_COVERAGE_GROUPS value */
            SNAPSHOT_ENTITY_COVERAGE_GROUPS = 3,

            /** SNAPSHOT_ENTITY_ITEM_COVERAGE value */
            SNAPSHOT_ENTITY_ITEM_COVERAGE = 4,

            /** SNAPSHOT_ENTITY_WAREHOUSES value */
            SNAPSHOT_ENTITY_WAREHOUSES = 5,

            /** SNAPSHOT_ENTITY_CALENDARS value */
            SNAPSHOT_ENTITY_CALENDARS = 6,

            /** SNAPSHOT_ENTITY_BOM_LINES value */
            SNAPSHOT_ENTITY_BOM_LINES = 7,

            /** SNAPSHOT_ENTITY_ON_HAND value */
            SNAPSHOT_ENTITY_ON_HAND = 8,

            /** SNAPSHOT_ENTITY_SUPPLY value */
            SNAPSHOT_ENTITY_SUPPLY = 9,

            /** SNAPSHOT_ENTITY_DEMAND value */
            SNAPSHOT_ENTITY_DEMAND = 10,

            /** SNAPSHOT_ENTITY_FORECASTS value */
            SNAPSHOT_ENTITY_FORECASTS = 11,

            /** SNAPSHOT_ENTITY_REDUCTION_KEYS value */
            SNAPSHOT_ENTITY_REDUCTION_KEYS = 12,

            /** SNAPSHOT_ENTITY_RESOURCES value */
            SNAPSHOT_ENTITY_RESOURCES = 13,

            /** SNAPSHOT_ENTITY_RESOURCE_GROUPS value */
            SNAPSHOT_ENTITY_RESOURCE_GROUPS = 14,

            /** SNAPSHOT_ENTITY_ROUTE_OPERATIONS value */
            SNAPSHOT_ENTITY_ROUTE_OPERATIONS = 15
        }

        /** OptionalBool enum. */
        enum OptionalBool {

            /** OPTIONAL_BOOL_UNSET value */
            OPTIONAL_BOOL_UNSET = 0,

            /** OPTIONAL_BOOL_FALSE value */
            OPTIONAL_BOOL_FALSE = 1,

            /** OPTIONAL_BOOL_TRUE value */
            OPTIONAL_BOOL_TRUE = 2
        }

        /** CoverageCode enum. */
        enum CoverageCode {

            /** COVERAGE_CODE_UNSPECIFIED value */
            COVERAGE_CODE_UNSPECIFIED = 0,

            /** COVERAGE_CODE_REQUIREMENT value */
            COVERAGE_CODE_REQUIREMENT = 1,

            /** COVERAGE_CODE_PERIOD value */
            COVERAGE_CODE_PERIOD = 2,

            /** COVERAGE_CODE_MIN_MAX value */
            COVERAGE_CODE_MIN_MAX = 3,

            /** COVERAGE_CODE_MANUAL value */
            COVERAGE_CODE_MANUAL = 4
        }

        /** PlannedOrderType enum. */
        enum PlannedOrderType {

            /** PLANNED_ORDER_TYPE_UNSPECIFIED value */
            PLANNED_ORDER_TYPE_UNSPECIFIED = 0,

            /** PLANNED_ORDER_TYPE_PURCHASE value */
            PLANNED_ORDER_TYPE_PURCHASE = 1,

            /** PLANNED_ORDER_TYPE_PRODUCTION value */
            PLANNED_ORDER_TYPE_PRODUCTION = 2,

            /** PLANNED_ORDER_TYPE_TRANSFER value */
            PLANNED_ORDER_TYPE_TRANSFER = 3
        }

        /** LeadTimeUnit enum. */
        enum LeadTimeUnit {

            /** LEAD_TIME_UNIT_UNSPECIFIED value */
            LEAD_TIME_UNIT_UNSPECIFIED = 0,

            /** LEAD_TIME_UNIT_CALENDAR_DAYS value */
            LEAD_TIME_UNIT_CALENDAR_DAYS = 1,

            /** LEAD_TIME_UNIT_WORKING_DAYS value */
            LEAD_TIME_UNIT_WORKING_DAYS = 2
        }

        /** ForecastReduction enum. */
        enum ForecastReduction {

            /** FORECAST_REDUCTION_UNSPECIFIED value */
            FORECAST_REDUCTION_UNSPECIFIED = 0,

            /** FORECAST_REDUCTION_NONE value */
            FORECAST_REDUCTION_NONE = 1,

            /** FORECAST_REDUCTION_TRANSACTIONS_DYNAMIC_PERIOD value */
            FORECAST_REDUCTION_TRANSACTIONS_DYNAMIC_PERIOD = 2,

            /** FORECAST_REDUCTION_PERCENT_REDUCTION_KEY value */
            FORECAST_REDUCTION_PERCENT_REDUCTION_KEY = 3
        }

        /** SupplyType enum. */
        enum SupplyType {

            /** SUPPLY_TYPE_UNSPECIFIED value */
            SUPPLY_TYPE_UNSPECIFIED = 0,

            /** SUPPLY_TYPE_PURCHASE value */
            SUPPLY_TYPE_PURCHASE = 1,

            /** SUPPLY_TYPE_PRODUCTION value */
            SUPPLY_TYPE_PRODUCTION = 2,

            /** SUPPLY_TYPE_TRANSFER value */
            SUPPLY_TYPE_TRANSFER = 3,

            /** SUPPLY_TYPE_PLANNED_ORDER value */
            SUPPLY_TYPE_PLANNED_ORDER = 4
        }

        /** DemandType enum. */
        enum DemandType {

            /** DEMAND_TYPE_UNSPECIFIED value */
            DEMAND_TYPE_UNSPECIFIED = 0,

            /** DEMAND_TYPE_SALES value */
            DEMAND_TYPE_SALES = 1,

            /** DEMAND_TYPE_PRODUCTION_COMPONENT value */
            DEMAND_TYPE_PRODUCTION_COMPONENT = 2,

            /** DEMAND_TYPE_TRANSFER_ISSUE value */
            DEMAND_TYPE_TRANSFER_ISSUE = 3
        }

        /**
         * Properties of a CoverageColumns.
         * @deprecated Use replan.v1.CoverageColumns.$Properties instead.
         */
        interface ICoverageColumns extends replan.v1.CoverageColumns.$Properties {
        }

        /** Represents a CoverageColumns. */
        class CoverageColumns {

            /**
             * Constructs a new CoverageColumns.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.CoverageColumns.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CoverageColumns coverageCode. */
            coverageCode: replan.v1.CoverageCode[];

            /** CoverageColumns coveragePeriod. */
            coveragePeriod: number[];

            /** CoverageColumns coverageTimeFence. */
            coverageTimeFence: number[];

            /** CoverageColumns negativeDays. */
            negativeDays: number[];

            /** CoverageColumns positiveDays. */
            positiveDays: number[];

            /** CoverageColumns dynamicPositiveDays. */
            dynamicPositiveDays: replan.v1.OptionalBool[];

            /** CoverageColumns minimumInventory. */
            minimumInventory: number[];

            /** CoverageColumns maximumInventory. */
            maximumInventory: number[];

            /** CoverageColumns orderType. */
            orderType: replan.v1.PlannedOrderType[];

            /** CoverageColumns purchaseLeadTime. */
            purchaseLeadTime: number[];

            /** CoverageColumns productionLeadTime. */
            productionLeadTime: number[];

            /** CoverageColumns transferLeadTime. */
            transferLeadTime: number[];

            /** CoverageColumns leadTimeUnit. */
            leadTimeUnit: replan.v1.LeadTimeUnit[];

            /** CoverageColumns minOrderQuantity. */
            minOrderQuantity: number[];

            /** CoverageColumns maxOrderQuantity. */
            maxOrderQuantity: number[];

            /** CoverageColumns orderMultiple. */
            orderMultiple: number[];

            /** CoverageColumns calendar. */
            calendar: number[];

            /** CoverageColumns issueMargin. */
            issueMargin: number[];

            /** CoverageColumns receiptMargin. */
            receiptMargin: number[];

            /** CoverageColumns reorderMargin. */
            reorderMargin: number[];

            /** CoverageColumns actionFence. */
            actionFence: number[];

            /** CoverageColumns advanceMargin. */
            advanceMargin: number[];

            /** CoverageColumns postponeMargin. */
            postponeMargin: number[];

            /** CoverageColumns firmingFence. */
            firmingFence: number[];

            /** CoverageColumns forecastReduction. */
            forecastReduction: replan.v1.ForecastReduction[];

            /** CoverageColumns reductionKey. */
            reductionKey: number[];

            /**
             * Creates a new CoverageColumns instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CoverageColumns instance
             */
            static create(properties: replan.v1.CoverageColumns.$Shape): replan.v1.CoverageColumns & replan.v1.CoverageColumns.$Shape;
            static create(properties?: replan.v1.CoverageColumns.$Properties): replan.v1.CoverageColumns;

            /**
             * Encodes the specified CoverageColumns message. Does not implicitly {@link replan.v1.CoverageColumns.verify|verify} messages.
             * @param message CoverageColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.CoverageColumns.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CoverageColumns message, length delimited. Does not implicitly {@link replan.v1.CoverageColumns.verify|verify} messages.
             * @param message CoverageColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.CoverageColumns.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CoverageColumns message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.CoverageColumns & replan.v1.CoverageColumns.$Shape} CoverageColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.CoverageColumns & replan.v1.CoverageColumns.$Shape;

            /**
             * Decodes a CoverageColumns message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.CoverageColumns & replan.v1.CoverageColumns.$Shape} CoverageColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.CoverageColumns & replan.v1.CoverageColumns.$Shape;

            /**
             * Verifies a CoverageColumns message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CoverageColumns message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CoverageColumns
             */
            static fromObject(object: { [k: string]: any }): replan.v1.CoverageColumns;

            /**
             * Creates a plain object from a CoverageColumns message. Also converts values to other types if specified.
             * @param message CoverageColumns
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.CoverageColumns, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CoverageColumns to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CoverageColumns
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CoverageColumns {

            /** Properties of a CoverageColumns. */
            interface $Properties {

                /** CoverageColumns coverageCode */
                coverageCode?: (replan.v1.CoverageCode[]|null);

                /** CoverageColumns coveragePeriod */
                coveragePeriod?: (number[]|null);

                /** CoverageColumns coverageTimeFence */
                coverageTimeFence?: (number[]|null);

                /** CoverageColumns negativeDays */
                negativeDays?: (number[]|null);

                /** CoverageColumns positiveDays */
                positiveDays?: (number[]|null);

                /** CoverageColumns dynamicPositiveDays */
                dynamicPositiveDays?: (replan.v1.OptionalBool[]|null);

                /** CoverageColumns minimumInventory */
                minimumInventory?: (number[]|null);

                /** CoverageColumns maximumInventory */
                maximumInventory?: (number[]|null);

                /** CoverageColumns orderType */
                orderType?: (replan.v1.PlannedOrderType[]|null);

                /** CoverageColumns purchaseLeadTime */
                purchaseLeadTime?: (number[]|null);

                /** CoverageColumns productionLeadTime */
                productionLeadTime?: (number[]|null);

                /** CoverageColumns transferLeadTime */
                transferLeadTime?: (number[]|null);

                /** CoverageColumns leadTimeUnit */
                leadTimeUnit?: (replan.v1.LeadTimeUnit[]|null);

                /** CoverageColumns minOrderQuantity */
                minOrderQuantity?: (number[]|null);

                /** CoverageColumns maxOrderQuantity */
                maxOrderQuantity?: (number[]|null);

                /** CoverageColumns orderMultiple */
                orderMultiple?: (number[]|null);

                /** CoverageColumns calendar */
                calendar?: (number[]|null);

                /** CoverageColumns issueMargin */
                issueMargin?: (number[]|null);

                /** CoverageColumns receiptMargin */
                receiptMargin?: (number[]|null);

                /** CoverageColumns reorderMargin */
                reorderMargin?: (number[]|null);

                /** CoverageColumns actionFence */
                actionFence?: (number[]|null);

                /** CoverageColumns advanceMargin */
                advanceMargin?: (number[]|null);

                /** CoverageColumns postponeMargin */
                postponeMargin?: (number[]|null);

                /** CoverageColumns firmingFence */
                firmingFence?: (number[]|null);

                /** CoverageColumns forecastReduction */
                forecastReduction?: (replan.v1.ForecastReduction[]|null);

                /** CoverageColumns reductionKey */
                reductionKey?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CoverageColumns. */
            type $Shape = replan.v1.CoverageColumns.$Properties;
        }

        /**
         * Properties of a PlanBatch.
         * @deprecated Use replan.v1.PlanBatch.$Properties instead.
         */
        interface IPlanBatch extends replan.v1.PlanBatch.$Properties {
        }

        /** Represents a PlanBatch. */
        class PlanBatch {

            /**
             * Constructs a new PlanBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.PlanBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanBatch dictionary. */
            dictionary: string[];

            /** PlanBatch formatVersion. */
            formatVersion: number;

            /** PlanBatch id. */
            id: string;

            /** PlanBatch planDate. */
            planDate: number;

            /** PlanBatch coverageTimeFence. */
            coverageTimeFence: number;

            /** PlanBatch negativeDays. */
            negativeDays: number;

            /** PlanBatch issueMargin. */
            issueMargin: number;

            /** PlanBatch receiptMargin. */
            receiptMargin: number;

            /** PlanBatch reorderMargin. */
            reorderMargin: number;

            /** PlanBatch forecastModel. */
            forecastModel?: (string|null);

            /** PlanBatch defaults. */
            defaults?: (replan.v1.CoverageColumns.$Properties|null);

            /** PlanBatch filter. */
            filter?: (replan.v1.PlanFilter.$Properties|null);

            /**
             * Creates a new PlanBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanBatch instance
             */
            static create(properties: replan.v1.PlanBatch.$Shape): replan.v1.PlanBatch & replan.v1.PlanBatch.$Shape;
            static create(properties?: replan.v1.PlanBatch.$Properties): replan.v1.PlanBatch;

            /**
             * Encodes the specified PlanBatch message. Does not implicitly {@link replan.v1.PlanBatch.verify|verify} messages.
             * @param message PlanBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.PlanBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanBatch message, length delimited. Does not implicitly {@link replan.v1.PlanBatch.verify|verify} messages.
             * @param message PlanBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.PlanBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.PlanBatch & replan.v1.PlanBatch.$Shape} PlanBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.PlanBatch & replan.v1.PlanBatch.$Shape;

            /**
             * Decodes a PlanBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.PlanBatch & replan.v1.PlanBatch.$Shape} PlanBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.PlanBatch & replan.v1.PlanBatch.$Shape;

            /**
             * Verifies a PlanBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.PlanBatch;

            /**
             * Creates a plain object from a PlanBatch message. Also converts values to other types if specified.
             * @param message PlanBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.PlanBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanBatch {

            /** Properties of a PlanBatch. */
            interface $Properties {

                /** PlanBatch dictionary */
                dictionary?: (string[]|null);

                /** PlanBatch formatVersion */
                formatVersion?: (number|null);

                /** PlanBatch id */
                id?: (string|null);

                /** PlanBatch planDate */
                planDate?: (number|null);

                /** PlanBatch coverageTimeFence */
                coverageTimeFence?: (number|null);

                /** PlanBatch negativeDays */
                negativeDays?: (number|null);

                /** PlanBatch issueMargin */
                issueMargin?: (number|null);

                /** PlanBatch receiptMargin */
                receiptMargin?: (number|null);

                /** PlanBatch reorderMargin */
                reorderMargin?: (number|null);

                /** PlanBatch forecastModel */
                forecastModel?: (string|null);

                /** PlanBatch defaults */
                defaults?: (replan.v1.CoverageColumns.$Properties|null);

                /** PlanBatch filter */
                filter?: (replan.v1.PlanFilter.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PlanBatch. */
            type $Shape = {
              dictionary?: string[]|null;
              formatVersion?: number|null;
              id?: string|null;
              planDate?: number|null;
              coverageTimeFence?: number|null;
              negativeDays?: number|null;
              issueMargin?: number|null;
              receiptMargin?: number|null;
              reorderMargin?: number|null;
              forecastModel?: string|null;
              defaults?: replan.v1.CoverageColumns.$Shape|null;
              filter?: replan.v1.PlanFilter.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a PlanFilter.
         * @deprecated Use replan.v1.PlanFilter.$Properties instead.
         */
        interface IPlanFilter extends replan.v1.PlanFilter.$Properties {
        }

        /** Represents a PlanFilter. */
        class PlanFilter {

            /**
             * Constructs a new PlanFilter.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.PlanFilter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PlanFilter items. */
            items: string[];

            /** PlanFilter all. */
            all?: (boolean|null);

            /** PlanFilter levels. */
            levels?: (number|null);

            /** PlanFilter bomLevels. */
            bomLevels?: ("all"|"levels");

            /**
             * Creates a new PlanFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PlanFilter instance
             */
            static create(properties: replan.v1.PlanFilter.$Shape): replan.v1.PlanFilter & replan.v1.PlanFilter.$Shape;
            static create(properties?: replan.v1.PlanFilter.$Properties): replan.v1.PlanFilter;

            /**
             * Encodes the specified PlanFilter message. Does not implicitly {@link replan.v1.PlanFilter.verify|verify} messages.
             * @param message PlanFilter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.PlanFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PlanFilter message, length delimited. Does not implicitly {@link replan.v1.PlanFilter.verify|verify} messages.
             * @param message PlanFilter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.PlanFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PlanFilter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.PlanFilter & replan.v1.PlanFilter.$Shape} PlanFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.PlanFilter & replan.v1.PlanFilter.$Shape;

            /**
             * Decodes a PlanFilter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.PlanFilter & replan.v1.PlanFilter.$Shape} PlanFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.PlanFilter & replan.v1.PlanFilter.$Shape;

            /**
             * Verifies a PlanFilter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PlanFilter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PlanFilter
             */
            static fromObject(object: { [k: string]: any }): replan.v1.PlanFilter;

            /**
             * Creates a plain object from a PlanFilter message. Also converts values to other types if specified.
             * @param message PlanFilter
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.PlanFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PlanFilter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PlanFilter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanFilter {

            /** Properties of a PlanFilter. */
            interface $Properties {

                /** PlanFilter items */
                items?: (string[]|null);

                /** PlanFilter all */
                all?: (boolean|null);

                /** PlanFilter levels */
                levels?: (number|null);

                /** PlanFilter bomLevels */
                bomLevels?: ("all"|"levels");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PlanFilter. */
            type $Shape = {
              items?: string[]|null;
              all?: boolean|null;
              levels?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ bomLevels?: undefined; all?: null; levels?: null }|{ bomLevels?: "all"; all: boolean; levels?: null }|{ bomLevels?: "levels"; all?: null; levels: number })
            );
        }

        /**
         * Properties of an ItemBatch.
         * @deprecated Use replan.v1.ItemBatch.$Properties instead.
         */
        interface IItemBatch extends replan.v1.ItemBatch.$Properties {
        }

        /** Represents an ItemBatch. */
        class ItemBatch {

            /**
             * Constructs a new ItemBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ItemBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ItemBatch dictionary. */
            dictionary: string[];

            /** ItemBatch id. */
            id: string[];

            /** ItemBatch name. */
            name: number[];

            /** ItemBatch coverageGroup. */
            coverageGroup: number[];

            /**
             * Creates a new ItemBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemBatch instance
             */
            static create(properties: replan.v1.ItemBatch.$Shape): replan.v1.ItemBatch & replan.v1.ItemBatch.$Shape;
            static create(properties?: replan.v1.ItemBatch.$Properties): replan.v1.ItemBatch;

            /**
             * Encodes the specified ItemBatch message. Does not implicitly {@link replan.v1.ItemBatch.verify|verify} messages.
             * @param message ItemBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ItemBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemBatch message, length delimited. Does not implicitly {@link replan.v1.ItemBatch.verify|verify} messages.
             * @param message ItemBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ItemBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ItemBatch & replan.v1.ItemBatch.$Shape} ItemBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ItemBatch & replan.v1.ItemBatch.$Shape;

            /**
             * Decodes an ItemBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ItemBatch & replan.v1.ItemBatch.$Shape} ItemBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ItemBatch & replan.v1.ItemBatch.$Shape;

            /**
             * Verifies an ItemBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ItemBatch;

            /**
             * Creates a plain object from an ItemBatch message. Also converts values to other types if specified.
             * @param message ItemBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ItemBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ItemBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ItemBatch {

            /** Properties of an ItemBatch. */
            interface $Properties {

                /** ItemBatch dictionary */
                dictionary?: (string[]|null);

                /** ItemBatch id */
                id?: (string[]|null);

                /** ItemBatch name */
                name?: (number[]|null);

                /** ItemBatch coverageGroup */
                coverageGroup?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemBatch. */
            type $Shape = replan.v1.ItemBatch.$Properties;
        }

        /**
         * Properties of a CoverageGroupBatch.
         * @deprecated Use replan.v1.CoverageGroupBatch.$Properties instead.
         */
        interface ICoverageGroupBatch extends replan.v1.CoverageGroupBatch.$Properties {
        }

        /** Represents a CoverageGroupBatch. */
        class CoverageGroupBatch {

            /**
             * Constructs a new CoverageGroupBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.CoverageGroupBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CoverageGroupBatch dictionary. */
            dictionary: string[];

            /** CoverageGroupBatch id. */
            id: string[];

            /** CoverageGroupBatch name. */
            name: number[];

            /** CoverageGroupBatch settings. */
            settings?: (replan.v1.CoverageColumns.$Properties|null);

            /**
             * Creates a new CoverageGroupBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CoverageGroupBatch instance
             */
            static create(properties: replan.v1.CoverageGroupBatch.$Shape): replan.v1.CoverageGroupBatch & replan.v1.CoverageGroupBatch.$Shape;
            static create(properties?: replan.v1.CoverageGroupBatch.$Properties): replan.v1.CoverageGroupBatch;

            /**
             * Encodes the specified CoverageGroupBatch message. Does not implicitly {@link replan.v1.CoverageGroupBatch.verify|verify} messages.
             * @param message CoverageGroupBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.CoverageGroupBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CoverageGroupBatch message, length delimited. Does not implicitly {@link replan.v1.CoverageGroupBatch.verify|verify} messages.
             * @param message CoverageGroupBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.CoverageGroupBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CoverageGroupBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.CoverageGroupBatch & replan.v1.CoverageGroupBatch.$Shape} CoverageGroupBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.CoverageGroupBatch & replan.v1.CoverageGroupBatch.$Shape;

            /**
             * Decodes a CoverageGroupBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.CoverageGroupBatch & replan.v1.CoverageGroupBatch.$Shape} CoverageGroupBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.CoverageGroupBatch & replan.v1.CoverageGroupBatch.$Shape;

            /**
             * Verifies a CoverageGroupBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CoverageGroupBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CoverageGroupBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.CoverageGroupBatch;

            /**
             * Creates a plain object from a CoverageGroupBatch message. Also converts values to other types if specified.
             * @param message CoverageGroupBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.CoverageGroupBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CoverageGroupBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CoverageGroupBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CoverageGroupBatch {

            /** Properties of a CoverageGroupBatch. */
            interface $Properties {

                /** CoverageGroupBatch dictionary */
                dictionary?: (string[]|null);

                /** CoverageGroupBatch id */
                id?: (string[]|null);

                /** CoverageGroupBatch name */
                name?: (number[]|null);

                /** CoverageGroupBatch settings */
                settings?: (replan.v1.CoverageColumns.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CoverageGroupBatch. */
            type $Shape = replan.v1.CoverageGroupBatch.$Properties;
        }

        /**
         * Properties of an ItemCoverageBatch.
         * @deprecated Use replan.v1.ItemCoverageBatch.$Properties instead.
         */
        interface IItemCoverageBatch extends replan.v1.ItemCoverageBatch.$Properties {
        }

        /** Represents an ItemCoverageBatch. */
        class ItemCoverageBatch {

            /**
             * Constructs a new ItemCoverageBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ItemCoverageBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ItemCoverageBatch dictionary. */
            dictionary: string[];

            /** ItemCoverageBatch item. */
            item: number[];

            /** ItemCoverageBatch warehouse. */
            warehouse: number[];

            /** ItemCoverageBatch mainWarehouse. */
            mainWarehouse: number[];

            /** ItemCoverageBatch settings. */
            settings?: (replan.v1.CoverageColumns.$Properties|null);

            /**
             * Creates a new ItemCoverageBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemCoverageBatch instance
             */
            static create(properties: replan.v1.ItemCoverageBatch.$Shape): replan.v1.ItemCoverageBatch & replan.v1.ItemCoverageBatch.$Shape;
            static create(properties?: replan.v1.ItemCoverageBatch.$Properties): replan.v1.ItemCoverageBatch;

            /**
             * Encodes the specified ItemCoverageBatch message. Does not implicitly {@link replan.v1.ItemCoverageBatch.verify|verify} messages.
             * @param message ItemCoverageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ItemCoverageBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemCoverageBatch message, length delimited. Does not implicitly {@link replan.v1.ItemCoverageBatch.verify|verify} messages.
             * @param message ItemCoverageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ItemCoverageBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemCoverageBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ItemCoverageBatch & replan.v1.ItemCoverageBatch.$Shape} ItemCoverageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ItemCoverageBatch & replan.v1.ItemCoverageBatch.$Shape;

            /**
             * Decodes an ItemCoverageBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ItemCoverageBatch & replan.v1.ItemCoverageBatch.$Shape} ItemCoverageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ItemCoverageBatch & replan.v1.ItemCoverageBatch.$Shape;

            /**
             * Verifies an ItemCoverageBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemCoverageBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemCoverageBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ItemCoverageBatch;

            /**
             * Creates a plain object from an ItemCoverageBatch message. Also converts values to other types if specified.
             * @param message ItemCoverageBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ItemCoverageBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemCoverageBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ItemCoverageBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ItemCoverageBatch {

            /** Properties of an ItemCoverageBatch. */
            interface $Properties {

                /** ItemCoverageBatch dictionary */
                dictionary?: (string[]|null);

                /** ItemCoverageBatch item */
                item?: (number[]|null);

                /** ItemCoverageBatch warehouse */
                warehouse?: (number[]|null);

                /** ItemCoverageBatch mainWarehouse */
                mainWarehouse?: (number[]|null);

                /** ItemCoverageBatch settings */
                settings?: (replan.v1.CoverageColumns.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemCoverageBatch. */
            type $Shape = replan.v1.ItemCoverageBatch.$Properties;
        }

        /**
         * Properties of a WarehouseBatch.
         * @deprecated Use replan.v1.WarehouseBatch.$Properties instead.
         */
        interface IWarehouseBatch extends replan.v1.WarehouseBatch.$Properties {
        }

        /** Represents a WarehouseBatch. */
        class WarehouseBatch {

            /**
             * Constructs a new WarehouseBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.WarehouseBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WarehouseBatch dictionary. */
            dictionary: string[];

            /** WarehouseBatch id. */
            id: string[];

            /** WarehouseBatch name. */
            name: number[];

            /** WarehouseBatch mainWarehouse. */
            mainWarehouse: number[];

            /** WarehouseBatch calendar. */
            calendar: number[];

            /** WarehouseBatch manual. */
            manual: replan.v1.OptionalBool[];

            /**
             * Creates a new WarehouseBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WarehouseBatch instance
             */
            static create(properties: replan.v1.WarehouseBatch.$Shape): replan.v1.WarehouseBatch & replan.v1.WarehouseBatch.$Shape;
            static create(properties?: replan.v1.WarehouseBatch.$Properties): replan.v1.WarehouseBatch;

            /**
             * Encodes the specified WarehouseBatch message. Does not implicitly {@link replan.v1.WarehouseBatch.verify|verify} messages.
             * @param message WarehouseBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.WarehouseBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WarehouseBatch message, length delimited. Does not implicitly {@link replan.v1.WarehouseBatch.verify|verify} messages.
             * @param message WarehouseBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.WarehouseBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WarehouseBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.WarehouseBatch & replan.v1.WarehouseBatch.$Shape} WarehouseBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.WarehouseBatch & replan.v1.WarehouseBatch.$Shape;

            /**
             * Decodes a WarehouseBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.WarehouseBatch & replan.v1.WarehouseBatch.$Shape} WarehouseBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.WarehouseBatch & replan.v1.WarehouseBatch.$Shape;

            /**
             * Verifies a WarehouseBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WarehouseBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WarehouseBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.WarehouseBatch;

            /**
             * Creates a plain object from a WarehouseBatch message. Also converts values to other types if specified.
             * @param message WarehouseBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.WarehouseBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WarehouseBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WarehouseBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WarehouseBatch {

            /** Properties of a WarehouseBatch. */
            interface $Properties {

                /** WarehouseBatch dictionary */
                dictionary?: (string[]|null);

                /** WarehouseBatch id */
                id?: (string[]|null);

                /** WarehouseBatch name */
                name?: (number[]|null);

                /** WarehouseBatch mainWarehouse */
                mainWarehouse?: (number[]|null);

                /** WarehouseBatch calendar */
                calendar?: (number[]|null);

                /** WarehouseBatch manual */
                manual?: (replan.v1.OptionalBool[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WarehouseBatch. */
            type $Shape = replan.v1.WarehouseBatch.$Properties;
        }

        /**
         * Properties of a CalendarBatch.
         * @deprecated Use replan.v1.CalendarBatch.$Properties instead.
         */
        interface ICalendarBatch extends replan.v1.CalendarBatch.$Properties {
        }

        /** Represents a CalendarBatch. */
        class CalendarBatch {

            /**
             * Constructs a new CalendarBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.CalendarBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CalendarBatch dictionary. */
            dictionary: string[];

            /** CalendarBatch id. */
            id: string[];

            /** CalendarBatch weekdayCount. */
            weekdayCount: number[];

            /** CalendarBatch weekdays. */
            weekdays: number[];

            /** CalendarBatch hasExceptions. */
            hasExceptions: boolean[];

            /** CalendarBatch exceptionCount. */
            exceptionCount: number[];

            /** CalendarBatch exceptionDate. */
            exceptionDate: number[];

            /** CalendarBatch exceptionOpen. */
            exceptionOpen: boolean[];

            /**
             * Creates a new CalendarBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CalendarBatch instance
             */
            static create(properties: replan.v1.CalendarBatch.$Shape): replan.v1.CalendarBatch & replan.v1.CalendarBatch.$Shape;
            static create(properties?: replan.v1.CalendarBatch.$Properties): replan.v1.CalendarBatch;

            /**
             * Encodes the specified CalendarBatch message. Does not implicitly {@link replan.v1.CalendarBatch.verify|verify} messages.
             * @param message CalendarBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.CalendarBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CalendarBatch message, length delimited. Does not implicitly {@link replan.v1.CalendarBatch.verify|verify} messages.
             * @param message CalendarBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.CalendarBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CalendarBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.CalendarBatch & replan.v1.CalendarBatch.$Shape} CalendarBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.CalendarBatch & replan.v1.CalendarBatch.$Shape;

            /**
             * Decodes a CalendarBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.CalendarBatch & replan.v1.CalendarBatch.$Shape} CalendarBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.CalendarBatch & replan.v1.CalendarBatch.$Shape;

            /**
             * Verifies a CalendarBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CalendarBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CalendarBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.CalendarBatch;

            /**
             * Creates a plain object from a CalendarBatch message. Also converts values to other types if specified.
             * @param message CalendarBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.CalendarBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CalendarBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CalendarBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CalendarBatch {

            /** Properties of a CalendarBatch. */
            interface $Properties {

                /** CalendarBatch dictionary */
                dictionary?: (string[]|null);

                /** CalendarBatch id */
                id?: (string[]|null);

                /** CalendarBatch weekdayCount */
                weekdayCount?: (number[]|null);

                /** CalendarBatch weekdays */
                weekdays?: (number[]|null);

                /** CalendarBatch hasExceptions */
                hasExceptions?: (boolean[]|null);

                /** CalendarBatch exceptionCount */
                exceptionCount?: (number[]|null);

                /** CalendarBatch exceptionDate */
                exceptionDate?: (number[]|null);

                /** CalendarBatch exceptionOpen */
                exceptionOpen?: (boolean[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CalendarBatch. */
            type $Shape = replan.v1.CalendarBatch.$Properties;
        }

        /**
         * Properties of a BomLineBatch.
         * @deprecated Use replan.v1.BomLineBatch.$Properties instead.
         */
        interface IBomLineBatch extends replan.v1.BomLineBatch.$Properties {
        }

        /** Represents a BomLineBatch. */
        class BomLineBatch {

            /**
             * Constructs a new BomLineBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.BomLineBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BomLineBatch dictionary. */
            dictionary: string[];

            /** BomLineBatch id. */
            id: string[];

            /** BomLineBatch parent. */
            parent: number[];

            /** BomLineBatch component. */
            component: number[];

            /** BomLineBatch quantity. */
            quantity: number[];

            /** BomLineBatch perSeries. */
            perSeries: number[];

            /** BomLineBatch scrapPercent. */
            scrapPercent: number[];

            /** BomLineBatch constantScrap. */
            constantScrap: number[];

            /** BomLineBatch validFrom. */
            validFrom: number[];

            /** BomLineBatch hasValidFrom. */
            hasValidFrom: boolean[];

            /** BomLineBatch validTo. */
            validTo: number[];

            /** BomLineBatch hasValidTo. */
            hasValidTo: boolean[];

            /** BomLineBatch phantom. */
            phantom: replan.v1.OptionalBool[];

            /** BomLineBatch warehouse. */
            warehouse: number[];

            /** BomLineBatch offsetDays. */
            offsetDays: number[];

            /** BomLineBatch operation. */
            operation: number[];

            /**
             * Creates a new BomLineBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BomLineBatch instance
             */
            static create(properties: replan.v1.BomLineBatch.$Shape): replan.v1.BomLineBatch & replan.v1.BomLineBatch.$Shape;
            static create(properties?: replan.v1.BomLineBatch.$Properties): replan.v1.BomLineBatch;

            /**
             * Encodes the specified BomLineBatch message. Does not implicitly {@link replan.v1.BomLineBatch.verify|verify} messages.
             * @param message BomLineBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.BomLineBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BomLineBatch message, length delimited. Does not implicitly {@link replan.v1.BomLineBatch.verify|verify} messages.
             * @param message BomLineBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.BomLineBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BomLineBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.BomLineBatch & replan.v1.BomLineBatch.$Shape} BomLineBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.BomLineBatch & replan.v1.BomLineBatch.$Shape;

            /**
             * Decodes a BomLineBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.BomLineBatch & replan.v1.BomLineBatch.$Shape} BomLineBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.BomLineBatch & replan.v1.BomLineBatch.$Shape;

            /**
             * Verifies a BomLineBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BomLineBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BomLineBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.BomLineBatch;

            /**
             * Creates a plain object from a BomLineBatch message. Also converts values to other types if specified.
             * @param message BomLineBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.BomLineBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BomLineBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BomLineBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BomLineBatch {

            /** Properties of a BomLineBatch. */
            interface $Properties {

                /** BomLineBatch dictionary */
                dictionary?: (string[]|null);

                /** BomLineBatch id */
                id?: (string[]|null);

                /** BomLineBatch parent */
                parent?: (number[]|null);

                /** BomLineBatch component */
                component?: (number[]|null);

                /** BomLineBatch quantity */
                quantity?: (number[]|null);

                /** BomLineBatch perSeries */
                perSeries?: (number[]|null);

                /** BomLineBatch scrapPercent */
                scrapPercent?: (number[]|null);

                /** BomLineBatch constantScrap */
                constantScrap?: (number[]|null);

                /** BomLineBatch validFrom */
                validFrom?: (number[]|null);

                /** BomLineBatch hasValidFrom */
                hasValidFrom?: (boolean[]|null);

                /** BomLineBatch validTo */
                validTo?: (number[]|null);

                /** BomLineBatch hasValidTo */
                hasValidTo?: (boolean[]|null);

                /** BomLineBatch phantom */
                phantom?: (replan.v1.OptionalBool[]|null);

                /** BomLineBatch warehouse */
                warehouse?: (number[]|null);

                /** BomLineBatch offsetDays */
                offsetDays?: (number[]|null);

                /** BomLineBatch operation */
                operation?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BomLineBatch. */
            type $Shape = replan.v1.BomLineBatch.$Properties;
        }

        /**
         * Properties of a ResourceBatch.
         * @deprecated Use replan.v1.ResourceBatch.$Properties instead.
         */
        interface IResourceBatch extends replan.v1.ResourceBatch.$Properties {
        }

        /** Represents a ResourceBatch. */
        class ResourceBatch {

            /**
             * Constructs a new ResourceBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ResourceBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceBatch dictionary. */
            dictionary: string[];

            /** ResourceBatch id. */
            id: string[];

            /** ResourceBatch name. */
            name: number[];

            /** ResourceBatch calendar. */
            calendar: number[];

            /** ResourceBatch hoursPerDay. */
            hoursPerDay: number[];

            /** ResourceBatch capacity. */
            capacity: number[];

            /** ResourceBatch efficiencyPercent. */
            efficiencyPercent: number[];

            /**
             * Creates a new ResourceBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceBatch instance
             */
            static create(properties: replan.v1.ResourceBatch.$Shape): replan.v1.ResourceBatch & replan.v1.ResourceBatch.$Shape;
            static create(properties?: replan.v1.ResourceBatch.$Properties): replan.v1.ResourceBatch;

            /**
             * Encodes the specified ResourceBatch message. Does not implicitly {@link replan.v1.ResourceBatch.verify|verify} messages.
             * @param message ResourceBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ResourceBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResourceBatch message, length delimited. Does not implicitly {@link replan.v1.ResourceBatch.verify|verify} messages.
             * @param message ResourceBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ResourceBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ResourceBatch & replan.v1.ResourceBatch.$Shape} ResourceBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ResourceBatch & replan.v1.ResourceBatch.$Shape;

            /**
             * Decodes a ResourceBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ResourceBatch & replan.v1.ResourceBatch.$Shape} ResourceBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ResourceBatch & replan.v1.ResourceBatch.$Shape;

            /**
             * Verifies a ResourceBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResourceBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResourceBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ResourceBatch;

            /**
             * Creates a plain object from a ResourceBatch message. Also converts values to other types if specified.
             * @param message ResourceBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ResourceBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResourceBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResourceBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResourceBatch {

            /** Properties of a ResourceBatch. */
            interface $Properties {

                /** ResourceBatch dictionary */
                dictionary?: (string[]|null);

                /** ResourceBatch id */
                id?: (string[]|null);

                /** ResourceBatch name */
                name?: (number[]|null);

                /** ResourceBatch calendar */
                calendar?: (number[]|null);

                /** ResourceBatch hoursPerDay */
                hoursPerDay?: (number[]|null);

                /** ResourceBatch capacity */
                capacity?: (number[]|null);

                /** ResourceBatch efficiencyPercent */
                efficiencyPercent?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceBatch. */
            type $Shape = replan.v1.ResourceBatch.$Properties;
        }

        /**
         * Properties of a ResourceGroupBatch.
         * @deprecated Use replan.v1.ResourceGroupBatch.$Properties instead.
         */
        interface IResourceGroupBatch extends replan.v1.ResourceGroupBatch.$Properties {
        }

        /** Represents a ResourceGroupBatch. */
        class ResourceGroupBatch {

            /**
             * Constructs a new ResourceGroupBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ResourceGroupBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceGroupBatch dictionary. */
            dictionary: string[];

            /** ResourceGroupBatch id. */
            id: string[];

            /** ResourceGroupBatch name. */
            name: number[];

            /** ResourceGroupBatch memberCount. */
            memberCount: number[];

            /** ResourceGroupBatch members. */
            members: number[];

            /**
             * Creates a new ResourceGroupBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceGroupBatch instance
             */
            static create(properties: replan.v1.ResourceGroupBatch.$Shape): replan.v1.ResourceGroupBatch & replan.v1.ResourceGroupBatch.$Shape;
            static create(properties?: replan.v1.ResourceGroupBatch.$Properties): replan.v1.ResourceGroupBatch;

            /**
             * Encodes the specified ResourceGroupBatch message. Does not implicitly {@link replan.v1.ResourceGroupBatch.verify|verify} messages.
             * @param message ResourceGroupBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ResourceGroupBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResourceGroupBatch message, length delimited. Does not implicitly {@link replan.v1.ResourceGroupBatch.verify|verify} messages.
             * @param message ResourceGroupBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ResourceGroupBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceGroupBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ResourceGroupBatch & replan.v1.ResourceGroupBatch.$Shape} ResourceGroupBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ResourceGroupBatch & replan.v1.ResourceGroupBatch.$Shape;

            /**
             * Decodes a ResourceGroupBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ResourceGroupBatch & replan.v1.ResourceGroupBatch.$Shape} ResourceGroupBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ResourceGroupBatch & replan.v1.ResourceGroupBatch.$Shape;

            /**
             * Verifies a ResourceGroupBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResourceGroupBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResourceGroupBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ResourceGroupBatch;

            /**
             * Creates a plain object from a ResourceGroupBatch message. Also converts values to other types if specified.
             * @param message ResourceGroupBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ResourceGroupBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResourceGroupBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResourceGroupBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResourceGroupBatch {

            /** Properties of a ResourceGroupBatch. */
            interface $Properties {

                /** ResourceGroupBatch dictionary */
                dictionary?: (string[]|null);

                /** ResourceGroupBatch id */
                id?: (string[]|null);

                /** ResourceGroupBatch name */
                name?: (number[]|null);

                /** ResourceGroupBatch memberCount */
                memberCount?: (number[]|null);

                /** ResourceGroupBatch members */
                members?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceGroupBatch. */
            type $Shape = replan.v1.ResourceGroupBatch.$Properties;
        }

        /**
         * Properties of a RouteOperationBatch.
         * @deprecated Use replan.v1.RouteOperationBatch.$Properties instead.
         */
        interface IRouteOperationBatch extends replan.v1.RouteOperationBatch.$Properties {
        }

        /** Represents a RouteOperationBatch. */
        class RouteOperationBatch {

            /**
             * Constructs a new RouteOperationBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.RouteOperationBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RouteOperationBatch dictionary. */
            dictionary: string[];

            /** RouteOperationBatch id. */
            id: string[];

            /** RouteOperationBatch item. */
            item: number[];

            /** RouteOperationBatch operation. */
            operation: number[];

            /** RouteOperationBatch resource. */
            resource: number[];

            /** RouteOperationBatch resourceGroup. */
            resourceGroup: number[];

            /** RouteOperationBatch setupHours. */
            setupHours: number[];

            /** RouteOperationBatch runHours. */
            runHours: number[];

            /** RouteOperationBatch perSeries. */
            perSeries: number[];

            /** RouteOperationBatch queueHours. */
            queueHours: number[];

            /** RouteOperationBatch transitHours. */
            transitHours: number[];

            /** RouteOperationBatch scrapPercent. */
            scrapPercent: number[];

            /** RouteOperationBatch validFrom. */
            validFrom: number[];

            /** RouteOperationBatch hasValidFrom. */
            hasValidFrom: boolean[];

            /** RouteOperationBatch validTo. */
            validTo: number[];

            /** RouteOperationBatch hasValidTo. */
            hasValidTo: boolean[];

            /**
             * Creates a new RouteOperationBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RouteOperationBatch instance
             */
            static create(properties: replan.v1.RouteOperationBatch.$Shape): replan.v1.RouteOperationBatch & replan.v1.RouteOperationBatch.$Shape;
            static create(properties?: replan.v1.RouteOperationBatch.$Properties): replan.v1.RouteOperationBatch;

            /**
             * Encodes the specified RouteOperationBatch message. Does not implicitly {@link replan.v1.RouteOperationBatch.verify|verify} messages.
             * @param message RouteOperationBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.RouteOperationBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RouteOperationBatch message, length delimited. Does not implicitly {@link replan.v1.RouteOperationBatch.verify|verify} messages.
             * @param message RouteOperationBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.RouteOperationBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RouteOperationBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.RouteOperationBatch & replan.v1.RouteOperationBatch.$Shape} RouteOperationBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.RouteOperationBatch & replan.v1.RouteOperationBatch.$Shape;

            /**
             * Decodes a RouteOperationBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.RouteOperationBatch & replan.v1.RouteOperationBatch.$Shape} RouteOperationBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.RouteOperationBatch & replan.v1.RouteOperationBatch.$Shape;

            /**
             * Verifies a RouteOperationBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RouteOperationBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RouteOperationBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.RouteOperationBatch;

            /**
             * Creates a plain object from a RouteOperationBatch message. Also converts values to other types if specified.
             * @param message RouteOperationBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.RouteOperationBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RouteOperationBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RouteOperationBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RouteOperationBatch {

            /** Properties of a RouteOperationBatch. */
            interface $Properties {

                /** RouteOperationBatch dictionary */
                dictionary?: (string[]|null);

                /** RouteOperationBatch id */
                id?: (string[]|null);

                /** RouteOperationBatch item */
                item?: (number[]|null);

                /** RouteOperationBatch operation */
                operation?: (number[]|null);

                /** RouteOperationBatch resource */
                resource?: (number[]|null);

                /** RouteOperationBatch resourceGroup */
                resourceGroup?: (number[]|null);

                /** RouteOperationBatch setupHours */
                setupHours?: (number[]|null);

                /** RouteOperationBatch runHours */
                runHours?: (number[]|null);

                /** RouteOperationBatch perSeries */
                perSeries?: (number[]|null);

                /** RouteOperationBatch queueHours */
                queueHours?: (number[]|null);

                /** RouteOperationBatch transitHours */
                transitHours?: (number[]|null);

                /** RouteOperationBatch scrapPercent */
                scrapPercent?: (number[]|null);

                /** RouteOperationBatch validFrom */
                validFrom?: (number[]|null);

                /** RouteOperationBatch hasValidFrom */
                hasValidFrom?: (boolean[]|null);

                /** RouteOperationBatch validTo */
                validTo?: (number[]|null);

                /** RouteOperationBatch hasValidTo */
                hasValidTo?: (boolean[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RouteOperationBatch. */
            type $Shape = replan.v1.RouteOperationBatch.$Properties;
        }

        /**
         * Properties of an OnHandBatch.
         * @deprecated Use replan.v1.OnHandBatch.$Properties instead.
         */
        interface IOnHandBatch extends replan.v1.OnHandBatch.$Properties {
        }

        /** Represents an OnHandBatch. */
        class OnHandBatch {

            /**
             * Constructs a new OnHandBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.OnHandBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OnHandBatch dictionary. */
            dictionary: string[];

            /** OnHandBatch item. */
            item: number[];

            /** OnHandBatch warehouse. */
            warehouse: number[];

            /** OnHandBatch quantity. */
            quantity: number[];

            /**
             * Creates a new OnHandBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OnHandBatch instance
             */
            static create(properties: replan.v1.OnHandBatch.$Shape): replan.v1.OnHandBatch & replan.v1.OnHandBatch.$Shape;
            static create(properties?: replan.v1.OnHandBatch.$Properties): replan.v1.OnHandBatch;

            /**
             * Encodes the specified OnHandBatch message. Does not implicitly {@link replan.v1.OnHandBatch.verify|verify} messages.
             * @param message OnHandBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.OnHandBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OnHandBatch message, length delimited. Does not implicitly {@link replan.v1.OnHandBatch.verify|verify} messages.
             * @param message OnHandBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.OnHandBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OnHandBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.OnHandBatch & replan.v1.OnHandBatch.$Shape} OnHandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.OnHandBatch & replan.v1.OnHandBatch.$Shape;

            /**
             * Decodes an OnHandBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.OnHandBatch & replan.v1.OnHandBatch.$Shape} OnHandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.OnHandBatch & replan.v1.OnHandBatch.$Shape;

            /**
             * Verifies an OnHandBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OnHandBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OnHandBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.OnHandBatch;

            /**
             * Creates a plain object from an OnHandBatch message. Also converts values to other types if specified.
             * @param message OnHandBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.OnHandBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OnHandBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OnHandBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OnHandBatch {

            /** Properties of an OnHandBatch. */
            interface $Properties {

                /** OnHandBatch dictionary */
                dictionary?: (string[]|null);

                /** OnHandBatch item */
                item?: (number[]|null);

                /** OnHandBatch warehouse */
                warehouse?: (number[]|null);

                /** OnHandBatch quantity */
                quantity?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OnHandBatch. */
            type $Shape = replan.v1.OnHandBatch.$Properties;
        }

        /**
         * Properties of a SupplyBatch.
         * @deprecated Use replan.v1.SupplyBatch.$Properties instead.
         */
        interface ISupplyBatch extends replan.v1.SupplyBatch.$Properties {
        }

        /** Represents a SupplyBatch. */
        class SupplyBatch {

            /**
             * Constructs a new SupplyBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.SupplyBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SupplyBatch dictionary. */
            dictionary: string[];

            /** SupplyBatch id. */
            id: string[];

            /** SupplyBatch type. */
            type: replan.v1.SupplyType[];

            /** SupplyBatch item. */
            item: number[];

            /** SupplyBatch warehouse. */
            warehouse: number[];

            /** SupplyBatch date. */
            date: number[];

            /** SupplyBatch quantity. */
            quantity: number[];

            /** SupplyBatch fromWarehouse. */
            fromWarehouse: number[];

            /** SupplyBatch orderType. */
            orderType: replan.v1.PlannedOrderType[];

            /** SupplyBatch approved. */
            approved: replan.v1.OptionalBool[];

            /**
             * Creates a new SupplyBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SupplyBatch instance
             */
            static create(properties: replan.v1.SupplyBatch.$Shape): replan.v1.SupplyBatch & replan.v1.SupplyBatch.$Shape;
            static create(properties?: replan.v1.SupplyBatch.$Properties): replan.v1.SupplyBatch;

            /**
             * Encodes the specified SupplyBatch message. Does not implicitly {@link replan.v1.SupplyBatch.verify|verify} messages.
             * @param message SupplyBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.SupplyBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SupplyBatch message, length delimited. Does not implicitly {@link replan.v1.SupplyBatch.verify|verify} messages.
             * @param message SupplyBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.SupplyBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SupplyBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.SupplyBatch & replan.v1.SupplyBatch.$Shape} SupplyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.SupplyBatch & replan.v1.SupplyBatch.$Shape;

            /**
             * Decodes a SupplyBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.SupplyBatch & replan.v1.SupplyBatch.$Shape} SupplyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.SupplyBatch & replan.v1.SupplyBatch.$Shape;

            /**
             * Verifies a SupplyBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SupplyBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SupplyBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.SupplyBatch;

            /**
             * Creates a plain object from a SupplyBatch message. Also converts values to other types if specified.
             * @param message SupplyBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.SupplyBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SupplyBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SupplyBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SupplyBatch {

            /** Properties of a SupplyBatch. */
            interface $Properties {

                /** SupplyBatch dictionary */
                dictionary?: (string[]|null);

                /** SupplyBatch id */
                id?: (string[]|null);

                /** SupplyBatch type */
                type?: (replan.v1.SupplyType[]|null);

                /** SupplyBatch item */
                item?: (number[]|null);

                /** SupplyBatch warehouse */
                warehouse?: (number[]|null);

                /** SupplyBatch date */
                date?: (number[]|null);

                /** SupplyBatch quantity */
                quantity?: (number[]|null);

                /** SupplyBatch fromWarehouse */
                fromWarehouse?: (number[]|null);

                /** SupplyBatch orderType */
                orderType?: (replan.v1.PlannedOrderType[]|null);

                /** SupplyBatch approved */
                approved?: (replan.v1.OptionalBool[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SupplyBatch. */
            type $Shape = replan.v1.SupplyBatch.$Properties;
        }

        /**
         * Properties of a DemandBatch.
         * @deprecated Use replan.v1.DemandBatch.$Properties instead.
         */
        interface IDemandBatch extends replan.v1.DemandBatch.$Properties {
        }

        /** Represents a DemandBatch. */
        class DemandBatch {

            /**
             * Constructs a new DemandBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.DemandBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DemandBatch dictionary. */
            dictionary: string[];

            /** DemandBatch id. */
            id: string[];

            /** DemandBatch type. */
            type: replan.v1.DemandType[];

            /** DemandBatch item. */
            item: number[];

            /** DemandBatch warehouse. */
            warehouse: number[];

            /** DemandBatch date. */
            date: number[];

            /** DemandBatch quantity. */
            quantity: number[];

            /**
             * Creates a new DemandBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DemandBatch instance
             */
            static create(properties: replan.v1.DemandBatch.$Shape): replan.v1.DemandBatch & replan.v1.DemandBatch.$Shape;
            static create(properties?: replan.v1.DemandBatch.$Properties): replan.v1.DemandBatch;

            /**
             * Encodes the specified DemandBatch message. Does not implicitly {@link replan.v1.DemandBatch.verify|verify} messages.
             * @param message DemandBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.DemandBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DemandBatch message, length delimited. Does not implicitly {@link replan.v1.DemandBatch.verify|verify} messages.
             * @param message DemandBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.DemandBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DemandBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.DemandBatch & replan.v1.DemandBatch.$Shape} DemandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.DemandBatch & replan.v1.DemandBatch.$Shape;

            /**
             * Decodes a DemandBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.DemandBatch & replan.v1.DemandBatch.$Shape} DemandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.DemandBatch & replan.v1.DemandBatch.$Shape;

            /**
             * Verifies a DemandBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DemandBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DemandBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.DemandBatch;

            /**
             * Creates a plain object from a DemandBatch message. Also converts values to other types if specified.
             * @param message DemandBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.DemandBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DemandBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DemandBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DemandBatch {

            /** Properties of a DemandBatch. */
            interface $Properties {

                /** DemandBatch dictionary */
                dictionary?: (string[]|null);

                /** DemandBatch id */
                id?: (string[]|null);

                /** DemandBatch type */
                type?: (replan.v1.DemandType[]|null);

                /** DemandBatch item */
                item?: (number[]|null);

                /** DemandBatch warehouse */
                warehouse?: (number[]|null);

                /** DemandBatch date */
                date?: (number[]|null);

                /** DemandBatch quantity */
                quantity?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DemandBatch. */
            type $Shape = replan.v1.DemandBatch.$Properties;
        }

        /**
         * Properties of a ForecastBatch.
         * @deprecated Use replan.v1.ForecastBatch.$Properties instead.
         */
        interface IForecastBatch extends replan.v1.ForecastBatch.$Properties {
        }

        /** Represents a ForecastBatch. */
        class ForecastBatch {

            /**
             * Constructs a new ForecastBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ForecastBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ForecastBatch dictionary. */
            dictionary: string[];

            /** ForecastBatch id. */
            id: string[];

            /** ForecastBatch model. */
            model: number[];

            /** ForecastBatch item. */
            item: number[];

            /** ForecastBatch warehouse. */
            warehouse: number[];

            /** ForecastBatch date. */
            date: number[];

            /** ForecastBatch quantity. */
            quantity: number[];

            /**
             * Creates a new ForecastBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ForecastBatch instance
             */
            static create(properties: replan.v1.ForecastBatch.$Shape): replan.v1.ForecastBatch & replan.v1.ForecastBatch.$Shape;
            static create(properties?: replan.v1.ForecastBatch.$Properties): replan.v1.ForecastBatch;

            /**
             * Encodes the specified ForecastBatch message. Does not implicitly {@link replan.v1.ForecastBatch.verify|verify} messages.
             * @param message ForecastBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ForecastBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ForecastBatch message, length delimited. Does not implicitly {@link replan.v1.ForecastBatch.verify|verify} messages.
             * @param message ForecastBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ForecastBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ForecastBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ForecastBatch & replan.v1.ForecastBatch.$Shape} ForecastBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ForecastBatch & replan.v1.ForecastBatch.$Shape;

            /**
             * Decodes a ForecastBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ForecastBatch & replan.v1.ForecastBatch.$Shape} ForecastBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ForecastBatch & replan.v1.ForecastBatch.$Shape;

            /**
             * Verifies a ForecastBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ForecastBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ForecastBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ForecastBatch;

            /**
             * Creates a plain object from a ForecastBatch message. Also converts values to other types if specified.
             * @param message ForecastBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ForecastBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ForecastBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ForecastBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ForecastBatch {

            /** Properties of a ForecastBatch. */
            interface $Properties {

                /** ForecastBatch dictionary */
                dictionary?: (string[]|null);

                /** ForecastBatch id */
                id?: (string[]|null);

                /** ForecastBatch model */
                model?: (number[]|null);

                /** ForecastBatch item */
                item?: (number[]|null);

                /** ForecastBatch warehouse */
                warehouse?: (number[]|null);

                /** ForecastBatch date */
                date?: (number[]|null);

                /** ForecastBatch quantity */
                quantity?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ForecastBatch. */
            type $Shape = replan.v1.ForecastBatch.$Properties;
        }

        /**
         * Properties of a ReductionKeyBatch.
         * @deprecated Use replan.v1.ReductionKeyBatch.$Properties instead.
         */
        interface IReductionKeyBatch extends replan.v1.ReductionKeyBatch.$Properties {
        }

        /** Represents a ReductionKeyBatch. */
        class ReductionKeyBatch {

            /**
             * Constructs a new ReductionKeyBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.ReductionKeyBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReductionKeyBatch dictionary. */
            dictionary: string[];

            /** ReductionKeyBatch id. */
            id: string[];

            /** ReductionKeyBatch periodCount. */
            periodCount: number[];

            /** ReductionKeyBatch periodFrom. */
            periodFrom: number[];

            /** ReductionKeyBatch periodPercent. */
            periodPercent: number[];

            /**
             * Creates a new ReductionKeyBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReductionKeyBatch instance
             */
            static create(properties: replan.v1.ReductionKeyBatch.$Shape): replan.v1.ReductionKeyBatch & replan.v1.ReductionKeyBatch.$Shape;
            static create(properties?: replan.v1.ReductionKeyBatch.$Properties): replan.v1.ReductionKeyBatch;

            /**
             * Encodes the specified ReductionKeyBatch message. Does not implicitly {@link replan.v1.ReductionKeyBatch.verify|verify} messages.
             * @param message ReductionKeyBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.ReductionKeyBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReductionKeyBatch message, length delimited. Does not implicitly {@link replan.v1.ReductionKeyBatch.verify|verify} messages.
             * @param message ReductionKeyBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.ReductionKeyBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReductionKeyBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.ReductionKeyBatch & replan.v1.ReductionKeyBatch.$Shape} ReductionKeyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.ReductionKeyBatch & replan.v1.ReductionKeyBatch.$Shape;

            /**
             * Decodes a ReductionKeyBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.ReductionKeyBatch & replan.v1.ReductionKeyBatch.$Shape} ReductionKeyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.ReductionKeyBatch & replan.v1.ReductionKeyBatch.$Shape;

            /**
             * Verifies a ReductionKeyBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReductionKeyBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReductionKeyBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.ReductionKeyBatch;

            /**
             * Creates a plain object from a ReductionKeyBatch message. Also converts values to other types if specified.
             * @param message ReductionKeyBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.ReductionKeyBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReductionKeyBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReductionKeyBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReductionKeyBatch {

            /** Properties of a ReductionKeyBatch. */
            interface $Properties {

                /** ReductionKeyBatch dictionary */
                dictionary?: (string[]|null);

                /** ReductionKeyBatch id */
                id?: (string[]|null);

                /** ReductionKeyBatch periodCount */
                periodCount?: (number[]|null);

                /** ReductionKeyBatch periodFrom */
                periodFrom?: (number[]|null);

                /** ReductionKeyBatch periodPercent */
                periodPercent?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReductionKeyBatch. */
            type $Shape = replan.v1.ReductionKeyBatch.$Properties;
        }

        /**
         * Properties of a SnapshotBatch.
         * @deprecated Use replan.v1.SnapshotBatch.$Properties instead.
         */
        interface ISnapshotBatch extends replan.v1.SnapshotBatch.$Properties {
        }

        /** Represents a SnapshotBatch. */
        class SnapshotBatch {

            /**
             * Constructs a new SnapshotBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: replan.v1.SnapshotBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotBatch entity. */
            entity: replan.v1.SnapshotEntity;

            /** SnapshotBatch sequence. */
            sequence: number;

            /** SnapshotBatch last. */
            last: boolean;

            /** SnapshotBatch plan. */
            plan?: (replan.v1.PlanBatch.$Properties|null);

            /** SnapshotBatch items. */
            items?: (replan.v1.ItemBatch.$Properties|null);

            /** SnapshotBatch coverageGroups. */
            coverageGroups?: (replan.v1.CoverageGroupBatch.$Properties|null);

            /** SnapshotBatch itemCoverage. */
            itemCoverage?: (replan.v1.ItemCoverageBatch.$Properties|null);

            /** SnapshotBatch warehouses. */
            warehouses?: (replan.v1.WarehouseBatch.$Properties|null);

            /** SnapshotBatch calendars. */
            calendars?: (replan.v1.CalendarBatch.$Properties|null);

            /** SnapshotBatch bomLines. */
            bomLines?: (replan.v1.BomLineBatch.$Properties|null);

            /** SnapshotBatch onHand. */
            onHand?: (replan.v1.OnHandBatch.$Properties|null);

            /** SnapshotBatch supply. */
            supply?: (replan.v1.SupplyBatch.$Properties|null);

            /** SnapshotBatch demand. */
            demand?: (replan.v1.DemandBatch.$Properties|null);

            /** SnapshotBatch forecasts. */
            forecasts?: (replan.v1.ForecastBatch.$Properties|null);

            /** SnapshotBatch reductionKeys. */
            reductionKeys?: (replan.v1.ReductionKeyBatch.$Properties|null);

            /** SnapshotBatch resources. */
            resources?: (replan.v1.ResourceBatch.$Properties|null);

            /** SnapshotBatch resourceGroups. */
            resourceGroups?: (replan.v1.ResourceGroupBatch.$Properties|null);

            /** SnapshotBatch routeOperations. */
            routeOperations?: (replan.v1.RouteOperationBatch.$Properties|null);

            /** SnapshotBatch batch. */
            batch?: ("plan"|"items"|"coverageGroups"|"itemCoverage"|"warehouses"|"calendars"|"bomLines"|"onHand"|"supply"|"demand"|"forecasts"|"reductionKeys"|"resources"|"resourceGroups"|"routeOperations");

            /**
             * Creates a new SnapshotBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotBatch instance
             */
            static create(properties: replan.v1.SnapshotBatch.$Shape): replan.v1.SnapshotBatch & replan.v1.SnapshotBatch.$Shape;
            static create(properties?: replan.v1.SnapshotBatch.$Properties): replan.v1.SnapshotBatch;

            /**
             * Encodes the specified SnapshotBatch message. Does not implicitly {@link replan.v1.SnapshotBatch.verify|verify} messages.
             * @param message SnapshotBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: replan.v1.SnapshotBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SnapshotBatch message, length delimited. Does not implicitly {@link replan.v1.SnapshotBatch.verify|verify} messages.
             * @param message SnapshotBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: replan.v1.SnapshotBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {replan.v1.SnapshotBatch & replan.v1.SnapshotBatch.$Shape} SnapshotBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): replan.v1.SnapshotBatch & replan.v1.SnapshotBatch.$Shape;

            /**
             * Decodes a SnapshotBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {replan.v1.SnapshotBatch & replan.v1.SnapshotBatch.$Shape} SnapshotBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): replan.v1.SnapshotBatch & replan.v1.SnapshotBatch.$Shape;

            /**
             * Verifies a SnapshotBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotBatch
             */
            static fromObject(object: { [k: string]: any }): replan.v1.SnapshotBatch;

            /**
             * Creates a plain object from a SnapshotBatch message. Also converts values to other types if specified.
             * @param message SnapshotBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: replan.v1.SnapshotBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotBatch {

            /** Properties of a SnapshotBatch. */
            interface $Properties {

                /** SnapshotBatch entity */
                entity?: (replan.v1.SnapshotEntity|null);

                /** SnapshotBatch sequence */
                sequence?: (number|null);

                /** SnapshotBatch last */
                last?: (boolean|null);

                /** SnapshotBatch plan */
                plan?: (replan.v1.PlanBatch.$Properties|null);

                /** SnapshotBatch items */
                items?: (replan.v1.ItemBatch.$Properties|null);

                /** SnapshotBatch coverageGroups */
                coverageGroups?: (replan.v1.CoverageGroupBatch.$Properties|null);

                /** SnapshotBatch itemCoverage */
                itemCoverage?: (replan.v1.ItemCoverageBatch.$Properties|null);

                /** SnapshotBatch warehouses */
                warehouses?: (replan.v1.WarehouseBatch.$Properties|null);

                /** SnapshotBatch calendars */
                calendars?: (replan.v1.CalendarBatch.$Properties|null);

                /** SnapshotBatch bomLines */
                bomLines?: (replan.v1.BomLineBatch.$Properties|null);

                /** SnapshotBatch onHand */
                onHand?: (replan.v1.OnHandBatch.$Properties|null);

                /** SnapshotBatch supply */
                supply?: (replan.v1.SupplyBatch.$Properties|null);

                /** SnapshotBatch demand */
                demand?: (replan.v1.DemandBatch.$Properties|null);

                /** SnapshotBatch forecasts */
                forecasts?: (replan.v1.ForecastBatch.$Properties|null);

                /** SnapshotBatch reductionKeys */
                reductionKeys?: (replan.v1.ReductionKeyBatch.$Properties|null);

                /** SnapshotBatch resources */
                resources?: (replan.v1.ResourceBatch.$Properties|null);

                /** SnapshotBatch resourceGroups */
                resourceGroups?: (replan.v1.ResourceGroupBatch.$Properties|null);

                /** SnapshotBatch routeOperations */
                routeOperations?: (replan.v1.RouteOperationBatch.$Properties|null);

                /** SnapshotBatch batch */
                batch?: ("plan"|"items"|"coverageGroups"|"itemCoverage"|"warehouses"|"calendars"|"bomLines"|"onHand"|"supply"|"demand"|"forecasts"|"reductionKeys"|"resources"|"resourceGroups"|"routeOperations");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SnapshotBatch. */
            type $Shape = {
              entity?: replan.v1.SnapshotEntity|null;
              sequence?: number|null;
              last?: boolean|null;
              plan?: replan.v1.PlanBatch.$Shape|null;
              items?: replan.v1.ItemBatch.$Shape|null;
              coverageGroups?: replan.v1.CoverageGroupBatch.$Shape|null;
              itemCoverage?: replan.v1.ItemCoverageBatch.$Shape|null;
              warehouses?: replan.v1.WarehouseBatch.$Shape|null;
              calendars?: replan.v1.CalendarBatch.$Shape|null;
              bomLines?: replan.v1.BomLineBatch.$Shape|null;
              onHand?: replan.v1.OnHandBatch.$Shape|null;
              supply?: replan.v1.SupplyBatch.$Shape|null;
              demand?: replan.v1.DemandBatch.$Shape|null;
              forecasts?: replan.v1.ForecastBatch.$Shape|null;
              reductionKeys?: replan.v1.ReductionKeyBatch.$Shape|null;
              resources?: replan.v1.ResourceBatch.$Shape|null;
              resourceGroups?: replan.v1.ResourceGroupBatch.$Shape|null;
              routeOperations?: replan.v1.RouteOperationBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ batch?: undefined; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "plan"; plan: replan.v1.PlanBatch.$Shape; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "items"; plan?: null; items: replan.v1.ItemBatch.$Shape; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "coverageGroups"; plan?: null; items?: null; coverageGroups: replan.v1.CoverageGroupBatch.$Shape; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "itemCoverage"; plan?: null; items?: null; coverageGroups?: null; itemCoverage: replan.v1.ItemCoverageBatch.$Shape; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "warehouses"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses: replan.v1.WarehouseBatch.$Shape; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "calendars"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars: replan.v1.CalendarBatch.$Shape; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "bomLines"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines: replan.v1.BomLineBatch.$Shape; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "onHand"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand: replan.v1.OnHandBatch.$Shape; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "supply"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply: replan.v1.SupplyBatch.$Shape; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "demand"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand: replan.v1.DemandBatch.$Shape; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "forecasts"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts: replan.v1.ForecastBatch.$Shape; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "reductionKeys"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys: replan.v1.ReductionKeyBatch.$Shape; resources?: null; resourceGroups?: null; routeOperations?: null }|{ batch?: "resources"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources: replan.v1.ResourceBatch.$Shape; resourceGroups?: null; routeOperations?: null }|{ batch?: "resourceGroups"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups: replan.v1.ResourceGroupBatch.$Shape; routeOperations?: null }|{ batch?: "routeOperations"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null; resources?: null; resourceGroups?: null; routeOperations: replan.v1.RouteOperationBatch.$Shape })
            );
        }
    }
}
