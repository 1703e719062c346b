export const id = 841;
export const ids = [841];
export const modules = {

/***/ 4841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packageEnvCommand: () => (/* binding */ packageEnvCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(6848);
// EXTERNAL MODULE: ./shared/diagnostics.ts
var diagnostics = __webpack_require__(9530);
// EXTERNAL MODULE: ./shared/git/git.ts
var git = __webpack_require__(7361);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(1043);
// EXTERNAL MODULE: ./shared/text/units.ts
var units = __webpack_require__(8779);
;// CONCATENATED MODULE: ./shared/package/experiment-changes.ts
// What MLflow wrote since the last commit (the seed's "Found 3 environment files modified in /mlruns/ … Do you want
// to package them?"): new runs, runs that logged more metric values, artifacts with their sizes, a changed mlflow.db,
// and the files GitHub will warn about or refuse, with the Git LFS patterns that would carry them instead.
// Everything comes from the real git: `git status --porcelain -z` for what changed, `git diff --numstat` for metric
// lines, `git ls-tree -l` for sizes at the last commit.






/** GitHub warns above 50 MiB and rejects pushes with a file above 100 MiB. */
const githubWarnSize = 50 * 2 ** 20;
const githubLimitSize = 100 * 2 ** 20;
/** Where MLflow keeps local tracking data, relative to the project root. */
const defaultStores = ['mlruns', 'mlartifacts', 'mlflow.db'];
const emptyTree = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** `git status --porcelain -z` entries under the stores, made root-relative. */
async function changedFiles(root, prefix, stores) {
    const out = await (0,git/* git */.$Y)(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--no-renames', '--', ...stores]);
    const fields = out.split('\0');
    const changed = [];
    for (let i = 0; i < fields.length; i++) {
        const entry = fields[i];
        if (entry.length < 4)
            continue;
        const xy = entry.slice(0, 2);
        // Porcelain paths are relative to the repository's top, whatever the working directory.
        const full = entry.slice(3);
        if (/[RC]/.test(xy))
            i++; // the source path follows (only when renames slip through)
        const file = full.startsWith(prefix) ? full.slice(prefix.length) : full;
        const status = xy === '??' || xy.includes('A') ? 'added' : xy.includes('D') ? 'deleted' : 'modified';
        changed.push({ path: file, status });
    }
    return changed;
}
/** Lines added and removed per tracked file, against the last commit (or nothing, before the first commit). */
async function lineCounts(root, base, stores) {
    const out = await (0,git/* git */.$Y)(root, ['diff', '--numstat', '-z', '--no-renames', '--relative', base, '--', ...stores]);
    const counts = new Map();
    for (const record of out.split('\0')) {
        const m = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(record);
        if (m)
            counts.set(m[3], { added: m[1] === '-' ? 0 : Number(m[1]), removed: m[2] === '-' ? 0 : Number(m[2]) });
    }
    return counts;
}
/** Blob sizes at the last commit, root-relative. */
async function committedSizes(root, stores) {
    const out = (await (0,git/* tryGit */.Ii)(root, ['ls-tree', '-r', '-l', '-z', 'HEAD', '--', ...stores])) ?? '';
    const sizes = new Map();
    for (const record of out.split('\0')) {
        const m = /^\d+ blob [0-9a-f]+ +(\d+)\t(.*)$/s.exec(record);
        if (m)
            sizes.set(m[2], Number(m[1]));
    }
    return sizes;
}
async function sizeOf(file) {
    try {
        const s = await (0,external_node_fs_promises_.lstat)(file);
        return s.isFile() ? s.size : undefined;
    }
    catch {
        return undefined;
    }
}
async function countLines(file) {
    try {
        const text = await (0,external_node_fs_promises_.readFile)(file, 'utf8');
        return text.split('\n').filter((l) => l.trim()).length;
    }
    catch {
        return 0;
    }
}
async function runName(root, ref) {
    try {
        const meta = (0,dist/* parse */.qg)(await (0,external_node_fs_promises_.readFile)(external_node_path_default().join(root, ref.store, ref.experiment, ref.run, 'meta.yaml'), 'utf8'));
        const name = meta?.run_name;
        return typeof name === 'string' && name ? name : undefined;
    }
    catch {
        return undefined;
    }
}
/** Experiment-level folders inside `mlruns/<experiment>/` that are not runs. */
const experimentFolders = new Set(['tags', 'models', 'datasets', 'traces', 'meta.yaml']);
/** Where a store file sits in MLflow's file-store layout (`mlruns/<experiment>/<run>/{meta.yaml,metrics,artifacts,…}`). */
function classify(file) {
    const parts = file.split('/');
    const [store, experiment, run, area] = parts;
    if (parts.length === 1)
        return { kind: 'database' };
    const isRun = experiment !== undefined && run !== undefined && !experiment.startsWith('.') && experiment !== 'models' && !experimentFolders.has(run);
    const ref = isRun ? { store: store, experiment: experiment, run: run } : undefined;
    if (ref && parts.length === 4 && area === 'meta.yaml')
        return { kind: 'run-meta', run: ref };
    if (ref && area === 'metrics' && parts.length > 4)
        return { kind: 'metric', run: ref, key: parts.slice(4).join('/') };
    // mlartifacts/ holds only artifacts; in mlruns/ they sit under an artifacts/ folder (runs and logged models alike).
    if (store === 'mlartifacts' || parts.slice(0, -1).includes('artifacts'))
        return { kind: 'artifact', run: ref && area === 'artifacts' ? ref : undefined };
    return { kind: 'other' };
}
const runKey = (r) => `${r.store}/${r.experiment}/${r.run}`;
/** A `git lfs track` pattern for a large file: its extension under the store's artifact folders, else its path. */
function lfsPatternFor(file) {
    const parts = file.split('/');
    if (parts.length === 1)
        return file;
    const ext = external_node_path_default().posix.extname(parts[parts.length - 1]);
    if (!ext)
        return file;
    if (parts[0] === 'mlartifacts')
        return `mlartifacts/**/*${ext}`;
    return parts.includes('artifacts') ? `${parts[0]}/**/artifacts/**/*${ext}` : `${parts[0]}/**/*${ext}`;
}
/**
 * What changed under the MLflow stores of the project at `root` (a git work tree, or a folder inside one) since the
 * last commit, including files not yet added.
 */
async function experimentChanges(root, stores = defaultStores) {
    const prefix = (await (0,git/* git */.$Y)(root, ['rev-parse', '--show-prefix'])).trim();
    const base = (await (0,git/* tryGit */.Ii)(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']))?.trim() || emptyTree;
    const [changed, lines, committed, ignoredOut] = await Promise.all([
        changedFiles(root, prefix, stores),
        lineCounts(root, base, stores),
        committedSizes(root, stores),
        // --no-index: a store committed before .gitignore named it still keeps its new runs out.
        (0,git/* tryGit */.Ii)(root, ['check-ignore', '--no-index', '--', ...stores]),
    ]);
    const result = { newRuns: [], deletedRuns: [], metricChanges: [], artifacts: [], otherFiles: [], large: [], lfsPatterns: [], ignored: [] };
    const newRuns = new Map();
    const metricRuns = new Map();
    const metricFiles = [];
    const artifactFiles = [];
    const current = new Map();
    await Promise.all(changed.map(async (c) => current.set(c.path, c.status === 'deleted' ? undefined : await sizeOf(external_node_path_default().join(root, c.path)))));
    for (const c of changed) {
        const place = classify(c.path);
        switch (place.kind) {
            case 'database':
                result.database = { path: c.path, status: c.status, before: committed.get(c.path), after: current.get(c.path) };
                break;
            case 'run-meta':
                if (c.status === 'added')
                    newRuns.set(runKey(place.run), { ...place.run, metricValues: 0, artifacts: 0 });
                else if (c.status === 'deleted')
                    result.deletedRuns.push(place.run);
                else
                    result.otherFiles.push(c.path);
                break;
            case 'metric':
                metricFiles.push({ run: place.run, key: place.key, file: c });
                break;
            case 'artifact':
                artifactFiles.push({ file: c, run: place.run });
                break;
            default:
                result.otherFiles.push(c.path);
        }
    }
    for (const { run, key, file } of metricFiles) {
        const counted = lines.get(file.path) ?? { added: file.status === 'added' ? await countLines(external_node_path_default().join(root, file.path)) : 0, removed: 0 };
        const fresh = newRuns.get(runKey(run));
        if (fresh) {
            fresh.metricValues += counted.added;
            continue;
        }
        if (!counted.added && !counted.removed)
            continue;
        const entry = metricRuns.get(runKey(run)) ?? { ...run, metrics: [], added: 0 };
        entry.metrics.push({ key, ...counted });
        entry.added += counted.added;
        metricRuns.set(runKey(run), entry);
    }
    result.metricChanges = [...metricRuns.values()].filter((m) => m.added > 0);
    // Only removed lines (a rewritten history) still count as a change, but not as "new metrics".
    for (const m of metricRuns.values())
        if (m.added === 0)
            result.otherFiles.push(...m.metrics.map((k) => `${m.store}/${m.experiment}/${m.run}/metrics/${k.key}`));
    for (const { file, run } of artifactFiles) {
        const fresh = run && newRuns.get(runKey(run));
        if (fresh && file.status !== 'deleted')
            fresh.artifacts++;
        result.artifacts.push({ path: file.path, status: file.status, size: current.get(file.path) ?? 0, before: committed.get(file.path), run });
    }
    result.newRuns = [...newRuns.values()];
    const names = new Map();
    const refs = [...result.newRuns, ...result.deletedRuns, ...result.metricChanges, ...result.artifacts.flatMap((a) => (a.run ? [a.run] : []))];
    await Promise.all(refs.map(async (r) => {
        if (!names.has(runKey(r)))
            names.set(runKey(r), runName(root, r));
        r.name = await names.get(runKey(r));
    }));
    const large = changed.filter((c) => (current.get(c.path) ?? 0) > githubWarnSize);
    if (large.length) {
        const attrs = (await (0,git/* tryGit */.Ii)(root, ['check-attr', '-z', 'filter', '--', ...large.map((c) => c.path)])) ?? '';
        const fields = attrs.split('\0');
        const lfs = new Set();
        for (let i = 0; i + 2 < fields.length; i += 3)
            if (fields[i + 2] === 'lfs')
                lfs.add(fields[i]);
        for (const c of large) {
            const size = current.get(c.path);
            result.large.push({ path: c.path, size, limit: size > githubLimitSize ? 'reject' : 'warn', lfs: lfs.has(c.path) });
        }
        result.lfsPatterns = [...new Set(result.large.filter((l) => !l.lfs).map((l) => lfsPatternFor(l.path)))];
    }
    // check-ignore answers for paths that do not exist too; only a store that is there is worth a warning.
    const ignored = (ignoredOut ?? '').split('\n').filter(Boolean);
    result.ignored = (await Promise.all(ignored.map(async (s) => ((await (0,external_node_fs_promises_.lstat)(external_node_path_default().join(root, s)).catch(() => undefined)) ? s : undefined)))).filter((s) => s !== undefined);
    return result;
}
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function shortRun(r) {
    return `${r.run.slice(0, 8)}${r.name ? ` "${r.name}"` : ''}`;
}
/** The one-line summary both renderings start with; undefined when nothing changed. */
function summarizeExperimentChanges(changes) {
    const items = [];
    if (changes.newRuns.length)
        items.push(count(changes.newRuns.length, 'new run'));
    if (changes.metricChanges.length)
        items.push(`${count(changes.metricChanges.length, 'run')} with new metrics`);
    const kept = changes.artifacts.filter((a) => a.status !== 'deleted');
    if (kept.length)
        items.push(`${count(kept.length, 'artifact')} (${(0,units/* formatSize */.Xq)(kept.reduce((s, a) => s + a.size, 0))})`);
    const removed = changes.artifacts.length - kept.length;
    if (removed)
        items.push(count(removed, 'deleted artifact'));
    if (changes.deletedRuns.length)
        items.push(count(changes.deletedRuns.length, 'deleted run'));
    if (changes.otherFiles.length)
        items.push(count(changes.otherFiles.length, 'other changed file'));
    const folders = [...new Set([...changes.newRuns, ...changes.deletedRuns, ...changes.metricChanges].map((r) => r.store)
            .concat(changes.artifacts.map((a) => a.path.split('/')[0]), changes.otherFiles.map((f) => f.split('/')[0])))]
        .sort()
        .map((s) => `${s}/`);
    let line = items.length ? `Found ${items.join(', ')} in ${folders.join(' and ')}` : '';
    const db = changes.database;
    if (db) {
        const what = db.status === 'added' ? `new ${db.path} (${(0,units/* formatSize */.Xq)(db.after ?? 0)})`
            : db.status === 'deleted' ? `${db.path} deleted`
                : `${db.path} changed (${(0,units/* formatSize */.Xq)(db.before ?? 0)} → ${(0,units/* formatSize */.Xq)(db.after ?? 0)})`;
        line = line ? `${line}; ${what}` : `Found ${what}`;
    }
    return line ? `${line}.` : undefined;
}
function largeAdvice(l) {
    const size = (0,units/* formatSize */.Xq)(l.size);
    if (l.lfs)
        return `${l.path} is ${size}; it is stored with Git LFS already.`;
    return l.limit === 'reject'
        ? `${l.path} is ${size}: GitHub rejects pushes with files over 100 MiB.`
        : `${l.path} is ${size}: GitHub warns about files over 50 MiB.`;
}
/** What the CLI prints. */
function renderExperimentChanges(changes) {
    const lines = [];
    for (const ignored of changes.ignored)
        lines.push(`${ignored} is ignored by .gitignore: git will not package it.`);
    const summary = summarizeExperimentChanges(changes);
    if (!summary) {
        lines.push('No changes in the MLflow stores since the last commit.');
        return lines.join('\n') + '\n';
    }
    lines.push(summary);
    for (const r of changes.newRuns) {
        lines.push(`  - new run ${shortRun(r)} in experiment ${r.experiment}: ${count(r.metricValues, 'metric value')}, ${count(r.artifacts, 'artifact')}`);
    }
    for (const r of changes.metricChanges) {
        lines.push(`  - run ${shortRun(r)}: +${count(r.added, 'metric value')} (${r.metrics.map((m) => m.key).join(', ')})`);
    }
    for (const r of changes.deletedRuns)
        lines.push(`  - deleted run ${shortRun(r)} in experiment ${r.experiment}`);
    const large = changes.large.filter((l) => !l.lfs);
    for (const l of changes.large)
        lines.push(`! ${largeAdvice(l)}`);
    if (large.length) {
        lines.push('  Track them with Git LFS before committing:');
        for (const pattern of changes.lfsPatterns)
            lines.push(`    git lfs track ${JSON.stringify(pattern)}`);
    }
    return lines.join('\n') + '\n';
}
const tableLimit = 50;
/** The same, as markdown for the job summary or a pull request body. */
function renderExperimentChangesMarkdown(changes) {
    const out = ['### MLflow changes since the last commit', ''];
    for (const ignored of changes.ignored)
        out.push(`> [!NOTE]\n> ${(0,markdown/* code */.aY)(ignored)} is ignored by .gitignore, so git will not package it.\n`);
    const summary = summarizeExperimentChanges(changes);
    if (!summary)
        return [...out, 'No changes in the MLflow stores.', ''].join('\n');
    out.push(summary, '');
    const rows = [
        ...changes.newRuns.map((r) => [(0,markdown/* code */.aY)(r.run.slice(0, 8)), (0,markdown/* cell */.Hn)(r.name ?? ''), (0,markdown/* cell */.Hn)(r.experiment), `new: ${count(r.metricValues, 'metric value')}, ${count(r.artifacts, 'artifact')}`]),
        ...changes.metricChanges.map((r) => [(0,markdown/* code */.aY)(r.run.slice(0, 8)), (0,markdown/* cell */.Hn)(r.name ?? ''), (0,markdown/* cell */.Hn)(r.experiment), (0,markdown/* cell */.Hn)(`+${count(r.added, 'metric value')} (${r.metrics.map((m) => m.key).join(', ')})`)]),
        ...changes.deletedRuns.map((r) => [(0,markdown/* code */.aY)(r.run.slice(0, 8)), (0,markdown/* cell */.Hn)(r.name ?? ''), (0,markdown/* cell */.Hn)(r.experiment), 'deleted']),
    ];
    if (rows.length) {
        out.push('| Run | Name | Experiment | Change |', '| --- | --- | --- | --- |', ...rows.slice(0, tableLimit).map((r) => `| ${r.join(' | ')} |`));
        if (rows.length > tableLimit)
            out.push('', `_…and ${rows.length - tableLimit} more runs._`);
        out.push('');
    }
    if (changes.artifacts.length) {
        out.push('| Artifact | Size | Change |', '| --- | --- | --- |');
        for (const a of changes.artifacts.slice(0, tableLimit))
            out.push(`| ${(0,markdown/* code */.aY)(a.path)} | ${(0,units/* formatSize */.Xq)(a.size)} | ${a.status} |`);
        if (changes.artifacts.length > tableLimit)
            out.push('', `_…and ${changes.artifacts.length - tableLimit} more artifacts._`);
        out.push('');
    }
    if (changes.large.length) {
        out.push('> [!WARNING]', ...changes.large.map((l) => `> ${(0,markdown/* cell */.Hn)(largeAdvice(l))}`));
        if (changes.lfsPatterns.length)
            out.push('>', '> Track them with Git LFS before committing:', '>', '> ```sh', ...changes.lfsPatterns.map((p) => `> git lfs track ${JSON.stringify(p)}`), '> ```');
        out.push('');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./shared/github/errors.ts
var errors = __webpack_require__(5585);
;// CONCATENATED MODULE: ./shared/github/push-errors.ts
// Turns a failed `git push`/`git fetch` against GitHub into one actionable line, as explainGitHubError does for the
// REST API. git reports GitHub's refusals only as text on stderr.

/** Drops credentials a URL in git's output may carry (`https://user:secret@host`). */
function redact(text) {
    return text.replace(/(https?:\/\/)[^/\s@]+@/gi, '$1***@');
}
function explainGitError(error, action, where, context = {}) {
    const stderr = redact(error.stderr);
    const fail = (why) => `Could not ${action}: ${why}`;
    if (/refusing to allow .* to create or update workflow/i.test(stderr)) {
        const file = /workflow `([^`]+)`/.exec(stderr)?.[1] ?? 'a workflow file';
        if (/without `workflow` scope/i.test(stderr)) {
            return fail(`the change touches ${file}, and the token lacks the \`workflow\` scope; use a token with that scope, or leave .github/workflows out of the change.`);
        }
        return (0,errors/* explainGitHubError */.P)(new Error(stderr), action, context);
    }
    if (/GH006|protected branch/i.test(stderr)) {
        return fail(`a branch protection rule covers ${where.branch ?? 'the branch'} and refused the push; exclude it from the rule (or its pattern), or set the \`branch\` input to a name no rule covers.`);
    }
    if (/GH013|repository rule violations/i.test(stderr)) {
        return fail(`a repository ruleset refused the push to ${where.branch ?? 'the branch'} (e.g. signed commits required: set \`sign-commits: true\`); see Settings → Rules.`);
    }
    if (/permission to .* denied|returned error: 403/i.test(stderr)) {
        if (context.fromFork) {
            return fail('this run is for a pull request from a fork, where GITHUB_TOKEN is read-only whatever the workflow asks for; run the step on `push` or `workflow_dispatch` instead, or skip it for forks.');
        }
        return fail(`the token may not push to ${where.repo}: give the job \`permissions: contents: write\`, or pass a token with write access to it.`);
    }
    if (/repository not found|returned error: 404/i.test(stderr)) {
        return fail(`${where.repo} was not found: it does not exist, or it is private and the token cannot see it; GITHUB_TOKEN only reaches the workflow's own repository, so pass a token with access to ${where.repo}.`);
    }
    if (/authentication failed|returned error: 401|could not read (username|password)|terminal prompts disabled/i.test(stderr)) {
        return fail('GitHub rejected the credentials (or none were given): pass a valid `token`.');
    }
    const last = stderr.trim().split('\n').filter(Boolean).slice(-2).join(' ').trim();
    return fail(`git ${error.args[0] ?? ''} failed: ${last || `exit code ${error.exitCode}`}`);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./shared/git/branch-commit.ts
// The git side of a bot branch: commits built in a scratch index from a base commit plus files of the working tree
// (the checkout's HEAD, index and files stay as they are), and pushes guarded by a lease so that no one else's commits
// are ever overwritten. The token travels in GIT_CONFIG_* variables, never in .git/config or the command line.




class GitError extends Error {
    args;
    stderr;
    exitCode;
    constructor(args, stderr, exitCode) {
        super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n').slice(-3).join(' ').trim() || `exit code ${exitCode}`}`);
        this.args = args;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.name = 'GitError';
    }
}
function runGit(dir, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd: dir,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => (err += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new GitError(args, err, code))));
        if (child.stdin) {
            child.stdin.on('error', () => { });
            child.stdin.end(options.input);
        }
    });
}
async function gitText(dir, args, options) {
    return (await runGit(dir, args, options)).toString('utf8').trim();
}
/**
 * Environment that gives git the token for one http(s) remote. An empty value first clears the extraheader that
 * actions/checkout leaves under the same `http.<origin>/` key; otherwise git sends two Authorization headers and GitHub
 * refuses both. Existing GIT_CONFIG_* entries are kept.
 */
