"""Reads requirements files with pip's own parser and prints what pip makes of every line, as JSON.

Usage: python3 pip_requirements.py ROOT FILE...   (FILE relative to ROOT; pip runs with ROOT as its working directory)

pip stops at the first bad line; the differential test wants pip's verdict on every line, so this script drives pip's
pieces line by line (preprocess, the per-line option parser, handle_requirement_line,
install_req_from_parsed_requirement) and repeats the dozen lines of RequirementsFileParser._parse_and_recurse with a
try/except around each line. Everything else is pip 23.2's code, untouched.
"""

import json
import os
import sys
import warnings

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
        "specifier": sorted(str(s) for s in req.specifier) if req else [],
        "extras": sorted(ireq.extras),
        "marker": str(ireq.markers) if ireq.markers else None,
        "link": relative_url(ireq.link.url) if ireq.link else None,
        "editable": ireq.editable,
        "constraint": ireq.constraint,
        "hashes": hashes,
    }


def parse_file(filename, constraint, out, index, depth=0):
    if depth > 20:
        raise RecursionError("include depth")
    with open(filename, "rb") as f:
        content = auto_decode(f.read())
    lines = editor_lines(content)
    line_parser = get_line_parser(None)
    name = os.path.normpath(filename).replace(os.sep, "/")
    opts_of_file = index.setdefault(
        name, {"indexUrl": None, "extraIndexUrls": [], "findLinks": [], "noIndex": False, "trustedHosts": []}
    )
    for pip_line, text in preprocess(content):
        place = {"file": name, "line": lines[pip_line]}
        try:
            args, opts = line_parser(text)
            line = ParsedLine(filename, pip_line, args, opts, constraint)
            if not line.is_requirement and (opts.requirements or opts.constraints):
                nested = opts.requirements[0] if opts.requirements else opts.constraints[0]
                nested_constraint = not opts.requirements
                if not SCHEME_RE.search(nested):
                    nested = os.path.join(os.path.dirname(filename), nested)
                parse_file(nested, nested_constraint, out, index, depth + 1)
                out.append({**place, "kind": "include"})
            elif line.is_requirement:
                ireq = install_req_from_parsed_requirement(handle_requirement_line(line))
                out.append({**place, "kind": "requirement", **describe(ireq)})
            else:
                if opts.index_url:
                    opts_of_file["indexUrl"] = opts.index_url
                opts_of_file["extraIndexUrls"] += opts.extra_index_urls or []
                opts_of_file["findLinks"] += opts.find_links or []
                opts_of_file["noIndex"] = opts_of_file["noIndex"] or bool(opts.no_index)
                opts_of_file["trustedHosts"] += opts.trusted_hosts or []
                out.append({**place, "kind": "option"})
        except RecursionError:
            raise
        except BaseException as e:  # pip raises InstallationError, InvalidRequirement, CommandError, SystemExit...
            out.append({**place, "kind": "error", "message": f"{type(e).__name__}: {e}"})


def main():
    root, files = sys.argv[1], sys.argv[2:]
    os.chdir(root)
    out, index = [], {}
    for filename in files:
        parse_file(filename, False, out, index)
    json.dump({"lines": out, "index": index}, sys.stdout)


main()
