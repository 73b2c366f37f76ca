"""Synchronized queues for passing items between threads (FIFO, LIFO, priority, simple), as
CPython 3.11's queue module behaves."""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _wait(cond, ready, block, timeout, error):
    """With `cond` held: return once ready() is true, raising `error` if that would mean
    blocking when block is false, or waiting past `timeout` seconds."""
    if not block:
        if not ready():
            raise error
    elif timeout is None:
        while not ready():
            cond.wait()
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    else:
        endtime = _time() + timeout
        while not ready():
            remaining = endtime - _time()
            if remaining <= 0.0:
                raise error
            cond.wait(remaining)


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded. Subclasses change the order by overriding
    _init, _qsize, _put and _get (called with the mutex held)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex, three conditions over it: items arrive, room appears, all tasks done.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0  # put() count minus task_done() count

    def task_done(self):
        """Mark one item taken by get() as processed; join() returns when none is left."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until every item put has been marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room if the queue is bounded (Full if none comes in time)."""
        with self.not_full:
            if self.maxsize > 0:
                _wait(self.not_full, lambda: self._qsize() < self.maxsize, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one (Empty if none comes in time)."""
        with self.not_empty:
            _wait(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage; override these four to change the order.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Lowest entry first (entries are usually (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never blocks."""

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(0)  # one permit per item

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)


_GenericAlias = getattr(__import__('types'), 'GenericAlias', None)
if _GenericAlias is not None:
    Queue.__class_getitem__ = classmethod(_GenericAlias)
    SimpleQueue.__class_getitem__ = classmethod(_GenericAlias)
