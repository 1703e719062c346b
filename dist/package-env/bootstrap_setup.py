#!/usr/bin/env python3
# ml-hub: generated setup.py. package-env regenerates it; delete this line to keep your own edits (ml-hub then leaves the file alone).
"""Set up this project on this machine, or package it.

    python setup.py             check this machine against the project's requirements, then offer to recreate its
                                environment: a conda environment from environment.yml when conda, mamba or
                                micromamba is on PATH, otherwise a virtual environment in .venv from requirements.txt
    python setup.py bootstrap [--yes] [--dry-run] [--no-input] [--force]
    pip install .               install the project; install_requires are read from requirements.txt

bootstrap options:
    --yes, -y     accept every offer without asking
    --dry-run     print the commands it would run and run nothing
    --no-input    never ask, answer no (also what happens when stdin is not a terminal)
    --force       set up here even when the machine falls short of the requirements

Any other arguments go to setuptools (sdist, bdist_wheel, egg_info, develop, ...), as pip passes them. It installs
the regular packages (folders with __init__.py, at the top or under src/) and the top-level modules, leaving out
tests, docs, examples and notebooks; install_requires follow requirements.txt and the files it includes with -r.
With several conda tools on PATH, mamba is preferred, then conda, then micromamba.

The requirements come from .github/ml-hub.yml when its "requirements:" block is simple key: value lines, else from
the copy recorded below when this file was generated. The machine's answers can be replaced, for tests and what-ifs:
    ML_HUB_FAKE_CPUS        logical CPUs
    ML_HUB_FAKE_MEMORY_GB   total memory, decimal GB
    ML_HUB_FAKE_DISK_GB     free disk space, decimal GB
    ML_HUB_FAKE_GPUS        NVIDIA GPUs
    ML_HUB_FAKE_CUDA        CUDA version the driver supports
    ML_HUB_FAKE_PYTHON      Python version to check instead of this interpreter's
conda, mamba, micromamba, nvidia-smi, git and gh are looked up on PATH, so a PATH of stand-ins changes them too.
"""

import io
import math
import os
import platform
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOWS = os.name == "nt"

# ml-hub data begin: package-env writes the project's record from here to "ml-hub data end" (shared/package/setup-py.ts).
# These stand-ins let the file compile and run as it is.
PROJECT = {"name": "project", "version": "0.1.0", "python_requires": None, "repository": None, "train_workflow": None}
RECORDED_REQUIREMENTS = {}
CODESPACES_MACHINES = []
# ml-hub data end

# Must match shared/machine/units.ts.
MEMORY_TOLERANCE = 0.05
GIB = 2 ** 30
BOOTSTRAP_FLAGS = ("--yes", "-y", "--dry-run", "--no-input", "--force", "--help", "-h")
ENVIRONMENT_FILES = ("environment.yml", "environment.yaml")


# ---------------------------------------------------------------------------------------------------- packaging


def logical_lines(text):
    """pip's line rules: a trailing backslash joins lines; '#' starts a comment at line start or after whitespace."""
    joined = re.sub(r"\\\r?\n", "", text)
    for line in joined.splitlines():
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        line = re.sub(r"\$\{([A-Za-z0-9_]+)\}", lambda m: os.environ.get(m.group(1), m.group(0)), line)
        if line:
            yield line


