"""profile: the same deterministic profiler as cProfile (pyvm has one implementation)."""

from cProfile import Profile, run, runctx

__all__ = ["run", "runctx", "Profile"]
