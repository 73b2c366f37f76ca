"""Thread objects and synchronization primitives over the native _thread module, behaving as
CPython 3.11's threading module does.

Bookkeeping, in brief:
- `_active` maps the ident of every running thread that threading knows of to its Thread;
  `_limbo` holds threads between start() and the moment they register themselves.
- Each thread that runs Python code owns a *sentinel* lock from `_thread._set_sentinel()`: it is
  held while the thread lives and the interpreter releases it when the thread's state is gone.
  join() and is_alive() wait on / probe that lock, so "finished" means "all its Python code,
  including cleanup, has run". Sentinels of non-daemon threads sit in `_shutdown_locks`, which
  `_shutdown()` (called by the interpreter at exit) drains.
- `local` keeps one attribute dict per (local object, thread); a thread drops its dicts as it
  finishes, a local object drops all of them when it dies.
"""

import sys as _sys
import _thread
from time import monotonic as _time
from collections import deque as _deque
from itertools import count as _count, islice as _islice
from _weakrefset import WeakSet as _WeakSet

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'gettrace', 'getprofile', 'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_daemon_threads_allowed = getattr(_thread, 'daemon_threads_allowed', lambda: True)
# pyvm only: names the current thread in the interpreter's GIL statistics.
_set_thread_name = getattr(_thread, '_set_thread_name', None)

Lock = _allocate_lock

# Hooks installed in every thread started afterwards (sys.settrace/setprofile, if present).
_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------------------------------------
# Reentrant lock. The native one is used; this Python one is the fallback and the reference for
# the protocol Condition relies on (_is_owned, _release_save, _acquire_restore).

class _PyRLock:
    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked", self.__class__.__module__,
            self.__class__.__qualname__, owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        # Give the lock up completely, whatever the recursion depth; return what restores it.
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


_CRLock = getattr(_thread, 'RLock', None)


def RLock(*args, **kwargs):
    """A reentrant lock: the owning thread may acquire it again; each acquire needs a release."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


# ---------------------------------------------------------------------------------------------
# Condition variables. Each waiter parks on a private lock that it holds; notify() releases
# waiters' locks in arrival order.

class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows its owner (an RLock) lends its own helpers; a plain Lock gets the
        # generic ones below.
        for name in ('_is_owned', '_release_save', '_acquire_restore'):
            helper = getattr(lock, name, None)
            if helper is not None:
                setattr(self, name, helper)
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: treat "held by anyone" as owned, as CPython does.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or timed out, re-acquire; True if notified."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass  # a notify() took it out meanwhile

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout passes; return the last result."""
        endtime = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if endtime is None:
                    endtime = _time() + remaining
                else:
                    remaining = endtime - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        for waiter in _deque(_islice(waiters, n)):
            waiter.release()
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---------------------------------------------------------------------------------------------
# Semaphores, events, barriers: all built on one Condition over a plain Lock.

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not blocking:
                ok = self._value > 0
            else:
                ok = self._cond.wait_for(lambda: self._value > 0, timeout)
            if ok:
                self._value -= 1
            return ok

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, hex(id(self)),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %s: %s>" % (self.__class__.__module__, self.__class__.__qualname__,
                                      hex(id(self)), "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout passes; return the flag."""
        with self._cond:
            return self._flag or self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """`parties` threads meet: each wait() blocks until all have arrived, then all go on.

    A cycle fills (threads arrive and wait), then drains (the released threads leave wait());
    arrivals for the next cycle wait while the previous one drains. reset() and abort() wake
    the waiting threads with BrokenBarrierError."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # threads inside wait()

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %s: broken>" % (self.__class__.__module__,
                                               self.__class__.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, hex(id(self)),
            self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index (0..parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Let the previous cycle drain (or a reset finish) before joining this one.
            self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # The last to arrive runs the action and releases everyone.
                    try:
                        if self._action:
                            self._action()
                    except:
                        self._break()
                        raise
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                # The last one out of a drain or reset reopens the barrier.
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING  # waiters raise, the last out reopens it
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------------------------
# Thread registry.

_counter = _count(1).__next__


def _newname(template="Thread-%d"):
    return template % _counter()


_active_limbo_lock = RLock()
_active = {}  # ident -> Thread
_limbo = {}  # Thread -> Thread, started but not yet running
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()  # sentinels of live non-daemon threads
_threading_atexits = []
_SHUTTING_DOWN = False


def _take_sentinel():
    """This thread's sentinel lock, held. (CPython hands it out unlocked; a held one works too.)"""
    lock = _set_sentinel()
    lock.acquire(False)
    return lock


