/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.replan = (function() {

    /**
     * Namespace replan.
     * @exports replan
     * @namespace
     */
    var replan = {};

    replan.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof replan
         * @namespace
         */
        var v1 = {};

        v1.RunRequest = (function() {

            /**
             * Properties of a RunRequest.
             * @typedef {Object} replan.v1.RunRequest.$Properties
             * @property {string|null} [runId] RunRequest runId
             * @property {string|null} [tenant] RunRequest tenant
             * @property {string|null} [plan] RunRequest plan
             * @property {number|null} [planDate] RunRequest planDate
             * @property {replan.v1.PlanFilter.$Properties|null} [filter] RunRequest filter
             * @property {number|null} [requestedAt] RunRequest requestedAt
             * @property {Uint8Array|null} [signature] RunRequest signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunRequest.
             * @memberof replan.v1
             * @interface IRunRequest
             * @augments replan.v1.RunRequest.$Properties
             * @deprecated Use replan.v1.RunRequest.$Properties instead.
             */

            /**
             * Shape of a RunRequest.
             * @typedef {{
             *   runId?: string|null;
             *   tenant?: string|null;
             *   plan?: string|null;
             *   planDate?: number|null;
             *   filter?: replan.v1.PlanFilter.$Shape|null;
             *   requestedAt?: number|null;
             *   signature?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} replan.v1.RunRequest.$Shape
             */

            /**
             * Constructs a new RunRequest.
             * @memberof replan.v1
             * @classdesc Represents a RunRequest.
             * @constructor
             * @param {replan.v1.RunRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunRequest runId.
             * @member {string} runId
             * @memberof replan.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.runId = "";

            /**
             * RunRequest tenant.
             * @member {string} tenant
             * @memberof replan.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.tenant = "";

            /**
             * RunRequest plan.
             * @member {string} plan
             * @memberof replan.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.plan = "";

            /**
             * RunRequest planDate.
             * @member {number} planDate
             * @memberof replan.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.planDate = 0;

            /**
             * RunRequest filter.
             * @member {replan.v1.PlanFilter.$Properties|null|undefined} filter
             * @memberof replan.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.filter = null;

            /**
             * RunRequest requestedAt.
             * @member {number} requestedAt
             * @memberof replan.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.requestedAt = 0;

            /**
             * RunRequest signature.
             * @member {Uint8Array} signature
             * @memberof replan.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new RunRequest instance using the specified properties.
             * @function create
             * @memberof replan.v1.RunRequest
             * @static
             * @param {replan.v1.RunRequest.$Properties=} [properties] Properties to set
             * @returns {replan.v1.RunRequest} RunRequest instance
             * @type {{
             *   (properties: replan.v1.RunRequest.$Shape): replan.v1.RunRequest & replan.v1.RunRequest.$Shape;
             *   (properties?: replan.v1.RunRequest.$Properties): replan.v1.RunRequest;
             * }}
             */
            RunRequest.create = function(properties) {
                return new RunRequest(properties);
            };

            /**
             * Encodes the specified RunRequest message. Does not implicitly {@link replan.v1.RunRequest.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.RunRequest
             * @static
             * @param {replan.v1.RunRequest.$Properties} message RunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant") && message.tenant !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.tenant);
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan") && message.plan !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.plan);
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate") && message.planDate !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.planDate);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.replan.v1.PlanFilter.encode(message.filter, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.requestedAt != null && $Object.hasOwnProperty.call(message, "requestedAt") && !$Object.is(message.requestedAt, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.requestedAt);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunRequest message, length delimited. Does not implicitly {@link replan.v1.RunRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.RunRequest
             * @static
             * @param {replan.v1.RunRequest.$Properties} message RunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunRequest message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.RunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.RunRequest & replan.v1.RunRequest.$Shape} RunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.RunRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tenant = value;
                            else
                                delete message.tenant;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.plan = value;
                            else
                                delete message.plan;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.planDate = value;
                            else
                                delete message.planDate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.replan.v1.PlanFilter.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.requestedAt = value;
                            else
                                delete message.requestedAt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.RunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.RunRequest & replan.v1.RunRequest.$Shape} RunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunRequest message.
             * @function verify
             * @memberof replan.v1.RunRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    if (!$util.isString(message.tenant))
                        return "tenant: string expected";
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    if (!$util.isString(message.plan))
                        return "plan: string expected";
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate"))
                    if (!$util.isInteger(message.planDate))
                        return "planDate: integer expected";
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter")) {
                    var error = $root.replan.v1.PlanFilter.verify(message.filter, _depth + 1);
                    if (error)
                        return "filter." + error;
                }
                if (message.requestedAt != null && $Object.hasOwnProperty.call(message, "requestedAt"))
                    if (typeof message.requestedAt !== "number")
                        return "requestedAt: number expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a RunRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.RunRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.RunRequest} RunRequest
             */
            RunRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.RunRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.RunRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.RunRequest();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.tenant != null)
                    if (typeof object.tenant !== "string" || object.tenant.length)
                        message.tenant = $String(object.tenant);
                if (object.plan != null)
                    if (typeof object.plan !== "string" || object.plan.length)
                        message.plan = $String(object.plan);
                if (object.planDate != null)
                    if ($Number(object.planDate) !== 0)
                        message.planDate = object.planDate | 0;
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".replan.v1.RunRequest.filter: object expected");
                    message.filter = $root.replan.v1.PlanFilter.fromObject(object.filter, _depth + 1);
                }
                if (object.requestedAt != null)
                    if (!$Object.is($Number(object.requestedAt), 0))
                        message.requestedAt = $Number(object.requestedAt);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a RunRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.RunRequest
             * @static
             * @param {replan.v1.RunRequest} message RunRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.tenant = "";
                    object.plan = "";
                    object.planDate = 0;
                    object.filter = null;
                    object.requestedAt = 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    object.tenant = message.tenant;
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    object.plan = message.plan;
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate"))
                    object.planDate = message.planDate;
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.replan.v1.PlanFilter.toObject(message.filter, options, _depth + 1);
                if (message.requestedAt != null && $Object.hasOwnProperty.call(message, "requestedAt"))
                    object.requestedAt = options.json && !$isFinite(message.requestedAt) ? $String(message.requestedAt) : message.requestedAt;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this RunRequest to JSON.
             * @function toJSON
             * @memberof replan.v1.RunRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunRequest.prototype.toJSON = function() {
                return RunRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunRequest
             * @function getTypeUrl
             * @memberof replan.v1.RunRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.RunRequest";
            };

            return RunRequest;
        })();

        /**
         * RunStage enum.
         * @name replan.v1.RunStage
         * @enum {number}
         * @property {number} RUN_STAGE_UNSPECIFIED=0 RUN_STAGE_UNSPECIFIED value
         * @property {number} RUN_STAGE_QUEUED=1 RUN_STAGE_QUEUED value
         * @property {number} RUN_STAGE_EXTRACT=2 RUN_STAGE_EXTRACT value
         * @property {number} RUN_STAGE_LOAD=3 RUN_STAGE_LOAD value
         * @property {number} RUN_STAGE_PLAN=4 RUN_STAGE_PLAN value
         * @property {number} RUN_STAGE_WRITE=5 RUN_STAGE_WRITE value
         * @property {number} RUN_STAGE_DONE=6 RUN_STAGE_DONE value
         */
        v1.RunStage = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RUN_STAGE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RUN_STAGE_QUEUED"] = 1;
            values[valuesById[2] = "RUN_STAGE_EXTRACT"] = 2;
            values[valuesById[3] = "RUN_STAGE_LOAD"] = 3;
            values[valuesById[4] = "RUN_STAGE_PLAN"] = 4;
            values[valuesById[5] = "RUN_STAGE_WRITE"] = 5;
            values[valuesById[6] = "RUN_STAGE_DONE"] = 6;
            return values;
        })();

        v1.RunProgress = (function() {

            /**
             * Properties of a RunProgress.
             * @typedef {Object} replan.v1.RunProgress.$Properties
             * @property {string|null} [runId] RunProgress runId
             * @property {replan.v1.RunStage|null} [stage] RunProgress stage
             * @property {number|null} [rows] RunProgress rows
             * @property {number|null} [percent] RunProgress percent
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunProgress.
             * @memberof replan.v1
             * @interface IRunProgress
             * @augments replan.v1.RunProgress.$Properties
             * @deprecated Use replan.v1.RunProgress.$Properties instead.
             */

            /**
             * Shape of a RunProgress.
             * @typedef {replan.v1.RunProgress.$Properties} replan.v1.RunProgress.$Shape
             */

            /**
             * Constructs a new RunProgress.
             * @memberof replan.v1
             * @classdesc Represents a RunProgress.
             * @constructor
             * @param {replan.v1.RunProgress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunProgress = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunProgress runId.
             * @member {string} runId
             * @memberof replan.v1.RunProgress
             * @instance
             */
            RunProgress.prototype.runId = "";

            /**
             * RunProgress stage.
             * @member {replan.v1.RunStage} stage
             * @memberof replan.v1.RunProgress
             * @instance
             */
            RunProgress.prototype.stage = 0;

            /**
             * RunProgress rows.
             * @member {number} rows
             * @memberof replan.v1.RunProgress
             * @instance
             */
            RunProgress.prototype.rows = 0;

            /**
             * RunProgress percent.
             * @member {number} percent
             * @memberof replan.v1.RunProgress
             * @instance
             */
            RunProgress.prototype.percent = 0;

            /**
             * Creates a new RunProgress instance using the specified properties.
             * @function create
             * @memberof replan.v1.RunProgress
             * @static
             * @param {replan.v1.RunProgress.$Properties=} [properties] Properties to set
             * @returns {replan.v1.RunProgress} RunProgress instance
             * @type {{
             *   (properties: replan.v1.RunProgress.$Shape): replan.v1.RunProgress & replan.v1.RunProgress.$Shape;
             *   (properties?: replan.v1.RunProgress.$Properties): replan.v1.RunProgress;
             * }}
             */
            RunProgress.create = function(properties) {
                return new RunProgress(properties);
            };

            /**
             * Encodes the specified RunProgress message. Does not implicitly {@link replan.v1.RunProgress.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.RunProgress
             * @static
             * @param {replan.v1.RunProgress.$Properties} message RunProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.stage);
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && !$Object.is(message.rows, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.rows);
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent") && !$Object.is(message.percent, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.percent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunProgress message, length delimited. Does not implicitly {@link replan.v1.RunProgress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.RunProgress
             * @static
             * @param {replan.v1.RunProgress.$Properties} message RunProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunProgress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunProgress message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.RunProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.RunProgress & replan.v1.RunProgress.$Shape} RunProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.RunProgress();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rows = value;
                            else
                                delete message.rows;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.percent = value;
                            else
                                delete message.percent;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunProgress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.RunProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.RunProgress & replan.v1.RunProgress.$Shape} RunProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunProgress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunProgress message.
             * @function verify
             * @memberof replan.v1.RunProgress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunProgress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    if (typeof message.stage !== "number" || (message.stage | 0) !== message.stage)
                        return "stage: enum value expected";
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows"))
                    if (typeof message.rows !== "number")
                        return "rows: number expected";
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent"))
                    if (typeof message.percent !== "number")
                        return "percent: number expected";
                return null;
            };

            /**
             * Creates a RunProgress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.RunProgress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.RunProgress} RunProgress
             */
            RunProgress.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.RunProgress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.RunProgress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.RunProgress();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.stage !== 0 && (typeof object.stage !== "string" || $root.replan.v1.RunStage[object.stage] !== 0))
                    switch (object.stage) {
                    case "RUN_STAGE_UNSPECIFIED":
                    case 0:
                        message.stage = 0;
                        break;
                    case "RUN_STAGE_QUEUED":
                    case 1:
                        message.stage = 1;
                        break;
                    case "RUN_STAGE_EXTRACT":
                    case 2:
                        message.stage = 2;
                        break;
                    case "RUN_STAGE_LOAD":
                    case 3:
                        message.stage = 3;
                        break;
                    case "RUN_STAGE_PLAN":
                    case 4:
                        message.stage = 4;
                        break;
                    case "RUN_STAGE_WRITE":
                    case 5:
                        message.stage = 5;
                        break;
                    case "RUN_STAGE_DONE":
                    case 6:
                        message.stage = 6;
                        break;
                    default:
                        if (typeof object.stage === "number" && (object.stage | 0) === object.stage)
                            message.stage = object.stage;
                    }
                if (object.rows != null)
                    if (!$Object.is($Number(object.rows), 0))
                        message.rows = $Number(object.rows);
                if (object.percent != null)
                    if (!$Object.is($Number(object.percent), 0))
                        message.percent = $Number(object.percent);
                return message;
            };

            /**
             * Creates a plain object from a RunProgress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.RunProgress
             * @static
             * @param {replan.v1.RunProgress} message RunProgress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunProgress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.stage = options.enums === $String ? "RUN_STAGE_UNSPECIFIED" : 0;
                    object.rows = 0;
                    object.percent = 0;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    object.stage = options.enums === $String ? $root.replan.v1.RunStage[message.stage] === $undefined ? message.stage : $root.replan.v1.RunStage[message.stage] : message.stage;
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows"))
                    object.rows = options.json && !$isFinite(message.rows) ? $String(message.rows) : message.rows;
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent"))
                    object.percent = options.json && !$isFinite(message.percent) ? $String(message.percent) : message.percent;
                return object;
            };

            /**
             * Converts this RunProgress to JSON.
             * @function toJSON
             * @memberof replan.v1.RunProgress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunProgress.prototype.toJSON = function() {
                return RunProgress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunProgress
             * @function getTypeUrl
             * @memberof replan.v1.RunProgress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.RunProgress";
            };

            return RunProgress;
        })();

        /**
         * RunStatus enum.
         * @name replan.v1.RunStatus
         * @enum {number}
         * @property {number} RUN_STATUS_UNSPECIFIED=0 RUN_STATUS_UNSPECIFIED value
         * @property {number} RUN_STATUS_SUCCEEDED=1 RUN_STATUS_SUCCEEDED value
         * @property {number} RUN_STATUS_FAILED=2 RUN_STATUS_FAILED value
         * @property {number} RUN_STATUS_CANCELLED=3 RUN_STATUS_CANCELLED value
         */
        v1.RunStatus = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RUN_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RUN_STATUS_SUCCEEDED"] = 1;
            values[valuesById[2] = "RUN_STATUS_FAILED"] = 2;
            values[valuesById[3] = "RUN_STATUS_CANCELLED"] = 3;
            return values;
        })();

        v1.RunNotice = (function() {

            /**
             * Properties of a RunNotice.
             * @typedef {Object} replan.v1.RunNotice.$Properties
             * @property {replan.v1.Severity|null} [severity] RunNotice severity
             * @property {string|null} [code] RunNotice code
             * @property {string|null} [item] RunNotice item
             * @property {string|null} [warehouse] RunNotice warehouse
             * @property {string|null} [ref] RunNotice ref
             * @property {string|null} [text] RunNotice text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunNotice.
             * @memberof replan.v1
             * @interface IRunNotice
             * @augments replan.v1.RunNotice.$Properties
             * @deprecated Use replan.v1.RunNotice.$Properties instead.
             */

            /**
             * Shape of a RunNotice.
             * @typedef {replan.v1.RunNotice.$Properties} replan.v1.RunNotice.$Shape
             */

            /**
             * Constructs a new RunNotice.
             * @memberof replan.v1
             * @classdesc Represents a RunNotice.
             * @constructor
             * @param {replan.v1.RunNotice.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunNotice = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunNotice severity.
             * @member {replan.v1.Severity} severity
             * @memberof replan.v1.RunNotice
             * @instance
             */
            RunNotice.prototype.severity = 0;

            /**
             * RunNotice code.
             * @member {string} code
             * @memberof replan.v1.RunNotice
             * @instance
             */
            RunNotice.prototype.code = "";

            /**
             * RunNotice item.
             * @member {string|null|undefined} item
             * @memberof replan.v1.RunNotice
             * @instance
             */
            RunNotice.prototype.item = null;

            /**
             * RunNotice warehouse.
             * @member {string|null|undefined} warehouse
             * @memberof replan.v1.RunNotice
             * @instance
             */
            RunNotice.prototype.warehouse = null;

            /**
             * RunNotice ref.
             * @member {string|null|undefined} ref
             * @memberof replan.v1.RunNotice
             * @instance
             */
            RunNotice.prototype.ref = null;

            /**
             * RunNotice text.
             * @member {string} text
             * @memberof replan.v1.RunNotice
             * @instance
             */
            RunNotice.prototype.text = "";

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RunNotice.prototype, "_item", {
                get: $util.oneOfGetter($oneOfFields = ["item"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RunNotice.prototype, "_warehouse", {
                get: $util.oneOfGetter($oneOfFields = ["warehouse"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RunNotice.prototype, "_ref", {
                get: $util.oneOfGetter($oneOfFields = ["ref"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RunNotice instance using the specified properties.
             * @function create
             * @memberof replan.v1.RunNotice
             * @static
             * @param {replan.v1.RunNotice.$Properties=} [properties] Properties to set
             * @returns {replan.v1.RunNotice} RunNotice instance
             * @type {{
             *   (properties: replan.v1.RunNotice.$Shape): replan.v1.RunNotice & replan.v1.RunNotice.$Shape;
             *   (properties?: replan.v1.RunNotice.$Properties): replan.v1.RunNotice;
             * }}
             */
            RunNotice.create = function(properties) {
                return new RunNotice(properties);
            };

            /**
             * Encodes the specified RunNotice message. Does not implicitly {@link replan.v1.RunNotice.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.RunNotice
             * @static
             * @param {replan.v1.RunNotice.$Properties} message RunNotice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunNotice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.severity);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.item);
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.warehouse);
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.ref);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunNotice message, length delimited. Does not implicitly {@link replan.v1.RunNotice.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.RunNotice
             * @static
             * @param {replan.v1.RunNotice.$Properties} message RunNotice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunNotice.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunNotice message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.RunNotice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.RunNotice & replan.v1.RunNotice.$Shape} RunNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunNotice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.RunNotice();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.severity = value;
                            else
                                delete message.severity;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.item = reader.stringVerify();
                            message._item = "item";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.warehouse = reader.stringVerify();
                            message._warehouse = "warehouse";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.ref = reader.stringVerify();
                            message._ref = "ref";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunNotice message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.RunNotice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.RunNotice & replan.v1.RunNotice.$Shape} RunNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunNotice.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunNotice message.
             * @function verify
             * @memberof replan.v1.RunNotice
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunNotice.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    if (typeof message.severity !== "number" || (message.severity | 0) !== message.severity)
                        return "severity: enum value expected";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    properties._item = 1;
                    if (!$util.isString(message.item))
                        return "item: string expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    properties._warehouse = 1;
                    if (!$util.isString(message.warehouse))
                        return "warehouse: string expected";
                }
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref")) {
                    properties._ref = 1;
                    if (!$util.isString(message.ref))
                        return "ref: string expected";
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                return null;
            };

            /**
             * Creates a RunNotice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.RunNotice
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.RunNotice} RunNotice
             */
            RunNotice.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.RunNotice)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.RunNotice: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.RunNotice();
                if (object.severity !== 0 && (typeof object.severity !== "string" || $root.replan.v1.Severity[object.severity] !== 0))
                    switch (object.severity) {
                    case "SEVERITY_UNSPECIFIED":
                    case 0:
                        message.severity = 0;
                        break;
                    case "SEVERITY_ERROR":
                    case 1:
                        message.severity = 1;
                        break;
                    case "SEVERITY_WARNING":
                    case 2:
                        message.severity = 2;
                        break;
                    case "SEVERITY_INFO":
                    case 3:
                        message.severity = 3;
                        break;
                    default:
                        if (typeof object.severity === "number" && (object.severity | 0) === object.severity)
                            message.severity = object.severity;
                    }
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.item != null)
                    message.item = $String(object.item);
                if (object.warehouse != null)
                    message.warehouse = $String(object.warehouse);
                if (object.ref != null)
                    message.ref = $String(object.ref);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a RunNotice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.RunNotice
             * @static
             * @param {replan.v1.RunNotice} message RunNotice
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunNotice.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.severity = options.enums === $String ? "SEVERITY_UNSPECIFIED" : 0;
                    object.code = "";
                    object.text = "";
                }
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    object.severity = options.enums === $String ? $root.replan.v1.Severity[message.severity] === $undefined ? message.severity : $root.replan.v1.Severity[message.severity] : message.severity;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                    object.item = message.item;
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse"))
                    object.warehouse = message.warehouse;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    object.ref = message.ref;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this RunNotice to JSON.
             * @function toJSON
             * @memberof replan.v1.RunNotice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunNotice.prototype.toJSON = function() {
                return RunNotice.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunNotice
             * @function getTypeUrl
             * @memberof replan.v1.RunNotice
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunNotice.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.RunNotice";
            };

            return RunNotice;
        })();

        v1.RunCompleted = (function() {

            /**
             * Properties of a RunCompleted.
             * @typedef {Object} replan.v1.RunCompleted.$Properties
             * @property {string|null} [runId] RunCompleted runId
             * @property {replan.v1.RunStatus|null} [status] RunCompleted status
             * @property {replan.v1.ResultCounts.$Properties|null} [counts] RunCompleted counts
             * @property {Array.<replan.v1.RunNotice.$Properties>|null} [messages] RunCompleted messages
             * @property {Array.<string>|null} [warnings] RunCompleted warnings
             * @property {string|null} [error] RunCompleted error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunCompleted.
             * @memberof replan.v1
             * @interface IRunCompleted
             * @augments replan.v1.RunCompleted.$Properties
             * @deprecated Use replan.v1.RunCompleted.$Properties instead.
             */

            /**
             * Shape of a RunCompleted.
             * @typedef {replan.v1.RunCompleted.$Properties} replan.v1.RunCompleted.$Shape
             */

            /**
             * Constructs a new RunCompleted.
             * @memberof replan.v1
             * @classdesc Represents a RunCompleted.
             * @constructor
             * @param {replan.v1.RunCompleted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunCompleted = function (properties) {
                this.messages = [];
                this.warnings = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunCompleted runId.
             * @member {string} runId
             * @memberof replan.v1.RunCompleted
             * @instance
             */
            RunCompleted.prototype.runId = "";

            /**
             * RunCompleted status.
             * @member {replan.v1.RunStatus} status
             * @memberof replan.v1.RunCompleted
             * @instance
             */
            RunCompleted.prototype.status = 0;

            /**
             * RunCompleted counts.
             * @member {replan.v1.ResultCounts.$Properties|null|undefined} counts
             * @memberof replan.v1.RunCompleted
             * @instance
             */
            RunCompleted.prototype.counts = null;

            /**
             * RunCompleted messages.
             * @member {Array.<replan.v1.RunNotice.$Properties>} messages
             * @memberof replan.v1.RunCompleted
             * @instance
             */
            RunCompleted.prototype.messages = $util.emptyArray;

            /**
             * RunCompleted warnings.
             * @member {Array.<string>} warnings
             * @memberof replan.v1.RunCompleted
             * @instance
             */
            RunCompleted.prototype.warnings = $util.emptyArray;

            /**
             * RunCompleted error.
             * @member {string|null|undefined} error
             * @memberof replan.v1.RunCompleted
             * @instance
             */
            RunCompleted.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RunCompleted.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RunCompleted instance using the specified properties.
             * @function create
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {replan.v1.RunCompleted.$Properties=} [properties] Properties to set
             * @returns {replan.v1.RunCompleted} RunCompleted instance
             * @type {{
             *   (properties: replan.v1.RunCompleted.$Shape): replan.v1.RunCompleted & replan.v1.RunCompleted.$Shape;
             *   (properties?: replan.v1.RunCompleted.$Properties): replan.v1.RunCompleted;
             * }}
             */
            RunCompleted.create = function(properties) {
                return new RunCompleted(properties);
            };

            /**
             * Encodes the specified RunCompleted message. Does not implicitly {@link replan.v1.RunCompleted.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {replan.v1.RunCompleted.$Properties} message RunCompleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunCompleted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.counts != null && $Object.hasOwnProperty.call(message, "counts"))
                    $root.replan.v1.ResultCounts.encode(message.counts, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.messages != null && message.messages.length)
                    for (var i = 0; i < message.messages.length; ++i)
                        $root.replan.v1.RunNotice.encode(message.messages[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.warnings != null && message.warnings.length)
                    for (var i = 0; i < message.warnings.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.warnings[i]);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunCompleted message, length delimited. Does not implicitly {@link replan.v1.RunCompleted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {replan.v1.RunCompleted.$Properties} message RunCompleted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunCompleted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunCompleted message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.RunCompleted & replan.v1.RunCompleted.$Shape} RunCompleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunCompleted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.RunCompleted();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.counts = $root.replan.v1.ResultCounts.decode(reader, reader.size(), $undefined, _depth + 1, message.counts);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.replan.v1.RunNotice.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.warnings && message.warnings.length))
                                message.warnings = [];
                            message.warnings.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.error = reader.stringVerify();
                            message._error = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunCompleted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.RunCompleted & replan.v1.RunCompleted.$Shape} RunCompleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunCompleted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunCompleted message.
             * @function verify
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunCompleted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.counts != null && $Object.hasOwnProperty.call(message, "counts")) {
                    var error = $root.replan.v1.ResultCounts.verify(message.counts, _depth + 1);
                    if (error)
                        return "counts." + error;
                }
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                    if (!$Array.isArray(message.messages))
                        return "messages: array expected";
                    for (var i = 0; i < message.messages.length; ++i) {
                        var error = $root.replan.v1.RunNotice.verify(message.messages[i], _depth + 1);
                        if (error)
                            return "messages." + error;
                    }
                }
                if (message.warnings != null && $Object.hasOwnProperty.call(message, "warnings")) {
                    if (!$Array.isArray(message.warnings))
                        return "warnings: array expected";
                    for (var i = 0; i < message.warnings.length; ++i)
                        if (!$util.isString(message.warnings[i]))
                            return "warnings: string[] expected";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    properties._error = 1;
                    if (!$util.isString(message.error))
                        return "error: string expected";
                }
                return null;
            };

            /**
             * Creates a RunCompleted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.RunCompleted} RunCompleted
             */
            RunCompleted.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.RunCompleted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.RunCompleted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.RunCompleted();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.replan.v1.RunStatus[object.status] !== 0))
                    switch (object.status) {
                    case "RUN_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "RUN_STATUS_SUCCEEDED":
                    case 1:
                        message.status = 1;
                        break;
                    case "RUN_STATUS_FAILED":
                    case 2:
                        message.status = 2;
                        break;
                    case "RUN_STATUS_CANCELLED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.counts != null) {
                    if (!$util.isObject(object.counts))
                        throw $TypeError(".replan.v1.RunCompleted.counts: object expected");
                    message.counts = $root.replan.v1.ResultCounts.fromObject(object.counts, _depth + 1);
                }
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".replan.v1.RunCompleted.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (var i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".replan.v1.RunCompleted.messages: object expected");
                        message.messages[i] = $root.replan.v1.RunNotice.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.warnings) {
                    if (!$Array.isArray(object.warnings))
                        throw $TypeError(".replan.v1.RunCompleted.warnings: array expected");
                    message.warnings = $Array(object.warnings.length);
                    for (var i = 0; i < object.warnings.length; ++i)
                        message.warnings[i] = $String(object.warnings[i]);
                }
                if (object.error != null)
                    message.error = $String(object.error);
                return message;
            };

            /**
             * Creates a plain object from a RunCompleted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {replan.v1.RunCompleted} message RunCompleted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunCompleted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.messages = [];
                    object.warnings = [];
                }
                if (options.defaults) {
                    object.runId = "";
                    object.status = options.enums === $String ? "RUN_STATUS_UNSPECIFIED" : 0;
                    object.counts = null;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.replan.v1.RunStatus[message.status] === $undefined ? message.status : $root.replan.v1.RunStatus[message.status] : message.status;
                if (message.counts != null && $Object.hasOwnProperty.call(message, "counts"))
                    object.counts = $root.replan.v1.ResultCounts.toObject(message.counts, options, _depth + 1);
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (var j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.replan.v1.RunNotice.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.warnings && message.warnings.length) {
                    object.warnings = $Array(message.warnings.length);
                    for (var j = 0; j < message.warnings.length; ++j)
                        object.warnings[j] = message.warnings[j];
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            /**
             * Converts this RunCompleted to JSON.
             * @function toJSON
             * @memberof replan.v1.RunCompleted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunCompleted.prototype.toJSON = function() {
                return RunCompleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunCompleted
             * @function getTypeUrl
             * @memberof replan.v1.RunCompleted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunCompleted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.RunCompleted";
            };

            return RunCompleted;
        })();

        /**
         * ResultEntity enum.
         * @name replan.v1.ResultEntity
         * @enum {number}
         * @property {number} RESULT_ENTITY_UNSPECIFIED=0 RESULT_ENTITY_UNSPECIFIED value
         * @property {number} RESULT_ENTITY_SUMMARY=1 RESULT_ENTITY_SUMMARY value
         * @property {number} RESULT_ENTITY_PLANNED_ORDERS=2 RESULT_ENTITY_PLANNED_ORDERS value
         * @property {number} RESULT_ENTITY_PEGGING=3 RESULT_ENTITY_PEGGING value
         * @property {number} RESULT_ENTITY_DELAYS=4 RESULT_ENTITY_DELAYS value
         * @property {number} RESULT_ENTITY_ACTIONS=5 RESULT_ENTITY_ACTIONS value
         * @property {number} RESULT_ENTITY_FORECASTS=6 RESULT_ENTITY_FORECASTS value
         * @property {number} RESULT_ENTITY_MESSAGES=7 RESULT_ENTITY_MESSAGES value
         * @property {number} RESULT_ENTITY_REQUIREMENTS=8 RESULT_ENTITY_REQUIREMENTS value
         */
        v1.ResultEntity = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RESULT_ENTITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RESULT_ENTITY_SUMMARY"] = 1;
            values[valuesById[2] = "RESULT_ENTITY_PLANNED_ORDERS"] = 2;
            values[valuesById[3] = "RESULT_ENTITY_PEGGING"] = 3;
            values[valuesById[4] = "RESULT_ENTITY_DELAYS"] = 4;
            values[valuesById[5] = "RESULT_ENTITY_ACTIONS"] = 5;
            values[valuesById[6] = "RESULT_ENTITY_FORECASTS"] = 6;
            values[valuesById[7] = "RESULT_ENTITY_MESSAGES"] = 7;
            values[valuesById[8] = "RESULT_ENTITY_REQUIREMENTS"] = 8;
            return values;
        })();

        /**
         * ReceiptKind enum.
         * @name replan.v1.ReceiptKind
         * @enum {number}
         * @property {number} RECEIPT_KIND_UNSPECIFIED=0 RECEIPT_KIND_UNSPECIFIED value
         * @property {number} RECEIPT_KIND_ON_HAND=1 RECEIPT_KIND_ON_HAND value
         * @property {number} RECEIPT_KIND_SUPPLY=2 RECEIPT_KIND_SUPPLY value
         * @property {number} RECEIPT_KIND_PLANNED_ORDER=3 RECEIPT_KIND_PLANNED_ORDER value
         */
        v1.ReceiptKind = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECEIPT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECEIPT_KIND_ON_HAND"] = 1;
            values[valuesById[2] = "RECEIPT_KIND_SUPPLY"] = 2;
            values[valuesById[3] = "RECEIPT_KIND_PLANNED_ORDER"] = 3;
            return values;
        })();

        /**
         * IssueKind enum.
         * @name replan.v1.IssueKind
         * @enum {number}
         * @property {number} ISSUE_KIND_UNSPECIFIED=0 ISSUE_KIND_UNSPECIFIED value
         * @property {number} ISSUE_KIND_DEMAND=1 ISSUE_KIND_DEMAND value
         * @property {number} ISSUE_KIND_FORECAST=2 ISSUE_KIND_FORECAST value
         * @property {number} ISSUE_KIND_PLANNED_COMPONENT=3 ISSUE_KIND_PLANNED_COMPONENT value
         * @property {number} ISSUE_KIND_PLANNED_TRANSFER=4 ISSUE_KIND_PLANNED_TRANSFER value
         */
        v1.IssueKind = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ISSUE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ISSUE_KIND_DEMAND"] = 1;
            values[valuesById[2] = "ISSUE_KIND_FORECAST"] = 2;
            values[valuesById[3] = "ISSUE_KIND_PLANNED_COMPONENT"] = 3;
            values[valuesById[4] = "ISSUE_KIND_PLANNED_TRANSFER"] = 4;
            return values;
        })();

        /**
         * ActionKind enum.
         * @name replan.v1.ActionKind
         * @enum {number}
         * @property {number} ACTION_KIND_UNSPECIFIED=0 ACTION_KIND_UNSPECIFIED value
         * @property {number} ACTION_KIND_ADVANCE=1 ACTION_KIND_ADVANCE value
         * @property {number} ACTION_KIND_POSTPONE=2 ACTION_KIND_POSTPONE value
         * @property {number} ACTION_KIND_INCREASE=3 ACTION_KIND_INCREASE value
         * @property {number} ACTION_KIND_DECREASE=4 ACTION_KIND_DECREASE value
         * @property {number} ACTION_KIND_CANCEL=5 ACTION_KIND_CANCEL value
         */
        v1.ActionKind = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACTION_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTION_KIND_ADVANCE"] = 1;
            values[valuesById[2] = "ACTION_KIND_POSTPONE"] = 2;
            values[valuesById[3] = "ACTION_KIND_INCREASE"] = 3;
            values[valuesById[4] = "ACTION_KIND_DECREASE"] = 4;
            values[valuesById[5] = "ACTION_KIND_CANCEL"] = 5;
            return values;
        })();

        /**
         * Severity enum.
         * @name replan.v1.Severity
         * @enum {number}
         * @property {number} SEVERITY_UNSPECIFIED=0 SEVERITY_UNSPECIFIED value
         * @property {number} SEVERITY_ERROR=1 SEVERITY_ERROR value
         * @property {number} SEVERITY_WARNING=2 SEVERITY_WARNING value
         * @property {number} SEVERITY_INFO=3 SEVERITY_INFO value
         */
        v1.Severity = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEVERITY_ERROR"] = 1;
            values[valuesById[2] = "SEVERITY_WARNING"] = 2;
            values[valuesById[3] = "SEVERITY_INFO"] = 3;
            return values;
        })();

        v1.ResultCounts = (function() {

            /**
             * Properties of a ResultCounts.
             * @typedef {Object} replan.v1.ResultCounts.$Properties
             * @property {number|null} [nodes] ResultCounts nodes
             * @property {number|null} [plannedNodes] ResultCounts plannedNodes
             * @property {number|null} [requirements] ResultCounts requirements
             * @property {number|null} [receipts] ResultCounts receipts
             * @property {number|null} [plannedOrders] ResultCounts plannedOrders
             * @property {number|null} [pegging] ResultCounts pegging
             * @property {number|null} [requirementEvents] ResultCounts requirementEvents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResultCounts.
             * @memberof replan.v1
             * @interface IResultCounts
             * @augments replan.v1.ResultCounts.$Properties
             * @deprecated Use replan.v1.ResultCounts.$Properties instead.
             */

            /**
             * Shape of a ResultCounts.
             * @typedef {replan.v1.ResultCounts.$Properties} replan.v1.ResultCounts.$Shape
             */

            /**
             * Constructs a new ResultCounts.
             * @memberof replan.v1
             * @classdesc Represents a ResultCounts.
             * @constructor
             * @param {replan.v1.ResultCounts.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ResultCounts = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResultCounts nodes.
             * @member {number} nodes
             * @memberof replan.v1.ResultCounts
             * @instance
             */
            ResultCounts.prototype.nodes = 0;

            /**
             * ResultCounts plannedNodes.
             * @member {number} plannedNodes
             * @memberof replan.v1.ResultCounts
             * @instance
             */
            ResultCounts.prototype.plannedNodes = 0;

            /**
             * ResultCounts requirements.
             * @member {number} requirements
             * @memberof replan.v1.ResultCounts
             * @instance
             */
            ResultCounts.prototype.requirements = 0;

            /**
             * ResultCounts receipts.
             * @member {number} receipts
             * @memberof replan.v1.ResultCounts
             * @instance
             */
            ResultCounts.prototype.receipts = 0;

            /**
             * ResultCounts plannedOrders.
             * @member {number} plannedOrders
             * @memberof replan.v1.ResultCounts
             * @instance
             */
            ResultCounts.prototype.plannedOrders = 0;

            /**
             * ResultCounts pegging.
             * @member {number} pegging
             * @memberof replan.v1.ResultCounts
             * @instance
             */
            ResultCounts.prototype.pegging = 0;

            /**
             * ResultCounts requirementEvents.
             * @member {number} requirementEvents
             * @memberof replan.v1.ResultCounts
             * @instance
             */
            ResultCounts.prototype.requirementEvents = 0;

            /**
             * Creates a new ResultCounts instance using the specified properties.
             * @function create
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {replan.v1.ResultCounts.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ResultCounts} ResultCounts instance
             * @type {{
             *   (properties: replan.v1.ResultCounts.$Shape): replan.v1.ResultCounts & replan.v1.ResultCounts.$Shape;
             *   (properties?: replan.v1.ResultCounts.$Properties): replan.v1.ResultCounts;
             * }}
             */
            ResultCounts.create = function(properties) {
                return new ResultCounts(properties);
            };

            /**
             * Encodes the specified ResultCounts message. Does not implicitly {@link replan.v1.ResultCounts.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {replan.v1.ResultCounts.$Properties} message ResultCounts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultCounts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodes != null && $Object.hasOwnProperty.call(message, "nodes") && message.nodes !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.nodes);
                if (message.plannedNodes != null && $Object.hasOwnProperty.call(message, "plannedNodes") && message.plannedNodes !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.plannedNodes);
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements") && message.requirements !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.requirements);
                if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts") && message.receipts !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.receipts);
                if (message.plannedOrders != null && $Object.hasOwnProperty.call(message, "plannedOrders") && message.plannedOrders !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.plannedOrders);
                if (message.pegging != null && $Object.hasOwnProperty.call(message, "pegging") && message.pegging !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.pegging);
                if (message.requirementEvents != null && $Object.hasOwnProperty.call(message, "requirementEvents") && message.requirementEvents !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.requirementEvents);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ResultCounts message, length delimited. Does not implicitly {@link replan.v1.ResultCounts.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {replan.v1.ResultCounts.$Properties} message ResultCounts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultCounts.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ResultCounts message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ResultCounts & replan.v1.ResultCounts.$Shape} ResultCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultCounts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ResultCounts();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nodes = value;
                            else
                                delete message.nodes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.plannedNodes = value;
                            else
                                delete message.plannedNodes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requirements = value;
                            else
                                delete message.requirements;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receipts = value;
                            else
                                delete message.receipts;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.plannedOrders = value;
                            else
                                delete message.plannedOrders;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pegging = value;
                            else
                                delete message.pegging;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requirementEvents = value;
                            else
                                delete message.requirementEvents;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ResultCounts message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ResultCounts & replan.v1.ResultCounts.$Shape} ResultCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultCounts.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ResultCounts message.
             * @function verify
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResultCounts.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodes != null && $Object.hasOwnProperty.call(message, "nodes"))
                    if (!$util.isInteger(message.nodes))
                        return "nodes: integer expected";
                if (message.plannedNodes != null && $Object.hasOwnProperty.call(message, "plannedNodes"))
                    if (!$util.isInteger(message.plannedNodes))
                        return "plannedNodes: integer expected";
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements"))
                    if (!$util.isInteger(message.requirements))
                        return "requirements: integer expected";
                if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts"))
                    if (!$util.isInteger(message.receipts))
                        return "receipts: integer expected";
                if (message.plannedOrders != null && $Object.hasOwnProperty.call(message, "plannedOrders"))
                    if (!$util.isInteger(message.plannedOrders))
                        return "plannedOrders: integer expected";
                if (message.pegging != null && $Object.hasOwnProperty.call(message, "pegging"))
                    if (!$util.isInteger(message.pegging))
                        return "pegging: integer expected";
                if (message.requirementEvents != null && $Object.hasOwnProperty.call(message, "requirementEvents"))
                    if (!$util.isInteger(message.requirementEvents))
                        return "requirementEvents: integer expected";
                return null;
            };

            /**
             * Creates a ResultCounts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ResultCounts} ResultCounts
             */
            ResultCounts.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ResultCounts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ResultCounts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ResultCounts();
                if (object.nodes != null)
                    if ($Number(object.nodes) !== 0)
                        message.nodes = object.nodes >>> 0;
                if (object.plannedNodes != null)
                    if ($Number(object.plannedNodes) !== 0)
                        message.plannedNodes = object.plannedNodes >>> 0;
                if (object.requirements != null)
                    if ($Number(object.requirements) !== 0)
                        message.requirements = object.requirements >>> 0;
                if (object.receipts != null)
                    if ($Number(object.receipts) !== 0)
                        message.receipts = object.receipts >>> 0;
                if (object.plannedOrders != null)
                    if ($Number(object.plannedOrders) !== 0)
                        message.plannedOrders = object.plannedOrders >>> 0;
                if (object.pegging != null)
                    if ($Number(object.pegging) !== 0)
                        message.pegging = object.pegging >>> 0;
                if (object.requirementEvents != null)
                    if ($Number(object.requirementEvents) !== 0)
                        message.requirementEvents = object.requirementEvents >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ResultCounts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {replan.v1.ResultCounts} message ResultCounts
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResultCounts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.nodes = 0;
                    object.plannedNodes = 0;
                    object.requirements = 0;
                    object.receipts = 0;
                    object.plannedOrders = 0;
                    object.pegging = 0;
                    object.requirementEvents = 0;
                }
                if (message.nodes != null && $Object.hasOwnProperty.call(message, "nodes"))
                    object.nodes = message.nodes;
                if (message.plannedNodes != null && $Object.hasOwnProperty.call(message, "plannedNodes"))
                    object.plannedNodes = message.plannedNodes;
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements"))
                    object.requirements = message.requirements;
                if (message.receipts != null && $Object.hasOwnProperty.call(message, "receipts"))
                    object.receipts = message.receipts;
                if (message.plannedOrders != null && $Object.hasOwnProperty.call(message, "plannedOrders"))
                    object.plannedOrders = message.plannedOrders;
                if (message.pegging != null && $Object.hasOwnProperty.call(message, "pegging"))
                    object.pegging = message.pegging;
                if (message.requirementEvents != null && $Object.hasOwnProperty.call(message, "requirementEvents"))
                    object.requirementEvents = message.requirementEvents;
                return object;
            };

            /**
             * Converts this ResultCounts to JSON.
             * @function toJSON
             * @memberof replan.v1.ResultCounts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResultCounts.prototype.toJSON = function() {
                return ResultCounts.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResultCounts
             * @function getTypeUrl
             * @memberof replan.v1.ResultCounts
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResultCounts.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ResultCounts";
            };

            return ResultCounts;
        })();

        v1.ResultSummary = (function() {

            /**
             * Properties of a ResultSummary.
             * @typedef {Object} replan.v1.ResultSummary.$Properties
             * @property {number|null} [formatVersion] ResultSummary formatVersion
             * @property {string|null} [plan] ResultSummary plan
             * @property {number|null} [planDate] ResultSummary planDate
             * @property {replan.v1.ResultCounts.$Properties|null} [counts] ResultSummary counts
             * @property {boolean|null} [filtered] ResultSummary filtered
             * @property {Array.<string>|null} [items] ResultSummary items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResultSummary.
             * @memberof replan.v1
             * @interface IResultSummary
             * @augments replan.v1.ResultSummary.$Properties
             * @deprecated Use replan.v1.ResultSummary.$Properties instead.
             */

            /**
             * Shape of a ResultSummary.
             * @typedef {replan.v1.ResultSummary.$Properties} replan.v1.ResultSummary.$Shape
             */

            /**
             * Constructs a new ResultSummary.
             * @memberof replan.v1
             * @classdesc Represents a ResultSummary.
             * @constructor
             * @param {replan.v1.ResultSummary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ResultSummary = function (properties) {
                this.items = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResultSummary formatVersion.
             * @member {number} formatVersion
             * @memberof replan.v1.ResultSummary
             * @instance
             */
            ResultSummary.prototype.formatVersion = 0;

            /**
             * ResultSummary plan.
             * @member {string} plan
             * @memberof replan.v1.ResultSummary
             * @instance
             */
            ResultSummary.prototype.plan = "";

            /**
             * ResultSummary planDate.
             * @member {number} planDate
             * @memberof replan.v1.ResultSummary
             * @instance
             */
            ResultSummary.prototype.planDate = 0;

            /**
             * ResultSummary counts.
             * @member {replan.v1.ResultCounts.$Properties|null|undefined} counts
             * @memberof replan.v1.ResultSummary
             * @instance
             */
            ResultSummary.prototype.counts = null;

            /**
             * ResultSummary filtered.
             * @member {boolean} filtered
             * @memberof replan.v1.ResultSummary
             * @instance
             */
            ResultSummary.prototype.filtered = false;

            /**
             * ResultSummary items.
             * @member {Array.<string>} items
             * @memberof replan.v1.ResultSummary
             * @instance
             */
            ResultSummary.prototype.items = $util.emptyArray;

            /**
             * Creates a new ResultSummary instance using the specified properties.
             * @function create
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {replan.v1.ResultSummary.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ResultSummary} ResultSummary instance
             * @type {{
             *   (properties: replan.v1.ResultSummary.$Shape): replan.v1.ResultSummary & replan.v1.ResultSummary.$Shape;
             *   (properties?: replan.v1.ResultSummary.$Properties): replan.v1.ResultSummary;
             * }}
             */
            ResultSummary.create = function(properties) {
                return new ResultSummary(properties);
            };

            /**
             * Encodes the specified ResultSummary message. Does not implicitly {@link replan.v1.ResultSummary.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {replan.v1.ResultSummary.$Properties} message ResultSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan") && message.plan !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.plan);
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate") && message.planDate !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.planDate);
                if (message.counts != null && $Object.hasOwnProperty.call(message, "counts"))
                    $root.replan.v1.ResultCounts.encode(message.counts, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.filtered != null && $Object.hasOwnProperty.call(message, "filtered") && message.filtered !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.filtered);
                if (message.items != null && message.items.length)
                    for (var i = 0; i < message.items.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.items[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ResultSummary message, length delimited. Does not implicitly {@link replan.v1.ResultSummary.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {replan.v1.ResultSummary.$Properties} message ResultSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultSummary.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ResultSummary message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ResultSummary & replan.v1.ResultSummary.$Shape} ResultSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ResultSummary();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.formatVersion = value;
                            else
                                delete message.formatVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.plan = value;
                            else
                                delete message.plan;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.planDate = value;
                            else
                                delete message.planDate;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.counts = $root.replan.v1.ResultCounts.decode(reader, reader.size(), $undefined, _depth + 1, message.counts);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.filtered = value;
                            else
                                delete message.filtered;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ResultSummary message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ResultSummary & replan.v1.ResultSummary.$Shape} ResultSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultSummary.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ResultSummary message.
             * @function verify
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResultSummary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                    if (!$util.isInteger(message.formatVersion))
                        return "formatVersion: integer expected";
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    if (!$util.isString(message.plan))
                        return "plan: string expected";
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate"))
                    if (!$util.isInteger(message.planDate))
                        return "planDate: integer expected";
                if (message.counts != null && $Object.hasOwnProperty.call(message, "counts")) {
                    var error = $root.replan.v1.ResultCounts.verify(message.counts, _depth + 1);
                    if (error)
                        return "counts." + error;
                }
                if (message.filtered != null && $Object.hasOwnProperty.call(message, "filtered"))
                    if (typeof message.filtered !== "boolean")
                        return "filtered: boolean expected";
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (var i = 0; i < message.items.length; ++i)
                        if (!$util.isString(message.items[i]))
                            return "items: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ResultSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ResultSummary} ResultSummary
             */
            ResultSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ResultSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ResultSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ResultSummary();
                if (object.formatVersion != null)
                    if ($Number(object.formatVersion) !== 0)
                        message.formatVersion = object.formatVersion >>> 0;
                if (object.plan != null)
                    if (typeof object.plan !== "string" || object.plan.length)
                        message.plan = $String(object.plan);
                if (object.planDate != null)
                    if ($Number(object.planDate) !== 0)
                        message.planDate = object.planDate | 0;
                if (object.counts != null) {
                    if (!$util.isObject(object.counts))
                        throw $TypeError(".replan.v1.ResultSummary.counts: object expected");
                    message.counts = $root.replan.v1.ResultCounts.fromObject(object.counts, _depth + 1);
                }
                if (object.filtered != null)
                    if (object.filtered)
                        message.filtered = $Boolean(object.filtered);
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".replan.v1.ResultSummary.items: array expected");
                    message.items = $Array(object.items.length);
                    for (var i = 0; i < object.items.length; ++i)
                        message.items[i] = $String(object.items[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ResultSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {replan.v1.ResultSummary} message ResultSummary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResultSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (options.defaults) {
                    object.formatVersion = 0;
                    object.plan = "";
                    object.planDate = 0;
                    object.counts = null;
                    object.filtered = false;
                }
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                    object.formatVersion = message.formatVersion;
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    object.plan = message.plan;
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate"))
                    object.planDate = message.planDate;
                if (message.counts != null && $Object.hasOwnProperty.call(message, "counts"))
                    object.counts = $root.replan.v1.ResultCounts.toObject(message.counts, options, _depth + 1);
                if (message.filtered != null && $Object.hasOwnProperty.call(message, "filtered"))
                    object.filtered = message.filtered;
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (var j = 0; j < message.items.length; ++j)
                        object.items[j] = message.items[j];
                }
                return object;
            };

            /**
             * Converts this ResultSummary to JSON.
             * @function toJSON
             * @memberof replan.v1.ResultSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResultSummary.prototype.toJSON = function() {
                return ResultSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResultSummary
             * @function getTypeUrl
             * @memberof replan.v1.ResultSummary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResultSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ResultSummary";
            };

            return ResultSummary;
        })();

        v1.PlannedOrderBatch = (function() {

            /**
             * Properties of a PlannedOrderBatch.
             * @typedef {Object} replan.v1.PlannedOrderBatch.$Properties
             * @property {Array.<string>|null} [dictionary] PlannedOrderBatch dictionary
             * @property {Array.<string>|null} [id] PlannedOrderBatch id
             * @property {Array.<replan.v1.PlannedOrderType>|null} [type] PlannedOrderBatch type
             * @property {Array.<number>|null} [item] PlannedOrderBatch item
             * @property {Array.<number>|null} [warehouse] PlannedOrderBatch warehouse
             * @property {Array.<number>|null} [fromWarehouse] PlannedOrderBatch fromWarehouse
             * @property {Array.<number>|null} [quantity] PlannedOrderBatch quantity
             * @property {Array.<number>|null} [orderDate] PlannedOrderBatch orderDate
             * @property {Array.<number>|null} [startDate] PlannedOrderBatch startDate
             * @property {Array.<number>|null} [deliveryDate] PlannedOrderBatch deliveryDate
             * @property {Array.<number>|null} [receiptDate] PlannedOrderBatch receiptDate
             * @property {Array.<number>|null} [requirementDate] PlannedOrderBatch requirementDate
             * @property {Array.<number>|null} [delayDays] PlannedOrderBatch delayDays
             * @property {Array.<number>|null} [bomLevel] PlannedOrderBatch bomLevel
             * @property {Array.<number>|null} [futuresDate] PlannedOrderBatch futuresDate
             * @property {Array.<boolean>|null} [toFirm] PlannedOrderBatch toFirm
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlannedOrderBatch.
             * @memberof replan.v1
             * @interface IPlannedOrderBatch
             * @augments replan.v1.PlannedOrderBatch.$Properties
             * @deprecated Use replan.v1.PlannedOrderBatch.$Properties instead.
             */

            /**
             * Shape of a PlannedOrderBatch.
             * @typedef {replan.v1.PlannedOrderBatch.$Properties} replan.v1.PlannedOrderBatch.$Shape
             */

            /**
             * Constructs a new PlannedOrderBatch.
             * @memberof replan.v1
             * @classdesc Represents a PlannedOrderBatch.
             * @constructor
             * @param {replan.v1.PlannedOrderBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PlannedOrderBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.type = [];
                this.item = [];
                this.warehouse = [];
                this.fromWarehouse = [];
                this.quantity = [];
                this.orderDate = [];
                this.startDate = [];
                this.deliveryDate = [];
                this.receiptDate = [];
                this.requirementDate = [];
                this.delayDays = [];
                this.bomLevel = [];
                this.futuresDate = [];
                this.toFirm = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlannedOrderBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.dictionary = $util.emptyArray;

            /**
             * PlannedOrderBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.id = $util.emptyArray;

            /**
             * PlannedOrderBatch type.
             * @member {Array.<replan.v1.PlannedOrderType>} type
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.type = $util.emptyArray;

            /**
             * PlannedOrderBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.item = $util.emptyArray;

            /**
             * PlannedOrderBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.warehouse = $util.emptyArray;

            /**
             * PlannedOrderBatch fromWarehouse.
             * @member {Array.<number>} fromWarehouse
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.fromWarehouse = $util.emptyArray;

            /**
             * PlannedOrderBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.quantity = $util.emptyArray;

            /**
             * PlannedOrderBatch orderDate.
             * @member {Array.<number>} orderDate
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.orderDate = $util.emptyArray;

            /**
             * PlannedOrderBatch startDate.
             * @member {Array.<number>} startDate
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.startDate = $util.emptyArray;

            /**
             * PlannedOrderBatch deliveryDate.
             * @member {Array.<number>} deliveryDate
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.deliveryDate = $util.emptyArray;

            /**
             * PlannedOrderBatch receiptDate.
             * @member {Array.<number>} receiptDate
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.receiptDate = $util.emptyArray;

            /**
             * PlannedOrderBatch requirementDate.
             * @member {Array.<number>} requirementDate
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.requirementDate = $util.emptyArray;

            /**
             * PlannedOrderBatch delayDays.
             * @member {Array.<number>} delayDays
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.delayDays = $util.emptyArray;

            /**
             * PlannedOrderBatch bomLevel.
             * @member {Array.<number>} bomLevel
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.bomLevel = $util.emptyArray;

            /**
             * PlannedOrderBatch futuresDate.
             * @member {Array.<number>} futuresDate
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.futuresDate = $util.emptyArray;

            /**
             * PlannedOrderBatch toFirm.
             * @member {Array.<boolean>} toFirm
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             */
            PlannedOrderBatch.prototype.toFirm = $util.emptyArray;

            /**
             * Creates a new PlannedOrderBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {replan.v1.PlannedOrderBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.PlannedOrderBatch} PlannedOrderBatch instance
             * @type {{
             *   (properties: replan.v1.PlannedOrderBatch.$Shape): replan.v1.PlannedOrderBatch & replan.v1.PlannedOrderBatch.$Shape;
             *   (properties?: replan.v1.PlannedOrderBatch.$Properties): replan.v1.PlannedOrderBatch;
             * }}
             */
            PlannedOrderBatch.create = function(properties) {
                return new PlannedOrderBatch(properties);
            };

            /**
             * Encodes the specified PlannedOrderBatch message. Does not implicitly {@link replan.v1.PlannedOrderBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {replan.v1.PlannedOrderBatch.$Properties} message PlannedOrderBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlannedOrderBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.type != null && message.type.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.type);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.warehouse);
                if (message.fromWarehouse != null && message.fromWarehouse.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.fromWarehouse);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.quantity);
                if (message.orderDate != null && message.orderDate.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).int32s(message.orderDate);
                if (message.startDate != null && message.startDate.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).int32s(message.startDate);
                if (message.deliveryDate != null && message.deliveryDate.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).int32s(message.deliveryDate);
                if (message.receiptDate != null && message.receiptDate.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).int32s(message.receiptDate);
                if (message.requirementDate != null && message.requirementDate.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).int32s(message.requirementDate);
                if (message.delayDays != null && message.delayDays.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).sint32s(message.delayDays);
                if (message.bomLevel != null && message.bomLevel.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).uint32s(message.bomLevel);
                if (message.futuresDate != null && message.futuresDate.length)
                    writer.uint32(/* id 15, wireType 2 =*/122).int32s(message.futuresDate);
                if (message.toFirm != null && message.toFirm.length)
                    writer.uint32(/* id 16, wireType 2 =*/130).bools(message.toFirm);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlannedOrderBatch message, length delimited. Does not implicitly {@link replan.v1.PlannedOrderBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {replan.v1.PlannedOrderBatch.$Properties} message PlannedOrderBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlannedOrderBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlannedOrderBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.PlannedOrderBatch & replan.v1.PlannedOrderBatch.$Shape} PlannedOrderBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlannedOrderBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.PlannedOrderBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.type && message.type.length))
                                    message.type = [];
                                reader.int32s(message.type);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.type && message.type.length))
                                message.type = [];
                            message.type.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.fromWarehouse && message.fromWarehouse.length))
                                    message.fromWarehouse = [];
                                reader.uint32s(message.fromWarehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.fromWarehouse && message.fromWarehouse.length))
                                message.fromWarehouse = [];
                            message.fromWarehouse.push(reader.uint32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.orderDate && message.orderDate.length))
                                    message.orderDate = [];
                                reader.int32s(message.orderDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.orderDate && message.orderDate.length))
                                message.orderDate = [];
                            message.orderDate.push(reader.int32());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.startDate && message.startDate.length))
                                    message.startDate = [];
                                reader.int32s(message.startDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.startDate && message.startDate.length))
                                message.startDate = [];
                            message.startDate.push(reader.int32());
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.deliveryDate && message.deliveryDate.length))
                                    message.deliveryDate = [];
                                reader.int32s(message.deliveryDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.deliveryDate && message.deliveryDate.length))
                                message.deliveryDate = [];
                            message.deliveryDate.push(reader.int32());
                            continue;
                        }
                    case 11: {
                            if (wireType === 2) {
                                if (!(message.receiptDate && message.receiptDate.length))
                                    message.receiptDate = [];
                                reader.int32s(message.receiptDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.receiptDate && message.receiptDate.length))
                                message.receiptDate = [];
                            message.receiptDate.push(reader.int32());
                            continue;
                        }
                    case 12: {
                            if (wireType === 2) {
                                if (!(message.requirementDate && message.requirementDate.length))
                                    message.requirementDate = [];
                                reader.int32s(message.requirementDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.requirementDate && message.requirementDate.length))
                                message.requirementDate = [];
                            message.requirementDate.push(reader.int32());
                            continue;
                        }
                    case 13: {
                            if (wireType === 2) {
                                if (!(message.delayDays && message.delayDays.length))
                                    message.delayDays = [];
                                reader.sint32s(message.delayDays);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.delayDays && message.delayDays.length))
                                message.delayDays = [];
                            message.delayDays.push(reader.sint32());
                            continue;
                        }
                    case 14: {
                            if (wireType === 2) {
                                if (!(message.bomLevel && message.bomLevel.length))
                                    message.bomLevel = [];
                                reader.uint32s(message.bomLevel);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.bomLevel && message.bomLevel.length))
                                message.bomLevel = [];
                            message.bomLevel.push(reader.uint32());
                            continue;
                        }
                    case 15: {
                            if (wireType === 2) {
                                if (!(message.futuresDate && message.futuresDate.length))
                                    message.futuresDate = [];
                                reader.int32s(message.futuresDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.futuresDate && message.futuresDate.length))
                                message.futuresDate = [];
                            message.futuresDate.push(reader.int32());
                            continue;
                        }
                    case 16: {
                            if (wireType === 2) {
                                if (!(message.toFirm && message.toFirm.length))
                                    message.toFirm = [];
                                reader.bools(message.toFirm);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.toFirm && message.toFirm.length))
                                message.toFirm = [];
                            message.toFirm.push(reader.bool());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlannedOrderBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.PlannedOrderBatch & replan.v1.PlannedOrderBatch.$Shape} PlannedOrderBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlannedOrderBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlannedOrderBatch message.
             * @function verify
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlannedOrderBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                    if (!$Array.isArray(message.type))
                        return "type: array expected";
                    for (var i = 0; i < message.type.length; ++i)
                        if (typeof message.type[i] !== "number" || (message.type[i] | 0) !== message.type[i])
                            return "type: enum value[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.fromWarehouse != null && $Object.hasOwnProperty.call(message, "fromWarehouse")) {
                    if (!$Array.isArray(message.fromWarehouse))
                        return "fromWarehouse: array expected";
                    for (var i = 0; i < message.fromWarehouse.length; ++i)
                        if (!$util.isInteger(message.fromWarehouse[i]))
                            return "fromWarehouse: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                if (message.orderDate != null && $Object.hasOwnProperty.call(message, "orderDate")) {
                    if (!$Array.isArray(message.orderDate))
                        return "orderDate: array expected";
                    for (var i = 0; i < message.orderDate.length; ++i)
                        if (!$util.isInteger(message.orderDate[i]))
                            return "orderDate: integer[] expected";
                }
                if (message.startDate != null && $Object.hasOwnProperty.call(message, "startDate")) {
                    if (!$Array.isArray(message.startDate))
                        return "startDate: array expected";
                    for (var i = 0; i < message.startDate.length; ++i)
                        if (!$util.isInteger(message.startDate[i]))
                            return "startDate: integer[] expected";
                }
                if (message.deliveryDate != null && $Object.hasOwnProperty.call(message, "deliveryDate")) {
                    if (!$Array.isArray(message.deliveryDate))
                        return "deliveryDate: array expected";
                    for (var i = 0; i < message.deliveryDate.length; ++i)
                        if (!$util.isInteger(message.deliveryDate[i]))
                            return "deliveryDate: integer[] expected";
                }
                if (message.receiptDate != null && $Object.hasOwnProperty.call(message, "receiptDate")) {
                    if (!$Array.isArray(message.receiptDate))
                        return "receiptDate: array expected";
                    for (var i = 0; i < message.receiptDate.length; ++i)
                        if (!$util.isInteger(message.receiptDate[i]))
                            return "receiptDate: integer[] expected";
                }
                if (message.requirementDate != null && $Object.hasOwnProperty.call(message, "requirementDate")) {
                    if (!$Array.isArray(message.requirementDate))
                        return "requirementDate: array expected";
                    for (var i = 0; i < message.requirementDate.length; ++i)
                        if (!$util.isInteger(message.requirementDate[i]))
                            return "requirementDate: integer[] expected";
                }
                if (message.delayDays != null && $Object.hasOwnProperty.call(message, "delayDays")) {
                    if (!$Array.isArray(message.delayDays))
                        return "delayDays: array expected";
                    for (var i = 0; i < message.delayDays.length; ++i)
                        if (!$util.isInteger(message.delayDays[i]))
                            return "delayDays: integer[] expected";
                }
                if (message.bomLevel != null && $Object.hasOwnProperty.call(message, "bomLevel")) {
                    if (!$Array.isArray(message.bomLevel))
                        return "bomLevel: array expected";
                    for (var i = 0; i < message.bomLevel.length; ++i)
                        if (!$util.isInteger(message.bomLevel[i]))
                            return "bomLevel: integer[] expected";
                }
                if (message.futuresDate != null && $Object.hasOwnProperty.call(message, "futuresDate")) {
                    if (!$Array.isArray(message.futuresDate))
                        return "futuresDate: array expected";
                    for (var i = 0; i < message.futuresDate.length; ++i)
                        if (!$util.isInteger(message.futuresDate[i]))
                            return "futuresDate: integer[] expected";
                }
                if (message.toFirm != null && $Object.hasOwnProperty.call(message, "toFirm")) {
                    if (!$Array.isArray(message.toFirm))
                        return "toFirm: array expected";
                    for (var i = 0; i < message.toFirm.length; ++i)
                        if (typeof message.toFirm[i] !== "boolean")
                            return "toFirm: boolean[] expected";
                }
                return null;
            };

            /**
             * Creates a PlannedOrderBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.PlannedOrderBatch} PlannedOrderBatch
             */
            PlannedOrderBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.PlannedOrderBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.PlannedOrderBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.PlannedOrderBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.type) {
                    if (!$Array.isArray(object.type))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.type: array expected");
                    message.type = [];
                    for (var i = 0; i < object.type.length; ++i)
                        switch (object.type[i]) {
                        case "PLANNED_ORDER_TYPE_UNSPECIFIED":
                        case 0:
                            message.type[message.type.length] = 0;
                            break;
                        case "PLANNED_ORDER_TYPE_PURCHASE":
                        case 1:
                            message.type[message.type.length] = 1;
                            break;
                        case "PLANNED_ORDER_TYPE_PRODUCTION":
                        case 2:
                            message.type[message.type.length] = 2;
                            break;
                        case "PLANNED_ORDER_TYPE_TRANSFER":
                        case 3:
                            message.type[message.type.length] = 3;
                            break;
                        default:
                            if (typeof object.type[i] === "number" && (object.type[i] | 0) === object.type[i])
                                message.type[message.type.length] = object.type[i];
                        }
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.fromWarehouse) {
                    if (!$Array.isArray(object.fromWarehouse))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.fromWarehouse: array expected");
                    message.fromWarehouse = $Array(object.fromWarehouse.length);
                    for (var i = 0; i < object.fromWarehouse.length; ++i)
                        message.fromWarehouse[i] = object.fromWarehouse[i] >>> 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                if (object.orderDate) {
                    if (!$Array.isArray(object.orderDate))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.orderDate: array expected");
                    message.orderDate = $Array(object.orderDate.length);
                    for (var i = 0; i < object.orderDate.length; ++i)
                        message.orderDate[i] = object.orderDate[i] | 0;
                }
                if (object.startDate) {
                    if (!$Array.isArray(object.startDate))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.startDate: array expected");
                    message.startDate = $Array(object.startDate.length);
                    for (var i = 0; i < object.startDate.length; ++i)
                        message.startDate[i] = object.startDate[i] | 0;
                }
                if (object.deliveryDate) {
                    if (!$Array.isArray(object.deliveryDate))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.deliveryDate: array expected");
                    message.deliveryDate = $Array(object.deliveryDate.length);
                    for (var i = 0; i < object.deliveryDate.length; ++i)
                        message.deliveryDate[i] = object.deliveryDate[i] | 0;
                }
                if (object.receiptDate) {
                    if (!$Array.isArray(object.receiptDate))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.receiptDate: array expected");
                    message.receiptDate = $Array(object.receiptDate.length);
                    for (var i = 0; i < object.receiptDate.length; ++i)
                        message.receiptDate[i] = object.receiptDate[i] | 0;
                }
                if (object.requirementDate) {
                    if (!$Array.isArray(object.requirementDate))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.requirementDate: array expected");
                    message.requirementDate = $Array(object.requirementDate.length);
                    for (var i = 0; i < object.requirementDate.length; ++i)
                        message.requirementDate[i] = object.requirementDate[i] | 0;
                }
                if (object.delayDays) {
                    if (!$Array.isArray(object.delayDays))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.delayDays: array expected");
                    message.delayDays = $Array(object.delayDays.length);
                    for (var i = 0; i < object.delayDays.length; ++i)
                        message.delayDays[i] = object.delayDays[i] | 0;
                }
                if (object.bomLevel) {
                    if (!$Array.isArray(object.bomLevel))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.bomLevel: array expected");
                    message.bomLevel = $Array(object.bomLevel.length);
                    for (var i = 0; i < object.bomLevel.length; ++i)
                        message.bomLevel[i] = object.bomLevel[i] >>> 0;
                }
                if (object.futuresDate) {
                    if (!$Array.isArray(object.futuresDate))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.futuresDate: array expected");
                    message.futuresDate = $Array(object.futuresDate.length);
                    for (var i = 0; i < object.futuresDate.length; ++i)
                        message.futuresDate[i] = object.futuresDate[i] | 0;
                }
                if (object.toFirm) {
                    if (!$Array.isArray(object.toFirm))
                        throw $TypeError(".replan.v1.PlannedOrderBatch.toFirm: array expected");
                    message.toFirm = $Array(object.toFirm.length);
                    for (var i = 0; i < object.toFirm.length; ++i)
                        message.toFirm[i] = $Boolean(object.toFirm[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a PlannedOrderBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {replan.v1.PlannedOrderBatch} message PlannedOrderBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlannedOrderBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.type = [];
                    object.item = [];
                    object.warehouse = [];
                    object.fromWarehouse = [];
                    object.quantity = [];
                    object.orderDate = [];
                    object.startDate = [];
                    object.deliveryDate = [];
                    object.receiptDate = [];
                    object.requirementDate = [];
                    object.delayDays = [];
                    object.bomLevel = [];
                    object.futuresDate = [];
                    object.toFirm = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.type && message.type.length) {
                    object.type = $Array(message.type.length);
                    for (var j = 0; j < message.type.length; ++j)
                        object.type[j] = options.enums === $String ? $root.replan.v1.PlannedOrderType[message.type[j]] === $undefined ? message.type[j] : $root.replan.v1.PlannedOrderType[message.type[j]] : message.type[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.fromWarehouse && message.fromWarehouse.length) {
                    object.fromWarehouse = $Array(message.fromWarehouse.length);
                    for (var j = 0; j < message.fromWarehouse.length; ++j)
                        object.fromWarehouse[j] = message.fromWarehouse[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                if (message.orderDate && message.orderDate.length) {
                    object.orderDate = $Array(message.orderDate.length);
                    for (var j = 0; j < message.orderDate.length; ++j)
                        object.orderDate[j] = message.orderDate[j];
                }
                if (message.startDate && message.startDate.length) {
                    object.startDate = $Array(message.startDate.length);
                    for (var j = 0; j < message.startDate.length; ++j)
                        object.startDate[j] = message.startDate[j];
                }
                if (message.deliveryDate && message.deliveryDate.length) {
                    object.deliveryDate = $Array(message.deliveryDate.length);
                    for (var j = 0; j < message.deliveryDate.length; ++j)
                        object.deliveryDate[j] = message.deliveryDate[j];
                }
                if (message.receiptDate && message.receiptDate.length) {
                    object.receiptDate = $Array(message.receiptDate.length);
                    for (var j = 0; j < message.receiptDate.length; ++j)
                        object.receiptDate[j] = message.receiptDate[j];
                }
                if (message.requirementDate && message.requirementDate.length) {
                    object.requirementDate = $Array(message.requirementDate.length);
                    for (var j = 0; j < message.requirementDate.length; ++j)
                        object.requirementDate[j] = message.requirementDate[j];
                }
                if (message.delayDays && message.delayDays.length) {
                    object.delayDays = $Array(message.delayDays.length);
                    for (var j = 0; j < message.delayDays.length; ++j)
                        object.delayDays[j] = message.delayDays[j];
                }
                if (message.bomLevel && message.bomLevel.length) {
                    object.bomLevel = $Array(message.bomLevel.length);
                    for (var j = 0; j < message.bomLevel.length; ++j)
                        object.bomLevel[j] = message.bomLevel[j];
                }
                if (message.futuresDate && message.futuresDate.length) {
                    object.futuresDate = $Array(message.futuresDate.length);
                    for (var j = 0; j < message.futuresDate.length; ++j)
                        object.futuresDate[j] = message.futuresDate[j];
                }
                if (message.toFirm && message.toFirm.length) {
                    object.toFirm = $Array(message.toFirm.length);
                    for (var j = 0; j < message.toFirm.length; ++j)
                        object.toFirm[j] = message.toFirm[j];
                }
                return object;
            };

            /**
             * Converts this PlannedOrderBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.PlannedOrderBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlannedOrderBatch.prototype.toJSON = function() {
                return PlannedOrderBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlannedOrderBatch
             * @function getTypeUrl
             * @memberof replan.v1.PlannedOrderBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlannedOrderBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.PlannedOrderBatch";
            };

            return PlannedOrderBatch;
        })();

        v1.RequirementBatch = (function() {

            /**
             * Properties of a RequirementBatch.
             * @typedef {Object} replan.v1.RequirementBatch.$Properties
             * @property {Array.<string>|null} [dictionary] RequirementBatch dictionary
             * @property {Array.<replan.v1.IssueKind>|null} [kind] RequirementBatch kind
             * @property {Array.<string>|null} [id] RequirementBatch id
             * @property {Array.<number>|null} [orderId] RequirementBatch orderId
             * @property {Array.<number>|null} [item] RequirementBatch item
             * @property {Array.<number>|null} [warehouse] RequirementBatch warehouse
             * @property {Array.<number>|null} [date] RequirementBatch date
             * @property {Array.<number>|null} [quantity] RequirementBatch quantity
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequirementBatch.
             * @memberof replan.v1
             * @interface IRequirementBatch
             * @augments replan.v1.RequirementBatch.$Properties
             * @deprecated Use replan.v1.RequirementBatch.$Properties instead.
             */

            /**
             * Shape of a RequirementBatch.
             * @typedef {replan.v1.RequirementBatch.$Properties} replan.v1.RequirementBatch.$Shape
             */

            /**
             * Constructs a new RequirementBatch.
             * @memberof replan.v1
             * @classdesc Represents a RequirementBatch.
             * @constructor
             * @param {replan.v1.RequirementBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RequirementBatch = function (properties) {
                this.dictionary = [];
                this.kind = [];
                this.id = [];
                this.orderId = [];
                this.item = [];
                this.warehouse = [];
                this.date = [];
                this.quantity = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequirementBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.RequirementBatch
             * @instance
             */
            RequirementBatch.prototype.dictionary = $util.emptyArray;

            /**
             * RequirementBatch kind.
             * @member {Array.<replan.v1.IssueKind>} kind
             * @memberof replan.v1.RequirementBatch
             * @instance
             */
            RequirementBatch.prototype.kind = $util.emptyArray;

            /**
             * RequirementBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.RequirementBatch
             * @instance
             */
            RequirementBatch.prototype.id = $util.emptyArray;

            /**
             * RequirementBatch orderId.
             * @member {Array.<number>} orderId
             * @memberof replan.v1.RequirementBatch
             * @instance
             */
            RequirementBatch.prototype.orderId = $util.emptyArray;

            /**
             * RequirementBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.RequirementBatch
             * @instance
             */
            RequirementBatch.prototype.item = $util.emptyArray;

            /**
             * RequirementBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.RequirementBatch
             * @instance
             */
            RequirementBatch.prototype.warehouse = $util.emptyArray;

            /**
             * RequirementBatch date.
             * @member {Array.<number>} date
             * @memberof replan.v1.RequirementBatch
             * @instance
             */
            RequirementBatch.prototype.date = $util.emptyArray;

            /**
             * RequirementBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.RequirementBatch
             * @instance
             */
            RequirementBatch.prototype.quantity = $util.emptyArray;

            /**
             * Creates a new RequirementBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {replan.v1.RequirementBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.RequirementBatch} RequirementBatch instance
             * @type {{
             *   (properties: replan.v1.RequirementBatch.$Shape): replan.v1.RequirementBatch & replan.v1.RequirementBatch.$Shape;
             *   (properties?: replan.v1.RequirementBatch.$Properties): replan.v1.RequirementBatch;
             * }}
             */
            RequirementBatch.create = function(properties) {
                return new RequirementBatch(properties);
            };

            /**
             * Encodes the specified RequirementBatch message. Does not implicitly {@link replan.v1.RequirementBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {replan.v1.RequirementBatch.$Properties} message RequirementBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequirementBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.kind != null && message.kind.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.kind);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.id[i]);
                if (message.orderId != null && message.orderId.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.orderId);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.warehouse);
                if (message.date != null && message.date.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.date);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).doubles(message.quantity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RequirementBatch message, length delimited. Does not implicitly {@link replan.v1.RequirementBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {replan.v1.RequirementBatch.$Properties} message RequirementBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequirementBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RequirementBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.RequirementBatch & replan.v1.RequirementBatch.$Shape} RequirementBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequirementBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.RequirementBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.kind && message.kind.length))
                                    message.kind = [];
                                reader.int32s(message.kind);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.kind && message.kind.length))
                                message.kind = [];
                            message.kind.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.orderId && message.orderId.length))
                                    message.orderId = [];
                                reader.uint32s(message.orderId);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.orderId && message.orderId.length))
                                message.orderId = [];
                            message.orderId.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.date && message.date.length))
                                    message.date = [];
                                reader.int32s(message.date);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.date && message.date.length))
                                message.date = [];
                            message.date.push(reader.int32());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RequirementBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.RequirementBatch & replan.v1.RequirementBatch.$Shape} RequirementBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequirementBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RequirementBatch message.
             * @function verify
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequirementBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind")) {
                    if (!$Array.isArray(message.kind))
                        return "kind: array expected";
                    for (var i = 0; i < message.kind.length; ++i)
                        if (typeof message.kind[i] !== "number" || (message.kind[i] | 0) !== message.kind[i])
                            return "kind: enum value[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId")) {
                    if (!$Array.isArray(message.orderId))
                        return "orderId: array expected";
                    for (var i = 0; i < message.orderId.length; ++i)
                        if (!$util.isInteger(message.orderId[i]))
                            return "orderId: integer[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date")) {
                    if (!$Array.isArray(message.date))
                        return "date: array expected";
                    for (var i = 0; i < message.date.length; ++i)
                        if (!$util.isInteger(message.date[i]))
                            return "date: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                return null;
            };

            /**
             * Creates a RequirementBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.RequirementBatch} RequirementBatch
             */
            RequirementBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.RequirementBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.RequirementBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.RequirementBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.RequirementBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.kind) {
                    if (!$Array.isArray(object.kind))
                        throw $TypeError(".replan.v1.RequirementBatch.kind: array expected");
                    message.kind = [];
                    for (var i = 0; i < object.kind.length; ++i)
                        switch (object.kind[i]) {
                        case "ISSUE_KIND_UNSPECIFIED":
                        case 0:
                            message.kind[message.kind.length] = 0;
                            break;
                        case "ISSUE_KIND_DEMAND":
                        case 1:
                            message.kind[message.kind.length] = 1;
                            break;
                        case "ISSUE_KIND_FORECAST":
                        case 2:
                            message.kind[message.kind.length] = 2;
                            break;
                        case "ISSUE_KIND_PLANNED_COMPONENT":
                        case 3:
                            message.kind[message.kind.length] = 3;
                            break;
                        case "ISSUE_KIND_PLANNED_TRANSFER":
                        case 4:
                            message.kind[message.kind.length] = 4;
                            break;
                        default:
                            if (typeof object.kind[i] === "number" && (object.kind[i] | 0) === object.kind[i])
                                message.kind[message.kind.length] = object.kind[i];
                        }
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.RequirementBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.orderId) {
                    if (!$Array.isArray(object.orderId))
                        throw $TypeError(".replan.v1.RequirementBatch.orderId: array expected");
                    message.orderId = $Array(object.orderId.length);
                    for (var i = 0; i < object.orderId.length; ++i)
                        message.orderId[i] = object.orderId[i] >>> 0;
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.RequirementBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.RequirementBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.date) {
                    if (!$Array.isArray(object.date))
                        throw $TypeError(".replan.v1.RequirementBatch.date: array expected");
                    message.date = $Array(object.date.length);
                    for (var i = 0; i < object.date.length; ++i)
                        message.date[i] = object.date[i] | 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.RequirementBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a RequirementBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {replan.v1.RequirementBatch} message RequirementBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequirementBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.kind = [];
                    object.id = [];
                    object.orderId = [];
                    object.item = [];
                    object.warehouse = [];
                    object.date = [];
                    object.quantity = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.kind && message.kind.length) {
                    object.kind = $Array(message.kind.length);
                    for (var j = 0; j < message.kind.length; ++j)
                        object.kind[j] = options.enums === $String ? $root.replan.v1.IssueKind[message.kind[j]] === $undefined ? message.kind[j] : $root.replan.v1.IssueKind[message.kind[j]] : message.kind[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.orderId && message.orderId.length) {
                    object.orderId = $Array(message.orderId.length);
                    for (var j = 0; j < message.orderId.length; ++j)
                        object.orderId[j] = message.orderId[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.date && message.date.length) {
                    object.date = $Array(message.date.length);
                    for (var j = 0; j < message.date.length; ++j)
                        object.date[j] = message.date[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                return object;
            };

            /**
             * Converts this RequirementBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.RequirementBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequirementBatch.prototype.toJSON = function() {
                return RequirementBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequirementBatch
             * @function getTypeUrl
             * @memberof replan.v1.RequirementBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequirementBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.RequirementBatch";
            };

            return RequirementBatch;
        })();

        v1.PeggingBatch = (function() {

            /**
             * Properties of a PeggingBatch.
             * @typedef {Object} replan.v1.PeggingBatch.$Properties
             * @property {Array.<string>|null} [dictionary] PeggingBatch dictionary
             * @property {Array.<replan.v1.ReceiptKind>|null} [receiptKind] PeggingBatch receiptKind
             * @property {Array.<number>|null} [receiptId] PeggingBatch receiptId
             * @property {Array.<replan.v1.IssueKind>|null} [issueKind] PeggingBatch issueKind
             * @property {Array.<string>|null} [issueId] PeggingBatch issueId
             * @property {Array.<number>|null} [issueOrderId] PeggingBatch issueOrderId
             * @property {Array.<number>|null} [item] PeggingBatch item
             * @property {Array.<number>|null} [warehouse] PeggingBatch warehouse
             * @property {Array.<number>|null} [quantity] PeggingBatch quantity
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeggingBatch.
             * @memberof replan.v1
             * @interface IPeggingBatch
             * @augments replan.v1.PeggingBatch.$Properties
             * @deprecated Use replan.v1.PeggingBatch.$Properties instead.
             */

            /**
             * Shape of a PeggingBatch.
             * @typedef {replan.v1.PeggingBatch.$Properties} replan.v1.PeggingBatch.$Shape
             */

            /**
             * Constructs a new PeggingBatch.
             * @memberof replan.v1
             * @classdesc Represents a PeggingBatch.
             * @constructor
             * @param {replan.v1.PeggingBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PeggingBatch = function (properties) {
                this.dictionary = [];
                this.receiptKind = [];
                this.receiptId = [];
                this.issueKind = [];
                this.issueId = [];
                this.issueOrderId = [];
                this.item = [];
                this.warehouse = [];
                this.quantity = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeggingBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.dictionary = $util.emptyArray;

            /**
             * PeggingBatch receiptKind.
             * @member {Array.<replan.v1.ReceiptKind>} receiptKind
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.receiptKind = $util.emptyArray;

            /**
             * PeggingBatch receiptId.
             * @member {Array.<number>} receiptId
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.receiptId = $util.emptyArray;

            /**
             * PeggingBatch issueKind.
             * @member {Array.<replan.v1.IssueKind>} issueKind
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.issueKind = $util.emptyArray;

            /**
             * PeggingBatch issueId.
             * @member {Array.<string>} issueId
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.issueId = $util.emptyArray;

            /**
             * PeggingBatch issueOrderId.
             * @member {Array.<number>} issueOrderId
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.issueOrderId = $util.emptyArray;

            /**
             * PeggingBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.item = $util.emptyArray;

            /**
             * PeggingBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.warehouse = $util.emptyArray;

            /**
             * PeggingBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.PeggingBatch
             * @instance
             */
            PeggingBatch.prototype.quantity = $util.emptyArray;

            /**
             * Creates a new PeggingBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {replan.v1.PeggingBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.PeggingBatch} PeggingBatch instance
             * @type {{
             *   (properties: replan.v1.PeggingBatch.$Shape): replan.v1.PeggingBatch & replan.v1.PeggingBatch.$Shape;
             *   (properties?: replan.v1.PeggingBatch.$Properties): replan.v1.PeggingBatch;
             * }}
             */
            PeggingBatch.create = function(properties) {
                return new PeggingBatch(properties);
            };

            /**
             * Encodes the specified PeggingBatch message. Does not implicitly {@link replan.v1.PeggingBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {replan.v1.PeggingBatch.$Properties} message PeggingBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeggingBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.receiptKind != null && message.receiptKind.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.receiptKind);
                if (message.receiptId != null && message.receiptId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.receiptId);
                if (message.issueKind != null && message.issueKind.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.issueKind);
                if (message.issueId != null && message.issueId.length)
                    for (var i = 0; i < message.issueId.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.issueId[i]);
                if (message.issueOrderId != null && message.issueOrderId.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.issueOrderId);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint32s(message.warehouse);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).doubles(message.quantity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PeggingBatch message, length delimited. Does not implicitly {@link replan.v1.PeggingBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {replan.v1.PeggingBatch.$Properties} message PeggingBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeggingBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PeggingBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.PeggingBatch & replan.v1.PeggingBatch.$Shape} PeggingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeggingBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.PeggingBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.receiptKind && message.receiptKind.length))
                                    message.receiptKind = [];
                                reader.int32s(message.receiptKind);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.receiptKind && message.receiptKind.length))
                                message.receiptKind = [];
                            message.receiptKind.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.receiptId && message.receiptId.length))
                                    message.receiptId = [];
                                reader.uint32s(message.receiptId);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.receiptId && message.receiptId.length))
                                message.receiptId = [];
                            message.receiptId.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.issueKind && message.issueKind.length))
                                    message.issueKind = [];
                                reader.int32s(message.issueKind);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.issueKind && message.issueKind.length))
                                message.issueKind = [];
                            message.issueKind.push(reader.int32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.issueId && message.issueId.length))
                                message.issueId = [];
                            message.issueId.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.issueOrderId && message.issueOrderId.length))
                                    message.issueOrderId = [];
                                reader.uint32s(message.issueOrderId);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.issueOrderId && message.issueOrderId.length))
                                message.issueOrderId = [];
                            message.issueOrderId.push(reader.uint32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PeggingBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.PeggingBatch & replan.v1.PeggingBatch.$Shape} PeggingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeggingBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PeggingBatch message.
             * @function verify
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PeggingBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.receiptKind != null && $Object.hasOwnProperty.call(message, "receiptKind")) {
                    if (!$Array.isArray(message.receiptKind))
                        return "receiptKind: array expected";
                    for (var i = 0; i < message.receiptKind.length; ++i)
                        if (typeof message.receiptKind[i] !== "number" || (message.receiptKind[i] | 0) !== message.receiptKind[i])
                            return "receiptKind: enum value[] expected";
                }
                if (message.receiptId != null && $Object.hasOwnProperty.call(message, "receiptId")) {
                    if (!$Array.isArray(message.receiptId))
                        return "receiptId: array expected";
                    for (var i = 0; i < message.receiptId.length; ++i)
                        if (!$util.isInteger(message.receiptId[i]))
                            return "receiptId: integer[] expected";
                }
                if (message.issueKind != null && $Object.hasOwnProperty.call(message, "issueKind")) {
                    if (!$Array.isArray(message.issueKind))
                        return "issueKind: array expected";
                    for (var i = 0; i < message.issueKind.length; ++i)
                        if (typeof message.issueKind[i] !== "number" || (message.issueKind[i] | 0) !== message.issueKind[i])
                            return "issueKind: enum value[] expected";
                }
                if (message.issueId != null && $Object.hasOwnProperty.call(message, "issueId")) {
                    if (!$Array.isArray(message.issueId))
                        return "issueId: array expected";
                    for (var i = 0; i < message.issueId.length; ++i)
                        if (!$util.isString(message.issueId[i]))
                            return "issueId: string[] expected";
                }
                if (message.issueOrderId != null && $Object.hasOwnProperty.call(message, "issueOrderId")) {
                    if (!$Array.isArray(message.issueOrderId))
                        return "issueOrderId: array expected";
                    for (var i = 0; i < message.issueOrderId.length; ++i)
                        if (!$util.isInteger(message.issueOrderId[i]))
                            return "issueOrderId: integer[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                return null;
            };

            /**
             * Creates a PeggingBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.PeggingBatch} PeggingBatch
             */
            PeggingBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.PeggingBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.PeggingBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.PeggingBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.PeggingBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.receiptKind) {
                    if (!$Array.isArray(object.receiptKind))
                        throw $TypeError(".replan.v1.PeggingBatch.receiptKind: array expected");
                    message.receiptKind = [];
                    for (var i = 0; i < object.receiptKind.length; ++i)
                        switch (object.receiptKind[i]) {
                        case "RECEIPT_KIND_UNSPECIFIED":
                        case 0:
                            message.receiptKind[message.receiptKind.length] = 0;
                            break;
                        case "RECEIPT_KIND_ON_HAND":
                        case 1:
                            message.receiptKind[message.receiptKind.length] = 1;
                            break;
                        case "RECEIPT_KIND_SUPPLY":
                        case 2:
                            message.receiptKind[message.receiptKind.length] = 2;
                            break;
                        case "RECEIPT_KIND_PLANNED_ORDER":
                        case 3:
                            message.receiptKind[message.receiptKind.length] = 3;
                            break;
                        default:
                            if (typeof object.receiptKind[i] === "number" && (object.receiptKind[i] | 0) === object.receiptKind[i])
                                message.receiptKind[message.receiptKind.length] = object.receiptKind[i];
                        }
                }
                if (object.receiptId) {
                    if (!$Array.isArray(object.receiptId))
                        throw $TypeError(".replan.v1.PeggingBatch.receiptId: array expected");
                    message.receiptId = $Array(object.receiptId.length);
                    for (var i = 0; i < object.receiptId.length; ++i)
                        message.receiptId[i] = object.receiptId[i] >>> 0;
                }
                if (object.issueKind) {
                    if (!$Array.isArray(object.issueKind))
                        throw $TypeError(".replan.v1.PeggingBatch.issueKind: array expected");
                    message.issueKind = [];
                    for (var i = 0; i < object.issueKind.length; ++i)
                        switch (object.issueKind[i]) {
                        case "ISSUE_KIND_UNSPECIFIED":
                        case 0:
                            message.issueKind[message.issueKind.length] = 0;
                            break;
                        case "ISSUE_KIND_DEMAND":
                        case 1:
                            message.issueKind[message.issueKind.length] = 1;
                            break;
                        case "ISSUE_KIND_FORECAST":
                        case 2:
                            message.issueKind[message.issueKind.length] = 2;
                            break;
                        case "ISSUE_KIND_PLANNED_COMPONENT":
                        case 3:
                            message.issueKind[message.issueKind.length] = 3;
                            break;
                        case "ISSUE_KIND_PLANNED_TRANSFER":
                        case 4:
                            message.issueKind[message.issueKind.length] = 4;
                            break;
                        default:
                            if (typeof object.issueKind[i] === "number" && (object.issueKind[i] | 0) === object.issueKind[i])
                                message.issueKind[message.issueKind.length] = object.issueKind[i];
                        }
                }
                if (object.issueId) {
                    if (!$Array.isArray(object.issueId))
                        throw $TypeError(".replan.v1.PeggingBatch.issueId: array expected");
                    message.issueId = $Array(object.issueId.length);
                    for (var i = 0; i < object.issueId.length; ++i)
                        message.issueId[i] = $String(object.issueId[i]);
                }
                if (object.issueOrderId) {
                    if (!$Array.isArray(object.issueOrderId))
                        throw $TypeError(".replan.v1.PeggingBatch.issueOrderId: array expected");
                    message.issueOrderId = $Array(object.issueOrderId.length);
                    for (var i = 0; i < object.issueOrderId.length; ++i)
                        message.issueOrderId[i] = object.issueOrderId[i] >>> 0;
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.PeggingBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.PeggingBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.PeggingBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a PeggingBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {replan.v1.PeggingBatch} message PeggingBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeggingBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.receiptKind = [];
                    object.receiptId = [];
                    object.issueKind = [];
                    object.issueId = [];
                    object.issueOrderId = [];
                    object.item = [];
                    object.warehouse = [];
                    object.quantity = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.receiptKind && message.receiptKind.length) {
                    object.receiptKind = $Array(message.receiptKind.length);
                    for (var j = 0; j < message.receiptKind.length; ++j)
                        object.receiptKind[j] = options.enums === $String ? $root.replan.v1.ReceiptKind[message.receiptKind[j]] === $undefined ? message.receiptKind[j] : $root.replan.v1.ReceiptKind[message.receiptKind[j]] : message.receiptKind[j];
                }
                if (message.receiptId && message.receiptId.length) {
                    object.receiptId = $Array(message.receiptId.length);
                    for (var j = 0; j < message.receiptId.length; ++j)
                        object.receiptId[j] = message.receiptId[j];
                }
                if (message.issueKind && message.issueKind.length) {
                    object.issueKind = $Array(message.issueKind.length);
                    for (var j = 0; j < message.issueKind.length; ++j)
                        object.issueKind[j] = options.enums === $String ? $root.replan.v1.IssueKind[message.issueKind[j]] === $undefined ? message.issueKind[j] : $root.replan.v1.IssueKind[message.issueKind[j]] : message.issueKind[j];
                }
                if (message.issueId && message.issueId.length) {
                    object.issueId = $Array(message.issueId.length);
                    for (var j = 0; j < message.issueId.length; ++j)
                        object.issueId[j] = message.issueId[j];
                }
                if (message.issueOrderId && message.issueOrderId.length) {
                    object.issueOrderId = $Array(message.issueOrderId.length);
                    for (var j = 0; j < message.issueOrderId.length; ++j)
                        object.issueOrderId[j] = message.issueOrderId[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                return object;
            };

            /**
             * Converts this PeggingBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.PeggingBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeggingBatch.prototype.toJSON = function() {
                return PeggingBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PeggingBatch
             * @function getTypeUrl
             * @memberof replan.v1.PeggingBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeggingBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.PeggingBatch";
            };

            return PeggingBatch;
        })();

        v1.DelayBatch = (function() {

            /**
             * Properties of a DelayBatch.
             * @typedef {Object} replan.v1.DelayBatch.$Properties
             * @property {Array.<string>|null} [dictionary] DelayBatch dictionary
             * @property {Array.<string>|null} [demandId] DelayBatch demandId
             * @property {Array.<replan.v1.DemandType>|null} [demandType] DelayBatch demandType
             * @property {Array.<number>|null} [item] DelayBatch item
             * @property {Array.<number>|null} [warehouse] DelayBatch warehouse
             * @property {Array.<number>|null} [requirementDate] DelayBatch requirementDate
             * @property {Array.<number>|null} [futuresDate] DelayBatch futuresDate
             * @property {Array.<number>|null} [delayDays] DelayBatch delayDays
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DelayBatch.
             * @memberof replan.v1
             * @interface IDelayBatch
             * @augments replan.v1.DelayBatch.$Properties
             * @deprecated Use replan.v1.DelayBatch.$Properties instead.
             */

            /**
             * Shape of a DelayBatch.
             * @typedef {replan.v1.DelayBatch.$Properties} replan.v1.DelayBatch.$Shape
             */

            /**
             * Constructs a new DelayBatch.
             * @memberof replan.v1
             * @classdesc Represents a DelayBatch.
             * @constructor
             * @param {replan.v1.DelayBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DelayBatch = function (properties) {
                this.dictionary = [];
                this.demandId = [];
                this.demandType = [];
                this.item = [];
                this.warehouse = [];
                this.requirementDate = [];
                this.futuresDate = [];
                this.delayDays = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DelayBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.DelayBatch
             * @instance
             */
            DelayBatch.prototype.dictionary = $util.emptyArray;

            /**
             * DelayBatch demandId.
             * @member {Array.<string>} demandId
             * @memberof replan.v1.DelayBatch
             * @instance
             */
            DelayBatch.prototype.demandId = $util.emptyArray;

            /**
             * DelayBatch demandType.
             * @member {Array.<replan.v1.DemandType>} demandType
             * @memberof replan.v1.DelayBatch
             * @instance
             */
            DelayBatch.prototype.demandType = $util.emptyArray;

            /**
             * DelayBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.DelayBatch
             * @instance
             */
            DelayBatch.prototype.item = $util.emptyArray;

            /**
             * DelayBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.DelayBatch
             * @instance
             */
            DelayBatch.prototype.warehouse = $util.emptyArray;

            /**
             * DelayBatch requirementDate.
             * @member {Array.<number>} requirementDate
             * @memberof replan.v1.DelayBatch
             * @instance
             */
            DelayBatch.prototype.requirementDate = $util.emptyArray;

            /**
             * DelayBatch futuresDate.
             * @member {Array.<number>} futuresDate
             * @memberof replan.v1.DelayBatch
             * @instance
             */
            DelayBatch.prototype.futuresDate = $util.emptyArray;

            /**
             * DelayBatch delayDays.
             * @member {Array.<number>} delayDays
             * @memberof replan.v1.DelayBatch
             * @instance
             */
            DelayBatch.prototype.delayDays = $util.emptyArray;

            /**
             * Creates a new DelayBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {replan.v1.DelayBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.DelayBatch} DelayBatch instance
             * @type {{
             *   (properties: replan.v1.DelayBatch.$Shape): replan.v1.DelayBatch & replan.v1.DelayBatch.$Shape;
             *   (properties?: replan.v1.DelayBatch.$Properties): replan.v1.DelayBatch;
             * }}
             */
            DelayBatch.create = function(properties) {
                return new DelayBatch(properties);
            };

            /**
             * Encodes the specified DelayBatch message. Does not implicitly {@link replan.v1.DelayBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {replan.v1.DelayBatch.$Properties} message DelayBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DelayBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.demandId != null && message.demandId.length)
                    for (var i = 0; i < message.demandId.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.demandId[i]);
                if (message.demandType != null && message.demandType.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.demandType);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.warehouse);
                if (message.requirementDate != null && message.requirementDate.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.requirementDate);
                if (message.futuresDate != null && message.futuresDate.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.futuresDate);
                if (message.delayDays != null && message.delayDays.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).sint32s(message.delayDays);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DelayBatch message, length delimited. Does not implicitly {@link replan.v1.DelayBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {replan.v1.DelayBatch.$Properties} message DelayBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DelayBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DelayBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.DelayBatch & replan.v1.DelayBatch.$Shape} DelayBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DelayBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.DelayBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.demandId && message.demandId.length))
                                message.demandId = [];
                            message.demandId.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.demandType && message.demandType.length))
                                    message.demandType = [];
                                reader.int32s(message.demandType);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.demandType && message.demandType.length))
                                message.demandType = [];
                            message.demandType.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.requirementDate && message.requirementDate.length))
                                    message.requirementDate = [];
                                reader.int32s(message.requirementDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.requirementDate && message.requirementDate.length))
                                message.requirementDate = [];
                            message.requirementDate.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.futuresDate && message.futuresDate.length))
                                    message.futuresDate = [];
                                reader.int32s(message.futuresDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.futuresDate && message.futuresDate.length))
                                message.futuresDate = [];
                            message.futuresDate.push(reader.int32());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.delayDays && message.delayDays.length))
                                    message.delayDays = [];
                                reader.sint32s(message.delayDays);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.delayDays && message.delayDays.length))
                                message.delayDays = [];
                            message.delayDays.push(reader.sint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DelayBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.DelayBatch & replan.v1.DelayBatch.$Shape} DelayBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DelayBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DelayBatch message.
             * @function verify
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DelayBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.demandId != null && $Object.hasOwnProperty.call(message, "demandId")) {
                    if (!$Array.isArray(message.demandId))
                        return "demandId: array expected";
                    for (var i = 0; i < message.demandId.length; ++i)
                        if (!$util.isString(message.demandId[i]))
                            return "demandId: string[] expected";
                }
                if (message.demandType != null && $Object.hasOwnProperty.call(message, "demandType")) {
                    if (!$Array.isArray(message.demandType))
                        return "demandType: array expected";
                    for (var i = 0; i < message.demandType.length; ++i)
                        if (typeof message.demandType[i] !== "number" || (message.demandType[i] | 0) !== message.demandType[i])
                            return "demandType: enum value[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.requirementDate != null && $Object.hasOwnProperty.call(message, "requirementDate")) {
                    if (!$Array.isArray(message.requirementDate))
                        return "requirementDate: array expected";
                    for (var i = 0; i < message.requirementDate.length; ++i)
                        if (!$util.isInteger(message.requirementDate[i]))
                            return "requirementDate: integer[] expected";
                }
                if (message.futuresDate != null && $Object.hasOwnProperty.call(message, "futuresDate")) {
                    if (!$Array.isArray(message.futuresDate))
                        return "futuresDate: array expected";
                    for (var i = 0; i < message.futuresDate.length; ++i)
                        if (!$util.isInteger(message.futuresDate[i]))
                            return "futuresDate: integer[] expected";
                }
                if (message.delayDays != null && $Object.hasOwnProperty.call(message, "delayDays")) {
                    if (!$Array.isArray(message.delayDays))
                        return "delayDays: array expected";
                    for (var i = 0; i < message.delayDays.length; ++i)
                        if (!$util.isInteger(message.delayDays[i]))
                            return "delayDays: integer[] expected";
                }
                return null;
            };

            /**
             * Creates a DelayBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.DelayBatch} DelayBatch
             */
            DelayBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.DelayBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.DelayBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.DelayBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.DelayBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.demandId) {
                    if (!$Array.isArray(object.demandId))
                        throw $TypeError(".replan.v1.DelayBatch.demandId: array expected");
                    message.demandId = $Array(object.demandId.length);
                    for (var i = 0; i < object.demandId.length; ++i)
                        message.demandId[i] = $String(object.demandId[i]);
                }
                if (object.demandType) {
                    if (!$Array.isArray(object.demandType))
                        throw $TypeError(".replan.v1.DelayBatch.demandType: array expected");
                    message.demandType = [];
                    for (var i = 0; i < object.demandType.length; ++i)
                        switch (object.demandType[i]) {
                        case "DEMAND_TYPE_UNSPECIFIED":
                        case 0:
                            message.demandType[message.demandType.length] = 0;
                            break;
                        case "DEMAND_TYPE_SALES":
                        case 1:
                            message.demandType[message.demandType.length] = 1;
                            break;
                        case "DEMAND_TYPE_PRODUCTION_COMPONENT":
                        case 2:
                            message.demandType[message.demandType.length] = 2;
                            break;
                        case "DEMAND_TYPE_TRANSFER_ISSUE":
                        case 3:
                            message.demandType[message.demandType.length] = 3;
                            break;
                        default:
                            if (typeof object.demandType[i] === "number" && (object.demandType[i] | 0) === object.demandType[i])
                                message.demandType[message.demandType.length] = object.demandType[i];
                        }
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.DelayBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.DelayBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.requirementDate) {
                    if (!$Array.isArray(object.requirementDate))
                        throw $TypeError(".replan.v1.DelayBatch.requirementDate: array expected");
                    message.requirementDate = $Array(object.requirementDate.length);
                    for (var i = 0; i < object.requirementDate.length; ++i)
                        message.requirementDate[i] = object.requirementDate[i] | 0;
                }
                if (object.futuresDate) {
                    if (!$Array.isArray(object.futuresDate))
                        throw $TypeError(".replan.v1.DelayBatch.futuresDate: array expected");
                    message.futuresDate = $Array(object.futuresDate.length);
                    for (var i = 0; i < object.futuresDate.length; ++i)
                        message.futuresDate[i] = object.futuresDate[i] | 0;
                }
                if (object.delayDays) {
                    if (!$Array.isArray(object.delayDays))
                        throw $TypeError(".replan.v1.DelayBatch.delayDays: array expected");
                    message.delayDays = $Array(object.delayDays.length);
                    for (var i = 0; i < object.delayDays.length; ++i)
                        message.delayDays[i] = object.delayDays[i] | 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a DelayBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {replan.v1.DelayBatch} message DelayBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DelayBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.demandId = [];
                    object.demandType = [];
                    object.item = [];
                    object.warehouse = [];
                    object.requirementDate = [];
                    object.futuresDate = [];
                    object.delayDays = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.demandId && message.demandId.length) {
                    object.demandId = $Array(message.demandId.length);
                    for (var j = 0; j < message.demandId.length; ++j)
                        object.demandId[j] = message.demandId[j];
                }
                if (message.demandType && message.demandType.length) {
                    object.demandType = $Array(message.demandType.length);
                    for (var j = 0; j < message.demandType.length; ++j)
                        object.demandType[j] = options.enums === $String ? $root.replan.v1.DemandType[message.demandType[j]] === $undefined ? message.demandType[j] : $root.replan.v1.DemandType[message.demandType[j]] : message.demandType[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.requirementDate && message.requirementDate.length) {
                    object.requirementDate = $Array(message.requirementDate.length);
                    for (var j = 0; j < message.requirementDate.length; ++j)
                        object.requirementDate[j] = message.requirementDate[j];
                }
                if (message.futuresDate && message.futuresDate.length) {
                    object.futuresDate = $Array(message.futuresDate.length);
                    for (var j = 0; j < message.futuresDate.length; ++j)
                        object.futuresDate[j] = message.futuresDate[j];
                }
                if (message.delayDays && message.delayDays.length) {
                    object.delayDays = $Array(message.delayDays.length);
                    for (var j = 0; j < message.delayDays.length; ++j)
                        object.delayDays[j] = message.delayDays[j];
                }
                return object;
            };

            /**
             * Converts this DelayBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.DelayBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DelayBatch.prototype.toJSON = function() {
                return DelayBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DelayBatch
             * @function getTypeUrl
             * @memberof replan.v1.DelayBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DelayBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.DelayBatch";
            };

            return DelayBatch;
        })();

        v1.ActionMessageBatch = (function() {

            /**
             * Properties of an ActionMessageBatch.
             * @typedef {Object} replan.v1.ActionMessageBatch.$Properties
             * @property {Array.<string>|null} [dictionary] ActionMessageBatch dictionary
             * @property {Array.<replan.v1.ActionKind>|null} [kind] ActionMessageBatch kind
             * @property {Array.<string>|null} [supplyId] ActionMessageBatch supplyId
             * @property {Array.<number>|null} [item] ActionMessageBatch item
             * @property {Array.<number>|null} [warehouse] ActionMessageBatch warehouse
             * @property {Array.<number>|null} [date] ActionMessageBatch date
             * @property {Array.<number>|null} [newDate] ActionMessageBatch newDate
             * @property {Array.<boolean>|null} [hasNewDate] ActionMessageBatch hasNewDate
             * @property {Array.<number>|null} [quantity] ActionMessageBatch quantity
             * @property {Array.<number>|null} [quantityChange] ActionMessageBatch quantityChange
             * @property {Array.<number>|null} [causeId] ActionMessageBatch causeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActionMessageBatch.
             * @memberof replan.v1
             * @interface IActionMessageBatch
             * @augments replan.v1.ActionMessageBatch.$Properties
             * @deprecated Use replan.v1.ActionMessageBatch.$Properties instead.
             */

            /**
             * Shape of an ActionMessageBatch.
             * @typedef {replan.v1.ActionMessageBatch.$Properties} replan.v1.ActionMessageBatch.$Shape
             */

            /**
             * Constructs a new ActionMessageBatch.
             * @memberof replan.v1
             * @classdesc Represents an ActionMessageBatch.
             * @constructor
             * @param {replan.v1.ActionMessageBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ActionMessageBatch = function (properties) {
                this.dictionary = [];
                this.kind = [];
                this.supplyId = [];
                this.item = [];
                this.warehouse = [];
                this.date = [];
                this.newDate = [];
                this.hasNewDate = [];
                this.quantity = [];
                this.quantityChange = [];
                this.causeId = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ActionMessageBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.dictionary = $util.emptyArray;

            /**
             * ActionMessageBatch kind.
             * @member {Array.<replan.v1.ActionKind>} kind
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.kind = $util.emptyArray;

            /**
             * ActionMessageBatch supplyId.
             * @member {Array.<string>} supplyId
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.supplyId = $util.emptyArray;

            /**
             * ActionMessageBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.item = $util.emptyArray;

            /**
             * ActionMessageBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.warehouse = $util.emptyArray;

            /**
             * ActionMessageBatch date.
             * @member {Array.<number>} date
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.date = $util.emptyArray;

            /**
             * ActionMessageBatch newDate.
             * @member {Array.<number>} newDate
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.newDate = $util.emptyArray;

            /**
             * ActionMessageBatch hasNewDate.
             * @member {Array.<boolean>} hasNewDate
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.hasNewDate = $util.emptyArray;

            /**
             * ActionMessageBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.quantity = $util.emptyArray;

            /**
             * ActionMessageBatch quantityChange.
             * @member {Array.<number>} quantityChange
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.quantityChange = $util.emptyArray;

            /**
             * ActionMessageBatch causeId.
             * @member {Array.<number>} causeId
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             */
            ActionMessageBatch.prototype.causeId = $util.emptyArray;

            /**
             * Creates a new ActionMessageBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {replan.v1.ActionMessageBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ActionMessageBatch} ActionMessageBatch instance
             * @type {{
             *   (properties: replan.v1.ActionMessageBatch.$Shape): replan.v1.ActionMessageBatch & replan.v1.ActionMessageBatch.$Shape;
             *   (properties?: replan.v1.ActionMessageBatch.$Properties): replan.v1.ActionMessageBatch;
             * }}
             */
            ActionMessageBatch.create = function(properties) {
                return new ActionMessageBatch(properties);
            };

            /**
             * Encodes the specified ActionMessageBatch message. Does not implicitly {@link replan.v1.ActionMessageBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {replan.v1.ActionMessageBatch.$Properties} message ActionMessageBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActionMessageBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.kind != null && message.kind.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.kind);
                if (message.supplyId != null && message.supplyId.length)
                    for (var i = 0; i < message.supplyId.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.supplyId[i]);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.warehouse);
                if (message.date != null && message.date.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.date);
                if (message.newDate != null && message.newDate.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.newDate);
                if (message.hasNewDate != null && message.hasNewDate.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bools(message.hasNewDate);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).doubles(message.quantity);
                if (message.quantityChange != null && message.quantityChange.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).doubles(message.quantityChange);
                if (message.causeId != null && message.causeId.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).uint32s(message.causeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ActionMessageBatch message, length delimited. Does not implicitly {@link replan.v1.ActionMessageBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {replan.v1.ActionMessageBatch.$Properties} message ActionMessageBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActionMessageBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ActionMessageBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ActionMessageBatch & replan.v1.ActionMessageBatch.$Shape} ActionMessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActionMessageBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ActionMessageBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.kind && message.kind.length))
                                    message.kind = [];
                                reader.int32s(message.kind);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.kind && message.kind.length))
                                message.kind = [];
                            message.kind.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.supplyId && message.supplyId.length))
                                message.supplyId = [];
                            message.supplyId.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.date && message.date.length))
                                    message.date = [];
                                reader.int32s(message.date);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.date && message.date.length))
                                message.date = [];
                            message.date.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.newDate && message.newDate.length))
                                    message.newDate = [];
                                reader.int32s(message.newDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.newDate && message.newDate.length))
                                message.newDate = [];
                            message.newDate.push(reader.int32());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.hasNewDate && message.hasNewDate.length))
                                    message.hasNewDate = [];
                                reader.bools(message.hasNewDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.hasNewDate && message.hasNewDate.length))
                                message.hasNewDate = [];
                            message.hasNewDate.push(reader.bool());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.quantityChange && message.quantityChange.length))
                                    message.quantityChange = [];
                                reader.doubles(message.quantityChange);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantityChange && message.quantityChange.length))
                                message.quantityChange = [];
                            message.quantityChange.push(reader.double());
                            continue;
                        }
                    case 11: {
                            if (wireType === 2) {
                                if (!(message.causeId && message.causeId.length))
                                    message.causeId = [];
                                reader.uint32s(message.causeId);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.causeId && message.causeId.length))
                                message.causeId = [];
                            message.causeId.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ActionMessageBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ActionMessageBatch & replan.v1.ActionMessageBatch.$Shape} ActionMessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActionMessageBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ActionMessageBatch message.
             * @function verify
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ActionMessageBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind")) {
                    if (!$Array.isArray(message.kind))
                        return "kind: array expected";
                    for (var i = 0; i < message.kind.length; ++i)
                        if (typeof message.kind[i] !== "number" || (message.kind[i] | 0) !== message.kind[i])
                            return "kind: enum value[] expected";
                }
                if (message.supplyId != null && $Object.hasOwnProperty.call(message, "supplyId")) {
                    if (!$Array.isArray(message.supplyId))
                        return "supplyId: array expected";
                    for (var i = 0; i < message.supplyId.length; ++i)
                        if (!$util.isString(message.supplyId[i]))
                            return "supplyId: string[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date")) {
                    if (!$Array.isArray(message.date))
                        return "date: array expected";
                    for (var i = 0; i < message.date.length; ++i)
                        if (!$util.isInteger(message.date[i]))
                            return "date: integer[] expected";
                }
                if (message.newDate != null && $Object.hasOwnProperty.call(message, "newDate")) {
                    if (!$Array.isArray(message.newDate))
                        return "newDate: array expected";
                    for (var i = 0; i < message.newDate.length; ++i)
                        if (!$util.isInteger(message.newDate[i]))
                            return "newDate: integer[] expected";
                }
                if (message.hasNewDate != null && $Object.hasOwnProperty.call(message, "hasNewDate")) {
                    if (!$Array.isArray(message.hasNewDate))
                        return "hasNewDate: array expected";
                    for (var i = 0; i < message.hasNewDate.length; ++i)
                        if (typeof message.hasNewDate[i] !== "boolean")
                            return "hasNewDate: boolean[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                if (message.quantityChange != null && $Object.hasOwnProperty.call(message, "quantityChange")) {
                    if (!$Array.isArray(message.quantityChange))
                        return "quantityChange: array expected";
                    for (var i = 0; i < message.quantityChange.length; ++i)
                        if (typeof message.quantityChange[i] !== "number")
                            return "quantityChange: number[] expected";
                }
                if (message.causeId != null && $Object.hasOwnProperty.call(message, "causeId")) {
                    if (!$Array.isArray(message.causeId))
                        return "causeId: array expected";
                    for (var i = 0; i < message.causeId.length; ++i)
                        if (!$util.isInteger(message.causeId[i]))
                            return "causeId: integer[] expected";
                }
                return null;
            };

            /**
             * Creates an ActionMessageBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ActionMessageBatch} ActionMessageBatch
             */
            ActionMessageBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ActionMessageBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ActionMessageBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ActionMessageBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.ActionMessageBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.kind) {
                    if (!$Array.isArray(object.kind))
                        throw $TypeError(".replan.v1.ActionMessageBatch.kind: array expected");
                    message.kind = [];
                    for (var i = 0; i < object.kind.length; ++i)
                        switch (object.kind[i]) {
                        case "ACTION_KIND_UNSPECIFIED":
                        case 0:
                            message.kind[message.kind.length] = 0;
                            break;
                        case "ACTION_KIND_ADVANCE":
                        case 1:
                            message.kind[message.kind.length] = 1;
                            break;
                        case "ACTION_KIND_POSTPONE":
                        case 2:
                            message.kind[message.kind.length] = 2;
                            break;
                        case "ACTION_KIND_INCREASE":
                        case 3:
                            message.kind[message.kind.length] = 3;
                            break;
                        case "ACTION_KIND_DECREASE":
                        case 4:
                            message.kind[message.kind.length] = 4;
                            break;
                        case "ACTION_KIND_CANCEL":
                        case 5:
                            message.kind[message.kind.length] = 5;
                            break;
                        default:
                            if (typeof object.kind[i] === "number" && (object.kind[i] | 0) === object.kind[i])
                                message.kind[message.kind.length] = object.kind[i];
                        }
                }
                if (object.supplyId) {
                    if (!$Array.isArray(object.supplyId))
                        throw $TypeError(".replan.v1.ActionMessageBatch.supplyId: array expected");
                    message.supplyId = $Array(object.supplyId.length);
                    for (var i = 0; i < object.supplyId.length; ++i)
                        message.supplyId[i] = $String(object.supplyId[i]);
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.ActionMessageBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.ActionMessageBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.date) {
                    if (!$Array.isArray(object.date))
                        throw $TypeError(".replan.v1.ActionMessageBatch.date: array expected");
                    message.date = $Array(object.date.length);
                    for (var i = 0; i < object.date.length; ++i)
                        message.date[i] = object.date[i] | 0;
                }
                if (object.newDate) {
                    if (!$Array.isArray(object.newDate))
                        throw $TypeError(".replan.v1.ActionMessageBatch.newDate: array expected");
                    message.newDate = $Array(object.newDate.length);
                    for (var i = 0; i < object.newDate.length; ++i)
                        message.newDate[i] = object.newDate[i] | 0;
                }
                if (object.hasNewDate) {
                    if (!$Array.isArray(object.hasNewDate))
                        throw $TypeError(".replan.v1.ActionMessageBatch.hasNewDate: array expected");
                    message.hasNewDate = $Array(object.hasNewDate.length);
                    for (var i = 0; i < object.hasNewDate.length; ++i)
                        message.hasNewDate[i] = $Boolean(object.hasNewDate[i]);
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.ActionMessageBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                if (object.quantityChange) {
                    if (!$Array.isArray(object.quantityChange))
                        throw $TypeError(".replan.v1.ActionMessageBatch.quantityChange: array expected");
                    message.quantityChange = $Array(object.quantityChange.length);
                    for (var i = 0; i < object.quantityChange.length; ++i)
                        message.quantityChange[i] = $Number(object.quantityChange[i]);
                }
                if (object.causeId) {
                    if (!$Array.isArray(object.causeId))
                        throw $TypeError(".replan.v1.ActionMessageBatch.causeId: array expected");
                    message.causeId = $Array(object.causeId.length);
                    for (var i = 0; i < object.causeId.length; ++i)
                        message.causeId[i] = object.causeId[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from an ActionMessageBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {replan.v1.ActionMessageBatch} message ActionMessageBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ActionMessageBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.kind = [];
                    object.supplyId = [];
                    object.item = [];
                    object.warehouse = [];
                    object.date = [];
                    object.newDate = [];
                    object.hasNewDate = [];
                    object.quantity = [];
                    object.quantityChange = [];
                    object.causeId = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.kind && message.kind.length) {
                    object.kind = $Array(message.kind.length);
                    for (var j = 0; j < message.kind.length; ++j)
                        object.kind[j] = options.enums === $String ? $root.replan.v1.ActionKind[message.kind[j]] === $undefined ? message.kind[j] : $root.replan.v1.ActionKind[message.kind[j]] : message.kind[j];
                }
                if (message.supplyId && message.supplyId.length) {
                    object.supplyId = $Array(message.supplyId.length);
                    for (var j = 0; j < message.supplyId.length; ++j)
                        object.supplyId[j] = message.supplyId[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.date && message.date.length) {
                    object.date = $Array(message.date.length);
                    for (var j = 0; j < message.date.length; ++j)
                        object.date[j] = message.date[j];
                }
                if (message.newDate && message.newDate.length) {
                    object.newDate = $Array(message.newDate.length);
                    for (var j = 0; j < message.newDate.length; ++j)
                        object.newDate[j] = message.newDate[j];
                }
                if (message.hasNewDate && message.hasNewDate.length) {
                    object.hasNewDate = $Array(message.hasNewDate.length);
                    for (var j = 0; j < message.hasNewDate.length; ++j)
                        object.hasNewDate[j] = message.hasNewDate[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                if (message.quantityChange && message.quantityChange.length) {
                    object.quantityChange = $Array(message.quantityChange.length);
                    for (var j = 0; j < message.quantityChange.length; ++j)
                        object.quantityChange[j] = options.json && !$isFinite(message.quantityChange[j]) ? $String(message.quantityChange[j]) : message.quantityChange[j];
                }
                if (message.causeId && message.causeId.length) {
                    object.causeId = $Array(message.causeId.length);
                    for (var j = 0; j < message.causeId.length; ++j)
                        object.causeId[j] = message.causeId[j];
                }
                return object;
            };

            /**
             * Converts this ActionMessageBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.ActionMessageBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ActionMessageBatch.prototype.toJSON = function() {
                return ActionMessageBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ActionMessageBatch
             * @function getTypeUrl
             * @memberof replan.v1.ActionMessageBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ActionMessageBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ActionMessageBatch";
            };

            return ActionMessageBatch;
        })();

        v1.ForecastRemainingBatch = (function() {

            /**
             * Properties of a ForecastRemainingBatch.
             * @typedef {Object} replan.v1.ForecastRemainingBatch.$Properties
             * @property {Array.<string>|null} [dictionary] ForecastRemainingBatch dictionary
             * @property {Array.<string>|null} [id] ForecastRemainingBatch id
             * @property {Array.<number>|null} [item] ForecastRemainingBatch item
             * @property {Array.<number>|null} [warehouse] ForecastRemainingBatch warehouse
             * @property {Array.<number>|null} [date] ForecastRemainingBatch date
             * @property {Array.<number>|null} [quantity] ForecastRemainingBatch quantity
             * @property {Array.<number>|null} [remaining] ForecastRemainingBatch remaining
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ForecastRemainingBatch.
             * @memberof replan.v1
             * @interface IForecastRemainingBatch
             * @augments replan.v1.ForecastRemainingBatch.$Properties
             * @deprecated Use replan.v1.ForecastRemainingBatch.$Properties instead.
             */

            /**
             * Shape of a ForecastRemainingBatch.
             * @typedef {replan.v1.ForecastRemainingBatch.$Properties} replan.v1.ForecastRemainingBatch.$Shape
             */

            /**
             * Constructs a new ForecastRemainingBatch.
             * @memberof replan.v1
             * @classdesc Represents a ForecastRemainingBatch.
             * @constructor
             * @param {replan.v1.ForecastRemainingBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ForecastRemainingBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.item = [];
                this.warehouse = [];
                this.date = [];
                this.quantity = [];
                this.remaining = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ForecastRemainingBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.ForecastRemainingBatch
             * @instance
             */
            ForecastRemainingBatch.prototype.dictionary = $util.emptyArray;

            /**
             * ForecastRemainingBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.ForecastRemainingBatch
             * @instance
             */
            ForecastRemainingBatch.prototype.id = $util.emptyArray;

            /**
             * ForecastRemainingBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.ForecastRemainingBatch
             * @instance
             */
            ForecastRemainingBatch.prototype.item = $util.emptyArray;

            /**
             * ForecastRemainingBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.ForecastRemainingBatch
             * @instance
             */
            ForecastRemainingBatch.prototype.warehouse = $util.emptyArray;

            /**
             * ForecastRemainingBatch date.
             * @member {Array.<number>} date
             * @memberof replan.v1.ForecastRemainingBatch
             * @instance
             */
            ForecastRemainingBatch.prototype.date = $util.emptyArray;

            /**
             * ForecastRemainingBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.ForecastRemainingBatch
             * @instance
             */
            ForecastRemainingBatch.prototype.quantity = $util.emptyArray;

            /**
             * ForecastRemainingBatch remaining.
             * @member {Array.<number>} remaining
             * @memberof replan.v1.ForecastRemainingBatch
             * @instance
             */
            ForecastRemainingBatch.prototype.remaining = $util.emptyArray;

            /**
             * Creates a new ForecastRemainingBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {replan.v1.ForecastRemainingBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ForecastRemainingBatch} ForecastRemainingBatch instance
             * @type {{
             *   (properties: replan.v1.ForecastRemainingBatch.$Shape): replan.v1.ForecastRemainingBatch & replan.v1.ForecastRemainingBatch.$Shape;
             *   (properties?: replan.v1.ForecastRemainingBatch.$Properties): replan.v1.ForecastRemainingBatch;
             * }}
             */
            ForecastRemainingBatch.create = function(properties) {
                return new ForecastRemainingBatch(properties);
            };

            /**
             * Encodes the specified ForecastRemainingBatch message. Does not implicitly {@link replan.v1.ForecastRemainingBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {replan.v1.ForecastRemainingBatch.$Properties} message ForecastRemainingBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForecastRemainingBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.warehouse);
                if (message.date != null && message.date.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).int32s(message.date);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.quantity);
                if (message.remaining != null && message.remaining.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.remaining);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ForecastRemainingBatch message, length delimited. Does not implicitly {@link replan.v1.ForecastRemainingBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {replan.v1.ForecastRemainingBatch.$Properties} message ForecastRemainingBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForecastRemainingBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ForecastRemainingBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ForecastRemainingBatch & replan.v1.ForecastRemainingBatch.$Shape} ForecastRemainingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForecastRemainingBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ForecastRemainingBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.date && message.date.length))
                                    message.date = [];
                                reader.int32s(message.date);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.date && message.date.length))
                                message.date = [];
                            message.date.push(reader.int32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.remaining && message.remaining.length))
                                    message.remaining = [];
                                reader.doubles(message.remaining);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.remaining && message.remaining.length))
                                message.remaining = [];
                            message.remaining.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ForecastRemainingBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ForecastRemainingBatch & replan.v1.ForecastRemainingBatch.$Shape} ForecastRemainingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForecastRemainingBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ForecastRemainingBatch message.
             * @function verify
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ForecastRemainingBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date")) {
                    if (!$Array.isArray(message.date))
                        return "date: array expected";
                    for (var i = 0; i < message.date.length; ++i)
                        if (!$util.isInteger(message.date[i]))
                            return "date: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                if (message.remaining != null && $Object.hasOwnProperty.call(message, "remaining")) {
                    if (!$Array.isArray(message.remaining))
                        return "remaining: array expected";
                    for (var i = 0; i < message.remaining.length; ++i)
                        if (typeof message.remaining[i] !== "number")
                            return "remaining: number[] expected";
                }
                return null;
            };

            /**
             * Creates a ForecastRemainingBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ForecastRemainingBatch} ForecastRemainingBatch
             */
            ForecastRemainingBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ForecastRemainingBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ForecastRemainingBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ForecastRemainingBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.ForecastRemainingBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.ForecastRemainingBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.ForecastRemainingBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.ForecastRemainingBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.date) {
                    if (!$Array.isArray(object.date))
                        throw $TypeError(".replan.v1.ForecastRemainingBatch.date: array expected");
                    message.date = $Array(object.date.length);
                    for (var i = 0; i < object.date.length; ++i)
                        message.date[i] = object.date[i] | 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.ForecastRemainingBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                if (object.remaining) {
                    if (!$Array.isArray(object.remaining))
                        throw $TypeError(".replan.v1.ForecastRemainingBatch.remaining: array expected");
                    message.remaining = $Array(object.remaining.length);
                    for (var i = 0; i < object.remaining.length; ++i)
                        message.remaining[i] = $Number(object.remaining[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ForecastRemainingBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {replan.v1.ForecastRemainingBatch} message ForecastRemainingBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ForecastRemainingBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.item = [];
                    object.warehouse = [];
                    object.date = [];
                    object.quantity = [];
                    object.remaining = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.date && message.date.length) {
                    object.date = $Array(message.date.length);
                    for (var j = 0; j < message.date.length; ++j)
                        object.date[j] = message.date[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                if (message.remaining && message.remaining.length) {
                    object.remaining = $Array(message.remaining.length);
                    for (var j = 0; j < message.remaining.length; ++j)
                        object.remaining[j] = options.json && !$isFinite(message.remaining[j]) ? $String(message.remaining[j]) : message.remaining[j];
                }
                return object;
            };

            /**
             * Converts this ForecastRemainingBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.ForecastRemainingBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ForecastRemainingBatch.prototype.toJSON = function() {
                return ForecastRemainingBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ForecastRemainingBatch
             * @function getTypeUrl
             * @memberof replan.v1.ForecastRemainingBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ForecastRemainingBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ForecastRemainingBatch";
            };

            return ForecastRemainingBatch;
        })();

        v1.RunMessageBatch = (function() {

            /**
             * Properties of a RunMessageBatch.
             * @typedef {Object} replan.v1.RunMessageBatch.$Properties
             * @property {Array.<string>|null} [dictionary] RunMessageBatch dictionary
             * @property {Array.<replan.v1.Severity>|null} [severity] RunMessageBatch severity
             * @property {Array.<number>|null} [code] RunMessageBatch code
             * @property {Array.<number>|null} [item] RunMessageBatch item
             * @property {Array.<number>|null} [warehouse] RunMessageBatch warehouse
             * @property {Array.<number>|null} [ref] RunMessageBatch ref
             * @property {Array.<string>|null} [text] RunMessageBatch text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunMessageBatch.
             * @memberof replan.v1
             * @interface IRunMessageBatch
             * @augments replan.v1.RunMessageBatch.$Properties
             * @deprecated Use replan.v1.RunMessageBatch.$Properties instead.
             */

            /**
             * Shape of a RunMessageBatch.
             * @typedef {replan.v1.RunMessageBatch.$Properties} replan.v1.RunMessageBatch.$Shape
             */

            /**
             * Constructs a new RunMessageBatch.
             * @memberof replan.v1
             * @classdesc Represents a RunMessageBatch.
             * @constructor
             * @param {replan.v1.RunMessageBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunMessageBatch = function (properties) {
                this.dictionary = [];
                this.severity = [];
                this.code = [];
                this.item = [];
                this.warehouse = [];
                this.ref = [];
                this.text = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunMessageBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.RunMessageBatch
             * @instance
             */
            RunMessageBatch.prototype.dictionary = $util.emptyArray;

            /**
             * RunMessageBatch severity.
             * @member {Array.<replan.v1.Severity>} severity
             * @memberof replan.v1.RunMessageBatch
             * @instance
             */
            RunMessageBatch.prototype.severity = $util.emptyArray;

            /**
             * RunMessageBatch code.
             * @member {Array.<number>} code
             * @memberof replan.v1.RunMessageBatch
             * @instance
             */
            RunMessageBatch.prototype.code = $util.emptyArray;

            /**
             * RunMessageBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.RunMessageBatch
             * @instance
             */
            RunMessageBatch.prototype.item = $util.emptyArray;

            /**
             * RunMessageBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.RunMessageBatch
             * @instance
             */
            RunMessageBatch.prototype.warehouse = $util.emptyArray;

            /**
             * RunMessageBatch ref.
             * @member {Array.<number>} ref
             * @memberof replan.v1.RunMessageBatch
             * @instance
             */
            RunMessageBatch.prototype.ref = $util.emptyArray;

            /**
             * RunMessageBatch text.
             * @member {Array.<string>} text
             * @memberof replan.v1.RunMessageBatch
             * @instance
             */
            RunMessageBatch.prototype.text = $util.emptyArray;

            /**
             * Creates a new RunMessageBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {replan.v1.RunMessageBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.RunMessageBatch} RunMessageBatch instance
             * @type {{
             *   (properties: replan.v1.RunMessageBatch.$Shape): replan.v1.RunMessageBatch & replan.v1.RunMessageBatch.$Shape;
             *   (properties?: replan.v1.RunMessageBatch.$Properties): replan.v1.RunMessageBatch;
             * }}
             */
            RunMessageBatch.create = function(properties) {
                return new RunMessageBatch(properties);
            };

            /**
             * Encodes the specified RunMessageBatch message. Does not implicitly {@link replan.v1.RunMessageBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {replan.v1.RunMessageBatch.$Properties} message RunMessageBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunMessageBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.severity != null && message.severity.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.severity);
                if (message.code != null && message.code.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.code);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.warehouse);
                if (message.ref != null && message.ref.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.ref);
                if (message.text != null && message.text.length)
                    for (var i = 0; i < message.text.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.text[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunMessageBatch message, length delimited. Does not implicitly {@link replan.v1.RunMessageBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {replan.v1.RunMessageBatch.$Properties} message RunMessageBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunMessageBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunMessageBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.RunMessageBatch & replan.v1.RunMessageBatch.$Shape} RunMessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunMessageBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.RunMessageBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.severity && message.severity.length))
                                    message.severity = [];
                                reader.int32s(message.severity);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.severity && message.severity.length))
                                message.severity = [];
                            message.severity.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.code && message.code.length))
                                    message.code = [];
                                reader.uint32s(message.code);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.code && message.code.length))
                                message.code = [];
                            message.code.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.ref && message.ref.length))
                                    message.ref = [];
                                reader.uint32s(message.ref);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.ref && message.ref.length))
                                message.ref = [];
                            message.ref.push(reader.uint32());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.text && message.text.length))
                                message.text = [];
                            message.text.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunMessageBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.RunMessageBatch & replan.v1.RunMessageBatch.$Shape} RunMessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunMessageBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunMessageBatch message.
             * @function verify
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunMessageBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity")) {
                    if (!$Array.isArray(message.severity))
                        return "severity: array expected";
                    for (var i = 0; i < message.severity.length; ++i)
                        if (typeof message.severity[i] !== "number" || (message.severity[i] | 0) !== message.severity[i])
                            return "severity: enum value[] expected";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code")) {
                    if (!$Array.isArray(message.code))
                        return "code: array expected";
                    for (var i = 0; i < message.code.length; ++i)
                        if (!$util.isInteger(message.code[i]))
                            return "code: integer[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref")) {
                    if (!$Array.isArray(message.ref))
                        return "ref: array expected";
                    for (var i = 0; i < message.ref.length; ++i)
                        if (!$util.isInteger(message.ref[i]))
                            return "ref: integer[] expected";
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text")) {
                    if (!$Array.isArray(message.text))
                        return "text: array expected";
                    for (var i = 0; i < message.text.length; ++i)
                        if (!$util.isString(message.text[i]))
                            return "text: string[] expected";
                }
                return null;
            };

            /**
             * Creates a RunMessageBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.RunMessageBatch} RunMessageBatch
             */
            RunMessageBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.RunMessageBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.RunMessageBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.RunMessageBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.RunMessageBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.severity) {
                    if (!$Array.isArray(object.severity))
                        throw $TypeError(".replan.v1.RunMessageBatch.severity: array expected");
                    message.severity = [];
                    for (var i = 0; i < object.severity.length; ++i)
                        switch (object.severity[i]) {
                        case "SEVERITY_UNSPECIFIED":
                        case 0:
                            message.severity[message.severity.length] = 0;
                            break;
                        case "SEVERITY_ERROR":
                        case 1:
                            message.severity[message.severity.length] = 1;
                            break;
                        case "SEVERITY_WARNING":
                        case 2:
                            message.severity[message.severity.length] = 2;
                            break;
                        case "SEVERITY_INFO":
                        case 3:
                            message.severity[message.severity.length] = 3;
                            break;
                        default:
                            if (typeof object.severity[i] === "number" && (object.severity[i] | 0) === object.severity[i])
                                message.severity[message.severity.length] = object.severity[i];
                        }
                }
                if (object.code) {
                    if (!$Array.isArray(object.code))
                        throw $TypeError(".replan.v1.RunMessageBatch.code: array expected");
                    message.code = $Array(object.code.length);
                    for (var i = 0; i < object.code.length; ++i)
                        message.code[i] = object.code[i] >>> 0;
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.RunMessageBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.RunMessageBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.ref) {
                    if (!$Array.isArray(object.ref))
                        throw $TypeError(".replan.v1.RunMessageBatch.ref: array expected");
                    message.ref = $Array(object.ref.length);
                    for (var i = 0; i < object.ref.length; ++i)
                        message.ref[i] = object.ref[i] >>> 0;
                }
                if (object.text) {
                    if (!$Array.isArray(object.text))
                        throw $TypeError(".replan.v1.RunMessageBatch.text: array expected");
                    message.text = $Array(object.text.length);
                    for (var i = 0; i < object.text.length; ++i)
                        message.text[i] = $String(object.text[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunMessageBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {replan.v1.RunMessageBatch} message RunMessageBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunMessageBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.severity = [];
                    object.code = [];
                    object.item = [];
                    object.warehouse = [];
                    object.ref = [];
                    object.text = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.severity && message.severity.length) {
                    object.severity = $Array(message.severity.length);
                    for (var j = 0; j < message.severity.length; ++j)
                        object.severity[j] = options.enums === $String ? $root.replan.v1.Severity[message.severity[j]] === $undefined ? message.severity[j] : $root.replan.v1.Severity[message.severity[j]] : message.severity[j];
                }
                if (message.code && message.code.length) {
                    object.code = $Array(message.code.length);
                    for (var j = 0; j < message.code.length; ++j)
                        object.code[j] = message.code[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.ref && message.ref.length) {
                    object.ref = $Array(message.ref.length);
                    for (var j = 0; j < message.ref.length; ++j)
                        object.ref[j] = message.ref[j];
                }
                if (message.text && message.text.length) {
                    object.text = $Array(message.text.length);
                    for (var j = 0; j < message.text.length; ++j)
                        object.text[j] = message.text[j];
                }
                return object;
            };

            /**
             * Converts this RunMessageBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.RunMessageBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunMessageBatch.prototype.toJSON = function() {
                return RunMessageBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunMessageBatch
             * @function getTypeUrl
             * @memberof replan.v1.RunMessageBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunMessageBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.RunMessageBatch";
            };

            return RunMessageBatch;
        })();

        v1.ResultBatch = (function() {

            /**
             * Properties of a ResultBatch.
             * @typedef {Object} replan.v1.ResultBatch.$Properties
             * @property {replan.v1.ResultEntity|null} [entity] ResultBatch entity
             * @property {number|null} [sequence] ResultBatch sequence
             * @property {boolean|null} [last] ResultBatch last
             * @property {replan.v1.ResultSummary.$Properties|null} [summary] ResultBatch summary
             * @property {replan.v1.PlannedOrderBatch.$Properties|null} [plannedOrders] ResultBatch plannedOrders
             * @property {replan.v1.PeggingBatch.$Properties|null} [pegging] ResultBatch pegging
             * @property {replan.v1.DelayBatch.$Properties|null} [delays] ResultBatch delays
             * @property {replan.v1.ActionMessageBatch.$Properties|null} [actions] ResultBatch actions
             * @property {replan.v1.ForecastRemainingBatch.$Properties|null} [forecasts] ResultBatch forecasts
             * @property {replan.v1.RunMessageBatch.$Properties|null} [messages] ResultBatch messages
             * @property {replan.v1.RequirementBatch.$Properties|null} [requirements] ResultBatch requirements
             * @property {"summary"|"plannedOrders"|"pegging"|"delays"|"actions"|"forecasts"|"messages"|"requirements"} [batch] ResultBatch batch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResultBatch.
             * @memberof replan.v1
             * @interface IResultBatch
             * @augments replan.v1.ResultBatch.$Properties
             * @deprecated Use replan.v1.ResultBatch.$Properties instead.
             */

            /**
             * Narrowed shape of a ResultBatch.
             * @typedef {{
             *   entity?: replan.v1.ResultEntity|null;
             *   sequence?: number|null;
             *   last?: boolean|null;
             *   summary?: replan.v1.ResultSummary.$Shape|null;
             *   plannedOrders?: replan.v1.PlannedOrderBatch.$Shape|null;
             *   pegging?: replan.v1.PeggingBatch.$Shape|null;
             *   delays?: replan.v1.DelayBatch.$Shape|null;
             *   actions?: replan.v1.ActionMessageBatch.$Shape|null;
             *   forecasts?: replan.v1.ForecastRemainingBatch.$Shape|null;
             *   messages?: replan.v1.RunMessageBatch.$Shape|null;
             *   requirements?: replan.v1.RequirementBatch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ batch?: undefined; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null }|{ batch?: "summary"; summary: replan.v1.ResultSummary.$Shape; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null }|{ batch?: "plannedOrders"; summary?: null; plannedOrders: replan.v1.PlannedOrderBatch.$Shape; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null }|{ batch?: "pegging"; summary?: null; plannedOrders?: null; pegging: replan.v1.PeggingBatch.$Shape; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements?: null }|{ batch?: "delays"; summary?: null; plannedOrders?: null; pegging?: null; delays: replan.v1.DelayBatch.$Shape; actions?: null; forecasts?: null; messages?: null; requirements?: null }|{ batch?: "actions"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions: replan.v1.ActionMessageBatch.$Shape; forecasts?: null; messages?: null; requirements?: null }|{ batch?: "forecasts"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts: replan.v1.ForecastRemainingBatch.$Shape; messages?: null; requirements?: null }|{ batch?: "messages"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages: replan.v1.RunMessageBatch.$Shape; requirements?: null }|{ batch?: "requirements"; summary?: null; plannedOrders?: null; pegging?: null; delays?: null; actions?: null; forecasts?: null; messages?: null; requirements: replan.v1.RequirementBatch.$Shape })
             * )} replan.v1.ResultBatch.$Shape
             */

            /**
             * Constructs a new ResultBatch.
             * @memberof replan.v1
             * @classdesc Represents a ResultBatch.
             * @constructor
             * @param {replan.v1.ResultBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ResultBatch = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResultBatch entity.
             * @member {replan.v1.ResultEntity} entity
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.entity = 0;

            /**
             * ResultBatch sequence.
             * @member {number} sequence
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.sequence = 0;

            /**
             * ResultBatch last.
             * @member {boolean} last
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.last = false;

            /**
             * ResultBatch summary.
             * @member {replan.v1.ResultSummary.$Properties|null|undefined} summary
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.summary = null;

            /**
             * ResultBatch plannedOrders.
             * @member {replan.v1.PlannedOrderBatch.$Properties|null|undefined} plannedOrders
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.plannedOrders = null;

            /**
             * ResultBatch pegging.
             * @member {replan.v1.PeggingBatch.$Properties|null|undefined} pegging
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.pegging = null;

            /**
             * ResultBatch delays.
             * @member {replan.v1.DelayBatch.$Properties|null|undefined} delays
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.delays = null;

            /**
             * ResultBatch actions.
             * @member {replan.v1.ActionMessageBatch.$Properties|null|undefined} actions
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.actions = null;

            /**
             * ResultBatch forecasts.
             * @member {replan.v1.ForecastRemainingBatch.$Properties|null|undefined} forecasts
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.forecasts = null;

            /**
             * ResultBatch messages.
             * @member {replan.v1.RunMessageBatch.$Properties|null|undefined} messages
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.messages = null;

            /**
             * ResultBatch requirements.
             * @member {replan.v1.RequirementBatch.$Properties|null|undefined} requirements
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            ResultBatch.prototype.requirements = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ResultBatch batch.
             * @member {"summary"|"plannedOrders"|"pegging"|"delays"|"actions"|"forecasts"|"messages"|"requirements"|undefined} batch
             * @memberof replan.v1.ResultBatch
             * @instance
             */
            $Object.defineProperty(ResultBatch.prototype, "batch", {
                get: $util.oneOfGetter($oneOfFields = ["summary", "plannedOrders", "pegging", "delays", "actions", "forecasts", "messages", "requirements"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ResultBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {replan.v1.ResultBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ResultBatch} ResultBatch instance
             * @type {{
             *   (properties: replan.v1.ResultBatch.$Shape): replan.v1.ResultBatch & replan.v1.ResultBatch.$Shape;
             *   (properties?: replan.v1.ResultBatch.$Properties): replan.v1.ResultBatch;
             * }}
             */
            ResultBatch.create = function(properties) {
                return new ResultBatch(properties);
            };

            /**
             * Encodes the specified ResultBatch message. Does not implicitly {@link replan.v1.ResultBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {replan.v1.ResultBatch.$Properties} message ResultBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.entity);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && message.sequence !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sequence);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.last);
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    $root.replan.v1.ResultSummary.encode(message.summary, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.plannedOrders != null && $Object.hasOwnProperty.call(message, "plannedOrders"))
                    $root.replan.v1.PlannedOrderBatch.encode(message.plannedOrders, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.pegging != null && $Object.hasOwnProperty.call(message, "pegging"))
                    $root.replan.v1.PeggingBatch.encode(message.pegging, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.delays != null && $Object.hasOwnProperty.call(message, "delays"))
                    $root.replan.v1.DelayBatch.encode(message.delays, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.actions != null && $Object.hasOwnProperty.call(message, "actions"))
                    $root.replan.v1.ActionMessageBatch.encode(message.actions, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.forecasts != null && $Object.hasOwnProperty.call(message, "forecasts"))
                    $root.replan.v1.ForecastRemainingBatch.encode(message.forecasts, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages"))
                    $root.replan.v1.RunMessageBatch.encode(message.messages, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements"))
                    $root.replan.v1.RequirementBatch.encode(message.requirements, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ResultBatch message, length delimited. Does not implicitly {@link replan.v1.ResultBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {replan.v1.ResultBatch.$Properties} message ResultBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ResultBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ResultBatch & replan.v1.ResultBatch.$Shape} ResultBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ResultBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.entity = value;
                            else
                                delete message.entity;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.summary = $root.replan.v1.ResultSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                            message.batch = "summary";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.plannedOrders = $root.replan.v1.PlannedOrderBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.plannedOrders);
                            message.batch = "plannedOrders";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.pegging = $root.replan.v1.PeggingBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.pegging);
                            message.batch = "pegging";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.delays = $root.replan.v1.DelayBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.delays);
                            message.batch = "delays";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.actions = $root.replan.v1.ActionMessageBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.actions);
                            message.batch = "actions";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.forecasts = $root.replan.v1.ForecastRemainingBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.forecasts);
                            message.batch = "forecasts";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.messages = $root.replan.v1.RunMessageBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.messages);
                            message.batch = "messages";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.requirements = $root.replan.v1.RequirementBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.requirements);
                            message.batch = "requirements";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ResultBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ResultBatch & replan.v1.ResultBatch.$Shape} ResultBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ResultBatch message.
             * @function verify
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResultBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                    if (typeof message.entity !== "number" || (message.entity | 0) !== message.entity)
                        return "entity: enum value expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence))
                        return "sequence: integer expected";
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    if (typeof message.last !== "boolean")
                        return "last: boolean expected";
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.ResultSummary.verify(message.summary, _depth + 1);
                        if (error)
                            return "summary." + error;
                    }
                }
                if (message.plannedOrders != null && $Object.hasOwnProperty.call(message, "plannedOrders")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.PlannedOrderBatch.verify(message.plannedOrders, _depth + 1);
                        if (error)
                            return "plannedOrders." + error;
                    }
                }
                if (message.pegging != null && $Object.hasOwnProperty.call(message, "pegging")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.PeggingBatch.verify(message.pegging, _depth + 1);
                        if (error)
                            return "pegging." + error;
                    }
                }
                if (message.delays != null && $Object.hasOwnProperty.call(message, "delays")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.DelayBatch.verify(message.delays, _depth + 1);
                        if (error)
                            return "delays." + error;
                    }
                }
                if (message.actions != null && $Object.hasOwnProperty.call(message, "actions")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.ActionMessageBatch.verify(message.actions, _depth + 1);
                        if (error)
                            return "actions." + error;
                    }
                }
                if (message.forecasts != null && $Object.hasOwnProperty.call(message, "forecasts")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.ForecastRemainingBatch.verify(message.forecasts, _depth + 1);
                        if (error)
                            return "forecasts." + error;
                    }
                }
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.RunMessageBatch.verify(message.messages, _depth + 1);
                        if (error)
                            return "messages." + error;
                    }
                }
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.RequirementBatch.verify(message.requirements, _depth + 1);
                        if (error)
                            return "requirements." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ResultBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ResultBatch} ResultBatch
             */
            ResultBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ResultBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ResultBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ResultBatch();
                if (object.entity !== 0 && (typeof object.entity !== "string" || $root.replan.v1.ResultEntity[object.entity] !== 0))
                    switch (object.entity) {
                    case "RESULT_ENTITY_UNSPECIFIED":
                    case 0:
                        message.entity = 0;
                        break;
                    case "RESULT_ENTITY_SUMMARY":
                    case 1:
                        message.entity = 1;
                        break;
                    case "RESULT_ENTITY_PLANNED_ORDERS":
                    case 2:
                        message.entity = 2;
                        break;
                    case "RESULT_ENTITY_PEGGING":
                    case 3:
                        message.entity = 3;
                        break;
                    case "RESULT_ENTITY_DELAYS":
                    case 4:
                        message.entity = 4;
                        break;
                    case "RESULT_ENTITY_ACTIONS":
                    case 5:
                        message.entity = 5;
                        break;
                    case "RESULT_ENTITY_FORECASTS":
                    case 6:
                        message.entity = 6;
                        break;
                    case "RESULT_ENTITY_MESSAGES":
                    case 7:
                        message.entity = 7;
                        break;
                    case "RESULT_ENTITY_REQUIREMENTS":
                    case 8:
                        message.entity = 8;
                        break;
                    default:
                        if (typeof object.entity === "number" && (object.entity | 0) === object.entity)
                            message.entity = object.entity;
                    }
                if (object.sequence != null)
                    if ($Number(object.sequence) !== 0)
                        message.sequence = object.sequence >>> 0;
                if (object.last != null)
                    if (object.last)
                        message.last = $Boolean(object.last);
                if (object.summary != null) {
                    if (!$util.isObject(object.summary))
                        throw $TypeError(".replan.v1.ResultBatch.summary: object expected");
                    message.summary = $root.replan.v1.ResultSummary.fromObject(object.summary, _depth + 1);
                }
                if (object.plannedOrders != null) {
                    if (!$util.isObject(object.plannedOrders))
                        throw $TypeError(".replan.v1.ResultBatch.plannedOrders: object expected");
                    message.plannedOrders = $root.replan.v1.PlannedOrderBatch.fromObject(object.plannedOrders, _depth + 1);
                }
                if (object.pegging != null) {
                    if (!$util.isObject(object.pegging))
                        throw $TypeError(".replan.v1.ResultBatch.pegging: object expected");
                    message.pegging = $root.replan.v1.PeggingBatch.fromObject(object.pegging, _depth + 1);
                }
                if (object.delays != null) {
                    if (!$util.isObject(object.delays))
                        throw $TypeError(".replan.v1.ResultBatch.delays: object expected");
                    message.delays = $root.replan.v1.DelayBatch.fromObject(object.delays, _depth + 1);
                }
                if (object.actions != null) {
                    if (!$util.isObject(object.actions))
                        throw $TypeError(".replan.v1.ResultBatch.actions: object expected");
                    message.actions = $root.replan.v1.ActionMessageBatch.fromObject(object.actions, _depth + 1);
                }
                if (object.forecasts != null) {
                    if (!$util.isObject(object.forecasts))
                        throw $TypeError(".replan.v1.ResultBatch.forecasts: object expected");
                    message.forecasts = $root.replan.v1.ForecastRemainingBatch.fromObject(object.forecasts, _depth + 1);
                }
                if (object.messages != null) {
                    if (!$util.isObject(object.messages))
                        throw $TypeError(".replan.v1.ResultBatch.messages: object expected");
                    message.messages = $root.replan.v1.RunMessageBatch.fromObject(object.messages, _depth + 1);
                }
                if (object.requirements != null) {
                    if (!$util.isObject(object.requirements))
                        throw $TypeError(".replan.v1.ResultBatch.requirements: object expected");
                    message.requirements = $root.replan.v1.RequirementBatch.fromObject(object.requirements, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ResultBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {replan.v1.ResultBatch} message ResultBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResultBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.entity = options.enums === $String ? "RESULT_ENTITY_UNSPECIFIED" : 0;
                    object.sequence = 0;
                    object.last = false;
                }
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                    object.entity = options.enums === $String ? $root.replan.v1.ResultEntity[message.entity] === $undefined ? message.entity : $root.replan.v1.ResultEntity[message.entity] : message.entity;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    object.sequence = message.sequence;
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    object.last = message.last;
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                    object.summary = $root.replan.v1.ResultSummary.toObject(message.summary, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "summary";
                }
                if (message.plannedOrders != null && $Object.hasOwnProperty.call(message, "plannedOrders")) {
                    object.plannedOrders = $root.replan.v1.PlannedOrderBatch.toObject(message.plannedOrders, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "plannedOrders";
                }
                if (message.pegging != null && $Object.hasOwnProperty.call(message, "pegging")) {
                    object.pegging = $root.replan.v1.PeggingBatch.toObject(message.pegging, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "pegging";
                }
                if (message.delays != null && $Object.hasOwnProperty.call(message, "delays")) {
                    object.delays = $root.replan.v1.DelayBatch.toObject(message.delays, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "delays";
                }
                if (message.actions != null && $Object.hasOwnProperty.call(message, "actions")) {
                    object.actions = $root.replan.v1.ActionMessageBatch.toObject(message.actions, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "actions";
                }
                if (message.forecasts != null && $Object.hasOwnProperty.call(message, "forecasts")) {
                    object.forecasts = $root.replan.v1.ForecastRemainingBatch.toObject(message.forecasts, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "forecasts";
                }
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                    object.messages = $root.replan.v1.RunMessageBatch.toObject(message.messages, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "messages";
                }
                if (message.requirements != null && $Object.hasOwnProperty.call(message, "requirements")) {
                    object.requirements = $root.replan.v1.RequirementBatch.toObject(message.requirements, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "requirements";
                }
                return object;
            };

            /**
             * Converts this ResultBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.ResultBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResultBatch.prototype.toJSON = function() {
                return ResultBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResultBatch
             * @function getTypeUrl
             * @memberof replan.v1.ResultBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResultBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ResultBatch";
            };

            return ResultBatch;
        })();

        /**
         * SnapshotEntity enum.
         * @name replan.v1.SnapshotEntity
         * @enum {number}
         * @property {number} SNAPSHOT_ENTITY_UNSPECIFIED=0 SNAPSHOT_ENTITY_UNSPECIFIED value
         * @property {number} SNAPSHOT_ENTITY_PLAN=1 SNAPSHOT_ENTITY_PLAN value
         * @property {number} SNAPSHOT_ENTITY_ITEMS=2 SNAPSHOT_ENTITY_ITEMS value
         * @property {number} SNAPSHOT_ENTITY_COVERAGE_GROUPS=3 SNAPSHOT_ENTITY_COVERAGE_GROUPS value
         * @property {number} SNAPSHOT_ENTITY_ITEM_COVERAGE=4 SNAPSHOT_ENTITY_ITEM_COVERAGE value
         * @property {number} SNAPSHOT_ENTITY_WAREHOUSES=5 SNAPSHOT_ENTITY_WAREHOUSES value
         * @property {number} SNAPSHOT_ENTITY_CALENDARS=6 SNAPSHOT_ENTITY_CALENDARS value
         * @property {number} SNAPSHOT_ENTITY_BOM_LINES=7 SNAPSHOT_ENTITY_BOM_LINES value
         * @property {number} SNAPSHOT_ENTITY_ON_HAND=8 SNAPSHOT_ENTITY_ON_HAND value
         * @property {number} SNAPSHOT_ENTITY_SUPPLY=9 SNAPSHOT_ENTITY_SUPPLY value
         * @property {number} SNAPSHOT_ENTITY_DEMAND=10 SNAPSHOT_ENTITY_DEMAND value
         * @property {number} SNAPSHOT_ENTITY_FORECASTS=11 SNAPSHOT_ENTITY_FORECASTS value
         * @property {number} SNAPSHOT_ENTITY_REDUCTION_KEYS=12 SNAPSHOT_ENTITY_REDUCTION_KEYS value
         */
        v1.SnapshotEntity = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SNAPSHOT_ENTITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SNAPSHOT_ENTITY_PLAN"] = 1;
            values[valuesById[2] = "SNAPSHOT_ENTITY_ITEMS"] = 2;
            values[valuesById[3] = "SNAPSHOT_ENTITY_COVERAGE_GROUPS"] = 3;
            values[valuesById[4] = "SNAPSHOT_ENTITY_ITEM_COVERAGE"] = 4;
            values[valuesById[5] = "SNAPSHOT_ENTITY_WAREHOUSES"] = 5;
            values[valuesById[6] = "SNAPSHOT_ENTITY_CALENDARS"] = 6;
            values[valuesById[7] = "SNAPSHOT_ENTITY_BOM_LINES"] = 7;
            values[valuesById[8] = "SNAPSHOT_ENTITY_ON_HAND"] = 8;
            values[valuesById[9] = "SNAPSHOT_ENTITY_SUPPLY"] = 9;
            values[valuesById[10] = "SNAPSHOT_ENTITY_DEMAND"] = 10;
            values[valuesById[11] = "SNAPSHOT_ENTITY_FORECASTS"] = 11;
            values[valuesById[12] = "SNAPSHOT_ENTITY_REDUCTION_KEYS"] = 12;
            return values;
        })();

        /**
         * OptionalBool enum.
         * @name replan.v1.OptionalBool
         * @enum {number}
         * @property {number} OPTIONAL_BOOL_UNSET=0 OPTIONAL_BOOL_UNSET value
         * @property {number} OPTIONAL_BOOL_FALSE=1 OPTIONAL_BOOL_FALSE value
         * @property {number} OPTIONAL_BOOL_TRUE=2 OPTIONAL_BOOL_TRUE value
         */
        v1.OptionalBool = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OPTIONAL_BOOL_UNSET"] = 0;
            values[valuesById[1] = "OPTIONAL_BOOL_FALSE"] = 1;
            values[valuesById[2] = "OPTIONAL_BOOL_TRUE"] = 2;
            return values;
        })();

        /**
         * CoverageCode enum.
         * @name replan.v1.CoverageCode
         * @enum {number}
         * @property {number} COVERAGE_CODE_UNSPECIFIED=0 COVERAGE_CODE_UNSPECIFIED value
         * @property {number} COVERAGE_CODE_REQUIREMENT=1 COVERAGE_CODE_REQUIREMENT value
         * @property {number} COVERAGE_CODE_PERIOD=2 COVERAGE_CODE_PERIOD value
         * @property {number} COVERAGE_CODE_MIN_MAX=3 COVERAGE_CODE_MIN_MAX value
         * @property {number} COVERAGE_CODE_MANUAL=4 COVERAGE_CODE_MANUAL value
         */
        v1.CoverageCode = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COVERAGE_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COVERAGE_CODE_REQUIREMENT"] = 1;
            values[valuesById[2] = "COVERAGE_CODE_PERIOD"] = 2;
            values[valuesById[3] = "COVERAGE_CODE_MIN_MAX"] = 3;
            values[valuesById[4] = "COVERAGE_CODE_MANUAL"] = 4;
            return values;
        })();

        /**
         * PlannedOrderType enum.
         * @name replan.v1.PlannedOrderType
         * @enum {number}
         * @property {number} PLANNED_ORDER_TYPE_UNSPECIFIED=0 PLANNED_ORDER_TYPE_UNSPECIFIED value
         * @property {number} PLANNED_ORDER_TYPE_PURCHASE=1 PLANNED_ORDER_TYPE_PURCHASE value
         * @property {number} PLANNED_ORDER_TYPE_PRODUCTION=2 PLANNED_ORDER_TYPE_PRODUCTION value
         * @property {number} PLANNED_ORDER_TYPE_TRANSFER=3 PLANNED_ORDER_TYPE_TRANSFER value
         */
        v1.PlannedOrderType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PLANNED_ORDER_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PLANNED_ORDER_TYPE_PURCHASE"] = 1;
            values[valuesById[2] = "PLANNED_ORDER_TYPE_PRODUCTION"] = 2;
            values[valuesById[3] = "PLANNED_ORDER_TYPE_TRANSFER"] = 3;
            return values;
        })();

        /**
         * LeadTimeUnit enum.
         * @name replan.v1.LeadTimeUnit
         * @enum {number}
         * @property {number} LEAD_TIME_UNIT_UNSPECIFIED=0 LEAD_TIME_UNIT_UNSPECIFIED value
         * @property {number} LEAD_TIME_UNIT_CALENDAR_DAYS=1 LEAD_TIME_UNIT_CALENDAR_DAYS value
         * @property {number} LEAD_TIME_UNIT_WORKING_DAYS=2 LEAD_TIME_UNIT_WORKING_DAYS value
         */
        v1.LeadTimeUnit = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LEAD_TIME_UNIT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LEAD_TIME_UNIT_CALENDAR_DAYS"] = 1;
            values[valuesById[2] = "LEAD_TIME_UNIT_WORKING_DAYS"] = 2;
            return values;
        })();

        /**
         * ForecastReduction enum.
         * @name replan.v1.ForecastReduction
         * @enum {number}
         * @property {number} FORECAST_REDUCTION_UNSPECIFIED=0 FORECAST_REDUCTION_UNSPECIFIED value
         * @property {number} FORECAST_REDUCTION_NONE=1 FORECAST_REDUCTION_NONE value
         * @property {number} FORECAST_REDUCTION_TRANSACTIONS_DYNAMIC_PERIOD=2 FORECAST_REDUCTION_TRANSACTIONS_DYNAMIC_PERIOD value
         * @property {number} FORECAST_REDUCTION_PERCENT_REDUCTION_KEY=3 FORECAST_REDUCTION_PERCENT_REDUCTION_KEY value
         */
        v1.ForecastReduction = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FORECAST_REDUCTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FORECAST_REDUCTION_NONE"] = 1;
            values[valuesById[2] = "FORECAST_REDUCTION_TRANSACTIONS_DYNAMIC_PERIOD"] = 2;
            values[valuesById[3] = "FORECAST_REDUCTION_PERCENT_REDUCTION_KEY"] = 3;
            return values;
        })();

        /**
         * SupplyType enum.
         * @name replan.v1.SupplyType
         * @enum {number}
         * @property {number} SUPPLY_TYPE_UNSPECIFIED=0 SUPPLY_TYPE_UNSPECIFIED value
         * @property {number} SUPPLY_TYPE_PURCHASE=1 SUPPLY_TYPE_PURCHASE value
         * @property {number} SUPPLY_TYPE_PRODUCTION=2 SUPPLY_TYPE_PRODUCTION value
         * @property {number} SUPPLY_TYPE_TRANSFER=3 SUPPLY_TYPE_TRANSFER value
         * @property {number} SUPPLY_TYPE_PLANNED_ORDER=4 SUPPLY_TYPE_PLANNED_ORDER value
         */
        v1.SupplyType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUPPLY_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SUPPLY_TYPE_PURCHASE"] = 1;
            values[valuesById[2] = "SUPPLY_TYPE_PRODUCTION"] = 2;
            values[valuesById[3] = "SUPPLY_TYPE_TRANSFER"] = 3;
            values[valuesById[4] = "SUPPLY_TYPE_PLANNED_ORDER"] = 4;
            return values;
        })();

        /**
         * DemandType enum.
         * @name replan.v1.DemandType
         * @enum {number}
         * @property {number} DEMAND_TYPE_UNSPECIFIED=0 DEMAND_TYPE_UNSPECIFIED value
         * @property {number} DEMAND_TYPE_SALES=1 DEMAND_TYPE_SALES value
         * @property {number} DEMAND_TYPE_PRODUCTION_COMPONENT=2 DEMAND_TYPE_PRODUCTION_COMPONENT value
         * @property {number} DEMAND_TYPE_TRANSFER_ISSUE=3 DEMAND_TYPE_TRANSFER_ISSUE value
         */
        v1.DemandType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEMAND_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DEMAND_TYPE_SALES"] = 1;
            values[valuesById[2] = "DEMAND_TYPE_PRODUCTION_COMPONENT"] = 2;
            values[valuesById[3] = "DEMAND_TYPE_TRANSFER_ISSUE"] = 3;
            return values;
        })();

        v1.CoverageColumns = (function() {

            /**
             * Properties of a CoverageColumns.
             * @typedef {Object} replan.v1.CoverageColumns.$Properties
             * @property {Array.<replan.v1.CoverageCode>|null} [coverageCode] CoverageColumns coverageCode
             * @property {Array.<number>|null} [coveragePeriod] CoverageColumns coveragePeriod
             * @property {Array.<number>|null} [coverageTimeFence] CoverageColumns coverageTimeFence
             * @property {Array.<number>|null} [negativeDays] CoverageColumns negativeDays
             * @property {Array.<number>|null} [positiveDays] CoverageColumns positiveDays
             * @property {Array.<replan.v1.OptionalBool>|null} [dynamicPositiveDays] CoverageColumns dynamicPositiveDays
             * @property {Array.<number>|null} [minimumInventory] CoverageColumns minimumInventory
             * @property {Array.<number>|null} [maximumInventory] CoverageColumns maximumInventory
             * @property {Array.<replan.v1.PlannedOrderType>|null} [orderType] CoverageColumns orderType
             * @property {Array.<number>|null} [purchaseLeadTime] CoverageColumns purchaseLeadTime
             * @property {Array.<number>|null} [productionLeadTime] CoverageColumns productionLeadTime
             * @property {Array.<number>|null} [transferLeadTime] CoverageColumns transferLeadTime
             * @property {Array.<replan.v1.LeadTimeUnit>|null} [leadTimeUnit] CoverageColumns leadTimeUnit
             * @property {Array.<number>|null} [minOrderQuantity] CoverageColumns minOrderQuantity
             * @property {Array.<number>|null} [maxOrderQuantity] CoverageColumns maxOrderQuantity
             * @property {Array.<number>|null} [orderMultiple] CoverageColumns orderMultiple
             * @property {Array.<number>|null} [calendar] CoverageColumns calendar
             * @property {Array.<number>|null} [issueMargin] CoverageColumns issueMargin
             * @property {Array.<number>|null} [receiptMargin] CoverageColumns receiptMargin
             * @property {Array.<number>|null} [reorderMargin] CoverageColumns reorderMargin
             * @property {Array.<number>|null} [actionFence] CoverageColumns actionFence
             * @property {Array.<number>|null} [advanceMargin] CoverageColumns advanceMargin
             * @property {Array.<number>|null} [postponeMargin] CoverageColumns postponeMargin
             * @property {Array.<number>|null} [firmingFence] CoverageColumns firmingFence
             * @property {Array.<replan.v1.ForecastReduction>|null} [forecastReduction] CoverageColumns forecastReduction
             * @property {Array.<number>|null} [reductionKey] CoverageColumns reductionKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CoverageColumns.
             * @memberof replan.v1
             * @interface ICoverageColumns
             * @augments replan.v1.CoverageColumns.$Properties
             * @deprecated Use replan.v1.CoverageColumns.$Properties instead.
             */

            /**
             * Shape of a CoverageColumns.
             * @typedef {replan.v1.CoverageColumns.$Properties} replan.v1.CoverageColumns.$Shape
             */

            /**
             * Constructs a new CoverageColumns.
             * @memberof replan.v1
             * @classdesc Represents a CoverageColumns.
             * @constructor
             * @param {replan.v1.CoverageColumns.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CoverageColumns = function (properties) {
                this.coverageCode = [];
                this.coveragePeriod = [];
                this.coverageTimeFence = [];
                this.negativeDays = [];
                this.positiveDays = [];
                this.dynamicPositiveDays = [];
                this.minimumInventory = [];
                this.maximumInventory = [];
                this.orderType = [];
                this.purchaseLeadTime = [];
                this.productionLeadTime = [];
                this.transferLeadTime = [];
                this.leadTimeUnit = [];
                this.minOrderQuantity = [];
                this.maxOrderQuantity = [];
                this.orderMultiple = [];
                this.calendar = [];
                this.issueMargin = [];
                this.receiptMargin = [];
                this.reorderMargin = [];
                this.actionFence = [];
                this.advanceMargin = [];
                this.postponeMargin = [];
                this.firmingFence = [];
                this.forecastReduction = [];
                this.reductionKey = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CoverageColumns coverageCode.
             * @member {Array.<replan.v1.CoverageCode>} coverageCode
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.coverageCode = $util.emptyArray;

            /**
             * CoverageColumns coveragePeriod.
             * @member {Array.<number>} coveragePeriod
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.coveragePeriod = $util.emptyArray;

            /**
             * CoverageColumns coverageTimeFence.
             * @member {Array.<number>} coverageTimeFence
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.coverageTimeFence = $util.emptyArray;

            /**
             * CoverageColumns negativeDays.
             * @member {Array.<number>} negativeDays
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.negativeDays = $util.emptyArray;

            /**
             * CoverageColumns positiveDays.
             * @member {Array.<number>} positiveDays
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.positiveDays = $util.emptyArray;

            /**
             * CoverageColumns dynamicPositiveDays.
             * @member {Array.<replan.v1.OptionalBool>} dynamicPositiveDays
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.dynamicPositiveDays = $util.emptyArray;

            /**
             * CoverageColumns minimumInventory.
             * @member {Array.<number>} minimumInventory
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.minimumInventory = $util.emptyArray;

            /**
             * CoverageColumns maximumInventory.
             * @member {Array.<number>} maximumInventory
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.maximumInventory = $util.emptyArray;

            /**
             * CoverageColumns orderType.
             * @member {Array.<replan.v1.PlannedOrderType>} orderType
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.orderType = $util.emptyArray;

            /**
             * CoverageColumns purchaseLeadTime.
             * @member {Array.<number>} purchaseLeadTime
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.purchaseLeadTime = $util.emptyArray;

            /**
             * CoverageColumns productionLeadTime.
             * @member {Array.<number>} productionLeadTime
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.productionLeadTime = $util.emptyArray;

            /**
             * CoverageColumns transferLeadTime.
             * @member {Array.<number>} transferLeadTime
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.transferLeadTime = $util.emptyArray;

            /**
             * CoverageColumns leadTimeUnit.
             * @member {Array.<replan.v1.LeadTimeUnit>} leadTimeUnit
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.leadTimeUnit = $util.emptyArray;

            /**
             * CoverageColumns minOrderQuantity.
             * @member {Array.<number>} minOrderQuantity
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.minOrderQuantity = $util.emptyArray;

            /**
             * CoverageColumns maxOrderQuantity.
             * @member {Array.<number>} maxOrderQuantity
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.maxOrderQuantity = $util.emptyArray;

            /**
             * CoverageColumns orderMultiple.
             * @member {Array.<number>} orderMultiple
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.orderMultiple = $util.emptyArray;

            /**
             * CoverageColumns calendar.
             * @member {Array.<number>} calendar
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.calendar = $util.emptyArray;

            /**
             * CoverageColumns issueMargin.
             * @member {Array.<number>} issueMargin
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.issueMargin = $util.emptyArray;

            /**
             * CoverageColumns receiptMargin.
             * @member {Array.<number>} receiptMargin
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.receiptMargin = $util.emptyArray;

            /**
             * CoverageColumns reorderMargin.
             * @member {Array.<number>} reorderMargin
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.reorderMargin = $util.emptyArray;

            /**
             * CoverageColumns actionFence.
             * @member {Array.<number>} actionFence
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.actionFence = $util.emptyArray;

            /**
             * CoverageColumns advanceMargin.
             * @member {Array.<number>} advanceMargin
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.advanceMargin = $util.emptyArray;

            /**
             * CoverageColumns postponeMargin.
             * @member {Array.<number>} postponeMargin
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.postponeMargin = $util.emptyArray;

            /**
             * CoverageColumns firmingFence.
             * @member {Array.<number>} firmingFence
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.firmingFence = $util.emptyArray;

            /**
             * CoverageColumns forecastReduction.
             * @member {Array.<replan.v1.ForecastReduction>} forecastReduction
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.forecastReduction = $util.emptyArray;

            /**
             * CoverageColumns reductionKey.
             * @member {Array.<number>} reductionKey
             * @memberof replan.v1.CoverageColumns
             * @instance
             */
            CoverageColumns.prototype.reductionKey = $util.emptyArray;

            /**
             * Creates a new CoverageColumns instance using the specified properties.
             * @function create
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {replan.v1.CoverageColumns.$Properties=} [properties] Properties to set
             * @returns {replan.v1.CoverageColumns} CoverageColumns instance
             * @type {{
             *   (properties: replan.v1.CoverageColumns.$Shape): replan.v1.CoverageColumns & replan.v1.CoverageColumns.$Shape;
             *   (properties?: replan.v1.CoverageColumns.$Properties): replan.v1.CoverageColumns;
             * }}
             */
            CoverageColumns.create = function(properties) {
                return new CoverageColumns(properties);
            };

            /**
             * Encodes the specified CoverageColumns message. Does not implicitly {@link replan.v1.CoverageColumns.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {replan.v1.CoverageColumns.$Properties} message CoverageColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoverageColumns.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.coverageCode != null && message.coverageCode.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.coverageCode);
                if (message.coveragePeriod != null && message.coveragePeriod.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.coveragePeriod);
                if (message.coverageTimeFence != null && message.coverageTimeFence.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).doubles(message.coverageTimeFence);
                if (message.negativeDays != null && message.negativeDays.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).doubles(message.negativeDays);
                if (message.positiveDays != null && message.positiveDays.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).doubles(message.positiveDays);
                if (message.dynamicPositiveDays != null && message.dynamicPositiveDays.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.dynamicPositiveDays);
                if (message.minimumInventory != null && message.minimumInventory.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.minimumInventory);
                if (message.maximumInventory != null && message.maximumInventory.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).doubles(message.maximumInventory);
                if (message.orderType != null && message.orderType.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).int32s(message.orderType);
                if (message.purchaseLeadTime != null && message.purchaseLeadTime.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).doubles(message.purchaseLeadTime);
                if (message.productionLeadTime != null && message.productionLeadTime.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).doubles(message.productionLeadTime);
                if (message.transferLeadTime != null && message.transferLeadTime.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).doubles(message.transferLeadTime);
                if (message.leadTimeUnit != null && message.leadTimeUnit.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).int32s(message.leadTimeUnit);
                if (message.minOrderQuantity != null && message.minOrderQuantity.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).doubles(message.minOrderQuantity);
                if (message.maxOrderQuantity != null && message.maxOrderQuantity.length)
                    writer.uint32(/* id 15, wireType 2 =*/122).doubles(message.maxOrderQuantity);
                if (message.orderMultiple != null && message.orderMultiple.length)
                    writer.uint32(/* id 16, wireType 2 =*/130).doubles(message.orderMultiple);
                if (message.calendar != null && message.calendar.length)
                    writer.uint32(/* id 17, wireType 2 =*/138).uint32s(message.calendar);
                if (message.issueMargin != null && message.issueMargin.length)
                    writer.uint32(/* id 18, wireType 2 =*/146).doubles(message.issueMargin);
                if (message.receiptMargin != null && message.receiptMargin.length)
                    writer.uint32(/* id 19, wireType 2 =*/154).doubles(message.receiptMargin);
                if (message.reorderMargin != null && message.reorderMargin.length)
                    writer.uint32(/* id 20, wireType 2 =*/162).doubles(message.reorderMargin);
                if (message.actionFence != null && message.actionFence.length)
                    writer.uint32(/* id 21, wireType 2 =*/170).doubles(message.actionFence);
                if (message.advanceMargin != null && message.advanceMargin.length)
                    writer.uint32(/* id 22, wireType 2 =*/178).doubles(message.advanceMargin);
                if (message.postponeMargin != null && message.postponeMargin.length)
                    writer.uint32(/* id 23, wireType 2 =*/186).doubles(message.postponeMargin);
                if (message.firmingFence != null && message.firmingFence.length)
                    writer.uint32(/* id 24, wireType 2 =*/194).doubles(message.firmingFence);
                if (message.forecastReduction != null && message.forecastReduction.length)
                    writer.uint32(/* id 25, wireType 2 =*/202).int32s(message.forecastReduction);
                if (message.reductionKey != null && message.reductionKey.length)
                    writer.uint32(/* id 26, wireType 2 =*/210).uint32s(message.reductionKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CoverageColumns message, length delimited. Does not implicitly {@link replan.v1.CoverageColumns.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {replan.v1.CoverageColumns.$Properties} message CoverageColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoverageColumns.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CoverageColumns message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.CoverageColumns & replan.v1.CoverageColumns.$Shape} CoverageColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoverageColumns.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.CoverageColumns();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.coverageCode && message.coverageCode.length))
                                    message.coverageCode = [];
                                reader.int32s(message.coverageCode);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.coverageCode && message.coverageCode.length))
                                message.coverageCode = [];
                            message.coverageCode.push(reader.int32());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.coveragePeriod && message.coveragePeriod.length))
                                    message.coveragePeriod = [];
                                reader.doubles(message.coveragePeriod);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.coveragePeriod && message.coveragePeriod.length))
                                message.coveragePeriod = [];
                            message.coveragePeriod.push(reader.double());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.coverageTimeFence && message.coverageTimeFence.length))
                                    message.coverageTimeFence = [];
                                reader.doubles(message.coverageTimeFence);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.coverageTimeFence && message.coverageTimeFence.length))
                                message.coverageTimeFence = [];
                            message.coverageTimeFence.push(reader.double());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.negativeDays && message.negativeDays.length))
                                    message.negativeDays = [];
                                reader.doubles(message.negativeDays);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.negativeDays && message.negativeDays.length))
                                message.negativeDays = [];
                            message.negativeDays.push(reader.double());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.positiveDays && message.positiveDays.length))
                                    message.positiveDays = [];
                                reader.doubles(message.positiveDays);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.positiveDays && message.positiveDays.length))
                                message.positiveDays = [];
                            message.positiveDays.push(reader.double());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.dynamicPositiveDays && message.dynamicPositiveDays.length))
                                    message.dynamicPositiveDays = [];
                                reader.int32s(message.dynamicPositiveDays);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.dynamicPositiveDays && message.dynamicPositiveDays.length))
                                message.dynamicPositiveDays = [];
                            message.dynamicPositiveDays.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.minimumInventory && message.minimumInventory.length))
                                    message.minimumInventory = [];
                                reader.doubles(message.minimumInventory);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.minimumInventory && message.minimumInventory.length))
                                message.minimumInventory = [];
                            message.minimumInventory.push(reader.double());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.maximumInventory && message.maximumInventory.length))
                                    message.maximumInventory = [];
                                reader.doubles(message.maximumInventory);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.maximumInventory && message.maximumInventory.length))
                                message.maximumInventory = [];
                            message.maximumInventory.push(reader.double());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.orderType && message.orderType.length))
                                    message.orderType = [];
                                reader.int32s(message.orderType);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.orderType && message.orderType.length))
                                message.orderType = [];
                            message.orderType.push(reader.int32());
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.purchaseLeadTime && message.purchaseLeadTime.length))
                                    message.purchaseLeadTime = [];
                                reader.doubles(message.purchaseLeadTime);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.purchaseLeadTime && message.purchaseLeadTime.length))
                                message.purchaseLeadTime = [];
                            message.purchaseLeadTime.push(reader.double());
                            continue;
                        }
                    case 11: {
                            if (wireType === 2) {
                                if (!(message.productionLeadTime && message.productionLeadTime.length))
                                    message.productionLeadTime = [];
                                reader.doubles(message.productionLeadTime);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.productionLeadTime && message.productionLeadTime.length))
                                message.productionLeadTime = [];
                            message.productionLeadTime.push(reader.double());
                            continue;
                        }
                    case 12: {
                            if (wireType === 2) {
                                if (!(message.transferLeadTime && message.transferLeadTime.length))
                                    message.transferLeadTime = [];
                                reader.doubles(message.transferLeadTime);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.transferLeadTime && message.transferLeadTime.length))
                                message.transferLeadTime = [];
                            message.transferLeadTime.push(reader.double());
                            continue;
                        }
                    case 13: {
                            if (wireType === 2) {
                                if (!(message.leadTimeUnit && message.leadTimeUnit.length))
                                    message.leadTimeUnit = [];
                                reader.int32s(message.leadTimeUnit);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.leadTimeUnit && message.leadTimeUnit.length))
                                message.leadTimeUnit = [];
                            message.leadTimeUnit.push(reader.int32());
                            continue;
                        }
                    case 14: {
                            if (wireType === 2) {
                                if (!(message.minOrderQuantity && message.minOrderQuantity.length))
                                    message.minOrderQuantity = [];
                                reader.doubles(message.minOrderQuantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.minOrderQuantity && message.minOrderQuantity.length))
                                message.minOrderQuantity = [];
                            message.minOrderQuantity.push(reader.double());
                            continue;
                        }
                    case 15: {
                            if (wireType === 2) {
                                if (!(message.maxOrderQuantity && message.maxOrderQuantity.length))
                                    message.maxOrderQuantity = [];
                                reader.doubles(message.maxOrderQuantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.maxOrderQuantity && message.maxOrderQuantity.length))
                                message.maxOrderQuantity = [];
                            message.maxOrderQuantity.push(reader.double());
                            continue;
                        }
                    case 16: {
                            if (wireType === 2) {
                                if (!(message.orderMultiple && message.orderMultiple.length))
                                    message.orderMultiple = [];
                                reader.doubles(message.orderMultiple);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.orderMultiple && message.orderMultiple.length))
                                message.orderMultiple = [];
                            message.orderMultiple.push(reader.double());
                            continue;
                        }
                    case 17: {
                            if (wireType === 2) {
                                if (!(message.calendar && message.calendar.length))
                                    message.calendar = [];
                                reader.uint32s(message.calendar);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.calendar && message.calendar.length))
                                message.calendar = [];
                            message.calendar.push(reader.uint32());
                            continue;
                        }
                    case 18: {
                            if (wireType === 2) {
                                if (!(message.issueMargin && message.issueMargin.length))
                                    message.issueMargin = [];
                                reader.doubles(message.issueMargin);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.issueMargin && message.issueMargin.length))
                                message.issueMargin = [];
                            message.issueMargin.push(reader.double());
                            continue;
                        }
                    case 19: {
                            if (wireType === 2) {
                                if (!(message.receiptMargin && message.receiptMargin.length))
                                    message.receiptMargin = [];
                                reader.doubles(message.receiptMargin);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.receiptMargin && message.receiptMargin.length))
                                message.receiptMargin = [];
                            message.receiptMargin.push(reader.double());
                            continue;
                        }
                    case 20: {
                            if (wireType === 2) {
                                if (!(message.reorderMargin && message.reorderMargin.length))
                                    message.reorderMargin = [];
                                reader.doubles(message.reorderMargin);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.reorderMargin && message.reorderMargin.length))
                                message.reorderMargin = [];
                            message.reorderMargin.push(reader.double());
                            continue;
                        }
                    case 21: {
                            if (wireType === 2) {
                                if (!(message.actionFence && message.actionFence.length))
                                    message.actionFence = [];
                                reader.doubles(message.actionFence);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.actionFence && message.actionFence.length))
                                message.actionFence = [];
                            message.actionFence.push(reader.double());
                            continue;
                        }
                    case 22: {
                            if (wireType === 2) {
                                if (!(message.advanceMargin && message.advanceMargin.length))
                                    message.advanceMargin = [];
                                reader.doubles(message.advanceMargin);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.advanceMargin && message.advanceMargin.length))
                                message.advanceMargin = [];
                            message.advanceMargin.push(reader.double());
                            continue;
                        }
                    case 23: {
                            if (wireType === 2) {
                                if (!(message.postponeMargin && message.postponeMargin.length))
                                    message.postponeMargin = [];
                                reader.doubles(message.postponeMargin);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.postponeMargin && message.postponeMargin.length))
                                message.postponeMargin = [];
                            message.postponeMargin.push(reader.double());
                            continue;
                        }
                    case 24: {
                            if (wireType === 2) {
                                if (!(message.firmingFence && message.firmingFence.length))
                                    message.firmingFence = [];
                                reader.doubles(message.firmingFence);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.firmingFence && message.firmingFence.length))
                                message.firmingFence = [];
                            message.firmingFence.push(reader.double());
                            continue;
                        }
                    case 25: {
                            if (wireType === 2) {
                                if (!(message.forecastReduction && message.forecastReduction.length))
                                    message.forecastReduction = [];
                                reader.int32s(message.forecastReduction);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.forecastReduction && message.forecastReduction.length))
                                message.forecastReduction = [];
                            message.forecastReduction.push(reader.int32());
                            continue;
                        }
                    case 26: {
                            if (wireType === 2) {
                                if (!(message.reductionKey && message.reductionKey.length))
                                    message.reductionKey = [];
                                reader.uint32s(message.reductionKey);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.reductionKey && message.reductionKey.length))
                                message.reductionKey = [];
                            message.reductionKey.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CoverageColumns message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.CoverageColumns & replan.v1.CoverageColumns.$Shape} CoverageColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoverageColumns.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CoverageColumns message.
             * @function verify
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CoverageColumns.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.coverageCode != null && $Object.hasOwnProperty.call(message, "coverageCode")) {
                    if (!$Array.isArray(message.coverageCode))
                        return "coverageCode: array expected";
                    for (var i = 0; i < message.coverageCode.length; ++i)
                        if (typeof message.coverageCode[i] !== "number" || (message.coverageCode[i] | 0) !== message.coverageCode[i])
                            return "coverageCode: enum value[] expected";
                }
                if (message.coveragePeriod != null && $Object.hasOwnProperty.call(message, "coveragePeriod")) {
                    if (!$Array.isArray(message.coveragePeriod))
                        return "coveragePeriod: array expected";
                    for (var i = 0; i < message.coveragePeriod.length; ++i)
                        if (typeof message.coveragePeriod[i] !== "number")
                            return "coveragePeriod: number[] expected";
                }
                if (message.coverageTimeFence != null && $Object.hasOwnProperty.call(message, "coverageTimeFence")) {
                    if (!$Array.isArray(message.coverageTimeFence))
                        return "coverageTimeFence: array expected";
                    for (var i = 0; i < message.coverageTimeFence.length; ++i)
                        if (typeof message.coverageTimeFence[i] !== "number")
                            return "coverageTimeFence: number[] expected";
                }
                if (message.negativeDays != null && $Object.hasOwnProperty.call(message, "negativeDays")) {
                    if (!$Array.isArray(message.negativeDays))
                        return "negativeDays: array expected";
                    for (var i = 0; i < message.negativeDays.length; ++i)
                        if (typeof message.negativeDays[i] !== "number")
                            return "negativeDays: number[] expected";
                }
                if (message.positiveDays != null && $Object.hasOwnProperty.call(message, "positiveDays")) {
                    if (!$Array.isArray(message.positiveDays))
                        return "positiveDays: array expected";
                    for (var i = 0; i < message.positiveDays.length; ++i)
                        if (typeof message.positiveDays[i] !== "number")
                            return "positiveDays: number[] expected";
                }
                if (message.dynamicPositiveDays != null && $Object.hasOwnProperty.call(message, "dynamicPositiveDays")) {
                    if (!$Array.isArray(message.dynamicPositiveDays))
                        return "dynamicPositiveDays: array expected";
                    for (var i = 0; i < message.dynamicPositiveDays.length; ++i)
                        if (typeof message.dynamicPositiveDays[i] !== "number" || (message.dynamicPositiveDays[i] | 0) !== message.dynamicPositiveDays[i])
                            return "dynamicPositiveDays: enum value[] expected";
                }
                if (message.minimumInventory != null && $Object.hasOwnProperty.call(message, "minimumInventory")) {
                    if (!$Array.isArray(message.minimumInventory))
                        return "minimumInventory: array expected";
                    for (var i = 0; i < message.minimumInventory.length; ++i)
                        if (typeof message.minimumInventory[i] !== "number")
                            return "minimumInventory: number[] expected";
                }
                if (message.maximumInventory != null && $Object.hasOwnProperty.call(message, "maximumInventory")) {
                    if (!$Array.isArray(message.maximumInventory))
                        return "maximumInventory: array expected";
                    for (var i = 0; i < message.maximumInventory.length; ++i)
                        if (typeof message.maximumInventory[i] !== "number")
                            return "maximumInventory: number[] expected";
                }
                if (message.orderType != null && $Object.hasOwnProperty.call(message, "orderType")) {
                    if (!$Array.isArray(message.orderType))
                        return "orderType: array expected";
                    for (var i = 0; i < message.orderType.length; ++i)
                        if (typeof message.orderType[i] !== "number" || (message.orderType[i] | 0) !== message.orderType[i])
                            return "orderType: enum value[] expected";
                }
                if (message.purchaseLeadTime != null && $Object.hasOwnProperty.call(message, "purchaseLeadTime")) {
                    if (!$Array.isArray(message.purchaseLeadTime))
                        return "purchaseLeadTime: array expected";
                    for (var i = 0; i < message.purchaseLeadTime.length; ++i)
                        if (typeof message.purchaseLeadTime[i] !== "number")
                            return "purchaseLeadTime: number[] expected";
                }
                if (message.productionLeadTime != null && $Object.hasOwnProperty.call(message, "productionLeadTime")) {
                    if (!$Array.isArray(message.productionLeadTime))
                        return "productionLeadTime: array expected";
                    for (var i = 0; i < message.productionLeadTime.length; ++i)
                        if (typeof message.productionLeadTime[i] !== "number")
                            return "productionLeadTime: number[] expected";
                }
                if (message.transferLeadTime != null && $Object.hasOwnProperty.call(message, "transferLeadTime")) {
                    if (!$Array.isArray(message.transferLeadTime))
                        return "transferLeadTime: array expected";
                    for (var i = 0; i < message.transferLeadTime.length; ++i)
                        if (typeof message.transferLeadTime[i] !== "number")
                            return "transferLeadTime: number[] expected";
                }
                if (message.leadTimeUnit != null && $Object.hasOwnProperty.call(message, "leadTimeUnit")) {
                    if (!$Array.isArray(message.leadTimeUnit))
                        return "leadTimeUnit: array expected";
                    for (var i = 0; i < message.leadTimeUnit.length; ++i)
                        if (typeof message.leadTimeUnit[i] !== "number" || (message.leadTimeUnit[i] | 0) !== message.leadTimeUnit[i])
                            return "leadTimeUnit: enum value[] expected";
                }
                if (message.minOrderQuantity != null && $Object.hasOwnProperty.call(message, "minOrderQuantity")) {
                    if (!$Array.isArray(message.minOrderQuantity))
                        return "minOrderQuantity: array expected";
                    for (var i = 0; i < message.minOrderQuantity.length; ++i)
                        if (typeof message.minOrderQuantity[i] !== "number")
                            return "minOrderQuantity: number[] expected";
                }
                if (message.maxOrderQuantity != null && $Object.hasOwnProperty.call(message, "maxOrderQuantity")) {
                    if (!$Array.isArray(message.maxOrderQuantity))
                        return "maxOrderQuantity: array expected";
                    for (var i = 0; i < message.maxOrderQuantity.length; ++i)
                        if (typeof message.maxOrderQuantity[i] !== "number")
                            return "maxOrderQuantity: number[] expected";
                }
                if (message.orderMultiple != null && $Object.hasOwnProperty.call(message, "orderMultiple")) {
                    if (!$Array.isArray(message.orderMultiple))
                        return "orderMultiple: array expected";
                    for (var i = 0; i < message.orderMultiple.length; ++i)
                        if (typeof message.orderMultiple[i] !== "number")
                            return "orderMultiple: number[] expected";
                }
                if (message.calendar != null && $Object.hasOwnProperty.call(message, "calendar")) {
                    if (!$Array.isArray(message.calendar))
                        return "calendar: array expected";
                    for (var i = 0; i < message.calendar.length; ++i)
                        if (!$util.isInteger(message.calendar[i]))
                            return "calendar: integer[] expected";
                }
                if (message.issueMargin != null && $Object.hasOwnProperty.call(message, "issueMargin")) {
                    if (!$Array.isArray(message.issueMargin))
                        return "issueMargin: array expected";
                    for (var i = 0; i < message.issueMargin.length; ++i)
                        if (typeof message.issueMargin[i] !== "number")
                            return "issueMargin: number[] expected";
                }
                if (message.receiptMargin != null && $Object.hasOwnProperty.call(message, "receiptMargin")) {
                    if (!$Array.isArray(message.receiptMargin))
                        return "receiptMargin: array expected";
                    for (var i = 0; i < message.receiptMargin.length; ++i)
                        if (typeof message.receiptMargin[i] !== "number")
                            return "receiptMargin: number[] expected";
                }
                if (message.reorderMargin != null && $Object.hasOwnProperty.call(message, "reorderMargin")) {
                    if (!$Array.isArray(message.reorderMargin))
                        return "reorderMargin: array expected";
                    for (var i = 0; i < message.reorderMargin.length; ++i)
                        if (typeof message.reorderMargin[i] !== "number")
                            return "reorderMargin: number[] expected";
                }
                if (message.actionFence != null && $Object.hasOwnProperty.call(message, "actionFence")) {
                    if (!$Array.isArray(message.actionFence))
                        return "actionFence: array expected";
                    for (var i = 0; i < message.actionFence.length; ++i)
                        if (typeof message.actionFence[i] !== "number")
                            return "actionFence: number[] expected";
                }
                if (message.advanceMargin != null && $Object.hasOwnProperty.call(message, "advanceMargin")) {
                    if (!$Array.isArray(message.advanceMargin))
                        return "advanceMargin: array expected";
                    for (var i = 0; i < message.advanceMargin.length; ++i)
                        if (typeof message.advanceMargin[i] !== "number")
                            return "advanceMargin: number[] expected";
                }
                if (message.postponeMargin != null && $Object.hasOwnProperty.call(message, "postponeMargin")) {
                    if (!$Array.isArray(message.postponeMargin))
                        return "postponeMargin: array expected";
                    for (var i = 0; i < message.postponeMargin.length; ++i)
                        if (typeof message.postponeMargin[i] !== "number")
                            return "postponeMargin: number[] expected";
                }
                if (message.firmingFence != null && $Object.hasOwnProperty.call(message, "firmingFence")) {
                    if (!$Array.isArray(message.firmingFence))
                        return "firmingFence: array expected";
                    for (var i = 0; i < message.firmingFence.length; ++i)
                        if (typeof message.firmingFence[i] !== "number")
                            return "firmingFence: number[] expected";
                }
                if (message.forecastReduction != null && $Object.hasOwnProperty.call(message, "forecastReduction")) {
                    if (!$Array.isArray(message.forecastReduction))
                        return "forecastReduction: array expected";
                    for (var i = 0; i < message.forecastReduction.length; ++i)
                        if (typeof message.forecastReduction[i] !== "number" || (message.forecastReduction[i] | 0) !== message.forecastReduction[i])
                            return "forecastReduction: enum value[] expected";
                }
                if (message.reductionKey != null && $Object.hasOwnProperty.call(message, "reductionKey")) {
                    if (!$Array.isArray(message.reductionKey))
                        return "reductionKey: array expected";
                    for (var i = 0; i < message.reductionKey.length; ++i)
                        if (!$util.isInteger(message.reductionKey[i]))
                            return "reductionKey: integer[] expected";
                }
                return null;
            };

            /**
             * Creates a CoverageColumns message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.CoverageColumns} CoverageColumns
             */
            CoverageColumns.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.CoverageColumns)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.CoverageColumns: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.CoverageColumns();
                if (object.coverageCode) {
                    if (!$Array.isArray(object.coverageCode))
                        throw $TypeError(".replan.v1.CoverageColumns.coverageCode: array expected");
                    message.coverageCode = [];
                    for (var i = 0; i < object.coverageCode.length; ++i)
                        switch (object.coverageCode[i]) {
                        case "COVERAGE_CODE_UNSPECIFIED":
                        case 0:
                            message.coverageCode[message.coverageCode.length] = 0;
                            break;
                        case "COVERAGE_CODE_REQUIREMENT":
                        case 1:
                            message.coverageCode[message.coverageCode.length] = 1;
                            break;
                        case "COVERAGE_CODE_PERIOD":
                        case 2:
                            message.coverageCode[message.coverageCode.length] = 2;
                            break;
                        case "COVERAGE_CODE_MIN_MAX":
                        case 3:
                            message.coverageCode[message.coverageCode.length] = 3;
                            break;
                        case "COVERAGE_CODE_MANUAL":
                        case 4:
                            message.coverageCode[message.coverageCode.length] = 4;
                            break;
                        default:
                            if (typeof object.coverageCode[i] === "number" && (object.coverageCode[i] | 0) === object.coverageCode[i])
                                message.coverageCode[message.coverageCode.length] = object.coverageCode[i];
                        }
                }
                if (object.coveragePeriod) {
                    if (!$Array.isArray(object.coveragePeriod))
                        throw $TypeError(".replan.v1.CoverageColumns.coveragePeriod: array expected");
                    message.coveragePeriod = $Array(object.coveragePeriod.length);
                    for (var i = 0; i < object.coveragePeriod.length; ++i)
                        message.coveragePeriod[i] = $Number(object.coveragePeriod[i]);
                }
                if (object.coverageTimeFence) {
                    if (!$Array.isArray(object.coverageTimeFence))
                        throw $TypeError(".replan.v1.CoverageColumns.coverageTimeFence: array expected");
                    message.coverageTimeFence = $Array(object.coverageTimeFence.length);
                    for (var i = 0; i < object.coverageTimeFence.length; ++i)
                        message.coverageTimeFence[i] = $Number(object.coverageTimeFence[i]);
                }
                if (object.negativeDays) {
                    if (!$Array.isArray(object.negativeDays))
                        throw $TypeError(".replan.v1.CoverageColumns.negativeDays: array expected");
                    message.negativeDays = $Array(object.negativeDays.length);
                    for (var i = 0; i < object.negativeDays.length; ++i)
                        message.negativeDays[i] = $Number(object.negativeDays[i]);
                }
                if (object.positiveDays) {
                    if (!$Array.isArray(object.positiveDays))
                        throw $TypeError(".replan.v1.CoverageColumns.positiveDays: array expected");
                    message.positiveDays = $Array(object.positiveDays.length);
                    for (var i = 0; i < object.positiveDays.length; ++i)
                        message.positiveDays[i] = $Number(object.positiveDays[i]);
                }
                if (object.dynamicPositiveDays) {
                    if (!$Array.isArray(object.dynamicPositiveDays))
                        throw $TypeError(".replan.v1.CoverageColumns.dynamicPositiveDays: array expected");
                    message.dynamicPositiveDays = [];
                    for (var i = 0; i < object.dynamicPositiveDays.length; ++i)
                        switch (object.dynamicPositiveDays[i]) {
                        case "OPTIONAL_BOOL_UNSET":
                        case 0:
                            message.dynamicPositiveDays[message.dynamicPositiveDays.length] = 0;
                            break;
                        case "OPTIONAL_BOOL_FALSE":
                        case 1:
                            message.dynamicPositiveDays[message.dynamicPositiveDays.length] = 1;
                            break;
                        case "OPTIONAL_BOOL_TRUE":
                        case 2:
                            message.dynamicPositiveDays[message.dynamicPositiveDays.length] = 2;
                            break;
                        default:
                            if (typeof object.dynamicPositiveDays[i] === "number" && (object.dynamicPositiveDays[i] | 0) === object.dynamicPositiveDays[i])
                                message.dynamicPositiveDays[message.dynamicPositiveDays.length] = object.dynamicPositiveDays[i];
                        }
                }
                if (object.minimumInventory) {
                    if (!$Array.isArray(object.minimumInventory))
                        throw $TypeError(".replan.v1.CoverageColumns.minimumInventory: array expected");
                    message.minimumInventory = $Array(object.minimumInventory.length);
                    for (var i = 0; i < object.minimumInventory.length; ++i)
                        message.minimumInventory[i] = $Number(object.minimumInventory[i]);
                }
                if (object.maximumInventory) {
                    if (!$Array.isArray(object.maximumInventory))
                        throw $TypeError(".replan.v1.CoverageColumns.maximumInventory: array expected");
                    message.maximumInventory = $Array(object.maximumInventory.length);
                    for (var i = 0; i < object.maximumInventory.length; ++i)
                        message.maximumInventory[i] = $Number(object.maximumInventory[i]);
                }
                if (object.orderType) {
                    if (!$Array.isArray(object.orderType))
                        throw $TypeError(".replan.v1.CoverageColumns.orderType: array expected");
                    message.orderType = [];
                    for (var i = 0; i < object.orderType.length; ++i)
                        switch (object.orderType[i]) {
                        case "PLANNED_ORDER_TYPE_UNSPECIFIED":
                        case 0:
                            message.orderType[message.orderType.length] = 0;
                            break;
                        case "PLANNED_ORDER_TYPE_PURCHASE":
                        case 1:
                            message.orderType[message.orderType.length] = 1;
                            break;
                        case "PLANNED_ORDER_TYPE_PRODUCTION":
                        case 2:
                            message.orderType[message.orderType.length] = 2;
                            break;
                        case "PLANNED_ORDER_TYPE_TRANSFER":
                        case 3:
                            message.orderType[message.orderType.length] = 3;
                            break;
                        default:
                            if (typeof object.orderType[i] === "number" && (object.orderType[i] | 0) === object.orderType[i])
                                message.orderType[message.orderType.length] = object.orderType[i];
                        }
                }
                if (object.purchaseLeadTime) {
                    if (!$Array.isArray(object.purchaseLeadTime))
                        throw $TypeError(".replan.v1.CoverageColumns.purchaseLeadTime: array expected");
                    message.purchaseLeadTime = $Array(object.purchaseLeadTime.length);
                    for (var i = 0; i < object.purchaseLeadTime.length; ++i)
                        message.purchaseLeadTime[i] = $Number(object.purchaseLeadTime[i]);
                }
                if (object.productionLeadTime) {
                    if (!$Array.isArray(object.productionLeadTime))
                        throw $TypeError(".replan.v1.CoverageColumns.productionLeadTime: array expected");
                    message.productionLeadTime = $Array(object.productionLeadTime.length);
                    for (var i = 0; i < object.productionLeadTime.length; ++i)
                        message.productionLeadTime[i] = $Number(object.productionLeadTime[i]);
                }
                if (object.transferLeadTime) {
                    if (!$Array.isArray(object.transferLeadTime))
                        throw $TypeError(".replan.v1.CoverageColumns.transferLeadTime: array expected");
                    message.transferLeadTime = $Array(object.transferLeadTime.length);
                    for (var i = 0; i < object.transferLeadTime.length; ++i)
                        message.transferLeadTime[i] = $Number(object.transferLeadTime[i]);
                }
                if (object.leadTimeUnit) {
                    if (!$Array.isArray(object.leadTimeUnit))
                        throw $TypeError(".replan.v1.CoverageColumns.leadTimeUnit: array expected");
                    message.leadTimeUnit = [];
                    for (var i = 0; i < object.leadTimeUnit.length; ++i)
                        switch (object.leadTimeUnit[i]) {
                        case "LEAD_TIME_UNIT_UNSPECIFIED":
                        case 0:
                            message.leadTimeUnit[message.leadTimeUnit.length] = 0;
                            break;
                        case "LEAD_TIME_UNIT_CALENDAR_DAYS":
                        case 1:
                            message.leadTimeUnit[message.leadTimeUnit.length] = 1;
                            break;
                        case "LEAD_TIME_UNIT_WORKING_DAYS":
                        case 2:
                            message.leadTimeUnit[message.leadTimeUnit.length] = 2;
                            break;
                        default:
                            if (typeof object.leadTimeUnit[i] === "number" && (object.leadTimeUnit[i] | 0) === object.leadTimeUnit[i])
                                message.leadTimeUnit[message.leadTimeUnit.length] = object.leadTimeUnit[i];
                        }
                }
                if (object.minOrderQuantity) {
                    if (!$Array.isArray(object.minOrderQuantity))
                        throw $TypeError(".replan.v1.CoverageColumns.minOrderQuantity: array expected");
                    message.minOrderQuantity = $Array(object.minOrderQuantity.length);
                    for (var i = 0; i < object.minOrderQuantity.length; ++i)
                        message.minOrderQuantity[i] = $Number(object.minOrderQuantity[i]);
                }
                if (object.maxOrderQuantity) {
                    if (!$Array.isArray(object.maxOrderQuantity))
                        throw $TypeError(".replan.v1.CoverageColumns.maxOrderQuantity: array expected");
                    message.maxOrderQuantity = $Array(object.maxOrderQuantity.length);
                    for (var i = 0; i < object.maxOrderQuantity.length; ++i)
                        message.maxOrderQuantity[i] = $Number(object.maxOrderQuantity[i]);
                }
                if (object.orderMultiple) {
                    if (!$Array.isArray(object.orderMultiple))
                        throw $TypeError(".replan.v1.CoverageColumns.orderMultiple: array expected");
                    message.orderMultiple = $Array(object.orderMultiple.length);
                    for (var i = 0; i < object.orderMultiple.length; ++i)
                        message.orderMultiple[i] = $Number(object.orderMultiple[i]);
                }
                if (object.calendar) {
                    if (!$Array.isArray(object.calendar))
                        throw $TypeError(".replan.v1.CoverageColumns.calendar: array expected");
                    message.calendar = $Array(object.calendar.length);
                    for (var i = 0; i < object.calendar.length; ++i)
                        message.calendar[i] = object.calendar[i] >>> 0;
                }
                if (object.issueMargin) {
                    if (!$Array.isArray(object.issueMargin))
                        throw $TypeError(".replan.v1.CoverageColumns.issueMargin: array expected");
                    message.issueMargin = $Array(object.issueMargin.length);
                    for (var i = 0; i < object.issueMargin.length; ++i)
                        message.issueMargin[i] = $Number(object.issueMargin[i]);
                }
                if (object.receiptMargin) {
                    if (!$Array.isArray(object.receiptMargin))
                        throw $TypeError(".replan.v1.CoverageColumns.receiptMargin: array expected");
                    message.receiptMargin = $Array(object.receiptMargin.length);
                    for (var i = 0; i < object.receiptMargin.length; ++i)
                        message.receiptMargin[i] = $Number(object.receiptMargin[i]);
                }
                if (object.reorderMargin) {
                    if (!$Array.isArray(object.reorderMargin))
                        throw $TypeError(".replan.v1.CoverageColumns.reorderMargin: array expected");
                    message.reorderMargin = $Array(object.reorderMargin.length);
                    for (var i = 0; i < object.reorderMargin.length; ++i)
                        message.reorderMargin[i] = $Number(object.reorderMargin[i]);
                }
                if (object.actionFence) {
                    if (!$Array.isArray(object.actionFence))
                        throw $TypeError(".replan.v1.CoverageColumns.actionFence: array expected");
                    message.actionFence = $Array(object.actionFence.length);
                    for (var i = 0; i < object.actionFence.length; ++i)
                        message.actionFence[i] = $Number(object.actionFence[i]);
                }
                if (object.advanceMargin) {
                    if (!$Array.isArray(object.advanceMargin))
                        throw $TypeError(".replan.v1.CoverageColumns.advanceMargin: array expected");
                    message.advanceMargin = $Array(object.advanceMargin.length);
                    for (var i = 0; i < object.advanceMargin.length; ++i)
                        message.advanceMargin[i] = $Number(object.advanceMargin[i]);
                }
                if (object.postponeMargin) {
                    if (!$Array.isArray(object.postponeMargin))
                        throw $TypeError(".replan.v1.CoverageColumns.postponeMargin: array expected");
                    message.postponeMargin = $Array(object.postponeMargin.length);
                    for (var i = 0; i < object.postponeMargin.length; ++i)
                        message.postponeMargin[i] = $Number(object.postponeMargin[i]);
                }
                if (object.firmingFence) {
                    if (!$Array.isArray(object.firmingFence))
                        throw $TypeError(".replan.v1.CoverageColumns.firmingFence: array expected");
                    message.firmingFence = $Array(object.firmingFence.length);
                    for (var i = 0; i < object.firmingFence.length; ++i)
                        message.firmingFence[i] = $Number(object.firmingFence[i]);
                }
                if (object.forecastReduction) {
                    if (!$Array.isArray(object.forecastReduction))
                        throw $TypeError(".replan.v1.CoverageColumns.forecastReduction: array expected");
                    message.forecastReduction = [];
                    for (var i = 0; i < object.forecastReduction.length; ++i)
                        switch (object.forecastReduction[i]) {
                        case "FORECAST_REDUCTION_UNSPECIFIED":
                        case 0:
                            message.forecastReduction[message.forecastReduction.length] = 0;
                            break;
                        case "FORECAST_REDUCTION_NONE":
                        case 1:
                            message.forecastReduction[message.forecastReduction.length] = 1;
                            break;
                        case "FORECAST_REDUCTION_TRANSACTIONS_DYNAMIC_PERIOD":
                        case 2:
                            message.forecastReduction[message.forecastReduction.length] = 2;
                            break;
                        case "FORECAST_REDUCTION_PERCENT_REDUCTION_KEY":
                        case 3:
                            message.forecastReduction[message.forecastReduction.length] = 3;
                            break;
                        default:
                            if (typeof object.forecastReduction[i] === "number" && (object.forecastReduction[i] | 0) === object.forecastReduction[i])
                                message.forecastReduction[message.forecastReduction.length] = object.forecastReduction[i];
                        }
                }
                if (object.reductionKey) {
                    if (!$Array.isArray(object.reductionKey))
                        throw $TypeError(".replan.v1.CoverageColumns.reductionKey: array expected");
                    message.reductionKey = $Array(object.reductionKey.length);
                    for (var i = 0; i < object.reductionKey.length; ++i)
                        message.reductionKey[i] = object.reductionKey[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a CoverageColumns message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {replan.v1.CoverageColumns} message CoverageColumns
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CoverageColumns.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.coverageCode = [];
                    object.coveragePeriod = [];
                    object.coverageTimeFence = [];
                    object.negativeDays = [];
                    object.positiveDays = [];
                    object.dynamicPositiveDays = [];
                    object.minimumInventory = [];
                    object.maximumInventory = [];
                    object.orderType = [];
                    object.purchaseLeadTime = [];
                    object.productionLeadTime = [];
                    object.transferLeadTime = [];
                    object.leadTimeUnit = [];
                    object.minOrderQuantity = [];
                    object.maxOrderQuantity = [];
                    object.orderMultiple = [];
                    object.calendar = [];
                    object.issueMargin = [];
                    object.receiptMargin = [];
                    object.reorderMargin = [];
                    object.actionFence = [];
                    object.advanceMargin = [];
                    object.postponeMargin = [];
                    object.firmingFence = [];
                    object.forecastReduction = [];
                    object.reductionKey = [];
                }
                if (message.coverageCode && message.coverageCode.length) {
                    object.coverageCode = $Array(message.coverageCode.length);
                    for (var j = 0; j < message.coverageCode.length; ++j)
                        object.coverageCode[j] = options.enums === $String ? $root.replan.v1.CoverageCode[message.coverageCode[j]] === $undefined ? message.coverageCode[j] : $root.replan.v1.CoverageCode[message.coverageCode[j]] : message.coverageCode[j];
                }
                if (message.coveragePeriod && message.coveragePeriod.length) {
                    object.coveragePeriod = $Array(message.coveragePeriod.length);
                    for (var j = 0; j < message.coveragePeriod.length; ++j)
                        object.coveragePeriod[j] = options.json && !$isFinite(message.coveragePeriod[j]) ? $String(message.coveragePeriod[j]) : message.coveragePeriod[j];
                }
                if (message.coverageTimeFence && message.coverageTimeFence.length) {
                    object.coverageTimeFence = $Array(message.coverageTimeFence.length);
                    for (var j = 0; j < message.coverageTimeFence.length; ++j)
                        object.coverageTimeFence[j] = options.json && !$isFinite(message.coverageTimeFence[j]) ? $String(message.coverageTimeFence[j]) : message.coverageTimeFence[j];
                }
                if (message.negativeDays && message.negativeDays.length) {
                    object.negativeDays = $Array(message.negativeDays.length);
                    for (var j = 0; j < message.negativeDays.length; ++j)
                        object.negativeDays[j] = options.json && !$isFinite(message.negativeDays[j]) ? $String(message.negativeDays[j]) : message.negativeDays[j];
                }
                if (message.positiveDays && message.positiveDays.length) {
                    object.positiveDays = $Array(message.positiveDays.length);
                    for (var j = 0; j < message.positiveDays.length; ++j)
                        object.positiveDays[j] = options.json && !$isFinite(message.positiveDays[j]) ? $String(message.positiveDays[j]) : message.positiveDays[j];
                }
                if (message.dynamicPositiveDays && message.dynamicPositiveDays.length) {
                    object.dynamicPositiveDays = $Array(message.dynamicPositiveDays.length);
                    for (var j = 0; j < message.dynamicPositiveDays.length; ++j)
                        object.dynamicPositiveDays[j] = options.enums === $String ? $root.replan.v1.OptionalBool[message.dynamicPositiveDays[j]] === $undefined ? message.dynamicPositiveDays[j] : $root.replan.v1.OptionalBool[message.dynamicPositiveDays[j]] : message.dynamicPositiveDays[j];
                }
                if (message.minimumInventory && message.minimumInventory.length) {
                    object.minimumInventory = $Array(message.minimumInventory.length);
                    for (var j = 0; j < message.minimumInventory.length; ++j)
                        object.minimumInventory[j] = options.json && !$isFinite(message.minimumInventory[j]) ? $String(message.minimumInventory[j]) : message.minimumInventory[j];
                }
                if (message.maximumInventory && message.maximumInventory.length) {
                    object.maximumInventory = $Array(message.maximumInventory.length);
                    for (var j = 0; j < message.maximumInventory.length; ++j)
                        object.maximumInventory[j] = options.json && !$isFinite(message.maximumInventory[j]) ? $String(message.maximumInventory[j]) : message.maximumInventory[j];
                }
                if (message.orderType && message.orderType.length) {
                    object.orderType = $Array(message.orderType.length);
                    for (var j = 0; j < message.orderType.length; ++j)
                        object.orderType[j] = options.enums === $String ? $root.replan.v1.PlannedOrderType[message.orderType[j]] === $undefined ? message.orderType[j] : $root.replan.v1.PlannedOrderType[message.orderType[j]] : message.orderType[j];
                }
                if (message.purchaseLeadTime && message.purchaseLeadTime.length) {
                    object.purchaseLeadTime = $Array(message.purchaseLeadTime.length);
                    for (var j = 0; j < message.purchaseLeadTime.length; ++j)
                        object.purchaseLeadTime[j] = options.json && !$isFinite(message.purchaseLeadTime[j]) ? $String(message.purchaseLeadTime[j]) : message.purchaseLeadTime[j];
                }
                if (message.productionLeadTime && message.productionLeadTime.length) {
                    object.productionLeadTime = $Array(message.productionLeadTime.length);
                    for (var j = 0; j < message.productionLeadTime.length; ++j)
                        object.productionLeadTime[j] = options.json && !$isFinite(message.productionLeadTime[j]) ? $String(message.productionLeadTime[j]) : message.productionLeadTime[j];
                }
                if (message.transferLeadTime && message.transferLeadTime.length) {
                    object.transferLeadTime = $Array(message.transferLeadTime.length);
                    for (var j = 0; j < message.transferLeadTime.length; ++j)
                        object.transferLeadTime[j] = options.json && !$isFinite(message.transferLeadTime[j]) ? $String(message.transferLeadTime[j]) : message.transferLeadTime[j];
                }
                if (message.leadTimeUnit && message.leadTimeUnit.length) {
                    object.leadTimeUnit = $Array(message.leadTimeUnit.length);
                    for (var j = 0; j < message.leadTimeUnit.length; ++j)
                        object.leadTimeUnit[j] = options.enums === $String ? $root.replan.v1.LeadTimeUnit[message.leadTimeUnit[j]] === $undefined ? message.leadTimeUnit[j] : $root.replan.v1.LeadTimeUnit[message.leadTimeUnit[j]] : message.leadTimeUnit[j];
                }
                if (message.minOrderQuantity && message.minOrderQuantity.length) {
                    object.minOrderQuantity = $Array(message.minOrderQuantity.length);
                    for (var j = 0; j < message.minOrderQuantity.length; ++j)
                        object.minOrderQuantity[j] = options.json && !$isFinite(message.minOrderQuantity[j]) ? $String(message.minOrderQuantity[j]) : message.minOrderQuantity[j];
                }
                if (message.maxOrderQuantity && message.maxOrderQuantity.length) {
                    object.maxOrderQuantity = $Array(message.maxOrderQuantity.length);
                    for (var j = 0; j < message.maxOrderQuantity.length; ++j)
                        object.maxOrderQuantity[j] = options.json && !$isFinite(message.maxOrderQuantity[j]) ? $String(message.maxOrderQuantity[j]) : message.maxOrderQuantity[j];
                }
                if (message.orderMultiple && message.orderMultiple.length) {
                    object.orderMultiple = $Array(message.orderMultiple.length);
                    for (var j = 0; j < message.orderMultiple.length; ++j)
                        object.orderMultiple[j] = options.json && !$isFinite(message.orderMultiple[j]) ? $String(message.orderMultiple[j]) : message.orderMultiple[j];
                }
                if (message.calendar && message.calendar.length) {
                    object.calendar = $Array(message.calendar.length);
                    for (var j = 0; j < message.calendar.length; ++j)
                        object.calendar[j] = message.calendar[j];
                }
                if (message.issueMargin && message.issueMargin.length) {
                    object.issueMargin = $Array(message.issueMargin.length);
                    for (var j = 0; j < message.issueMargin.length; ++j)
                        object.issueMargin[j] = options.json && !$isFinite(message.issueMargin[j]) ? $String(message.issueMargin[j]) : message.issueMargin[j];
                }
                if (message.receiptMargin && message.receiptMargin.length) {
                    object.receiptMargin = $Array(message.receiptMargin.length);
                    for (var j = 0; j < message.receiptMargin.length; ++j)
                        object.receiptMargin[j] = options.json && !$isFinite(message.receiptMargin[j]) ? $String(message.receiptMargin[j]) : message.receiptMargin[j];
                }
                if (message.reorderMargin && message.reorderMargin.length) {
                    object.reorderMargin = $Array(message.reorderMargin.length);
                    for (var j = 0; j < message.reorderMargin.length; ++j)
                        object.reorderMargin[j] = options.json && !$isFinite(message.reorderMargin[j]) ? $String(message.reorderMargin[j]) : message.reorderMargin[j];
                }
                if (message.actionFence && message.actionFence.length) {
                    object.actionFence = $Array(message.actionFence.length);
                    for (var j = 0; j < message.actionFence.length; ++j)
                        object.actionFence[j] = options.json && !$isFinite(message.actionFence[j]) ? $String(message.actionFence[j]) : message.actionFence[j];
                }
                if (message.advanceMargin && message.advanceMargin.length) {
                    object.advanceMargin = $Array(message.advanceMargin.length);
                    for (var j = 0; j < message.advanceMargin.length; ++j)
                        object.advanceMargin[j] = options.json && !$isFinite(message.advanceMargin[j]) ? $String(message.advanceMargin[j]) : message.advanceMargin[j];
                }
                if (message.postponeMargin && message.postponeMargin.length) {
                    object.postponeMargin = $Array(message.postponeMargin.length);
                    for (var j = 0; j < message.postponeMargin.length; ++j)
                        object.postponeMargin[j] = options.json && !$isFinite(message.postponeMargin[j]) ? $String(message.postponeMargin[j]) : message.postponeMargin[j];
                }
                if (message.firmingFence && message.firmingFence.length) {
                    object.firmingFence = $Array(message.firmingFence.length);
                    for (var j = 0; j < message.firmingFence.length; ++j)
                        object.firmingFence[j] = options.json && !$isFinite(message.firmingFence[j]) ? $String(message.firmingFence[j]) : message.firmingFence[j];
                }
                if (message.forecastReduction && message.forecastReduction.length) {
                    object.forecastReduction = $Array(message.forecastReduction.length);
                    for (var j = 0; j < message.forecastReduction.length; ++j)
                        object.forecastReduction[j] = options.enums === $String ? $root.replan.v1.ForecastReduction[message.forecastReduction[j]] === $undefined ? message.forecastReduction[j] : $root.replan.v1.ForecastReduction[message.forecastReduction[j]] : message.forecastReduction[j];
                }
                if (message.reductionKey && message.reductionKey.length) {
                    object.reductionKey = $Array(message.reductionKey.length);
                    for (var j = 0; j < message.reductionKey.length; ++j)
                        object.reductionKey[j] = message.reductionKey[j];
                }
                return object;
            };

            /**
             * Converts this CoverageColumns to JSON.
             * @function toJSON
             * @memberof replan.v1.CoverageColumns
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CoverageColumns.prototype.toJSON = function() {
                return CoverageColumns.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CoverageColumns
             * @function getTypeUrl
             * @memberof replan.v1.CoverageColumns
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CoverageColumns.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.CoverageColumns";
            };

            return CoverageColumns;
        })();

        v1.PlanBatch = (function() {

            /**
             * Properties of a PlanBatch.
             * @typedef {Object} replan.v1.PlanBatch.$Properties
             * @property {Array.<string>|null} [dictionary] PlanBatch dictionary
             * @property {number|null} [formatVersion] PlanBatch formatVersion
             * @property {string|null} [id] PlanBatch id
             * @property {number|null} [planDate] PlanBatch planDate
             * @property {number|null} [coverageTimeFence] PlanBatch coverageTimeFence
             * @property {number|null} [negativeDays] PlanBatch negativeDays
             * @property {number|null} [issueMargin] PlanBatch issueMargin
             * @property {number|null} [receiptMargin] PlanBatch receiptMargin
             * @property {number|null} [reorderMargin] PlanBatch reorderMargin
             * @property {string|null} [forecastModel] PlanBatch forecastModel
             * @property {replan.v1.CoverageColumns.$Properties|null} [defaults] PlanBatch defaults
             * @property {replan.v1.PlanFilter.$Properties|null} [filter] PlanBatch filter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanBatch.
             * @memberof replan.v1
             * @interface IPlanBatch
             * @augments replan.v1.PlanBatch.$Properties
             * @deprecated Use replan.v1.PlanBatch.$Properties instead.
             */

            /**
             * Shape of a PlanBatch.
             * @typedef {{
             *   dictionary?: Array.<string>|null;
             *   formatVersion?: number|null;
             *   id?: string|null;
             *   planDate?: number|null;
             *   coverageTimeFence?: number|null;
             *   negativeDays?: number|null;
             *   issueMargin?: number|null;
             *   receiptMargin?: number|null;
             *   reorderMargin?: number|null;
             *   forecastModel?: string|null;
             *   defaults?: replan.v1.CoverageColumns.$Shape|null;
             *   filter?: replan.v1.PlanFilter.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} replan.v1.PlanBatch.$Shape
             */

            /**
             * Constructs a new PlanBatch.
             * @memberof replan.v1
             * @classdesc Represents a PlanBatch.
             * @constructor
             * @param {replan.v1.PlanBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PlanBatch = function (properties) {
                this.dictionary = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.dictionary = $util.emptyArray;

            /**
             * PlanBatch formatVersion.
             * @member {number} formatVersion
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.formatVersion = 0;

            /**
             * PlanBatch id.
             * @member {string} id
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.id = "";

            /**
             * PlanBatch planDate.
             * @member {number} planDate
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.planDate = 0;

            /**
             * PlanBatch coverageTimeFence.
             * @member {number} coverageTimeFence
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.coverageTimeFence = 0;

            /**
             * PlanBatch negativeDays.
             * @member {number} negativeDays
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.negativeDays = 0;

            /**
             * PlanBatch issueMargin.
             * @member {number} issueMargin
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.issueMargin = 0;

            /**
             * PlanBatch receiptMargin.
             * @member {number} receiptMargin
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.receiptMargin = 0;

            /**
             * PlanBatch reorderMargin.
             * @member {number} reorderMargin
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.reorderMargin = 0;

            /**
             * PlanBatch forecastModel.
             * @member {string|null|undefined} forecastModel
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.forecastModel = null;

            /**
             * PlanBatch defaults.
             * @member {replan.v1.CoverageColumns.$Properties|null|undefined} defaults
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.defaults = null;

            /**
             * PlanBatch filter.
             * @member {replan.v1.PlanFilter.$Properties|null|undefined} filter
             * @memberof replan.v1.PlanBatch
             * @instance
             */
            PlanBatch.prototype.filter = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PlanBatch.prototype, "_forecastModel", {
                get: $util.oneOfGetter($oneOfFields = ["forecastModel"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PlanBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {replan.v1.PlanBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.PlanBatch} PlanBatch instance
             * @type {{
             *   (properties: replan.v1.PlanBatch.$Shape): replan.v1.PlanBatch & replan.v1.PlanBatch.$Shape;
             *   (properties?: replan.v1.PlanBatch.$Properties): replan.v1.PlanBatch;
             * }}
             */
            PlanBatch.create = function(properties) {
                return new PlanBatch(properties);
            };

            /**
             * Encodes the specified PlanBatch message. Does not implicitly {@link replan.v1.PlanBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {replan.v1.PlanBatch.$Properties} message PlanBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.formatVersion);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.id);
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate") && message.planDate !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.planDate);
                if (message.coverageTimeFence != null && $Object.hasOwnProperty.call(message, "coverageTimeFence") && !$Object.is(message.coverageTimeFence, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.coverageTimeFence);
                if (message.negativeDays != null && $Object.hasOwnProperty.call(message, "negativeDays") && !$Object.is(message.negativeDays, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.negativeDays);
                if (message.issueMargin != null && $Object.hasOwnProperty.call(message, "issueMargin") && !$Object.is(message.issueMargin, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.issueMargin);
                if (message.receiptMargin != null && $Object.hasOwnProperty.call(message, "receiptMargin") && !$Object.is(message.receiptMargin, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.receiptMargin);
                if (message.reorderMargin != null && $Object.hasOwnProperty.call(message, "reorderMargin") && !$Object.is(message.reorderMargin, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.reorderMargin);
                if (message.forecastModel != null && $Object.hasOwnProperty.call(message, "forecastModel"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.forecastModel);
                if (message.defaults != null && $Object.hasOwnProperty.call(message, "defaults"))
                    $root.replan.v1.CoverageColumns.encode(message.defaults, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    $root.replan.v1.PlanFilter.encode(message.filter, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlanBatch message, length delimited. Does not implicitly {@link replan.v1.PlanBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {replan.v1.PlanBatch.$Properties} message PlanBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.PlanBatch & replan.v1.PlanBatch.$Shape} PlanBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.PlanBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.formatVersion = value;
                            else
                                delete message.formatVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.planDate = value;
                            else
                                delete message.planDate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.coverageTimeFence = value;
                            else
                                delete message.coverageTimeFence;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.negativeDays = value;
                            else
                                delete message.negativeDays;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.issueMargin = value;
                            else
                                delete message.issueMargin;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.receiptMargin = value;
                            else
                                delete message.receiptMargin;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.reorderMargin = value;
                            else
                                delete message.reorderMargin;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.forecastModel = reader.stringVerify();
                            message._forecastModel = "forecastModel";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.defaults = $root.replan.v1.CoverageColumns.decode(reader, reader.size(), $undefined, _depth + 1, message.defaults);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.filter = $root.replan.v1.PlanFilter.decode(reader, reader.size(), $undefined, _depth + 1, message.filter);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlanBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.PlanBatch & replan.v1.PlanBatch.$Shape} PlanBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanBatch message.
             * @function verify
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                    if (!$util.isInteger(message.formatVersion))
                        return "formatVersion: integer expected";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate"))
                    if (!$util.isInteger(message.planDate))
                        return "planDate: integer expected";
                if (message.coverageTimeFence != null && $Object.hasOwnProperty.call(message, "coverageTimeFence"))
                    if (typeof message.coverageTimeFence !== "number")
                        return "coverageTimeFence: number expected";
                if (message.negativeDays != null && $Object.hasOwnProperty.call(message, "negativeDays"))
                    if (typeof message.negativeDays !== "number")
                        return "negativeDays: number expected";
                if (message.issueMargin != null && $Object.hasOwnProperty.call(message, "issueMargin"))
                    if (typeof message.issueMargin !== "number")
                        return "issueMargin: number expected";
                if (message.receiptMargin != null && $Object.hasOwnProperty.call(message, "receiptMargin"))
                    if (typeof message.receiptMargin !== "number")
                        return "receiptMargin: number expected";
                if (message.reorderMargin != null && $Object.hasOwnProperty.call(message, "reorderMargin"))
                    if (typeof message.reorderMargin !== "number")
                        return "reorderMargin: number expected";
                if (message.forecastModel != null && $Object.hasOwnProperty.call(message, "forecastModel")) {
                    properties._forecastModel = 1;
                    if (!$util.isString(message.forecastModel))
                        return "forecastModel: string expected";
                }
                if (message.defaults != null && $Object.hasOwnProperty.call(message, "defaults")) {
                    var error = $root.replan.v1.CoverageColumns.verify(message.defaults, _depth + 1);
                    if (error)
                        return "defaults." + error;
                }
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter")) {
                    var error = $root.replan.v1.PlanFilter.verify(message.filter, _depth + 1);
                    if (error)
                        return "filter." + error;
                }
                return null;
            };

            /**
             * Creates a PlanBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.PlanBatch} PlanBatch
             */
            PlanBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.PlanBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.PlanBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.PlanBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.PlanBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.formatVersion != null)
                    if ($Number(object.formatVersion) !== 0)
                        message.formatVersion = object.formatVersion >>> 0;
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.planDate != null)
                    if ($Number(object.planDate) !== 0)
                        message.planDate = object.planDate | 0;
                if (object.coverageTimeFence != null)
                    if (!$Object.is($Number(object.coverageTimeFence), 0))
                        message.coverageTimeFence = $Number(object.coverageTimeFence);
                if (object.negativeDays != null)
                    if (!$Object.is($Number(object.negativeDays), 0))
                        message.negativeDays = $Number(object.negativeDays);
                if (object.issueMargin != null)
                    if (!$Object.is($Number(object.issueMargin), 0))
                        message.issueMargin = $Number(object.issueMargin);
                if (object.receiptMargin != null)
                    if (!$Object.is($Number(object.receiptMargin), 0))
                        message.receiptMargin = $Number(object.receiptMargin);
                if (object.reorderMargin != null)
                    if (!$Object.is($Number(object.reorderMargin), 0))
                        message.reorderMargin = $Number(object.reorderMargin);
                if (object.forecastModel != null)
                    message.forecastModel = $String(object.forecastModel);
                if (object.defaults != null) {
                    if (!$util.isObject(object.defaults))
                        throw $TypeError(".replan.v1.PlanBatch.defaults: object expected");
                    message.defaults = $root.replan.v1.CoverageColumns.fromObject(object.defaults, _depth + 1);
                }
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw $TypeError(".replan.v1.PlanBatch.filter: object expected");
                    message.filter = $root.replan.v1.PlanFilter.fromObject(object.filter, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PlanBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {replan.v1.PlanBatch} message PlanBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.dictionary = [];
                if (options.defaults) {
                    object.formatVersion = 0;
                    object.id = "";
                    object.planDate = 0;
                    object.coverageTimeFence = 0;
                    object.negativeDays = 0;
                    object.issueMargin = 0;
                    object.receiptMargin = 0;
                    object.reorderMargin = 0;
                    object.defaults = null;
                    object.filter = null;
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                    object.formatVersion = message.formatVersion;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.planDate != null && $Object.hasOwnProperty.call(message, "planDate"))
                    object.planDate = message.planDate;
                if (message.coverageTimeFence != null && $Object.hasOwnProperty.call(message, "coverageTimeFence"))
                    object.coverageTimeFence = options.json && !$isFinite(message.coverageTimeFence) ? $String(message.coverageTimeFence) : message.coverageTimeFence;
                if (message.negativeDays != null && $Object.hasOwnProperty.call(message, "negativeDays"))
                    object.negativeDays = options.json && !$isFinite(message.negativeDays) ? $String(message.negativeDays) : message.negativeDays;
                if (message.issueMargin != null && $Object.hasOwnProperty.call(message, "issueMargin"))
                    object.issueMargin = options.json && !$isFinite(message.issueMargin) ? $String(message.issueMargin) : message.issueMargin;
                if (message.receiptMargin != null && $Object.hasOwnProperty.call(message, "receiptMargin"))
                    object.receiptMargin = options.json && !$isFinite(message.receiptMargin) ? $String(message.receiptMargin) : message.receiptMargin;
                if (message.reorderMargin != null && $Object.hasOwnProperty.call(message, "reorderMargin"))
                    object.reorderMargin = options.json && !$isFinite(message.reorderMargin) ? $String(message.reorderMargin) : message.reorderMargin;
                if (message.forecastModel != null && $Object.hasOwnProperty.call(message, "forecastModel"))
                    object.forecastModel = message.forecastModel;
                if (message.defaults != null && $Object.hasOwnProperty.call(message, "defaults"))
                    object.defaults = $root.replan.v1.CoverageColumns.toObject(message.defaults, options, _depth + 1);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.replan.v1.PlanFilter.toObject(message.filter, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PlanBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.PlanBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanBatch.prototype.toJSON = function() {
                return PlanBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanBatch
             * @function getTypeUrl
             * @memberof replan.v1.PlanBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.PlanBatch";
            };

            return PlanBatch;
        })();

        v1.PlanFilter = (function() {

            /**
             * Properties of a PlanFilter.
             * @typedef {Object} replan.v1.PlanFilter.$Properties
             * @property {Array.<string>|null} [items] PlanFilter items
             * @property {boolean|null} [all] PlanFilter all
             * @property {number|null} [levels] PlanFilter levels
             * @property {"all"|"levels"} [bomLevels] PlanFilter bomLevels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanFilter.
             * @memberof replan.v1
             * @interface IPlanFilter
             * @augments replan.v1.PlanFilter.$Properties
             * @deprecated Use replan.v1.PlanFilter.$Properties instead.
             */

            /**
             * Narrowed shape of a PlanFilter.
             * @typedef {{
             *   items?: Array.<string>|null;
             *   all?: boolean|null;
             *   levels?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ bomLevels?: undefined; all?: null; levels?: null }|{ bomLevels?: "all"; all: boolean; levels?: null }|{ bomLevels?: "levels"; all?: null; levels: number })
             * )} replan.v1.PlanFilter.$Shape
             */

            /**
             * Constructs a new PlanFilter.
             * @memberof replan.v1
             * @classdesc Represents a PlanFilter.
             * @constructor
             * @param {replan.v1.PlanFilter.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PlanFilter = function (properties) {
                this.items = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanFilter items.
             * @member {Array.<string>} items
             * @memberof replan.v1.PlanFilter
             * @instance
             */
            PlanFilter.prototype.items = $util.emptyArray;

            /**
             * PlanFilter all.
             * @member {boolean|null|undefined} all
             * @memberof replan.v1.PlanFilter
             * @instance
             */
            PlanFilter.prototype.all = null;

            /**
             * PlanFilter levels.
             * @member {number|null|undefined} levels
             * @memberof replan.v1.PlanFilter
             * @instance
             */
            PlanFilter.prototype.levels = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * PlanFilter bomLevels.
             * @member {"all"|"levels"|undefined} bomLevels
             * @memberof replan.v1.PlanFilter
             * @instance
             */
            $Object.defineProperty(PlanFilter.prototype, "bomLevels", {
                get: $util.oneOfGetter($oneOfFields = ["all", "levels"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PlanFilter instance using the specified properties.
             * @function create
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {replan.v1.PlanFilter.$Properties=} [properties] Properties to set
             * @returns {replan.v1.PlanFilter} PlanFilter instance
             * @type {{
             *   (properties: replan.v1.PlanFilter.$Shape): replan.v1.PlanFilter & replan.v1.PlanFilter.$Shape;
             *   (properties?: replan.v1.PlanFilter.$Properties): replan.v1.PlanFilter;
             * }}
             */
            PlanFilter.create = function(properties) {
                return new PlanFilter(properties);
            };

            /**
             * Encodes the specified PlanFilter message. Does not implicitly {@link replan.v1.PlanFilter.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {replan.v1.PlanFilter.$Properties} message PlanFilter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanFilter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (var i = 0; i < message.items.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.items[i]);
                if (message.all != null && $Object.hasOwnProperty.call(message, "all"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.all);
                if (message.levels != null && $Object.hasOwnProperty.call(message, "levels"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.levels);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PlanFilter message, length delimited. Does not implicitly {@link replan.v1.PlanFilter.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {replan.v1.PlanFilter.$Properties} message PlanFilter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanFilter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PlanFilter message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.PlanFilter & replan.v1.PlanFilter.$Shape} PlanFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanFilter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.PlanFilter();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.all = reader.bool();
                            message.bomLevels = "all";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.levels = reader.double();
                            message.bomLevels = "levels";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PlanFilter message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.PlanFilter & replan.v1.PlanFilter.$Shape} PlanFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanFilter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PlanFilter message.
             * @function verify
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PlanFilter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (var i = 0; i < message.items.length; ++i)
                        if (!$util.isString(message.items[i]))
                            return "items: string[] expected";
                }
                if (message.all != null && $Object.hasOwnProperty.call(message, "all")) {
                    properties.bomLevels = 1;
                    if (typeof message.all !== "boolean")
                        return "all: boolean expected";
                }
                if (message.levels != null && $Object.hasOwnProperty.call(message, "levels")) {
                    if (properties.bomLevels === 1)
                        return "bomLevels: multiple values";
                    properties.bomLevels = 1;
                    if (typeof message.levels !== "number")
                        return "levels: number expected";
                }
                return null;
            };

            /**
             * Creates a PlanFilter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.PlanFilter} PlanFilter
             */
            PlanFilter.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.PlanFilter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.PlanFilter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.PlanFilter();
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".replan.v1.PlanFilter.items: array expected");
                    message.items = $Array(object.items.length);
                    for (var i = 0; i < object.items.length; ++i)
                        message.items[i] = $String(object.items[i]);
                }
                if (object.all != null)
                    message.all = $Boolean(object.all);
                if (object.levels != null)
                    message.levels = $Number(object.levels);
                return message;
            };

            /**
             * Creates a plain object from a PlanFilter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {replan.v1.PlanFilter} message PlanFilter
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PlanFilter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (var j = 0; j < message.items.length; ++j)
                        object.items[j] = message.items[j];
                }
                if (message.all != null && $Object.hasOwnProperty.call(message, "all")) {
                    object.all = message.all;
                    if (options.oneofs)
                        object.bomLevels = "all";
                }
                if (message.levels != null && $Object.hasOwnProperty.call(message, "levels")) {
                    object.levels = options.json && !$isFinite(message.levels) ? $String(message.levels) : message.levels;
                    if (options.oneofs)
                        object.bomLevels = "levels";
                }
                return object;
            };

            /**
             * Converts this PlanFilter to JSON.
             * @function toJSON
             * @memberof replan.v1.PlanFilter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PlanFilter.prototype.toJSON = function() {
                return PlanFilter.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PlanFilter
             * @function getTypeUrl
             * @memberof replan.v1.PlanFilter
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanFilter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.PlanFilter";
            };

            return PlanFilter;
        })();

        v1.ItemBatch = (function() {

            /**
             * Properties of an ItemBatch.
             * @typedef {Object} replan.v1.ItemBatch.$Properties
             * @property {Array.<string>|null} [dictionary] ItemBatch dictionary
             * @property {Array.<string>|null} [id] ItemBatch id
             * @property {Array.<number>|null} [name] ItemBatch name
             * @property {Array.<number>|null} [coverageGroup] ItemBatch coverageGroup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ItemBatch.
             * @memberof replan.v1
             * @interface IItemBatch
             * @augments replan.v1.ItemBatch.$Properties
             * @deprecated Use replan.v1.ItemBatch.$Properties instead.
             */

            /**
             * Shape of an ItemBatch.
             * @typedef {replan.v1.ItemBatch.$Properties} replan.v1.ItemBatch.$Shape
             */

            /**
             * Constructs a new ItemBatch.
             * @memberof replan.v1
             * @classdesc Represents an ItemBatch.
             * @constructor
             * @param {replan.v1.ItemBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ItemBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.name = [];
                this.coverageGroup = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ItemBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.ItemBatch
             * @instance
             */
            ItemBatch.prototype.dictionary = $util.emptyArray;

            /**
             * ItemBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.ItemBatch
             * @instance
             */
            ItemBatch.prototype.id = $util.emptyArray;

            /**
             * ItemBatch name.
             * @member {Array.<number>} name
             * @memberof replan.v1.ItemBatch
             * @instance
             */
            ItemBatch.prototype.name = $util.emptyArray;

            /**
             * ItemBatch coverageGroup.
             * @member {Array.<number>} coverageGroup
             * @memberof replan.v1.ItemBatch
             * @instance
             */
            ItemBatch.prototype.coverageGroup = $util.emptyArray;

            /**
             * Creates a new ItemBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {replan.v1.ItemBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ItemBatch} ItemBatch instance
             * @type {{
             *   (properties: replan.v1.ItemBatch.$Shape): replan.v1.ItemBatch & replan.v1.ItemBatch.$Shape;
             *   (properties?: replan.v1.ItemBatch.$Properties): replan.v1.ItemBatch;
             * }}
             */
            ItemBatch.create = function(properties) {
                return new ItemBatch(properties);
            };

            /**
             * Encodes the specified ItemBatch message. Does not implicitly {@link replan.v1.ItemBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {replan.v1.ItemBatch.$Properties} message ItemBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ItemBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.name != null && message.name.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.name);
                if (message.coverageGroup != null && message.coverageGroup.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.coverageGroup);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ItemBatch message, length delimited. Does not implicitly {@link replan.v1.ItemBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {replan.v1.ItemBatch.$Properties} message ItemBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ItemBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ItemBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ItemBatch & replan.v1.ItemBatch.$Shape} ItemBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ItemBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ItemBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.name && message.name.length))
                                    message.name = [];
                                reader.uint32s(message.name);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.name && message.name.length))
                                message.name = [];
                            message.name.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.coverageGroup && message.coverageGroup.length))
                                    message.coverageGroup = [];
                                reader.uint32s(message.coverageGroup);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.coverageGroup && message.coverageGroup.length))
                                message.coverageGroup = [];
                            message.coverageGroup.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ItemBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ItemBatch & replan.v1.ItemBatch.$Shape} ItemBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ItemBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ItemBatch message.
             * @function verify
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ItemBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name")) {
                    if (!$Array.isArray(message.name))
                        return "name: array expected";
                    for (var i = 0; i < message.name.length; ++i)
                        if (!$util.isInteger(message.name[i]))
                            return "name: integer[] expected";
                }
                if (message.coverageGroup != null && $Object.hasOwnProperty.call(message, "coverageGroup")) {
                    if (!$Array.isArray(message.coverageGroup))
                        return "coverageGroup: array expected";
                    for (var i = 0; i < message.coverageGroup.length; ++i)
                        if (!$util.isInteger(message.coverageGroup[i]))
                            return "coverageGroup: integer[] expected";
                }
                return null;
            };

            /**
             * Creates an ItemBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ItemBatch} ItemBatch
             */
            ItemBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ItemBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ItemBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ItemBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.ItemBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.ItemBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.name) {
                    if (!$Array.isArray(object.name))
                        throw $TypeError(".replan.v1.ItemBatch.name: array expected");
                    message.name = $Array(object.name.length);
                    for (var i = 0; i < object.name.length; ++i)
                        message.name[i] = object.name[i] >>> 0;
                }
                if (object.coverageGroup) {
                    if (!$Array.isArray(object.coverageGroup))
                        throw $TypeError(".replan.v1.ItemBatch.coverageGroup: array expected");
                    message.coverageGroup = $Array(object.coverageGroup.length);
                    for (var i = 0; i < object.coverageGroup.length; ++i)
                        message.coverageGroup[i] = object.coverageGroup[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from an ItemBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {replan.v1.ItemBatch} message ItemBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ItemBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.name = [];
                    object.coverageGroup = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.name && message.name.length) {
                    object.name = $Array(message.name.length);
                    for (var j = 0; j < message.name.length; ++j)
                        object.name[j] = message.name[j];
                }
                if (message.coverageGroup && message.coverageGroup.length) {
                    object.coverageGroup = $Array(message.coverageGroup.length);
                    for (var j = 0; j < message.coverageGroup.length; ++j)
                        object.coverageGroup[j] = message.coverageGroup[j];
                }
                return object;
            };

            /**
             * Converts this ItemBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.ItemBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ItemBatch.prototype.toJSON = function() {
                return ItemBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ItemBatch
             * @function getTypeUrl
             * @memberof replan.v1.ItemBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ItemBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ItemBatch";
            };

            return ItemBatch;
        })();

        v1.CoverageGroupBatch = (function() {

            /**
             * Properties of a CoverageGroupBatch.
             * @typedef {Object} replan.v1.CoverageGroupBatch.$Properties
             * @property {Array.<string>|null} [dictionary] CoverageGroupBatch dictionary
             * @property {Array.<string>|null} [id] CoverageGroupBatch id
             * @property {Array.<number>|null} [name] CoverageGroupBatch name
             * @property {replan.v1.CoverageColumns.$Properties|null} [settings] CoverageGroupBatch settings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CoverageGroupBatch.
             * @memberof replan.v1
             * @interface ICoverageGroupBatch
             * @augments replan.v1.CoverageGroupBatch.$Properties
             * @deprecated Use replan.v1.CoverageGroupBatch.$Properties instead.
             */

            /**
             * Shape of a CoverageGroupBatch.
             * @typedef {replan.v1.CoverageGroupBatch.$Properties} replan.v1.CoverageGroupBatch.$Shape
             */

            /**
             * Constructs a new CoverageGroupBatch.
             * @memberof replan.v1
             * @classdesc Represents a CoverageGroupBatch.
             * @constructor
             * @param {replan.v1.CoverageGroupBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CoverageGroupBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.name = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CoverageGroupBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.CoverageGroupBatch
             * @instance
             */
            CoverageGroupBatch.prototype.dictionary = $util.emptyArray;

            /**
             * CoverageGroupBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.CoverageGroupBatch
             * @instance
             */
            CoverageGroupBatch.prototype.id = $util.emptyArray;

            /**
             * CoverageGroupBatch name.
             * @member {Array.<number>} name
             * @memberof replan.v1.CoverageGroupBatch
             * @instance
             */
            CoverageGroupBatch.prototype.name = $util.emptyArray;

            /**
             * CoverageGroupBatch settings.
             * @member {replan.v1.CoverageColumns.$Properties|null|undefined} settings
             * @memberof replan.v1.CoverageGroupBatch
             * @instance
             */
            CoverageGroupBatch.prototype.settings = null;

            /**
             * Creates a new CoverageGroupBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {replan.v1.CoverageGroupBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.CoverageGroupBatch} CoverageGroupBatch instance
             * @type {{
             *   (properties: replan.v1.CoverageGroupBatch.$Shape): replan.v1.CoverageGroupBatch & replan.v1.CoverageGroupBatch.$Shape;
             *   (properties?: replan.v1.CoverageGroupBatch.$Properties): replan.v1.CoverageGroupBatch;
             * }}
             */
            CoverageGroupBatch.create = function(properties) {
                return new CoverageGroupBatch(properties);
            };

            /**
             * Encodes the specified CoverageGroupBatch message. Does not implicitly {@link replan.v1.CoverageGroupBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {replan.v1.CoverageGroupBatch.$Properties} message CoverageGroupBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoverageGroupBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.name != null && message.name.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.name);
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.replan.v1.CoverageColumns.encode(message.settings, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CoverageGroupBatch message, length delimited. Does not implicitly {@link replan.v1.CoverageGroupBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {replan.v1.CoverageGroupBatch.$Properties} message CoverageGroupBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoverageGroupBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CoverageGroupBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.CoverageGroupBatch & replan.v1.CoverageGroupBatch.$Shape} CoverageGroupBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoverageGroupBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.CoverageGroupBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.name && message.name.length))
                                    message.name = [];
                                reader.uint32s(message.name);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.name && message.name.length))
                                message.name = [];
                            message.name.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.replan.v1.CoverageColumns.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CoverageGroupBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.CoverageGroupBatch & replan.v1.CoverageGroupBatch.$Shape} CoverageGroupBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoverageGroupBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CoverageGroupBatch message.
             * @function verify
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CoverageGroupBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name")) {
                    if (!$Array.isArray(message.name))
                        return "name: array expected";
                    for (var i = 0; i < message.name.length; ++i)
                        if (!$util.isInteger(message.name[i]))
                            return "name: integer[] expected";
                }
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings")) {
                    var error = $root.replan.v1.CoverageColumns.verify(message.settings, _depth + 1);
                    if (error)
                        return "settings." + error;
                }
                return null;
            };

            /**
             * Creates a CoverageGroupBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.CoverageGroupBatch} CoverageGroupBatch
             */
            CoverageGroupBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.CoverageGroupBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.CoverageGroupBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.CoverageGroupBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.CoverageGroupBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.CoverageGroupBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.name) {
                    if (!$Array.isArray(object.name))
                        throw $TypeError(".replan.v1.CoverageGroupBatch.name: array expected");
                    message.name = $Array(object.name.length);
                    for (var i = 0; i < object.name.length; ++i)
                        message.name[i] = object.name[i] >>> 0;
                }
                if (object.settings != null) {
                    if (!$util.isObject(object.settings))
                        throw $TypeError(".replan.v1.CoverageGroupBatch.settings: object expected");
                    message.settings = $root.replan.v1.CoverageColumns.fromObject(object.settings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CoverageGroupBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {replan.v1.CoverageGroupBatch} message CoverageGroupBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CoverageGroupBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.name = [];
                }
                if (options.defaults)
                    object.settings = null;
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.name && message.name.length) {
                    object.name = $Array(message.name.length);
                    for (var j = 0; j < message.name.length; ++j)
                        object.name[j] = message.name[j];
                }
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    object.settings = $root.replan.v1.CoverageColumns.toObject(message.settings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CoverageGroupBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.CoverageGroupBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CoverageGroupBatch.prototype.toJSON = function() {
                return CoverageGroupBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CoverageGroupBatch
             * @function getTypeUrl
             * @memberof replan.v1.CoverageGroupBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CoverageGroupBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.CoverageGroupBatch";
            };

            return CoverageGroupBatch;
        })();

        v1.ItemCoverageBatch = (function() {

            /**
             * Properties of an ItemCoverageBatch.
             * @typedef {Object} replan.v1.ItemCoverageBatch.$Properties
             * @property {Array.<string>|null} [dictionary] ItemCoverageBatch dictionary
             * @property {Array.<number>|null} [item] ItemCoverageBatch item
             * @property {Array.<number>|null} [warehouse] ItemCoverageBatch warehouse
             * @property {Array.<number>|null} [mainWarehouse] ItemCoverageBatch mainWarehouse
             * @property {replan.v1.CoverageColumns.$Properties|null} [settings] ItemCoverageBatch settings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ItemCoverageBatch.
             * @memberof replan.v1
             * @interface IItemCoverageBatch
             * @augments replan.v1.ItemCoverageBatch.$Properties
             * @deprecated Use replan.v1.ItemCoverageBatch.$Properties instead.
             */

            /**
             * Shape of an ItemCoverageBatch.
             * @typedef {replan.v1.ItemCoverageBatch.$Properties} replan.v1.ItemCoverageBatch.$Shape
             */

            /**
             * Constructs a new ItemCoverageBatch.
             * @memberof replan.v1
             * @classdesc Represents an ItemCoverageBatch.
             * @constructor
             * @param {replan.v1.ItemCoverageBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ItemCoverageBatch = function (properties) {
                this.dictionary = [];
                this.item = [];
                this.warehouse = [];
                this.mainWarehouse = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ItemCoverageBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.ItemCoverageBatch
             * @instance
             */
            ItemCoverageBatch.prototype.dictionary = $util.emptyArray;

            /**
             * ItemCoverageBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.ItemCoverageBatch
             * @instance
             */
            ItemCoverageBatch.prototype.item = $util.emptyArray;

            /**
             * ItemCoverageBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.ItemCoverageBatch
             * @instance
             */
            ItemCoverageBatch.prototype.warehouse = $util.emptyArray;

            /**
             * ItemCoverageBatch mainWarehouse.
             * @member {Array.<number>} mainWarehouse
             * @memberof replan.v1.ItemCoverageBatch
             * @instance
             */
            ItemCoverageBatch.prototype.mainWarehouse = $util.emptyArray;

            /**
             * ItemCoverageBatch settings.
             * @member {replan.v1.CoverageColumns.$Properties|null|undefined} settings
             * @memberof replan.v1.ItemCoverageBatch
             * @instance
             */
            ItemCoverageBatch.prototype.settings = null;

            /**
             * Creates a new ItemCoverageBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {replan.v1.ItemCoverageBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ItemCoverageBatch} ItemCoverageBatch instance
             * @type {{
             *   (properties: replan.v1.ItemCoverageBatch.$Shape): replan.v1.ItemCoverageBatch & replan.v1.ItemCoverageBatch.$Shape;
             *   (properties?: replan.v1.ItemCoverageBatch.$Properties): replan.v1.ItemCoverageBatch;
             * }}
             */
            ItemCoverageBatch.create = function(properties) {
                return new ItemCoverageBatch(properties);
            };

            /**
             * Encodes the specified ItemCoverageBatch message. Does not implicitly {@link replan.v1.ItemCoverageBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {replan.v1.ItemCoverageBatch.$Properties} message ItemCoverageBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ItemCoverageBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.warehouse);
                if (message.mainWarehouse != null && message.mainWarehouse.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.mainWarehouse);
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.replan.v1.CoverageColumns.encode(message.settings, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ItemCoverageBatch message, length delimited. Does not implicitly {@link replan.v1.ItemCoverageBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {replan.v1.ItemCoverageBatch.$Properties} message ItemCoverageBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ItemCoverageBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ItemCoverageBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ItemCoverageBatch & replan.v1.ItemCoverageBatch.$Shape} ItemCoverageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ItemCoverageBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ItemCoverageBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.mainWarehouse && message.mainWarehouse.length))
                                    message.mainWarehouse = [];
                                reader.uint32s(message.mainWarehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.mainWarehouse && message.mainWarehouse.length))
                                message.mainWarehouse = [];
                            message.mainWarehouse.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.replan.v1.CoverageColumns.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ItemCoverageBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ItemCoverageBatch & replan.v1.ItemCoverageBatch.$Shape} ItemCoverageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ItemCoverageBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ItemCoverageBatch message.
             * @function verify
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ItemCoverageBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.mainWarehouse != null && $Object.hasOwnProperty.call(message, "mainWarehouse")) {
                    if (!$Array.isArray(message.mainWarehouse))
                        return "mainWarehouse: array expected";
                    for (var i = 0; i < message.mainWarehouse.length; ++i)
                        if (!$util.isInteger(message.mainWarehouse[i]))
                            return "mainWarehouse: integer[] expected";
                }
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings")) {
                    var error = $root.replan.v1.CoverageColumns.verify(message.settings, _depth + 1);
                    if (error)
                        return "settings." + error;
                }
                return null;
            };

            /**
             * Creates an ItemCoverageBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ItemCoverageBatch} ItemCoverageBatch
             */
            ItemCoverageBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ItemCoverageBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ItemCoverageBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ItemCoverageBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.ItemCoverageBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.ItemCoverageBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.ItemCoverageBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.mainWarehouse) {
                    if (!$Array.isArray(object.mainWarehouse))
                        throw $TypeError(".replan.v1.ItemCoverageBatch.mainWarehouse: array expected");
                    message.mainWarehouse = $Array(object.mainWarehouse.length);
                    for (var i = 0; i < object.mainWarehouse.length; ++i)
                        message.mainWarehouse[i] = object.mainWarehouse[i] >>> 0;
                }
                if (object.settings != null) {
                    if (!$util.isObject(object.settings))
                        throw $TypeError(".replan.v1.ItemCoverageBatch.settings: object expected");
                    message.settings = $root.replan.v1.CoverageColumns.fromObject(object.settings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an ItemCoverageBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {replan.v1.ItemCoverageBatch} message ItemCoverageBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ItemCoverageBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.item = [];
                    object.warehouse = [];
                    object.mainWarehouse = [];
                }
                if (options.defaults)
                    object.settings = null;
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.mainWarehouse && message.mainWarehouse.length) {
                    object.mainWarehouse = $Array(message.mainWarehouse.length);
                    for (var j = 0; j < message.mainWarehouse.length; ++j)
                        object.mainWarehouse[j] = message.mainWarehouse[j];
                }
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    object.settings = $root.replan.v1.CoverageColumns.toObject(message.settings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ItemCoverageBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.ItemCoverageBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ItemCoverageBatch.prototype.toJSON = function() {
                return ItemCoverageBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ItemCoverageBatch
             * @function getTypeUrl
             * @memberof replan.v1.ItemCoverageBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ItemCoverageBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ItemCoverageBatch";
            };

            return ItemCoverageBatch;
        })();

        v1.WarehouseBatch = (function() {

            /**
             * Properties of a WarehouseBatch.
             * @typedef {Object} replan.v1.WarehouseBatch.$Properties
             * @property {Array.<string>|null} [dictionary] WarehouseBatch dictionary
             * @property {Array.<string>|null} [id] WarehouseBatch id
             * @property {Array.<number>|null} [name] WarehouseBatch name
             * @property {Array.<number>|null} [mainWarehouse] WarehouseBatch mainWarehouse
             * @property {Array.<number>|null} [calendar] WarehouseBatch calendar
             * @property {Array.<replan.v1.OptionalBool>|null} [manual] WarehouseBatch manual
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WarehouseBatch.
             * @memberof replan.v1
             * @interface IWarehouseBatch
             * @augments replan.v1.WarehouseBatch.$Properties
             * @deprecated Use replan.v1.WarehouseBatch.$Properties instead.
             */

            /**
             * Shape of a WarehouseBatch.
             * @typedef {replan.v1.WarehouseBatch.$Properties} replan.v1.WarehouseBatch.$Shape
             */

            /**
             * Constructs a new WarehouseBatch.
             * @memberof replan.v1
             * @classdesc Represents a WarehouseBatch.
             * @constructor
             * @param {replan.v1.WarehouseBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var WarehouseBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.name = [];
                this.mainWarehouse = [];
                this.calendar = [];
                this.manual = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WarehouseBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.WarehouseBatch
             * @instance
             */
            WarehouseBatch.prototype.dictionary = $util.emptyArray;

            /**
             * WarehouseBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.WarehouseBatch
             * @instance
             */
            WarehouseBatch.prototype.id = $util.emptyArray;

            /**
             * WarehouseBatch name.
             * @member {Array.<number>} name
             * @memberof replan.v1.WarehouseBatch
             * @instance
             */
            WarehouseBatch.prototype.name = $util.emptyArray;

            /**
             * WarehouseBatch mainWarehouse.
             * @member {Array.<number>} mainWarehouse
             * @memberof replan.v1.WarehouseBatch
             * @instance
             */
            WarehouseBatch.prototype.mainWarehouse = $util.emptyArray;

            /**
             * WarehouseBatch calendar.
             * @member {Array.<number>} calendar
             * @memberof replan.v1.WarehouseBatch
             * @instance
             */
            WarehouseBatch.prototype.calendar = $util.emptyArray;

            /**
             * WarehouseBatch manual.
             * @member {Array.<replan.v1.OptionalBool>} manual
             * @memberof replan.v1.WarehouseBatch
             * @instance
             */
            WarehouseBatch.prototype.manual = $util.emptyArray;

            /**
             * Creates a new WarehouseBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {replan.v1.WarehouseBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.WarehouseBatch} WarehouseBatch instance
             * @type {{
             *   (properties: replan.v1.WarehouseBatch.$Shape): replan.v1.WarehouseBatch & replan.v1.WarehouseBatch.$Shape;
             *   (properties?: replan.v1.WarehouseBatch.$Properties): replan.v1.WarehouseBatch;
             * }}
             */
            WarehouseBatch.create = function(properties) {
                return new WarehouseBatch(properties);
            };

            /**
             * Encodes the specified WarehouseBatch message. Does not implicitly {@link replan.v1.WarehouseBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {replan.v1.WarehouseBatch.$Properties} message WarehouseBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WarehouseBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.name != null && message.name.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.name);
                if (message.mainWarehouse != null && message.mainWarehouse.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.mainWarehouse);
                if (message.calendar != null && message.calendar.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.calendar);
                if (message.manual != null && message.manual.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.manual);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WarehouseBatch message, length delimited. Does not implicitly {@link replan.v1.WarehouseBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {replan.v1.WarehouseBatch.$Properties} message WarehouseBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WarehouseBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WarehouseBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.WarehouseBatch & replan.v1.WarehouseBatch.$Shape} WarehouseBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WarehouseBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.WarehouseBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.name && message.name.length))
                                    message.name = [];
                                reader.uint32s(message.name);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.name && message.name.length))
                                message.name = [];
                            message.name.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.mainWarehouse && message.mainWarehouse.length))
                                    message.mainWarehouse = [];
                                reader.uint32s(message.mainWarehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.mainWarehouse && message.mainWarehouse.length))
                                message.mainWarehouse = [];
                            message.mainWarehouse.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.calendar && message.calendar.length))
                                    message.calendar = [];
                                reader.uint32s(message.calendar);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.calendar && message.calendar.length))
                                message.calendar = [];
                            message.calendar.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.manual && message.manual.length))
                                    message.manual = [];
                                reader.int32s(message.manual);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.manual && message.manual.length))
                                message.manual = [];
                            message.manual.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WarehouseBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.WarehouseBatch & replan.v1.WarehouseBatch.$Shape} WarehouseBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WarehouseBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WarehouseBatch message.
             * @function verify
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WarehouseBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name")) {
                    if (!$Array.isArray(message.name))
                        return "name: array expected";
                    for (var i = 0; i < message.name.length; ++i)
                        if (!$util.isInteger(message.name[i]))
                            return "name: integer[] expected";
                }
                if (message.mainWarehouse != null && $Object.hasOwnProperty.call(message, "mainWarehouse")) {
                    if (!$Array.isArray(message.mainWarehouse))
                        return "mainWarehouse: array expected";
                    for (var i = 0; i < message.mainWarehouse.length; ++i)
                        if (!$util.isInteger(message.mainWarehouse[i]))
                            return "mainWarehouse: integer[] expected";
                }
                if (message.calendar != null && $Object.hasOwnProperty.call(message, "calendar")) {
                    if (!$Array.isArray(message.calendar))
                        return "calendar: array expected";
                    for (var i = 0; i < message.calendar.length; ++i)
                        if (!$util.isInteger(message.calendar[i]))
                            return "calendar: integer[] expected";
                }
                if (message.manual != null && $Object.hasOwnProperty.call(message, "manual")) {
                    if (!$Array.isArray(message.manual))
                        return "manual: array expected";
                    for (var i = 0; i < message.manual.length; ++i)
                        if (typeof message.manual[i] !== "number" || (message.manual[i] | 0) !== message.manual[i])
                            return "manual: enum value[] expected";
                }
                return null;
            };

            /**
             * Creates a WarehouseBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.WarehouseBatch} WarehouseBatch
             */
            WarehouseBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.WarehouseBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.WarehouseBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.WarehouseBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.WarehouseBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.WarehouseBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.name) {
                    if (!$Array.isArray(object.name))
                        throw $TypeError(".replan.v1.WarehouseBatch.name: array expected");
                    message.name = $Array(object.name.length);
                    for (var i = 0; i < object.name.length; ++i)
                        message.name[i] = object.name[i] >>> 0;
                }
                if (object.mainWarehouse) {
                    if (!$Array.isArray(object.mainWarehouse))
                        throw $TypeError(".replan.v1.WarehouseBatch.mainWarehouse: array expected");
                    message.mainWarehouse = $Array(object.mainWarehouse.length);
                    for (var i = 0; i < object.mainWarehouse.length; ++i)
                        message.mainWarehouse[i] = object.mainWarehouse[i] >>> 0;
                }
                if (object.calendar) {
                    if (!$Array.isArray(object.calendar))
                        throw $TypeError(".replan.v1.WarehouseBatch.calendar: array expected");
                    message.calendar = $Array(object.calendar.length);
                    for (var i = 0; i < object.calendar.length; ++i)
                        message.calendar[i] = object.calendar[i] >>> 0;
                }
                if (object.manual) {
                    if (!$Array.isArray(object.manual))
                        throw $TypeError(".replan.v1.WarehouseBatch.manual: array expected");
                    message.manual = [];
                    for (var i = 0; i < object.manual.length; ++i)
                        switch (object.manual[i]) {
                        case "OPTIONAL_BOOL_UNSET":
                        case 0:
                            message.manual[message.manual.length] = 0;
                            break;
                        case "OPTIONAL_BOOL_FALSE":
                        case 1:
                            message.manual[message.manual.length] = 1;
                            break;
                        case "OPTIONAL_BOOL_TRUE":
                        case 2:
                            message.manual[message.manual.length] = 2;
                            break;
                        default:
                            if (typeof object.manual[i] === "number" && (object.manual[i] | 0) === object.manual[i])
                                message.manual[message.manual.length] = object.manual[i];
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from a WarehouseBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {replan.v1.WarehouseBatch} message WarehouseBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WarehouseBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.name = [];
                    object.mainWarehouse = [];
                    object.calendar = [];
                    object.manual = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.name && message.name.length) {
                    object.name = $Array(message.name.length);
                    for (var j = 0; j < message.name.length; ++j)
                        object.name[j] = message.name[j];
                }
                if (message.mainWarehouse && message.mainWarehouse.length) {
                    object.mainWarehouse = $Array(message.mainWarehouse.length);
                    for (var j = 0; j < message.mainWarehouse.length; ++j)
                        object.mainWarehouse[j] = message.mainWarehouse[j];
                }
                if (message.calendar && message.calendar.length) {
                    object.calendar = $Array(message.calendar.length);
                    for (var j = 0; j < message.calendar.length; ++j)
                        object.calendar[j] = message.calendar[j];
                }
                if (message.manual && message.manual.length) {
                    object.manual = $Array(message.manual.length);
                    for (var j = 0; j < message.manual.length; ++j)
                        object.manual[j] = options.enums === $String ? $root.replan.v1.OptionalBool[message.manual[j]] === $undefined ? message.manual[j] : $root.replan.v1.OptionalBool[message.manual[j]] : message.manual[j];
                }
                return object;
            };

            /**
             * Converts this WarehouseBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.WarehouseBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WarehouseBatch.prototype.toJSON = function() {
                return WarehouseBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WarehouseBatch
             * @function getTypeUrl
             * @memberof replan.v1.WarehouseBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WarehouseBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.WarehouseBatch";
            };

            return WarehouseBatch;
        })();

        v1.CalendarBatch = (function() {

            /**
             * Properties of a CalendarBatch.
             * @typedef {Object} replan.v1.CalendarBatch.$Properties
             * @property {Array.<string>|null} [dictionary] CalendarBatch dictionary
             * @property {Array.<string>|null} [id] CalendarBatch id
             * @property {Array.<number>|null} [weekdayCount] CalendarBatch weekdayCount
             * @property {Array.<number>|null} [weekdays] CalendarBatch weekdays
             * @property {Array.<boolean>|null} [hasExceptions] CalendarBatch hasExceptions
             * @property {Array.<number>|null} [exceptionCount] CalendarBatch exceptionCount
             * @property {Array.<number>|null} [exceptionDate] CalendarBatch exceptionDate
             * @property {Array.<boolean>|null} [exceptionOpen] CalendarBatch exceptionOpen
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CalendarBatch.
             * @memberof replan.v1
             * @interface ICalendarBatch
             * @augments replan.v1.CalendarBatch.$Properties
             * @deprecated Use replan.v1.CalendarBatch.$Properties instead.
             */

            /**
             * Shape of a CalendarBatch.
             * @typedef {replan.v1.CalendarBatch.$Properties} replan.v1.CalendarBatch.$Shape
             */

            /**
             * Constructs a new CalendarBatch.
             * @memberof replan.v1
             * @classdesc Represents a CalendarBatch.
             * @constructor
             * @param {replan.v1.CalendarBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CalendarBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.weekdayCount = [];
                this.weekdays = [];
                this.hasExceptions = [];
                this.exceptionCount = [];
                this.exceptionDate = [];
                this.exceptionOpen = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CalendarBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.CalendarBatch
             * @instance
             */
            CalendarBatch.prototype.dictionary = $util.emptyArray;

            /**
             * CalendarBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.CalendarBatch
             * @instance
             */
            CalendarBatch.prototype.id = $util.emptyArray;

            /**
             * CalendarBatch weekdayCount.
             * @member {Array.<number>} weekdayCount
             * @memberof replan.v1.CalendarBatch
             * @instance
             */
            CalendarBatch.prototype.weekdayCount = $util.emptyArray;

            /**
             * CalendarBatch weekdays.
             * @member {Array.<number>} weekdays
             * @memberof replan.v1.CalendarBatch
             * @instance
             */
            CalendarBatch.prototype.weekdays = $util.emptyArray;

            /**
             * CalendarBatch hasExceptions.
             * @member {Array.<boolean>} hasExceptions
             * @memberof replan.v1.CalendarBatch
             * @instance
             */
            CalendarBatch.prototype.hasExceptions = $util.emptyArray;

            /**
             * CalendarBatch exceptionCount.
             * @member {Array.<number>} exceptionCount
             * @memberof replan.v1.CalendarBatch
             * @instance
             */
            CalendarBatch.prototype.exceptionCount = $util.emptyArray;

            /**
             * CalendarBatch exceptionDate.
             * @member {Array.<number>} exceptionDate
             * @memberof replan.v1.CalendarBatch
             * @instance
             */
            CalendarBatch.prototype.exceptionDate = $util.emptyArray;

            /**
             * CalendarBatch exceptionOpen.
             * @member {Array.<boolean>} exceptionOpen
             * @memberof replan.v1.CalendarBatch
             * @instance
             */
            CalendarBatch.prototype.exceptionOpen = $util.emptyArray;

            /**
             * Creates a new CalendarBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {replan.v1.CalendarBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.CalendarBatch} CalendarBatch instance
             * @type {{
             *   (properties: replan.v1.CalendarBatch.$Shape): replan.v1.CalendarBatch & replan.v1.CalendarBatch.$Shape;
             *   (properties?: replan.v1.CalendarBatch.$Properties): replan.v1.CalendarBatch;
             * }}
             */
            CalendarBatch.create = function(properties) {
                return new CalendarBatch(properties);
            };

            /**
             * Encodes the specified CalendarBatch message. Does not implicitly {@link replan.v1.CalendarBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {replan.v1.CalendarBatch.$Properties} message CalendarBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CalendarBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.weekdayCount != null && message.weekdayCount.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.weekdayCount);
                if (message.weekdays != null && message.weekdays.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.weekdays);
                if (message.hasExceptions != null && message.hasExceptions.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bools(message.hasExceptions);
                if (message.exceptionCount != null && message.exceptionCount.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.exceptionCount);
                if (message.exceptionDate != null && message.exceptionDate.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.exceptionDate);
                if (message.exceptionOpen != null && message.exceptionOpen.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bools(message.exceptionOpen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CalendarBatch message, length delimited. Does not implicitly {@link replan.v1.CalendarBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {replan.v1.CalendarBatch.$Properties} message CalendarBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CalendarBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CalendarBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.CalendarBatch & replan.v1.CalendarBatch.$Shape} CalendarBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CalendarBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.CalendarBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.weekdayCount && message.weekdayCount.length))
                                    message.weekdayCount = [];
                                reader.uint32s(message.weekdayCount);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.weekdayCount && message.weekdayCount.length))
                                message.weekdayCount = [];
                            message.weekdayCount.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.weekdays && message.weekdays.length))
                                    message.weekdays = [];
                                reader.uint32s(message.weekdays);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.weekdays && message.weekdays.length))
                                message.weekdays = [];
                            message.weekdays.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.hasExceptions && message.hasExceptions.length))
                                    message.hasExceptions = [];
                                reader.bools(message.hasExceptions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.hasExceptions && message.hasExceptions.length))
                                message.hasExceptions = [];
                            message.hasExceptions.push(reader.bool());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.exceptionCount && message.exceptionCount.length))
                                    message.exceptionCount = [];
                                reader.uint32s(message.exceptionCount);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.exceptionCount && message.exceptionCount.length))
                                message.exceptionCount = [];
                            message.exceptionCount.push(reader.uint32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.exceptionDate && message.exceptionDate.length))
                                    message.exceptionDate = [];
                                reader.int32s(message.exceptionDate);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.exceptionDate && message.exceptionDate.length))
                                message.exceptionDate = [];
                            message.exceptionDate.push(reader.int32());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.exceptionOpen && message.exceptionOpen.length))
                                    message.exceptionOpen = [];
                                reader.bools(message.exceptionOpen);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.exceptionOpen && message.exceptionOpen.length))
                                message.exceptionOpen = [];
                            message.exceptionOpen.push(reader.bool());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CalendarBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.CalendarBatch & replan.v1.CalendarBatch.$Shape} CalendarBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CalendarBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CalendarBatch message.
             * @function verify
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CalendarBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.weekdayCount != null && $Object.hasOwnProperty.call(message, "weekdayCount")) {
                    if (!$Array.isArray(message.weekdayCount))
                        return "weekdayCount: array expected";
                    for (var i = 0; i < message.weekdayCount.length; ++i)
                        if (!$util.isInteger(message.weekdayCount[i]))
                            return "weekdayCount: integer[] expected";
                }
                if (message.weekdays != null && $Object.hasOwnProperty.call(message, "weekdays")) {
                    if (!$Array.isArray(message.weekdays))
                        return "weekdays: array expected";
                    for (var i = 0; i < message.weekdays.length; ++i)
                        if (!$util.isInteger(message.weekdays[i]))
                            return "weekdays: integer[] expected";
                }
                if (message.hasExceptions != null && $Object.hasOwnProperty.call(message, "hasExceptions")) {
                    if (!$Array.isArray(message.hasExceptions))
                        return "hasExceptions: array expected";
                    for (var i = 0; i < message.hasExceptions.length; ++i)
                        if (typeof message.hasExceptions[i] !== "boolean")
                            return "hasExceptions: boolean[] expected";
                }
                if (message.exceptionCount != null && $Object.hasOwnProperty.call(message, "exceptionCount")) {
                    if (!$Array.isArray(message.exceptionCount))
                        return "exceptionCount: array expected";
                    for (var i = 0; i < message.exceptionCount.length; ++i)
                        if (!$util.isInteger(message.exceptionCount[i]))
                            return "exceptionCount: integer[] expected";
                }
                if (message.exceptionDate != null && $Object.hasOwnProperty.call(message, "exceptionDate")) {
                    if (!$Array.isArray(message.exceptionDate))
                        return "exceptionDate: array expected";
                    for (var i = 0; i < message.exceptionDate.length; ++i)
                        if (!$util.isInteger(message.exceptionDate[i]))
                            return "exceptionDate: integer[] expected";
                }
                if (message.exceptionOpen != null && $Object.hasOwnProperty.call(message, "exceptionOpen")) {
                    if (!$Array.isArray(message.exceptionOpen))
                        return "exceptionOpen: array expected";
                    for (var i = 0; i < message.exceptionOpen.length; ++i)
                        if (typeof message.exceptionOpen[i] !== "boolean")
                            return "exceptionOpen: boolean[] expected";
                }
                return null;
            };

            /**
             * Creates a CalendarBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.CalendarBatch} CalendarBatch
             */
            CalendarBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.CalendarBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.CalendarBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.CalendarBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.CalendarBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.CalendarBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.weekdayCount) {
                    if (!$Array.isArray(object.weekdayCount))
                        throw $TypeError(".replan.v1.CalendarBatch.weekdayCount: array expected");
                    message.weekdayCount = $Array(object.weekdayCount.length);
                    for (var i = 0; i < object.weekdayCount.length; ++i)
                        message.weekdayCount[i] = object.weekdayCount[i] >>> 0;
                }
                if (object.weekdays) {
                    if (!$Array.isArray(object.weekdays))
                        throw $TypeError(".replan.v1.CalendarBatch.weekdays: array expected");
                    message.weekdays = $Array(object.weekdays.length);
                    for (var i = 0; i < object.weekdays.length; ++i)
                        message.weekdays[i] = object.weekdays[i] >>> 0;
                }
                if (object.hasExceptions) {
                    if (!$Array.isArray(object.hasExceptions))
                        throw $TypeError(".replan.v1.CalendarBatch.hasExceptions: array expected");
                    message.hasExceptions = $Array(object.hasExceptions.length);
                    for (var i = 0; i < object.hasExceptions.length; ++i)
                        message.hasExceptions[i] = $Boolean(object.hasExceptions[i]);
                }
                if (object.exceptionCount) {
                    if (!$Array.isArray(object.exceptionCount))
                        throw $TypeError(".replan.v1.CalendarBatch.exceptionCount: array expected");
                    message.exceptionCount = $Array(object.exceptionCount.length);
                    for (var i = 0; i < object.exceptionCount.length; ++i)
                        message.exceptionCount[i] = object.exceptionCount[i] >>> 0;
                }
                if (object.exceptionDate) {
                    if (!$Array.isArray(object.exceptionDate))
                        throw $TypeError(".replan.v1.CalendarBatch.exceptionDate: array expected");
                    message.exceptionDate = $Array(object.exceptionDate.length);
                    for (var i = 0; i < object.exceptionDate.length; ++i)
                        message.exceptionDate[i] = object.exceptionDate[i] | 0;
                }
                if (object.exceptionOpen) {
                    if (!$Array.isArray(object.exceptionOpen))
                        throw $TypeError(".replan.v1.CalendarBatch.exceptionOpen: array expected");
                    message.exceptionOpen = $Array(object.exceptionOpen.length);
                    for (var i = 0; i < object.exceptionOpen.length; ++i)
                        message.exceptionOpen[i] = $Boolean(object.exceptionOpen[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a CalendarBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {replan.v1.CalendarBatch} message CalendarBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CalendarBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.weekdayCount = [];
                    object.weekdays = [];
                    object.hasExceptions = [];
                    object.exceptionCount = [];
                    object.exceptionDate = [];
                    object.exceptionOpen = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.weekdayCount && message.weekdayCount.length) {
                    object.weekdayCount = $Array(message.weekdayCount.length);
                    for (var j = 0; j < message.weekdayCount.length; ++j)
                        object.weekdayCount[j] = message.weekdayCount[j];
                }
                if (message.weekdays && message.weekdays.length) {
                    object.weekdays = $Array(message.weekdays.length);
                    for (var j = 0; j < message.weekdays.length; ++j)
                        object.weekdays[j] = message.weekdays[j];
                }
                if (message.hasExceptions && message.hasExceptions.length) {
                    object.hasExceptions = $Array(message.hasExceptions.length);
                    for (var j = 0; j < message.hasExceptions.length; ++j)
                        object.hasExceptions[j] = message.hasExceptions[j];
                }
                if (message.exceptionCount && message.exceptionCount.length) {
                    object.exceptionCount = $Array(message.exceptionCount.length);
                    for (var j = 0; j < message.exceptionCount.length; ++j)
                        object.exceptionCount[j] = message.exceptionCount[j];
                }
                if (message.exceptionDate && message.exceptionDate.length) {
                    object.exceptionDate = $Array(message.exceptionDate.length);
                    for (var j = 0; j < message.exceptionDate.length; ++j)
                        object.exceptionDate[j] = message.exceptionDate[j];
                }
                if (message.exceptionOpen && message.exceptionOpen.length) {
                    object.exceptionOpen = $Array(message.exceptionOpen.length);
                    for (var j = 0; j < message.exceptionOpen.length; ++j)
                        object.exceptionOpen[j] = message.exceptionOpen[j];
                }
                return object;
            };

            /**
             * Converts this CalendarBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.CalendarBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CalendarBatch.prototype.toJSON = function() {
                return CalendarBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CalendarBatch
             * @function getTypeUrl
             * @memberof replan.v1.CalendarBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CalendarBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.CalendarBatch";
            };

            return CalendarBatch;
        })();

        v1.BomLineBatch = (function() {

            /**
             * Properties of a BomLineBatch.
             * @typedef {Object} replan.v1.BomLineBatch.$Properties
             * @property {Array.<string>|null} [dictionary] BomLineBatch dictionary
             * @property {Array.<string>|null} [id] BomLineBatch id
             * @property {Array.<number>|null} [parent] BomLineBatch parent
             * @property {Array.<number>|null} [component] BomLineBatch component
             * @property {Array.<number>|null} [quantity] BomLineBatch quantity
             * @property {Array.<number>|null} [perSeries] BomLineBatch perSeries
             * @property {Array.<number>|null} [scrapPercent] BomLineBatch scrapPercent
             * @property {Array.<number>|null} [constantScrap] BomLineBatch constantScrap
             * @property {Array.<number>|null} [validFrom] BomLineBatch validFrom
             * @property {Array.<boolean>|null} [hasValidFrom] BomLineBatch hasValidFrom
             * @property {Array.<number>|null} [validTo] BomLineBatch validTo
             * @property {Array.<boolean>|null} [hasValidTo] BomLineBatch hasValidTo
             * @property {Array.<replan.v1.OptionalBool>|null} [phantom] BomLineBatch phantom
             * @property {Array.<number>|null} [warehouse] BomLineBatch warehouse
             * @property {Array.<number>|null} [offsetDays] BomLineBatch offsetDays
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BomLineBatch.
             * @memberof replan.v1
             * @interface IBomLineBatch
             * @augments replan.v1.BomLineBatch.$Properties
             * @deprecated Use replan.v1.BomLineBatch.$Properties instead.
             */

            /**
             * Shape of a BomLineBatch.
             * @typedef {replan.v1.BomLineBatch.$Properties} replan.v1.BomLineBatch.$Shape
             */

            /**
             * Constructs a new BomLineBatch.
             * @memberof replan.v1
             * @classdesc Represents a BomLineBatch.
             * @constructor
             * @param {replan.v1.BomLineBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var BomLineBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.parent = [];
                this.component = [];
                this.quantity = [];
                this.perSeries = [];
                this.scrapPercent = [];
                this.constantScrap = [];
                this.validFrom = [];
                this.hasValidFrom = [];
                this.validTo = [];
                this.hasValidTo = [];
                this.phantom = [];
                this.warehouse = [];
                this.offsetDays = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BomLineBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.dictionary = $util.emptyArray;

            /**
             * BomLineBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.id = $util.emptyArray;

            /**
             * BomLineBatch parent.
             * @member {Array.<number>} parent
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.parent = $util.emptyArray;

            /**
             * BomLineBatch component.
             * @member {Array.<number>} component
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.component = $util.emptyArray;

            /**
             * BomLineBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.quantity = $util.emptyArray;

            /**
             * BomLineBatch perSeries.
             * @member {Array.<number>} perSeries
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.perSeries = $util.emptyArray;

            /**
             * BomLineBatch scrapPercent.
             * @member {Array.<number>} scrapPercent
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.scrapPercent = $util.emptyArray;

            /**
             * BomLineBatch constantScrap.
             * @member {Array.<number>} constantScrap
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.constantScrap = $util.emptyArray;

            /**
             * BomLineBatch validFrom.
             * @member {Array.<number>} validFrom
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.validFrom = $util.emptyArray;

            /**
             * BomLineBatch hasValidFrom.
             * @member {Array.<boolean>} hasValidFrom
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.hasValidFrom = $util.emptyArray;

            /**
             * BomLineBatch validTo.
             * @member {Array.<number>} validTo
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.validTo = $util.emptyArray;

            /**
             * BomLineBatch hasValidTo.
             * @member {Array.<boolean>} hasValidTo
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.hasValidTo = $util.emptyArray;

            /**
             * BomLineBatch phantom.
             * @member {Array.<replan.v1.OptionalBool>} phantom
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.phantom = $util.emptyArray;

            /**
             * BomLineBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.warehouse = $util.emptyArray;

            /**
             * BomLineBatch offsetDays.
             * @member {Array.<number>} offsetDays
             * @memberof replan.v1.BomLineBatch
             * @instance
             */
            BomLineBatch.prototype.offsetDays = $util.emptyArray;

            /**
             * Creates a new BomLineBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {replan.v1.BomLineBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.BomLineBatch} BomLineBatch instance
             * @type {{
             *   (properties: replan.v1.BomLineBatch.$Shape): replan.v1.BomLineBatch & replan.v1.BomLineBatch.$Shape;
             *   (properties?: replan.v1.BomLineBatch.$Properties): replan.v1.BomLineBatch;
             * }}
             */
            BomLineBatch.create = function(properties) {
                return new BomLineBatch(properties);
            };

            /**
             * Encodes the specified BomLineBatch message. Does not implicitly {@link replan.v1.BomLineBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {replan.v1.BomLineBatch.$Properties} message BomLineBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BomLineBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.parent != null && message.parent.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.parent);
                if (message.component != null && message.component.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.component);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).doubles(message.quantity);
                if (message.perSeries != null && message.perSeries.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.perSeries);
                if (message.scrapPercent != null && message.scrapPercent.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.scrapPercent);
                if (message.constantScrap != null && message.constantScrap.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).doubles(message.constantScrap);
                if (message.validFrom != null && message.validFrom.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).int32s(message.validFrom);
                if (message.hasValidFrom != null && message.hasValidFrom.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).bools(message.hasValidFrom);
                if (message.validTo != null && message.validTo.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).int32s(message.validTo);
                if (message.hasValidTo != null && message.hasValidTo.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).bools(message.hasValidTo);
                if (message.phantom != null && message.phantom.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).int32s(message.phantom);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).uint32s(message.warehouse);
                if (message.offsetDays != null && message.offsetDays.length)
                    writer.uint32(/* id 15, wireType 2 =*/122).doubles(message.offsetDays);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BomLineBatch message, length delimited. Does not implicitly {@link replan.v1.BomLineBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {replan.v1.BomLineBatch.$Properties} message BomLineBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BomLineBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BomLineBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.BomLineBatch & replan.v1.BomLineBatch.$Shape} BomLineBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BomLineBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.BomLineBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.parent && message.parent.length))
                                    message.parent = [];
                                reader.uint32s(message.parent);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.parent && message.parent.length))
                                message.parent = [];
                            message.parent.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.component && message.component.length))
                                    message.component = [];
                                reader.uint32s(message.component);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.component && message.component.length))
                                message.component = [];
                            message.component.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.perSeries && message.perSeries.length))
                                    message.perSeries = [];
                                reader.doubles(message.perSeries);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.perSeries && message.perSeries.length))
                                message.perSeries = [];
                            message.perSeries.push(reader.double());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.scrapPercent && message.scrapPercent.length))
                                    message.scrapPercent = [];
                                reader.doubles(message.scrapPercent);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.scrapPercent && message.scrapPercent.length))
                                message.scrapPercent = [];
                            message.scrapPercent.push(reader.double());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.constantScrap && message.constantScrap.length))
                                    message.constantScrap = [];
                                reader.doubles(message.constantScrap);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.constantScrap && message.constantScrap.length))
                                message.constantScrap = [];
                            message.constantScrap.push(reader.double());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.validFrom && message.validFrom.length))
                                    message.validFrom = [];
                                reader.int32s(message.validFrom);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.validFrom && message.validFrom.length))
                                message.validFrom = [];
                            message.validFrom.push(reader.int32());
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.hasValidFrom && message.hasValidFrom.length))
                                    message.hasValidFrom = [];
                                reader.bools(message.hasValidFrom);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.hasValidFrom && message.hasValidFrom.length))
                                message.hasValidFrom = [];
                            message.hasValidFrom.push(reader.bool());
                            continue;
                        }
                    case 11: {
                            if (wireType === 2) {
                                if (!(message.validTo && message.validTo.length))
                                    message.validTo = [];
                                reader.int32s(message.validTo);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.validTo && message.validTo.length))
                                message.validTo = [];
                            message.validTo.push(reader.int32());
                            continue;
                        }
                    case 12: {
                            if (wireType === 2) {
                                if (!(message.hasValidTo && message.hasValidTo.length))
                                    message.hasValidTo = [];
                                reader.bools(message.hasValidTo);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.hasValidTo && message.hasValidTo.length))
                                message.hasValidTo = [];
                            message.hasValidTo.push(reader.bool());
                            continue;
                        }
                    case 13: {
                            if (wireType === 2) {
                                if (!(message.phantom && message.phantom.length))
                                    message.phantom = [];
                                reader.int32s(message.phantom);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.phantom && message.phantom.length))
                                message.phantom = [];
                            message.phantom.push(reader.int32());
                            continue;
                        }
                    case 14: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 15: {
                            if (wireType === 2) {
                                if (!(message.offsetDays && message.offsetDays.length))
                                    message.offsetDays = [];
                                reader.doubles(message.offsetDays);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.offsetDays && message.offsetDays.length))
                                message.offsetDays = [];
                            message.offsetDays.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BomLineBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.BomLineBatch & replan.v1.BomLineBatch.$Shape} BomLineBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BomLineBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BomLineBatch message.
             * @function verify
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BomLineBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.parent != null && $Object.hasOwnProperty.call(message, "parent")) {
                    if (!$Array.isArray(message.parent))
                        return "parent: array expected";
                    for (var i = 0; i < message.parent.length; ++i)
                        if (!$util.isInteger(message.parent[i]))
                            return "parent: integer[] expected";
                }
                if (message.component != null && $Object.hasOwnProperty.call(message, "component")) {
                    if (!$Array.isArray(message.component))
                        return "component: array expected";
                    for (var i = 0; i < message.component.length; ++i)
                        if (!$util.isInteger(message.component[i]))
                            return "component: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                if (message.perSeries != null && $Object.hasOwnProperty.call(message, "perSeries")) {
                    if (!$Array.isArray(message.perSeries))
                        return "perSeries: array expected";
                    for (var i = 0; i < message.perSeries.length; ++i)
                        if (typeof message.perSeries[i] !== "number")
                            return "perSeries: number[] expected";
                }
                if (message.scrapPercent != null && $Object.hasOwnProperty.call(message, "scrapPercent")) {
                    if (!$Array.isArray(message.scrapPercent))
                        return "scrapPercent: array expected";
                    for (var i = 0; i < message.scrapPercent.length; ++i)
                        if (typeof message.scrapPercent[i] !== "number")
                            return "scrapPercent: number[] expected";
                }
                if (message.constantScrap != null && $Object.hasOwnProperty.call(message, "constantScrap")) {
                    if (!$Array.isArray(message.constantScrap))
                        return "constantScrap: array expected";
                    for (var i = 0; i < message.constantScrap.length; ++i)
                        if (typeof message.constantScrap[i] !== "number")
                            return "constantScrap: number[] expected";
                }
                if (message.validFrom != null && $Object.hasOwnProperty.call(message, "validFrom")) {
                    if (!$Array.isArray(message.validFrom))
                        return "validFrom: array expected";
                    for (var i = 0; i < message.validFrom.length; ++i)
                        if (!$util.isInteger(message.validFrom[i]))
                            return "validFrom: integer[] expected";
                }
                if (message.hasValidFrom != null && $Object.hasOwnProperty.call(message, "hasValidFrom")) {
                    if (!$Array.isArray(message.hasValidFrom))
                        return "hasValidFrom: array expected";
                    for (var i = 0; i < message.hasValidFrom.length; ++i)
                        if (typeof message.hasValidFrom[i] !== "boolean")
                            return "hasValidFrom: boolean[] expected";
                }
                if (message.validTo != null && $Object.hasOwnProperty.call(message, "validTo")) {
                    if (!$Array.isArray(message.validTo))
                        return "validTo: array expected";
                    for (var i = 0; i < message.validTo.length; ++i)
                        if (!$util.isInteger(message.validTo[i]))
                            return "validTo: integer[] expected";
                }
                if (message.hasValidTo != null && $Object.hasOwnProperty.call(message, "hasValidTo")) {
                    if (!$Array.isArray(message.hasValidTo))
                        return "hasValidTo: array expected";
                    for (var i = 0; i < message.hasValidTo.length; ++i)
                        if (typeof message.hasValidTo[i] !== "boolean")
                            return "hasValidTo: boolean[] expected";
                }
                if (message.phantom != null && $Object.hasOwnProperty.call(message, "phantom")) {
                    if (!$Array.isArray(message.phantom))
                        return "phantom: array expected";
                    for (var i = 0; i < message.phantom.length; ++i)
                        if (typeof message.phantom[i] !== "number" || (message.phantom[i] | 0) !== message.phantom[i])
                            return "phantom: enum value[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.offsetDays != null && $Object.hasOwnProperty.call(message, "offsetDays")) {
                    if (!$Array.isArray(message.offsetDays))
                        return "offsetDays: array expected";
                    for (var i = 0; i < message.offsetDays.length; ++i)
                        if (typeof message.offsetDays[i] !== "number")
                            return "offsetDays: number[] expected";
                }
                return null;
            };

            /**
             * Creates a BomLineBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.BomLineBatch} BomLineBatch
             */
            BomLineBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.BomLineBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.BomLineBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.BomLineBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.BomLineBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.BomLineBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.parent) {
                    if (!$Array.isArray(object.parent))
                        throw $TypeError(".replan.v1.BomLineBatch.parent: array expected");
                    message.parent = $Array(object.parent.length);
                    for (var i = 0; i < object.parent.length; ++i)
                        message.parent[i] = object.parent[i] >>> 0;
                }
                if (object.component) {
                    if (!$Array.isArray(object.component))
                        throw $TypeError(".replan.v1.BomLineBatch.component: array expected");
                    message.component = $Array(object.component.length);
                    for (var i = 0; i < object.component.length; ++i)
                        message.component[i] = object.component[i] >>> 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.BomLineBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                if (object.perSeries) {
                    if (!$Array.isArray(object.perSeries))
                        throw $TypeError(".replan.v1.BomLineBatch.perSeries: array expected");
                    message.perSeries = $Array(object.perSeries.length);
                    for (var i = 0; i < object.perSeries.length; ++i)
                        message.perSeries[i] = $Number(object.perSeries[i]);
                }
                if (object.scrapPercent) {
                    if (!$Array.isArray(object.scrapPercent))
                        throw $TypeError(".replan.v1.BomLineBatch.scrapPercent: array expected");
                    message.scrapPercent = $Array(object.scrapPercent.length);
                    for (var i = 0; i < object.scrapPercent.length; ++i)
                        message.scrapPercent[i] = $Number(object.scrapPercent[i]);
                }
                if (object.constantScrap) {
                    if (!$Array.isArray(object.constantScrap))
                        throw $TypeError(".replan.v1.BomLineBatch.constantScrap: array expected");
                    message.constantScrap = $Array(object.constantScrap.length);
                    for (var i = 0; i < object.constantScrap.length; ++i)
                        message.constantScrap[i] = $Number(object.constantScrap[i]);
                }
                if (object.validFrom) {
                    if (!$Array.isArray(object.validFrom))
                        throw $TypeError(".replan.v1.BomLineBatch.validFrom: array expected");
                    message.validFrom = $Array(object.validFrom.length);
                    for (var i = 0; i < object.validFrom.length; ++i)
                        message.validFrom[i] = object.validFrom[i] | 0;
                }
                if (object.hasValidFrom) {
                    if (!$Array.isArray(object.hasValidFrom))
                        throw $TypeError(".replan.v1.BomLineBatch.hasValidFrom: array expected");
                    message.hasValidFrom = $Array(object.hasValidFrom.length);
                    for (var i = 0; i < object.hasValidFrom.length; ++i)
                        message.hasValidFrom[i] = $Boolean(object.hasValidFrom[i]);
                }
                if (object.validTo) {
                    if (!$Array.isArray(object.validTo))
                        throw $TypeError(".replan.v1.BomLineBatch.validTo: array expected");
                    message.validTo = $Array(object.validTo.length);
                    for (var i = 0; i < object.validTo.length; ++i)
                        message.validTo[i] = object.validTo[i] | 0;
                }
                if (object.hasValidTo) {
                    if (!$Array.isArray(object.hasValidTo))
                        throw $TypeError(".replan.v1.BomLineBatch.hasValidTo: array expected");
                    message.hasValidTo = $Array(object.hasValidTo.length);
                    for (var i = 0; i < object.hasValidTo.length; ++i)
                        message.hasValidTo[i] = $Boolean(object.hasValidTo[i]);
                }
                if (object.phantom) {
                    if (!$Array.isArray(object.phantom))
                        throw $TypeError(".replan.v1.BomLineBatch.phantom: array expected");
                    message.phantom = [];
                    for (var i = 0; i < object.phantom.length; ++i)
                        switch (object.phantom[i]) {
                        case "OPTIONAL_BOOL_UNSET":
                        case 0:
                            message.phantom[message.phantom.length] = 0;
                            break;
                        case "OPTIONAL_BOOL_FALSE":
                        case 1:
                            message.phantom[message.phantom.length] = 1;
                            break;
                        case "OPTIONAL_BOOL_TRUE":
                        case 2:
                            message.phantom[message.phantom.length] = 2;
                            break;
                        default:
                            if (typeof object.phantom[i] === "number" && (object.phantom[i] | 0) === object.phantom[i])
                                message.phantom[message.phantom.length] = object.phantom[i];
                        }
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.BomLineBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.offsetDays) {
                    if (!$Array.isArray(object.offsetDays))
                        throw $TypeError(".replan.v1.BomLineBatch.offsetDays: array expected");
                    message.offsetDays = $Array(object.offsetDays.length);
                    for (var i = 0; i < object.offsetDays.length; ++i)
                        message.offsetDays[i] = $Number(object.offsetDays[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a BomLineBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {replan.v1.BomLineBatch} message BomLineBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BomLineBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.parent = [];
                    object.component = [];
                    object.quantity = [];
                    object.perSeries = [];
                    object.scrapPercent = [];
                    object.constantScrap = [];
                    object.validFrom = [];
                    object.hasValidFrom = [];
                    object.validTo = [];
                    object.hasValidTo = [];
                    object.phantom = [];
                    object.warehouse = [];
                    object.offsetDays = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.parent && message.parent.length) {
                    object.parent = $Array(message.parent.length);
                    for (var j = 0; j < message.parent.length; ++j)
                        object.parent[j] = message.parent[j];
                }
                if (message.component && message.component.length) {
                    object.component = $Array(message.component.length);
                    for (var j = 0; j < message.component.length; ++j)
                        object.component[j] = message.component[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                if (message.perSeries && message.perSeries.length) {
                    object.perSeries = $Array(message.perSeries.length);
                    for (var j = 0; j < message.perSeries.length; ++j)
                        object.perSeries[j] = options.json && !$isFinite(message.perSeries[j]) ? $String(message.perSeries[j]) : message.perSeries[j];
                }
                if (message.scrapPercent && message.scrapPercent.length) {
                    object.scrapPercent = $Array(message.scrapPercent.length);
                    for (var j = 0; j < message.scrapPercent.length; ++j)
                        object.scrapPercent[j] = options.json && !$isFinite(message.scrapPercent[j]) ? $String(message.scrapPercent[j]) : message.scrapPercent[j];
                }
                if (message.constantScrap && message.constantScrap.length) {
                    object.constantScrap = $Array(message.constantScrap.length);
                    for (var j = 0; j < message.constantScrap.length; ++j)
                        object.constantScrap[j] = options.json && !$isFinite(message.constantScrap[j]) ? $String(message.constantScrap[j]) : message.constantScrap[j];
                }
                if (message.validFrom && message.validFrom.length) {
                    object.validFrom = $Array(message.validFrom.length);
                    for (var j = 0; j < message.validFrom.length; ++j)
                        object.validFrom[j] = message.validFrom[j];
                }
                if (message.hasValidFrom && message.hasValidFrom.length) {
                    object.hasValidFrom = $Array(message.hasValidFrom.length);
                    for (var j = 0; j < message.hasValidFrom.length; ++j)
                        object.hasValidFrom[j] = message.hasValidFrom[j];
                }
                if (message.validTo && message.validTo.length) {
                    object.validTo = $Array(message.validTo.length);
                    for (var j = 0; j < message.validTo.length; ++j)
                        object.validTo[j] = message.validTo[j];
                }
                if (message.hasValidTo && message.hasValidTo.length) {
                    object.hasValidTo = $Array(message.hasValidTo.length);
                    for (var j = 0; j < message.hasValidTo.length; ++j)
                        object.hasValidTo[j] = message.hasValidTo[j];
                }
                if (message.phantom && message.phantom.length) {
                    object.phantom = $Array(message.phantom.length);
                    for (var j = 0; j < message.phantom.length; ++j)
                        object.phantom[j] = options.enums === $String ? $root.replan.v1.OptionalBool[message.phantom[j]] === $undefined ? message.phantom[j] : $root.replan.v1.OptionalBool[message.phantom[j]] : message.phantom[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.offsetDays && message.offsetDays.length) {
                    object.offsetDays = $Array(message.offsetDays.length);
                    for (var j = 0; j < message.offsetDays.length; ++j)
                        object.offsetDays[j] = options.json && !$isFinite(message.offsetDays[j]) ? $String(message.offsetDays[j]) : message.offsetDays[j];
                }
                return object;
            };

            /**
             * Converts this BomLineBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.BomLineBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BomLineBatch.prototype.toJSON = function() {
                return BomLineBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BomLineBatch
             * @function getTypeUrl
             * @memberof replan.v1.BomLineBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BomLineBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.BomLineBatch";
            };

            return BomLineBatch;
        })();

        v1.OnHandBatch = (function() {

            /**
             * Properties of an OnHandBatch.
             * @typedef {Object} replan.v1.OnHandBatch.$Properties
             * @property {Array.<string>|null} [dictionary] OnHandBatch dictionary
             * @property {Array.<number>|null} [item] OnHandBatch item
             * @property {Array.<number>|null} [warehouse] OnHandBatch warehouse
             * @property {Array.<number>|null} [quantity] OnHandBatch quantity
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OnHandBatch.
             * @memberof replan.v1
             * @interface IOnHandBatch
             * @augments replan.v1.OnHandBatch.$Properties
             * @deprecated Use replan.v1.OnHandBatch.$Properties instead.
             */

            /**
             * Shape of an OnHandBatch.
             * @typedef {replan.v1.OnHandBatch.$Properties} replan.v1.OnHandBatch.$Shape
             */

            /**
             * Constructs a new OnHandBatch.
             * @memberof replan.v1
             * @classdesc Represents an OnHandBatch.
             * @constructor
             * @param {replan.v1.OnHandBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var OnHandBatch = function (properties) {
                this.dictionary = [];
                this.item = [];
                this.warehouse = [];
                this.quantity = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OnHandBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.OnHandBatch
             * @instance
             */
            OnHandBatch.prototype.dictionary = $util.emptyArray;

            /**
             * OnHandBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.OnHandBatch
             * @instance
             */
            OnHandBatch.prototype.item = $util.emptyArray;

            /**
             * OnHandBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.OnHandBatch
             * @instance
             */
            OnHandBatch.prototype.warehouse = $util.emptyArray;

            /**
             * OnHandBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.OnHandBatch
             * @instance
             */
            OnHandBatch.prototype.quantity = $util.emptyArray;

            /**
             * Creates a new OnHandBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {replan.v1.OnHandBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.OnHandBatch} OnHandBatch instance
             * @type {{
             *   (properties: replan.v1.OnHandBatch.$Shape): replan.v1.OnHandBatch & replan.v1.OnHandBatch.$Shape;
             *   (properties?: replan.v1.OnHandBatch.$Properties): replan.v1.OnHandBatch;
             * }}
             */
            OnHandBatch.create = function(properties) {
                return new OnHandBatch(properties);
            };

            /**
             * Encodes the specified OnHandBatch message. Does not implicitly {@link replan.v1.OnHandBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {replan.v1.OnHandBatch.$Properties} message OnHandBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OnHandBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.warehouse);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).doubles(message.quantity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OnHandBatch message, length delimited. Does not implicitly {@link replan.v1.OnHandBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {replan.v1.OnHandBatch.$Properties} message OnHandBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OnHandBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OnHandBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.OnHandBatch & replan.v1.OnHandBatch.$Shape} OnHandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OnHandBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.OnHandBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OnHandBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.OnHandBatch & replan.v1.OnHandBatch.$Shape} OnHandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OnHandBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an OnHandBatch message.
             * @function verify
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OnHandBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                return null;
            };

            /**
             * Creates an OnHandBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.OnHandBatch} OnHandBatch
             */
            OnHandBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.OnHandBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.OnHandBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.OnHandBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.OnHandBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.OnHandBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.OnHandBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.OnHandBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an OnHandBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {replan.v1.OnHandBatch} message OnHandBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OnHandBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.item = [];
                    object.warehouse = [];
                    object.quantity = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                return object;
            };

            /**
             * Converts this OnHandBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.OnHandBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OnHandBatch.prototype.toJSON = function() {
                return OnHandBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OnHandBatch
             * @function getTypeUrl
             * @memberof replan.v1.OnHandBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OnHandBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.OnHandBatch";
            };

            return OnHandBatch;
        })();

        v1.SupplyBatch = (function() {

            /**
             * Properties of a SupplyBatch.
             * @typedef {Object} replan.v1.SupplyBatch.$Properties
             * @property {Array.<string>|null} [dictionary] SupplyBatch dictionary
             * @property {Array.<string>|null} [id] SupplyBatch id
             * @property {Array.<replan.v1.SupplyType>|null} [type] SupplyBatch type
             * @property {Array.<number>|null} [item] SupplyBatch item
             * @property {Array.<number>|null} [warehouse] SupplyBatch warehouse
             * @property {Array.<number>|null} [date] SupplyBatch date
             * @property {Array.<number>|null} [quantity] SupplyBatch quantity
             * @property {Array.<number>|null} [fromWarehouse] SupplyBatch fromWarehouse
             * @property {Array.<replan.v1.PlannedOrderType>|null} [orderType] SupplyBatch orderType
             * @property {Array.<replan.v1.OptionalBool>|null} [approved] SupplyBatch approved
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SupplyBatch.
             * @memberof replan.v1
             * @interface ISupplyBatch
             * @augments replan.v1.SupplyBatch.$Properties
             * @deprecated Use replan.v1.SupplyBatch.$Properties instead.
             */

            /**
             * Shape of a SupplyBatch.
             * @typedef {replan.v1.SupplyBatch.$Properties} replan.v1.SupplyBatch.$Shape
             */

            /**
             * Constructs a new SupplyBatch.
             * @memberof replan.v1
             * @classdesc Represents a SupplyBatch.
             * @constructor
             * @param {replan.v1.SupplyBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SupplyBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.type = [];
                this.item = [];
                this.warehouse = [];
                this.date = [];
                this.quantity = [];
                this.fromWarehouse = [];
                this.orderType = [];
                this.approved = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SupplyBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.dictionary = $util.emptyArray;

            /**
             * SupplyBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.id = $util.emptyArray;

            /**
             * SupplyBatch type.
             * @member {Array.<replan.v1.SupplyType>} type
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.type = $util.emptyArray;

            /**
             * SupplyBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.item = $util.emptyArray;

            /**
             * SupplyBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.warehouse = $util.emptyArray;

            /**
             * SupplyBatch date.
             * @member {Array.<number>} date
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.date = $util.emptyArray;

            /**
             * SupplyBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.quantity = $util.emptyArray;

            /**
             * SupplyBatch fromWarehouse.
             * @member {Array.<number>} fromWarehouse
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.fromWarehouse = $util.emptyArray;

            /**
             * SupplyBatch orderType.
             * @member {Array.<replan.v1.PlannedOrderType>} orderType
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.orderType = $util.emptyArray;

            /**
             * SupplyBatch approved.
             * @member {Array.<replan.v1.OptionalBool>} approved
             * @memberof replan.v1.SupplyBatch
             * @instance
             */
            SupplyBatch.prototype.approved = $util.emptyArray;

            /**
             * Creates a new SupplyBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {replan.v1.SupplyBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.SupplyBatch} SupplyBatch instance
             * @type {{
             *   (properties: replan.v1.SupplyBatch.$Shape): replan.v1.SupplyBatch & replan.v1.SupplyBatch.$Shape;
             *   (properties?: replan.v1.SupplyBatch.$Properties): replan.v1.SupplyBatch;
             * }}
             */
            SupplyBatch.create = function(properties) {
                return new SupplyBatch(properties);
            };

            /**
             * Encodes the specified SupplyBatch message. Does not implicitly {@link replan.v1.SupplyBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {replan.v1.SupplyBatch.$Properties} message SupplyBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SupplyBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.type != null && message.type.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.type);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.warehouse);
                if (message.date != null && message.date.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.date);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.quantity);
                if (message.fromWarehouse != null && message.fromWarehouse.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint32s(message.fromWarehouse);
                if (message.orderType != null && message.orderType.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).int32s(message.orderType);
                if (message.approved != null && message.approved.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).int32s(message.approved);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SupplyBatch message, length delimited. Does not implicitly {@link replan.v1.SupplyBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {replan.v1.SupplyBatch.$Properties} message SupplyBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SupplyBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SupplyBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.SupplyBatch & replan.v1.SupplyBatch.$Shape} SupplyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SupplyBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.SupplyBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.type && message.type.length))
                                    message.type = [];
                                reader.int32s(message.type);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.type && message.type.length))
                                message.type = [];
                            message.type.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.date && message.date.length))
                                    message.date = [];
                                reader.int32s(message.date);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.date && message.date.length))
                                message.date = [];
                            message.date.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.fromWarehouse && message.fromWarehouse.length))
                                    message.fromWarehouse = [];
                                reader.uint32s(message.fromWarehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.fromWarehouse && message.fromWarehouse.length))
                                message.fromWarehouse = [];
                            message.fromWarehouse.push(reader.uint32());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.orderType && message.orderType.length))
                                    message.orderType = [];
                                reader.int32s(message.orderType);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.orderType && message.orderType.length))
                                message.orderType = [];
                            message.orderType.push(reader.int32());
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.approved && message.approved.length))
                                    message.approved = [];
                                reader.int32s(message.approved);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.approved && message.approved.length))
                                message.approved = [];
                            message.approved.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SupplyBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.SupplyBatch & replan.v1.SupplyBatch.$Shape} SupplyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SupplyBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SupplyBatch message.
             * @function verify
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SupplyBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                    if (!$Array.isArray(message.type))
                        return "type: array expected";
                    for (var i = 0; i < message.type.length; ++i)
                        if (typeof message.type[i] !== "number" || (message.type[i] | 0) !== message.type[i])
                            return "type: enum value[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date")) {
                    if (!$Array.isArray(message.date))
                        return "date: array expected";
                    for (var i = 0; i < message.date.length; ++i)
                        if (!$util.isInteger(message.date[i]))
                            return "date: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                if (message.fromWarehouse != null && $Object.hasOwnProperty.call(message, "fromWarehouse")) {
                    if (!$Array.isArray(message.fromWarehouse))
                        return "fromWarehouse: array expected";
                    for (var i = 0; i < message.fromWarehouse.length; ++i)
                        if (!$util.isInteger(message.fromWarehouse[i]))
                            return "fromWarehouse: integer[] expected";
                }
                if (message.orderType != null && $Object.hasOwnProperty.call(message, "orderType")) {
                    if (!$Array.isArray(message.orderType))
                        return "orderType: array expected";
                    for (var i = 0; i < message.orderType.length; ++i)
                        if (typeof message.orderType[i] !== "number" || (message.orderType[i] | 0) !== message.orderType[i])
                            return "orderType: enum value[] expected";
                }
                if (message.approved != null && $Object.hasOwnProperty.call(message, "approved")) {
                    if (!$Array.isArray(message.approved))
                        return "approved: array expected";
                    for (var i = 0; i < message.approved.length; ++i)
                        if (typeof message.approved[i] !== "number" || (message.approved[i] | 0) !== message.approved[i])
                            return "approved: enum value[] expected";
                }
                return null;
            };

            /**
             * Creates a SupplyBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.SupplyBatch} SupplyBatch
             */
            SupplyBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.SupplyBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.SupplyBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.SupplyBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.SupplyBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.SupplyBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.type) {
                    if (!$Array.isArray(object.type))
                        throw $TypeError(".replan.v1.SupplyBatch.type: array expected");
                    message.type = [];
                    for (var i = 0; i < object.type.length; ++i)
                        switch (object.type[i]) {
                        case "SUPPLY_TYPE_UNSPECIFIED":
                        case 0:
                            message.type[message.type.length] = 0;
                            break;
                        case "SUPPLY_TYPE_PURCHASE":
                        case 1:
                            message.type[message.type.length] = 1;
                            break;
                        case "SUPPLY_TYPE_PRODUCTION":
                        case 2:
                            message.type[message.type.length] = 2;
                            break;
                        case "SUPPLY_TYPE_TRANSFER":
                        case 3:
                            message.type[message.type.length] = 3;
                            break;
                        case "SUPPLY_TYPE_PLANNED_ORDER":
                        case 4:
                            message.type[message.type.length] = 4;
                            break;
                        default:
                            if (typeof object.type[i] === "number" && (object.type[i] | 0) === object.type[i])
                                message.type[message.type.length] = object.type[i];
                        }
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.SupplyBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.SupplyBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.date) {
                    if (!$Array.isArray(object.date))
                        throw $TypeError(".replan.v1.SupplyBatch.date: array expected");
                    message.date = $Array(object.date.length);
                    for (var i = 0; i < object.date.length; ++i)
                        message.date[i] = object.date[i] | 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.SupplyBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                if (object.fromWarehouse) {
                    if (!$Array.isArray(object.fromWarehouse))
                        throw $TypeError(".replan.v1.SupplyBatch.fromWarehouse: array expected");
                    message.fromWarehouse = $Array(object.fromWarehouse.length);
                    for (var i = 0; i < object.fromWarehouse.length; ++i)
                        message.fromWarehouse[i] = object.fromWarehouse[i] >>> 0;
                }
                if (object.orderType) {
                    if (!$Array.isArray(object.orderType))
                        throw $TypeError(".replan.v1.SupplyBatch.orderType: array expected");
                    message.orderType = [];
                    for (var i = 0; i < object.orderType.length; ++i)
                        switch (object.orderType[i]) {
                        case "PLANNED_ORDER_TYPE_UNSPECIFIED":
                        case 0:
                            message.orderType[message.orderType.length] = 0;
                            break;
                        case "PLANNED_ORDER_TYPE_PURCHASE":
                        case 1:
                            message.orderType[message.orderType.length] = 1;
                            break;
                        case "PLANNED_ORDER_TYPE_PRODUCTION":
                        case 2:
                            message.orderType[message.orderType.length] = 2;
                            break;
                        case "PLANNED_ORDER_TYPE_TRANSFER":
                        case 3:
                            message.orderType[message.orderType.length] = 3;
                            break;
                        default:
                            if (typeof object.orderType[i] === "number" && (object.orderType[i] | 0) === object.orderType[i])
                                message.orderType[message.orderType.length] = object.orderType[i];
                        }
                }
                if (object.approved) {
                    if (!$Array.isArray(object.approved))
                        throw $TypeError(".replan.v1.SupplyBatch.approved: array expected");
                    message.approved = [];
                    for (var i = 0; i < object.approved.length; ++i)
                        switch (object.approved[i]) {
                        case "OPTIONAL_BOOL_UNSET":
                        case 0:
                            message.approved[message.approved.length] = 0;
                            break;
                        case "OPTIONAL_BOOL_FALSE":
                        case 1:
                            message.approved[message.approved.length] = 1;
                            break;
                        case "OPTIONAL_BOOL_TRUE":
                        case 2:
                            message.approved[message.approved.length] = 2;
                            break;
                        default:
                            if (typeof object.approved[i] === "number" && (object.approved[i] | 0) === object.approved[i])
                                message.approved[message.approved.length] = object.approved[i];
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from a SupplyBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {replan.v1.SupplyBatch} message SupplyBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SupplyBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.type = [];
                    object.item = [];
                    object.warehouse = [];
                    object.date = [];
                    object.quantity = [];
                    object.fromWarehouse = [];
                    object.orderType = [];
                    object.approved = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.type && message.type.length) {
                    object.type = $Array(message.type.length);
                    for (var j = 0; j < message.type.length; ++j)
                        object.type[j] = options.enums === $String ? $root.replan.v1.SupplyType[message.type[j]] === $undefined ? message.type[j] : $root.replan.v1.SupplyType[message.type[j]] : message.type[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.date && message.date.length) {
                    object.date = $Array(message.date.length);
                    for (var j = 0; j < message.date.length; ++j)
                        object.date[j] = message.date[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                if (message.fromWarehouse && message.fromWarehouse.length) {
                    object.fromWarehouse = $Array(message.fromWarehouse.length);
                    for (var j = 0; j < message.fromWarehouse.length; ++j)
                        object.fromWarehouse[j] = message.fromWarehouse[j];
                }
                if (message.orderType && message.orderType.length) {
                    object.orderType = $Array(message.orderType.length);
                    for (var j = 0; j < message.orderType.length; ++j)
                        object.orderType[j] = options.enums === $String ? $root.replan.v1.PlannedOrderType[message.orderType[j]] === $undefined ? message.orderType[j] : $root.replan.v1.PlannedOrderType[message.orderType[j]] : message.orderType[j];
                }
                if (message.approved && message.approved.length) {
                    object.approved = $Array(message.approved.length);
                    for (var j = 0; j < message.approved.length; ++j)
                        object.approved[j] = options.enums === $String ? $root.replan.v1.OptionalBool[message.approved[j]] === $undefined ? message.approved[j] : $root.replan.v1.OptionalBool[message.approved[j]] : message.approved[j];
                }
                return object;
            };

            /**
             * Converts this SupplyBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.SupplyBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SupplyBatch.prototype.toJSON = function() {
                return SupplyBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SupplyBatch
             * @function getTypeUrl
             * @memberof replan.v1.SupplyBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SupplyBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.SupplyBatch";
            };

            return SupplyBatch;
        })();

        v1.DemandBatch = (function() {

            /**
             * Properties of a DemandBatch.
             * @typedef {Object} replan.v1.DemandBatch.$Properties
             * @property {Array.<string>|null} [dictionary] DemandBatch dictionary
             * @property {Array.<string>|null} [id] DemandBatch id
             * @property {Array.<replan.v1.DemandType>|null} [type] DemandBatch type
             * @property {Array.<number>|null} [item] DemandBatch item
             * @property {Array.<number>|null} [warehouse] DemandBatch warehouse
             * @property {Array.<number>|null} [date] DemandBatch date
             * @property {Array.<number>|null} [quantity] DemandBatch quantity
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DemandBatch.
             * @memberof replan.v1
             * @interface IDemandBatch
             * @augments replan.v1.DemandBatch.$Properties
             * @deprecated Use replan.v1.DemandBatch.$Properties instead.
             */

            /**
             * Shape of a DemandBatch.
             * @typedef {replan.v1.DemandBatch.$Properties} replan.v1.DemandBatch.$Shape
             */

            /**
             * Constructs a new DemandBatch.
             * @memberof replan.v1
             * @classdesc Represents a DemandBatch.
             * @constructor
             * @param {replan.v1.DemandBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DemandBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.type = [];
                this.item = [];
                this.warehouse = [];
                this.date = [];
                this.quantity = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DemandBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.DemandBatch
             * @instance
             */
            DemandBatch.prototype.dictionary = $util.emptyArray;

            /**
             * DemandBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.DemandBatch
             * @instance
             */
            DemandBatch.prototype.id = $util.emptyArray;

            /**
             * DemandBatch type.
             * @member {Array.<replan.v1.DemandType>} type
             * @memberof replan.v1.DemandBatch
             * @instance
             */
            DemandBatch.prototype.type = $util.emptyArray;

            /**
             * DemandBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.DemandBatch
             * @instance
             */
            DemandBatch.prototype.item = $util.emptyArray;

            /**
             * DemandBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.DemandBatch
             * @instance
             */
            DemandBatch.prototype.warehouse = $util.emptyArray;

            /**
             * DemandBatch date.
             * @member {Array.<number>} date
             * @memberof replan.v1.DemandBatch
             * @instance
             */
            DemandBatch.prototype.date = $util.emptyArray;

            /**
             * DemandBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.DemandBatch
             * @instance
             */
            DemandBatch.prototype.quantity = $util.emptyArray;

            /**
             * Creates a new DemandBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {replan.v1.DemandBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.DemandBatch} DemandBatch instance
             * @type {{
             *   (properties: replan.v1.DemandBatch.$Shape): replan.v1.DemandBatch & replan.v1.DemandBatch.$Shape;
             *   (properties?: replan.v1.DemandBatch.$Properties): replan.v1.DemandBatch;
             * }}
             */
            DemandBatch.create = function(properties) {
                return new DemandBatch(properties);
            };

            /**
             * Encodes the specified DemandBatch message. Does not implicitly {@link replan.v1.DemandBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {replan.v1.DemandBatch.$Properties} message DemandBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DemandBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.type != null && message.type.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.type);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.warehouse);
                if (message.date != null && message.date.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.date);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.quantity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DemandBatch message, length delimited. Does not implicitly {@link replan.v1.DemandBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {replan.v1.DemandBatch.$Properties} message DemandBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DemandBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DemandBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.DemandBatch & replan.v1.DemandBatch.$Shape} DemandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DemandBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.DemandBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.type && message.type.length))
                                    message.type = [];
                                reader.int32s(message.type);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.type && message.type.length))
                                message.type = [];
                            message.type.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.date && message.date.length))
                                    message.date = [];
                                reader.int32s(message.date);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.date && message.date.length))
                                message.date = [];
                            message.date.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DemandBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.DemandBatch & replan.v1.DemandBatch.$Shape} DemandBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DemandBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DemandBatch message.
             * @function verify
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DemandBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                    if (!$Array.isArray(message.type))
                        return "type: array expected";
                    for (var i = 0; i < message.type.length; ++i)
                        if (typeof message.type[i] !== "number" || (message.type[i] | 0) !== message.type[i])
                            return "type: enum value[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date")) {
                    if (!$Array.isArray(message.date))
                        return "date: array expected";
                    for (var i = 0; i < message.date.length; ++i)
                        if (!$util.isInteger(message.date[i]))
                            return "date: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                return null;
            };

            /**
             * Creates a DemandBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.DemandBatch} DemandBatch
             */
            DemandBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.DemandBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.DemandBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.DemandBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.DemandBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.DemandBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.type) {
                    if (!$Array.isArray(object.type))
                        throw $TypeError(".replan.v1.DemandBatch.type: array expected");
                    message.type = [];
                    for (var i = 0; i < object.type.length; ++i)
                        switch (object.type[i]) {
                        case "DEMAND_TYPE_UNSPECIFIED":
                        case 0:
                            message.type[message.type.length] = 0;
                            break;
                        case "DEMAND_TYPE_SALES":
                        case 1:
                            message.type[message.type.length] = 1;
                            break;
                        case "DEMAND_TYPE_PRODUCTION_COMPONENT":
                        case 2:
                            message.type[message.type.length] = 2;
                            break;
                        case "DEMAND_TYPE_TRANSFER_ISSUE":
                        case 3:
                            message.type[message.type.length] = 3;
                            break;
                        default:
                            if (typeof object.type[i] === "number" && (object.type[i] | 0) === object.type[i])
                                message.type[message.type.length] = object.type[i];
                        }
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.DemandBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.DemandBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.date) {
                    if (!$Array.isArray(object.date))
                        throw $TypeError(".replan.v1.DemandBatch.date: array expected");
                    message.date = $Array(object.date.length);
                    for (var i = 0; i < object.date.length; ++i)
                        message.date[i] = object.date[i] | 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.DemandBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a DemandBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {replan.v1.DemandBatch} message DemandBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DemandBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.type = [];
                    object.item = [];
                    object.warehouse = [];
                    object.date = [];
                    object.quantity = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.type && message.type.length) {
                    object.type = $Array(message.type.length);
                    for (var j = 0; j < message.type.length; ++j)
                        object.type[j] = options.enums === $String ? $root.replan.v1.DemandType[message.type[j]] === $undefined ? message.type[j] : $root.replan.v1.DemandType[message.type[j]] : message.type[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.date && message.date.length) {
                    object.date = $Array(message.date.length);
                    for (var j = 0; j < message.date.length; ++j)
                        object.date[j] = message.date[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                return object;
            };

            /**
             * Converts this DemandBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.DemandBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DemandBatch.prototype.toJSON = function() {
                return DemandBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DemandBatch
             * @function getTypeUrl
             * @memberof replan.v1.DemandBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DemandBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.DemandBatch";
            };

            return DemandBatch;
        })();

        v1.ForecastBatch = (function() {

            /**
             * Properties of a ForecastBatch.
             * @typedef {Object} replan.v1.ForecastBatch.$Properties
             * @property {Array.<string>|null} [dictionary] ForecastBatch dictionary
             * @property {Array.<string>|null} [id] ForecastBatch id
             * @property {Array.<number>|null} [model] ForecastBatch model
             * @property {Array.<number>|null} [item] ForecastBatch item
             * @property {Array.<number>|null} [warehouse] ForecastBatch warehouse
             * @property {Array.<number>|null} [date] ForecastBatch date
             * @property {Array.<number>|null} [quantity] ForecastBatch quantity
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ForecastBatch.
             * @memberof replan.v1
             * @interface IForecastBatch
             * @augments replan.v1.ForecastBatch.$Properties
             * @deprecated Use replan.v1.ForecastBatch.$Properties instead.
             */

            /**
             * Shape of a ForecastBatch.
             * @typedef {replan.v1.ForecastBatch.$Properties} replan.v1.ForecastBatch.$Shape
             */

            /**
             * Constructs a new ForecastBatch.
             * @memberof replan.v1
             * @classdesc Represents a ForecastBatch.
             * @constructor
             * @param {replan.v1.ForecastBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ForecastBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.model = [];
                this.item = [];
                this.warehouse = [];
                this.date = [];
                this.quantity = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ForecastBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.ForecastBatch
             * @instance
             */
            ForecastBatch.prototype.dictionary = $util.emptyArray;

            /**
             * ForecastBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.ForecastBatch
             * @instance
             */
            ForecastBatch.prototype.id = $util.emptyArray;

            /**
             * ForecastBatch model.
             * @member {Array.<number>} model
             * @memberof replan.v1.ForecastBatch
             * @instance
             */
            ForecastBatch.prototype.model = $util.emptyArray;

            /**
             * ForecastBatch item.
             * @member {Array.<number>} item
             * @memberof replan.v1.ForecastBatch
             * @instance
             */
            ForecastBatch.prototype.item = $util.emptyArray;

            /**
             * ForecastBatch warehouse.
             * @member {Array.<number>} warehouse
             * @memberof replan.v1.ForecastBatch
             * @instance
             */
            ForecastBatch.prototype.warehouse = $util.emptyArray;

            /**
             * ForecastBatch date.
             * @member {Array.<number>} date
             * @memberof replan.v1.ForecastBatch
             * @instance
             */
            ForecastBatch.prototype.date = $util.emptyArray;

            /**
             * ForecastBatch quantity.
             * @member {Array.<number>} quantity
             * @memberof replan.v1.ForecastBatch
             * @instance
             */
            ForecastBatch.prototype.quantity = $util.emptyArray;

            /**
             * Creates a new ForecastBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {replan.v1.ForecastBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ForecastBatch} ForecastBatch instance
             * @type {{
             *   (properties: replan.v1.ForecastBatch.$Shape): replan.v1.ForecastBatch & replan.v1.ForecastBatch.$Shape;
             *   (properties?: replan.v1.ForecastBatch.$Properties): replan.v1.ForecastBatch;
             * }}
             */
            ForecastBatch.create = function(properties) {
                return new ForecastBatch(properties);
            };

            /**
             * Encodes the specified ForecastBatch message. Does not implicitly {@link replan.v1.ForecastBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {replan.v1.ForecastBatch.$Properties} message ForecastBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForecastBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.model != null && message.model.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.model);
                if (message.item != null && message.item.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.item);
                if (message.warehouse != null && message.warehouse.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.warehouse);
                if (message.date != null && message.date.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.date);
                if (message.quantity != null && message.quantity.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.quantity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ForecastBatch message, length delimited. Does not implicitly {@link replan.v1.ForecastBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {replan.v1.ForecastBatch.$Properties} message ForecastBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForecastBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ForecastBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ForecastBatch & replan.v1.ForecastBatch.$Shape} ForecastBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForecastBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ForecastBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.model && message.model.length))
                                    message.model = [];
                                reader.uint32s(message.model);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.model && message.model.length))
                                message.model = [];
                            message.model.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.item && message.item.length))
                                    message.item = [];
                                reader.uint32s(message.item);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.item && message.item.length))
                                message.item = [];
                            message.item.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.warehouse && message.warehouse.length))
                                    message.warehouse = [];
                                reader.uint32s(message.warehouse);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.warehouse && message.warehouse.length))
                                message.warehouse = [];
                            message.warehouse.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.date && message.date.length))
                                    message.date = [];
                                reader.int32s(message.date);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.date && message.date.length))
                                message.date = [];
                            message.date.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.quantity && message.quantity.length))
                                    message.quantity = [];
                                reader.doubles(message.quantity);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.quantity && message.quantity.length))
                                message.quantity = [];
                            message.quantity.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ForecastBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ForecastBatch & replan.v1.ForecastBatch.$Shape} ForecastBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForecastBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ForecastBatch message.
             * @function verify
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ForecastBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.model != null && $Object.hasOwnProperty.call(message, "model")) {
                    if (!$Array.isArray(message.model))
                        return "model: array expected";
                    for (var i = 0; i < message.model.length; ++i)
                        if (!$util.isInteger(message.model[i]))
                            return "model: integer[] expected";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    if (!$Array.isArray(message.item))
                        return "item: array expected";
                    for (var i = 0; i < message.item.length; ++i)
                        if (!$util.isInteger(message.item[i]))
                            return "item: integer[] expected";
                }
                if (message.warehouse != null && $Object.hasOwnProperty.call(message, "warehouse")) {
                    if (!$Array.isArray(message.warehouse))
                        return "warehouse: array expected";
                    for (var i = 0; i < message.warehouse.length; ++i)
                        if (!$util.isInteger(message.warehouse[i]))
                            return "warehouse: integer[] expected";
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date")) {
                    if (!$Array.isArray(message.date))
                        return "date: array expected";
                    for (var i = 0; i < message.date.length; ++i)
                        if (!$util.isInteger(message.date[i]))
                            return "date: integer[] expected";
                }
                if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity")) {
                    if (!$Array.isArray(message.quantity))
                        return "quantity: array expected";
                    for (var i = 0; i < message.quantity.length; ++i)
                        if (typeof message.quantity[i] !== "number")
                            return "quantity: number[] expected";
                }
                return null;
            };

            /**
             * Creates a ForecastBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ForecastBatch} ForecastBatch
             */
            ForecastBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ForecastBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ForecastBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ForecastBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.ForecastBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.ForecastBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.model) {
                    if (!$Array.isArray(object.model))
                        throw $TypeError(".replan.v1.ForecastBatch.model: array expected");
                    message.model = $Array(object.model.length);
                    for (var i = 0; i < object.model.length; ++i)
                        message.model[i] = object.model[i] >>> 0;
                }
                if (object.item) {
                    if (!$Array.isArray(object.item))
                        throw $TypeError(".replan.v1.ForecastBatch.item: array expected");
                    message.item = $Array(object.item.length);
                    for (var i = 0; i < object.item.length; ++i)
                        message.item[i] = object.item[i] >>> 0;
                }
                if (object.warehouse) {
                    if (!$Array.isArray(object.warehouse))
                        throw $TypeError(".replan.v1.ForecastBatch.warehouse: array expected");
                    message.warehouse = $Array(object.warehouse.length);
                    for (var i = 0; i < object.warehouse.length; ++i)
                        message.warehouse[i] = object.warehouse[i] >>> 0;
                }
                if (object.date) {
                    if (!$Array.isArray(object.date))
                        throw $TypeError(".replan.v1.ForecastBatch.date: array expected");
                    message.date = $Array(object.date.length);
                    for (var i = 0; i < object.date.length; ++i)
                        message.date[i] = object.date[i] | 0;
                }
                if (object.quantity) {
                    if (!$Array.isArray(object.quantity))
                        throw $TypeError(".replan.v1.ForecastBatch.quantity: array expected");
                    message.quantity = $Array(object.quantity.length);
                    for (var i = 0; i < object.quantity.length; ++i)
                        message.quantity[i] = $Number(object.quantity[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ForecastBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {replan.v1.ForecastBatch} message ForecastBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ForecastBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.model = [];
                    object.item = [];
                    object.warehouse = [];
                    object.date = [];
                    object.quantity = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.model && message.model.length) {
                    object.model = $Array(message.model.length);
                    for (var j = 0; j < message.model.length; ++j)
                        object.model[j] = message.model[j];
                }
                if (message.item && message.item.length) {
                    object.item = $Array(message.item.length);
                    for (var j = 0; j < message.item.length; ++j)
                        object.item[j] = message.item[j];
                }
                if (message.warehouse && message.warehouse.length) {
                    object.warehouse = $Array(message.warehouse.length);
                    for (var j = 0; j < message.warehouse.length; ++j)
                        object.warehouse[j] = message.warehouse[j];
                }
                if (message.date && message.date.length) {
                    object.date = $Array(message.date.length);
                    for (var j = 0; j < message.date.length; ++j)
                        object.date[j] = message.date[j];
                }
                if (message.quantity && message.quantity.length) {
                    object.quantity = $Array(message.quantity.length);
                    for (var j = 0; j < message.quantity.length; ++j)
                        object.quantity[j] = options.json && !$isFinite(message.quantity[j]) ? $String(message.quantity[j]) : message.quantity[j];
                }
                return object;
            };

            /**
             * Converts this ForecastBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.ForecastBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ForecastBatch.prototype.toJSON = function() {
                return ForecastBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ForecastBatch
             * @function getTypeUrl
             * @memberof replan.v1.ForecastBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ForecastBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ForecastBatch";
            };

            return ForecastBatch;
        })();

        v1.ReductionKeyBatch = (function() {

            /**
             * Properties of a ReductionKeyBatch.
             * @typedef {Object} replan.v1.ReductionKeyBatch.$Properties
             * @property {Array.<string>|null} [dictionary] ReductionKeyBatch dictionary
             * @property {Array.<string>|null} [id] ReductionKeyBatch id
             * @property {Array.<number>|null} [periodCount] ReductionKeyBatch periodCount
             * @property {Array.<number>|null} [periodFrom] ReductionKeyBatch periodFrom
             * @property {Array.<number>|null} [periodPercent] ReductionKeyBatch periodPercent
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReductionKeyBatch.
             * @memberof replan.v1
             * @interface IReductionKeyBatch
             * @augments replan.v1.ReductionKeyBatch.$Properties
             * @deprecated Use replan.v1.ReductionKeyBatch.$Properties instead.
             */

            /**
             * Shape of a ReductionKeyBatch.
             * @typedef {replan.v1.ReductionKeyBatch.$Properties} replan.v1.ReductionKeyBatch.$Shape
             */

            /**
             * Constructs a new ReductionKeyBatch.
             * @memberof replan.v1
             * @classdesc Represents a ReductionKeyBatch.
             * @constructor
             * @param {replan.v1.ReductionKeyBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ReductionKeyBatch = function (properties) {
                this.dictionary = [];
                this.id = [];
                this.periodCount = [];
                this.periodFrom = [];
                this.periodPercent = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReductionKeyBatch dictionary.
             * @member {Array.<string>} dictionary
             * @memberof replan.v1.ReductionKeyBatch
             * @instance
             */
            ReductionKeyBatch.prototype.dictionary = $util.emptyArray;

            /**
             * ReductionKeyBatch id.
             * @member {Array.<string>} id
             * @memberof replan.v1.ReductionKeyBatch
             * @instance
             */
            ReductionKeyBatch.prototype.id = $util.emptyArray;

            /**
             * ReductionKeyBatch periodCount.
             * @member {Array.<number>} periodCount
             * @memberof replan.v1.ReductionKeyBatch
             * @instance
             */
            ReductionKeyBatch.prototype.periodCount = $util.emptyArray;

            /**
             * ReductionKeyBatch periodFrom.
             * @member {Array.<number>} periodFrom
             * @memberof replan.v1.ReductionKeyBatch
             * @instance
             */
            ReductionKeyBatch.prototype.periodFrom = $util.emptyArray;

            /**
             * ReductionKeyBatch periodPercent.
             * @member {Array.<number>} periodPercent
             * @memberof replan.v1.ReductionKeyBatch
             * @instance
             */
            ReductionKeyBatch.prototype.periodPercent = $util.emptyArray;

            /**
             * Creates a new ReductionKeyBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {replan.v1.ReductionKeyBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.ReductionKeyBatch} ReductionKeyBatch instance
             * @type {{
             *   (properties: replan.v1.ReductionKeyBatch.$Shape): replan.v1.ReductionKeyBatch & replan.v1.ReductionKeyBatch.$Shape;
             *   (properties?: replan.v1.ReductionKeyBatch.$Properties): replan.v1.ReductionKeyBatch;
             * }}
             */
            ReductionKeyBatch.create = function(properties) {
                return new ReductionKeyBatch(properties);
            };

            /**
             * Encodes the specified ReductionKeyBatch message. Does not implicitly {@link replan.v1.ReductionKeyBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {replan.v1.ReductionKeyBatch.$Properties} message ReductionKeyBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReductionKeyBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dictionary != null && message.dictionary.length)
                    for (var i = 0; i < message.dictionary.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.dictionary[i]);
                if (message.id != null && message.id.length)
                    for (var i = 0; i < message.id.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id[i]);
                if (message.periodCount != null && message.periodCount.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.periodCount);
                if (message.periodFrom != null && message.periodFrom.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.periodFrom);
                if (message.periodPercent != null && message.periodPercent.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).doubles(message.periodPercent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReductionKeyBatch message, length delimited. Does not implicitly {@link replan.v1.ReductionKeyBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {replan.v1.ReductionKeyBatch.$Properties} message ReductionKeyBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReductionKeyBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReductionKeyBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.ReductionKeyBatch & replan.v1.ReductionKeyBatch.$Shape} ReductionKeyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReductionKeyBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.ReductionKeyBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dictionary && message.dictionary.length))
                                message.dictionary = [];
                            message.dictionary.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.id && message.id.length))
                                message.id = [];
                            message.id.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.periodCount && message.periodCount.length))
                                    message.periodCount = [];
                                reader.uint32s(message.periodCount);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.periodCount && message.periodCount.length))
                                message.periodCount = [];
                            message.periodCount.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.periodFrom && message.periodFrom.length))
                                    message.periodFrom = [];
                                reader.int32s(message.periodFrom);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.periodFrom && message.periodFrom.length))
                                message.periodFrom = [];
                            message.periodFrom.push(reader.int32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.periodPercent && message.periodPercent.length))
                                    message.periodPercent = [];
                                reader.doubles(message.periodPercent);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.periodPercent && message.periodPercent.length))
                                message.periodPercent = [];
                            message.periodPercent.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ReductionKeyBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.ReductionKeyBatch & replan.v1.ReductionKeyBatch.$Shape} ReductionKeyBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReductionKeyBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReductionKeyBatch message.
             * @function verify
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReductionKeyBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dictionary != null && $Object.hasOwnProperty.call(message, "dictionary")) {
                    if (!$Array.isArray(message.dictionary))
                        return "dictionary: array expected";
                    for (var i = 0; i < message.dictionary.length; ++i)
                        if (!$util.isString(message.dictionary[i]))
                            return "dictionary: string[] expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    if (!$Array.isArray(message.id))
                        return "id: array expected";
                    for (var i = 0; i < message.id.length; ++i)
                        if (!$util.isString(message.id[i]))
                            return "id: string[] expected";
                }
                if (message.periodCount != null && $Object.hasOwnProperty.call(message, "periodCount")) {
                    if (!$Array.isArray(message.periodCount))
                        return "periodCount: array expected";
                    for (var i = 0; i < message.periodCount.length; ++i)
                        if (!$util.isInteger(message.periodCount[i]))
                            return "periodCount: integer[] expected";
                }
                if (message.periodFrom != null && $Object.hasOwnProperty.call(message, "periodFrom")) {
                    if (!$Array.isArray(message.periodFrom))
                        return "periodFrom: array expected";
                    for (var i = 0; i < message.periodFrom.length; ++i)
                        if (!$util.isInteger(message.periodFrom[i]))
                            return "periodFrom: integer[] expected";
                }
                if (message.periodPercent != null && $Object.hasOwnProperty.call(message, "periodPercent")) {
                    if (!$Array.isArray(message.periodPercent))
                        return "periodPercent: array expected";
                    for (var i = 0; i < message.periodPercent.length; ++i)
                        if (typeof message.periodPercent[i] !== "number")
                            return "periodPercent: number[] expected";
                }
                return null;
            };

            /**
             * Creates a ReductionKeyBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.ReductionKeyBatch} ReductionKeyBatch
             */
            ReductionKeyBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.ReductionKeyBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.ReductionKeyBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.ReductionKeyBatch();
                if (object.dictionary) {
                    if (!$Array.isArray(object.dictionary))
                        throw $TypeError(".replan.v1.ReductionKeyBatch.dictionary: array expected");
                    message.dictionary = $Array(object.dictionary.length);
                    for (var i = 0; i < object.dictionary.length; ++i)
                        message.dictionary[i] = $String(object.dictionary[i]);
                }
                if (object.id) {
                    if (!$Array.isArray(object.id))
                        throw $TypeError(".replan.v1.ReductionKeyBatch.id: array expected");
                    message.id = $Array(object.id.length);
                    for (var i = 0; i < object.id.length; ++i)
                        message.id[i] = $String(object.id[i]);
                }
                if (object.periodCount) {
                    if (!$Array.isArray(object.periodCount))
                        throw $TypeError(".replan.v1.ReductionKeyBatch.periodCount: array expected");
                    message.periodCount = $Array(object.periodCount.length);
                    for (var i = 0; i < object.periodCount.length; ++i)
                        message.periodCount[i] = object.periodCount[i] >>> 0;
                }
                if (object.periodFrom) {
                    if (!$Array.isArray(object.periodFrom))
                        throw $TypeError(".replan.v1.ReductionKeyBatch.periodFrom: array expected");
                    message.periodFrom = $Array(object.periodFrom.length);
                    for (var i = 0; i < object.periodFrom.length; ++i)
                        message.periodFrom[i] = object.periodFrom[i] | 0;
                }
                if (object.periodPercent) {
                    if (!$Array.isArray(object.periodPercent))
                        throw $TypeError(".replan.v1.ReductionKeyBatch.periodPercent: array expected");
                    message.periodPercent = $Array(object.periodPercent.length);
                    for (var i = 0; i < object.periodPercent.length; ++i)
                        message.periodPercent[i] = $Number(object.periodPercent[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ReductionKeyBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {replan.v1.ReductionKeyBatch} message ReductionKeyBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReductionKeyBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.dictionary = [];
                    object.id = [];
                    object.periodCount = [];
                    object.periodFrom = [];
                    object.periodPercent = [];
                }
                if (message.dictionary && message.dictionary.length) {
                    object.dictionary = $Array(message.dictionary.length);
                    for (var j = 0; j < message.dictionary.length; ++j)
                        object.dictionary[j] = message.dictionary[j];
                }
                if (message.id && message.id.length) {
                    object.id = $Array(message.id.length);
                    for (var j = 0; j < message.id.length; ++j)
                        object.id[j] = message.id[j];
                }
                if (message.periodCount && message.periodCount.length) {
                    object.periodCount = $Array(message.periodCount.length);
                    for (var j = 0; j < message.periodCount.length; ++j)
                        object.periodCount[j] = message.periodCount[j];
                }
                if (message.periodFrom && message.periodFrom.length) {
                    object.periodFrom = $Array(message.periodFrom.length);
                    for (var j = 0; j < message.periodFrom.length; ++j)
                        object.periodFrom[j] = message.periodFrom[j];
                }
                if (message.periodPercent && message.periodPercent.length) {
                    object.periodPercent = $Array(message.periodPercent.length);
                    for (var j = 0; j < message.periodPercent.length; ++j)
                        object.periodPercent[j] = options.json && !$isFinite(message.periodPercent[j]) ? $String(message.periodPercent[j]) : message.periodPercent[j];
                }
                return object;
            };

            /**
             * Converts this ReductionKeyBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.ReductionKeyBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReductionKeyBatch.prototype.toJSON = function() {
                return ReductionKeyBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReductionKeyBatch
             * @function getTypeUrl
             * @memberof replan.v1.ReductionKeyBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReductionKeyBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.ReductionKeyBatch";
            };

            return ReductionKeyBatch;
        })();

        v1.SnapshotBatch = (function() {

            /**
             * Properties of a SnapshotBatch.
             * @typedef {Object} replan.v1.SnapshotBatch.$Properties
             * @property {replan.v1.SnapshotEntity|null} [entity] SnapshotBatch entity
             * @property {number|null} [sequence] SnapshotBatch sequence
             * @property {boolean|null} [last] SnapshotBatch last
             * @property {replan.v1.PlanBatch.$Properties|null} [plan] SnapshotBatch plan
             * @property {replan.v1.ItemBatch.$Properties|null} [items] SnapshotBatch items
             * @property {replan.v1.CoverageGroupBatch.$Properties|null} [coverageGroups] SnapshotBatch coverageGroups
             * @property {replan.v1.ItemCoverageBatch.$Properties|null} [itemCoverage] SnapshotBatch itemCoverage
             * @property {replan.v1.WarehouseBatch.$Properties|null} [warehouses] SnapshotBatch warehouses
             * @property {replan.v1.CalendarBatch.$Properties|null} [calendars] SnapshotBatch calendars
             * @property {replan.v1.BomLineBatch.$Properties|null} [bomLines] SnapshotBatch bomLines
             * @property {replan.v1.OnHandBatch.$Properties|null} [onHand] SnapshotBatch onHand
             * @property {replan.v1.SupplyBatch.$Properties|null} [supply] SnapshotBatch supply
             * @property {replan.v1.DemandBatch.$Properties|null} [demand] SnapshotBatch demand
             * @property {replan.v1.ForecastBatch.$Properties|null} [forecasts] SnapshotBatch forecasts
             * @property {replan.v1.ReductionKeyBatch.$Properties|null} [reductionKeys] SnapshotBatch reductionKeys
             * @property {"plan"|"items"|"coverageGroups"|"itemCoverage"|"warehouses"|"calendars"|"bomLines"|"onHand"|"supply"|"demand"|"forecasts"|"reductionKeys"} [batch] SnapshotBatch batch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotBatch.
             * @memberof replan.v1
             * @interface ISnapshotBatch
             * @augments replan.v1.SnapshotBatch.$Properties
             * @deprecated Use replan.v1.SnapshotBatch.$Properties instead.
             */

            /**
             * Narrowed shape of a SnapshotBatch.
             * @typedef {{
             *   entity?: replan.v1.SnapshotEntity|null;
             *   sequence?: number|null;
             *   last?: boolean|null;
             *   plan?: replan.v1.PlanBatch.$Shape|null;
             *   items?: replan.v1.ItemBatch.$Shape|null;
             *   coverageGroups?: replan.v1.CoverageGroupBatch.$Shape|null;
             *   itemCoverage?: replan.v1.ItemCoverageBatch.$Shape|null;
             *   warehouses?: replan.v1.WarehouseBatch.$Shape|null;
             *   calendars?: replan.v1.CalendarBatch.$Shape|null;
             *   bomLines?: replan.v1.BomLineBatch.$Shape|null;
             *   onHand?: replan.v1.OnHandBatch.$Shape|null;
             *   supply?: replan.v1.SupplyBatch.$Shape|null;
             *   demand?: replan.v1.DemandBatch.$Shape|null;
             *   forecasts?: replan.v1.ForecastBatch.$Shape|null;
             *   reductionKeys?: replan.v1.ReductionKeyBatch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ batch?: undefined; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "plan"; plan: replan.v1.PlanBatch.$Shape; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "items"; plan?: null; items: replan.v1.ItemBatch.$Shape; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "coverageGroups"; plan?: null; items?: null; coverageGroups: replan.v1.CoverageGroupBatch.$Shape; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "itemCoverage"; plan?: null; items?: null; coverageGroups?: null; itemCoverage: replan.v1.ItemCoverageBatch.$Shape; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "warehouses"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses: replan.v1.WarehouseBatch.$Shape; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "calendars"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars: replan.v1.CalendarBatch.$Shape; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "bomLines"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines: replan.v1.BomLineBatch.$Shape; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "onHand"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand: replan.v1.OnHandBatch.$Shape; supply?: null; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "supply"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply: replan.v1.SupplyBatch.$Shape; demand?: null; forecasts?: null; reductionKeys?: null }|{ batch?: "demand"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand: replan.v1.DemandBatch.$Shape; forecasts?: null; reductionKeys?: null }|{ batch?: "forecasts"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts: replan.v1.ForecastBatch.$Shape; reductionKeys?: null }|{ batch?: "reductionKeys"; plan?: null; items?: null; coverageGroups?: null; itemCoverage?: null; warehouses?: null; calendars?: null; bomLines?: null; onHand?: null; supply?: null; demand?: null; forecasts?: null; reductionKeys: replan.v1.ReductionKeyBatch.$Shape })
             * )} replan.v1.SnapshotBatch.$Shape
             */

            /**
             * Constructs a new SnapshotBatch.
             * @memberof replan.v1
             * @classdesc Represents a SnapshotBatch.
             * @constructor
             * @param {replan.v1.SnapshotBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SnapshotBatch = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotBatch entity.
             * @member {replan.v1.SnapshotEntity} entity
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.entity = 0;

            /**
             * SnapshotBatch sequence.
             * @member {number} sequence
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.sequence = 0;

            /**
             * SnapshotBatch last.
             * @member {boolean} last
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.last = false;

            /**
             * SnapshotBatch plan.
             * @member {replan.v1.PlanBatch.$Properties|null|undefined} plan
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.plan = null;

            /**
             * SnapshotBatch items.
             * @member {replan.v1.ItemBatch.$Properties|null|undefined} items
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.items = null;

            /**
             * SnapshotBatch coverageGroups.
             * @member {replan.v1.CoverageGroupBatch.$Properties|null|undefined} coverageGroups
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.coverageGroups = null;

            /**
             * SnapshotBatch itemCoverage.
             * @member {replan.v1.ItemCoverageBatch.$Properties|null|undefined} itemCoverage
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.itemCoverage = null;

            /**
             * SnapshotBatch warehouses.
             * @member {replan.v1.WarehouseBatch.$Properties|null|undefined} warehouses
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.warehouses = null;

            /**
             * SnapshotBatch calendars.
             * @member {replan.v1.CalendarBatch.$Properties|null|undefined} calendars
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.calendars = null;

            /**
             * SnapshotBatch bomLines.
             * @member {replan.v1.BomLineBatch.$Properties|null|undefined} bomLines
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.bomLines = null;

            /**
             * SnapshotBatch onHand.
             * @member {replan.v1.OnHandBatch.$Properties|null|undefined} onHand
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.onHand = null;

            /**
             * SnapshotBatch supply.
             * @member {replan.v1.SupplyBatch.$Properties|null|undefined} supply
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.supply = null;

            /**
             * SnapshotBatch demand.
             * @member {replan.v1.DemandBatch.$Properties|null|undefined} demand
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.demand = null;

            /**
             * SnapshotBatch forecasts.
             * @member {replan.v1.ForecastBatch.$Properties|null|undefined} forecasts
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.forecasts = null;

            /**
             * SnapshotBatch reductionKeys.
             * @member {replan.v1.ReductionKeyBatch.$Properties|null|undefined} reductionKeys
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            SnapshotBatch.prototype.reductionKeys = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * SnapshotBatch batch.
             * @member {"plan"|"items"|"coverageGroups"|"itemCoverage"|"warehouses"|"calendars"|"bomLines"|"onHand"|"supply"|"demand"|"forecasts"|"reductionKeys"|undefined} batch
             * @memberof replan.v1.SnapshotBatch
             * @instance
             */
            $Object.defineProperty(SnapshotBatch.prototype, "batch", {
                get: $util.oneOfGetter($oneOfFields = ["plan", "items", "coverageGroups", "itemCoverage", "warehouses", "calendars", "bomLines", "onHand", "supply", "demand", "forecasts", "reductionKeys"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SnapshotBatch instance using the specified properties.
             * @function create
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {replan.v1.SnapshotBatch.$Properties=} [properties] Properties to set
             * @returns {replan.v1.SnapshotBatch} SnapshotBatch instance
             * @type {{
             *   (properties: replan.v1.SnapshotBatch.$Shape): replan.v1.SnapshotBatch & replan.v1.SnapshotBatch.$Shape;
             *   (properties?: replan.v1.SnapshotBatch.$Properties): replan.v1.SnapshotBatch;
             * }}
             */
            SnapshotBatch.create = function(properties) {
                return new SnapshotBatch(properties);
            };

            /**
             * Encodes the specified SnapshotBatch message. Does not implicitly {@link replan.v1.SnapshotBatch.verify|verify} messages.
             * @function encode
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {replan.v1.SnapshotBatch.$Properties} message SnapshotBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.entity);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && message.sequence !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sequence);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.last);
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    $root.replan.v1.PlanBatch.encode(message.plan, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    $root.replan.v1.ItemBatch.encode(message.items, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.coverageGroups != null && $Object.hasOwnProperty.call(message, "coverageGroups"))
                    $root.replan.v1.CoverageGroupBatch.encode(message.coverageGroups, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.itemCoverage != null && $Object.hasOwnProperty.call(message, "itemCoverage"))
                    $root.replan.v1.ItemCoverageBatch.encode(message.itemCoverage, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.warehouses != null && $Object.hasOwnProperty.call(message, "warehouses"))
                    $root.replan.v1.WarehouseBatch.encode(message.warehouses, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.calendars != null && $Object.hasOwnProperty.call(message, "calendars"))
                    $root.replan.v1.CalendarBatch.encode(message.calendars, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.bomLines != null && $Object.hasOwnProperty.call(message, "bomLines"))
                    $root.replan.v1.BomLineBatch.encode(message.bomLines, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.onHand != null && $Object.hasOwnProperty.call(message, "onHand"))
                    $root.replan.v1.OnHandBatch.encode(message.onHand, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.supply != null && $Object.hasOwnProperty.call(message, "supply"))
                    $root.replan.v1.SupplyBatch.encode(message.supply, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.demand != null && $Object.hasOwnProperty.call(message, "demand"))
                    $root.replan.v1.DemandBatch.encode(message.demand, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.forecasts != null && $Object.hasOwnProperty.call(message, "forecasts"))
                    $root.replan.v1.ForecastBatch.encode(message.forecasts, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.reductionKeys != null && $Object.hasOwnProperty.call(message, "reductionKeys"))
                    $root.replan.v1.ReductionKeyBatch.encode(message.reductionKeys, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SnapshotBatch message, length delimited. Does not implicitly {@link replan.v1.SnapshotBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {replan.v1.SnapshotBatch.$Properties} message SnapshotBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotBatch message from the specified reader or buffer.
             * @function decode
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {replan.v1.SnapshotBatch & replan.v1.SnapshotBatch.$Shape} SnapshotBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.replan.v1.SnapshotBatch();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.entity = value;
                            else
                                delete message.entity;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.plan = $root.replan.v1.PlanBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.plan);
                            message.batch = "plan";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.items = $root.replan.v1.ItemBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.items);
                            message.batch = "items";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.coverageGroups = $root.replan.v1.CoverageGroupBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.coverageGroups);
                            message.batch = "coverageGroups";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.itemCoverage = $root.replan.v1.ItemCoverageBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.itemCoverage);
                            message.batch = "itemCoverage";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.warehouses = $root.replan.v1.WarehouseBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.warehouses);
                            message.batch = "warehouses";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.calendars = $root.replan.v1.CalendarBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.calendars);
                            message.batch = "calendars";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.bomLines = $root.replan.v1.BomLineBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.bomLines);
                            message.batch = "bomLines";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.onHand = $root.replan.v1.OnHandBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.onHand);
                            message.batch = "onHand";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.supply = $root.replan.v1.SupplyBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.supply);
                            message.batch = "supply";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.demand = $root.replan.v1.DemandBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.demand);
                            message.batch = "demand";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.forecasts = $root.replan.v1.ForecastBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.forecasts);
                            message.batch = "forecasts";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.reductionKeys = $root.replan.v1.ReductionKeyBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.reductionKeys);
                            message.batch = "reductionKeys";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SnapshotBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {replan.v1.SnapshotBatch & replan.v1.SnapshotBatch.$Shape} SnapshotBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotBatch message.
             * @function verify
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                    if (typeof message.entity !== "number" || (message.entity | 0) !== message.entity)
                        return "entity: enum value expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence))
                        return "sequence: integer expected";
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    if (typeof message.last !== "boolean")
                        return "last: boolean expected";
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan")) {
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.PlanBatch.verify(message.plan, _depth + 1);
                        if (error)
                            return "plan." + error;
                    }
                }
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.ItemBatch.verify(message.items, _depth + 1);
                        if (error)
                            return "items." + error;
                    }
                }
                if (message.coverageGroups != null && $Object.hasOwnProperty.call(message, "coverageGroups")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.CoverageGroupBatch.verify(message.coverageGroups, _depth + 1);
                        if (error)
                            return "coverageGroups." + error;
                    }
                }
                if (message.itemCoverage != null && $Object.hasOwnProperty.call(message, "itemCoverage")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.ItemCoverageBatch.verify(message.itemCoverage, _depth + 1);
                        if (error)
                            return "itemCoverage." + error;
                    }
                }
                if (message.warehouses != null && $Object.hasOwnProperty.call(message, "warehouses")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.WarehouseBatch.verify(message.warehouses, _depth + 1);
                        if (error)
                            return "warehouses." + error;
                    }
                }
                if (message.calendars != null && $Object.hasOwnProperty.call(message, "calendars")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.CalendarBatch.verify(message.calendars, _depth + 1);
                        if (error)
                            return "calendars." + error;
                    }
                }
                if (message.bomLines != null && $Object.hasOwnProperty.call(message, "bomLines")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.BomLineBatch.verify(message.bomLines, _depth + 1);
                        if (error)
                            return "bomLines." + error;
                    }
                }
                if (message.onHand != null && $Object.hasOwnProperty.call(message, "onHand")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.OnHandBatch.verify(message.onHand, _depth + 1);
                        if (error)
                            return "onHand." + error;
                    }
                }
                if (message.supply != null && $Object.hasOwnProperty.call(message, "supply")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.SupplyBatch.verify(message.supply, _depth + 1);
                        if (error)
                            return "supply." + error;
                    }
                }
                if (message.demand != null && $Object.hasOwnProperty.call(message, "demand")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.DemandBatch.verify(message.demand, _depth + 1);
                        if (error)
                            return "demand." + error;
                    }
                }
                if (message.forecasts != null && $Object.hasOwnProperty.call(message, "forecasts")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.ForecastBatch.verify(message.forecasts, _depth + 1);
                        if (error)
                            return "forecasts." + error;
                    }
                }
                if (message.reductionKeys != null && $Object.hasOwnProperty.call(message, "reductionKeys")) {
                    if (properties.batch === 1)
                        return "batch: multiple values";
                    properties.batch = 1;
                    {
                        var error = $root.replan.v1.ReductionKeyBatch.verify(message.reductionKeys, _depth + 1);
                        if (error)
                            return "reductionKeys." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SnapshotBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {replan.v1.SnapshotBatch} SnapshotBatch
             */
            SnapshotBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.replan.v1.SnapshotBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".replan.v1.SnapshotBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.replan.v1.SnapshotBatch();
                if (object.entity !== 0 && (typeof object.entity !== "string" || $root.replan.v1.SnapshotEntity[object.entity] !== 0))
                    switch (object.entity) {
                    case "SNAPSHOT_ENTITY_UNSPECIFIED":
                    case 0:
                        message.entity = 0;
                        break;
                    case "SNAPSHOT_ENTITY_PLAN":
                    case 1:
                        message.entity = 1;
                        break;
                    case "SNAPSHOT_ENTITY_ITEMS":
                    case 2:
                        message.entity = 2;
                        break;
                    case "SNAPSHOT_ENTITY_COVERAGE_GROUPS":
                    case 3:
                        message.entity = 3;
                        break;
                    case "SNAPSHOT_ENTITY_ITEM_COVERAGE":
                    case 4:
                        message.entity = 4;
                        break;
                    case "SNAPSHOT_ENTITY_WAREHOUSES":
                    case 5:
                        message.entity = 5;
                        break;
                    case "SNAPSHOT_ENTITY_CALENDARS":
                    case 6:
                        message.entity = 6;
                        break;
                    case "SNAPSHOT_ENTITY_BOM_LINES":
                    case 7:
                        message.entity = 7;
                        break;
                    case "SNAPSHOT_ENTITY_ON_HAND":
                    case 8:
                        message.entity = 8;
                        break;
                    case "SNAPSHOT_ENTITY_SUPPLY":
                    case 9:
                        message.entity = 9;
                        break;
                    case "SNAPSHOT_ENTITY_DEMAND":
                    case 10:
                        message.entity = 10;
                        break;
                    case "SNAPSHOT_ENTITY_FORECASTS":
                    case 11:
                        message.entity = 11;
                        break;
                    case "SNAPSHOT_ENTITY_REDUCTION_KEYS":
                    case 12:
                        message.entity = 12;
                        break;
                    default:
                        if (typeof object.entity === "number" && (object.entity | 0) === object.entity)
                            message.entity = object.entity;
                    }
                if (object.sequence != null)
                    if ($Number(object.sequence) !== 0)
                        message.sequence = object.sequence >>> 0;
                if (object.last != null)
                    if (object.last)
                        message.last = $Boolean(object.last);
                if (object.plan != null) {
                    if (!$util.isObject(object.plan))
                        throw $TypeError(".replan.v1.SnapshotBatch.plan: object expected");
                    message.plan = $root.replan.v1.PlanBatch.fromObject(object.plan, _depth + 1);
                }
                if (object.items != null) {
                    if (!$util.isObject(object.items))
                        throw $TypeError(".replan.v1.SnapshotBatch.items: object expected");
                    message.items = $root.replan.v1.ItemBatch.fromObject(object.items, _depth + 1);
                }
                if (object.coverageGroups != null) {
                    if (!$util.isObject(object.coverageGroups))
                        throw $TypeError(".replan.v1.SnapshotBatch.coverageGroups: object expected");
                    message.coverageGroups = $root.replan.v1.CoverageGroupBatch.fromObject(object.coverageGroups, _depth + 1);
                }
                if (object.itemCoverage != null) {
                    if (!$util.isObject(object.itemCoverage))
                        throw $TypeError(".replan.v1.SnapshotBatch.itemCoverage: object expected");
                    message.itemCoverage = $root.replan.v1.ItemCoverageBatch.fromObject(object.itemCoverage, _depth + 1);
                }
                if (object.warehouses != null) {
                    if (!$util.isObject(object.warehouses))
                        throw $TypeError(".replan.v1.SnapshotBatch.warehouses: object expected");
                    message.warehouses = $root.replan.v1.WarehouseBatch.fromObject(object.warehouses, _depth + 1);
                }
                if (object.calendars != null) {
                    if (!$util.isObject(object.calendars))
                        throw $TypeError(".replan.v1.SnapshotBatch.calendars: object expected");
                    message.calendars = $root.replan.v1.CalendarBatch.fromObject(object.calendars, _depth + 1);
                }
                if (object.bomLines != null) {
                    if (!$util.isObject(object.bomLines))
                        throw $TypeError(".replan.v1.SnapshotBatch.bomLines: object expected");
                    message.bomLines = $root.replan.v1.BomLineBatch.fromObject(object.bomLines, _depth + 1);
                }
                if (object.onHand != null) {
                    if (!$util.isObject(object.onHand))
                        throw $TypeError(".replan.v1.SnapshotBatch.onHand: object expected");
                    message.onHand = $root.replan.v1.OnHandBatch.fromObject(object.onHand, _depth + 1);
                }
                if (object.supply != null) {
                    if (!$util.isObject(object.supply))
                        throw $TypeError(".replan.v1.SnapshotBatch.supply: object expected");
                    message.supply = $root.replan.v1.SupplyBatch.fromObject(object.supply, _depth + 1);
                }
                if (object.demand != null) {
                    if (!$util.isObject(object.demand))
                        throw $TypeError(".replan.v1.SnapshotBatch.demand: object expected");
                    message.demand = $root.replan.v1.DemandBatch.fromObject(object.demand, _depth + 1);
                }
                if (object.forecasts != null) {
                    if (!$util.isObject(object.forecasts))
                        throw $TypeError(".replan.v1.SnapshotBatch.forecasts: object expected");
                    message.forecasts = $root.replan.v1.ForecastBatch.fromObject(object.forecasts, _depth + 1);
                }
                if (object.reductionKeys != null) {
                    if (!$util.isObject(object.reductionKeys))
                        throw $TypeError(".replan.v1.SnapshotBatch.reductionKeys: object expected");
                    message.reductionKeys = $root.replan.v1.ReductionKeyBatch.fromObject(object.reductionKeys, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SnapshotBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {replan.v1.SnapshotBatch} message SnapshotBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.entity = options.enums === $String ? "SNAPSHOT_ENTITY_UNSPECIFIED" : 0;
                    object.sequence = 0;
                    object.last = false;
                }
                if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                    object.entity = options.enums === $String ? $root.replan.v1.SnapshotEntity[message.entity] === $undefined ? message.entity : $root.replan.v1.SnapshotEntity[message.entity] : message.entity;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    object.sequence = message.sequence;
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    object.last = message.last;
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan")) {
                    object.plan = $root.replan.v1.PlanBatch.toObject(message.plan, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "plan";
                }
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    object.items = $root.replan.v1.ItemBatch.toObject(message.items, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "items";
                }
                if (message.coverageGroups != null && $Object.hasOwnProperty.call(message, "coverageGroups")) {
                    object.coverageGroups = $root.replan.v1.CoverageGroupBatch.toObject(message.coverageGroups, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "coverageGroups";
                }
                if (message.itemCoverage != null && $Object.hasOwnProperty.call(message, "itemCoverage")) {
                    object.itemCoverage = $root.replan.v1.ItemCoverageBatch.toObject(message.itemCoverage, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "itemCoverage";
                }
                if (message.warehouses != null && $Object.hasOwnProperty.call(message, "warehouses")) {
                    object.warehouses = $root.replan.v1.WarehouseBatch.toObject(message.warehouses, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "warehouses";
                }
                if (message.calendars != null && $Object.hasOwnProperty.call(message, "calendars")) {
                    object.calendars = $root.replan.v1.CalendarBatch.toObject(message.calendars, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "calendars";
                }
                if (message.bomLines != null && $Object.hasOwnProperty.call(message, "bomLines")) {
                    object.bomLines = $root.replan.v1.BomLineBatch.toObject(message.bomLines, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "bomLines";
                }
                if (message.onHand != null && $Object.hasOwnProperty.call(message, "onHand")) {
                    object.onHand = $root.replan.v1.OnHandBatch.toObject(message.onHand, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "onHand";
                }
                if (message.supply != null && $Object.hasOwnProperty.call(message, "supply")) {
                    object.supply = $root.replan.v1.SupplyBatch.toObject(message.supply, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "supply";
                }
                if (message.demand != null && $Object.hasOwnProperty.call(message, "demand")) {
                    object.demand = $root.replan.v1.DemandBatch.toObject(message.demand, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "demand";
                }
                if (message.forecasts != null && $Object.hasOwnProperty.call(message, "forecasts")) {
                    object.forecasts = $root.replan.v1.ForecastBatch.toObject(message.forecasts, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "forecasts";
                }
                if (message.reductionKeys != null && $Object.hasOwnProperty.call(message, "reductionKeys")) {
                    object.reductionKeys = $root.replan.v1.ReductionKeyBatch.toObject(message.reductionKeys, options, _depth + 1);
                    if (options.oneofs)
                        object.batch = "reductionKeys";
                }
                return object;
            };

            /**
             * Converts this SnapshotBatch to JSON.
             * @function toJSON
             * @memberof replan.v1.SnapshotBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotBatch.prototype.toJSON = function() {
                return SnapshotBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotBatch
             * @function getTypeUrl
             * @memberof replan.v1.SnapshotBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/replan.v1.SnapshotBatch";
            };

            return SnapshotBatch;
        })();

        return v1;
    })();

    return replan;
})();

module.exports = $root;
