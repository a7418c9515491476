"""A bounded YAML reader for cassettes: plain data built from libyaml's events, never a bomb.

A cassette comes from a pull request as easily as an article does. yaml.load composes the whole node
graph (a Python object per node, with its marks) before it builds anything, and expands nothing itself
but hands back aliased objects that any later copy multiplies ("billion laughs"). This reads the event
stream instead, building plain values (str, int, None, bytes for `!!binary`, lists, dicts) with limits:

- aliases expand at most ALIAS_BUDGET nodes and characters in all (VCR.py never writes one);
- one scalar is at most MAX_SCALAR characters, nesting at most MAX_DEPTH levels deep;
- the items of the top-level `interactions` list are handed to `convert` as each one ends, so the
  raw form of only one interaction is held at a time (and an item `convert` turns into None is not kept
  at all: a caller that stores each one elsewhere holds none).

Plain scalars resolve as YAML 1.1 does for what a cassette holds: null, whole numbers; everything else
(`.inf` included) stays a string. A tag other than YAML's own is refused. Anything refused raises
YamlRefused, whose message is one line.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import IO, Any

ALIAS_BUDGET = 100_000  # nodes + characters reached through aliases, all of them together
MAX_SCALAR = 64_000_000  # characters of one value (a body the tool reads is at most --max-bytes, 10 MB)
MAX_DEPTH = 32  # a cassette nests 5 levels deep
MAX_ITEMS = 500_000  # interactions (and items of any one list or mapping): ~1 KB of memory each at least

_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9_]{0,30})")
_TAG = "tag:yaml.org,2002:"
_STR_TAGS = frozenset(_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
_COLLECTION_TAGS = frozenset((_TAG + "seq", _TAG + "map", _TAG + "omap"))


class YamlRefused(ValueError):
    """The file is not YAML, or is YAML that a cassette never is (a bomb, a huge field, an odd tag)."""


def _scalar(event: Any) -> object:
    value, tag = event.value, event.tag
    if len(value) > MAX_SCALAR:
        raise YamlRefused(f"a value of {len(value):,} characters (at most {MAX_SCALAR:,})")
    if tag is None or tag == "!":
        if tag is None and not event.style:  # a plain scalar: resolve it
            if value in _NULL:
                return None
            if _INT.fullmatch(value):
                return int(value.replace("_", ""))
        return value
    if tag == _TAG + "binary":
        try:
            return base64.decodebytes(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError):
            raise YamlRefused("a !!binary value that is not base64") from None
    if tag == _TAG + "null":
        return None
    if tag in _STR_TAGS:
        return value
    raise YamlRefused(f"the tag {tag[:60]!r}, which a cassette never has")


class _Frame:
    __slots__ = ("anchor", "key", "value", "weight")

    def __init__(self, value: list | dict, anchor: str | None) -> None:
        self.value, self.anchor = value, anchor
        self.key: object = _Frame  # _Frame: no key pending (mappings)
        self.weight = 1


def load(handle: IO[bytes], convert: Callable[[object], object] | None = None) -> object:
    """The document in `handle` (None when empty), the `interactions` items through `convert`."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(handle)
    anchors: dict[str, tuple[object, int]] = {}
    stack: list[_Frame] = []
    spent = 0  # of ALIAS_BUDGET
    streamed = 0  # interactions handed to `convert`
    document: object = None
    documents = 0

    def add(value: object, weight: int) -> None:
        nonlocal document, streamed
        if not stack:
            document = value
            return
        top = stack[-1]
        top.weight += weight
        if isinstance(top.value, list):
            interaction = convert is not None and len(stack) == 2 and stack[0].key == "interactions"
            if max(len(top.value), streamed if interaction else 0) >= MAX_ITEMS:
                raise YamlRefused(f"more than {MAX_ITEMS:,} items in one list")
            if interaction:
                assert convert is not None
                streamed += 1
                value = convert(value)
                if value is None:
                    return
            top.value.append(value)
        elif top.key is _Frame:
            if isinstance(value, (list, dict)):
                raise YamlRefused("a list or mapping used as a key")
            top.key = value
        else:
            if len(top.value) >= MAX_ITEMS:
                raise YamlRefused(f"more than {MAX_ITEMS:,} keys in one mapping")
            top.value[top.key] = value
            top.key = _Frame

    try:
        while loader.check_event():
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                value = _scalar(event)
                weight = 1 + len(event.value)
                if event.anchor is not None:
                    anchors[event.anchor] = (value, weight)
                add(value, weight)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.tag not in (None, "!") and event.tag not in _COLLECTION_TAGS:
                    raise YamlRefused(f"the tag {event.tag[:60]!r}, which a cassette never has")
                if len(stack) >= MAX_DEPTH:
                    raise YamlRefused(f"nesting deeper than {MAX_DEPTH} levels")
                stack.append(_Frame({} if kind is yaml.MappingStartEvent else [], event.anchor))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                if frame.anchor is not None:
                    anchors[frame.anchor] = (frame.value, frame.weight)
                add(frame.value, frame.weight)
            elif kind is yaml.AliasEvent:
                if event.anchor not in anchors:
                    raise YamlRefused(f"the alias *{event.anchor} names no anchor")
                value, weight = anchors[event.anchor]
                spent += weight
                if spent > ALIAS_BUDGET:
                    raise YamlRefused("YAML aliases that expand beyond "
                                      f"{ALIAS_BUDGET:,} nodes and characters (VCR.py writes none)")
                add(value, weight)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlRefused("more than one YAML document")
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise YamlRefused(first) from None
    finally:
        loader.dispose()
    return document
