export const id = 610;
export const ids = [610];
export const modules = {

/***/ 9610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/git/git.ts
var git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(6317);
// EXTERNAL MODULE: ./shared/github/errors.ts
var errors = __webpack_require__(5585);
;// CONCATENATED MODULE: ./shared/github/create-repository.ts
// Creates a GitHub repository for an ML project (`ml-hub init --create OWNER/NAME`): under the token's own account
// when OWNER is its login, else in the organization OWNER; then tags it with topics so it can be found.

class CreateRepositoryError extends Error {
}
const mlTopics = ['machine-learning', 'mlflow'];
async function tokenLogin(client) {
    try {
        return (await client.rest.users.getAuthenticated()).data.login;
    }
    catch {
        // An app installation token has no user; the repository can only go to an organization then.
        return undefined;
    }
}
async function createRepository(client, target) {
    const fullName = `${target.owner}/${target.name}`;
    const login = await tokenLogin(client);
    const forUser = login !== undefined && login.toLowerCase() === target.owner.toLowerCase();
    let data;
    try {
        const body = { name: target.name, private: target.private, description: target.description };
        data = forUser
            ? (await client.rest.repos.createForAuthenticatedUser(body)).data
            : (await client.rest.repos.createInOrg({ org: target.owner, ...body })).data;
    }
    catch (error) {
        if (error.status === 422 && /already exists/i.test(JSON.stringify(error.response?.data ?? ''))) {
            throw new CreateRepositoryError(`${fullName} already exists on GitHub; choose another name, or use it as it is: git remote add origin <its URL>.`);
        }
        const where = forUser ? 'your account' : `the organization ${target.owner}`;
        throw new CreateRepositoryError((0,errors/* explainGitHubError */.P)(error, `create ${fullName} in ${where}`));
    }
    try {
        await client.rest.repos.replaceAllTopics({ owner: data.owner.login, repo: data.name, names: mlTopics });
    }
    catch (error) {
        throw new CreateRepositoryError((0,errors/* explainGitHubError */.P)(error, `set the topics of ${data.full_name} (it was created)`));
    }
    return { fullName: data.full_name, cloneUrl: data.clone_url, htmlUrl: data.html_url };
}

// EXTERNAL MODULE: ./cli/cli-support.ts
var cli_support = __webpack_require__(3735);
// EXTERNAL MODULE: ./shared/package/atomic-write.ts
var atomic_write = __webpack_require__(4162);
;// CONCATENATED MODULE: ./cli/scaffold.ts
// What `ml-hub init` puts into a repository: the suite's workflows (from workflows-examples/), the settings file with
// a commented requirements block, and .gitignore entries for what Python and MLflow leave behind. Existing files are
// kept unless forced; .gitignore only ever gains the lines it lacks.




/** The placeholder for the GitHub owner of ml-hub's actions in workflows-examples/. */
const ownerPlaceholder = '<owner>';
/** workflows-examples/ of the ml-hub checkout this CLI runs from. */
function examplesDir() {
    return external_node_path_default().join((0,cli_support/* mlHubHome */.uo)(), 'workflows-examples');
}
/** train.yml is the workflow dispatch-training starts by default; publish-metrics.yml publishes MLflow runs on push and PR. */
const workflowFiles = ['detect-env.yml', 'package-env.yml', 'train.yml', 'publish-metrics.yml'];
const settingsText = `# ml-hub settings, read by detect-env, package-env and the ml-hub CLI. Every key is optional.
#
# fail-on: undeclared            # never | undeclared | any
# exclude: ["notebooks/scratch/**"]
# mapping:                       # import name → distribution, when ml-hub cannot tell
#   cv2: opencv-python-headless
# ignore:
#   undeclared: [my_internal_tool]
#   unused: [gunicorn]
#
# What training needs, so workflows can pick a machine that fits:
# requirements:
#   cpus: 4
#   memory: 16GB
#   gpu: 1
#   disk: 50GB
#   python: "3.11"
`;
/** Lines .gitignore should hold: virtual environments, Python caches, notebook checkpoints, MLflow's artifact store. */
const ignoredPatterns = ['.venv/', 'venv/', '__pycache__/', '*.py[cod]', '.ipynb_checkpoints/', '.pytest_cache/', 'mlartifacts/'];
/** `/.venv/`, `.venv` and `.venv/` ignore the same folder at the root; compare them as one. */
function normalizePattern(line) {
    return line.trim().replace(/^\//, '').replace(/\/$/, '');
}
function read(file) {
    return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : undefined;
}
/** The owner an earlier `ml-hub init` filled in (`uses: acme/ml-hub/detect-env@v1`), so a rerun keeps it. */
function ownerInWorkflows(dir) {
    for (const name of workflowFiles) {
        const text = read(external_node_path_default().join(dir, '.github', 'workflows', name));
        const owner = text && /^\s*-?\s*uses:\s*([A-Za-z0-9][A-Za-z0-9-]*)\/ml-hub\/[a-z-]+@/m.exec(text)?.[1];
        if (owner)
            return owner;
    }
    return undefined;
}
async function scaffoldRepository(dir, options) {
    const results = [];
    const edits = [];
    const wanted = workflowFiles.map((name) => {
        const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(examplesDir(), name), 'utf8');
        return [`.github/workflows/${name}`, options.actionsOwner ? text.replaceAll(ownerPlaceholder, options.actionsOwner) : text];
    });
    wanted.push(['.github/ml-hub.yml', settingsText]);
    for (const [file, text] of wanted) {
        const before = read(external_node_path_default().join(dir, file));
        if (before === text)
            results.push({ path: file, status: 'up to date' });
        else if (before !== undefined && !options.force)
            results.push({ path: file, status: 'exists, kept', detail: '--force replaces it' });
        else {
            edits.push({ path: file, before, after: text, reasons: [before === undefined ? 'scaffolded by ml-hub init' : 'replaced by ml-hub init --force'] });
            results.push({ path: file, status: before === undefined ? 'created' : 'overwritten' });
        }
    }
    const gitignore = read(external_node_path_default().join(dir, '.gitignore'));
    const present = new Set((gitignore ?? '').split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#')).map(normalizePattern));
    const missing = ignoredPatterns.filter((p) => !present.has(normalizePattern(p)));
    if (missing.length === 0) {
        results.push({ path: '.gitignore', status: 'up to date' });
    }
    else {
        const head = gitignore === undefined || gitignore === '' ? '' : gitignore.endsWith('\n') ? `${gitignore}\n` : `${gitignore}\n\n`;
        const after = `${head}# Python environments and caches, MLflow's artifact store (ml-hub init)\n${missing.join('\n')}\n`;
        edits.push({ path: '.gitignore', before: gitignore, after, reasons: [`added ${missing.join(', ')}`] });
        results.push({ path: '.gitignore', status: gitignore === undefined ? 'created' : 'appended', detail: missing.join(' ') });
    }
    await (0,atomic_write/* applyEdits */.c)(dir, edits);
    return results;
}

;// CONCATENATED MODULE: ./cli/init-command.ts
// ml-hub init [PATH] [--force] [--create OWNER/NAME] [--private] [--actions-owner OWNER]
// Makes a folder an ml-hub repository: the suite's workflows, the settings file and .gitignore entries; with --create,
// a new GitHub repository (topics machine-learning and mlflow) set as `origin`.







/** The GitHub owner of the ml-hub checkout this CLI runs from, which is where its actions live. */
async function ownerOfThisMlHub() {
    const home = (0,cli_support/* mlHubHome */.uo)();
    const url = (await (0,git/* tryGit */.Ii)(home, ['remote', 'get-url', 'origin']))?.trim();
    return url ? /github\.com[:/]([^/]+)\/[^/]+?(?:\.git)?\/?$/i.exec(url)?.[1] : undefined;
}
/** Whether a remote URL names OWNER/NAME, in any of GitHub's URL forms. */
function pointsAt(url, fullName) {
    return url !== undefined && new RegExp(`[:/]${fullName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.git)?/?$`, 'i').test(url.trim());
}
async function initCommand(args) {
    const { values, positionals } = (0,cli_support/* parseCommandArgs */.Qx)(args, {
        force: { type: 'boolean' },
        create: { type: 'string' },
        private: { type: 'boolean' },
        'actions-owner': { type: 'string' },
    }, 'init');
    if (positionals.length > 1)
        throw new cli_support/* UsageError */.eb('init: expected at most one PATH');
    const create = values.create;
    if (create !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+$/.test(create))
        throw new cli_support/* UsageError */.eb(`init: --create expects OWNER/NAME, got "${create}"`);
    if (values.private && create === undefined)
        throw new cli_support/* UsageError */.eb('init: --private goes with --create OWNER/NAME');
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    if (create !== undefined && !token) {
        throw new cli_support/* UsageError */.eb('init: --create needs a GitHub token with the `repo` scope in GITHUB_TOKEN or GH_TOKEN (for example: GH_TOKEN=$(gh auth token) ml-hub init --create OWNER/NAME)');
    }
    const target = external_node_path_default().resolve(positionals[0] ?? '.');
    if (!(0,external_node_fs_.existsSync)(target)) {
        (0,external_node_fs_.mkdirSync)(target, { recursive: true });
        console.log(`created ${target}`);
    }
    let top = (await (0,git/* tryGit */.Ii)(target, ['rev-parse', '--show-toplevel']))?.trim();
    if (!top) {
        await (0,git/* git */.$Y)(target, ['init', '-q', '-b', 'main']);
        top = target;
        console.log(`initialized an empty git repository in ${target}`);
    }
    else if (external_node_path_default().resolve(top) !== target) {
        console.log(`${target} is inside the git repository ${top}; workflows run only from its top level, so ml-hub init writes there`);
    }
    const actionsOwner = values['actions-owner'] ?? ownerInWorkflows(top) ?? (await ownerOfThisMlHub());
    const results = await scaffoldRepository(top, { force: values.force ?? false, actionsOwner });
    for (const r of results)
        console.log(`  ${r.status.padEnd(13)} ${r.path}${r.detail ? ` (${r.detail})` : ''}`);
    if (!actionsOwner) {
        console.log(`note: the workflows say ${ownerPlaceholder}/ml-hub/…@v1; replace ${ownerPlaceholder} with the GitHub owner of ml-hub, or re-run with --force --actions-owner OWNER`);
    }
    if (create === undefined)
        return cli_support/* exitCodes */.hS.ok;
    const [owner, name] = create.split('/');
    const origin = (await (0,git/* tryGit */.Ii)(top, ['remote', 'get-url', 'origin']))?.trim();
    if (pointsAt(origin, create)) {
        console.log(`origin already points at ${create} (${origin}); not creating it again`);
        return cli_support/* exitCodes */.hS.ok;
    }
    const client = (0,github_client/* createGitHubClient */.L)(token, { log: { info: () => { }, warning: (m) => console.error(`warning: ${m}`) } });
    let created;
    try {
        created = await createRepository(client, { owner, name, private: values.private ?? false });
    }
    catch (error) {
        if (!(error instanceof CreateRepositoryError))
            throw error;
        console.error(`ml-hub init: ${error.message}`);
        return cli_support/* exitCodes */.hS.findings;
    }
    console.log(`created ${created.fullName} (${values.private ? 'private' : 'public'}, topics machine-learning, mlflow): ${created.htmlUrl}`);
    if (origin === undefined) {
        await (0,git/* git */.$Y)(top, ['remote', 'add', 'origin', created.cloneUrl]);
        console.log(`origin → ${created.cloneUrl}`);
    }
    else {
        await (0,git/* git */.$Y)(top, ['remote', 'set-url', 'origin', created.cloneUrl]);
        console.log(`origin → ${created.cloneUrl} (was ${origin})`);
    }
    console.log(`next: git add -A && git commit -m "Set up ml-hub" && git push -u origin HEAD`);
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

/***/ 7361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ changedSince),
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   II: () => (/* binding */ showFile),
/* harmony export */   Ii: () => (/* binding */ tryGit),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   ao: () => (/* binding */ filesAtCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// The few git questions ml-hub asks, through the real `git` with argument arrays.


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 << 20, encoding: 'utf8' });
    return stdout;
}
async function tryGit(cwd, args) {
    try {
        return await git(cwd, args);
    }
    catch {
        return undefined;
    }
}
/**
 * Resolves a commit-ish to a full SHA. A shallow checkout (actions/checkout's default depth 1) lacks the base commit:
 * fetch just that commit once before giving up.
 */
