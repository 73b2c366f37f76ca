"""concurrent.futures._base: Future, wait(), as_completed() and the exceptions, behaving as
CPython 3.11's do. Written for pyvm."""

import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# States of a Future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                      # cancelled, callbacks not yet run
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError  # the builtin, as in 3.11


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer be used (a worker failed to start or died)."""


class _Waiter:
    """Registered on each future that wait() / as_completed() watches: collects the futures
    as they finish and sets `event` when the caller should look (mode decides when)."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished = []

    def notify(self, future, raised):
        with self.lock:
            self.finished.append(future)
            if self.mode == FIRST_COMPLETED or self.mode == _AS_COMPLETED:
                self.event.set()
            elif raised and self.mode == FIRST_EXCEPTION:
                self.event.set()
            else:
                self.pending -= 1
                if self.pending <= 0:
                    self.event.set()

    def take(self):
        with self.lock:
            got = self.finished
            self.finished = []
            self.event.clear()
        return got


def _is_done(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def _lock_all(fs):
    fs = sorted(fs, key=id)
    for f in fs:
        f._condition.acquire()
    return fs


def _unlock_all(fs):
    for f in fs:
        f._condition.release()


def _detach(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they complete (finished or cancelled). Raises
    TimeoutError if `timeout` seconds pass before all are done."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    locked = _lock_all(fs)
    try:
        ready = [f for f in fs if _is_done(f)]
        pending = set(f for f in fs if not _is_done(f))
        waiter = _Waiter(_AS_COMPLETED, len(pending))
        for f in fs:
            f._waiters.append(waiter)
    finally:
        _unlock_all(locked)
    del locked
    try:
        while True:
            while ready:
                f = ready.pop(0)
                pending.discard(f)
                yield f
            if not pending:
                break
            if deadline is None:
                waiter.event.wait()
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
                waiter.event.wait(left)
            ready = [f for f in waiter.take() if f in pending]
    finally:
        _detach(fs, waiter)


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: a named 2-tuple (done, not_done) of sets."""
    __slots__ = ()

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs`; return (done, not_done) sets."""
    fs = set(fs)
    locked = _lock_all(fs)
    try:
        done = set(f for f in fs if _is_done(f))
        not_done = fs - done
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION:
            for f in done:
                if f._state == FINISHED and f._exception is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError("Invalid return condition: %r" % return_when)
        waiter = _Waiter(return_when, len(not_done))
        for f in fs:
            f._waiters.append(waiter)
    finally:
        _unlock_all(locked)
    del locked
    waiter.event.wait(timeout)
    _detach(fs, waiter)
    done.update(waiter.take())
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_callback_error(self)

    def __repr__(self):
        with self._condition:
            desc = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), desc,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), desc,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), desc)

    def cancel(self):
        """Cancel the future if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # Break the cycle exception -> frame -> self.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it already is)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds; re-raises its exception,
        CancelledError if cancelled, TimeoutError on timeout."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result() does."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors and tests.
    def set_running_or_notify_cancel(self):
        """Mark the future running (True) or, if it was cancelled, notify waiters (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.notify(self, False)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.notify(self, False)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.notify(self, True)
            self._condition.notify_all()
        self._invoke_callbacks()


def _report(message):
    """CPython logs these through the logging module (to stderr, at ERROR level, with the
    traceback); pyvm has no logging, so the message and the traceback of the exception being
    handled go to sys.stderr directly."""
    import sys
    err = sys.stderr
    if err is None:
        return
    err.write(message + "\n")
    hook = getattr(sys, '__excepthook__', None) or sys.excepthook
    hook(*sys.exc_info())


def _report_callback_error(future):
    _report('exception calling callback for %r' % (future,))


def _report_initializer_error():
    _report('Exception in initializer:')


def _report_worker_error():
    _report('Exception in worker')


class Executor:
    """Base class of executors."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) but the calls run concurrently; results come in order.
        TimeoutError if a result is not ready `timeout` seconds after map() was called."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
