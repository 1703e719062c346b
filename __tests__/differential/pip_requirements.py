"""Reads requirements files with pip's own parser and prints what pip makes of every line, as JSON.

Usage: python3 pip_requirements.py ROOT FILE...   (FILE relative to ROOT; pip runs with ROOT as its working directory)
       python3 pip_requirements.py --contains < {"specifiers": [...], "versions": [...]}
           prints, for each specifier set and version, SpecifierSet.contains with prereleases allowed and with pip's
           default (prereleases only when the set names one), as "1"/"0" strings, one per specifier.

pip stops at the first bad line; the differential test wants pip's verdict on every line, so this script drives pip's
pieces line by line (preprocess, the per-line option parser, handle_requirement_line,
install_req_from_parsed_requirement) and repeats the dozen lines of RequirementsFileParser._parse_and_recurse with a
try/except around each line. Everything else is pip 23.2's code, untouched.
"""

import json
import os
import sys
import warnings

from pip import __version__ as pip_version
from pip._vendor.packaging import __version__ as packaging_version
from pip._internal.req.constructors import install_req_from_parsed_requirement
from pip._internal.req.req_file import (
    SCHEME_RE,
    ParsedLine,
    get_line_parser,
    handle_requirement_line,
    preprocess,
)
from pip._internal.utils.encoding import auto_decode
from pip._internal.utils.urls import url_to_path
from pip._vendor.packaging.utils import canonicalize_name

warnings.simplefilter("ignore")


def editor_lines(content):
    """pip numbers lines by str.splitlines (which also breaks at \\f, \\v, \\x1c-\\x1e, \\x85, \\u2028, \\u2029);
    editors and GitHub break only at \\n, \\r\\n and \\r. Map pip's numbers to editor numbers."""
    mapping = {}
    editor = 1
    for index, chunk in enumerate(content.splitlines(keepends=True), start=1):
        mapping[index] = editor
        editor += chunk.count("\n") + chunk.count("\r") - chunk.count("\r\n")
    return mapping


def relative_url(url):
    """pip turns local paths into absolute file: URLs; report them relative to ROOT, as the file wrote them."""
    if url.startswith("file:"):
        path = url_to_path(url.split("#", 1)[0])
        if path == os.getcwd() or path.startswith(os.getcwd() + os.sep):
            return {"path": os.path.relpath(path).replace(os.sep, "/")}
    return {"url": url}


def describe(ireq):
    req = ireq.req
    hashes = sorted(f"{algo}:{digest}" for algo, digests in ireq.hash_options.items() for digest in digests)
    return {
        "name": req.name if req else None,
        "normalized": canonicalize_name(req.name) if req else None,
        "specifier": sorted(str(s) for s in req.specifier) if req else [],
        "extras": sorted(ireq.extras),
        "marker": str(ireq.markers) if ireq.markers else None,
        "link": relative_url(ireq.link.url) if ireq.link else None,
        "editable": ireq.editable,
        "constraint": ireq.constraint,
        "hashes": hashes,
    }


def parse_file(filename, constraint, out, index, top, depth=0):
    if depth > 20:
        raise RecursionError("include depth")
    with open(filename, "rb") as f:
        content = auto_decode(f.read())
    lines = editor_lines(content)
    line_parser = get_line_parser(None)
    name = os.path.normpath(filename).replace(os.sep, "/")
    opts_of_file = index.setdefault(top, {}).setdefault(
        name, {"indexUrl": None, "extraIndexUrls": [], "findLinks": [], "noIndex": False, "trustedHosts": []}
    )
    for pip_line, text in preprocess(content):
        place = {"top": top, "file": name, "line": lines[pip_line]}
        try:
            args, opts = line_parser(text)
            line = ParsedLine(filename, pip_line, args, opts, constraint)
            if not line.is_requirement and (opts.requirements or opts.constraints):
                nested = opts.requirements[0] if opts.requirements else opts.constraints[0]
                nested_constraint = not opts.requirements
                if not SCHEME_RE.search(nested):
                    nested = os.path.join(os.path.dirname(filename), nested)
                parse_file(nested, nested_constraint, out, index, top, depth + 1)
                out.append({**place, "kind": "include"})
            elif line.is_requirement:
                ireq = install_req_from_parsed_requirement(handle_requirement_line(line))
                out.append({**place, "kind": "requirement", **describe(ireq)})
            else:
                if opts.index_url:
                    opts_of_file["indexUrl"] = opts.index_url
                opts_of_file["extraIndexUrls"] += opts.extra_index_urls or []
                opts_of_file["findLinks"] += (opts.find_links or [])[:1]  # pip uses the first per line
                opts_of_file["noIndex"] = opts_of_file["noIndex"] or bool(opts.no_index)
                opts_of_file["trustedHosts"] += opts.trusted_hosts or []
                out.append({**place, "kind": "option"})
        except RecursionError:
            raise
        except BaseException as e:  # pip raises InstallationError, InvalidRequirement, CommandError, SystemExit...
            out.append({**place, "kind": "error", "message": f"{type(e).__name__}: {e}"})


def contains_matrix():
    from pip._vendor.packaging.specifiers import SpecifierSet

    grid = json.load(sys.stdin)
    rows = []
    for spec in grid["specifiers"]:
        s = SpecifierSet(spec)
        rows.append(
            {
                "all": "".join("1" if s.contains(v, prereleases=True) else "0" for v in grid["versions"]),
                "default": "".join("1" if s.contains(v) else "0" for v in grid["versions"]),
            }
        )
    json.dump(rows, sys.stdout)


def main():
    if sys.argv[1] == "--contains":
        return contains_matrix()
    root, files = sys.argv[1], sys.argv[2:]
    os.chdir(root)
    out, index = [], {}
    for filename in files:
        parse_file(filename, False, out, index, filename)
    json.dump({"pip": pip_version, "packaging": packaging_version, "lines": out, "index": index}, sys.stdout)


main()
