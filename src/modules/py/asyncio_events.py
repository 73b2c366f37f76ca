"""asyncio.events: the exceptions, Future, callback handles and the event loop.

The loop has no selector: with nothing ready it blocks on a lock (the GIL released) until
the next timer is due or another thread calls call_soon_threadsafe, which releases it.
"""

import collections
import heapq
import sys
import time
import _thread
from _weakrefset import WeakSet as _WeakSet

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class CancelledError(BaseException):
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    __module__ = 'asyncio.exceptions'


def isfuture(obj):
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _short_repr(obj):
    # reprlib.repr's limits for the values Future reprs show.
    if isinstance(obj, str) and len(obj) > 30:
        r = repr(obj)
        return r[:13] + '...' + r[-14:]
    if isinstance(obj, (list, tuple)) and len(obj) > 6:
        items = ', '.join(_short_repr(x) for x in obj[:6])
        return ('[%s, ...]' if isinstance(obj, list) else '(%s, ...)') % items
    r = repr(obj)
    if len(r) > 30 and not isinstance(obj, (list, tuple, dict, set, str)):
        return r[:13] + '...' + r[-14:]
    return r


def _format_callback(cb, args=(), suffix=''):
    """`name(args) at file:line`, as asyncio's reprs show a callback."""
    suffix = '(' + ', '.join(repr(a) for a in args) + ')' + suffix
    if isinstance(cb, _partial_type()):
        return _format_callback(cb.func, cb.args, suffix)
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    if name.endswith('task_wakeup'):
        return 'Task.task_wakeup' + suffix
    code = getattr(getattr(cb, '__func__', cb), '__code__', None)
    if code is None:
        return name + suffix
    return f'{name}{suffix} at {code.co_filename}:{code.co_firstlineno}'


def _partial_type():
    import functools
    return functools.partial


def _copy_context():
    # contextvars is imported on first use: a plain `import asyncio` stays cheap.
    global _copy_context
    from contextvars import copy_context as _copy_context
    return _copy_context()


def _format_callbacks(cbs):
    cbs = [cb for cb, _ in cbs]
    n = len(cbs)
    if n == 1:
        inner = _format_callback(cbs[0])
    elif n == 2:
        inner = f'{_format_callback(cbs[0])}, {_format_callback(cbs[1])}'
    else:
        inner = f'{_format_callback(cbs[0])}, <{n - 2} more>, {_format_callback(cbs[-1])}'
    return f'cb=[{inner}]'