function gitAuthEnv(remote, env = process.env) {
    if (!remote.token || !/^https?:\/\//i.test(remote.url))
        return {};
    const key = `http.${new URL(remote.url).origin}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${remote.token}`, 'utf8').toString('base64');
    const start = Number(env.GIT_CONFIG_COUNT) || 0;
    const entries = [
        [key, ''],
        [key, `AUTHORIZATION: basic ${basic}`],
    ];
    const out = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([k, v], i) => {
        out[`GIT_CONFIG_KEY_${start + i}`] = k;
        out[`GIT_CONFIG_VALUE_${start + i}`] = v;
    });
    return out;
}
/** The basic-auth value git sends, for callers that mask secrets in logs. */
function basicAuthValue(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
// Failures that another try may not repeat: the network or GitHub's git front end, not a refusal.
const branch_commit_transient = /could not resolve host|connection (reset|refused|timed out)|operation timed out|rpc failed|early eof|unexpected disconnect|remote end hung up|returned error: 5\d\d|internal server error|ssl_read|gnutls/i;
/** Runs a git command that talks to the remote, retrying network failures a few times with a growing pause. */
async function remoteGit(dir, remote, args, retries = 3) {
    const env = gitAuthEnv(remote);
    const scale = Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1;
    for (let attempt = 0;; attempt++) {
        try {
            return await gitText(dir, args, { env });
        }
        catch (error) {
            if (!(error instanceof GitError) || attempt >= retries || !branch_commit_transient.test(error.stderr))
                throw error;
            await new Promise((r) => setTimeout(r, 2000 * (attempt + 1) * scale));
        }
    }
}
async function repoTopLevel(dir) {
    return gitText(dir, ['rev-parse', '--show-toplevel']);
}
/** The SHAs of the given branches on the remote; branches it lacks are absent. */
async function remoteBranches(dir, remote, branches) {
    const out = await remoteGit(dir, remote, ['ls-remote', '--heads', remote.url, ...branches.map((b) => `refs/heads/${b}`)]);
    const found = new Map();
    for (const line of out.split('\n').filter(Boolean)) {
        const [sha, ref] = line.split('\t');
        if (sha && ref?.startsWith('refs/heads/'))
            found.set(ref.slice('refs/heads/'.length), sha);
    }
    return found;
}
/**
 * Fetches the tips of remote branches into the object store only (FETCH_HEAD; no refs of the checkout change). In a
 * shallow clone the tips alone are enough, and fetching whole histories would be slow.
 */
async function fetchBranches(dir, remote, branches) {
    if (branches.length === 0)
        return;
    const shallow = (await gitText(dir, ['rev-parse', '--is-shallow-repository'])) === 'true';
    const args = ['fetch', '--no-tags', '--no-write-fetch-head', '--quiet', ...(shallow ? ['--depth=1'] : []), remote.url];
    await remoteGit(dir, remote, [...args, ...branches.map((b) => `refs/heads/${b}`)]);
}
async function hasCommit(dir, sha) {
    return runGit(dir, ['cat-file', '-e', `${sha}^{commit}`]).then(() => true, () => false);
}
async function treeOf(dir, commit) {
    return gitText(dir, ['rev-parse', `${commit}^{tree}`]);
}
/**
 * The tree of `base` with `paths` (relative to the top level) replaced by the working tree's files, through git's own
 * clean filters (LFS, line endings) as `git add` would. Returns the tree and the entries for those paths.
 */
async function buildTree(dir, base, paths) {
    const top = await repoTopLevel(dir);
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'ml-hub-index-'));
    const env = { GIT_INDEX_FILE: external_node_path_default().join(scratch, 'index') };
    try {
        await runGit(top, ['read-tree', base], { env });
        if (paths.length > 0)
            await runGit(top, ['update-index', '--add', '--remove', '-z', '--stdin'], { env, input: paths.join('\0') + '\0' });
        const tree = await gitText(top, ['write-tree'], { env });
        const listed = paths.length > 0 ? await gitText(top, ['ls-files', '-s', '-z', '--', ...paths.map((p) => `:(literal)${p}`)], { env }) : '';
        const entries = listed
            .split('\0')
            .filter(Boolean)
            .map((line) => {
            const tab = line.indexOf('\t');
            const [mode, blob] = line.slice(0, tab).split(' ');
            return { path: line.slice(tab + 1), mode: mode, blob: blob };
        });
        return { tree, entries };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** Paths among `paths` whose content differs between two commits. */
async function changedBetween(dir, from, to, paths) {
    if (paths.length === 0 || from === to)
        return [];
    const top = await repoTopLevel(dir);
    const out = await gitText(top, ['diff', '--name-only', '-z', '--no-renames', from, to, '--', ...paths.map((p) => `:(literal)${p}`)]);
    return out.split('\0').filter(Boolean);
}
async function commitTree(dir, commit) {
    const env = {
        GIT_AUTHOR_NAME: commit.author.name,
        GIT_AUTHOR_EMAIL: commit.author.email,
        GIT_COMMITTER_NAME: commit.author.name,
        GIT_COMMITTER_EMAIL: commit.author.email,
    };
    return gitText(dir, ['commit-tree', commit.tree, '-p', commit.parent, '-F', '-'], { env, input: commit.message });
}
async function readBlob(dir, blob) {
    return runGit(dir, ['cat-file', 'blob', blob]);
}
/**
 * A commit's parents, author and message, from the object itself: in a shallow clone `git show` hides the parents of
 * a boundary commit, and the branch tip fetched with --depth=1 is one.
 */
async function commitInfo(dir, sha) {
    const raw = (await runGit(dir, ['cat-file', 'commit', sha])).toString('utf8');
    const split = raw.indexOf('\n\n');
    const headers = (split < 0 ? raw : raw.slice(0, split)).split('\n');
    const author = headers.find((h) => h.startsWith('author '))?.slice('author '.length).replace(/ \d+ [+-]\d{4}$/, '') ?? '';
    return {
        parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice('parent '.length)),
        author,
        message: split < 0 ? '' : raw.slice(split + 2),
    };
}
/** Adds a trailer (`Generated-by: ml-hub package-env`) that marks the commit as the bot's own. */
function withTrailer(message, trailer) {
    return `${message.trimEnd()}\n\n${trailer}\n`;
}
/**
 * Whether a branch tip is the bot's alone: one commit, carrying the trailer, straight on a base commit. Anything else
 * (a commit pushed on top, a merge of the base) is someone else's work that a force push would lose.
 */
async function isBotCommit(dir, sha, trailer) {
    const info = await commitInfo(dir, sha);
    const subject = info.message.split('\n')[0] ?? '';
    const describe = `${sha.slice(0, 7)} "${subject}" by ${info.author}`;
    const hasTrailer = info.message.split('\n').some((line) => line.trim() === trailer);
    return { ours: hasTrailer && info.parents.length === 1, describe };
}
/**
 * Sets `branch` on the remote to `sha` (null deletes it) only if it still points at `expected` (undefined: only if it
 * does not exist). A lease that no longer holds is `stale`, not an error, so the caller can say who moved what.
 */