# ---------------------------------------------------------------------------------------------
# Exception hook.

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread), a
    4-tuple with those attribute names (CPython's _thread._ExceptHookArgs struct sequence)."""

    __module__ = '_thread'
    __slots__ = ()
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, args):
        try:
            args = tuple(args)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(args))
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        fields = ", ".join("%s=%r" % pair for pair in zip(self._fields, self))
        return "_thread._ExceptHookArgs(%s)" % fields


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception raised by Thread.run() on sys.stderr (SystemExit is silent)."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr  # sys.stderr at the time the thread was created
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    # The traceback is printed by the interpreter's original sys.excepthook, to sys.stderr.
    print_exception = getattr(_sys, '__excepthook__', None) or _sys.excepthook
    saved = _sys.stderr
    if stderr is not saved:
        _sys.stderr = stderr
    try:
        print_exception(args.exc_type, args.exc_value, args.exc_traceback)
    finally:
        if stderr is not saved:
            _sys.stderr = saved
    stderr.flush()


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # A closure named as CPython's, whose frame shows in the report of a failing hook.
    def invoke_excepthook(thread):
        """Hand the exception being handled in `thread` to threading.excepthook (looked up
        now, so a script may replace it); if that hook fails, sys.excepthook reports the
        hook's error."""
        exc_type, exc_value, exc_tb = _sys.exc_info()
        try:
            hook = excepthook
            if hook is None:
                raise RuntimeError("threading.excepthook is None")
            hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
            if stderr is not None:
                print("Exception in threading.excepthook:", file=stderr, flush=True)
            hook = _sys.excepthook if _sys.excepthook is not None else _sys.__excepthook__
            hook(*_sys.exc_info())
        finally:
            # Break the frame <-> traceback cycle.
            exc_type = exc_value = exc_tb = None
    return invoke_excepthook


_invoke_excepthook = _make_invoke_excepthook()


# ---------------------------------------------------------------------------------------------
# Threads.

