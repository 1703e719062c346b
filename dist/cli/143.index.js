export const id = 143;
export const ids = [143];
export const modules = {

/***/ 1143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectEnvCommand: () => (/* binding */ detectEnvCommand),
  detectEnvDetails: () => (/* binding */ detectEnvDetails)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/drift/detect-drift.ts + 13 modules
var detect_drift = __webpack_require__(5165);
;// CONCATENATED MODULE: ./shared/text/annotations.ts
// Findings as line annotations, for every pipeline: a Diagnostic's shape on the runner, and GitHub's limit of 10
// annotations of each level per step, where the 10th of a level, when more remain, says how many were left out.
const annotationsPerLevel = 10;
function diagnosticAnnotation(d) {
    return { level: d.severity, title: `ml-hub: ${d.code}`, message: d.message, file: d.file, line: d.line };
}
/** At most `annotationsPerLevel` of each level, in the order given; the last one kept counts the rest. */
function annotations_capPerLevel(annotations) {
    const kept = [];
    for (const level of ['error', 'warning', 'notice']) {
        const ofLevel = annotations.filter((a) => a.level === level);
        if (ofLevel.length <= annotationsPerLevel) {
            kept.push(...ofLevel);
            continue;
        }
        kept.push(...ofLevel.slice(0, annotationsPerLevel - 1));
        const rest = ofLevel.length - (annotationsPerLevel - 1);
        kept.push({ level, title: `${rest} more ${level}s`, message: `${rest} more ${level}s are not shown as annotations (GitHub keeps ${annotationsPerLevel} per step); the job summary lists them all.` });
    }
    return kept;
}

// EXTERNAL MODULE: ./shared/drift/never-imported.ts
var never_imported = __webpack_require__(9345);
;// CONCATENATED MODULE: ./shared/drift/render-summary.ts
// The detect-env job summary: the findings as tables, most important first, the rest collapsed, always under budget.

const summaryLimit = (/* unused pure expression or super */ null && (stepSummaryLimitBytes));
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const guardText = {
    'try-except': 'inside a try/except that lets it fail (ImportError or broader)',
    'availability-check': 'behind an availability check',
    'type-checking': 'under if TYPE_CHECKING (type checkers only)',
    'version-check': 'behind a Python version, platform or device check',
    'installed-on-demand': 'after the code installs it itself',
};
const guardList = 'try/except ImportError, availability checks, `if TYPE_CHECKING:`, version, platform or device checks, installed on demand';
function headline(report) {
    if (!report.drift)
        return 'no drift';
    return [
        report.undeclared.length && plural(report.undeclared.length, 'undeclared import'),
        report.unused.length && plural(report.unused.length, 'unused declaration'),
        report.conflicts.length && plural(report.conflicts.length, 'conflict'),
        report.outOfSync.length && plural(report.outOfSync.length, 'package') + ' out of sync',
    ]
        .filter(Boolean)
        .join(', ');
}
function renderDriftSummary(report, options = {}) {
    const md = new MarkdownBudget(options.limit ?? summaryLimit);
    const where = (l) => {
        const text = `${l.file}:${l.line}`;
        const href = options.link?.(l);
        return href ? link(text, href) : cell(text);
    };
    const places = (ls, max = 3) => ls.slice(0, max).map(where).join(', ') + (ls.length > max ? `, +${ls.length - max} more` : '');
    const icon = report.drift ? '⚠️' : '✅';
    md.add(`## ${icon} Environment drift${options.project ? ` in ${code(options.project)}` : ''}: ${headline(report)}\n\n`);
    md.add(`${plural(report.scannedFiles, 'source file')} scanned (${plural(report.importCount, 'import')}), ` +
        `${plural(report.packagingFiles.length, 'packaging file')} read. ` +
        `Standard library of Python ${report.python.version}: ${cell(report.python.reason)}. ` +
        `Environment hash ${code(report.envHash.slice(0, 16))}.\n\n`);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length)
        md.add(`> [!CAUTION]\n> ${plural(errors.length, 'file problem')} kept part of the project from being read; see **Problems** below.\n\n`);
    if (report.undeclared.length) {
        md.add(`### Undeclared imports\nImported by the code, declared by no packaging file.\n\n`);
        md.table(['Import', 'Declare', 'Imported at', 'Note'], report.undeclared.map((u) => [
            code(u.module),
            u.distributions.map(code).join(' or '),
            places(u.locations),
            [
                u.introduced ? '**new in this change**' : '',
                u.note ? cell(u.note) : '',
                u.source === 'guess' ? 'distribution name guessed from the import name' : '',
                u.declaredOutOfScope?.length ? `declared at ${places(u.declaredOutOfScope, 2)}, which does not cover these files` : '',
                u.declaredForBuild?.length ? `only a build requirement (${places(u.declaredForBuild, 2)})` : '',
                u.pipInstalls.length ? `installed by hand at ${places(u.pipInstalls, 1)}` : '',
            ]
                .filter(Boolean)
                .join('; '),
        ]), { reserve: 4096, more: 'see the report JSON' });
    }
    if (report.optional.length) {
        md.add(`### Optional imports\nImported only where the code runs without them (${guardList}); declared by no packaging file. They never fail \`fail-on\`.\n\n`);
        md.table(['Import', 'Would come from', 'Imported at', 'Why optional'], report.optional.map((u) => [code(u.module), u.distributions.map(code).join(' or '), places(u.locations), u.guard ? guardText[u.guard] : '']), { reserve: 4096, more: 'see the report JSON' });
    }
    if (report.conflicts.length) {
        md.add(`### Conflicts\nDeclarations that no single version satisfies.\n\n`);
        md.table(['Package', 'Declarations', 'Why'], report.conflicts.map((c) => [code(c.name), c.declarations.map((d) => `${code(`${d.name} ${d.specifier}`)} at ${where(d)}`).join('<br>'), cell(c.message)]), { reserve: 4096 });
    }
    if (report.unused.length) {
        md.add(`### Unused declarations\nDeclared, but no code imports ${'them'}. Tools that are never imported (pytest, black, jupyter, …) are not listed.\n\n`);
        md.table(['Package', 'Declared at', 'Looked for'], report.unused.map((u) => [code(u.name), places(u.declarations), u.importNames.map(code).join(', ')]), { reserve: 4096 });
    }
    if (report.outOfSync.length) {
        md.add(`### Packaging files out of sync\nFiles that each describe the whole environment but disagree on what is in it.\n\n`);
        md.table(['Package', 'Declared at', 'Missing from', 'Compared'], report.outOfSync.map((o) => [code(o.name), places(o.presentIn), o.missingFrom.map(code).join(', '), cell(o.groups ?? 'runtime')]), { reserve: 4096 });
    }
    if (report.deadDeclarations.length) {
        md.add(`### Dead declarations\nTheir environment marker can never apply under the Python the project declares; they can go.\n\n`);
        md.table(['Package', 'Declared at', 'Marker', 'Declared Python'], report.deadDeclarations.map((d) => [code(d.name), where(d), code(d.marker), cell(d.python)]), { reserve: 4096 });
    }
    const changes = report.changes;
    if (changes) {
        md.add(`### Since ${code(changes.base.slice(0, 12))}\n`);
        const total = changes.added.length + changes.removed.length + changes.changed.length;
        md.add(changes.envHashBefore === report.envHash
            ? `The declared environment is unchanged.\n\n`
            : `The declared environment changed (hash ${code(changes.envHashBefore.slice(0, 16))} → ${code(report.envHash.slice(0, 16))}).\n\n`);
        if (changes.newUndeclared.length)
            md.add(`New undeclared imports: ${changes.newUndeclared.map(code).join(', ')}.\n\n`);
        if (changes.fixedUndeclared.length)
            md.add(`No longer undeclared: ${changes.fixedUndeclared.map(code).join(', ')}.\n\n`);
        if (total) {
            md.table(['Change', 'Package', 'File', 'Before', 'After'], [
                ...changes.added.map((c) => ['added', code(c.name), cell(c.file), '', code(c.after || 'any')]),
                ...changes.changed.map((c) => ['changed', code(c.name), cell(c.file), code(c.before || 'any'), code(c.after || 'any')]),
                ...changes.removed.map((c) => ['removed', code(c.name), cell(c.file), code(c.before || 'any'), '']),
            ], { reserve: 4096 });
        }
    }
    md.add(`<details><summary>Packaging files (${report.packagingFiles.length})</summary>\n\n`);
    md.table(['File', 'Kind', 'Dependencies', 'Note'], report.packagingFiles.map((f) => [cell(f.path), f.kind, String(f.dependencies), f.generated ? cell(`generated: ${f.generated}`) : '']), { reserve: 2048 });
    md.add(`</details>\n\n`);
    if (report.diagnostics.length) {
        md.add(`<details><summary>Problems and notices (${report.diagnostics.length})</summary>\n\n`);
        md.table(['Severity', 'Where', 'Message'], report.diagnostics.map((d) => [d.severity, d.line ? where({ file: d.file, line: d.line }) : cell(d.file), cell(d.message)]), { reserve: 512 });
        md.add(`</details>\n\n`);
    }
    if (md.truncated)
        md.add(`_This summary was shortened to stay under GitHub's size limit; the report JSON has everything._\n`);
    return md.toString();
}