async function pushWithLease(dir, remote, sha, branch, expected) {
    const ref = `refs/heads/${branch}`;
    const refspec = sha === null ? `:${ref}` : `${sha}:${ref}`;
    try {
        await remoteGit(dir, remote, ['push', '--quiet', `--force-with-lease=${ref}:${expected ?? ''}`, remote.url, refspec]);
        return 'pushed';
    }
    catch (error) {
        if (error instanceof GitError && /\(stale info\)/.test(error.stderr))
            return 'stale';
        throw error;
    }
}
/** A remote URL without user or password in it: ml-hub passes the token itself, and URLs end up in messages. */
function withoutCredentials(url) {
    if (!/^https?:\/\//i.test(url))
        return url;
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.href;
}

;// CONCATENATED MODULE: ./shared/github/api-commit.ts
// A commit made by GitHub itself through the Git Data API (blobs → tree → commit → ref), which GitHub signs, so the
// pull request shows it as verified. Used for `sign-commits` instead of `git push`.

/**
 * Uploads the blobs of `entries` (read from the local object store, so the content is byte for byte what `git add`
 * stored) and commits them on `parent`. No author or committer is sent: GitHub signs only commits it authors itself.
 */
async function commitThroughApi(client, where, commit) {
    const tree = [];
    for (const entry of commit.entries) {
        const content = (await readBlob(commit.dir, entry.blob)).toString('base64');
        const { data } = await client.rest.git.createBlob({ ...where, content, encoding: 'base64' });
        tree.push({ path: entry.path, mode: entry.mode, type: 'blob', sha: data.sha });
    }
    const { data: created } = await client.rest.git.createTree({ ...where, base_tree: commit.baseTree, tree });
    const { data } = await client.rest.git.createCommit({ ...where, message: commit.message, tree: created.sha, parents: [commit.parent] });
    return { sha: data.sha, tree: created.sha, verified: data.verification?.verified ?? false };
}
function isStatus(error, status) {
    return typeof error === 'object' && error !== null && error.status === status;
}
async function currentSha(client, where, branch) {
    try {
        const { data } = await client.rest.git.getRef({ ...where, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if (isStatus(error, 404))
            return undefined;
        throw error;
    }
}
/**
 * Points `branch` at `sha` (null deletes it) if it still points at `expected` (undefined: only if it does not exist).
 * Creation is atomic (GitHub refuses an existing ref); the API has no compare-and-swap for an update, so the ref is
 * read just before the forced update and the window is one request wide.
 */
async function setBranchThroughApi(client, where, branch, sha, expected) {
    if (expected === undefined) {
        if (sha === null)
            return (await currentSha(client, where, branch)) === undefined ? 'pushed' : 'stale';
        try {
            await client.rest.git.createRef({ ...where, ref: `refs/heads/${branch}`, sha });
            return 'pushed';
        }
        catch (error) {
            if (isStatus(error, 422) && /already exists/i.test(error.message))
                return 'stale';
            throw error;
        }
    }
    if ((await currentSha(client, where, branch)) !== expected)
        return 'stale';
    if (sha === null)
        await client.rest.git.deleteRef({ ...where, ref: `heads/${branch}` });
    else
        await client.rest.git.updateRef({ ...where, ref: `heads/${branch}`, sha, force: true });
    return 'pushed';
}

;// CONCATENATED MODULE: ./shared/github/marked-body.ts
// The part of a pull request body that a bot owns, between hidden markers: each run replaces that part and keeps
// whatever people wrote around it.
/** GitHub refuses bodies longer than this many characters. */
const maxBodyLength = 65536;
function markers(id) {
    return { start: `<!-- ${id}:start -->`, end: `<!-- ${id}:end -->` };
}
/** The bot's section alone, cut to fit GitHub's limit with a pointer to where the whole text is. */
function markedSection(id, content, overflowNote = 'The rest is in the job summary.') {
    const { start, end } = markers(id);
    const room = maxBodyLength - start.length - end.length - 2 - overflowNote.length - 64;
    // A marker inside the content would end the section early next time: it is shown, not hidden, as text.
    const safe = content.replaceAll(start, `&lt;${start.slice(1)}`).replaceAll(end, `&lt;${end.slice(1)}`);
    const text = safe.length > room ? `${safe.slice(0, safe.lastIndexOf('\n', room) > 0 ? safe.lastIndexOf('\n', room) : room)}\n\n… ${overflowNote}` : safe;
    return `${start}\n${text.trimEnd()}\n${end}`;
}
/**
 * `existing` with its marked section replaced by `section` (a `markedSection`). Without markers — a body people
 * rewrote entirely, or none — the section becomes the whole body.
 */
function replaceMarkedSection(existing, id, section) {
    const { start, end } = markers(id);
    const text = existing ?? '';
    const from = text.indexOf(start);
    const to = text.indexOf(end, from + start.length);
    if (from < 0 || to < 0)
        return section;
    const replaced = text.slice(0, from) + section + text.slice(to + end.length);
    return replaced.length <= maxBodyLength ? replaced : section;
}

;// CONCATENATED MODULE: ./shared/github/pull-request.ts
// Keeps one bot pull request in step with a set of files already written in a checkout: the branch is always the
// base's tip plus one commit with those files, pushed under a lease (never over someone else's commits), and there is
// at most one open pull request for it, created, updated, left alone or closed as the content calls for.






/** GitHub Actions' own identity, the author GitHub shows with the Actions logo. */
const actionsBot = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/** A failure already explained in one line; shells print the message alone. */
class PullRequestError extends Error {
}
const silent = { info: () => { }, warning: () => { } };
async function syncPullRequest(request) {
    const { client, branch, base } = request;
    const log = request.log ?? silent;
    const where = { owner: request.owner, repo: request.repo };
    const repoName = `${request.owner}/${request.repo}`;
    const context = { fromFork: request.fromFork };
    const api = async (action, call) => {
        try {
            return await call();
        }
        catch (error) {
            throw new PullRequestError((0,errors/* explainGitHubError */.P)(error, action, context), { cause: error });
        }
    };
    const git = async (action, call) => {
        try {
            return await call();
        }
        catch (error) {
            if (error instanceof GitError)
                throw new PullRequestError(explainGitError(error, action, { repo: repoName, branch }, context), { cause: error });
            throw error;
        }
    };
    const top = await repoTopLevel(request.dir);
    const paths = request.files.map((file) => {
        const relative = external_node_path_default().relative(top, external_node_path_default().resolve(request.dir, file));
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
            throw new PullRequestError(`${file} is outside the repository ${top}`);
        return relative.split((external_node_path_default()).sep).join('/');
    });
    const heads = await git(`read the branches of ${repoName}`, () => remoteBranches(top, request.remote, [base, branch]));
    const baseSha = heads.get(base);
    if (!baseSha)
        throw new PullRequestError(`The base branch ${base} does not exist in ${repoName}; set the \`base\` input to an existing branch.`);
    const branchSha = heads.get(branch);
    await git(`fetch ${base}${branchSha ? ` and ${branch}` : ''}`, () => fetchBranches(top, request.remote, branchSha ? [base, branch] : [base]));
    // The edits were computed from the checkout; laid over a base whose copies of those files differ, they would undo
    // whatever the base changed in them.
    const diverged = await changedBetween(top, 'HEAD', baseSha, paths);
    if (diverged.length > 0) {
        throw new PullRequestError(`The checkout and ${base} (${baseSha.slice(0, 7)}) differ in ${diverged.join(', ')}, so the edits cannot be laid over ${base}: run package-env on a checkout of ${base}'s tip.`);
    }
    const { tree, entries } = await buildTree(top, baseSha, paths);
    const baseTree = await treeOf(top, baseSha);
    const changed = tree === baseTree ? [] : await changedBetween(top, baseTree, tree, paths);
    const open = await api(`look for an open pull request from ${branch}`, () => findOpenPull(client, where, branch, base));
    const section = markedSection(request.marker, request.body);
    if (tree === baseTree) {
        if (!open) {
            log.info(`${base} already has every change; no pull request needed.`);
            return { operation: 'none', branch, changed, commit: branchSha };
        }
        const found = { branch, number: open.number, url: open.html_url, changed, commit: branchSha };
        if (request.closeWhenClean === false) {
            log.info(`${base} already has every change of #${open.number}; leaving it open (close-when-clean: false).`);
            return { operation: 'none', ...found };
        }
        if (branchSha) {
            const tip = await isBotCommit(top, branchSha, request.trailer);
            if (!tip.ours) {
                log.warning(`${base} already has ml-hub's change, but ${branch} has commits by others (${tip.describe}); leaving #${open.number} and the branch as they are.`);
                return { operation: 'none', ...found };
            }
        }
        await api(`close pull request #${open.number}`, async () => {
            await client.rest.pulls.update({ ...where, pull_number: open.number, state: 'closed' });
            await client.rest.issues.createComment({ ...where, issue_number: open.number, body: `${base} already has these changes; closed by ml-hub.` });
        });
        if (branchSha) {
            const deleted = request.signCommits
                ? await api(`delete branch ${branch}`, () => setBranchThroughApi(client, where, branch, null, branchSha))
                : await git(`delete branch ${branch}`, () => pushWithLease(top, request.remote, null, branch, branchSha));
            if (deleted === 'stale')
                log.warning(`${branch} moved while ml-hub was deleting it; left in place.`);
        }
        log.info(`Closed #${open.number}: ${base} already has every change.`);
        return { operation: 'closed', ...found, commit: undefined };
    }
    let commit = branchSha;
    let verified;
    let pushed = false;
    if (branchSha && (await treeOf(top, branchSha)) === tree) {
        log.info(`${branch} already holds exactly this change (${branchSha.slice(0, 7)}); nothing to push.`);
    }
    else {
        if (branchSha) {
            const tip = await isBotCommit(top, branchSha, request.trailer);
            if (!tip.ours) {
                throw new PullRequestError(`${branch} in ${repoName} has commits that ml-hub did not make (${tip.describe}); it will not overwrite them. Merge or close that pull request, or delete the branch, then re-run.`);
            }
        }
        const message = withTrailer(request.commitMessage, request.trailer);
        if (request.signCommits) {
            const made = await api(`commit through the GitHub API`, () => commitThroughApi(client, where, { dir: top, parent: baseSha, baseTree, entries, message }));
            commit = made.sha;
            verified = made.verified;
        }
        else {
            commit = await commitTree(top, { tree, parent: baseSha, message, author: request.author ?? actionsBot });
        }
        const result = request.signCommits
            ? await api(`update branch ${branch}`, () => setBranchThroughApi(client, where, branch, commit, branchSha))
            : await git(`push ${branch}`, () => pushWithLease(top, request.remote, commit, branch, branchSha));
        if (result === 'stale') {
            throw new PullRequestError(`${branch} in ${repoName} moved while ml-hub was updating it (expected ${branchSha ? branchSha.slice(0, 7) : 'no branch'}); someone else pushed to it. Nothing was overwritten; re-run to start from what is there now.`);
        }
        pushed = true;
        log.info(`Pushed ${commit.slice(0, 7)} to ${branch} (${base} ${baseSha.slice(0, 7)} + ${changed.length} file(s)).`);
    }
    if (!open) {
        const pull = await api(`create the pull request from ${branch} to ${base}`, () => createPull(client, where, { branch, base, title: request.title, body: section, draft: request.draft ?? false }));
        if (pull.existing) {
            const edited = await api(`update pull request #${pull.data.number}`, () => updatePull(client, where, pull.data, request.title, section, request.marker, request.labels ?? []));
            return { operation: pushed || edited ? 'updated' : 'unchanged', branch, number: pull.data.number, url: pull.data.html_url, commit, changed, verified };
        }
        await api(`label pull request #${pull.data.number}`, () => addMissingLabels(client, where, pull.data, request.labels ?? []));
        await requestReviews(client, where, pull.data.number, request, log);
        log.info(`Created #${pull.data.number}: ${pull.data.html_url}`);
        return { operation: 'created', branch, number: pull.data.number, url: pull.data.html_url, commit, changed, verified };
    }
    const edited = await api(`update pull request #${open.number}`, () => updatePull(client, where, open, request.title, section, request.marker, request.labels ?? []));
    const operation = pushed || edited ? 'updated' : 'unchanged';
    log.info(`${operation === 'updated' ? 'Updated' : 'Left as it was:'} #${open.number}: ${open.html_url}`);
    return { operation, branch, number: open.number, url: open.html_url, commit, changed, verified };
}
async function findOpenPull(client, where, branch, base) {
    const { data } = await client.rest.pulls.list({ ...where, state: 'open', head: `${where.owner}:${branch}`, base, per_page: 10 });
    return data[0];
}
/**
 * Opens the pull request; when another run opened one between our lookup and this call, GitHub answers 422 "A pull
 * request already exists", and that one is returned for updating instead of a second.
 */
async function createPull(client, where, pr) {
    try {
        const { data } = await client.rest.pulls.create({ ...where, head: pr.branch, base: pr.base, title: pr.title, body: pr.body, draft: pr.draft });
        return { data, existing: false };
    }
    catch (error) {
        if (error.status !== 422 || !/already exists/i.test(JSON.stringify(error.response?.data ?? '')))
            throw error;
        const found = await findOpenPull(client, where, pr.branch, pr.base);
        if (!found)
            throw error;
        return { data: found, existing: true };
    }
}
/** Changes title, the marked part of the body and labels only where they differ; true when anything was written. */
async function updatePull(client, where, pull, title, section, marker, labels) {
    const body = replaceMarkedSection(pull.body, marker, section);
    let wrote = false;
    if (pull.title !== title || (pull.body ?? '') !== body) {
        await client.rest.pulls.update({ ...where, pull_number: pull.number, title, body });
        wrote = true;
    }
    return (await addMissingLabels(client, where, pull, labels)) || wrote;
}
async function addMissingLabels(client, where, pull, labels) {
    const have = new Set(pull.labels.map((l) => (l.name ?? '').toLowerCase()));
    const missing = labels.filter((l) => !have.has(l.toLowerCase()));
    if (missing.length === 0)
        return false;
    await client.rest.issues.addLabels({ ...where, issue_number: pull.number, labels: missing });
    return true;
}
/** Reviewers are asked once, when the pull request opens; a refused reviewer is a warning, the pull request stands. */
async function requestReviews(client, where, number, request, log) {
    const reviewers = request.reviewers ?? [];
    const teams = request.teamReviewers ?? [];
    if (reviewers.length === 0 && teams.length === 0)
        return;
    try {
        await client.rest.pulls.requestReviewers({ ...where, pull_number: number, reviewers, team_reviewers: teams });
    }
    catch (error) {
        log.warning((0,errors/* explainGitHubError */.P)(error, `request reviews on #${number}`, { fromFork: request.fromFork }));
    }
}

// EXTERNAL MODULE: ./shared/package/atomic-write.ts
var atomic_write = __webpack_require__(4162);
// EXTERNAL MODULE: ./shared/config/config.ts
var config_config = __webpack_require__(779);
// EXTERNAL MODULE: ./shared/drift/detect-drift.ts + 13 modules
var detect_drift = __webpack_require__(5165);
// EXTERNAL MODULE: ./shared/drift/find-conflicts.ts
var find_conflicts = __webpack_require__(4461);
// EXTERNAL MODULE: ./shared/drift/find-out-of-sync.ts
var find_out_of_sync = __webpack_require__(2588);
// EXTERNAL MODULE: ./shared/env/conda-matchspec.ts
var conda_matchspec = __webpack_require__(9166);
// EXTERNAL MODULE: ./shared/env/conda-names.ts
var conda_names = __webpack_require__(1976);
// EXTERNAL MODULE: ./shared/env/file-readers.ts
var file_readers = __webpack_require__(6483);
// EXTERNAL MODULE: ./shared/env/load-environment.ts
var load_environment = __webpack_require__(604);
// EXTERNAL MODULE: ./shared/env/pep440.ts
var pep440 = __webpack_require__(5503);
// EXTERNAL MODULE: ./shared/env/pep508.ts
var pep508 = __webpack_require__(5580);
// EXTERNAL MODULE: ./shared/env/yaml-document.ts
var yaml_document = __webpack_require__(2729);
// EXTERNAL MODULE: ./shared/scan/interpreter-metadata.ts
var interpreter_metadata = __webpack_require__(8496);
// EXTERNAL MODULE: ./shared/drift/file-role.ts
var file_role = __webpack_require__(6427);
;// CONCATENATED MODULE: ./shared/package/certain-additions.ts
// Which undeclared imports package-env may write into a packaging file, and why the others are only listed. A name is
// added only when it is certain: imported unconditionally by shipped code (the package, a top-level script), mapped to
// its distribution by the interpreter, the bundled table or an override (never a name-equals-name guess), not left
// commented out by the maintainer, and not a second member of a family that conflicts with one already declared.





const shipped = new Set(['package', 'script']);
/** The role detect-env gives a location; by its path alone when a report has none (a top-level file: a script). */
const roleOf = (location) => location.role ?? (0,file_role/* fileRole */.B)(location.file, (dir) => dir !== '');
const roleWords = {
    package: 'the package',
    script: 'a script',
    test: 'tests',
    example: 'examples',
    docs: 'the documentation',
    notebook: 'notebooks',
    build: 'the build script',
};
/**
 * Packages that must not be installed side by side: declaring a second one breaks the first (two copies of cv2, two
 * TensorFlow builds). Conda's `pytorch` is PyPI's `torch` under another name (the name tables pair them).
 */
const conflictingFamilies = [
    ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless'],
    ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'tensorflow-intel', 'tf-nightly', 'intel-tensorflow'],
    ['torch', 'pytorch-cpu', 'pytorch-gpu'],
];
const tensorflowFamily = conflictingFamilies[1];
const frameworks = [conflictingFamilies[2], tensorflowFamily, ['jax', 'jaxlib', 'flax'], ['mxnet', 'mxnet-cu112'], ['paddlepaddle', 'paddlepaddle-gpu']];
/** A declared package this one must not be added beside, with why; undefined when none. */
function conflictingDeclaration(pypi, declared) {
    const family = conflictingFamilies.find((f) => f.includes(pypi));
    for (const other of family ?? []) {
        const at = declared.get(other);
        if (other !== pypi && at)
            return `${other} is declared at ${at.file}:${at.line}; ${pypi} would install a second, conflicting build of it`;
    }
    // A second deep-learning framework beside the one the project is built on is an optional backend, not a need.
    const framework = frameworks.find((f) => f.includes(pypi));
    if (framework) {
        const other = frameworks.filter((f) => f !== framework).flat().find((name) => declared.has(name));
        if (other) {
            const at = declared.get(other);
            return `the project is built on ${other} (declared at ${at.file}:${at.line}); ${pypi}, a second framework, is an optional backend`;
        }
    }
    if (pypi === 'keras') {
        const tf = tensorflowFamily.find((t) => declared.has(t));
        if (tf) {
            const at = declared.get(tf);
            return `${tf} is declared at ${at.file}:${at.line} and ships its own Keras (tf.keras); keras 3 needs TensorFlow 2.16 or newer`;
        }
    }
    return undefined;
}
/** A comment line that reads as a requirement (`# torch==2.1`, `#  - pytorch=1.8`, `# "numpy>=1",`, `# numpy = "^1"`). */
const commentedRequirement = /^\s*#+\s*(?:-\s+)?["']?([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?:\[[^\]]*\])?\s*(?:(?:===|==|~=|!=|<=|>=|<|>|=)\s*[\w.*+!-]+(?:\s*,\s*(?:===|==|~=|!=|<=|>=|<|>)\s*[\w.*+!-]+)*)?\s*(?:=\s*["'{].*)?\s*(?:;[^#]*)?["']?,?\s*(?:#.*)?$/;
/** The requirement a comment line holds (`# torch==2.1` → `torch`), if it reads as one. */
function commentedOutName(line) {
    const m = commentedRequirement.exec(line);
    return m ? (0,pep508/* normalizeName */.Pc)(m[1]) : undefined;
}
/** PEP 503 names of requirements the maintainer left commented out in a packaging file, with where. */
function commentedOutRequirements(files, read) {
    const found = new Map();
    for (const f of files) {
        if (f.generated || f.kind === 'pipfile.lock')
            continue;
        const text = read(f.path);
        if (text === undefined)
            continue;
        text.split(/\r?\n/).forEach((line, i) => {
            const name = commentedOutName(line);
            if (name && !found.has(name))
                found.set(name, { file: f.path, line: i + 1 });
        });
    }
    return found;
}
const optionalWords = {
    'try-except': 'imported inside try/except ImportError, the code runs without it',
    'availability-check': 'imported behind an availability check, the code runs without it',
    'type-checking': 'imported only for type checkers (if TYPE_CHECKING)',
    'version-check': 'imported only on some Python versions, platforms or accelerators (a version, platform or device check)',
    'installed-on-demand': 'the code installs it itself before importing it',
};
const where = (l) => `${l.file}:${l.line}`;
const places = (ls) => ls.slice(0, 3).map(where).join(', ') + (ls.length > 3 ? ` and ${ls.length - 3} more` : '');
/** Folders whose names say they hold environments, tools or vendored code, never a sub-project of the package. */
const notProjects = new Set(['node_modules', '__pycache__', 'site-packages', 'requirements']);
/** Folders below `root` holding packaging files (a sub-project's setup.py, `examples/x/requirements.txt`). */
function subprojectFolders(root, isPackagingFile, maxDepth = 6) {
    const found = [];
    const walk = (rel, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        if (rel && entries.some((e) => e.isFile() && isPackagingFile(e.name)))
            found.push(rel);
        if (depth >= maxDepth)
            return;
        for (const e of entries) {
            if (!e.isDirectory() || e.name.startsWith('.') || notProjects.has(e.name) || /^(venv|env|build|dist)$/.test(e.name))
                continue;
            walk(rel ? `${rel}/${e.name}` : e.name, depth + 1);
        }
    };
    walk('', 0);
    return found.sort();
}
/**
 * Whether the import at a location runs when its module is loaded: written at the start of a line (notebook cells
 * count as module level). An indented import sits inside a function, a class, an `if` or a `try`: lazy or
 * conditional, as optional backends are, so not certain whatever the report says. Unknown text counts as indented.
 */
function importAtModuleLevel(location, read) {
    const text = read(location.file);
    if (text === undefined)
        return false;
    const line = text.split(/\r?\n/, location.line)[location.line - 1];
    if (line === undefined)
        return false;
    if (location.file.endsWith('.ipynb')) {
        const m = /^\s*"((?:\\t|\s)*)/.exec(line);
        return m !== null && m[1] === '';
    }
    return /^(import|from)\s/.test(line);
}
/** The report's undeclared and optional imports, split into the additions that are certain and the rest, with why. */
function sortAdditions(report, context) {
    const commented = commentedOutRequirements(context.files, context.read);
    const declared = new Map();
    for (const f of context.files)
        for (const d of f.dependencies)
            if (!declared.has((0,conda_names/* pypiNameOf */.xb)(d)))
                declared.set((0,conda_names/* pypiNameOf */.xb)(d), { file: d.file, line: d.line });
    // A demo inside the package (`gradio_demo.py`) shows the package; what only it imports is the demo's need.
    const demo = (l) => /(^|[_-])demos?([_-]|\.py$)/i.test(l.file.split('/').pop());
    const ships = (l) => (shipped.has(roleOf(l)) && !demo(l)) || (context.notebooksShip === true && roleOf(l) === 'notebook');
    const certain = [];
    const notAdded = [];
    for (const u of report.undeclared) {
        const distribution = u.distributions[0] ?? u.module;
        const pypi = (0,pep508/* normalizeName */.Pc)(distribution);
        const skip = (reason, fits) => notAdded.push({ module: u.module, distribution, locations: u.locations, reason, ...(fits ? { fits } : {}) });
        const inSubproject = (l) => context.subprojects?.find((d) => l.file.startsWith(`${d}/`));
        const shippedHere = u.locations.filter((l) => ships(l) && !inSubproject(l));
        const needed = shippedHere.filter((l) => importAtModuleLevel(l, context.read));
        const lazy = shippedHere.length > 0 && needed.length === 0;
        const sub = u.locations.map(inSubproject).find((d) => d !== undefined);
        if (lazy) {
            skip('imported only inside functions or conditional blocks, as optional backends are: check whether the project needs it to run', 'extra');
            continue;
        }
        if (needed.length === 0 && sub && u.locations.some(ships)) {
            skip(`imported in ${sub}/, which has packaging files of its own: declare it there`);
            continue;
        }
        if (needed.length === 0) {
            const roles = [...new Set(u.locations.map((l) => (demo(l) ? 'example' : roleOf(l))))];
            if (roles.length === 1 && roles[0] === 'build')
                continue; // setup.py imports it to build, not to run
            const fits = roles.every((r) => r === 'test') ? 'test' : roles.every((r) => r === 'docs') ? 'docs' : undefined;
            skip(`imported only in ${roles.filter((r) => r !== 'build').map((r) => roleWords[r]).join(' and ')}, not by the code the project ships`, fits);
            continue;
        }
        const mapped = unmappedReason(u);
        const outOfScope = u.declaredOutOfScope?.length ? u.declaredOutOfScope : undefined;
        if (mapped)
            skip(mapped);
        else if (outOfScope)
            skip(`declared at ${places(outOfScope)}, which does not cover the code importing it: declare it where that code is packaged`);
        else if (commented.has(pypi))
            skip(`left commented out at ${where(commented.get(pypi))}: kept as the maintainer chose`);
        else {
            const conflict = conflictingDeclaration(pypi, declared);
            if (conflict)
                skip(conflict);
            else {
                certain.push({ module: u.module, distribution, pypi, locations: needed });
                declared.set(pypi, needed[0]);
            }
        }
    }
    for (const u of report.optional) {
        const distribution = u.distributions[0] ?? u.module;
        const why = optionalWords[u.guard ?? 'try-except'];
        const guessed = u.source === 'guess' ? '; its distribution name is a guess' : '';
        const roles = new Set(u.locations.map(roleOf));
        const fits = guessed || u.guard === 'type-checking' || u.guard === 'installed-on-demand' ? undefined : [...roles].every((r) => r === 'test') ? 'test' : 'extra';
        notAdded.push({ module: u.module, distribution, locations: u.locations, reason: `optional: ${why}${guessed}`, ...(fits ? { fits } : {}) });
    }
    return { certain, notAdded };
}
function unmappedReason(u) {
    if (u.source !== 'guess')
        return undefined;
    return `the distribution name is only guessed from the import name; check which PyPI project provides \`import ${u.module}\` before declaring it`;
}

// EXTERNAL MODULE: ./shared/env/discover-packaging.ts
var discover_packaging = __webpack_require__(7561);
// EXTERNAL MODULE: ./shared/env/formats/conda.ts
var conda = __webpack_require__(9462);
// EXTERNAL MODULE: ./shared/env/formats/index.ts + 22 modules
var formats = __webpack_require__(1042);
;// CONCATENATED MODULE: ./shared/package/translate-specifier.ts
// Version constraints cross between a pip file and a conda file when package-env copies a package from one to the
// other: conda's `numpy=1.24` is pip's `numpy==1.24.*`. A translation is used only when it reads back to the same
// constraint; otherwise the caller keeps the package on the pip side, where the PEP 440 text is exact.


/**
 * The PEP 440 specifier a conda version spec stands for; undefined when PEP 440 cannot say it exactly (`|`
 * alternatives, globs, regexes), which leaves the package unpinned rather than pinned wrongly.
 */
function condaToPep440(condaVersion) {
    if (condaVersion === '')
        return '';
    try {
        const sets = (0,conda_matchspec/* condaSpecToPep440 */.P$)(condaVersion);
        if (sets.length !== 1)
            return undefined;
        // Clauses PEP 440 cannot express are dropped by condaSpecToPep440; count them to know the set is whole.
        const clauses = condaVersion.split(',').length;
        const set = sets[0];
        return set === '' || set.split(',').length !== clauses ? undefined : set;
    }
    catch (e) {
        if (e instanceof conda_matchspec/* MatchSpecError */.PX)
            return undefined;
        throw e;
    }
}
/**
 * The conda entry (`numpy=1.24`, `pytorch>=2.1,<3`) for a package and a PEP 440 specifier; undefined when conda
 * would read the entry differently. Local versions (`+cu121`) are pip wheel tags with no conda meaning: dropped.
 */
function pep440ToCondaEntry(condaName, specifier) {
    const clauses = (0,pep440/* parseSpecifierSet */.m0)(specifier);
    if (!clauses || clauses.some((c) => !c.pep440))
        return undefined;
    const parts = clauses.map((c) => {
        const op = c.operator === '===' ? '==' : c.operator;
        const version = c.version.replace(/\+.*$/, '');
        return `${op}${version}`;
    });
    // conda's own spelling of a version line: `numpy=1.24` is any 1.24.x.
    const line = parts.length === 1 ? /^==(.+)\.\*$/.exec(parts[0]) : null;
    const entry = line ? `${condaName}=${line[1]}` : `${condaName}${parts.join(',')}`;
    try {
        const parsed = (0,conda_matchspec/* parseMatchSpec */.I0)(entry);
        if (parsed.name !== condaName)
            return undefined;
        const expected = parts.join(',');
        return condaToPep440(parsed.version) === expected ? entry : undefined;
    }
    catch (e) {
        if (e instanceof conda_matchspec/* MatchSpecError */.PX)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./shared/package/choose-pins.ts
// How a package that package-env adds is pinned. The interpreter the project runs in knows the version that works;
// without one, a constraint another packaging file already declares keeps the files agreeing; else no pin at all
// (a guessed pin is worse than none).


const pinStyles = ['exact', 'compatible', 'lower-bound', 'none'];
/** The specifier PinStyle gives for an installed version; '' for `none`. */
function pinFromVersion(version, style) {
    const release = version.replace(/\+.*$/, '');
    switch (style) {
        case 'exact':
            return `==${version}`;
        case 'lower-bound':
            return `>=${release}`;
        case 'compatible':
            // `~=` needs two release numbers (`~=2` is invalid); a one-number version gets a lower bound instead.
            return /^(?:\d+!)?\d+\.\d+/.test(release) ? `~=${release}` : `>=${release}`;
        case 'none':
            return '';
    }
}
/** The first constraint another file declares for the package, in PEP 440. */
function declaredConstraint(pypi, context) {
    for (const { pypi: name, dependency: d } of context.declared) {
        if (name !== pypi || d.specifier === '' || d.constraintOnly)
            continue;
        const specifier = d.ecosystem === 'conda' ? condaToPep440(d.specifier) : d.specifier;
        if (specifier)
            return { specifier, source: 'declared', declaredAt: { file: d.file, line: d.line } };
    }
    return undefined;
}
/**
 * The pin for an added package. With an interpreter (and a style other than `none`), its installed version; but
 * when another file already declares a constraint that version breaks, that constraint, so that the files agree.
 */
function choosePin(pypi, context) {
    const declared = declaredConstraint(pypi, context);
    const version = context.installed?.get(pypi);
    if (version !== undefined && context.style !== 'none') {
        const fits = declared ? (0,pep440/* satisfies */.ib)(version, declared.specifier) !== false : true;
        if (fits)
            return { specifier: pinFromVersion(version, context.style), source: 'interpreter' };
    }
    return declared ?? { specifier: '', source: 'none' };
}
/** `package-env:` in the ml-hub settings (kept as parsed in config.extra), checked. */
function readPackageEnvSettings(raw, source) {
    const settings = {};
    const diagnostics = [];
    if (raw === undefined || raw === null)
        return { settings, diagnostics };
    const problem = (message) => diagnostics.push({ severity: 'error', code: 'config/invalid', message: `package-env: ${message}`, file: source ?? 'settings' });
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        problem('expected a mapping with `pin`, `targets`, `optional-groups` and/or `notebooks`');
        return { settings, diagnostics };
    }
    for (const [key, value] of Object.entries(raw)) {
        if (key === 'pin') {
            if (typeof value === 'string' && pinStyles.includes(value))
                settings.pin = value;
            else
                problem(`pin must be one of ${pinStyles.join(', ')}, got ${JSON.stringify(value)}`);
        }
        else if (key === 'targets') {
            if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
                settings.targets = value;
            else
                problem('targets must be a list of file paths');
        }
        else if (key === 'optional-groups' || key === 'notebooks') {
            if (typeof value === 'boolean')
                settings[key === 'notebooks' ? 'notebooks' : 'optionalGroups'] = value;
            else
                problem(`${key} must be true or false, got ${JSON.stringify(value)}`);
        }
        else {
            problem(`unknown key ${key}`);
        }
    }
    return { settings, diagnostics };
}
/** `major.minor` of a version, as numbers. */
function minorOf(version) {
    const m = /^(\d+)\.(\d+)/.exec(version.trim());
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/** The lowest `major.minor` a Python specifier allows, from its lower bounds; undefined when it has none. */
function lowestMinor(specifier) {
    let lowest;
    for (const clause of specifier.split(',').map((c) => c.trim())) {
        const m = /^(>=|>|~=|==|===)\s*(\d+\.\d+)/.exec(clause);
        if (!m)
            continue;
        const v = minorOf(m[2]);
        if (!lowest || v[0] > lowest[0] || (v[0] === lowest[0] && v[1] > lowest[1]))
            lowest = v;
    }
    return lowest;
}
/**
 * Whether versions installed in an interpreter of `pythonVersion` may pin what the project declares: only when every
 * declared Python (requires-python, conda `python=`, python_env.yaml, runtime.txt, .python-version) allows that
 * interpreter and none allows an older minor version, which a newer package release may already have dropped. The
 * reason says why not.
 */
function interpreterMayPin(pythonVersion, declared) {
    const here = minorOf(pythonVersion);
    if (!here)
        return { ok: false, reason: `the interpreter's version ${pythonVersion} is not one to compare` };
    for (const d of declared) {
        const spec = d.specifier.replace(/\s+/g, '');
        // A bare version (conda `python=3.8.5`, runtime.txt) means that release line.
        const bare = /^\d+(\.\d+)*$/.test(spec) ? minorOf(spec.includes('.') ? spec : `${spec}.0`) : undefined;
        const fits = bare ? bare[0] === here[0] && bare[1] === here[1] : (0,pep440/* satisfies */.ib)(pythonVersion, spec);
        const at = `${d.file}:${d.line}`;
        if (fits === false)
            return { ok: false, reason: `the interpreter is Python ${pythonVersion}, but ${at} declares Python ${d.specifier}` };
        if (bare)
            continue;
        const lowest = lowestMinor(spec);
        if (!lowest || lowest[0] !== here[0] || lowest[1] < here[1]) {
            return { ok: false, reason: `the interpreter is Python ${pythonVersion}, but ${at} also allows older Pythons (${d.specifier}) that its versions may not support` };
        }
    }
    return { ok: true };
}

// EXTERNAL MODULE: ./shared/env/conda.ts
var env_conda = __webpack_require__(301);
;// CONCATENATED MODULE: ./shared/package/edit-outcome.ts
// What editing one packaging file's text came to: new text, nothing to do, or a file package-env must not touch.
/** Advice for a tool-generated file, from the parser's `generated` reason. */
function regenerateAdvice(generated) {
    if (/pip-compile|hash-pinned/.test(generated))
        return `${generated}: re-run pip-compile${/hash/.test(generated) ? ' --generate-hashes' : ''} instead`;
    if (/uv export/.test(generated))
        return `${generated}: re-run uv export instead`;
    if (/uv/.test(generated))
        return `${generated}: re-run uv pip compile instead`;
    if (/PDM/.test(generated))
        return `${generated}: re-run pdm export instead`;
    if (/conda env export/.test(generated))
        return `${generated}: an exported environment; edit the environment file it was made from, or export it again`;
    return `${generated}: regenerate it with the tool that wrote it`;
}
/** Names of the dependencies, as a sorted multiset, for checking that an edit changed only what it meant to. */
function nameList(dependencies) {
    return dependencies.map((d) => `${d.ecosystem}:${d.normalized}`).sort();
}
/** Whether every problem `after` has, `before` had already (lines aside: edits move them). */
function noNewProblems(before, after) {
    const known = new Map();
    for (const d of before)
        known.set(`${d.code} ${d.message}`, (known.get(`${d.code} ${d.message}`) ?? 0) + 1);
    return after.every((d) => {
        const key = `${d.code} ${d.message}`;
        const left = known.get(key) ?? 0;
        known.set(key, left - 1);
        return left > 0;
    });
}

// EXTERNAL MODULE: ./shared/text/lines.ts
var text_lines = __webpack_require__(6107);
;// CONCATENATED MODULE: ./shared/package/edit-conda-environment.ts
// Adds and removes entries in a conda environment file. The yaml Document API finds the nodes (the `dependencies:`
// list, its `pip:` section) and their source ranges; the edit is then spliced into the text at those ranges, because
// re-printing the document (Document.toString) rewrites what the user wrote: comment spacing, sequence indentation,
// flow-list padding, number spellings. Everything outside the spliced lines stays byte for byte; new entries copy the
// indentation and quoting of their neighbours. Exported environments (`prefix:`) are left alone.








const noFiles = { read: () => undefined };
/** A new environment file's text before any package is added: conda-forge, and the Python version when known. */
function newCondaEnvironmentText(name, python) {
    const lines = [
        ...(name ? [`name: ${(0,dist/* stringify */.As)(name, { lineWidth: 0 }).trimEnd()}`] : []),
        'channels:',
        '  - conda-forge',
        'dependencies:',
        ...(python ? [`  - python=${python}`] : []),
    ];
    return lines.map((l) => `${l}\n`).join('');
}
const rangeOf = (node) => node.range;
class Located {
    text;
    lines;
    root;
    malformed;
    dependencies;
    constructor(text) {
        this.text = text;
        this.lines = (0,text_lines/* textLines */.Fy)(text);
        const doc = (0,yaml_document/* parseYamlDocument */.Iu)(text, { prettyErrors: false });
        this.malformed = doc.errors.length > 0;
        this.root = doc.contents;
        if ((0,dist/* isMap */.jh)(this.root))
            this.dependencies = this.root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'dependencies');
    }
    /** Index of the line holding `offset`. */
    lineAt(offset) {
        const i = this.lines.findIndex((l) => offset < l.next);
        return i < 0 ? this.lines.length - 1 : i;
    }
    /** The line a node's value ends on, trailing whitespace and line breaks not counted. */
    lastLine(node) {
        const [start, valueEnd] = rangeOf(node);
        let q = valueEnd - 1;
        while (q > start && /\s/.test(this.text[q]))
            q--;
        return this.lineAt(q);
    }
    /** `  - ` before a block sequence item, when the item starts its line; undefined otherwise. */
    itemPrefix(node) {
        const start = rangeOf(node)[0];
        const prefix = this.text.slice(this.lines[this.lineAt(start)].start, start);
        return /^ *-[ \t]+$/.test(prefix) ? prefix : undefined;
    }
    /** The `- ` prefix of a block list's first item. */
    firstItemPrefix(seq) {
        return (0,dist/* isSeq */.oP)(seq) && !seq.flow && seq.items.length ? this.itemPrefix(seq.items[0]) : undefined;
    }
    /**
     * The `- ` prefix for a new `dependencies:` list: the one the list had (before pruning emptied it), else that of a
     * block `channels:` list, else two spaces.
     */
    listPrefix() {
        const channels = (0,dist/* isMap */.jh)(this.root) ? this.root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'channels')?.value : undefined;
        return this.firstItemPrefix(this.dependencies?.value) ?? this.firstItemPrefix(channels) ?? '  - ';
    }
}
const isPipSection = (item) => (0,dist/* isMap */.jh)(item) && item.items.some((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'pip');
const pipPair = (item) => item.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'pip');
function condaNameOf(entry) {
    try {
        return (0,conda_matchspec/* parseMatchSpec */.I0)(entry).name.toLowerCase();
    }
    catch (e) {
        if (e instanceof conda_matchspec/* MatchSpecError */.PX)
            return undefined;
        throw e;
    }
}
const pipNameOf = (line) => {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
    return m ? (0,pep508/* normalizeName */.Pc)(m[1]) : undefined;
};
/** An entry as YAML text, quoted as its neighbours are; in a flow list, quoted where `,[]{}` would split it. */
function render(entry, neighbours, flow) {
    const scalars = neighbours.filter(dist/* isScalar */.jn);
    if (scalars.length && scalars.every((s) => s.type === 'QUOTE_DOUBLE'))
        return JSON.stringify(entry);
    if (scalars.length && scalars.every((s) => s.type === 'QUOTE_SINGLE'))
        return `'${entry.replaceAll("'", "''")}'`;
    const plain = (0,dist/* stringify */.As)(entry, { lineWidth: 0 }).trimEnd();
    return flow && plain === entry && /[,[\]{}]/.test(entry) ? JSON.stringify(entry) : plain;
}
/** Whole lines after line `index`, in the file's line ending (a text without a final newline keeps lacking one). */
function linesAfter(located, index, lines, eol) {
    const line = located.lines[index];
    const at = line ? line.next : located.text.length;
    const unterminated = at >= located.text.length && located.text.length > 0 && !/[\r\n]$/.test(located.text);
    return { at, text: unterminated ? eol + lines.join(eol) : lines.map((l) => l + eol).join('') };
}
/** Applies inserts from the end backwards; inserts at one offset keep the order they were made in. */
function applyInserts(text, inserts) {
    const merged = new Map();
    for (const i of inserts) {
        const known = merged.get(i.at);
        merged.set(i.at, known ? { at: i.at, text: known.text + i.text, replaces: Math.max(known.replaces ?? 0, i.replaces ?? 0) } : i);
    }
    let out = text;
    for (const { at, text: inserted, replaces } of [...merged.values()].sort((a, b) => b.at - a.at))
        out = out.slice(0, at) + inserted + out.slice(at + (replaces ?? 0));
    return out;
}
/** `, entry` after a flow list's last item; undefined for an empty list (`[]`), which has no item to follow. */
function afterLastFlowItem(seq, entries) {
    const last = seq.items.at(-1);
    return last === undefined ? undefined : { at: rangeOf(last)[1], text: entries.map((e) => `, ${e}`).join('') };
}
const isNull = (node) => node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null);
const listsPip = (seq) => seq.items.some((i) => (0,dist/* isScalar */.jn)(i) && condaNameOf(String(i.value)) === 'pip');
/** The last conda entry other than `pip` itself: new conda entries follow it, ahead of the pip lines. */
const lastCondaEntry = (seq) => seq.items.filter((i) => (0,dist/* isScalar */.jn)(i) && condaNameOf(String(i.value)) !== 'pip').at(-1);
/** Inserts for a block `dependencies:` list, copying the `- ` prefixes of the items they follow. */
function blockListInserts(located, seq, conda, pip, eol) {
    const inserts = [];
    if (conda.length) {
        const after = lastCondaEntry(seq);
        const reference = after ?? seq.items[0];
        const prefix = located.itemPrefix(reference);
        if (prefix === undefined)
            return undefined;
        const scalars = seq.items.filter((i) => (0,dist/* isScalar */.jn)(i) && condaNameOf(String(i.value)) !== 'pip');
        const lines = conda.map((c) => prefix + render(c, scalars, false));
        if (after)
            inserts.push(linesAfter(located, located.lastLine(after), lines, eol));
        else
            inserts.push({ at: located.lines[located.lineAt(rangeOf(reference)[0])].start, text: lines.map((l) => l + eol).join('') });
    }
    if (!pip.length)
        return inserts;
    const section = seq.items.find(isPipSection);
    if (!section) {
        const prefix = located.itemPrefix(seq.items.at(-1));
        if (prefix === undefined)
            return undefined;
        const nested = ' '.repeat(prefix.length + 2);
        const lines = [...(listsPip(seq) ? [] : [prefix + 'pip']), prefix + 'pip:', ...pip.map((p) => `${nested}- ${render(p, [], false)}`)];
        inserts.push(linesAfter(located, located.lastLine(seq.items.at(-1)), lines, eol));
        return inserts;
    }
    const pair = pipPair(section);
    const list = pair.value;
    if ((0,dist/* isSeq */.oP)(list) && list.flow) {
        const insert = afterLastFlowItem(list, pip.map((p) => render(p, list.items, true)));
        return insert ? [...inserts, insert] : undefined; // `pip: []` among block entries: no style to follow
    }
    if ((0,dist/* isSeq */.oP)(list) && list.items.length) {
        const last = list.items.at(-1);
        const prefix = located.itemPrefix(last);
        if (prefix === undefined || !(0,dist/* isScalar */.jn)(last))
            return undefined;
        return [...inserts, linesAfter(located, located.lastLine(last), pip.map((p) => prefix + render(p, list.items, false)), eol)];
    }
    if (!isNull(list))
        return undefined;
    const keyStart = rangeOf(pair.key)[0];
    const nested = ' '.repeat(keyStart - located.lines[located.lineAt(keyStart)].start + 2);
    return [...inserts, linesAfter(located, located.lastLine(pair.key), pip.map((p) => `${nested}- ${render(p, [], false)}`), eol)];
}
/** Inserts for a flow `dependencies: [...]` list, which grows in place; undefined where it cannot. */
function flowListInserts(located, seq, conda, pip) {
    const section = seq.items.find(isPipSection);
    const sectionList = section ? pipPair(section).value : undefined;
    if (section && !((0,dist/* isSeq */.oP)(sectionList) && sectionList.flow))
        return undefined;
    const entries = conda.map((c) => render(c, seq.items, true));
    if (pip.length && !section)
        entries.push(...(listsPip(seq) ? [] : ['pip']), `{pip: [${pip.map((p) => render(p, [], true)).join(', ')}]}`);
    if (seq.items.length === 0) {
        // `[]` or `[ ]`: the brackets are rewritten around the entries.
        const [start, end] = rangeOf(seq);
        return [{ at: start, text: `[${entries.join(', ')}]`, replaces: located.text.lastIndexOf(']', end - 1) + 1 - start }];
    }
    const inserts = [];
    if (pip.length && !section)
        inserts.push(afterLastFlowItem(seq, entries));
    else if (entries.length) {
        const after = lastCondaEntry(seq);
        if (after)
            inserts.push({ at: rangeOf(after)[1], text: entries.map((e) => `, ${e}`).join('') });
        else
            inserts.push({ at: rangeOf(seq.items[0])[0], text: entries.map((e) => `${e}, `).join('') });
    }
    if (pip.length && section) {
        const list = sectionList;
        const insert = afterLastFlowItem(list, pip.map((p) => render(p, list.items, true)));
        if (!insert)
            return undefined; // `{pip: []}`: no style to follow
        inserts.push(insert);
    }
    return inserts;
}
// ---- Adding ----
function addEntries(text, conda, pip, eol, listPrefix) {
    const located = new Located(text);
    const { root, dependencies } = located;
    /** The lines of a whole `dependencies:` list, for a file or key that has none (so no `pip` entry either). */
    const block = () => [
        ...conda.map((c) => listPrefix + render(c, [], false)),
        ...(pip.length ? [listPrefix + 'pip', listPrefix + 'pip:', ...pip.map((p) => `${' '.repeat(listPrefix.length + 2)}- ${render(p, [], false)}`)] : []),
    ];
    let inserts;
    if (located.malformed)
        return undefined;
    if (isNull(root))
        inserts = [linesAfter(located, located.lines.length - 1, ['dependencies:', ...block()], eol)];
    else if (!(0,dist/* isMap */.jh)(root) || (!dependencies && root.flow))
        return undefined; // a list or a scalar is no environment; a flow mapping gets no block key
    else if (!dependencies)
        inserts = [linesAfter(located, located.lastLine(root), ['dependencies:', ...block()], eol)];
    else if (isNull(dependencies.value))
        inserts = [linesAfter(located, located.lastLine(dependencies.key), block(), eol)];
    else if ((0,dist/* isSeq */.oP)(dependencies.value)) {
        inserts = dependencies.value.flow ? flowListInserts(located, dependencies.value, conda, pip) : blockListInserts(located, dependencies.value, conda, pip, eol);
    }
    return inserts && applyInserts(text, inserts);
}
// ---- Removing ----
/** Deletes one entry: its whole line in a block list (its own comment goes with it), `, entry` in a flow list. */
function removeEntry(text, dependency) {
    const located = new Located(text);
    const seq = located.dependencies?.value;
    if (located.malformed || !(0,dist/* isSeq */.oP)(seq))
        return undefined;
    const matches = (item, pipSide) => {
        if (!(0,dist/* isScalar */.jn)(item) || located.lineAt(rangeOf(item)[0]) + 1 !== dependency.line)
            return false;
        const value = String(item.value);
        return pipSide ? pipNameOf(value) === dependency.normalized : condaNameOf(value) === dependency.normalized;
    };
    const pipSide = dependency.ecosystem === 'pypi';
    const lists = pipSide ? seq.items.filter(isPipSection).map((s) => pipPair(s).value).filter((v) => (0,dist/* isSeq */.oP)(v)) : [seq];
    for (const list of lists) {
        const index = list.items.findIndex((i) => matches(i, pipSide));
        if (index < 0)
            continue;
        const item = list.items[index];
        if (!list.flow) {
            if (located.itemPrefix(item) === undefined)
                return undefined;
            return (0,text_lines/* deleteLines */.jN)(text, located.lines, located.lineAt(rangeOf(item)[0]), located.lastLine(item));
        }
        const [start, end] = rangeOf(item);
        if (index > 0)
            return text.slice(0, rangeOf(list.items[index - 1])[1]) + text.slice(end);
        if (list.items.length > 1)
            return text.slice(0, start) + text.slice(rangeOf(list.items[1])[0]);
        return text.slice(0, start) + text.slice(end);
    }
    return undefined;
}
// ---- The edit ----
/** What the file says apart from its dependencies, for checking that an edit left it alone. */
function everythingElse(text) {
    const value = (0,yaml_document/* parseYamlDocument */.Iu)(text).toJS({ maxAliasCount: 100 }) ?? {};
    if (typeof value !== 'object' || Array.isArray(value))
        return JSON.stringify(value);
    const { dependencies: _, ...rest } = value;
    return JSON.stringify(rest);
}
/**
 * Applies `change` to an environment file's text. Packages the file already declares, under either name (`pytorch`
 * for `torch`), are skipped, so applying the same change twice gives the same text.
 */
function editCondaEnvironment(file, text, change, context = {}) {
    const parse = (t) => (0,env_conda/* parseCondaEnvironment */.M)(file, t, context.reader ?? noFiles, { env: context.env ?? {} });
    const parsed = parse(text);
    const own = parsed[0];
    if (own.generated)
        return { status: 'left-alone', reason: regenerateAdvice(own.generated) };
    const broken = own.diagnostics.find((d) => d.severity === 'error' && (d.code === 'conda/syntax' || d.code === 'conda/structure'));
    if (broken)
        return { status: 'left-alone', reason: `malformed: ${file}:${broken.line ?? 1}: ${broken.message}`, diagnostic: broken };
    const declared = new Set(parsed.flatMap((f) => f.dependencies).filter((d) => !d.constraintOnly).map(conda_names/* pypiNameOf */.xb));
    const fresh = (list) => list.filter((a) => {
        if (declared.has(a.pypi))
            return false;
        declared.add(a.pypi);
        return true;
    });
    const conda = fresh(change.conda);
    const pip = fresh(change.pip);
    const removed = own.dependencies.filter((d) => change.remove.some((r) => r.line === d.line && r.pypi === (0,conda_names/* pypiNameOf */.xb)(d)));
    if (!conda.length && !pip.length && !removed.length)
        return { status: 'unchanged' };
    const cannot = { status: 'left-alone', reason: `${file} could not be edited without rewriting what is around the change; edit it by hand` };
    let after = text;
    // Bottom-up, so that the lines of the entries still to remove stay where they were.
    for (const d of [...removed].sort((a, b) => b.line - a.line)) {
        after = removeEntry(after, d);
        if (after === undefined)
            return cannot;
    }
    if (conda.length || pip.length) {
        after = addEntries(after, conda.map((c) => c.text), pip.map((p) => p.text), (0,text_lines/* lineEnding */.En)(text), new Located(text).listPrefix());
        if (after === undefined)
            return cannot;
    }
    // The result must read as the same file with exactly these entries more and fewer.
    const check = parse(after)[0];
    const expected = nameList([
        ...own.dependencies.filter((d) => !removed.includes(d)),
        ...conda.map((c) => ({ normalized: condaNameOf(c.text) ?? c.text, ecosystem: 'conda' })),
        ...pip.map((p) => ({ normalized: p.pypi, ecosystem: 'pypi' })),
    ]);
    // `pip` itself is listed along with a new `pip:` section when the file lacked it.
    const withoutPip = (names) => names.filter((n) => n !== 'conda:pip').join();
    const same = withoutPip(nameList(check.dependencies)) === withoutPip(expected) &&
        noNewProblems(own.diagnostics, check.diagnostics) &&
        !check.generated &&
        everythingElse(after) === everythingElse(text);
    if (!same)
        return cannot;
    const added = [...conda, ...pip];
    return { status: 'edited', text: after, added, removed };
}

// EXTERNAL MODULE: ./shared/env/toml-document.ts + 1 modules
var toml_document = __webpack_require__(9363);
// EXTERNAL MODULE: ./shared/env/ini-file.ts
var ini_file = __webpack_require__(2991);
;// CONCATENATED MODULE: ./shared/package/edit-manifest.ts
// Adds requirements to the files that declare a project's metadata: pyproject.toml (PEP 621 `dependencies`,
// `[project.optional-dependencies]`, PEP 735 `[dependency-groups]`, Poetry's dependency tables), setup.cfg
// (`install_requires`), Pipfile (`[packages]`, `[dev-packages]`), setup.py (a literal `install_requires` list) and
// nbdev's settings.ini (`requirements`).
// Each new entry copies the shape of the entry above it (indentation, quotes, trailing comma), so the file reads as if
// its maintainer had written it; the result is parsed again and must declare exactly what it did plus the additions,
// otherwise the file is left alone with what to add by hand.





/** The group the parser files a section's dependencies under. */
function sectionGroup(section) {
    if (section.format === 'toml-array' && section.path[0] !== 'project')
        return section.path[1];
    if (section.format === 'toml-array' && section.path[1] === 'optional-dependencies')
        return section.path[2];
    if (section.format === 'toml-table' && section.style === 'poetry' && section.path[2] === 'group')
        return section.path[3];
    if (section.format === 'toml-table' && section.style === 'pipfile' && section.path[0] === 'dev-packages')
        return 'dev';
    return 'main';
}
const sectionText = (s) => s.format === 'toml-array' || s.format === 'toml-table'
    ? s.path.map((p) => (/^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p))).join('.')
    : s.format === 'setup.cfg' ? '[options] install_requires' : s.format === 'nbdev' ? '[DEFAULT] requirements' : 'install_requires';