class Thread:
    """A thread of control: give a `target` callable, or subclass and override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _newname()
            target_name = getattr(target, '__name__', None)
            if target is not None and target_name is not None:
                name += f" ({target_name})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None  # the sentinel, once running
        self._started = Event()
        self._is_stopped = False
        self._locals = None  # WeakSet of the _LocalImpls holding a dict for this thread
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a finished thread
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Run run() in a new thread; returns once that thread is running."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, which may form cycles through the thread object.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        # Runs in the new thread (named as CPython's, whose tracebacks show this frame).
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = _take_sentinel()
            if not self._daemonic:
                with _shutdown_locks_lock:
                    _shutdown_locks.add(self._tstate_lock)
            if _set_thread_name is not None:
                _set_thread_name(self._name)
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._forget()

    def _forget(self):
        """The thread's last Python step: free its thread-local dicts, leave `_active`."""
        while self._locals:
            impls = list(self._locals)
            self._locals = None
            for impl in impls:
                impl.dicts.pop(self._ident, None)  # may run __del__s, which may add more
        with _active_limbo_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]

    def _stop(self):
        # The sentinel was released: the thread is gone.
        lock = self._tstate_lock
        if lock is not None and not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return  # already known to be finished
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except BaseException:
            # Interrupted (a signal handler raised, e.g. KeyboardInterrupt): CPython then
            # treats a lock that is held as taken by this wait (bpo-45274) and marks the
            # thread stopped, so is_alive() is False afterwards; so does pyvm.
            if lock.locked():
                lock.release()
                self._stop()
            raise

    def join(self, timeout=None):
        """Wait until the thread finishes, or `timeout` seconds pass (check is_alive())."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _set_thread_name is not None and self._ident == get_ident():
            _set_thread_name(self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call function(*args, **kwargs) after `interval` seconds, unless cancel()led first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._tstate_lock = _take_sentinel()
        with _shutdown_locks_lock:
            _shutdown_locks.add(self._tstate_lock)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        if _set_thread_name is not None:
            _set_thread_name(self._name)
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly. It is a daemon, cannot be joined,
    and is dropped from the registry once its sentinel shows the thread has ended."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._tstate_lock = _take_sentinel()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        if _set_thread_name is not None:
            _set_thread_name(self._name)
        with _active_limbo_lock:
            _active[self._ident] = self

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def _purge_dummies():
    """Forget the dummy threads whose OS threads have ended."""
    with _active_limbo_lock:
        dead = [t for t in _active.values() if isinstance(t, _DummyThread) and not t.is_alive()]
    for t in dead:
        t._forget()


def current_thread():
    """The Thread object of the calling thread (a _DummyThread if threading did not start it)."""
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    if isinstance(thread, _DummyThread) and not thread.is_alive():
        # An ended dummy whose ident the OS gave to this new thread.
        thread._forget()
        return _DummyThread()
    return thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    _purge_dummies()
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    """Every live Thread: running ones, dummies, and those being started."""
    _purge_dummies()
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) in _shutdown(), before it waits for the non-daemon threads
    (last registered, first called), as CPython does."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


# pyvm only: functions that _rerun() calls (modules that keep a "shutting down" flag of their
# own, such as concurrent.futures.thread, add one that clears it).
_rerun_hooks = []


def _rerun():
    """pyvm only: -X leakcheck runs the script again in this interpreter after an exit that
    called _shutdown(): undo its one-way switches so that the new run finds threading (and
    the _register_atexit users, whose functions stay registered) as at startup."""
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = False
    for hook in _rerun_hooks:
        hook()


def _shutdown():
    """Called by the interpreter as the main thread ends: wait for every non-daemon thread.

    Unlike CPython's it may run more than once (pyvm's -X leakcheck runs a script several
    times in one interpreter): each call waits for the non-daemon threads started since."""
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for atexit_call in reversed(list(_threading_atexits)):
        atexit_call()
    if not _main_thread._is_stopped:
        tlock = _main_thread._tstate_lock
        if tlock is not None and tlock.locked():
            tlock.release()
        _main_thread._stop()
    # Threads may start more threads while we wait: drain until no sentinel is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()


# ---------------------------------------------------------------------------------------------
# Thread-local data.

class _LocalImpl:
    """The per-thread dicts of one `local` object: {thread ident: dict}."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}


def _local_dict(self):
    """The calling thread's dict of local object `self`, made (and __init__ run) on first use."""
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = impl.dicts[ident] = {}
        # Register with the thread so its end frees the dict.
        thread = current_thread()
        if thread._locals is None:
            thread._locals = _WeakSet()
        thread._locals.add(impl)
        init = type(self).__init__
        if impl.args is not None and init is not object.__init__:
            init(self, *impl.args, **impl.kwargs)
    return d


def _is_data_descriptor(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            kind = type(klass.__dict__[name])
            return hasattr(kind, '__set__') or hasattr(kind, '__delete__')
    return False


def _type_name(self):
    # As CPython's messages name the native type: '_thread._local', or a subclass's name.
    cls = type(self)
    return '_thread._local' if cls is _local else cls.__name__


class _local:
    """Attributes that each thread sees separately. A subclass's __init__ runs again, with the
    constructor's arguments, the first time each thread touches the object."""

    __module__ = '_thread'  # CPython's local is the native _thread._local
    __slots__ = ('_local__impl', '__weakref__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(None, None)  # no __init__ re-run for the creating thread's dict
        object.__setattr__(self, '_local__impl', impl)
        _local_dict(self)
        impl.args, impl.kwargs = args, kw
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        # Data descriptors (properties, ...) on the class win over the per-thread dict, which
        # wins over methods and plain class attributes.
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is not _local:
                raise
        raise AttributeError(f"'_thread._local' object has no attribute '{name}'")

    def __dir__(self):
        # object.__dir__ lists __dict__'s keys in CPython, not in pyvm: add them explicitly.
        return list(set(object.__dir__(self)) | set(_local_dict(self)))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if _is_data_descriptor(type(self), name):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if _is_data_descriptor(type(self), name):
            return object.__delattr__(self, name)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'") \
                from None


local = _local