;// CONCATENATED MODULE: ./shared/drift/annotations.ts
// detect-env's findings as line annotations, the most important first (problems that stop reading, conflicts, imports
// new in this change), so that text/annotations.ts's cap of 10 a level keeps those.



function undeclaredMessage(u, others) {
    const imported = `${u.module} is imported here${others ? ` and in ${others} other place${others === 1 ? '' : 's'}` : ''}`;
    if (u.note)
        return `${imported}, but ${u.note}.`;
    const wanted = `${u.distributions.join(' or ')}${u.source === 'guess' ? ' (distribution name guessed)' : ''}`;
    const elsewhere = u.declaredOutOfScope;
    if (elsewhere?.length) {
        const files = [...new Set(elsewhere.map((l) => l.file))];
        return `${imported}; ${wanted} is declared in ${files.join(', ')}, which ${files.length === 1 ? 'declares' : 'declare'} for the code below ${files.length === 1 ? 'its folder' : 'their folders'} only, not for this file.`;
    }
    if (u.declaredForBuild?.length) {
        const files = [...new Set(u.declaredForBuild.map((l) => l.file))];
        return `${imported}; ${wanted} is only a build requirement in ${files.join(', ')}: the build environment has it, an installed project does not.`;
    }
    return `${imported} but no packaging file declares ${wanted}.`;
}
function optionalMessage(u) {
    const imported = `${u.module} is imported only ${u.guard ? guardText[u.guard] : 'optionally'}`;
    const wanted = u.distributions.join(' or ');
    const elsewhere = [...new Set((u.declaredOutOfScope ?? []).map((l) => l.file))];
    if (elsewhere.length)
        return `${imported}; ${wanted} is declared in ${elsewhere.join(', ')}, which ${elsewhere.length === 1 ? 'declares' : 'declare'} for the code below ${elsewhere.length === 1 ? 'its folder' : 'their folders'} only (an optional group here would).`;
    return `${imported}; no packaging file declares ${wanted} (an optional group would).`;
}
function unusedMessage(u) {
    const nothing = `${u.name} is declared but nothing imports ${u.importNames.join(' or ') || u.name}`;
    const variable = never_imported/* SWITCHED_COMPANIONS */.gi[u.normalized];
    // hf-transfer: its host loads it only under a variable, which is why a project declares it without importing it.
    if (variable) {
        const hosts = Object.entries(never_imported/* COMPANIONS */.Sx).filter(([, companions]) => companions.includes(u.normalized)).map(([host]) => host);
        return `${nothing}; ${hosts.join(' or ') || 'its library'} loads it only when ${variable} is set, which nothing in the project sets.`;
    }
    return `${nothing}.`;
}
/** Every finding, most important first. */
function driftFindings(report) {
    const all = [];
    all.push(...report.diagnostics.filter((d) => d.severity === 'error').map(diagnosticAnnotation));
    for (const c of report.conflicts) {
        const first = c.declarations[0];
        all.push({ level: 'error', title: `Conflicting versions of ${c.name}`, message: c.message, file: first.file, line: first.line });
    }
    const undeclared = [...report.undeclared].sort((a, b) => Number(!!b.introduced) - Number(!!a.introduced));
    for (const u of undeclared) {
        const first = u.locations[0];
        const others = u.locations.length - 1;
        all.push({
            level: 'warning',
            title: `Undeclared import: ${u.module}`,
            message: undeclaredMessage(u, others),
            file: first.file,
            line: first.line,
        });
    }
    for (const u of report.unused) {
        const first = u.declarations[0];
        all.push({
            level: 'warning',
            title: `Unused dependency: ${u.name}`,
            message: unusedMessage(u),
            file: first.file,
            line: first.line,
        });
    }
    for (const o of report.outOfSync) {
        const first = o.presentIn[0];
        all.push({ level: 'warning', title: `Out of sync: ${o.name}`, message: `${o.name} is declared here but missing from ${o.missingFrom.join(', ')}.`, file: first.file, line: first.line });
    }
    for (const u of report.optional) {
        const first = u.locations[0];
        all.push({
            level: 'notice',
            title: `Optional import: ${u.module}`,
            message: optionalMessage(u),
            file: first.file,
            line: first.line,
        });
    }
    for (const d of report.deadDeclarations) {
        all.push({ level: 'notice', title: `Dead declaration: ${d.name}`, message: `${d.name} is declared for ${d.marker}, which never holds under the declared Python ${d.python}; the line can go.`, file: d.file, line: d.line });
    }
    all.push(...report.diagnostics.filter((d) => d.severity !== 'error').map(diagnosticAnnotation));
    return all;
}
/** What a step can show: the findings, capped per level. */
function driftAnnotations(report) {
    return capPerLevel(driftFindings(report));
}

