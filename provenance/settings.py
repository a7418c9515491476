"""Settings files: `[tool.provenance]` in pyproject.toml, `[provenance]` in setup.cfg, or `--config FILE`.

Every command-line option has a key (`-` or `_` alike), plus `severity` (finding -> level) and
`per-path-ignores` (glob -> findings). Values are checked here, so a typo is a one-line ConfigError
(exit 2) rather than a silently ignored setting. `build_config` lays the command line over the file.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from provenance.checks.registry import names_for
from provenance.config import Config
from provenance.errors import ConfigError
from provenance.options import FAIL_ON_LEVELS, FORMATS, LEVELS, RECORD_MODES

_PATH_KEYS = frozenset({"output", "cassette", "library", "baseline", "cache_dir", "state"})
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class _Bad(ValueError):
    """A value that is not valid for its key; the message says what was expected."""


# ---------------------------------------------------------------- value parsers (toml value or cfg string)


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if isinstance(value, str) and value.strip().lower() in options:
            return value.strip().lower()
        raise _Bad(f"expected one of {', '.join(options)}")

    return parse


def _text(value: Any) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise _Bad("expected a non-empty string")


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _Bad("expected true or false")


def _number(kind: type) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        if isinstance(value, bool):
            raise _Bad("expected a positive number")
        try:
            number = kind(value.strip() if isinstance(value, str) else value)
        except (TypeError, ValueError):
            raise _Bad(f"expected a positive {'whole ' if kind is int else ''}number") from None
        if number <= 0:
            raise _Bad("expected a positive number")
        return number

    return parse


def _words(value: Any) -> list[str]:
    """A list, or a string of items separated by commas and/or newlines."""
    if isinstance(value, str):
        return [w for w in re.split(r"[,\s]+", value) if w]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return [w.strip() for v in value for w in v.split(",") if w.strip()]
    raise _Bad("expected a list of finding names or codes")


def _finding_names(item: str) -> tuple[str, ...]:
    """A finding name, a code, or a code prefix as flake8 and ruff take them (`PV3`: quotation findings)."""
    names = names_for(item)
    if not names:
        raise _Bad(f"unknown finding name or code {item!r}")
    return names


def _names(value: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for w in _words(value) for n in _finding_names(w)))


def _severity(value: Any) -> dict[str, str]:
    """TOML: {undated-source = "info"}; cfg: `undated-source:info, vague-publisher = error`."""
    if isinstance(value, str):
        pairs = re.findall(r"([^\s,:=]+)\s*[:=]\s*([^\s,:=]+)", value)
        leftover = re.sub(r"[^\s,:=]+\s*[:=]\s*[^\s,:=]+", "", value)
        if leftover.strip(" \t\r\n,"):
            raise _Bad("expected `name:level` pairs separated by commas")
        value = dict(pairs)
    if not isinstance(value, Mapping):
        raise _Bad("expected a table of finding name = level")
    out = {}
    for name, level in value.items():
        if not isinstance(level, str) or level.strip().lower() not in LEVELS:
            raise _Bad(f"level of {name!r} must be one of {', '.join(LEVELS)}")
        out.update(dict.fromkeys(_finding_names(str(name)), level.strip().lower()))
    return out


def _per_path_ignores(value: Any) -> dict[str, tuple[str, ...]]:
    """TOML: {"drafts/*.md" = ["undated-source"]}; cfg: lines of `glob: name, name` (as flake8)."""
    if isinstance(value, str):
        table: dict[str, list[str]] = {}
        current: str | None = None
        for token in re.split(r"[,\s]+", value):
            if ":" in token:
                current, _, token = token.rpartition(":")
                table.setdefault(current, [])
            if token:
                if current is None:
                    raise _Bad("expected lines of `glob: name, name`")
                table[current].append(token)
        value = table
    if not isinstance(value, Mapping):
        raise _Bad("expected a table of glob = [finding names]")
    return {str(glob): _names(names) for glob, names in value.items()}


def _search(value: Any) -> tuple[str, ...]:
    """Search services in order: `gdelt`, `searxng=http://localhost:8888` (a list, or commas/newlines)."""
    from provenance.resolve.search import parse_spec

    if isinstance(value, str):
        value = [v for v in re.split(r"[,\s]+", value) if v]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise _Bad("expected a list of NAME or NAME=ENDPOINT")
    specs = []
    for spec in value:
        try:
            name, endpoint = parse_spec(spec)
        except ValueError as e:
            raise _Bad(str(e)) from None
        specs.append(f"{name}={endpoint}" if endpoint else name)
    return tuple(specs)


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "format": _choice(FORMATS),
    "output": _text,
    "cassette": _text,
    "record_mode": _choice(RECORD_MODES),
    "library": _text,
    "offline": _flag,
    "fail_on": _choice(FAIL_ON_LEVELS),
    "select": _names,
    "ignore": _names,
    "severity": _severity,
    "per_path_ignores": _per_path_ignores,
    "baseline": _text,
    "cache_dir": _text,
    "no_cache": _flag,
    "allow_private_addresses": _flag,
    "archive": _flag,
    "search": _search,
    "no_search": _flag,
    "quiet": _flag,
    "timeout": _number(float),
    "source_deadline": _number(float),
    "deadline": _number(float),
    "concurrency": _number(int),
    "per_host": _number(int),
    "max_bytes": _number(int),
    "batch": _number(int),
    "state": _text,
    "dask_scheduler": _text,
}
assert set(_PARSERS) <= {f.name for f in dataclasses.fields(Config)}

KEYS: tuple[str, ...] = tuple(k.replace("_", "-") for k in _PARSERS)


def _check(raw: Mapping[str, Any], where: str | None) -> dict[str, Any]:
    """Checked values by Config field name; `where` is the file, None for the command line."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        field = str(key).strip().replace("-", "_")
        parse = _PARSERS.get(field)
        if parse is None:
            near = difflib.get_close_matches(field.replace("_", "-"), KEYS, n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            raise ConfigError(f"{where or 'command line'}: unknown setting '{key}'{hint}")
        try:
            out[field] = parse(value)
        except _Bad as e:
            label = f"{where}: {key}" if where else f"--{field.replace('_', '-')}"
            raise ConfigError(f"{label}: {e}") from None
    return out


# ---------------------------------------------------------------- reading files


def _read_toml(path: Path, shown: str) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{shown}: not valid TOML: {' '.join(str(e).split())}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{shown}: cannot be read: {e}") from None


def _read_cfg(path: Path, shown: str) -> dict[str, Any] | None:
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep keys as written
    try:
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    except (configparser.Error, UnicodeDecodeError, OSError) as e:
        line = getattr(e, "lineno", None)
        where = f" (line {line})" if line else ""
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ConfigError(f"{shown}: not a valid settings file{where}: {first}") from None
    for section in ("provenance", "tool:provenance"):
        if parser.has_section(section):
            return dict(parser.items(section))
    return None


def _toml_table(path: Path, doc: dict[str, Any], explicit: bool, shown: str) -> dict[str, Any] | None:
    table = doc.get("tool", {}).get("provenance") if isinstance(doc.get("tool"), dict) else None
    if table is None and explicit and path.name != "pyproject.toml":
        table = doc.get("provenance", doc)  # a provenance.toml: [provenance] or top-level keys
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{shown}: [tool.provenance] must be a table")
    return table


def _read(path: Path, explicit: bool, shown: str) -> dict[str, Any] | None:
    if path.suffix.lower() == ".toml":
        return _toml_table(path, _read_toml(path, shown), explicit, shown)
    return _read_cfg(path, shown)


def find_settings(config_file: str | None, cwd: Path) -> tuple[Path, str, dict[str, Any]] | None:
    """The settings file in use, its name as shown in messages, and its raw table; None when none."""
    if config_file is not None:
        path = cwd / config_file
        if not path.is_file():
            raise ConfigError(f"settings file not found: {config_file}")
        table = _read(path, explicit=True, shown=config_file)
        if table is None:
            raise ConfigError(f"{config_file}: no [provenance] or [tool.provenance] section")
        return path, config_file, table
    for name in ("pyproject.toml", "setup.cfg"):
        path = cwd / name
        if path.is_file():
            table = _read(path, explicit=False, shown=name)
            if table is not None:
                return path, name, table
    return None


def _relative_to(value: str, base: Path, cwd: Path) -> str:
    """A path in a settings file is relative to that file's folder; kept short when that is cwd."""
    if os.path.isabs(value) or base.resolve() == cwd.resolve():
        return value
    try:
        return os.path.normpath(os.path.join(os.path.relpath(base, cwd), value))
    except ValueError:  # another drive (Windows)
        return str(base / value)


def load_settings(config_file: str | None, cwd: Path) -> dict[str, object]:
    """The settings (Config field names -> checked values) from the file in use; {} when none."""
    found = find_settings(config_file, cwd)
    if found is None:
        return {}
    path, shown, table = found
    settings = _check(table, shown)
    for key in _PATH_KEYS & settings.keys():
        settings[key] = _relative_to(settings[key], path.parent, cwd)
    return settings


def build_config(settings: Mapping[str, object], cli: Mapping[str, object]) -> Config:
    """Defaults, then the settings file, then the options given on the command line (which win)."""
    given = {k: v for k, v in cli.items() if v is not None and k != "config"}
    merged = {**settings, **_check(given, None)}
    return Config(**merged)
