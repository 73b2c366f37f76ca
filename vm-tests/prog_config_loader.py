# A JSON configuration loader: json.loads of a fixed document into nested dataclasses with
# enum-typed settings, validation with precise error messages, defaults, derived fields,
# round-tripping back to JSON through asdict, and a hot loop re-validating the same
# documents before and after the schema classes are changed.
import json
from dataclasses import dataclass, field, asdict, fields, replace, MISSING
from enum import Enum, IntEnum, StrEnum, auto


class LogLevel(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40


class Backend(StrEnum):
    MEMORY = auto()
    SQLITE = auto()
    POSTGRES = auto()


class Mode(Enum):
    DEV = 'dev'
    PROD = 'prod'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


class ConfigError(Exception):
    def __init__(self, path, message):
        super().__init__(f'{path}: {message}')
        self.path = path


@dataclass(frozen=True)
class Database:
    backend: Backend
    host: str = 'localhost'
    port: int = 5432
    pool: int = 4

    def __post_init__(self):
        if self.backend is not Backend.MEMORY and not (0 < self.port < 65536):
            raise ConfigError('database.port', f'out of range: {self.port}')


@dataclass
class Endpoint:
    path: str
    methods: list = field(default_factory=lambda: ['GET'])
    auth: bool = True


@dataclass
class Server:
    host: str
    port: int = 8080
    workers: int = 2
    endpoints: list = field(default_factory=list)
    url: str = field(init=False, repr=False)

    def __post_init__(self):
        self.url = f'http://{self.host}:{self.port}'


@dataclass
class Config:
    name: str
    mode: Mode
    log_level: LogLevel
    server: Server
    database: Database
    features: dict = field(default_factory=dict)
    version: int = 1


def coerce(path, tp, value):
    # Turn one JSON value into the annotated type.
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            if issubclass(tp, IntEnum) and isinstance(value, str) and value.upper() in tp.__members__:
                return tp[value.upper()]
            return tp(value)
        except (ValueError, KeyError) as e:
            raise ConfigError(path, f'bad {tp.__name__}: {value!r}') from e
    if hasattr(tp, '__dataclass_fields__'):
        return build(path, tp, value)
    if tp is int and not (isinstance(value, int) and not isinstance(value, bool)):
        raise ConfigError(path, f'expected int, got {type(value).__name__}')
    if tp is str and not isinstance(value, str):
        raise ConfigError(path, f'expected str, got {type(value).__name__}')
    return value


def build(path, cls, data):
    if not isinstance(data, dict):
        raise ConfigError(path, f'expected object for {cls.__name__}')
    known = {f.name: f for f in fields(cls) if f.init}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(path, f'unknown keys {unknown}')
    kwargs = {}
    for name, f in known.items():
        sub = f'{path}.{name}' if path else name
        if name in data:
            kwargs[name] = coerce(sub, f.type, data[name])
        elif f.default is MISSING and f.default_factory is MISSING:
            raise ConfigError(sub, 'missing required key')
    if cls is Server and 'endpoints' in kwargs:
        kwargs['endpoints'] = [build(f'{path}.endpoints[{i}]', Endpoint, e)
                               for i, e in enumerate(kwargs['endpoints'])]
    return cls(**kwargs)


def encode(obj):
    if isinstance(obj, Enum):
        return obj.value
    raise TypeError(f'cannot encode {type(obj).__name__}')


DOCUMENT = '''
{
  "name": "shop",
  "mode": "PROD",
  "log_level": "warning",
  "server": {"host": "0.0.0.0", "port": 9000,
             "endpoints": [{"path": "/items"}, {"path": "/admin", "methods": ["GET", "POST"], "auth": true},
                           {"path": "/health", "auth": false}]},
  "database": {"backend": "postgres", "host": "db.local", "pool": 8},
  "features": {"beta": true, "limits": [1, 2, 3]}
}
'''

BROKEN = [
    '{"name": "x", "mode": "dev", "log_level": 20, "server": {"host": "h"}}',
    '{"name": "x", "mode": "stage", "log_level": 20, "server": {"host": "h"}, "database": {"backend": "memory"}}',
    '{"name": "x", "mode": "dev", "log_level": "loud", "server": {"host": "h"}, "database": {"backend": "memory"}}',
    '{"name": "x", "mode": "dev", "log_level": 20, "server": {"host": "h", "port": "80"}, "database": {"backend": "memory"}}',
    '{"name": "x", "mode": "dev", "log_level": 20, "server": {"host": "h"}, "database": {"backend": "oracle"}}',
    '{"name": "x", "mode": "dev", "log_level": 20, "server": {"host": "h"}, "database": {"backend": "sqlite", "port": 0}}',
    '{"name": "x", "mode": "dev", "log_level": 20, "server": {"host": "h", "endpoints": [{"methods": []}]}, "database": {"backend": "memory"}}',
    '{"name": "x", "mode": "dev", "log_level": 20, "server": {"host": "h"}, "database": {"backend": "memory"}, "colour": 1}',
    '{"name": 5, "mode": "dev", "log_level": 20, "server": [], "database": {"backend": "memory"}}',
]


def load(text):
    return build('', Config, json.loads(text))


cfg = load(DOCUMENT)
print(cfg)
print(cfg.mode, cfg.log_level, repr(cfg.log_level), cfg.database.backend, repr(cfg.database.backend))
print(cfg.server.url, [e.path for e in cfg.server.endpoints if e.auth])
print(cfg.log_level >= LogLevel.WARNING, cfg.log_level + 5, f'{cfg.database.backend}:{cfg.database.port}')
for text in BROKEN:
    try:
        load(text)
        print('loaded?!')
    except ConfigError as e:
        print('ConfigError', e, '| cause:', repr(e.__cause__))

round_trip = json.dumps(asdict(cfg), default=encode, sort_keys=True)
print(round_trip)
again = load(json.dumps({k: v for k, v in json.loads(round_trip).items()}).replace('"url": "http://0.0.0.0:9000", ', ''))
print(again == cfg, again.server == cfg.server, again.database == cfg.database)
print(hash(cfg.database) == hash(replace(cfg.database)), replace(cfg.database, pool=1))
try:
    cfg.database.pool = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    replace(cfg.server, url='x')
except ValueError as e:
    print('ValueError', e)

summary = {}
for f in fields(Config):
    value = getattr(cfg, f.name)
    kind = type(value).__name__
    summary.setdefault(kind, []).append(f.name)
print(summary)


def validate_all(n):
    results = []
    for i in range(n):
        results = []
        for text in BROKEN[:3] + [DOCUMENT]:
            try:
                c = load(text)
                results.append(('ok', c.server.port, c.log_level.name))
            except ConfigError as e:
                results.append(('err', e.path))
    return results


print(validate_all(150))
# The schema changes: a new default port, and the enum learns an alias through _missing_.
Server.__init__.__defaults__ = (7070, 2, None)
LogLevel._missing_ = classmethod(lambda cls, v: cls.DEBUG if v == 'loud' else None)


@classmethod
def lenient(cls, value):
    return cls.DEV


Mode._missing_ = lenient
print(validate_all(2))
print(load('{"name": "y", "mode": "qa", "log_level": "loud", "server": {"host": "h"}, "database": {"backend": "memory"}}'))