async function resolveCommit(dir, ref) {
    const verify = () => tryGit(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    let sha = await verify();
    if (!sha && /^[0-9a-f]{40}$/i.test(ref)) {
        await tryGit(dir, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ref]);
        sha = await verify();
    }
    return sha?.trim() || undefined;
}
/** Paths, relative to `dir`, of the files under `dir` at `commit`. */
async function filesAtCommit(dir, commit) {
    const out = await git(dir, ['ls-tree', '-r', '-z', '--name-only', commit, '--', '.']);
    return out.split('\0').filter(Boolean);
}
/** Paths, relative to `dir`, that differ between `commit` and the working tree. */
async function changedSince(dir, commit) {
    const out = await git(dir, ['diff', '--name-only', '-z', '--no-renames', '--relative', commit, '--', '.']);
    return out.split('\0').filter(Boolean);
}
/** A file as it was at `commit`; `path` is relative to `dir` (git's `./` form). */
async function showFile(dir, commit, path) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['show', `${commit}:./${path}`], { cwd: dir, encoding: 'buffer', maxBuffer: 64 << 20 }, (error, stdout) => resolve(error ? undefined : stdout));
    });
}


/***/ }),

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
// The GitHub client every action uses: @actions/github's octokit with retries for 5xx answers and dropped connections
// (@octokit/plugin-retry) and waiting out primary and secondary rate limits (@octokit/plugin-throttling), each retry
// reported through the caller's logger.