/** Offset just past the bracket that closes the one at `open`, skipping strings and comments (TOML and Python alike). */
function closingBracket(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === '"' || c === "'") {
            const triple = text.startsWith(c.repeat(3), i);
            const quote = triple ? c.repeat(3) : c;
            i += quote.length;
            while (i < text.length && !text.startsWith(quote, i))
                i += text[i] === '\\' && c === '"' ? 2 : 1;
            i += quote.length - 1;
        }
        else if ('[({'.includes(c))
            depth++;
        else if (')]}'.includes(c) && --depth === 0)
            return i;
    }
    return undefined;
}
/** The quote to write a string in: the file's own, unless the text holds it. */
const quoted = (text, quote) => {
    const q = text.includes(quote) ? (quote === '"' ? "'" : '"') : quote;
    return `${q}${text}${q}`;
};
/** Inserts string items into the list literal whose item lines are `itemLines` (or that opens at `open`). */
function insertListItems(text, open, itemLines, items) {
    const close = closingBracket(text, open);
    if (close === undefined)
        return undefined;
    const lines = (0,text_lines/* textLines */.Fy)(text);
    const eol = (0,text_lines/* lineEnding */.En)(text);
    const last = itemLines.length ? lines[Math.max(...itemLines) - 1] : undefined;
    const lastItem = last && /^(\s*)(["'])/.exec(last.text);
    // One item per line, the bracket closing on a later line: a new line per item, shaped like the last one.
    const quotes = (line, quote) => line.split('').filter((c, i) => c === quote && line[i - 1] !== '\\').length;
    if (last && lastItem && last.next <= close && quotes(last.text.replace(/\s#.*$/, ''), lastItem[2]) === 2) {
        const [, indent, quote] = lastItem;
        const afterString = text.indexOf(quote, last.start + indent.length + 1) + 1;
        const hasComma = /^\s*,/.test(text.slice(afterString, last.end));
        const withComma = hasComma ? text : text.slice(0, afterString) + ',' + text.slice(afterString);
        const shift = hasComma ? 0 : 1;
        return (0,text_lines/* insertLines */.FN)(withComma, last.next + shift, items.map((i) => `${indent}${quoted(i, quote)},`), eol);
    }
    // An empty list: open it up, one item per line.
    if (!itemLines.length) {
        if (text.slice(open + 1, close).trim() !== '')
            return undefined;
        const lineStart = text.lastIndexOf('\n', open) + 1;
        const indent = /^\s*/.exec(text.slice(lineStart))[0];
        return text.slice(0, open + 1) + eol + items.map((i) => `${indent}    ${quoted(i, '"')},${eol}`).join('') + indent + text.slice(close);
    }
    // Items on the bracket's line: add them before it.
    const before = text.slice(0, close);
    const trimmed = before.trimEnd();
    const quote = /["']/.exec(text.slice(open))?.[0] ?? '"';
    const joined = items.map((i) => quoted(i, quote)).join(', ');
    return trimmed.endsWith(',') ? `${trimmed} ${joined},${before.slice(trimmed.length)}${text.slice(close)}` : `${trimmed}, ${joined}${before.slice(trimmed.length)}${text.slice(close)}`;
}
/** The offset just past the last line with content in the table whose header is on `headerLine` (1-based). */
function tableEnd(text, headerLine) {
    const lines = (0,text_lines/* textLines */.Fy)(text);
    let end = lines[headerLine - 1].next;
    for (let i = headerLine; i < lines.length; i++) {
        const t = lines[i].text.trim();
        if (/^\[/.test(t))
            break;
        if (t !== '' && !t.startsWith('#'))
            end = lines[i].next;
    }
    return end;
}
const tomlKey = (name) => (/^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name));
/** `name = "spec"` for Poetry and Pipfile tables; undefined for what a table entry cannot say simply (a URL). */
function tableEntry(a, style) {
    if (/@/.test(a.specifier))
        return undefined;
    const version = JSON.stringify(a.specifier || '*');
    if (!a.extras.length && !a.marker)
        return `${tomlKey(a.name)} = ${version}`;
    const parts = [`version = ${version}`];
    if (a.extras.length)
        parts.push(`extras = [${a.extras.map((e) => JSON.stringify(e)).join(', ')}]`);
    if (a.marker)
        parts.push(`${style === 'poetry' ? 'markers' : 'markers'} = ${JSON.stringify(a.marker)}`);
    return `${tomlKey(a.name)} = { ${parts.join(', ')} }`;
}
function editToml(text, file, section, additions) {
    const doc = (0,toml_document/* readTomlDocument */.Yh)(file, text, 'pyproject');
    const eol = (0,text_lines/* lineEnding */.En)(text);
    const path = section.path;
    const value = (0,toml_document/* tomlGet */.Fj)(doc.data, path);
    if (section.format === 'toml-table') {
        const entries = additions.map((a) => tableEntry(a, section.style));
        if (entries.some((e) => e === undefined))
            return undefined;
        if (value === undefined)
            return `${text}${/[\r\n]$/.test(text) || text === '' ? '' : eol}${eol}[${section.path.map(tomlKey).join('.')}]${eol}${entries.join(eol)}${eol}`;
        if (!(0,toml_document/* isTable */.bI)(value))
            return undefined;
        const header = doc.lines.line(path);
        if (header === undefined || !/^\s*\[/.test((0,text_lines/* textLines */.Fy)(text)[header - 1]?.text ?? ''))
            return undefined;
        return (0,text_lines/* insertLines */.FN)(text, tableEnd(text, header), entries, eol);
    }
    const items = additions.map((a) => a.text);
    if (value === undefined) {
        // A new key at the end of its table (`[project]`, `[project.optional-dependencies]`, `[dependency-groups]`).
        const parent = path.slice(0, -1);
        const key = tomlKey(section.path[section.path.length - 1]);
        const entry = [`${key} = [`, ...items.map((i) => `    ${quoted(i, '"')},`), ']'];
        const parentValue = (0,toml_document/* tomlGet */.Fj)(doc.data, parent);
        const header = parent.length ? doc.lines.line(parent) : undefined;
        if (parentValue === undefined && parent.length)
            return `${text}${/[\r\n]$/.test(text) || text === '' ? '' : eol}${eol}[${section.path.slice(0, -1).map(tomlKey).join('.')}]${eol}${entry.join(eol)}${eol}`;
        if (!(0,toml_document/* isTable */.bI)(parentValue) || header === undefined || !/^\s*\[/.test((0,text_lines/* textLines */.Fy)(text)[header - 1]?.text ?? ''))
            return undefined;
        return (0,text_lines/* insertLines */.FN)(text, tableEnd(text, header), entry, eol);
    }
    if (!Array.isArray(value))
        return undefined;
    const keyLine = doc.lines.line(path);
    if (keyLine === undefined)
        return undefined;
    const lines = (0,text_lines/* textLines */.Fy)(text);
    const open = text.indexOf('[', text.indexOf('=', lines[keyLine - 1].start));
    if (open < 0)
        return undefined;
    const itemLines = value.map((_, i) => doc.lines.line([...path, i])).filter((l) => l !== undefined);
    return insertListItems(text, open, itemLines, items);
}
/** setup.cfg: a new line under the last requirement of a multi-line `install_requires`, indented like it. */
function editSetupCfg(text, main, additions) {
    if (!main.length)
        return undefined;
    const lines = (0,text_lines/* textLines */.Fy)(text);
    const last = lines[Math.max(...main.map((d) => d.line)) - 1];
    const indent = last && /^(\s+)\S/.exec(last.text)?.[1];
    if (!last || !indent)
        return undefined; // a one-line value: setuptools would split a second requirement at `;`
    return (0,text_lines/* insertLines */.FN)(text, last.next, additions.map((a) => `${indent}${a.text}`), (0,text_lines/* lineEnding */.En)(text));
}
/**
 * nbdev's settings.ini: the additions at the end of the `requirements` value (setup.py splits it at whitespace, so a
 * requirement holding a space cannot go there), or a `requirements` line after `lib_name` when there is none.
 */
function editNbdevSettings(text, additions) {
    if (additions.some((a) => /\s/.test(a.text)))
        return undefined;
    const defaults = (0,ini_file/* readIni */.$)(text).sections.get('DEFAULT');
    const words = additions.map((a) => a.text).join(' ');
    const lines = (0,text_lines/* textLines */.Fy)(text);
    const requirements = defaults?.options.get('requirements');
    if (requirements) {
        const last = lines[requirements.lines[requirements.lines.length - 1].line - 1];
        const end = last.start + last.text.length;
        return `${text.slice(0, end)}${last.text.trim() === '' || /=\s*$/.test(last.text) ? '' : ' '}${words}${text.slice(end)}`;
    }
    const name = defaults?.options.get('lib_name');
    if (!name)
        return undefined;
    return (0,text_lines/* insertLines */.FN)(text, lines[name.line - 1].next, [`requirements = ${words}`], (0,text_lines/* lineEnding */.En)(text));
}
/** setup.py: items after the last requirement of the literal list, when each sits on its own line. */
function editSetupPy(text, main, additions) {
    if (!main.length)
        return undefined;
    const lines = (0,text_lines/* textLines */.Fy)(text);
    const lastLine = Math.max(...main.map((d) => d.line));
    // The list's opening bracket: the nearest `[` before the first requirement.
    const first = lines[Math.min(...main.map((d) => d.line)) - 1];
    const open = text.lastIndexOf('[', first.start + (/^\s*/.exec(first.text)?.[0].length ?? 0));
    if (open < 0)
        return undefined;
    const close = closingBracket(text, open);
    if (close === undefined || close < lines[lastLine - 1].start)
        return undefined;
    return insertListItems(text, open, [lastLine], additions.map((a) => a.text));
}
/**
 * Adds `additions` to `section` of a manifest. Additions the file declares already (in any group) are skipped, so
 * a second run gives the same text.
 */
function editManifest(file, kind, text, section, additions, context) {
    const parse = (t) => (0,load_environment/* parsePackagingFile */.n)(file, kind, { read: (p) => (p === file ? t : context.reader.read(p)) }, context.env).files.find((f) => f.path === file);
    const parsed = parse(text);
    if (!parsed)
        return { status: 'left-alone', reason: `${file} could not be read` };
    const syntax = parsed.diagnostics.find((d) => d.severity === 'error');
    if (syntax)
        return { status: 'left-alone', reason: `malformed: ${file}:${syntax.line ?? 1}: ${syntax.message}`, diagnostic: syntax };
    const group = sectionGroup(section);
    const declared = new Set(parsed.dependencies.filter((d) => d.group === group || group === 'main').map((d) => d.normalized));
    const added = additions.filter((a, i) => !declared.has(a.pypi) && additions.findIndex((b) => b.pypi === a.pypi) === i);
    if (!added.length)
        return { status: 'unchanged' };
    const main = parsed.dependencies.filter((d) => d.group === 'main');
    let after;
    try {
        if (section.format === 'toml-array' || section.format === 'toml-table')
            after = editToml(text, file, section, added);
        else if (section.format === 'setup.cfg')
            after = editSetupCfg(text, main, added);
        else if (section.format === 'nbdev')
            after = editNbdevSettings(text, added);
        else
            after = editSetupPy(text, main, added);
    }
    catch {
        after = undefined;
    }
    const byHand = { status: 'left-alone', reason: `add ${added.map((a) => a.text).join(', ')} to ${sectionText(section)} in ${file} by hand: package-env found no list it could extend without changing anything else` };
    if (after === undefined)
        return byHand;
    // The result must declare exactly what the file did, plus the additions in their group, and no new problems.
    const check = parse(after);
    const expected = nameList([...parsed.dependencies, ...added.map((a) => ({ normalized: a.pypi, ecosystem: 'pypi' }))]);
    const inGroup = new Set(check?.dependencies.filter((d) => d.group === group).map((d) => d.normalized));
    if (!check || nameList(check.dependencies).join() !== expected.join() || !added.every((a) => inGroup.has(a.pypi)) || !noNewProblems(parsed.diagnostics, check.diagnostics))
        return byHand;
    return { status: 'edited', text: after, added, removed: [] };
}
const asTable = (v) => ((0,toml_document/* isTable */.bI)(v) ? v : undefined);
function tomlData(file, text) {
    try {
        return (0,toml_document/* readTomlDocument */.Yh)(file, text, 'pyproject').data;
    }
    catch {
        return undefined;
    }
}
/**
 * The section of a manifest that holds the runtime dependencies, or undefined when it holds none that package-env
 * may extend (pyproject's dependencies are `dynamic`, read from a requirements file, which is edited instead).
 * `declares` says whether the section lists any dependency yet.
 */
function runtimeSection(file, text) {
    const main = file.dependencies.some((d) => d.group === 'main');
    switch (file.kind) {
        case 'pyproject': {
            const data = tomlData(file.path, text);
            const project = asTable(data?.project);
            const poetry = asTable(asTable(asTable(data?.tool)?.poetry)?.dependencies);
            if (project && Array.isArray(project.dependencies))
                return { section: { format: 'toml-array', path: ['project', 'dependencies'] }, declares: main };
            if (project && Array.isArray(project.dynamic) && project.dynamic.includes('dependencies'))
                return undefined;
            if (poetry)
                return { section: { format: 'toml-table', path: ['tool', 'poetry', 'dependencies'], style: 'poetry' }, declares: main };
            if (project)
                return { section: { format: 'toml-array', path: ['project', 'dependencies'] }, declares: false };
            return undefined;
        }
        case 'pipfile':
            return { section: { format: 'toml-table', path: ['packages'], style: 'pipfile' }, declares: main };
        case 'setup.cfg':
            return main ? { section: { format: 'setup.cfg' }, declares: true } : undefined;
        case 'setup.py':
            return main ? { section: { format: 'setup.py' }, declares: true } : undefined;
        case 'nbdev':
            return { section: { format: 'nbdev' }, declares: main };
        default:
            return undefined;
    }
}
const groupNames = { test: ['test', 'tests', 'testing', 'dev'], docs: ['docs', 'doc', 'documentation'] };
/**
 * Where an optional group for test-only or docs-only imports, or an extra for an optional import, lives in this
 * manifest: the group the file already has under one of the usual names, else a new one. Undefined where the format
 * has no such group (setup.py, setup.cfg; a Poetry extra needs `optional = true` entries, which is left to people).
 */
function optionalSection(file, text, fits, distribution) {
    if (file.kind === 'pipfile')
        return fits === 'test' ? { format: 'toml-table', path: ['dev-packages'], style: 'pipfile' } : undefined;
    if (file.kind !== 'pyproject')
        return undefined;
    const data = tomlData(file.path, text);
    const project = asTable(data?.project);
    const poetry = asTable(asTable(data?.tool)?.poetry);
    const pick = (existing) => (fits === 'extra' ? undefined : groupNames[fits].find((n) => existing && Object.hasOwn(existing, n)) ?? fits);
    if (fits === 'extra') {
        if (!project || (Array.isArray(project.dynamic) && project.dynamic.includes('optional-dependencies')))
            return undefined;
        return { format: 'toml-array', path: ['project', 'optional-dependencies', distribution.toLowerCase().replace(/[-_.]+/g, '-')] };
    }
    const groups = asTable(data?.['dependency-groups']);
    if (groups)
        return { format: 'toml-array', path: ['dependency-groups', pick(groups)] };
    if (poetry && asTable(poetry.dependencies))
        return { format: 'toml-table', path: ['tool', 'poetry', 'group', pick(asTable(poetry.group)), 'dependencies'], style: 'poetry' };
    if (project && !(Array.isArray(project.dynamic) && project.dynamic.includes('optional-dependencies'))) {
        return { format: 'toml-array', path: ['project', 'optional-dependencies', pick(asTable(project['optional-dependencies']))] };
    }
    return undefined;
}

// EXTERNAL MODULE: ./shared/env/requirements.ts + 1 modules
var requirements = __webpack_require__(4037);
;// CONCATENATED MODULE: ./shared/package/edit-requirements.ts
// Adds and removes requirements in a pip requirements file by touching only the lines concerned: comments, order,
// blank lines, options (`-i`, `--extra-index-url`, `-e .`), continuations, the line ending and a missing final
// newline all stay as the user wrote them. New requirements go after the last requirement, under one marker
// comment. Files a tool wrote (pip-compile, uv, hashes) are left to that tool.




const addedMarker = '# added by ml-hub package-env';
const edit_requirements_noFiles = { read: () => undefined };
function parse(file, text, context) {
    const [own, ...included] = (0,requirements/* parseRequirementsText */.XW)(text.replace(/^\uFEFF/, ''), file, context.reader ?? edit_requirements_noFiles, { env: context.env ?? {} });
    return { own: own, all: [own, ...included] };
}
const isComment = (line) => /^\s*#/.test(line.replace(/^\uFEFF/, ''));
const isBlank = (line) => line.replace(/^\uFEFF/, '').trim() === '';
/** Logical lines as pip joins them: a line ending in `\` (not a comment) runs on into the next. */
function logicalGroups(lines) {
    const groups = [];
    let first;
    lines.forEach((line, i) => {
        const continues = line.text.endsWith('\\') && !isComment(line.text);
        first ??= i;
        if (!continues) {
            groups.push({ first, last: i });
            first = undefined;
        }
    });
    if (first !== undefined)
        groups.push({ first, last: lines.length - 1 });
    return groups;
}
/** Comment headers of sections people keep for what is not installed by default. */
const optionalHeader = /\b(deploy\w*|export\w*|extras?|optional|dev|develop\w*|tests?|testing|docs?|documentation|logging|plotting|lint\w*|benchmarks?)\b/i;
const runtimeHeader = /\b(base|core|runtime|main|install|required|requirements|dependencies)\b/i;
/**
 * After the last requirement or option line; else after the last comment; else the start of the file. A file split
 * into sections by comment headers (`# Base ----`, `# Deploy ----`) gets its additions at the end of the section that
 * holds the runtime requirements, not in a trailing optional or deploy block.
 */
function insertionPoint(lines) {
    const groups = logicalGroups(lines);
    const isContent = (g) => !isBlank(lines[g.first].text) && !isComment(lines[g.first].text);
    const sections = [{}];
    for (const g of groups) {
        const text = lines[g.first].text;
        if (isContent(g))
            sections[sections.length - 1].last = g;
        else if (isComment(text) && !commentedOutName(text))
            sections.push({ header: text });
    }
    const withContent = sections.filter((s) => s.last);
    const lastSection = withContent[withContent.length - 1];
    if (lastSection?.header && optionalHeader.test(lastSection.header)) {
        const runtime = withContent.find((s) => s.header && runtimeHeader.test(s.header)) ?? withContent.filter((s) => !s.header || !optionalHeader.test(s.header)).pop();
        if (runtime)
            return lines[runtime.last.last].next;
    }
    const content = groups.filter(isContent).pop();
    if (content)
        return lines[content.last].next;
    const lastText = lines.findLastIndex((l) => !isBlank(l.text));
    return lastText >= 0 ? lines[lastText].next : 0;
}
function removeRequirements(text, lineNumbers) {
    let out = text;
    // Bottom-up, so that earlier line numbers stay valid.
    for (const n of [...new Set(lineNumbers)].sort((a, b) => b - a)) {
        const lines = (0,text_lines/* textLines */.Fy)(out);
        const group = logicalGroups(lines).find((g) => g.first === n - 1);
        if (group)
            out = (0,text_lines/* deleteLines */.jN)(out, lines, group.first, group.last);
    }
    return out;
}
/**
 * Applies `change` to a requirements file's text (undefined: the file does not exist yet). Additions the file (or
 * a file it includes) already declares are skipped, so applying the same change twice gives the same text.
 */
function editRequirements(file, text, change, context = {}) {
    const before = text ?? '';
    const parsed = parse(file, before, context);
    if (parsed.own.generated)
        return { status: 'left-alone', reason: regenerateAdvice(parsed.own.generated) };
    const syntax = parsed.own.diagnostics.find((d) => d.code === 'requirements/syntax' && d.severity === 'error');
    if (syntax)
        return { status: 'left-alone', reason: `malformed: ${file}:${syntax.line ?? 1}: ${syntax.message}`, diagnostic: syntax };
    const declared = new Set(parsed.all.flatMap((f) => f.dependencies).filter((d) => !d.constraintOnly).map((d) => d.normalized));
    const added = [];
    for (const a of change.add) {
        if (declared.has(a.pypi))
            continue;
        declared.add(a.pypi);
        added.push(a);
    }
    const removed = parsed.own.dependencies.filter((d) => change.remove.some((r) => r.line === d.line && r.pypi === d.normalized));
    if (added.length === 0 && removed.length === 0)
        return { status: 'unchanged' };
    let after = removeRequirements(before, removed.map((d) => d.line));
    if (added.length) {
        const lines = (0,text_lines/* textLines */.Fy)(after);
        const marker = lines.some((l) => l.text.trim() === addedMarker) ? [] : [addedMarker];
        after = (0,text_lines/* insertLines */.FN)(after, insertionPoint(lines), [...marker, ...added.map((a) => a.text)], (0,text_lines/* lineEnding */.En)(before));
    }
    // The result must read as the same file with exactly these requirements more and fewer, and no new problems.
    const check = parse(file, after, context);
    const expected = nameList([
        ...parsed.own.dependencies.filter((d) => !removed.includes(d)),
        ...added.map((a) => ({ normalized: a.pypi, ecosystem: 'pypi' })),
    ]);
    if (nameList(check.own.dependencies).join() !== expected.join() || !noNewProblems(parsed.own.diagnostics, check.own.diagnostics) || check.own.generated) {
        return { status: 'left-alone', reason: `${file} could not be edited without changing what else it declares; add ${added.map((a) => a.text).join(', ')} by hand` };
    }
    return { status: 'edited', text: after, added, removed };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./shared/env/python-version.ts
var python_version = __webpack_require__(9635);
// EXTERNAL MODULE: ./shared/machine/units.ts
var machine_units = __webpack_require__(275);
;// CONCATENATED MODULE: ./shared/package/devcontainer.ts
// .devcontainer/devcontainer.json, so that the Codespaces link the generated setup.py prints opens on a machine that
// fits and recreates the environment. A new file gets an image with the declared Python and a postCreateCommand; an
// existing one is the user's: only the hostRequirements keys the record sets are edited, in place, comments kept.





const devcontainerPath = '.devcontainer/devcontainer.json';
/** hostRequirements for the record: sizes as whole GB (`16gb`), which is how Codespaces matches machine types. */
function hostRequirementsFor(requirements, options = {}) {
    const host = {};
    if (requirements.cpus)
        host.cpus = requirements.cpus;
    if (requirements.memory)
        host.memory = `${(0,machine_units/* nominalGb */._h)(requirements.memory)}gb`;
    if (requirements.disk)
        host.storage = `${(0,machine_units/* nominalGb */._h)(requirements.disk)}gb`;
    if (requirements.gpu)
        host.gpu = true;
    else if (options.gpu === 'optional')
        host.gpu = 'optional';
    return host;
}
/** `mcr.microsoft.com/devcontainers/python:3.11` for `3.11`, `>=3.11` or `~=3.11.4`; the current Python 3 otherwise. */
function pythonImage(python) {
    const version = python ? /(\d+)\.(\d+)/.exec((0,python_version/* requiredPythonSpecifier */.ci)(python)) : null;
    return `mcr.microsoft.com/devcontainers/python:${version ? `${version[1]}.${version[2]}` : '3'}`;
}
function newDevcontainer(root, requirements, options) {
    const environmentFile = ['environment.yml', 'environment.yaml'].find((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, f)));
    const config = { name: external_node_path_default().basename(external_node_path_default().resolve(root)), image: pythonImage(requirements.python) };
    const host = hostRequirementsFor(requirements, options);
    if (Object.keys(host).length)
        config.hostRequirements = host;
    // Array commands run without a shell.
    if (environmentFile) {
        config.features = { 'ghcr.io/devcontainers/features/conda:1': {} };
        config.postCreateCommand = ['conda', 'env', 'create', '-f', environmentFile];
    }
    else if ((0,external_node_fs_.existsSync)(external_node_path_default().join(root, 'requirements.txt'))) {
        config.postCreateCommand = ['python', '-m', 'pip', 'install', '-r', 'requirements.txt'];
    }
    return `// Written by ml-hub package-env. Edit freely: ml-hub only keeps hostRequirements in step with the requirements record.\n${JSON.stringify(config, null, 2)}\n`;
}
/** Indentation and line endings of the user's file, so that inserted keys look like theirs. */
function formattingOf(text) {
    const indents = [...text.matchAll(/^([ \t]+)\S/gm)].map((m) => m[1]);
    const tabs = indents.length > 0 && indents[0].startsWith('\t');
    const spaces = indents.filter((i) => !i.includes('\t')).map((i) => i.length);
    return { insertSpaces: !tabs, tabSize: tabs ? 1 : spaces.length ? Math.min(...spaces) : 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}
const same = (a, b) => typeof a === 'string' && typeof b === 'string' ? a.replace(/\s+/g, '').toLowerCase() === b.toLowerCase() : a === b;
/**
 * The devcontainer.json edit for the record; undefined when nothing changes (or the record asks for nothing and the
 * file exists). `existingText` is the current `.devcontainer/devcontainer.json`, if any.
 */
function planDevcontainer(root, requirements, existingText, options = {}) {
    if (existingText === undefined) {
        const host = hostRequirementsFor(requirements, options);
        const reasons = ['generated .devcontainer/devcontainer.json so that Codespaces recreates the environment'];
        if (Object.keys(host).length)
            reasons.push(`hostRequirements ${JSON.stringify(host)} from the requirements record`);
        return { path: devcontainerPath, after: newDevcontainer(root, requirements, options), reasons };
    }
    const errors = [];
    const config = (0,main.parse)(existingText, errors, { allowTrailingComma: true });
    if (errors.length) {
        const e = errors[0];
        const line = existingText.slice(0, e.offset).split('\n').length;
        return { path: devcontainerPath, reason: `devcontainer.json cannot be read (${(0,main.printParseErrorCode)(e.error)} on line ${line}), so package-env leaves it as it is` };
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
        return { path: devcontainerPath, reason: 'devcontainer.json is not a JSON object, so package-env leaves it as it is' };
    }
    const current = config.hostRequirements;
    const existing = typeof current === 'object' && current !== null && !Array.isArray(current) ? current : undefined;
    const formattingOptions = formattingOf(existingText);
    let text = existingText;
    const reasons = [];
    for (const [key, value] of Object.entries(hostRequirementsFor(requirements, options))) {
        if (same(existing?.[key], value))
            continue;
        // Separate modify() results must not be merged: apply each before computing the next.
        const target = existing ? ['hostRequirements', key] : ['hostRequirements'];
        const newValue = existing ? value : hostRequirementsFor(requirements, options);
        text = (0,main.applyEdits)(text, (0,main.modify)(text, target, newValue, { formattingOptions }));
        if (!existing) {
            reasons.push(`added hostRequirements ${JSON.stringify(newValue)} from the requirements record`);
            break;
        }
        reasons.push(`hostRequirements.${key}: ${existing[key] === undefined ? 'unset' : JSON.stringify(existing[key])} → ${JSON.stringify(value)}`);
    }
    return text === existingText ? undefined : { path: devcontainerPath, before: existingText, after: text, reasons };
}

;// CONCATENATED MODULE: ./shared/package/package-entries.ts
// A package package-env means to declare, and how it is written on each side: a pip requirement line, or a conda
// entry under its conda name. Conda gets the package only when conda-forge has it under a name the bundled table
// knows and the constraint translates exactly; otherwise it goes to the environment's `pip:` section.




const condaNamesKnown = new Set((0,conda_names/* knownCondaNames */.np)());
/** setup.py runs when the project is built, not when it runs: what only it imports (setuptools) is no runtime need. */
function onlyBuildScriptImports(locations) {
    return locations.length > 0 && locations.every((l) => l.file === 'setup.py');
}
/** The package as a dependency of another file declares it. */
function wantedFromDependency(d, because) {
    if (d.ecosystem === 'pypi') {
        return { pypi: d.normalized, name: d.name, extras: d.extras, specifier: d.specifier, marker: d.marker, url: d.url, because };
    }
    const pypi = (0,pep508/* normalizeName */.Pc)((0,conda_names/* condaToPypi */.tQ)(d.normalized) ?? d.normalized);
    return {
        pypi,
        name: pypi,
        extras: [],
        specifier: condaToPep440(d.specifier) ?? '',
        conda: { name: d.name, version: d.specifier, ...(d.channel ? { channel: d.channel } : {}) },
        because,
    };
}
/** `name[extras]>=1; marker`, or `name @ url ; marker`. */
function requirementLine(w) {
    const extras = w.extras.length ? `[${w.extras.join(',')}]` : '';
    const version = w.url ? ` @ ${w.url}` : w.specifier;
    const marker = w.marker ? `${w.url ? ' ' : ''}; ${w.marker}` : '';
    return { text: `${w.name}${extras}${version}${marker}`, name: w.name, specifier: w.url ? `@ ${w.url}` : w.specifier, ecosystem: 'pypi' };
}
/** A conda MatchSpec for a conda name and a conda version spec, in the spelling people write. */
function condaSpelling(name, version) {
    if (version === '')
        return name;
    if (/^[<>=!~]/.test(version))
        return name + version;
    const line = /^([^,|*]+)\.\*$/.exec(version);
    return line ? `${name}=${line[1]}` : `${name} ${version}`;
}
/** The conda entry for the package; undefined when it belongs in the `pip:` section. */
function condaEntry(w) {
    if (w.conda) {
        const text = (w.conda.channel ? `${w.conda.channel}::` : '') + condaSpelling(w.conda.name, w.conda.version);
        try {
            const spec = (0,conda_matchspec/* parseMatchSpec */.I0)(text);
            if (spec.name === w.conda.name && spec.version === w.conda.version)
                return { text, name: w.conda.name, specifier: w.conda.version, ecosystem: 'conda' };
        }
        catch (e) {
            if (!(e instanceof conda_matchspec/* MatchSpecError */.PX))
                throw e;
        }
    }
    if (w.extras.length || w.marker || w.url)
        return undefined;
    const name = (0,conda_names/* pypiToConda */.XA)(w.pypi);
    if (name === undefined || !condaNamesKnown.has(name))
        return undefined;
    const text = pep440ToCondaEntry(name, w.specifier);
    return text === undefined ? undefined : { text, name, specifier: (0,conda_matchspec/* parseMatchSpec */.I0)(text).version, ecosystem: 'conda' };
}

;// CONCATENATED MODULE: ./shared/machine/codespaces.ts
// GitHub Codespaces machine types, the smallest one that fits a requirements record, and the link that opens a
// codespace on it. The generated setup.py embeds this table (setup-py.ts renders it from here), so the script and the
// actions always suggest the same machine.

/** Smallest first. GitHub's GPU machine types were a closed preview and are not offered to accounts generally. */
const codespacesMachines = [
    { name: 'basicLinux32gb', cpus: 2, memoryGb: 8, storageGb: 32 },
    { name: 'standardLinux32gb', cpus: 4, memoryGb: 16, storageGb: 32 },
    { name: 'premiumLinux', cpus: 8, memoryGb: 32, storageGb: 64 },
    { name: 'largePremiumLinux', cpus: 16, memoryGb: 64, storageGb: 128 },
    { name: 'xLargePremiumLinux', cpus: 32, memoryGb: 128, storageGb: 256 },
];
function codespacesMachineFor(requirements) {
    if ((requirements.gpu ?? 0) > 0)
        return undefined;
    const memory = nominalGb(requirements.memory ?? 0);
    const storage = nominalGb(requirements.disk ?? 0);
    return codespacesMachines.find((m) => m.cpus >= (requirements.cpus ?? 0) && m.memoryGb >= memory && m.storageGb >= storage);
}
/** Why no machine fits, for a person; undefined when one does. */
function codespacesShortfall(requirements) {
    if (codespacesMachineFor(requirements))
        return undefined;
    if ((requirements.gpu ?? 0) > 0)
        return 'GitHub Codespaces has no generally available GPU machines, so it cannot meet the GPU requirement';
    const largest = codespacesMachines[codespacesMachines.length - 1];
    return `no GitHub Codespaces machine is that large (the largest, ${describeMachine(largest)})`;
}
function describeMachine(m) {
    return `${m.name}: ${m.cpus} cores, ${m.memoryGb} GB RAM, ${m.storageGb} GB storage`;
}
/**
 * `https://codespaces.new/OWNER/REPO[/tree/REF][?machine=NAME]`: GitHub's link to the codespace creation page, with
 * the branch and machine type chosen.
 */
function codespacesLink(repository, machine, ref) {
    const [owner, name] = repository.split('/');
    if (!owner || !name)
        throw new Error(`expected a repository as owner/name, got ${JSON.stringify(repository)}`);
    let url = `https://codespaces.new/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
    if (ref)
        url += `/tree/${ref.split('/').map(encodeURIComponent).join('/')}`;
    const machineName = typeof machine === 'string' ? machine : machine?.name;
    if (machineName)
        url += `?machine=${encodeURIComponent(machineName)}`;
    return url;
}

;// CONCATENATED MODULE: ./shared/package/setup-py.ts
// The setup.py package-env generates (Scenario 2: `python setup.py` after `git clone` recreates the environment, or
// says what the machine lacks and where to run instead). The script itself is assets/bootstrap_setup.py, a real Python
// file (standard library only, Python 3.8+; CI compiles it, `__tests__/integration/setup-py-bootstrap.test.ts` runs
// it); this module puts the project's data between its `ml-hub data` lines and decides whether an existing setup.py may
// be replaced. ncc copies the file beside each bundle that imports this module.
//
// The script's machine check repeats shared/machine (units.ts, check-requirements.ts) and env/python-version.ts line for line,
// and its ml-hub.yml reader repeats config.ts's `requirements` rules; the tests compare both sides on the same inputs.





/** The line that marks a setup.py as generated, so that package-env may regenerate it. */
const setupPyMarker = '# ml-hub: generated setup.py';
const scriptFile = 'assets/bootstrap_setup.py';
const dataBegin = '# ml-hub data begin';
const dataEnd = '# ml-hub data end\n';
/** The script around its stand-in data: what goes before the project's data, and what after. */
function loadScript() {
    // ncc copies the file as it is only while it can parse this module: no `??=` and the like here (the bundle's test
    // in cli-package-env.test.ts compares what it writes with this module's output).
    const text = (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "bootstrap_setup.py", 'utf8');
    const begin = text.indexOf(`\n${dataBegin}`) + 1;
    const end = text.indexOf(`\n${dataEnd}`, begin);
    if (!begin || end < 0)
        throw new Error(`${scriptFile}: no "${dataBegin}" … "${dataEnd.trim()}" lines around the project's data`);
    if (!isGeneratedSetupPy(text))
        throw new Error(`${scriptFile}: no "${setupPyMarker}" line among the first lines`);
    return { head: text.slice(0, begin), tail: text.slice(end + 1 + dataEnd.length) };
}
let script;
/** A Python literal for JSON-like data. JSON string escapes are all valid in Python string literals. */
function pythonLiteral(value) {
    if (value === undefined || value === null)
        return 'None';
    if (value === true)
        return 'True';
    if (value === false)
        return 'False';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new Error(`no Python literal for ${value}`);
        return String(value);
    }
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(pythonLiteral).join(', ')}]`;
    return `{${Object.entries(value)
        .map(([k, v]) => `${JSON.stringify(k)}: ${pythonLiteral(v)}`)
        .join(', ')}}`;
}
/** PEP 508 names: letters, digits and `._-`, starting and ending with a letter or digit. */
function distributionName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '') || 'project';
}
/** One `key: value` per line, so that a regenerated file's reasons can name what changed. */
function pythonDict(name, entries) {
    if (!entries.length)
        return `${name} = {}`;
    return [`${name} = {`, ...entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${pythonLiteral(v)},`), '}'].join('\n');
}
function renderSetupPy(options) {
    const record = options.requirements ?? {};
    const pythonRequires = options.pythonRequires ?? (record.python ? (0,python_version/* requiredPythonSpecifier */.ci)(record.python) : undefined);
    const data = [
        '# What package-env recorded when it generated this file.',
        pythonDict('PROJECT', [
            ['name', distributionName(options.name)],
            ['version', options.version ?? '0.1.0'],
            ['python_requires', pythonRequires],
            ['repository', options.repository],
            ['train_workflow', options.trainWorkflow],
        ]),
        '# The requirements record (.github/ml-hub.yml `requirements:`): memory and disk in bytes.',
        pythonDict('RECORDED_REQUIREMENTS', ['cpus', 'memory', 'disk', 'gpu', 'python'].filter((k) => record[k] !== undefined).map((k) => [k, record[k]])),
        '# GitHub Codespaces machine types, smallest first: name, cores, GB of RAM, GB of storage.',
        'CODESPACES_MACHINES = [',
        ...codespacesMachines.map((m) => `    (${pythonLiteral(m.name)}, ${m.cpus}, ${m.memoryGb}, ${m.storageGb}),`),
        ']',
    ].join('\n');
    if (!script)
        script = loadScript();
    return `${script.head}${data}\n${script.tail}`;
}
function isGeneratedSetupPy(text) {
    return text.split(/\r?\n/, 5).some((line) => line.startsWith(setupPyMarker));
}
/** What the record asks for, in words, for the reasons line. */
function describeRequirements(r) {
    const parts = [];
    if (r.cpus)
        parts.push(`${r.cpus} CPU cores`);
    if (r.memory)
        parts.push(`${(0,machine_units/* formatGb */.fq)(r.memory, 'up')} GB memory`);
    if (r.disk)
        parts.push(`${(0,machine_units/* formatGb */.fq)(r.disk, 'up')} GB free disk`);
    if (r.gpu)
        parts.push(`${r.gpu} NVIDIA GPU${r.gpu === 1 ? '' : 's'}`);
    if (r.python)
        parts.push(`Python ${(0,python_version/* requiredPythonSpecifier */.ci)(r.python)}`);
    return parts.join(', ');
}
function readIfExists(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** The lines of the recorded data that differ: `"python_requires": ">=3.10"` → `">=3.11"`. */
function dataChanges(before, after) {
    const data = (text) => {
        const entries = new Map();
        let block = '';
        for (const line of text.split(/\r?\n/)) {
            const open = /^([A-Z_]+) = \{\}?$/.exec(line);
            if (open)
                block = line.endsWith('{}') ? '' : open[1];
            else if (line === '}')
                block = '';
            else if (block) {
                const m = /^\s+"([^"]+)": (.*),$/.exec(line);
                if (m)
                    entries.set(`${block === 'PROJECT' ? '' : 'requirements.'}${m[1]}`, m[2]);
            }
        }
        return entries;
    };
    const was = data(before);
    const now = data(after);
    const reasons = [];
    for (const key of new Set([...was.keys(), ...now.keys()])) {
        const a = was.get(key) ?? 'None';
        const b = now.get(key) ?? 'None';
        if (a !== b)
            reasons.push(`${key}: ${a} → ${b}`);
    }
    return reasons;
}
/** The project's name from what its packaging files call it, else the folder's name. */
function projectName(root, files) {
    const order = ['pyproject', 'setup.cfg', 'mlproject', 'conda'];
    for (const kind of order) {
        const named = files.find((f) => f.kind === kind && f.name);
        if (named?.name)
            return named.name;
    }
    return external_node_path_default().basename(external_node_path_default().resolve(root));
}
/**
 * setup.py for the project at `root`: generated when absent, regenerated when it carries ml-hub's marker, left alone
 * when hand-written. Undefined when the generated file is already current.
 */
function planSetupPy(root, files, options = {}) {
    const file = options.file ?? 'setup.py';
    const before = readIfExists(external_node_path_default().join(root, file));
    if (before !== undefined && !isGeneratedSetupPy(before)) {
        return { path: file, reason: `${file} is hand-written (no "${setupPyMarker}" line), so package-env leaves it as it is` };
    }
    if (before === undefined && file === 'setup.py') {
        // pip builds from pyproject.toml's [project] (or setup.cfg's options) already; a second source of dependencies
        // would contradict it.
        const owner = files.find((f) => (f.kind === 'pyproject' || f.kind === 'setup.cfg') && f.dependencies.some((d) => d.group === 'main' && !d.constraintOnly));
        if (owner)
            return { path: file, reason: `${owner.path} already declares what \`pip install .\` installs; a generated setup.py would compete with it` };
    }
    const python = options.requirements?.python ?? files.find((f) => f.python)?.python?.specifier;
    const pythonRequires = options.pythonRequires ?? (python ? (0,python_version/* requiredPythonSpecifier */.ci)(python) : undefined);
    const { file: _file, ...data } = options;
    const after = renderSetupPy({ ...data, name: options.name ?? projectName(root, files), pythonRequires });
    if (after === before)
        return undefined;
    if (before === undefined) {
        const record = options.requirements ? describeRequirements(options.requirements) : '';
        return {
            path: file,
            after,
            reasons: [
                file === 'setup.py'
                    ? 'generated setup.py: `pip install .` installs requirements.txt; `python setup.py` checks this machine and recreates the environment'
                    : `generated ${file}: \`python ${file}\` checks this machine and recreates the environment (not setup.py: pyproject.toml's [build-system] builds the project)`,
                ...(record ? [`checks for ${record}`] : []),
            ],
        };
    }
    const changes = dataChanges(before, after);
    return { path: file, before, after, reasons: changes.length ? changes.map((c) => `${file} ${c}`) : [`regenerated ${file} with this version of ml-hub`] };
}

;// CONCATENATED MODULE: ./shared/package/plan-package-env.ts
// The package-env pipeline: detect-env's DriftReport → the edits a maintainer would merge. Only certain additions
// are written (certain-additions.ts): into every file that declares the runtime environment — pyproject.toml,
// setup.cfg, setup.py, Pipfile, requirements.txt, the conda environment — so that they stay in step; packages one
// such file lacks are copied from the file that has them; everything else becomes the pull request's checklist, or an
// optional group when the settings ask for groups. The edits are checked before they are proposed: re-read, the files
// must be no more out of step and no more in conflict than before. Nothing is written here: the shells apply the plan
// with atomic-write.

























const plan_package_env_where = (l) => `${l.file}:${l.line}`;
const plan_package_env_places = (ls) => ls.slice(0, 3).map(plan_package_env_where).join(', ') + (ls.length > 3 ? ` and ${ls.length - 3} more` : '');
const isNonPython = (d) => d.ecosystem === 'conda' && (0,conda_names/* isNonPythonCondaPackage */.Du)(d.normalized);
function kindOfTarget(p) {
    if (/(^|\/)python_env\.ya?ml$/i.test(p))
        return undefined; // MLflow's virtualenv spec, not a conda file
    if (/\.ya?ml$/i.test(p))
        return 'conda';
    if (/\.(txt|in)$/i.test(p))
        return 'requirements';
    return undefined;
}
/**
 * The dependencies a file that defines the whole environment declares, as find-out-of-sync counts them; but of the
 * files package-env writes line by line, the root requirements file and every conda file it edits.
 */
function environmentDependencies(files) {
    const defines = (f) => (f.kind === 'conda' ? !f.generated : (0,formats/* definesEnvironment */.Os)(f) && (f.kind !== 'requirements' || !f.path.includes('/')));
    return files
        .filter(defines)
        .flatMap((f) => f.dependencies)
        .filter((d) => d.group === 'main' && !d.constraintOnly && !d.editable && !isNonPython(d) && !conda/* condaInstallerTooling */.K.has((0,conda_names/* pypiNameOf */.xb)(d)));
}
/** The conda file an MLproject's `conda_env:` names, when it does. */
function mlprojectCondaEnv(file, reader) {
    const text = reader.read(file.path);
    if (text === undefined)
        return undefined;
    const value = (0,yaml_document/* parseYamlDocument */.Iu)(text).get('conda_env');
    if (typeof value !== 'string')
        return undefined;
    return file.includes.find((inc) => inc === external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file.path), value)));
}
/** The Python version line (`3.11`) a new environment file pins: the interpreter's, the settings', a declared one. */
function pythonLine(interpreterVersion, configured, files) {
    for (const candidate of [interpreterVersion, configured, ...files.map((f) => f.python?.specifier)]) {
        const m = candidate === undefined ? null : /^(\d+\.\d+)(?:\.\d+)?$/.exec(candidate.trim());
        if (m)
            return m[1];
    }
    return undefined;
}
/** What the packaging files say about each other: out-of-sync names and conflicts, as detect-env finds them. */
function packagingFindings(files) {
    const outOfSync = (0,find_out_of_sync/* findOutOfSync */.i)(files, { pypiName: conda_names/* pypiNameOf */.xb, isNonPython });
    const conflicts = (0,find_conflicts/* findConflicts */.N)(files, {
        pypiName: conda_names/* pypiNameOf */.xb,
        pep440Alternatives: (spec, ecosystem) => (ecosystem === 'conda' ? (0,conda_matchspec/* condaSpecToPep440 */.P$)(spec) : [spec]),
        intersect: pep440/* specifiersIntersect */.jB,
    });
    return {
        outOfSync: new Set(outOfSync.flatMap((o) => o.missingFrom.map((m) => `${o.name} ${m}`))),
        conflicts: new Set(conflicts.map((c) => c.name)),
    };
}
const manifestAddition = (w) => ({ ...requirementLine(w), pypi: w.pypi, extras: w.extras, ...(w.marker ? { marker: w.marker } : {}) });
async function planPackageEnv(options) {
    const root = external_node_path_default().resolve(options.root);
    const env = options.env ?? process.env;
    const report = await (0,detect_drift/* detectDrift */.D)({ root, python: options.python, env });
    const reader = (0,file_readers/* workingTreeReader */.LE)(root);
    const { config } = (0,config_config/* loadConfig */.Z9)(reader);
    const { settings, diagnostics } = readPackageEnvSettings(config.extra['package-env'], config.source);
    report.diagnostics.push(...diagnostics);
    const listing = (0,discover_packaging/* rootListing */.JN)(root);
    const { files } = (0,load_environment/* loadEnvironment */.Y)(listing, reader, { env });
    const byPath = new Map(files.map((f) => [f.path, f]));
    const targets = options.targets ?? settings.targets;
    const allowed = (p) => targets === undefined || targets.includes(p);
    const groupsOn = options.optionalGroups ?? settings.optionalGroups ?? false;
    const subprojects = subprojectFolders(root, (name) => (0,discover_packaging/* packagingKindOf */.bQ)(name) !== undefined);
    // `ml-hub package-env` in a folder with no packaging file at all: the seed's flow, which creates the files.
    const seedFlow = files.length === 0 && subprojects.length === 0;
    const plan = { edits: [], leftAlone: [], added: [], removed: [], keptUnused: [], notDeclared: [], inStep: [] };
    const leaveAlone = (p, reason) => {
        const known = plan.leftAlone.find((l) => l.path === p);
        if (!known)
            plan.leftAlone.push({ path: p, reason });
        else if (!known.reason.includes(reason))
            known.reason += `; ${reason}`;
    };
    // ---- Pins: only from an interpreter every declared Python agrees with ----
    // detectDrift already reported an interpreter that fails; here it only pins.
    const interpreter = options.python ? await (0,interpreter_metadata/* readInterpreterMetadata */.w)(options.python).catch(() => undefined) : undefined;
    const declaredPythons = files.filter((f) => f.python && !f.generated).map((f) => f.python);
    const mayPin = interpreter ? interpreterMayPin(interpreter.pythonVersion, declaredPythons) : { ok: false };
    if (interpreter && !mayPin.ok)
        plan.unpinned = `not pinned from ${options.python}: ${mayPin.reason}`;
    const installed = interpreter && mayPin.ok ? new Map(interpreter.distributions.map((d) => [(0,pep508/* normalizeName */.Pc)(d.name), d.version])) : undefined;
    const style = options.pin ?? settings.pin ?? (installed ? 'exact' : 'none');
    // ---- Which files hold the environment ----
    const works = new Map();
    const work = (p, kind, text = reader.read(p)) => {
        let w = works.get(p);
        if (!w)
            works.set(p, (w = { path: p, kind, text, wanted: new Map(), remove: [], groups: new Map() }));
        return w;
    };
    const requirementsTxt = byPath.get('requirements.txt');
    const requirementsIn = byPath.get('requirements.in');
    let requirementsPath = 'requirements.txt';
    if (requirementsTxt?.generated && requirementsIn && !requirementsIn.generated) {
        requirementsPath = 'requirements.in';
        if (allowed('requirements.txt'))
            leaveAlone('requirements.txt', `${regenerateAdvice(requirementsTxt.generated)}, after package-env edits requirements.in`);
    }
    // A requirements.txt that only gathers others (`-r requirements/runtime.txt`, `-r requirements/tests.txt`): the
    // runtime one is where additions belong.
    const requirementsFile = byPath.get(requirementsPath);
    if (requirementsFile && !requirementsFile.generated && requirementsFile.dependencies.length === 0) {
        const runtime = requirementsFile.includes.find((inc) => /(^|[/_-])(runtime|base|core|main|install|prod)[^/]*\.(txt|in)$/i.test(inc) && byPath.get(inc) && !byPath.get(inc).generated);
        if (runtime)
            requirementsPath = runtime;
    }
    const condaPaths = new Set(files.filter((f) => f.kind === 'conda' && conda/* condaFormat */.r.names.includes(f.path)).map((f) => f.path));
    for (const f of files.filter((f) => f.kind === 'mlproject')) {
        const named = mlprojectCondaEnv(f, reader);
        if (named)
            condaPaths.add(named);
    }
    if (seedFlow)
        condaPaths.add('environment.yml');
    const environmentFiles = [];
    // A requirements file is created only when asked for (targets) or in the seed's flow.
    const createsRequirements = seedFlow || targets?.includes(requirementsPath);
    if (allowed(requirementsPath) && (byPath.has(requirementsPath) || createsRequirements))
        environmentFiles.push(work(requirementsPath, 'requirements'));
    for (const p of [...condaPaths].sort())
        if (allowed(p))
            environmentFiles.push(work(p, 'conda'));
    for (const p of targets ?? []) {
        const kind = kindOfTarget(p);
        if (kind && !works.has(p))
            environmentFiles.push(work(p, kind));
        else if (!kind && !['setup.py', 'bootstrap.py', devcontainerPath].includes(p) && !byPath.has(p)) {
            const message = `package-env writes requirements files, conda environment files, the bootstrap script and ${devcontainerPath}, and edits existing pyproject.toml, setup.cfg, setup.py, Pipfile and nbdev's settings.ini; not ${p}`;
            report.diagnostics.push({ severity: 'warning', code: 'package-env/target', message, file: config.source ?? p });
        }
    }
    // Manifests: pyproject.toml, setup.cfg, setup.py, Pipfile, settings.ini at the root, with a runtime section package-env can extend.
    for (const f of files) {
        if ((0,formats/* formatOf */.be)(f.kind).packageEnv?.edits !== 'manifest' || f.generated || f.path.includes('/') || !allowed(f.path))
            continue;
        const text = reader.read(f.path) ?? '';
        const runtime = runtimeSection(f, text);
        if (runtime)
            environmentFiles.push(Object.assign(work(f.path, 'manifest', text), { manifest: { file: f, ...runtime } }));
    }
    // A conda file whose `pip:` section reads the requirements file gets its additions from there.
    const readsRequirements = (w) => w.kind === 'conda' && (byPath.get(w.path)?.includes ?? []).some((inc) => works.has(inc) && works.get(inc).kind === 'requirements');
    // The files runtime additions go to: those that declare the environment (an empty manifest only when none does).
    // A requirements or conda file that only installs the project itself (`-e .`) gets what the project declares.
    const listsPackages = (w) => {
        const f = byPath.get(w.path);
        if (!f)
            return true; // created: it declares the environment on its own
        const inner = (g) => g.dependencies.some((d) => d.group === 'main' && !d.editable && !d.constraintOnly) || g.includes.some((inc) => byPath.get(inc)?.kind === 'requirements' && inner(byPath.get(inc)));
        return inner(f);
    };
    const declaring = environmentFiles.filter((w) => !readsRequirements(w) && (w.kind === 'manifest' ? w.manifest.declares : listsPackages(w)));
    // When none lists any yet: an empty requirements or conda file is there to be filled, else the first manifest.
    const empty = environmentFiles.filter((w) => w.kind !== 'manifest' && !readsRequirements(w) && !byPath.get(w.path)?.dependencies.some((d) => d.editable));
    const runtimeFiles = declaring.length ? declaring : empty.length ? empty : environmentFiles.filter((w) => w.kind === 'manifest').slice(0, 1);
    const precedence = (w) => (0,formats/* formatOf */.be)(w.kind === 'manifest' ? w.manifest.file.kind : w.kind).packageEnv.precedence;
    const ranked = [...runtimeFiles].sort((a, b) => precedence(a) - precedence(b));
    plan.sourceOfTruth = ranked[0]?.path;
    plan.inStep = ranked.slice(1).map((w) => w.path);
    // ---- What to add: only what is certain; the rest is the checklist ----
    // A project that builds a package: a setup.py, a setup.cfg with options, a pyproject.toml that names a project or a build.
    const manifests = files.filter((f) => !f.path.includes('/') && (0,formats/* buildsPackage */.CU)(f.kind));
    const builtPackage = manifests.some((f) => f.kind !== 'pyproject' || /^\s*\[(project|build-system|tool\.poetry)\]/m.test(reader.read(f.path) ?? ''));
    const manifestIncludes = new Set(manifests.flatMap((f) => f.includes));
    const declared = files.flatMap((f) => f.dependencies.map((dependency) => ({ pypi: (0,conda_names/* pypiNameOf */.xb)(dependency), dependency })));
    const { certain, notAdded } = sortAdditions(report, { files, read: (p) => reader.read(p), notebooksShip: settings.notebooks, subprojects });
    const withdrawn = new Map();
    for (const a of certain) {
        const pin = choosePin(a.pypi, { style, installed, declared });
        const notes = [
            `imported at ${plan_package_env_places(a.locations)}`,
            pin.source === 'interpreter' ? `version installed in ${options.python}` : '',
            pin.declaredAt ? `constraint from ${plan_package_env_where(pin.declaredAt)}` : '',
        ];
        const wanted = { pypi: a.pypi, name: a.distribution, extras: [], specifier: pin.specifier, because: notes.filter(Boolean).join('; ') };
        // A package's scripts (tools/, benchmarks, CLI helpers) are not what `pip install` ships: their imports do not
        // belong in the package's dependencies (its manifest, or the requirements file the manifest reads).
        const scriptsOnly = builtPackage && !a.locations.some((l) => roleOf(l) === 'package');
        const into = scriptsOnly ? runtimeFiles.filter((w) => w.kind !== 'manifest' && !manifestIncludes.has(w.path)) : runtimeFiles;
        const reason = scriptsOnly
            ? "imported only by scripts, which `pip install` does not ship with the package: declare it where those scripts' users install from"
            : 'no packaging file declares the runtime environment; list one in `package-env: targets` (e.g. requirements.txt) to have it created';
        if (into.length === 0) {
            withdrawn.set(a.pypi, reason);
            plan.notDeclared.push({ module: a.module, distribution: a.distribution, locations: a.locations, reason });
        }
        for (const w of into)
            w.wanted.set(a.pypi, wanted);
    }
    for (const n of notAdded) {
        const manifest = groupsOn && n.fits ? environmentFiles.find((w) => w.kind === 'manifest') : undefined;
        const section = manifest ? optionalSection(manifest.manifest.file, manifest.text ?? '', n.fits, n.distribution) : undefined;
        if (manifest && section) {
            const key = JSON.stringify(section);
            const group = manifest.groups.get(key) ?? { section, wanted: new Map() };
            manifest.groups.set(key, group);
            group.wanted.set((0,pep508/* normalizeName */.Pc)(n.distribution), { pypi: (0,pep508/* normalizeName */.Pc)(n.distribution), name: n.distribution, extras: [], specifier: '', because: `${n.reason}` });
            plan.notDeclared.push({ ...n, group: `${manifest.path} ${describeSection(section)}` });
        }
        else
            plan.notDeclared.push(n);
    }
    const pruned = new Set();
    for (const u of report.unused) {
        for (const decl of u.declarations) {
            const f = byPath.get(decl.file);
            const kind = f?.kind === 'requirements' || f?.kind === 'conda' ? f.kind : undefined;
            if (options.prune && kind && !f.generated && allowed(decl.file)) {
                work(decl.file, kind).remove.push({ line: decl.line, pypi: u.normalized, name: u.name });
                pruned.add(u.normalized);
            }
            else {
                plan.keptUnused.push({ name: u.name, file: decl.file, line: decl.line });
            }
        }
    }
    const dependencyAt = (l, pypi) => files.find((f) => f.path === l.file)?.dependencies.find((d) => d.line === l.line && (0,conda_names/* pypiNameOf */.xb)(d) === pypi);
    const notEdited = new Map();
    // A package's own dependencies are its maintainer's choice: requirements and conda files often hold development
    // tools too, so nothing is copied from them into a pyproject.toml, setup.cfg, setup.py or Pipfile.
    const notCopied = new Map();
    // Nor is a package copied beside a conflicting one the file declares (opencv-python beside opencv-python-headless).
    const conflictsIn = (file, pypi) => conflictingDeclaration(pypi, new Map((byPath.get(file)?.dependencies ?? []).map((d) => [(0,conda_names/* pypiNameOf */.xb)(d), { file: d.file, line: d.line }])));
    // An unused package is not copied: spreading it would only make every file declare something nothing imports.
    const unused = new Set(report.unused.map((u) => u.normalized));
    for (const o of report.outOfSync) {
        if (pruned.has(o.name) || unused.has(o.name))
            continue;
        const sources = o.presentIn.map((l) => dependencyAt(l, o.name)).filter((d) => d !== undefined);
        const source = sources.find((d) => d.specifier !== '') ?? sources[0];
        if (!source)
            continue;
        for (const missing of o.missingFrom) {
            const w = environmentFiles.find((e) => e.path === missing);
            if (!w && !allowed(missing))
                continue; // a file the targets leave out: the user's choice
            const fromEnvironmentFile = ['requirements', 'conda'].includes(byPath.get(source.file)?.kind ?? '');
            if (!w)
                notEdited.set(missing, [...(notEdited.get(missing) ?? []), o.name]);
            else if (w.kind === 'manifest' && fromEnvironmentFile)
                notCopied.set(missing, [...(notCopied.get(missing) ?? []), `${o.name} (${plan_package_env_where(source)})`]);
            else if (conflictsIn(missing, o.name))
                leaveAlone(missing, `${o.name} not copied: ${conflictsIn(missing, o.name)}`);
            else if (!w.wanted.has(o.name))
                w.wanted.set(o.name, wantedFromDependency(source, `declared at ${plan_package_env_where(source)}`));
        }
    }
    for (const [file, names] of notCopied) {
        const shown = names.length > 8 ? `${names.slice(0, 8).join(', ')} and ${names.length - 8} more` : names.join(', ');
        leaveAlone(file, `not copied into ${file}: ${shown}; a package's own dependencies are its maintainer's choice, and requirements files often list development tools too`);
    }
    for (const [file, names] of notEdited)
        leaveAlone(file, `package-env does not edit this ${byPath.get(file)?.kind ?? ''} file; declare ${names.join(', ')} there by hand`);
    // A new file starts with what the other environment files declare, so that it agrees with them.
    const seeds = environmentDependencies(files);
    for (const w of environmentFiles) {
        if (w.text !== undefined || readsRequirements(w))
            continue;
        for (const d of seeds) {
            const pypi = (0,conda_names/* pypiNameOf */.xb)(d);
            if (!w.wanted.has(pypi))
                w.wanted.set(pypi, wantedFromDependency(d, `declared at ${plan_package_env_where(d)}`));
        }
    }
    // ---- The edits, checked: re-read, the files must be no more out of step or in conflict than before ----
    const condaName = files.find((f) => f.kind === 'mlproject' && f.name)?.name ?? external_node_path_default().basename(root);
    const python = pythonLine(interpreter?.pythonVersion, config.python, files);
    const before = packagingFindings(files);
    let outcomes = editAll();
    for (let round = 0; round < 3; round++) {
        const overlay = {
            read: (p) => {
                const o = outcomes.get(p);
                return o?.status === 'edited' ? o.text : reader.read(p);
            },
        };
        const after = packagingFindings((0,load_environment/* loadEnvironment */.Y)([...new Set([...listing, ...outcomes.keys()])], overlay, { env }).files);
        const worse = new Map();
        for (const key of after.outOfSync) {
            if (before.outOfSync.has(key))
                continue;
            const [name, file] = key.split(' ');
            worse.set(name, `adding it would leave ${file} out of step (${outcomes.get(file)?.reason ?? leftAloneReason(file) ?? (allowed(file) ? 'package-env does not edit it' : 'not among the targets')})`);
        }
        for (const name of after.conflicts)
            if (!before.conflicts.has(name))
                worse.set(name, 'the added constraint would conflict with another declaration');
        if (worse.size === 0)
            break;
        for (const [name, reason] of worse) {
            withdrawn.set(name, reason);
            for (const w of works.values())
                w.wanted.delete(name);
            const a = certain.find((c) => c.pypi === name);
            if (a && !plan.notDeclared.some((n) => n.module === a.module))
                plan.notDeclared.push({ module: a.module, distribution: a.distribution, locations: a.locations, reason });
        }
        outcomes = editAll();
    }
    for (const w of works.values())
        record(w, outcomes.get(w.path));
    function leftAloneReason(file) {
        return plan.leftAlone.find((l) => l.path === file)?.reason;
    }
    function editAll() {
        const result = new Map();
        for (const w of works.values())
            result.set(w.path, editOne(w));
        return result;
    }
    function editOne(w) {
        // A file skipped for its size is not absent, and one that is not UTF-8 would lose its bytes: neither is written.
        const problem = reader.problem?.(w.path);
        if (problem) {
            const diagnostic = { severity: 'warning', code: `packaging/${problem.kind}`, message: problem.message, file: w.path, ...(problem.line && { line: problem.line }) };
            return { status: 'left-alone', reason: problem.message, diagnostic, reasons: [], changes: [] };
        }
        const additions = [...w.wanted.values()].sort((a, b) => (a.pypi < b.pypi ? -1 : a.pypi > b.pypi ? 1 : 0));
        const written = new Map();
        let outcome;
        if (w.kind === 'requirements') {
            for (const a of additions)
                written.set(a.pypi, { entry: requirementLine(a), wanted: a });
            const add = additions.map((a) => ({ pypi: a.pypi, text: written.get(a.pypi).entry.text }));
            outcome = editRequirements(w.path, w.text, { add, remove: w.remove }, { reader, env });
        }
        else if (w.kind === 'conda') {
            for (const a of additions)
                written.set(a.pypi, { entry: condaEntry(a) ?? requirementLine(a), wanted: a });
            const pick = (ecosystem) => additions.filter((a) => written.get(a.pypi).entry.ecosystem === ecosystem).map((a) => ({ pypi: a.pypi, text: written.get(a.pypi).entry.text }));
            const text = w.text ?? newCondaEnvironmentText(condaName, python);
            outcome = editCondaEnvironment(w.path, text, { conda: pick('conda'), pip: pick('pypi'), remove: w.remove }, { reader, env });
        }
        else {
            // The runtime section first, then each optional group, each edit on the text the previous one gave.
            const m = w.manifest;
            let text = w.text ?? '';
            const added = [];
            const reasons = [];
            const sections = [{ section: m.section, wanted: additions }, ...[...w.groups.values()].map((g) => ({ section: g.section, wanted: [...g.wanted.values()] }))];
            let leftAlone;
            for (const { section, wanted } of sections) {
                if (!wanted.length)
                    continue;
                for (const a of wanted)
                    written.set(`${sectionGroup(section)} ${a.pypi}`, { entry: requirementLine(a), wanted: a });
                const o = editManifest(w.path, m.file.kind, text, section, wanted.map(manifestAddition), { reader, env });
                if (o.status === 'edited') {
                    text = o.text;
                    for (const a of o.added) {
                        const { wanted: source } = written.get(`${sectionGroup(section)} ${a.pypi}`);
                        added.push(a);
                        reasons.push(`added ${a.text}${section === m.section ? '' : ` to ${describeSection(section)}`} (${source.because})`);
                    }
                }
                else if (o.status === 'left-alone')
                    leftAlone = [leftAlone, o.reason].filter(Boolean).join('; ');
            }
            if (!added.length)
                return leftAlone ? { status: 'left-alone', reason: leftAlone, reasons: [], changes: [] } : { status: 'unchanged', reasons: [], changes: [] };
            return { status: 'edited', text, added, removed: [], reasons, changes: [], ...(leftAlone ? { reason: leftAlone } : {}) };
        }
        if (outcome.status !== 'edited')
            return { ...outcome, reasons: [], changes: [], ...(outcome.status === 'left-alone' ? { reason: outcome.reason } : {}) };
        const reasons = outcome.added.map((a) => `added ${written.get(a.pypi).entry.text} (${written.get(a.pypi).wanted.because})`);
        for (const d of outcome.removed)
            reasons.push(`removed ${d.name}${d.specifier ? ` ${d.specifier}` : ''} (line ${d.line}: no code imports it)`);
        return { ...outcome, reasons, changes: outcome.added.map((a) => written.get(a.pypi).entry) };
    }
    function record(w, outcome) {
        if (outcome.status === 'unchanged')
            return;
        if (outcome.status === 'left-alone') {
            leaveAlone(w.path, outcome.reason);
            if (outcome.diagnostic && !report.diagnostics.some((d) => sameDiagnostic(d, outcome.diagnostic)))
                report.diagnostics.push(outcome.diagnostic);
            for (const r of w.remove)
                plan.keptUnused.push({ name: r.name, file: w.path, line: r.line });
            return;
        }
        if (outcome.reason)
            leaveAlone(w.path, outcome.reason);
        outcome.added.forEach((a, i) => {
            const entry = outcome.changes[i] ?? { name: a.name, specifier: a.specifier, ecosystem: 'pypi' };
            const because = outcome.reasons[i].replace(/^added [^(]*\(/, '').replace(/\)$/, '');
            plan.added.push({ name: entry.name, specifier: entry.specifier, ecosystem: entry.ecosystem, file: w.path, because });
        });
        for (const d of outcome.removed)
            plan.removed.push({ name: d.name, specifier: d.specifier, ecosystem: d.ecosystem, file: w.path, because: 'no code imports it' });
        plan.edits.push({ path: w.path, ...(w.text !== undefined ? { before: w.text } : {}), after: outcome.text, reasons: outcome.reasons });
    }
    // ---- Files with planners of their own: only when the settings ask for them ----
    const planned = (result) => {
        if (result && 'after' in result)
            plan.edits.push(result);
        else if (result)
            leaveAlone(result.path, result.reason);
    };
    // The bootstrap answers a requirements record (no record, no bootstrap); beside a pyproject.toml that builds the
    // project it must not be setup.py, which would change how pip builds it.
    const builds = files.some((f) => f.kind === 'pyproject' && /^\s*\[build-system\]/m.test(reader.read(f.path) ?? ''));
    const bootstrap = builds ? 'bootstrap.py' : 'setup.py';
    const bootstrapTargeted = targets?.includes(bootstrap) || targets?.includes('setup.py');
    if (config.requirements && (targets === undefined || bootstrapTargeted))
        planned(planSetupPy(root, files, { requirements: config.requirements, file: bootstrap }));
    else if (bootstrapTargeted)
        leaveAlone(bootstrap, `no bootstrap without a requirements record: add a \`requirements:\` block to ${config.source ?? '.github/ml-hub.yml'} (ml-hub init writes one)`);
    // A dev container only answers a requirements record (or a target that names it): no record, no machine to ask for.
    if ((targets === undefined && config.requirements) || targets?.includes(devcontainerPath)) {
        planned(planDevcontainer(root, config.requirements ?? {}, reader.read(devcontainerPath)));
    }
    // One line per declaration, however many files led to it.
    plan.keptUnused = plan.keptUnused.filter((k, i) => plan.keptUnused.findIndex((o) => o.name === k.name && o.file === k.file && o.line === k.line) === i);
    return { report, plan };
}
function describeSection(section) {
    if (section.format === 'toml-array' || section.format === 'toml-table') {
        const p = section.path;
        if (p[0] === 'dependency-groups')
            return `[dependency-groups] ${p[1]}`;
        if (p[1] === 'optional-dependencies')
            return `[project.optional-dependencies] ${p[2]}`;
        if (p[2] === 'group')
            return `[tool.poetry.group.${p[3]}.dependencies]`;
        return `[${p.join('.')}]`;
    }
    return section.format;
}
function sameDiagnostic(a, b) {
    return a.file === b.file && a.line === b.line && a.code === b.code && a.message === b.message;
}

;// CONCATENATED MODULE: ./shared/package/unified-diff.ts
// A unified diff of one planned edit, as `diff -u` and `git diff` write it (3 lines of context, `\ No newline at end
// of file` markers, `/dev/null` for new files), so that `ml-hub package-env --diff` can be read or piped to
// `git apply`. Packaging files are small: a longest-common-subsequence table over the lines that differ is enough.
/** Lines with their terminator (`\n`, or `\r\n` kept whole); a last line without one stays bare. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/** Past this many cells the middle is shown as removed then added, rather than spending memory on the table. */
const maxTableCells = 4_000_000;
function diffLines(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const ops = a.slice(0, start).map((line) => ({ kind: ' ', line }));
    const midA = a.slice(start, endA);
    const midB = b.slice(start, endB);
    if ((midA.length + 1) * (midB.length + 1) > maxTableCells) {
        ops.push(...midA.map((line) => ({ kind: '-', line })), ...midB.map((line) => ({ kind: '+', line })));
    }
    else {
        // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..].
        const width = midB.length + 1;
        const lcs = new Uint32Array((midA.length + 1) * width);
        for (let i = midA.length - 1; i >= 0; i--) {
            for (let j = midB.length - 1; j >= 0; j--) {
                lcs[i * width + j] = midA[i] === midB[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
            }
        }
        let i = 0;
        let j = 0;
        while (i < midA.length || j < midB.length) {
            if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
                ops.push({ kind: ' ', line: midA[i++] });
                j++;
            }
            else if (i < midA.length && (j === midB.length || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
                ops.push({ kind: '-', line: midA[i++] }); // removals first, as diff -u shows a replacement
            }
            else {
                ops.push({ kind: '+', line: midB[j++] });
            }
        }
    }
    ops.push(...a.slice(endA).map((line) => ({ kind: ' ', line })));
    return ops;
}
const context = 3;
const range = (start, count) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);
/** The diff text; '' when the edit changes nothing. */
function unifiedDiff(edit) {
    const before = edit.before ?? '';
    if (before === edit.after && edit.before !== undefined)
        return '';
    const ops = diffLines(splitLines(before), splitLines(edit.after));
    const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
    if (changed.length === 0)
        return '';
    // Hunks: runs of changes whose contexts touch or overlap.
    const hunks = [];
    for (const i of changed) {
        const last = hunks.at(-1);
        if (last && i - last[1] <= 2 * context + 1)
            last[1] = i;
        else
            hunks.push([i, i]);
    }
    const out = [edit.before === undefined ? '--- /dev/null\n' : `--- a/${edit.path}\n`, `+++ b/${edit.path}\n`];
    // Line numbers before each op.
    const oldAt = [];
    const newAt = [];
    let o = 1;
    let n = 1;
    for (const op of ops) {
        oldAt.push(o);
        newAt.push(n);
        if (op.kind !== '+')
            o++;
        if (op.kind !== '-')
            n++;
    }
    for (const [first, last] of hunks) {
        const from = Math.max(0, first - context);
        const to = Math.min(ops.length - 1, last + context);
        const slice = ops.slice(from, to + 1);
        const oldCount = slice.filter((op) => op.kind !== '+').length;
        const newCount = slice.filter((op) => op.kind !== '-').length;
        out.push(`@@ -${range(oldAt[from], oldCount)} +${range(newAt[from], newCount)} @@\n`);
        for (const op of slice) {
            out.push(op.kind + op.line);
            if (!op.line.endsWith('\n'))
                out.push('\n\\ No newline at end of file\n');
        }
    }
    return out.join('');
}

;// CONCATENATED MODULE: ./shared/package/render-plan.ts
// What package-env will change and why, as Markdown for the pull request body and the job summary: the drift table
// with what was done about each finding, the files left alone with the reason, and each file's diff collapsed.





/** GitHub refuses a pull request body over 65,536 characters; leave room for what the PR machinery appends. */
const planMarkdownLimit = 60_000;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const render_plan_where = (l) => `${l.file}:${l.line}`;
const render_plan_places = (ls, max = 3) => ls.slice(0, max).map(render_plan_where).join(', ') + (ls.length > max ? `, +${ls.length - max} more` : '');
function planHeadline(plan) {
    if (plan.edits.length === 0)
        return 'nothing to change';
    const parts = [plural(plan.edits.length, 'file') + ' to update'];
    const added = new Set(plan.added.map((a) => a.name)).size;
    const removed = new Set(plan.removed.map((r) => r.name)).size;
    if (added)
        parts.push(`${plural(added, 'package')} added`);
    if (removed)
        parts.push(`${plural(removed, 'package')} removed`);
    return parts.join(', ');
}
/** A fenced block whose fence is longer than any backtick run inside it. */
function fenced(language, body) {
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body}${body.endsWith('\n') ? '' : '\n'}${fence}`;
}
/** The drift findings, each with what this plan does about it. */
function driftRows(plan, report) {
    const filesAdding = (name) => [...new Set(plan.added.filter((a) => a.name === name).map((a) => a.file))];
    const rows = [];
    for (const u of report.undeclared) {
        const dist = u.distributions[0] ?? u.module;
        const to = filesAdding(dist);
        rows.push([
            'undeclared import',
            `${(0,markdown/* code */.aY)(u.module)} → ${(0,markdown/* code */.aY)(dist)}`,
            (0,markdown/* cell */.Hn)(render_plan_places(u.locations)),
            to.length
                ? `added to ${to.map(markdown/* code */.aY).join(', ')}`
                : onlyBuildScriptImports(u.locations)
                    ? 'not added: setup.py imports it to build, not to run'
                    : plan.notDeclared.some((n) => n.module === u.module)
                        ? 'not added: see **Not added**'
                        : 'not added: see **Left alone**',
        ]);
    }
    for (const o of report.outOfSync) {
        const to = filesAdding(o.name);
        const missing = o.missingFrom.filter((f) => !to.includes(f));
        rows.push([
            'out of sync',
            (0,markdown/* code */.aY)(o.name),
            `in ${(0,markdown/* cell */.Hn)(render_plan_places(o.presentIn))}, not in ${o.missingFrom.map(markdown/* code */.aY).join(', ')}`,
            report.unused.some((u) => u.normalized === o.name)
                ? 'not copied: nothing imports it'
                : [to.length ? `copied to ${to.map(markdown/* code */.aY).join(', ')}` : '', missing.length ? `${missing.map(markdown/* code */.aY).join(', ')} left alone` : ''].filter(Boolean).join('; '),
        ]);
    }
    for (const u of report.unused) {
        const removed = plan.removed.filter((r) => r.name === u.name || r.name === u.normalized);
        const kept = plan.keptUnused.filter((k) => u.declarations.some((d) => d.file === k.file && d.line === k.line));
        rows.push([
            'unused',
            (0,markdown/* code */.aY)(u.name),
            (0,markdown/* cell */.Hn)(render_plan_places(u.declarations)),
            [removed.length ? `removed from ${[...new Set(removed.map((r) => r.file))].map(markdown/* code */.aY).join(', ')}` : '', kept.length ? 'kept (nothing removes a declaration without `prune`)' : '']
                .filter(Boolean)
                .join('; '),
        ]);
    }
    for (const c of report.conflicts)
        rows.push(['conflict', (0,markdown/* code */.aY)(c.name), (0,markdown/* cell */.Hn)(c.message), 'resolve by hand: package-env does not choose between versions']);
    return rows;
}
/** The PR body / job summary for a plan. */
function renderPlanMarkdown(plan, report, options = {}) {
    const md = new markdown/* MarkdownBudget */.nd(options.limit ?? planMarkdownLimit);
    md.add(`## package-env: ${planHeadline(plan)}\n\n`);
    md.add(plan.edits.length
        ? 'These edits add what the code imports and keep the packaging files in step with each other. Everything else in the files, comments and order included, is kept as written.\n\n'
        : 'The packaging files already declare what the code imports, or the files that would need it are left alone (below).\n\n');
    if (plan.sourceOfTruth && plan.edits.length) {
        const inStep = plan.inStep.length ? `; kept in step with it: ${plan.inStep.map(markdown/* code */.aY).join(', ')}` : '';
        md.add(`Runtime dependencies are declared in ${(0,markdown/* code */.aY)(plan.sourceOfTruth)}${inStep}.\n\n`);
    }
    if (plan.unpinned)
        md.add(`Added packages are not pinned: ${(0,markdown/* cell */.Hn)(plan.unpinned)}.\n\n`);
    if (plan.edits.length) {
        md.add('### Changes\n\n');
        md.table(['File', 'Change'], plan.edits.flatMap((e) => (e.reasons.length ? e.reasons : [e.before === undefined ? 'created' : 'updated']).map((r) => [(0,markdown/* code */.aY)(e.path) + (e.before === undefined ? ' (new)' : ''), (0,markdown/* cell */.Hn)(r)])), { reserve: 8192 });
    }
    const rows = driftRows(plan, report);
    if (rows.length) {
        md.add('### Drift found\n\n');
        md.table(['Finding', 'Package', 'Where', 'Done'], rows, { reserve: 4096, more: 'see the detect-env report' });
    }
    if (plan.notDeclared.length) {
        md.add('### Not added\nImports package-env did not declare as runtime dependencies, and why. Check each one and declare it where it belongs.\n\n');
        md.add(plan.notDeclared
            .map((n) => `- [${n.group ? 'x' : ' '}] ${(0,markdown/* code */.aY)(n.distribution)} (${(0,markdown/* code */.aY)(`import ${n.module}`)} at ${(0,markdown/* cell */.Hn)(render_plan_places(n.locations))}): ${(0,markdown/* cell */.Hn)(n.reason)}${n.group ? `; added to ${(0,markdown/* cell */.Hn)(n.group)}` : ''}\n`)
            .join('') + '\n');
    }
    if (plan.leftAlone.length) {
        md.add('### Left alone\n\n');
        md.table(['File', 'Why'], plan.leftAlone.map((l) => [(0,markdown/* code */.aY)(l.path), (0,markdown/* cell */.Hn)(l.reason)]), { reserve: 2048 });
    }
    if (plan.keptUnused.length) {
        md.add(`### Kept, though nothing imports them\nRemove them by hand, or run package-env with \`prune: true\`.\n\n`);
        md.table(['Package', 'Declared at'], plan.keptUnused.map((k) => [(0,markdown/* code */.aY)(k.name), (0,markdown/* cell */.Hn)(`${k.file}:${k.line}`)]), { reserve: 2048 });
    }
    const problems = report.diagnostics.filter((d) => d.severity === 'error');
    if (problems.length) {
        md.add(`### Problems\n\n`);
        md.table(['Problem'], problems.map((d) => [(0,markdown/* cell */.Hn)((0,diagnostics/* formatDiagnostic */.x)(d))]), { reserve: 1024 });
    }
    if (plan.edits.length)
        md.add('To see the same plan locally: `npx ml-hub package-env --dry-run --diff`.\n\n');
    for (const edit of plan.edits) {
        if (!md.add((0,markdown/* details */.zH)(`Diff of <code>${(0,markdown/* cell */.Hn)(edit.path)}</code>`, fenced('diff', unifiedDiff(edit))))) {
            md.add(`_Diffs left out to fit: run \`ml-hub package-env --diff\` to see them._\n`);
            break;
        }
    }
    return md.toString();
}
/** The summary's first line: what this run did to the pull request. */
function operationLine(outcome, base) {
    const pr = outcome.number ? `[#${outcome.number}](${outcome.url})` : '';
    switch (outcome.operation) {
        case 'created':
            return `Opened ${pr} from \`${outcome.branch}\` into \`${base}\`.`;
        case 'updated':
            return `Updated ${pr} on \`${outcome.branch}\`.`;
        case 'unchanged':
            return `${pr} already proposes exactly this change.`;
        case 'closed':
            return `\`${base}\` already has every change: closed ${pr} and deleted \`${outcome.branch}\`.`;
        case 'none':
            return outcome.number ? `\`${base}\` already has every change of ${pr}; left open.` : 'Nothing to change.';
    }
}

