"""The options of each backend, as one pydantic model per backend.

:func:`extractor.backends.make_backend` and the CLI both go through these models, so
an option a backend does not take, or a value of the wrong type, is an error that
names it instead of being dropped silently. ``None`` means "not given": the
backend's constructor keeps its own default (defaults live in one place, the
constructors). Field names are the constructors' keyword names; a test checks that
they stay the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor.backends.base import BackendError

if TYPE_CHECKING:
    from extractor.backends.base import Backend

#: instructor modes an OpenAI-compatible server is asked in (see ``base.instructor_mode``)
Mode = Literal["tools", "json_schema", "json", "md_json"]
MODES: tuple[str, ...] = get_args(Mode)


class BackendOptions(BaseModel):
    """Options every backend takes (``Backend.__init__``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    backend: ClassVar[str] = "base"

    max_tokens: int | None = Field(None, gt=0, description="completion token budget per call")
    max_tokens_cap: int | None = Field(None, gt=0, description="largest budget before a split")
    temperature: float | None = Field(None, ge=0, le=2)

    def kwargs(self) -> dict[str, Any]:
        """The constructor's keyword arguments: only what was given."""
        return {name: getattr(self, name) for name in type(self).model_fields
                if getattr(self, name) is not None}

    def build(self) -> Backend:  # pragma: no cover - abstract
        raise NotImplementedError


class LocalOptions(BackendOptions):
    """``--backend local``: llama.cpp in process (:class:`~extractor.backends.local.LocalBackend`)."""

    backend: ClassVar[str] = "local"

    model_path: str | None = None
    n_ctx: int | None = Field(None, gt=0)
    n_threads: int | None = Field(None, gt=0)
    n_threads_batch: int | None = Field(None, gt=0)
    instances: int | None = Field(None, gt=0, description="model instances answering at once")
    seed: int | None = None
    chat_format: str | None = None
    bounded: bool | None = None
    flash_attn: bool | None = None

    def build(self) -> Backend:
        from extractor.backends.local import LocalBackend

        return LocalBackend(**self.kwargs())


class OpenAIOptions(BackendOptions):
    """``--backend openai``: any OpenAI-compatible server (:class:`~.openai_backend.OpenAIBackend`)."""

    backend: ClassVar[str] = "openai"

    model: str | None = None
    base_url: str | None = None
    api_key: str | None = Field(None, repr=False)
    mode: Mode | None = None
    timeout: float | None = Field(None, gt=0)
    max_attempts: int | None = Field(None, gt=0)
    max_retry_seconds: float | None = Field(None, ge=0)
    backoff_base: float | None = Field(None, ge=0)
    backoff_max: float | None = Field(None, ge=0)
    context_tokens: int | None = Field(None, gt=0)
    bounded: bool | None = None

    def build(self) -> Backend:
        from extractor.backends.openai_backend import OpenAIBackend

        return OpenAIBackend(**self.kwargs())


OPTIONS: dict[str, type[BackendOptions]] = {"local": LocalOptions, "openai": OpenAIOptions}
BACKENDS: tuple[str, ...] = tuple(OPTIONS)


def backend_options(name: str, options: Mapping[str, Any] | None = None, *,
                    names: Mapping[str, str] | None = None) -> BackendOptions:
    """Check ``options`` for backend ``name``; None values count as not given.

    Raises :class:`BackendError` naming the backend and the option at fault, by its
    entry in ``names`` when there is one (the CLI passes its flags).
    """
    model = OPTIONS.get(name)
    if model is None:
        raise BackendError(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")
    given = {k: v for k, v in (options or {}).items() if v is not None}
    try:
        return model(**given)
    except ValidationError as exc:
        raise BackendError(_describe(name, model, exc, names or {})) from None


def _describe(name: str, model: type[BackendOptions], exc: ValidationError,
              names: Mapping[str, str]) -> str:
    problems = []
    for error in exc.errors():
        option = ".".join(str(part) for part in error["loc"])
        label = names.get(option) or f"option {option!r}"
        if error["type"] == "extra_forbidden":
            takes = ", ".join(sorted(model.model_fields))
            problems.append(f"backend {name} takes no {label} (it takes: {takes})")
        else:
            problems.append(f"{label} of backend {name}: {error['msg']}")
    return "; ".join(problems)