/**
 * Every 4xx but 408 (Request Timeout): retrying fixes server errors, not requests GitHub refused. 403 and 429 are the
 * throttling plugin's to judge, since they may be rate limits.
 */
const doNotRetry = Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 408);
const silent = { info: () => { }, warning: () => { } };
function createGitHubClient(token, options = {}) {
    const log = options.log ?? silent;
    const retries = options.retries ?? 3;
    const maxWait = options.maxRateLimitWait ?? 900;
    const scale = options.waitScale ?? (Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1);
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= retries || retryAfter > maxWait) {
            log.warning(`${what}: GitHub ${kind} rate limit; not waiting ${retryAfter}s for another try (${retryCount} retries so far).`);
            return false;
        }
        log.warning(`${what}: GitHub ${kind} rate limit; retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries}).`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
        userAgent: options.userAgent ?? 'ml-hub',
        log: {
            debug: (m) => log.debug?.(m),
            info: (m) => log.debug?.(m),
            warn: (m) => log.warning(m),
            error: (m) => log.warning(m),
        },
        retry: { retries, doNotRetry, retryAfterBaseValue: 1000 * scale },
        throttle: {
            retryAfterBaseValue: 1000 * scale,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...pacing(scale),
        },
    }, reportRetries(log), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
const pacingGroups = new Map();
/**
 * GitHub asks clients to space out content-creating requests; the throttling plugin does (1 s between writes, 3 s
 * between notification-triggering ones, 2 s between searches). Same groups as its defaults, with the scale applied,
 * shared by every client in the process as the plugin's own are.
 */
