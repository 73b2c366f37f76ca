# A runaway match stops when a signal handler raises (sre checks signals while matching).
import re
import signal

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout('took too long')

signal.signal(signal.SIGALRM, on_alarm)
for what, f in [('match', lambda: re.match(r'(x+x+)+y', 'x' * 60)),
                ('search', lambda: re.search(r'(?:a|b|ab)+c', 'ab' * 40)),
                ('findall', lambda: re.findall(r'(\w+\s?)+$', 'aaaa ' * 20 + '!')),
                ('sub', lambda: re.sub(r'(a*)*b', '', 'a' * 60))]:
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    try:
        f()
        print(what, 'finished?')
    except Timeout as e:
        print(what, 'interrupted:', e)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)

# a handler that does not raise lets the match go on to its result
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.01)
m = re.match(r'(a|b)*c', 'ab' * 300000 + 'c')
signal.setitimer(signal.ITIMER_REAL, 0)
print(m.span(), hits[:1])