;// CONCATENATED MODULE: ./shared/package/package-env.ts
// package-env's pipeline, for the action and `ml-hub package-env`: plan the edits, write them all or none, and (the
// action) propose them as one pull request, which each run creates, updates, leaves alone or closes.







const marker = 'ml-hub:package-env';
const trailer = 'Generated-by: ml-hub package-env';
async function packageEnv(options) {
    const { dryRun, onPlanned, pullRequest, ...planOptions } = options;
    const { root } = planOptions;
    const { report, plan } = await planPackageEnv(planOptions);
    onPlanned?.({ report, plan });
    let planText = '';
    if (pullRequest) {
        // A CI checkout rarely has MLflow data that is not committed; the section appears when it does.
        const changes = await experimentChanges(root);
        const experiments = summarizeExperimentChanges(changes) || changes.ignored.length ? renderExperimentChangesMarkdown(changes) : '';
        planText = [renderPlanMarkdown(plan, report), experiments].filter(Boolean).join('\n\n');
    }
    if (dryRun)
        return { report, plan, summary: pullRequest && `**Dry run**: nothing was written or pushed.\n\n${planText}` };
    const target = await pullRequest?.connect();
    // Refuses paths and symbolic links that lead out of the project, and writes all edits or none.
    if (plan.edits.length > 0)
        await (0,atomic_write/* applyEdits */.c)(root, plan.edits);
    if (!pullRequest || !target)
        return { report, plan };
    const outcome = await syncPullRequest({
        ...pullRequest.settings,
        ...target,
        dir: root,
        // A link inside the project was written through: the file to commit is its target.
        files: plan.edits.map((e) => (0,external_node_fs_.realpathSync)(external_node_path_default().join(root, e.path))),
        body: planText,
        marker,
        trailer,
    });
    return { report, plan, outcome, summary: `**${operationLine(outcome, target.base)}**\n\n${planText}` };
}

