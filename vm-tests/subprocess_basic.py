# subprocess: run (capture_output, stdout/stderr PIPE/STDOUT/DEVNULL, input, text, check,
# cwd, env, shell, timeout), CompletedProcess, CalledProcessError/TimeoutExpired,
# check_output/check_call/call/getoutput, Popen (communicate, wait, poll, streams).
import os
import subprocess as sp
import sys

d = "/tmp/pyvm-subprocess_basic-" + str(os.getpid())
os.mkdir(d)

r = sp.run(["echo", "hi"], capture_output=True)
print(r, r.args, r.returncode, r.stdout, r.stderr, type(r).__name__)
print(sp.run("echo hi; echo err >&2; exit 3", shell=True, capture_output=True, text=True))
print(sp.run(["cat"], input=b"abc", stdout=sp.PIPE))
print(sp.run(["cat"], input="x\ny\r\nz", capture_output=True, text=True).stdout.splitlines())
print(sp.run(["sh", "-c", "echo out; echo err >&2"], stderr=sp.STDOUT, stdout=sp.PIPE))
print(sp.run(["sh", "-c", "echo out; echo err >&2"], stdout=sp.DEVNULL, stderr=sp.PIPE))
print(sp.run(["pwd"], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
print(sp.run(["sh", "-c", "echo $FOO-$PATH"], env={"FOO": "bar"}, capture_output=True, text=True).stdout)
print(sp.run("exit 0", shell=True).returncode, sp.run(["true"]).returncode, sp.run(["false"]).returncode)
print(sp.run(["cat"], stdin=sp.DEVNULL, capture_output=True).stdout)
big = b"0123456789" * 50000
r = sp.run(["cat"], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big)
r = sp.run(["sh", "-c", "head -c 200000 /dev/zero; head -c 100000 /dev/zero >&2"], capture_output=True)
print(len(r.stdout), len(r.stderr))
rfd, wfd = os.pipe()
sp.run(["sh", "-c", "echo via pass_fds >&%d" % wfd], pass_fds=[wfd])
os.close(wfd)
print(os.read(rfd, 100))
os.close(rfd)
with open(d + "/out.txt", "w") as f:
    sp.run(["echo", "to a file"], stdout=f)
print(open(d + "/out.txt").read())

try:
    sp.run(["false"], check=True)
except sp.CalledProcessError as e:
    print(e, repr(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    sp.run(["sh", "-c", "echo partial; exit 4"], check=True, capture_output=True)
except sp.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
try:
    sp.run(["sh", "-c", "kill -9 $$"], check=True)
except sp.CalledProcessError as e:
    print(e, e.returncode)
try:
    sp.run(["sleep", "5"], timeout=0.2)
except sp.TimeoutExpired as e:
    print(type(e).__name__, e.timeout > 0, e.cmd, e.output, e.stdout, e.stderr, str(e).startswith("Command '['sleep', '5']' timed out after "))
try:
    sp.run(["sh", "-c", "echo early; sleep 5"], timeout=0.3, capture_output=True)
except sp.TimeoutExpired as e:
    print(type(e).__name__, e.output, e.stderr)
for call in [lambda: sp.run(["nonexistent_cmd_pyvm"]), lambda: sp.run(["ls"], cwd=d + "/nope"),
             lambda: sp.run(["ls"], capture_output=True, stdout=sp.PIPE), lambda: sp.check_output(["ls"], stdout=sp.PIPE),
             lambda: sp.run(["ls"], input=b"", stdin=sp.PIPE), lambda: sp.run([d]), lambda: sp.run(["./" + "nope"]),
             lambda: sp.check_output(["ls"], check=True)]:
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(d, "<tmp>"), getattr(e, "filename", None) is not None)
print(sp.PIPE, sp.STDOUT, sp.DEVNULL, issubclass(sp.CalledProcessError, sp.SubprocessError), issubclass(sp.TimeoutExpired, sp.SubprocessError))
print(sp.CompletedProcess(["a"], 0), sp.CompletedProcess("a", 1, "o", "e"), repr(sp.CalledProcessError(1, "x", b"o", b"e")))
print(str(sp.CalledProcessError(2, ["a", "b"])), str(sp.TimeoutExpired("cmd", 1.5)), repr(sp.TimeoutExpired("cmd", 1.5)))
try:
    sp.CompletedProcess(["x"], 2).check_returncode()
except sp.CalledProcessError as e:
    print(e)

print(sp.check_output(["echo", "x"]), sp.check_output("echo $((1+2))", shell=True, text=True), sp.call(["true"]), sp.call("exit 5", shell=True), sp.check_call(["true"]))
try:
    sp.check_call(["sh", "-c", "exit 2"])
except sp.CalledProcessError as e:
    print(e)
print(repr(sp.getoutput("echo a; echo b")), sp.getstatusoutput("echo out; exit 2"), sp.getstatusoutput("true"))

p = sp.Popen(["cat"], stdin=sp.PIPE, stdout=sp.PIPE)
print(p.returncode, p.pid > 0, p.communicate(b"zz"), p.returncode, p)
p = sp.Popen(["true"])
print(p.wait(), p.poll(), p.args, p.wait())
p = sp.Popen(["sleep", "5"])
print(p.poll())
try:
    p.wait(timeout=0.1)
except sp.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout)
p.kill()
print(p.wait())
p = sp.Popen(["sh", "-c", "echo line1; echo line2"], stdout=sp.PIPE, text=True)
print(list(p.stdout), p.wait())
p.stdout.close()
with sp.Popen(["sh", "-c", "read x; echo got $x"], stdin=sp.PIPE, stdout=sp.PIPE) as p:
    p.stdin.write(b"hello\n")
    p.stdin.flush()
    print(p.stdout.read())
    p.stdin.close()
print(p.returncode)
p = sp.Popen(["sh", "-c", "exit 7"])
print(p.communicate(), p.returncode)
sys.stdout.flush()
sp.run(["echo", "child writes to our stdout"])
sp.run("echo child stderr >&2", shell=True, stderr=sp.DEVNULL)


# warm-up: the same run many times, then a different command
def out(cmd):
    return sp.run(cmd, capture_output=True, text=True).stdout.strip()


for i in range(120):
    r = out(["echo", "warm"])
print(r)
print(out(["echo", "changed"]), out(["sh", "-c", "echo $((6*7))"]))

os.remove(d + "/out.txt")
os.rmdir(d)