class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _asyncio_future_blocking = False
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f'<{self.__class__.__name__} {" ".join(self._repr_info())}>'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __del__(self):
        if not self._log_traceback:
            return
        exc = self._exception
        self._loop.call_exception_handler({
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': exc,
            'future': self,
        })

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        exc = CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = _copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [pair for pair in self._callbacks if pair[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


Future.__module__ = '_asyncio'


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _convert_future_exc(exc):
    import concurrent.futures as cf
    if type(exc) is cf.CancelledError:
        return CancelledError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Completes `destination` as `source` completes; cancelling it cancels `source`.
    Either may be a concurrent.futures.Future."""
    source_loop = source._loop if isfuture(source) else None
    dest_loop = destination._loop if isfuture(destination) else None

    def set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            set_state(destination, source)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(set_state, destination, source)

    destination.add_done_callback(check_cancel)
    source.add_done_callback(call_set_state)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._context = _copy_context() if context is None else context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback '
                           + _format_callback(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __lt__(self, other):
        return self._when < other._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# The running loop of each thread, by thread id (an entry lives while the loop runs).
_running_loops = {}
_main_thread = _thread.get_ident()


class _LoopSlot:
    loop = None
    set_called = False


_main_slot = _LoopSlot()
_thread_slots = None  # a threading.local for the other threads, made on first use


def _slot():
    global _thread_slots
    if _thread.get_ident() == _main_thread:
        return _main_slot
    if _thread_slots is None:
        import threading
        _thread_slots = threading.local()
    return _thread_slots


def _get_running_loop():
    return _running_loops.get(_thread.get_ident())


def get_running_loop():
    loop = _running_loops.get(_thread.get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    loop = _running_loops.get(_thread.get_ident())
    if loop is not None:
        return loop
    slot = _slot()
    loop = getattr(slot, 'loop', None)
    if loop is None:
        if slot is not _main_slot or slot.set_called:
            import threading
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        loop = new_event_loop()
        set_event_loop(loop)
    return loop


def set_event_loop(loop):
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                        f"'{type(loop).__name__}'")
    slot = _slot()
    slot.set_called = True
    slot.loop = loop


def new_event_loop():
    return _UnixSelectorEventLoop()


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    _task_factory = None
    _exception_handler = None
    _default_executor = None
    _debug = False
    _stopping = False
    _closed = False
    _thread_id = None
    _executor_shutdown_called = False

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._asyncgens = _WeakSet()
        self._asyncgens_shutdown_called = False
        # Held while the loop runs; released (by any thread) to wake it early.
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = _Task(coro, loop=self, name=name, context=context)
        elif context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = _thread.get_ident()
        self._set_asyncgen_hooks()
        _running_loops[self._thread_id] = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            del _running_loops[self._thread_id]
            self._thread_id = None
            self._restore_asyncgen_hooks()

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = _ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def time(self):
        return time.monotonic()

    def _check_callback(self, callback, method):
        if _is_coroutine_object(callback) or _iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        try:
            self._wakeup.release()
        except RuntimeError:
            pass  # already released: the loop wakes up anyway

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        scheduled = self._scheduled
        if self._timer_cancelled_count > 50 and self._timer_cancelled_count * 2 > len(scheduled):
            self._scheduled = scheduled = [h for h in scheduled if not h._cancelled]
            heapq.heapify(scheduled)
            for h in scheduled:
                h._scheduled = True
            self._timer_cancelled_count = 0
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(scheduled)._scheduled = False
        if not self._ready and not self._stopping:
            if scheduled:
                timeout = scheduled[0]._when - self.time()
                if timeout > 0:
                    # Whole milliseconds, rounded up, as CPython's epoll selector waits:
                    # timers due within the same millisecond then run in one iteration.
                    timeout = -(-timeout * 1e3 // 1) * 1e-3
                    self._wakeup.acquire(True, min(timeout, 86400.0))
            else:
                self._wakeup.acquire()
        end = self.time() + 1e-9
        while scheduled and scheduled[0]._when <= end:
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _set_asyncgen_hooks(self):
        hooks = getattr(sys, 'set_asyncgen_hooks', None)
        if hooks is not None:
            self._old_agen_hooks = sys.get_asyncgen_hooks()
            hooks(firstiter=self._asyncgen_firstiter_hook,
                  finalizer=self._asyncgen_finalizer_hook)

    def _restore_asyncgen_hooks(self):
        if getattr(sys, 'set_asyncgen_hooks', None) is not None:
            sys.set_asyncgen_hooks(*self._old_agen_hooks)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await _gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        logging = sys.modules.get('logging')
        if logging is not None:
            exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
            logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)
            return
        sys.stderr.write('\n'.join(lines) + '\n')
        if exc is not None:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        try:
            if handler is None:
                self.default_exception_handler(context)
            else:
                handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if handler is None:
                sys.stderr.write('Exception in default exception handler\n')
                sys.__excepthook__(type(exc), exc, exc.__traceback__)
                return
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut._loop.stop()


def _is_coroutine_object(obj):
    return type(obj).__name__ == 'coroutine' or hasattr(obj, 'cr_frame')


def _iscoroutinefunction(func):
    while True:
        inner = getattr(func, 'func', None) if isinstance(func, _partial_type()) else None
        if inner is None:
            break
        func = inner
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    return (code is not None and bool(code.co_flags & 0x80)) or \
        getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()

# Set by asyncio.tasks, which needs this module first.
_Task = None
_ensure_future = None
_gather = None
