# _thread.stack_size(): returns the previous setting; a call without a size resets it to the
# default 0 (as CPython). Bad sizes raise ValueError. Repeated 200 times, then checked again.
import _thread

print(_thread.stack_size())
print(_thread.stack_size(65536))
print(_thread.stack_size())
print(_thread.stack_size())
for bad in (-1, 100, 32767):
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    _thread.stack_size("x")
except TypeError as e:
    print("TypeError", e)
for i in range(200):
    _thread.stack_size(32768 + i)
print(_thread.stack_size(0))
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size())

done = _thread.allocate_lock()
done.acquire()
_thread.stack_size(1 << 20)
_thread.start_new_thread(done.release, ())
done.acquire()
print("thread ran", _thread.stack_size())