;// CONCATENATED MODULE: ./shared/drift/outputs.ts
// detect-env's outputs (action outputs and `ml-hub detect-env --json` alike) and when drift fails the job.
function driftOutputs(report) {
    return {
        drift: String(report.drift),
        undeclared: JSON.stringify(report.undeclared.map((u) => ({ module: u.module, distribution: u.distributions[0], file: u.locations[0].file, line: u.locations[0].line }))),
        optional: JSON.stringify(report.optional.map((u) => ({ module: u.module, distribution: u.distributions[0], file: u.locations[0].file, line: u.locations[0].line, guard: u.guard }))),
        unused: JSON.stringify(report.unused.map((u) => ({ name: u.name, file: u.declarations[0].file, line: u.declarations[0].line }))),
        conflicts: JSON.stringify(report.conflicts.map((c) => ({ name: c.name, message: c.message }))),
        'env-hash': report.envHash,
    };
}
/** Why the job should fail under `failOn`, or undefined. Unreadable packaging files fail unless failOn is never. */
function failureReason(report, failOn) {
    if (failOn === 'never')
        return undefined;
    const errors = report.diagnostics.filter((d) => d.severity === 'error' && !d.code.startsWith('scan/'));
    const reasons = [];
    if (errors.length)
        reasons.push(`${errors.length} packaging or settings file${errors.length === 1 ? '' : 's'} could not be read`);
    if (report.undeclared.length)
        reasons.push(`${report.undeclared.length} undeclared import${report.undeclared.length === 1 ? '' : 's'} (${report.undeclared.map((u) => u.module).join(', ')})`);
    if (failOn === 'any') {
        if (report.unused.length)
            reasons.push(`${report.unused.length} unused declaration${report.unused.length === 1 ? '' : 's'}`);
        if (report.conflicts.length)
            reasons.push(`${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'}`);
        if (report.outOfSync.length)
            reasons.push(`${report.outOfSync.length} package${report.outOfSync.length === 1 ? '' : 's'} out of sync`);
    }
    return reasons.length ? `Environment drift (fail-on: ${failOn}): ${reasons.join('; ')}.` : undefined;
}

