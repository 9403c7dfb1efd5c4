#!/usr/bin/env python3
"""The contract declares what the server enforces: every `#[validate(length(..))]` or
`#[validate(range(..))]` on a request field is matched by the same bounds in the field's
`#[schema(..)]` (bodies) or `#[param(..)]` (query parameters), which utoipa puts into
openapi/openapi.json. validator cannot tell utoipa, so this keeps the two in step.

    scripts/contract-constraints.py          check (make lint): lists every field out of step
    scripts/contract-constraints.py --write  adds the missing declarations
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "api" / "src"
VALIDATE = re.compile(r"#\[validate\((.*)\)\]")
BOUNDS = re.compile(r"\b(length|range)\(([^)]*)\)")
FIELD = re.compile(r"pub (\w+): (.+),$")
DERIVE = re.compile(r"#\[derive\(([^)]*)\)\]")


def bounds(validate: str):
    """The (kind, {min, max}) of a validate attribute, or None."""
    found = BOUNDS.search(validate)
    if not found:
        return None
    values = dict(
        (name.strip(), value.strip().replace("_", ""))
        for name, value in (pair.split("=") for pair in found.group(2).split(",") if "=" in pair)
    )
    return found.group(1), values


def declaration(kind: str, values: dict, field_type: str) -> dict:
    """The utoipa keys a field of this type needs for these bounds."""
    if kind == "range":
        names = ("minimum", "maximum")
    elif "Vec<" in field_type:
        names = ("min_items", "max_items")
    else:
        names = ("min_length", "max_length")
    return {key: values[bound] for key, bound in zip(names, ("min", "max")) if bound in values}


def holds(block: list, attribute: str, wanted: dict) -> bool:
    text = " ".join(line.strip() for line in block if line.strip().startswith(f"#[{attribute}("))
    return all(re.search(rf"\b{key} = {re.escape(value)}\b", text) for key, value in wanted.items())


def visit(path: pathlib.Path, write: bool) -> list:
    lines = path.read_text().splitlines(keepends=True)
    problems, out = [], []
    attribute = "schema"
    i = 0
    while i < len(lines):
        line = lines[i]
        derive = DERIVE.search(line)
        if derive:
            attribute = "param" if "IntoParams" in derive.group(1) else "schema"
        if line.strip().startswith("#[") and not derive and not line.strip().startswith("#[cfg"):
            # A field's attribute block: the attributes up to the field itself.
            j = i
            while j < len(lines) and lines[j].strip().startswith("#["):
                j += 1
            block = lines[i:j]
            field = FIELD.search(lines[j].strip()) if j < len(lines) else None
            validate = next((VALIDATE.search(b) for b in block if VALIDATE.search(b)), None)
            found = bounds(validate.group(1)) if validate else None
            if field and found:
                wanted = declaration(*found, field.group(2))
                if wanted and not holds(block, attribute, wanted):
                    problems.append(f"{path.relative_to(ROOT.parent.parent)}:{j + 1} `{field.group(1)}` needs "
                                    f"#[{attribute}({', '.join(f'{k} = {v}' for k, v in wanted.items())})]")
                    if write:
                        indent = re.match(r"\s*", block[0]).group(0)
                        pairs = ", ".join(f"{k} = {v}" for k, v in wanted.items())
                        block = block + [f"{indent}#[{attribute}({pairs})]\n"]
            out.extend(block)
            i = j
            continue
        out.append(line)
        i += 1
    if write and problems:
        path.write_text("".join(out))
    return problems


def main() -> int:
    write = "--write" in sys.argv[1:]
    problems = [p for path in sorted(ROOT.rglob("*.rs")) for p in visit(path, write)]
    for problem in problems:
        print(problem)
    if problems and not write:
        print(f"{len(problems)} request fields do not declare the bounds the server enforces; "
              "scripts/contract-constraints.py --write adds them")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
