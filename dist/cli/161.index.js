export const id = 161;
export const ids = [161];
export const modules = {

/***/ 7161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KINDS: () => (/* binding */ KINDS),
/* harmony export */   depsCommand: () => (/* binding */ depsCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_env_load_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(604);
/* harmony import */ var _shared_env_discover_packaging_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7561);
/* harmony import */ var _shared_env_formats_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1042);
/* harmony import */ var _shared_env_file_readers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6483);
/* harmony import */ var _shared_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9530);
/* harmony import */ var _cli_support_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3735);
// ml-hub deps FILE [--json] [--kind KIND]: the dependencies one packaging file declares (and the files it includes).








/** `--kind` values: the format's usual name, for files named otherwise. */
const KINDS = Object.fromEntries(_shared_env_formats_index_js__WEBPACK_IMPORTED_MODULE_4__/* .packagingFormats */ .gj.flatMap((f) => (f.depsKind ? [[f.depsKind, f.kind]] : [])));
/** Kind by file name, as detect-env decides, plus any other `*.txt`/`*.in` read as a requirements file. */
function kindOf(name) {
    return (0,_shared_env_discover_packaging_js__WEBPACK_IMPORTED_MODULE_3__/* .packagingKindOf */ .bQ)(name) ?? (/\.(txt|in)$/i.test(name) ? 'requirements' : undefined);
}
const depsUsage = `usage: ml-hub deps FILE [--json] [--kind ${Object.keys(KINDS).join('|')}]`;
async function depsCommand(args) {
    const { values, positionals } = (0,_cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)(args, { json: { type: 'boolean' }, kind: { type: 'string' } }, 'deps');
    const file = positionals[0];
    if (!file)
        throw new _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`deps: which file? ${depsUsage}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`deps: ${file} does not exist`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
        throw new _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`deps: ${file} is a folder; name a packaging file in it (or run ml-hub detect-env ${file})`);
    if (values.kind !== undefined && !Object.hasOwn(KINDS, values.kind))
        throw new _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`deps: --kind must be one of ${Object.keys(KINDS).join(', ')}`);
    if (values.kind === undefined && (0,_shared_env_formats_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isPep751Lock */ .KZ)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file))) {
        throw new _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`deps: ${file} is a PEP 751 lock file (pylock.toml), recognised but not read yet; list the file it was locked from`);
    }
    const kind = values.kind !== undefined ? KINDS[values.kind] : kindOf(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file));
    if (!kind) {
        throw new _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`deps: ${file} is not a packaging file ml-hub knows by name (requirements*.txt|in|lock, constraints*.txt, environment*.yml, ` +
            `conda*.yaml, setup.py, setup.cfg, pyproject.toml, Pipfile, Pipfile.lock, MLproject, python_env.yaml, runtime.txt, .python-version); ` +
            `say what it is with --kind`);
    }
    // Included files (`-r ../base.txt`) may sit above the file: read relative to the current folder when the file is
    // inside it, else relative to the file's own folder.
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
    const cwd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)('.');
    const base = real.startsWith(cwd + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? cwd : node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(real);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, real).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    const parsed = (0,_shared_env_load_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePackagingFile */ .n)(relative, kind, (0,_shared_env_file_readers_js__WEBPACK_IMPORTED_MODULE_5__/* .workingTreeReader */ .LE)(base), process.env);
    if (parsed.files.length === 0)
        throw new _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`deps: ${file} cannot be read (not a regular text file, or larger than ml-hub reads)`);
    const dependencies = parsed.files.flatMap((f) => f.dependencies);
    const diagnostics = [...parsed.files.flatMap((f) => f.diagnostics), ...parsed.diagnostics];
    if (values.json) {
        console.log(JSON.stringify(dependencies.map((d) => ({
            name: d.name,
            normalized: d.normalized,
            specifier: d.specifier,
            extras: d.extras,
            marker: d.marker ?? null,
            url: d.url ?? null,
            editable: d.editable,
            file: d.file,
            line: d.line,
            ecosystem: d.ecosystem,
            group: d.group,
            ...(d.constraintOnly ? { constraint: true } : {}),
        })), null, 2));
    }
    else {
        for (const d of dependencies) {
            const extras = d.extras.length ? `[${d.extras.join(',')}]` : '';
            console.log(`${d.file}:${d.line}\t${d.name}${extras}${d.specifier ? ` ${d.specifier}` : ''}${d.marker ? ` ; ${d.marker}` : ''}${d.url ? ` @ ${d.url}` : ''}${d.editable ? ' (editable)' : ''}`);
        }
    }
    for (const d of diagnostics)
        console.error((0,_shared_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDiagnostic */ .x)(d));
    return diagnostics.some((d) => d.severity === 'error') ? _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .exitCodes */ .hS.usage : _cli_support_js__WEBPACK_IMPORTED_MODULE_7__/* .exitCodes */ .hS.ok;
}


/***/ })

};