function pacing(scale) {
    let groups = pacingGroups.get(scale);
    if (!groups) {
        const group = (id, minTime) => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ id, maxConcurrent: 1, minTime: minTime * scale, timeout: 120_000 });
        groups = { write: group('ml-hub-write', 1000), notifications: group('ml-hub-notifications', 3000), search: group('ml-hub-search', 2000) };
        pacingGroups.set(scale, groups);
    }
    return groups;
}
/**
 * Logs every retry, whichever plugin makes it. Registered before them, so its hook runs inside theirs and sees each
 * attempt of a request (they retry with the same options object).
 */
function reportRetries(log) {
    return (octokit) => {
        const failures = new WeakMap();
        octokit.hook.wrap('request', async (request, options) => {
            const previous = failures.get(options);
            if (previous)
                log.info(`${options.method} ${options.url}: attempt ${previous.attempts + 1} after ${previous.last}.`);
            try {
                return await request(options);
            }
            catch (error) {
                // A request that got no answer at all reaches us as a status-500 RequestError without a response.
                const e = error;
                const last = e.response === undefined ? `no answer (${e.message})` : `status ${e.status}`;
                failures.set(options, { attempts: (previous?.attempts ?? 0) + 1, last });
                throw error;
            }
        });
    };
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


/***/ })

};
