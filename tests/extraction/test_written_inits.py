"""The dataclasses whose `__init__` is written in the class (so that mypyc compiles it; the one
@dataclass generates runs interpreted) take just their fields, in field order, with the fields'
defaults: a field added to such a class must be added to its `__init__` too."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil

import pytest

import orchestration.extraction as extraction


def _written_inits() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(extraction.__path__):
        module = importlib.import_module(f"{extraction.__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and dataclasses.is_dataclass(value)
                and "__init__" in value.__dict__
                and getattr(value.__init__, "__code__", None) is not None
                and value.__init__.__code__.co_filename != "<string>"  # not the generated one
            ):
                found.append(value)
    return found


WRITTEN = _written_inits()


def test_written_inits_are_found() -> None:
    if extraction.COMPILED:
        pytest.skip("compiled classes' __init__ are not Python functions")
    assert WRITTEN


@pytest.mark.parametrize(
    "cls", WRITTEN, ids=lambda cls: f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}"
)
def test_written_init_takes_the_fields(cls: type) -> None:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        if field.default is not dataclasses.MISSING:
            assert parameter.default == field.default, field.name
        elif field.default_factory is not dataclasses.MISSING:
            assert parameter.default is None, field.name  # None: a fresh value of the factory
        else:
            assert parameter.default is inspect.Parameter.empty, field.name
