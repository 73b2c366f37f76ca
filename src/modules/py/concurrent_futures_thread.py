"""concurrent.futures.thread: ThreadPoolExecutor, behaving as CPython 3.11's. Written for pyvm.

Workers are non-daemon threads; at interpreter exit threading._shutdown() first runs the hook
registered below (which tells every pool's workers to stop once their queue is drained and
joins them), as CPython does."""

import itertools
import os
import queue
import threading
import weakref

from concurrent.futures import _base

# Every live worker thread -> its pool's work queue, for the exit hook.
_threads_queues = weakref.WeakKeyDictionary()
_shutdown = False
# Held while the exit hook runs, so that no pool starts a worker meanwhile.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for _t, q in items:
        q.put(None)
    for t, _q in items:
        t.join()


threading._register_atexit(_python_exit)


def _rerun():
    global _shutdown
    _shutdown = False


# pyvm only: -X leakcheck runs a script several times in one interpreter.
if hasattr(threading, '_rerun_hooks'):
    threading._rerun_hooks.append(_rerun)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Drop the reference to the exception (and its traceback's frames).
            self = None
        else:
            self.future.set_result(result)


def _worker(executor_ref, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report_initializer_error()
            executor = executor_ref()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                executor = executor_ref()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue
            # None: the pool shuts down (or is gone, or the interpreter is exiting).
            executor = executor_ref()
            if _shutdown or executor is None or executor._shutdown:
                if executor is not None:
                    executor._shutdown = True
                # Wake the next worker too.
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _base._report_worker_error()


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker of a ThreadPoolExecutor failed to initialize."""


class ThreadPoolExecutor(_base.Executor):

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item.
        if self._idle_semaphore.acquire(timeout=0):
            return

        def weakref_cb(_, q=self._work_queue):
            q.put(None)

        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n),
                                 target=_worker,
                                 args=(weakref.ref(self, weakref_cb), self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _drain_queue(self):
        """Removes and yields the work items still queued (the None wake-ups are dropped)."""
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                yield item

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every queued item.
            for item in self._drain_queue():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._drain_queue():
                    item.future.cancel()
            # Wake a worker; each one passes the None on as it leaves.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