;// CONCATENATED MODULE: ./cli/active-python.ts
// The interpreter `ml-hub package-env` pins from on a laptop: the one asked for, else the active virtualenv's or conda
// environment's, else python3 on the PATH — with the reason, since pins from the wrong environment mislead.


function executable(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** `<prefix>/bin/python`, or `<prefix>\Scripts\python.exe` (virtualenv) / `<prefix>\python.exe` (conda) on Windows. */
function inPrefix(prefix) {
    const candidates = process.platform === 'win32'
        ? [external_node_path_default().join(prefix, 'Scripts', 'python.exe'), external_node_path_default().join(prefix, 'python.exe')]
        : [external_node_path_default().join(prefix, 'bin', 'python'), external_node_path_default().join(prefix, 'bin', 'python3')];
    return candidates.find(executable);
}
function onPath(name, env) {
    const names = process.platform === 'win32' ? [`${name}.exe`, 'python.exe'] : [name];
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter).filter(Boolean)) {
        const found = names.map((n) => external_node_path_default().join(dir, n)).find(executable);
        if (found)
            return found;
    }
    return undefined;
}
function activePython(explicit, env = process.env) {
    if (explicit)
        return { python: explicit, why: 'from --python' };
    if (env.VIRTUAL_ENV) {
        const python = inPrefix(env.VIRTUAL_ENV);
        if (python)
            return { python, why: `the active virtualenv ($VIRTUAL_ENV=${env.VIRTUAL_ENV})` };
    }
    if (env.CONDA_PREFIX) {
        const python = inPrefix(env.CONDA_PREFIX);
        if (python)
            return { python, why: `the active conda environment ($CONDA_PREFIX=${env.CONDA_PREFIX})` };
    }
    const python = onPath('python3', env);
    if (python)
        return { python, why: 'python3 on the PATH (no virtualenv or conda environment is active)' };
    return { why: 'no Python found (no --python, no active environment, no python3 on the PATH): added packages are not pinned from installed versions' };
}