// EXTERNAL MODULE: ./shared/diagnostics.ts
var diagnostics = __webpack_require__(9530);
// EXTERNAL MODULE: ./cli/cli-support.ts
var cli_support = __webpack_require__(3735);
;// CONCATENATED MODULE: ./cli/detect-env-command.ts
// ml-hub detect-env [PATH] [--json] [--base REF] [--python PY] [--fail-on never|undeclared|any] [--exclude GLOB]… [--config FILE]








const detectEnvDetails = [
    'PATH is the project folder (default: the current one). Findings print as file:line: level: message; --json prints',
    'the whole report (undeclared, optional, unused, deadDeclarations, conflicts, outOfSync, diagnostics).',
    '--fail-on: never; undeclared (default: undeclared imports or unreadable packaging files); any (also unused,',
    'conflicts, out of sync). Optional imports never fail. --config FILE: a settings file anywhere.',
].join('\n');
async function detectEnvCommand(args) {
    const { values, positionals } = (0,cli_support/* parseCommandArgs */.Qx)(args, {
        json: { type: 'boolean' },
        base: { type: 'string' },
        python: { type: 'string' },
        'fail-on': { type: 'string' },
        exclude: { type: 'string', multiple: true },
        config: { type: 'string' },
    }, 'detect-env');
    const root = positionals[0] ?? '.';
    if (!(0,external_node_fs_.existsSync)(root))
        throw new cli_support/* UsageError */.eb(`detect-env: ${root} does not exist`);
    if (!(0,external_node_fs_.statSync)(root).isDirectory())
        throw new cli_support/* UsageError */.eb(`detect-env: ${root} is a file; give the project folder (ml-hub imports ${root} lists one file's imports)`);
    // --config names a file as the user sees it: relative to the current folder, inside the project or not.
    let configPath;
    if (values.config !== undefined) {
        if (!(0,external_node_fs_.existsSync)(values.config) || !(0,external_node_fs_.statSync)(values.config).isFile())
            throw new cli_support/* UsageError */.eb(`detect-env: --config ${values.config} does not exist`);
        const inProject = external_node_path_default().relative((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(values.config));
        configPath = inProject.startsWith('..') || external_node_path_default().isAbsolute(inProject) ? (0,external_node_fs_.realpathSync)(values.config) : inProject.split((external_node_path_default()).sep).join('/');
    }
    const failOn = values['fail-on'];
    if (failOn !== undefined && !['never', 'undeclared', 'any'].includes(failOn))
        throw new cli_support/* UsageError */.eb(`detect-env: --fail-on must be never, undeclared or any`);
    const report = await (0,detect_drift/* detectDrift */.D)({ root, base: values.base, python: values.python, exclude: values.exclude, configPath });
    if (values.json) {
        console.log(JSON.stringify(report, null, 2));
    }
    else {
        console.log(`ml-hub detect-env: ${headline(report)}`);
        console.log(`  Python ${report.python.version} (${report.python.reason}); ${plural(report.scannedFiles, 'source file')}, ` +
            `${plural(report.packagingFiles.length, 'packaging file')}; env-hash ${report.envHash.slice(0, 16)}`);
        for (const a of driftFindings(report)) {
            console.log((0,diagnostics/* formatDiagnostic */.x)({ severity: a.level, code: '', message: `${a.title}: ${a.message}`, file: a.file ?? '.', line: a.line }));
        }
    }
    const reason = failureReason(report, failOn ?? report.failOn ?? 'undeclared');
    if (reason) {
        console.error(reason);
        return cli_support/* exitCodes */.hS.findings;
    }
    return cli_support/* exitCodes */.hS.ok;
}


/***/ })

};
