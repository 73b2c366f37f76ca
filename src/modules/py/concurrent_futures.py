"""concurrent.futures (pyvm): run callables asynchronously with a pool of threads.

ThreadPoolExecutor, Future, wait(), as_completed() and the exceptions behave as in CPython
3.11. ProcessPoolExecutor is not available in pyvm: creating one raises NotImplementedError."""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


class ProcessPoolExecutor(Executor):
    """Not available in pyvm (it has no multiprocessing): creating one raises
    NotImplementedError."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            "concurrent.futures.ProcessPoolExecutor is not supported by pyvm "
            "(no multiprocessing); use ThreadPoolExecutor")
