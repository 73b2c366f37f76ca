# A retrying HTTP-ish client over a fake transport, logging heavily: a module
# logger hierarchy, a StringIO handler with a detailed format, a stderr handler
# for warnings and errors with exception tracebacks, a LoggerAdapter carrying
# the request id, and backoff delays computed (never slept).
import io
import logging
import sys
import os

# Tracebacks name this file by its absolute path: print it relative to the checkout.
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class _StripPaths:
    name = '<stderr>'

    def write(self, s):
        sys.stderr.write(s.replace(HERE, ''))

    def flush(self):
        sys.stderr.flush()

log = logging.getLogger('client')
transport_log = logging.getLogger('client.transport')


class TransportError(Exception):
    pass


class TimeoutError_(TransportError):
    def __init__(self, seconds):
        super().__init__('timed out after %.1fs' % seconds)
        self.seconds = seconds


class ServerError(TransportError):
    def __init__(self, status):
        super().__init__('server answered %d' % status)
        self.status = status


class FakeTransport:
    """Answers from a script: each entry is a response body or an exception."""

    def __init__(self, script):
        self.script = dict(script)
        self.calls = {}

    def send(self, path):
        n = self.calls.get(path, 0)
        self.calls[path] = n + 1
        outcomes = self.script.get(path, ['404'])
        outcome = outcomes[min(n, len(outcomes) - 1)]
        transport_log.debug('send %s attempt=%d', path, n + 1)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


class Backoff:
    """Exponential backoff with a cap; jitter is deterministic here."""

    def __init__(self, base=0.5, factor=2.0, cap=5.0):
        self.base, self.factor, self.cap = base, factor, cap

    def delay(self, attempt):
        raw = self.base * self.factor ** (attempt - 1)
        jitter = (attempt * 37 % 10) / 100
        return min(self.cap, raw) + jitter


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault('extra', {}).update(self.extra)
        return '[req %s] %s' % (self.extra['request_id'], msg), kwargs


class Client:
    def __init__(self, transport, retries=3, backoff=None):
        self.transport = transport
        self.retries = retries
        self.backoff = backoff or Backoff()
        self.slept = 0.0
        self.counter = 0

    def get(self, path):
        self.counter += 1
        rlog = RequestAdapter(log, {'request_id': 'r%03d' % self.counter})
        rlog.info('GET %s', path)
        last = None
        for attempt in range(1, self.retries + 1):
            try:
                body = self.transport.send(path)
            except ServerError as e:
                last = e
                if e.status < 500:
                    rlog.error('client error %d, not retrying', e.status)
                    raise
                rlog.warning('attempt %d/%d failed: %s', attempt, self.retries, e)
            except TransportError as e:
                last = e
                rlog.warning('attempt %d/%d failed: %s', attempt, self.retries, e,
                             exc_info=attempt == self.retries)
            else:
                if body == '404':
                    rlog.info('not found')
                    return None
                rlog.info('ok after %d attempt%s (%d bytes)', attempt,
                          '' if attempt == 1 else 's', len(body))
                return body
            if attempt < self.retries:
                wait = self.backoff.delay(attempt)
                self.slept += wait
                rlog.debug('backing off %.2fs', wait)
        rlog.error('giving up on %s', path)
        raise last


def configure():
    memory = io.StringIO()
    detailed = logging.StreamHandler(memory)
    detailed.setLevel(logging.DEBUG)
    detailed.setFormatter(logging.Formatter(
        '%(levelname)-7s %(name)-16s %(funcName)s:%(request_id)s %(message)s',
        defaults={'request_id': '-'}))
    console = logging.StreamHandler(_StripPaths())
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter('{levelname}: {message}', style='{'))
    log.addHandler(detailed)
    log.addHandler(console)
    log.setLevel(logging.DEBUG)
    log.propagate = False
    return memory, detailed, console


memory, detailed, console = configure()
transport = FakeTransport({
    '/health': ['ok'],
    '/flaky': [TimeoutError_(1.5), ServerError(503), 'payload-flaky'],
    '/down': [ServerError(502), TimeoutError_(2.0), TimeoutError_(3.0)],
    '/forbidden': [ServerError(403)],
})
client = Client(transport, retries=3)

for path in ['/health', '/flaky', '/missing', '/down', '/forbidden']:
    try:
        result = client.get(path)
        print('%-10s -> %r' % (path, result))
    except TransportError as e:
        print('%-10s !! %s: %s' % (path, type(e).__name__, e))
        log.exception('request for %s failed', path)

print('total backoff: %.2fs' % client.slept)
print('calls:', sorted(transport.calls.items()))
print('--- memory log ---')
print(memory.getvalue().replace(HERE, ''), end='')

# level changes: quiet the transport, then silence everything below ERROR
transport_log.setLevel(logging.INFO)
before = len(memory.getvalue().splitlines())
client.get('/health')
after = len(memory.getvalue().splitlines())
print('lines added with transport at INFO:', after - before)
logging.disable(logging.WARNING)
client.get('/flaky')
print('lines added while disabled:', len(memory.getvalue().splitlines()) - after)
logging.disable(logging.NOTSET)


# a filter that redacts tokens, added after warm-up
class Redact(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).replace('secret-token', '***')
        return True


def hammer(n):
    for i in range(n):
        client.get('/health')
    return client.counter


transport.calls.clear()
log.setLevel(logging.WARNING)
print('counter after warm-up:', hammer(200))
log.setLevel(logging.DEBUG)
detailed.addFilter(Redact())
memory.seek(0)
memory.truncate()
client.get('/health')
log.info('auth with secret-token')
print(memory.getvalue().replace(HERE, ''), end='')
print('health calls:', transport.calls['/health'])
print('effective levels:', log.getEffectiveLevel(), transport_log.getEffectiveLevel(),
      logging.getLogger('client.transport.tls').getEffectiveLevel())
print(repr(log), repr(transport_log), repr(console))
logging.shutdown()

# leave no handlers or filters behind: the leak check runs this script again in
# the same interpreter, where the loggers (module state) are the same objects
for lg in [logging.root] + list(logging.Logger.manager.loggerDict.values()):
    if isinstance(lg, logging.Logger):
        for h in lg.handlers[:]:
            lg.removeHandler(h)
            h.close()
        lg.filters.clear()
