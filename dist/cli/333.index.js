export const id = 333;
export const ids = [333];
export const modules = {

/***/ 9333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runsCommand: () => (/* binding */ runsCommand),
/* harmony export */   writeTruthJson: () => (/* binding */ writeTruthJson)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9530);
/* harmony import */ var _shared_heap_tuning_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1006);
/* harmony import */ var _shared_mlflow_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4283);
/* harmony import */ var _cli_support_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3735);
/* harmony import */ var _open_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7573);
// ml-hub runs [STORE] [--json] [--max-runs N]: every experiment and run an MLflow store holds, read into the one Runs model. --json
// prints it in the shape of MLflow's own export (the fixtures' truth.json), full metric histories included, streamed:
// each run is read, written and dropped in turn, so memory does not grow with the number of runs.






/** JSON.stringify writes -0 as 0; MLflow's export (and truth.json) keeps `-0.0`, so the sign survives here too. */
const negativeZero = '\u0000-0.0';
const negativeZeroJson = JSON.stringify(negativeZero);
/** `value` as JSON.stringify(…, 2) writes it `depth` levels down (every line after the first indented to match). */
function truthJsonText(value, depth) {
    const text = JSON.stringify(value, (_key, v) => (Object.is(v, -0) ? negativeZero : v), 2).replaceAll(negativeZeroJson, '-0.0');
    // JSON strings hold no raw newline, so every newline is between tokens.
    return depth === 0 ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
/** Writes through `out` in chunks, waiting whenever it asks to (backpressure), so nothing piles up in memory. */
class ChunkedWriter {
    out;
    pending = [];
    size = 0;
    constructor(out) {
        this.out = out;
    }
    async write(text) {
        this.pending.push(text);
        this.size += text.length;
        if (this.size >= 1 << 16)
            await this.flush();
    }
    async flush() {
        if (this.pending.length === 0)
            return;
        const chunk = this.pending.join('');
        this.pending = [];
        this.size = 0;
        if (!this.out.write(chunk))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(this.out, 'drain');
    }
}
/**
 * The store as truth.json text, top-level `experiments`, `runs`, `logged_models`: exactly what
 * `JSON.stringify(toTruthJson(model), …, 2)` gives for the whole model, written one entity at a time.
 */
async function writeTruthJson(stream, out) {
    const writer = new ChunkedWriter(out);
    const array = async (items, last, name) => {
        let first = true;
        for await (const item of items) {
            await writer.write(`${first ? `  "${name}": [\n` : ',\n'}    ${truthJsonText(item, 2)}`);
            first = false;
        }
        await writer.write(`${first ? `  "${name}": []` : '\n  ]'}${last ? '\n' : ',\n'}`);
    };
    await writer.write('{\n');
    await array(stream.experiments.map(_shared_mlflow_model_js__WEBPACK_IMPORTED_MODULE_5__/* .truthExperiment */ .dq), false, 'experiments');
    await array(mapAsync(stream.runs(), (run) => (0,_shared_mlflow_model_js__WEBPACK_IMPORTED_MODULE_5__/* .truthRun */ .HM)(run)), false, 'runs');
    await array((await stream.loggedModels()).map(_shared_mlflow_model_js__WEBPACK_IMPORTED_MODULE_5__/* .truthLoggedModel */ .xy), true, 'logged_models');
    await writer.write('}\n');
    await writer.flush();
}
async function* mapAsync(items, fn) {
    for await (const item of items)
        yield fn(item);
}
async function runsCommand(args) {
    (0,_shared_heap_tuning_js__WEBPACK_IMPORTED_MODULE_2__/* .storeReadingHeap */ .M)();
    const { values, positionals } = (0,_cli_support_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)(args, { json: { type: 'boolean' }, 'max-runs': { type: 'string' } }, 'runs');
    const store = (0,_open_store_js__WEBPACK_IMPORTED_MODULE_4__/* .openCommandStore */ .$O)('runs', positionals[0], (0,_open_store_js__WEBPACK_IMPORTED_MODULE_4__/* .maxRunsOption */ .uF)('runs', values['max-runs']));
    if (values.json) {
        const stream = await (0,_open_store_js__WEBPACK_IMPORTED_MODULE_4__/* .streamCommandStore */ .r8)('runs', store);
        let reported = 0;
        const flushDiagnostics = () => {
            for (; reported < stream.diagnostics.length; reported++)
                console.error((0,_shared_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .x)(stream.diagnostics[reported]));
        };
        flushDiagnostics();
        await writeTruthJson(stream, process.stdout);
        flushDiagnostics();
        return _cli_support_js__WEBPACK_IMPORTED_MODULE_3__/* .exitCodes */ .hS.ok;
    }
    const { model, diagnostics } = await (0,_open_store_js__WEBPACK_IMPORTED_MODULE_4__/* .readCommandStore */ .Fh)('runs', store);
    for (const d of diagnostics)
        console.error((0,_shared_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .x)(d));
    const names = new Map(model.experiments.map((e) => [e.experimentId, e.name]));
    console.log(`${model.store.kind} store ${model.store.location}: ${model.experiments.length} experiments, ${model.runs.length} runs`);
    for (const run of model.runs) {
        const deleted = run.lifecycleStage === 'deleted' ? ' (deleted)' : '';
        const metrics = [...run.latestMetrics.values()].slice(0, 4).map((m) => `${m.key}=${m.value}`).join(' ');
        console.log(`${names.get(run.experimentId) ?? run.experimentId}\t${run.runId}\t${run.status}${deleted}\t${run.runName}\t${metrics}`);
    }
    return _cli_support_js__WEBPACK_IMPORTED_MODULE_3__/* .exitCodes */ .hS.ok;
}


/***/ })

};
