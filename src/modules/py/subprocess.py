"""Subprocesses with accessible I/O streams (pyvm's subprocess, POSIX only).

Children are started by `os._spawn` (fork and exec, with the PATH search done here and
failures raised as CPython's OSError subclasses); `Popen.communicate` feeds and drains the
pipes together with `os._communicate` (poll, without the GIL); waits release the GIL too.
Pipes given to the caller (`Popen.stdin` / `stdout` / `stderr`) are file objects from
`os.fdopen`.
"""

import builtins
import os
import time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


def _signal_name(signum):
    try:
        import signal

        return repr(signal.Signals(signum))
    except (ImportError, ValueError, AttributeError):
        return None


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit
    status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _signal_name(-self.returncode)
            if name is None:
                return f"Command '{self.cmd}' died with unknown signal {-self.returncode}."
            return f"Command '{self.cmd}' died with {name}."
        return f"Command '{self.cmd}' returned non-zero exit status {self.returncode}."

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        if self.stdout is not None:
            args.append(f"stdout={self.stdout!r}")
        if self.stderr is not None:
            args.append(f"stderr={self.stderr!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _text_mode(text, universal_newlines, encoding, errors):
    return bool(text or universal_newlines or encoding or errors)


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.text_mode = _text_mode(text, universal_newlines, encoding, errors)
        self._encoding = encoding
        self._errors = errors
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable is None:
                executable = "/bin/sh"
        if not args:
            raise IndexError("list index out of range")
        argv = [os.fsencode(a) for a in args]
        program = executable if executable is not None else args[0]
        env_list = None
        if env is not None:
            env_list = []
            for k, v in env.items():
                k, v = os.fsencode(k), os.fsencode(v)
                if b"=" in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b"=" + v)
        programs = os._exec_candidates(program, env)
        if preexec_fn is not None:
            raise NotImplementedError("pyvm's subprocess does not support preexec_fn")
        if pass_fds:
            # Every descriptor of ours is close-on-exec unless made inheritable, so the
            # passed ones are made so and nothing else needs closing.
            close_fds = False
            for fd in pass_fds:
                os.set_inheritable(fd, True)
        if cwd is not None:
            cwd = os.fsencode(cwd)

        # The child's ends of the pipes (closed here once it runs) and ours.
        to_close = []
        child_fds = [None, None, None]
        ours = [None, None, None]
        for i, spec in enumerate((stdin, stdout, stderr)):
            if spec is None:
                continue
            if spec == PIPE:
                r, w = os.pipe()
                child_fds[i], ours[i] = (r, w) if i == 0 else (w, r)
                to_close.append(child_fds[i])
            elif spec == DEVNULL:
                child_fds[i] = os.open(os.devnull, os.O_RDWR)
                to_close.append(child_fds[i])
            elif spec == STDOUT:
                if i != 2:
                    raise ValueError("STDOUT can only be used for stderr")
                child_fds[i] = child_fds[1] if child_fds[1] is not None else 1
            elif isinstance(spec, int):
                child_fds[i] = spec
            else:
                child_fds[i] = spec.fileno()
        try:
            # Our ends become file objects before the child starts (reopening a pipe end
            # needs its other end still open).
            for i, mode in ((0, "wb"), (1, "rb"), (2, "rb")):
                if ours[i] is not None:
                    f = os.fdopen(ours[i], mode, bufsize)
                    if self.text_mode:
                        f = _TextPipe(f, encoding, errors)
                    setattr(self, ("stdin", "stdout", "stderr")[i], f)
            self.pid = os._spawn(programs, argv, env_list, cwd, child_fds[0], child_fds[1],
                                 child_fds[2], close_fds, start_new_session,
                                 os.fsdecode(program))
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    f.close()
            raise
        finally:
            for fd in to_close:
                os.close(fd)

    def __repr__(self):
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                try:
                    f.close()
                except OSError:
                    pass
        self.wait()
        return False

    def _handle_status(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)

    def poll(self):
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self._handle_status(status)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            _, status = os.waitpid(self.pid, 0)
            self._handle_status(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, left, 0.05)
            time.sleep(delay)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Send `input` to stdin, read stdout and stderr to their end, wait for the
        process; returns (stdout_data, stderr_data)."""
        if input is not None and self.stdin is None:
            raise ValueError("Cannot send input after starting communication")
        if self.text_mode and input is not None:
            input = input.encode(self._encoding or "utf-8", self._errors or "strict")
        stdin_fd = -1
        if self.stdin is not None:
            self.stdin.flush()
            # _communicate closes its own copy when the input is written; ours goes now, so
            # the child sees the end of its input.
            stdin_fd = os.dup(self.stdin.fileno())
            self.stdin.close()
        deadline = None if timeout is None else time.monotonic() + timeout
        out_fd = self.stdout.fileno() if self.stdout is not None else -1
        err_fd = self.stderr.fileno() if self.stderr is not None else -1
        out, err, timed_out = os._communicate(stdin_fd, input, out_fd, err_fd, timeout)
        self._partial = getattr(self, "_partial", (b"", b""))
        out = self._partial[0] + out
        err = self._partial[1] + err
        if timed_out:
            self._partial = (out, err)
            # (nothing read yet is None, as in CPython)
            raise TimeoutExpired(self.args, timeout, out or None, err or None)
        results = []
        for f, data in ((self.stdout, out), (self.stderr, err)):
            if f is None:
                results.append(None)
                continue
            f.close()
            if self.text_mode:
                data = _decode(data, self._encoding, self._errors)
            results.append(data)
        if deadline is None:
            self.wait()
        else:
            try:
                self.wait(max(deadline - time.monotonic(), 0))
            except TimeoutExpired:
                raise TimeoutExpired(self.args, timeout, *results) from None
        return tuple(results)

    def send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def _decode(data, encoding, errors):
    text = data.decode(encoding or "utf-8", errors or "strict")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _TextPipe:
    """A text view of a binary pipe file (what text=True gives Popen's streams)."""

    def __init__(self, raw, encoding, errors):
        self._raw = raw
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"

    def write(self, s):
        self._raw.write(s.encode(self._encoding, self._errors))
        return len(s)

    def read(self, *n):
        return _decode(self._raw.read(*n), self._encoding, self._errors)

    def readline(self):
        return _decode(self._raw.readline(), self._encoding, self._errors)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def __getattr__(self, name):
        return getattr(self.__dict__["_raw"], name)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command and wait for it; returns a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            if process.text_mode:
                for name in ("output", "stderr"):
                    if getattr(exc, name) is not None:
                        setattr(exc, name, None)
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it; returns its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero return code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output (CalledProcessError for a non-zero code)."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(f"{kw} argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if _text_mode(kwargs.get("text"),
                                           kwargs.get("universal_newlines"),
                                           kwargs.get("encoding"), kwargs.get("errors")) else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command; a trailing newline is stripped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (trailing newline stripped)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


del builtins
