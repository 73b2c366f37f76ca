"""asyncio: coroutines run by an event loop (see asyncio.events and asyncio.tasks).

Queues, locks, timeouts and TaskGroup live in submodules imported on first use."""

from asyncio.events import (
    AbstractEventLoop, BaseEventLoop, CancelledError, EventLoop, Future, Handle,
    InvalidStateError, SelectorEventLoop, TimerHandle, get_event_loop, get_running_loop,
    isfuture, new_event_loop, set_event_loop, wrap_future, _get_running_loop)
from asyncio.tasks import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, all_tasks, as_completed,
    create_task, current_task, ensure_future, gather, iscoroutine, iscoroutinefunction,
    run_coroutine_threadsafe, shield, sleep, to_thread, wait, wait_for)

TimeoutError = TimeoutError

_LAZY = {
    'queues': ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull'),
    'locks': ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore'),
    'timeouts': ('Timeout', 'timeout', 'timeout_at'),
    'taskgroups': ('TaskGroup',),
}


def __getattr__(name):
    for module, names in _LAZY.items():
        if name in names:
            value = getattr(__import__('asyncio.' + module, None, None, ['_']), name)
            globals()[name] = value
            return value
    raise AttributeError(f"module 'asyncio' has no attribute {name!r}")


class Runner:
    """Runs coroutines, one after another, on one event loop it creates and closes."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
            self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