// EXTERNAL MODULE: ./cli/cli-support.ts
var cli_support = __webpack_require__(3735);
;// CONCATENATED MODULE: ./cli/package-env-command.ts
// ml-hub package-env [PATH] [--python PY] [--dry-run] [--diff] [--yes] [--prune] [--pin STYLE] [--optional-groups]
// The action's edits on a laptop: pinned from the active environment, written atomically, then what MLflow recorded
// since the last commit, offered for `git add`.









const package_env_command_pinStyles = ['exact', 'compatible', 'lower-bound', 'none'];
/** The store folders (and database) with changes that git may take: not ignored, nothing over GitHub's limit. */
function stagedPaths(changes) {
    const paths = [
        ...changes.newRuns,
        ...changes.deletedRuns,
        ...changes.metricChanges,
    ].map((r) => r.store);
    paths.push(...changes.artifacts.map((a) => a.path.split('/')[0]), ...changes.otherFiles.map((f) => f.split('/')[0]));
    if (changes.database)
        paths.push(changes.database.path);
    return [...new Set(paths)].filter((p) => !changes.ignored.includes(p)).sort();
}
async function package_env_command_confirm(question) {
    const rl = (0,promises_.createInterface)({ input: process.stdin, output: process.stdout });
    try {
        return /^y(es)?$/i.test((await rl.question(question)).trim());
    }
    finally {
        rl.close();
    }
}
/** What the plan will change and why, before anything is written. */
function printPlan(report, plan, diff) {
    for (const d of report.diagnostics)
        console.error((0,diagnostics/* formatDiagnostic */.x)(d));
    console.log(`ml-hub package-env: ${planHeadline(plan)}`);
    for (const edit of plan.edits) {
        console.log(`${edit.path}${edit.before === undefined ? ' (new)' : ''}`);
        for (const reason of edit.reasons)
            console.log(`  ${reason}`);
        if (diff)
            console.log(unifiedDiff(edit).trimEnd());
    }
    if (plan.sourceOfTruth && plan.edits.length)
        console.log(`Runtime dependencies: ${[plan.sourceOfTruth, ...plan.inStep].join(', ')} (kept in step).`);
    if (plan.unpinned)
        console.log(`Not pinned: ${plan.unpinned}.`);
    const lines = [
        ...plan.notDeclared.map((n) => `${n.group ? `added to ${n.group} only` : 'not added'}: ${n.distribution} (import ${n.module} at ${n.locations.slice(0, 3).map((l) => `${l.file}:${l.line}`).join(', ')}): ${n.reason}`),
        ...plan.leftAlone.map((l) => `left alone: ${l.path}: ${l.reason}`),
        ...plan.keptUnused.map((k) => `kept, though nothing imports it: ${k.name} (${k.file}:${k.line}); --prune removes it`),
    ];
    // Each line once, however many findings lead to it.
    for (const line of new Set(lines))
        console.log(line);
}
async function packageEnvCommand(args) {
    const { values, positionals } = (0,cli_support/* parseCommandArgs */.Qx)(args, {
        python: { type: 'string' },
        'dry-run': { type: 'boolean' },
        diff: { type: 'boolean' },
        yes: { type: 'boolean', short: 'y' },
        prune: { type: 'boolean' },
        pin: { type: 'string' },
        'optional-groups': { type: 'boolean' },
    }, 'package-env');
    if (positionals.length > 1)
        throw new cli_support/* UsageError */.eb('package-env: expected at most one PATH');
    const root = positionals[0] ?? '.';
    if (!(0,external_node_fs_.existsSync)(root))
        throw new cli_support/* UsageError */.eb(`package-env: ${root} does not exist`);
    if (values.pin !== undefined && !package_env_command_pinStyles.includes(values.pin))
        throw new cli_support/* UsageError */.eb(`package-env: --pin must be one of ${package_env_command_pinStyles.join(', ')}`);
    const { python, why } = activePython(values.python);
    console.log(python ? `Pinning from ${python}: ${why}.` : `Pinning: ${why}.`);
    const { plan } = await packageEnv({
        root,
        python,
        prune: values.prune ?? false,
        pin: values.pin,
        optionalGroups: values['optional-groups'],
        dryRun: values['dry-run'],
        onPlanned: ({ report, plan }) => printPlan(report, plan, values.diff ?? false),
    });
    if (values['dry-run']) {
        console.log(plan.edits.length ? 'Dry run: nothing written.' : 'Nothing to write.');
        return cli_support/* exitCodes */.hS.ok;
    }
    if (plan.edits.length > 0)
        console.log(`Wrote ${plan.edits.map((e) => e.path).join(', ')}.`);
    const inGit = await (0,git/* git */.$Y)(root, ['rev-parse', '--is-inside-work-tree']).then(() => true, () => false);
    if (!inGit)
        return cli_support/* exitCodes */.hS.ok;
    const changes = await experimentChanges(root);
    process.stdout.write(renderExperimentChanges(changes));
    const paths = stagedPaths(changes);
    if (!summarizeExperimentChanges(changes) || paths.length === 0)
        return cli_support/* exitCodes */.hS.ok;
    if (changes.large.some((l) => !l.lfs && l.limit === 'reject')) {
        console.log('Not staging them: GitHub would refuse the push; track the large files with Git LFS first (above), then git add them.');
        return cli_support/* exitCodes */.hS.ok;
    }
    const question = `Stage ${paths.join(', ')} with git add? [y/N] `;
    let stage = values.yes ?? false;
    if (!stage) {
        if (!process.stdin.isTTY) {
            console.log(`Not staging ${paths.join(', ')}: stdin is not a terminal to ask (pass --yes to stage, or git add them yourself).`);
            return cli_support/* exitCodes */.hS.ok;
        }
        stage = await package_env_command_confirm(question);
    }
    if (!stage) {
        console.log('Left unstaged.');
        return cli_support/* exitCodes */.hS.ok;
    }
    await (0,git/* git */.$Y)(root, ['add', '-A', '--', ...paths]);
    console.log(`Staged ${paths.join(', ')}.`);
    return cli_support/* exitCodes */.hS.ok;
}