def read_requirements(path, seen=None, files=None):
    """install_requires from a pip requirements file: -r files are followed (pip installs them too); constraints,
    editables, index options and bare paths or URLs name nothing setuptools can require, so they are skipped."""
    seen = set() if seen is None else seen
    real = os.path.realpath(path)
    if real in seen or not os.path.isfile(path):
        return []
    seen.add(real)
    if files is not None:
        files.append(os.path.relpath(path, HERE))
    with io.open(path, encoding="utf-8") as f:
        text = f.read()
    requirements = []
    for line in logical_lines(text):
        if line.startswith("-"):
            include = re.match(r"^(?:--requirement(?:=|\s+)|-r\s*)(\S.*)$", line)
            if include:
                target = os.path.join(os.path.dirname(path), include.group(1).strip())
                requirements.extend(read_requirements(target, seen, files))
            continue
        # Per-requirement options (--hash, --config-settings) follow the requirement.
        requirement = re.split(r"\s+--?[A-Za-z]", line, maxsplit=1)[0].strip()
        if re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?\s*@", requirement):
            requirements.append(requirement)  # name @ url: a direct reference setuptools accepts
            continue
        if "://" in requirement:
            egg = re.search(r"#egg=([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
            if egg:
                requirements.append("%s @ %s" % (egg.group(1), requirement.split("#", 1)[0]))
            continue
        if re.match(r"^(\.|/|~|[A-Za-z]:\\)", requirement) or re.search(r"\.(whl|zip|tar\.gz|tgz)$", requirement):
            continue
        requirements.append(requirement)
    return requirements


def find_code():
    """packages and py_modules, given explicitly: setuptools' automatic discovery refuses a flat layout with several
    top-level folders (data/, notebooks/, mlruns/), which is what an ML repository looks like."""
    from setuptools import find_packages

    skip = ["tests", "tests.*", "test", "test.*", "docs", "docs.*", "examples", "examples.*", "notebooks", "notebooks.*"]
    source = "src" if os.path.isdir(os.path.join(HERE, "src")) and find_packages(os.path.join(HERE, "src")) else ""
    where = os.path.join(HERE, source) if source else HERE
    packages = find_packages(where, exclude=skip)
    modules = []
    for entry in sorted(os.listdir(where)):
        name, ext = os.path.splitext(entry)
        if ext != ".py" or not os.path.isfile(os.path.join(where, entry)) or not name.isidentifier():
            continue
        if name in ("setup", "conftest", "noxfile", "tasks") or name.startswith("test_") or name.endswith("_test"):
            continue
        modules.append(name)
    return source, packages, modules


def package(argv):
    try:
        import setuptools
        from setuptools.command.sdist import sdist
    except ImportError:
        sys.stderr.write("setuptools is not installed in this Python: run 'pip install .' (pip brings its own), or\n"
                         "'python -m pip install setuptools' first. 'python setup.py' alone sets up the environment.\n")
        return 1

    requirement_files = []
    install_requires = read_requirements(os.path.join(HERE, "requirements.txt"), files=requirement_files)

    class SdistWithRequirements(sdist):
        """An sdist must carry requirements.txt (and what it includes), or a build from it loses install_requires."""

        def make_distribution(self):
            for name in requirement_files + [f for f in ENVIRONMENT_FILES if os.path.isfile(os.path.join(HERE, f))]:
                if name not in self.filelist.files:
                    self.filelist.append(name)
            sdist.make_distribution(self)

    source, packages, modules = find_code()
    options = dict(
        name=PROJECT["name"],
        version=PROJECT["version"],
        install_requires=install_requires,
        packages=packages,
        py_modules=modules,
        cmdclass={"sdist": SdistWithRequirements},
    )
    if PROJECT["python_requires"]:
        options["python_requires"] = PROJECT["python_requires"]
    if source:
        options["package_dir"] = {"": source}
    sys.argv = [sys.argv[0]] + argv
    os.chdir(HERE)
    setuptools.setup(**options)
    return 0


# ------------------------------------------------------------------------------------------------- requirements


def parse_size(value):
    """config.ts parseSize: a bare number is GiB; strings take b, kb, mb, gb, tb and their -ib forms."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value * GIB if value >= 0 else None
    m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?\s*$", str(value), re.I)
    if not m:
        return None
    unit = (m.group(2) or "gib").lower()
    if not unit.endswith("b"):
        unit += "b"
    factors = {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12,
               "kib": 2 ** 10, "mib": 2 ** 20, "gib": 2 ** 30, "tib": 2 ** 40}
    return float(m.group(1)) * factors[unit] if unit in factors else None


def yaml_scalar(text):
    """The plain YAML scalars a simple settings file uses: quoted strings, integers, decimals, anything else a string."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    if re.match(r"^[-+]?\d+$", text):
        return int(text)
    if re.match(r"^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$", text):
        return float(text)
    return text


def python_text(value):
    """What String(value) gives in config.ts for a YAML number: 3.10 is the number 3.1, 3.0 is 3."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_requirements_block(text):
    """The requirements: block of .github/ml-hub.yml when it is simple (flow {k: v} or indented k: v lines); None when
    it is not, so that the recorded copy is used instead of a misread."""
    lines = text.splitlines()
    for index, raw in enumerate(lines):
        line = re.sub(r"\s+#.*$", "", raw).rstrip()
        m = re.match(r"^requirements\s*:\s*(.*)$", line)
        if not m:
            continue
        rest = m.group(1).strip()
        pairs = []
        if rest.startswith("{") and rest.endswith("}"):
            for item in rest[1:-1].split(","):
                if item.strip():
                    pairs.append(item)
        elif rest:
            return None
        else:
            for raw_item in lines[index + 1:]:
                item = re.sub(r"(^|\s+)#.*$", "", raw_item).rstrip()
                if not item.strip():
                    continue
                if not item[0].isspace():
                    break
                pairs.append(item)
        record = {}
        for pair in pairs:
            key, sep, value = pair.partition(":")
            key = key.strip()
            if not sep or key not in ("cpus", "gpu", "memory", "disk", "python"):
                return None
            value = yaml_scalar(value)
            if key in ("cpus", "gpu"):
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                if not isinstance(value, int) or value < 0:
                    return None
                record[key] = value
            elif key in ("memory", "disk"):
                size = parse_size(value)
                if size is None:
                    return None
                record[key] = size
            else:
                record[key] = python_text(value)
        return record
    return {}


def requirements_record():
    """(record, where it came from)."""
    for name in (".github/ml-hub.yml", ".github/ml-hub.yaml"):
        path = os.path.join(HERE, name)
        if os.path.isfile(path):
            with io.open(path, encoding="utf-8") as f:
                record = parse_requirements_block(f.read())
            if record is not None:
                return record, name
            return RECORDED_REQUIREMENTS, "setup.py (%s's requirements are not simple enough to read here)" % name
    return RECORDED_REQUIREMENTS, "setup.py"


# ------------------------------------------------------------------------------------------------------ machine


def run_quiet(argv, timeout=20):
    """stdout of a command that succeeded, else None."""
    try:
        result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                universal_newlines=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def fake(name, kind):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    try:
        return kind(value.strip())
    except ValueError:
        sys.exit("%s must be a number, got %r" % (name, value))


def cpu_count():
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def total_memory():
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/meminfo") as f:
                for line in f:
                    if line.startswith("MemTotal:"):
                        return int(line.split()[1]) * 1024
        elif sys.platform == "darwin":
            out = run_quiet(["sysctl", "-n", "hw.memsize"])
            return int(out.strip()) if out else None
        elif WINDOWS:
            import ctypes

            class MEMORYSTATUSEX(ctypes.Structure):
                _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                            ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                            ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                            ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                            ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

            status = MEMORYSTATUSEX()
            status.dwLength = ctypes.sizeof(MEMORYSTATUSEX)
            if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
                return int(status.ullTotalPhys)
    except (OSError, ValueError):
        pass
    return None


def nvidia_gpus():
    """(GPU names, CUDA version) from nvidia-smi; no nvidia-smi or no working driver is no GPU."""
    exe = shutil.which("nvidia-smi")
    if not exe:
        return [], None
    out = run_quiet([exe, "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader"])
    names = []
    for line in (out or "").splitlines():
        fields = [f.strip() for f in line.split(",")]
        if len(fields) >= 3:
            names.append(", ".join(fields[:-2]))
    banner = run_quiet([exe]) if names else None
    cuda = re.search(r"CUDA Version\s*:\s*(\d+\.\d+(?:\.\d+)?)", banner or "")
    return names, cuda.group(1) if cuda else None


def probe():
    names, cuda = nvidia_gpus()
    gpus = fake("ML_HUB_FAKE_GPUS", int)
    if gpus is not None:
        names = ["faked by ML_HUB_FAKE_GPUS"] * gpus
    memory = fake("ML_HUB_FAKE_MEMORY_GB", float)
    disk = fake("ML_HUB_FAKE_DISK_GB", float)
    if disk is None:
        try:
            disk = shutil.disk_usage(HERE).free
        except OSError:
            disk = None
    else:
        disk *= 1e9
    cpus = fake("ML_HUB_FAKE_CPUS", int)
    return {
        "cpus": cpus if cpus is not None else cpu_count(),
        "memory": memory * 1e9 if memory is not None else total_memory(),
        "disk": disk,
        "gpus": names,
        "cuda": os.environ.get("ML_HUB_FAKE_CUDA") or cuda,
        "python": os.environ.get("ML_HUB_FAKE_PYTHON") or platform.python_version(),
    }


def gb(value, up):
    """units.ts formatGb."""
    tenths = int(math.ceil(value / 1e8 - 1e-6)) if up else int(math.floor(value / 1e8 + 1e-6))
    return str(tenths // 10) if tenths % 10 == 0 else "%d.%d" % (tenths // 10, tenths % 10)


def nominal_gb(value):
    """units.ts nominalGb."""
    if value <= 0:
        return 0
    return int(value // GIB) if value % GIB == 0 else int(math.ceil(value / 1e9 - 1e-9))


def required_python_specifier(python):
    """python-version.ts requiredPythonSpecifier."""
    s = re.sub(r"\s+", "", python)
    if re.match(r"^\d+(\.\d+)*(\.\*)?$", s):
        return ">=" + re.sub(r"\.\*$", "", s)
    return s


def release(version):
    m = re.match(r"^v?(\d+(?:\.\d+)*)", version.strip())
    return [int(p) for p in m.group(1).split(".")] if m else None


def compare(a, b):
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else 0
        y = b[i] if i < len(b) else 0
        if x != y:
            return -1 if x < y else 1
    return 0


def starts_with(v, prefix):
    return all((v[i] if i < len(v) else 0) == p for i, p in enumerate(prefix))


def python_satisfies(version, specifier):
    """python-version.ts pythonSatisfies: True, False, or None when either is outside the subset."""
    v = release(version)
    if v is None:
        return None
    ok = True
    for part in [p.strip() for p in specifier.split(",") if p.strip()]:
        m = re.match(r"^(~=|===|==|!=|<=|>=|<|>)(\d+(?:\.\d+)*)(\.\*)?$", part)
        if not m:
            return None
        op, text, star = m.group(1), m.group(2), m.group(3)
        target = [int(p) for p in text.split(".")]
        if star and op not in ("==", "!="):
            return None
        if op == "==":
            passed = starts_with(v, target) if star else compare(v, target) == 0
        elif op == "!=":
            passed = not starts_with(v, target) if star else compare(v, target) != 0
        elif op == "===":
            passed = version.strip() == text
        elif op == "~=":
            if len(target) < 2:
                return None
            passed = compare(v, target) >= 0 and starts_with(v, target[:-1])
        elif op == ">=":
            passed = compare(v, target) >= 0
        elif op == "<=":
            passed = compare(v, target) <= 0
        elif op == ">":
            passed = compare(v, target) > 0
        else:
            passed = compare(v, target) < 0
        ok = ok and passed
    return ok


def plural(n, word):
    return word if n == 1 else word + "s"


def shortfalls(facts, record):
    """check-requirements.ts checkRequirements, same lines."""
    out = []
    cpus, memory, disk = record.get("cpus"), record.get("memory"), record.get("disk")
    gpu, python = record.get("gpu"), record.get("python")
    if cpus and facts["cpus"] < cpus:
        out.append("Insufficient CPU: needs %d %s, found %d" % (cpus, plural(cpus, "core"), facts["cpus"]))
    if memory and facts["memory"] is not None and facts["memory"] < memory * (1 - MEMORY_TOLERANCE):
        out.append("Insufficient memory: needs %s GB, found %s GB" % (gb(memory, True), gb(facts["memory"], False)))
    if disk and facts["disk"] is not None and facts["disk"] < disk:
        out.append("Insufficient disk space: needs %s GB free, found %s GB free" % (gb(disk, True), gb(facts["disk"], False)))
    if gpu and len(facts["gpus"]) < gpu:
        found = "none" if not facts["gpus"] else str(len(facts["gpus"]))
        out.append("Insufficient GPU: needs %d NVIDIA %s, found %s" % (gpu, plural(gpu, "GPU"), found))
    if python and facts["python"]:
        specifier = required_python_specifier(python)
        if python_satisfies(facts["python"], specifier) is False:
            out.append("Unsupported Python: needs %s, found %s" % (specifier, facts["python"]))
    return out


def describe(facts):
    parts = ["%d CPU %s" % (facts["cpus"], plural(facts["cpus"], "core"))]
    if facts["memory"] is not None:
        parts.append("%s GB memory" % gb(facts["memory"], False))
    if facts["disk"] is not None:
        parts.append("%s GB free disk" % gb(facts["disk"], False))
    if facts["gpus"]:
        cuda = ", CUDA %s" % facts["cuda"] if facts["cuda"] else ""
        parts.append("%d NVIDIA %s (%s%s)" % (len(facts["gpus"]), plural(len(facts["gpus"]), "GPU"), facts["gpus"][0], cuda))
    else:
        parts.append("no NVIDIA GPU")
    parts.append("Python " + facts["python"])
    return ", ".join(parts)


def codespaces_machine_for(record):
    """codespaces.ts codespacesMachineFor over the same table."""
    if (record.get("gpu") or 0) > 0:
        return None
    memory, storage = nominal_gb(record.get("memory") or 0), nominal_gb(record.get("disk") or 0)
    for name, cpus, memory_gb, storage_gb in CODESPACES_MACHINES:
        if cpus >= (record.get("cpus") or 0) and memory_gb >= memory and storage_gb >= storage:
            return name, cpus, memory_gb, storage_gb
    return None


# ---------------------------------------------------------------------------------------------------- bootstrap


def shown(argv):
    """A command as a person would type it (for printing only; commands run from argument lists)."""
    if WINDOWS:
        return subprocess.list2cmdline(argv)
    import shlex

    return " ".join(shlex.quote(a) for a in argv)


def ask(question, options):
    if options["yes"]:
        print("%s [y/N] y (--yes)" % question)
        return True
    if options["no_input"] or not sys.stdin or not sys.stdin.isatty():
        print("%s [y/N] n (no terminal to answer; re-run with --yes to accept)" % question)
        return False
    while True:
        try:
            answer = input("%s [y/N] " % question).strip().lower()
        except EOFError:
            return False
        if answer in ("y", "yes"):
            return True
        if answer in ("", "n", "no"):
            return False


def run(argv):
    """Runs a planned command from the project folder; a relative program path is the project's (.venv/bin/python)."""
    program = argv[0]
    if not os.path.isabs(program) and (os.sep in program or "/" in program):
        program = os.path.join(HERE, program)
    print("> " + shown(argv))
    sys.stdout.flush()
    try:
        return subprocess.call([program] + list(argv[1:]), cwd=HERE)
    except OSError as error:
        print("! could not run %s: %s" % (argv[0], error))
        return 127


def git(*args):
    out = run_quiet(["git", "-C", HERE] + list(args))
    return out.strip() if out else None


def current_branch():
    branch = git("rev-parse", "--abbrev-ref", "HEAD")
    return branch if branch and branch != "HEAD" else None


def github_repository():
    """owner/name of the origin remote when it is on github.com, else the repository recorded at generation."""
    url = git("remote", "get-url", "origin") or ""
    m = re.match(r"^(?:https?://(?:[^@/]+@)?github\.com/|git@github\.com:|ssh://git@github\.com/)([^/]+)/([^/]+?)(?:\.git)?/?$", url)
    return "%s/%s" % (m.group(1), m.group(2)) if m else PROJECT["repository"]


def train_workflow():
    if PROJECT["train_workflow"]:
        return PROJECT["train_workflow"]
    folder = os.path.join(HERE, ".github", "workflows")
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if "train" in name and name.endswith((".yml", ".yaml")):
                with io.open(os.path.join(folder, name), encoding="utf-8") as f:
                    if "workflow_dispatch" in f.read():
                        return name
    return None


def conda_tool():
    for tool in ("mamba", "conda", "micromamba"):
        if shutil.which(tool):
            return tool
    return None


def conda_env_name(path):
    with io.open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^name\s*:\s*['\"]?([^'\"#\s]+)", line)
            if m:
                return m.group(1)
    return None


def codespaces_link(repository, machine, ref):
    """codespaces.ts codespacesLink."""
    from urllib.parse import quote

    owner, name = repository.split("/", 1)
    url = "https://codespaces.new/%s/%s" % (quote(owner, safe=""), quote(name, safe=""))
    if ref:
        url += "/tree/" + "/".join(quote(part, safe="") for part in ref.split("/"))
    if machine:
        url += "?machine=" + quote(machine, safe="")
    return url


def alternatives(problems, record, options):
    print("! ERROR: this machine does not meet the requirements for running this project:")
    for problem in problems:
        print("    - " + problem)
    print("Alternatives:")
    repository = github_repository()
    branch = current_branch()
    pushed = branch and git("rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}")
    machine = codespaces_machine_for(record)
    if not machine and (record.get("gpu") or 0) > 0:
        print("  - GitHub Codespaces has no generally available GPU machines, so it cannot meet the GPU requirement")
    elif not machine:
        name, cpus, memory_gb, storage_gb = CODESPACES_MACHINES[-1]
        print("  - GitHub Codespaces: no machine type is that large (the largest, %s: %d cores, %d GB RAM, %d GB storage)"
              % (name, cpus, memory_gb, storage_gb))
    elif not repository:
        print("  - GitHub Codespaces (%s would fit): this folder has no GitHub remote named origin to open one for"
              % machine[0])
    else:
        name, cpus, memory_gb, storage_gb = machine
        print("  - Open a GitHub Codespace on a machine that fits (%s: %d cores, %d GB RAM, %d GB storage):"
              % (name, cpus, memory_gb, storage_gb))
        print("      " + codespaces_link(repository, name, branch if pushed else None))
    workflow = train_workflow()
    gh = shutil.which("gh")
    command = None
    if workflow:
        command = ["gh", "workflow", "run", workflow] + (["--ref", branch] if branch else [])
        if gh:
            print("  - Train on GitHub Actions instead: " + shown(command))
            if branch and not pushed:
                print("      (push %s first: the workflow runs what GitHub has)" % branch)
        else:
            print("  - Train on GitHub Actions: start %s from the repository's Actions tab "
                  "(or install the GitHub CLI, gh, to start it from here)" % workflow)
    if any(problem.startswith("Unsupported Python") for problem in problems):
        specifier = required_python_specifier(record["python"])
        other = fitting_python(specifier)
        print("  - Run this script with a Python that meets %s%s" % (specifier, ": " + shown([other, "setup.py"]) if other else ""))
    print("  - Set up here anyway: python setup.py bootstrap --force")
    if command and gh:
        if options["dry_run"]:
            print("--dry-run: would run: " + shown(command))
            return 1
        if ask("Start the %s workflow on GitHub Actions now?" % workflow, options):
            return run(command)
    return 1


def fitting_python(specifier):
    """A python3.N on PATH that meets the specifier, newest first."""
    for minor in range(20, 5, -1):
        name = "python3.%d" % minor
        if shutil.which(name) and python_satisfies("3.%d.99" % minor, specifier):
            return name
    return None


def plan_environment(files):
    """(commands, question, how to activate) or (None, message, None) when there is nothing to set up."""
    environment_file = next((f for f in ENVIRONMENT_FILES if f in files), None)
    tool = conda_tool() if environment_file else None
    if environment_file and tool:
        name = conda_env_name(os.path.join(HERE, environment_file))
        if tool == "micromamba":
            command = [tool, "create", "-f", environment_file, "-y"]
        else:
            command = [tool, "env", "create", "-f", environment_file]
        if not name:
            name = re.sub(r"[^A-Za-z0-9_.-]+", "-", os.path.basename(HERE)) or "env"
            command += ["-n", name]
        question = "This repository uses a conda environment (%s). Create it with %s?" % (environment_file, tool)
        return [command], question, "%s activate %s" % ("micromamba" if tool == "micromamba" else "conda", name)
    if "requirements.txt" in files:
        if environment_file:
            print("%s needs conda, mamba or micromamba, and none is on PATH: using requirements.txt in a virtual "
                  "environment instead (Miniforge installs conda: https://conda-forge.org/download/)" % environment_file)
        python = os.path.join(".venv", "Scripts", "python.exe") if WINDOWS else os.path.join(".venv", "bin", "python")
        commands = []
        if not os.path.isdir(os.path.join(HERE, ".venv")):
            commands.append([sys.executable, "-m", "venv", ".venv"])
        commands.append([python, "-m", "pip", "install", "-r", "requirements.txt"])
        activate = ".venv\\Scripts\\activate" if WINDOWS else "source .venv/bin/activate"
        return commands, "Create a virtual environment in .venv and install requirements.txt into it?", activate
    if environment_file:
        return None, ("%s needs conda, mamba or micromamba, and none is on PATH. Install one (Miniforge: "
                      "https://conda-forge.org/download/) and run python setup.py again." % environment_file), None
    return None, "No environment.yml or requirements.txt next to setup.py: nothing to set up.", None


def bootstrap(args):
    options = {"yes": False, "dry_run": False, "no_input": False, "force": False}
    for arg in args:
        if arg in ("--help", "-h"):
            print(__doc__)
            return 0
        if arg not in BOOTSTRAP_FLAGS:
            print("unknown option %s; see python setup.py bootstrap --help" % arg)
            return 2
        options[{"-y": "yes"}.get(arg, arg.lstrip("-").replace("-", "_"))] = True

    print("locating dependency files...")
    files = [f for f in ENVIRONMENT_FILES + ("requirements.txt",) if os.path.isfile(os.path.join(HERE, f))]
    print("    " + (", ".join(files) if files else "none found"))

    print("checking requirements...")
    record, source = requirements_record()
    facts = probe()
    print("    this machine: " + describe(facts))
    problems = shortfalls(facts, record)
    if not record:
        print("    no requirements recorded (%s)" % source)
    elif not problems:
        print("    meets the requirements in %s" % source)
    if problems and not options["force"]:
        return alternatives(problems, record, options)
    if problems:
        print("! this machine falls short (%s); --force: setting up anyway" % "; ".join(problems))

    commands, message, activate = plan_environment(files)
    if commands is None:
        print(message)
        return 1 if files else 0
    print("Plan:")
    for command in commands:
        print("    " + shown(command))
    if options["dry_run"]:
        print("--dry-run: nothing was run.")
        return 0
    if not ask(message, options):
        print("Nothing was changed.")
        return 0
    for command in commands:
        code = run(command)
        if code != 0:
            print("! %s failed with exit code %d" % (shown(command), code))
            return code
    print("Done. Activate the environment with:")
    print("    " + activate)
    return 0


def main(argv):
    if argv and argv[0] == "bootstrap":
        return bootstrap(argv[1:])
    # Only the flags, or nothing: no setuptools command was asked for (pip always names one).
    if all(arg in BOOTSTRAP_FLAGS for arg in argv):
        return bootstrap(argv)
    return package(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
