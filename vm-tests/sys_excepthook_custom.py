# Reports go through what the script installed: sys.excepthook for the uncaught exception,
# sys.stderr for unraisable exceptions and for exceptions in threads.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
sys.stderr = cap


def fails():
    raise ValueError("in thread")


t = threading.Thread(target=fails, name="Worker")
t.start()
t.join()


class D:
    def __del__(self):
        raise RuntimeError("in __del__")


D()
sys.stderr = sys.__stderr__
text = "".join(cap.parts)
print([line for line in text.splitlines() if not line.startswith((" ", "Exception ignored"))])
print(text.count("Exception ignored in: <function D.__del__ at "))


def hook(exc_type, value, tb):
    print("excepthook:", exc_type.__name__, value, tb.tb_frame.f_code.co_name,
          tb.tb_next.tb_frame.f_code.co_name)


sys.excepthook = hook


def boom():
    raise KeyError("uncaught")


boom()