/***/ }),

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   gE: () => (/* binding */ writeFileInside)
/* harmony export */ });
/* unused harmony exports OutsideError, realPathOf, containedPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Containment, decided on real paths: a path is inside a folder only when it stays inside after every symlink on the
// way is followed. A check on the text alone lets a committed symlink (`project -> /home/runner`) carry a write
// outside the workspace. Every place that writes what it was given a folder for goes through here.


/** `target` leaves the folder it must stay in; the message names both. */
class OutsideError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutsideError';
    }
}
/** True when `p` is `root` or below it; both absolute and already real (lexical comparison). */
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (!rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * The real path of `p`, which may not exist yet: its deepest existing ancestor with every symlink followed, and the
 * rest as written. A symlink that leads nowhere cannot be resolved (writing to it would create its target), so it
 * throws.
 */
function realPathOf(p) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    const missing = [];
    let current = absolute;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(current), ...missing.reverse());
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            if (isSymlink(current))
                throw new OutsideError(`${absolute}: ${current} is a symbolic link to nothing`);
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return absolute;
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
        }
    }
}
function isSymlink(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** The real path of `target` when it is inside the real path of `root`; throws OutsideError otherwise. */
function containedPath(root, target) {
    const realRoot = realPathOf(root);
    const real = realPathOf(target);
    if (!isInside(realRoot, real)) {
        const through = real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(target) ? '' : ` (through a symbolic link, it is ${real})`;
        throw new OutsideError(`${target} is outside ${root}${through}`);
    }
    return real;
}
function writeFileInside(root, target, content) {
    const dir = containedPath(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target));
    if (isSymlink(file))
        throw new OutsideError(`refusing to write ${target}: it is a symbolic link`);
    // O_NOFOLLOW closes the gap between the check and the open where the platform has it.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0), 0o666);
    try {
        const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
        for (const piece of pieces) {
            const data = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
            for (let written = 0; written < data.length;)
                written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, data, written, data.length - written);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ explainGitHubError)
/* harmony export */ });
// Turns a failed GitHub call into one line that says what went wrong and what to change, for the action's error
// annotation. GitHub's own messages are terse ("Resource not accessible by integration") and often misleading (404 for
// a private repository the token cannot see).
function isRequestError(error) {
    return typeof error === 'object' && error !== null && typeof error.status === 'number';
}
/** The `permissions:` entry a GITHUB_TOKEN needs to write to this endpoint. */
function permissionFor(path) {
    if (/\/pulls(\/|$)/.test(path))
        return '`permissions: pull-requests: write`';
    if (/\/issues(\/|$)/.test(path))
        return '`permissions: issues: write` (`pull-requests: write` for comments on pull requests)';
    if (/\/actions(\/|$)/.test(path))
        return '`permissions: actions: write`';
    if (/\/(statuses|check-runs|check-suites)(\/|$)/.test(path))
        return '`permissions: checks: write`';
    return '`permissions: contents: write`';
}
function oneLine(text) {
    return text.replace(/\s*\n+\s*/g, ' ').trim();
}
function bodyOf(error) {
    const data = error.response?.data;
    return typeof data === 'object' && data !== null ? data : {};
}
function describeFieldError(e) {
    if (typeof e === 'string')
        return e;
    if (e.message)
        return e.message;
    const field = e.field ? `\`${e.field}\`` : 'a field';
    const of = e.resource ? ` of ${e.resource}` : '';
    switch (e.code) {
        case 'missing_field':
            return `${field}${of} is required`;
        case 'invalid':
            return `${field}${of} is invalid (e.g. a branch that does not exist)`;
        case 'already_exists':
            return `a ${e.resource ?? 'resource'} with this ${field} already exists`;
        case 'missing':
            return `${e.resource ?? 'the resource'} does not exist`;
        default:
            return `${field}${of}: ${e.code ?? 'invalid'}`;
    }
}
function explainGitHubError(error, action, context = {}) {
    const fail = (why) => oneLine(`Could not ${action}: ${why}`);
    const raw = error instanceof Error ? error.message : String(error);
    const workflowFile = /refusing to allow .* to create or update workflow `([^`]+)` without `workflows?` permission/i.exec(raw);
    if (workflowFile) {
        return fail(`the change touches ${workflowFile[1]}, and GITHUB_TOKEN may never change workflow files; use a personal access token with the \`workflow\` scope or a GitHub App token with \`workflows: write\`, or leave .github/workflows out of the change.`);
    }
    if (!isRequestError(error))
        return fail(raw);
    const { status } = error;
    const body = bodyOf(error);
    const message = body.message ?? raw.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    const method = (error.request?.method ?? 'GET').toUpperCase();
    const path = error.request?.url ? new URL(error.request.url, 'https://api.github.com').pathname : '';
    const headers = error.response?.headers ?? {};
    const repo = /^\/repos\/([^/]+\/[^/]+)/.exec(path)?.[1];
    if (/not permitted to create or approve pull requests/i.test(message)) {
        return fail('GitHub Actions is not allowed to create pull requests: enable Settings → Actions → General → Allow GitHub Actions to create and approve pull requests (for an organization, in its settings too), or pass a token with `pull-requests: write`.');
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
        return fail(`the GitHub API rate limit is used up (${headers['x-ratelimit-used'] ?? '?'} of ${headers['x-ratelimit-limit'] ?? '?'} requests this hour)${when}; run less often, or use a token with its own budget (a GitHub App token gets more than GITHUB_TOKEN).`);
    }
    if ((status === 403 || status === 429) && /secondary rate limit/i.test(message)) {
        return fail('GitHub\'s secondary rate limit stopped the request even after waiting and retrying; too many requests or too much content was created at once (e.g. parallel jobs); spread the workflows out or reduce their concurrency, then re-run.');
    }
    if (status === 403 && /resource not accessible by integration/i.test(message)) {
        if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
            return fail('GitHub Actions is not allowed to create pull requests: enable Settings → Actions → General → Allow GitHub Actions to create and approve pull requests, or pass a token with `pull-requests: write`.');
        }
        if (context.fromFork) {
            return fail('this run is for a pull request from a fork, where GITHUB_TOKEN is read-only whatever the workflow asks for; run the step on `pull_request_target` or `workflow_run` instead (without checking out untrusted code with the token), or skip it for forks.');
        }
        return fail(`the token may not do this: give the job ${permissionFor(path)}; on pull requests from forks GITHUB_TOKEN is read-only regardless.`);
    }
    if (status === 401)
        return fail('GitHub rejected the token (401 Bad credentials): it is missing, expired or revoked.');
    if (status === 404) {
        const target = repo ? `${repo} (or what ${path.slice(`/repos/${repo}`.length) || 'it'} names in it)` : path || 'the resource';
        return fail(`GitHub answered 404 for ${method} ${path}: ${target} does not exist, or the repository is private and the token cannot see it (GitHub answers 404, not 403, then); GITHUB_TOKEN only reaches the workflow's own repository, so pass a token with access to ${repo ?? 'it'}.`);
    }
    if (status === 422) {
        // "Validation Failed" and "Invalid request." only announce the details that follow them.
        const details = (body.errors ?? []).map(describeFieldError);
        const reasons = details.length > 0 ? details.join('; ') : message.replace(/^Invalid request\.?\s*/i, '') || message;
        return fail(`GitHub rejected the request (422): ${reasons.replace(/\.$/, '')}.`);
    }
    if (status >= 500) {
        const cause = 'response' in error && error.response ? `answered ${status}` : `could not be reached (${raw})`;
        return fail(`GitHub ${cause}, and retrying did not help; it is probably having an outage (see https://www.githubstatus.com), try again later.`);
    }
    return fail(`GitHub answered ${status}: ${message}`);
}


/***/ }),

/***/ 275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _h: () => (/* binding */ nominalGb),
/* harmony export */   fq: () => (/* binding */ formatGb)
/* harmony export */ });
/* unused harmony exports GB, GIB, MEMORY_TOLERANCE */
// How machine sizes are compared and shown. The generated setup.py repeats these rules in Python
// (assets/bootstrap_setup.py); the differential tests run both on the same inputs, so change them together.
/** Decimal gigabyte: what messages show ("needs 16 GB"). */
const GB = 1e9;
const GIB = 2 ** 30;
/**
 * Memory may fall this far under the requirement and still pass: firmware and the kernel keep part of the RAM, so a
 * machine sold as 16 GB reports about 15.5 GiB.
 */
const MEMORY_TOLERANCE = 0.05;
/**
 * Bytes as GB with one decimal and no trailing `.0`. Needs round up and findings round down, so a shortfall never
 * reads "needs 16 GB, found 16 GB". The epsilon keeps float noise (1.3e9 / 1e8 = 13.000000000000002) from tipping it.
 */
function formatGb(bytes, round) {
    const tenths = round === 'up' ? Math.ceil(bytes / 1e8 - 1e-6) : Math.floor(bytes / 1e8 + 1e-6);
    return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
/**
 * The whole number of GB a person means by a machine size: `16GB` and `16 GiB` both mean the 16 GB tier that GitHub
 * lists and devcontainer.json writes as `16gb` (1024-based). Anything else rounds up to the next decimal GB.
 */
function nominalGb(bytes) {
    if (bytes <= 0)
        return 0;
    return bytes % GIB === 0 ? bytes / GIB : Math.ceil(bytes / GB - 1e-9);
}


/***/ }),

/***/ 4162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony export ApplyEditsError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _contained_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8315);
// Writes a plan's edits all or nothing. Each new text goes to a temporary file in its target's folder (a rename
// within one file system is atomic), and every original is kept as a hard link until all renames succeeded: a
// failure anywhere puts back every file already replaced, so the project is left exactly as it was. A process killed
// between those steps (kill -9, a cancelled job on a self-hosted runner) leaves its temporary and backup files
// behind; the next write removes those, and only those: ml-hub's own names, in the folders it writes.




class ApplyEditsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ApplyEditsError';
    }
}
const errorText = (e) => e.message;
const sibling = (file, kind) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.ml-hub-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.${kind}`);
/** The names `sibling` makes: `.<file>.ml-hub-<12 hex>.tmp|orig`. */
const siblingName = /^\.(.+)\.ml-hub-[0-9a-f]{12}\.(tmp|orig)$/;
/**
 * Removes the temporary and backup files an interrupted earlier write left in `dirs`. A backup is kept only when the
 * file it backs up is gone, since it is then the one copy left; otherwise the file holds its old or its new text, and
 * the plan was made from that.
 */
async function removeStaleSiblings(fs, dirs) {
    for (const dir of new Set(dirs)) {
        const names = await fs.readdir(dir).catch(() => []);
        for (const name of names) {
            const match = siblingName.exec(name);
            if (!match)
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
            if (!(await fs.lstat(full).then((s) => s.isFile(), () => false)))
                continue;
            if (match[2] === 'orig' && !(await fs.lstat(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, match[1])).then(() => true, () => false)))
                continue;
            await fs.unlink(full).catch(() => undefined);
        }
    }
}
/** The real path an edit writes, refusing paths that leave the root by name or through a symlink. */
async function resolveTarget(fs, realRoot, edit) {
    const relative = edit.path;
    const normal = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(relative);
    if (!relative || relative.includes('\\') || node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(relative) || normal === '.' || normal === '..' || normal.startsWith('../') || normal !== relative.replace(/^\.\//, '')) {
        throw new ApplyEditsError(`refusing to write ${JSON.stringify(relative)}: not a plain path inside the project`);
    }
    let current = realRoot;
    const parts = normal.split('/');
    for (let i = 0; i < parts.length; i++) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(current, parts[i]);
        let stat;
        try {
            stat = await fs.lstat(next);
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw new ApplyEditsError(`cannot write ${relative}: ${errorText(e)}`);
            const missing = parts.slice(i, -1).map((_, j) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(current, ...parts.slice(i, i + j + 1)));
            return { edit, file: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(current, ...parts.slice(i)), missingDirs: missing };
        }
        if (stat.isSymbolicLink()) {
            let real;
            try {
                real = await fs.realpath(next);
            }
            catch {
                throw new ApplyEditsError(`refusing to write ${relative}: ${parts.slice(0, i + 1).join('/')} is a symlink to nothing`);
            }
            if (!(0,_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRoot, real))
                throw new ApplyEditsError(`refusing to write ${relative}: ${parts.slice(0, i + 1).join('/')} is a symlink leading outside the project`);
            current = real;
        }
        else {
            current = next;
        }
    }
    return { edit, file: current, missingDirs: [] };
}
/** The file must still be what the plan was made from; someone may have edited it since. */
async function checkUnchanged(fs, target) {
    let current;
    try {
        current = await fs.readFile(target.file, 'utf8');
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw new ApplyEditsError(`cannot replace ${target.edit.path}: ${errorText(e)}`);
    }
    if (current !== target.edit.before) {
        const what = target.edit.before === undefined ? 'it exists now' : current === undefined ? 'it was deleted' : 'it changed';
        throw new ApplyEditsError(`${target.edit.path} is not what the plan was made from (${what}); plan again`);
    }
}
/** Puts every replaced file back, then removes what was created; returns what could not be undone. */
async function rollBack(fs, targets, createdDirs) {
    const problems = [];
    for (const t of [...targets].reverse()) {
        try {
            if (t.replaced && t.backup)
                await fs.rename(t.backup, t.file);
            else if (t.replaced)
                await fs.unlink(t.file);
            else if (t.backup)
                await fs.unlink(t.backup);
        }
        catch (e) {
            problems.push(`${t.edit.path}: ${errorText(e)}${t.backup ? ` (the original is kept at ${t.backup})` : ''}`);
        }
        if (t.temp && !t.replaced)
            await fs.unlink(t.temp).catch(() => undefined);
    }
    for (const dir of [...createdDirs].reverse())
        await fs.rmdir(dir).catch(() => undefined);
    return problems;
}
/**
 * Writes every edit (paths relative to `root`) or none: on any failure each file is left as it was and the error
 * says which edit failed. Refuses paths outside the root, symlinks that lead out of it, and files that changed since
 * the plan was made (their text differs from `before`).
 */
async function applyEdits(root, edits, fs = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__) {
    const realRoot = await fs.realpath(root);
    const targets = [];
    for (const edit of edits)
        targets.push(await resolveTarget(fs, realRoot, edit));
    const files = targets.map((t) => t.file);
    const twice = files.find((f, i) => files.indexOf(f) !== i);
    if (twice)
        throw new ApplyEditsError(`two edits write ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(realRoot, twice)}`);
    await removeStaleSiblings(fs, targets.filter((t) => t.missingDirs.length === 0).map((t) => node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(t.file)));
    const createdDirs = [];
    try {
        for (const t of targets) {
            for (const dir of t.missingDirs) {
                if (createdDirs.includes(dir))
                    continue;
                await fs.mkdir(dir);
                createdDirs.push(dir);
            }
            const mode = t.edit.before === undefined ? undefined : await fs.stat(t.file).then((s) => s.mode & 0o7777, () => undefined);
            t.temp = sibling(t.file, 'tmp');
            await fs.writeFile(t.temp, t.edit.after, { encoding: 'utf8', flag: 'wx' });
            if (mode !== undefined)
                await fs.chmod(t.temp, mode);
        }
        for (const t of targets) {
            await checkUnchanged(fs, t);
            if (t.edit.before !== undefined) {
                t.backup = sibling(t.file, 'orig');
                await fs.link(t.file, t.backup).catch(() => fs.copyFile(t.file, t.backup, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_EXCL));
            }
            await fs.rename(t.temp, t.file);
            t.replaced = true;
        }
    }
    catch (e) {
        const problems = await rollBack(fs, targets, createdDirs);
        const message = e instanceof ApplyEditsError ? e.message : `writing the edits failed: ${errorText(e)}`;
        throw new ApplyEditsError(problems.length ? `${message}; restoring failed for ${problems.join('; ')}` : `${message}; no file was changed`);
    }
    for (const t of targets)
        if (t.backup)
            await fs.unlink(t.backup).catch(() => undefined);
}


/***/ }),

/***/ 1043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   jq: () => (/* binding */ stepSummaryLimitBytes),
/* harmony export */   nd: () => (/* binding */ MarkdownBudget),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
// Markdown building blocks for job summaries and PR comments, with a byte budget: GitHub rejects a step summary over
// 1 MiB and a comment over 65,536 characters, so every table knows how to stop early and say how much it left out.
const zeroWidthJoiner = '\u200d';
/**
 * Untrusted text (run, experiment, param, tag, metric, file and package names, and messages quoting them) as one line
 * of inline Markdown that shows the text and does nothing else, in a table cell or anywhere in a line. The one escape
 * for such text in job summaries, comments and pull request bodies:
 * - no HTML: `&`, `<` and `>` become entities;
 * - no Markdown: backslashes before what starts emphasis, code, links and images, tables, math, (at the start)
 *   headings, lists and rules, and (at the end) what a heading would drop;
 * - no mentions or references: a zero-width joiner after `@` keeps `@user` and `@org/team` from notifying anyone, and
 *   after `#` before a digit keeps `#123` from linking an issue; one after `scheme:` and in `www.` keeps bare URLs
 *   from becoming links;
 * - one line: line breaks become `<br>`.
 */
/**
 * GitHub rejects a step summary over 1 MiB. Every pipeline writes under this budget, which keeps room for what the
 * step's other writers append.
 */
const stepSummaryLimitBytes = 1024 * 1024 - 16 * 1024;
function cell(text) {
    return text
        .replace(/[\\`*~[\]|$]/g, '\\$&')
        // Inside a word (`max_depth`) an underscore never emphasises: left as it is, the text stays as people search for it.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // What would start a heading, a list item or a rule at the start of a line (as inside a list item).
        .replace(/^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|-(?=[-\s]*$)|\d{1,9}(?=[.)](?:\s|$)))/, (_, space, lead) => /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`)
        // A heading drops a closing run of `#` after white space.
        .replace(/(\s)(#+\s*)$/, '$1\\$2')
        .replace(/@/g, `@${zeroWidthJoiner}`)
        .replace(/#(?=\d)/g, `#${zeroWidthJoiner}`)
        .replace(/:(?=\/\/)/g, `:${zeroWidthJoiner}`)
        .replace(/(www)\./gi, `$1${zeroWidthJoiner}.`)
        // Leading white space would indent the text into a code block (in a list item).
        .replace(/^[ \t]+/, (space) => space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** A link whose text is untrusted: the text escaped as `cell` does, the target percent-encoded where Markdown would end it. */
function link(text, url) {
    const target = url.replace(/[\s()<>[\]\\"'`|]/g, (c) => encodeURIComponent(c).replace(/[()'!*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
    return `[${cell(text)}](${target})`;
}
/** An inline code span that survives backticks in the text. */
function code(text) {
    const clean = text.replace(/\r\n|\r|\n/g, ' ');
    const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space from each end of a span that has one at both (and is not all spaces): pad to keep them.
    const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ') && /[^ ]/.test(clean)) ? ' ' : '';
    return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}
class MarkdownBudget {
    limit;
    parts = [];
    used = 0;
    truncated = false;
    constructor(limit) {
        this.limit = limit;
    }
    get remaining() {
        return this.limit - this.used;
    }
    /** Adds text if it fits; returns false (and adds nothing) otherwise. */
    add(text) {
        const size = Buffer.byteLength(text);
        if (size > this.remaining) {
            this.truncated = true;
            return false;
        }
        this.parts.push(text);
        this.used += size;
        return true;
    }
    /**
     * A table that keeps as many rows as fit while leaving `reserve` bytes for what follows, then a line saying
     * how many rows were left out and where to find them.
     */
    table(header, rows, options = {}) {
        const line = (cells) => `| ${cells.join(' | ')} |\n`;
        const head = line(header) + line(header.map(() => '---'));
        const reserve = (options.reserve ?? 0) + 200;
        if (!this.add(head))
            return;
        let shown = 0;
        for (const row of rows) {
            const text = line(row);
            if (Buffer.byteLength(text) > this.remaining - reserve)
                break;
            this.add(text);
            shown++;
        }
        if (shown < rows.length) {
            this.truncated = true;
            this.add(`\n_…and ${rows.length - shown} more rows${options.more ? ` (${options.more})` : ''}._\n`);
        }
        this.add('\n');
    }
    toString() {
        return this.parts.join('');
    }
}
/**
 * A collapsed section: `<details>` with a blank line so GitHub renders the Markdown inside. The summary is HTML, where
 * Markdown is not read: untrusted text in it goes through `cell` (safe there too), never `code`.
 */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}


/***/ })

};
