"""logging's formatters and traceback text (a private part of the logging package)."""

import sys, time


# -- traceback text (through the interpreter's native exception printer) --

class _Capture:
    """Collects what is written, standing in for sys.stderr."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def _format_exception(ei):
    if ei[1] is None:
        # (as traceback.print_exception reports "no exception")
        return 'NoneType: None\n'
    out = _Capture()
    saved = sys.stderr
    sys.stderr = out
    try:
        sys.__excepthook__(ei[0], ei[1], ei[2])
    finally:
        sys.stderr = saved
    return ''.join(out.parts)


_source_cache = {}


def _source_line(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.readlines()
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def _format_stack(frame):
    """The text of traceback.print_stack(frame): outermost call first."""
    frames = []
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    parts = []
    for f in reversed(frames):
        code = f.f_code
        parts.append('  File "%s", line %d, in %s\n'
                     % (code.co_filename, f.f_lineno, code.co_name))
        line = _source_line(code.co_filename, f.f_lineno)
        if line:
            parts.append('    %s\n' % line)
    return ''.join(parts)


# -- formatting styles --

class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    _field = None

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        import re
        pattern = PercentStyle._field
        if pattern is None:
            pattern = PercentStyle._field = re.compile(
                r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)
        if not pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            return {**self._defaults, **record.__dict__}
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        import re
        fields = set()
        for m in re.finditer(r'\{\{|\}\}|\{([^{}]*)\}|[{}]', self._fmt):
            text = m.group(0)
            if text in ('{{', '}}'):
                continue
            if text == '{' and m.end() < len(self._fmt):
                raise ValueError("invalid format: expected '}' before end of string")
            if m.group(1) is None:
                raise ValueError("invalid format: Single '%s' encountered in "
                                 "format string" % text)
            field = re.match(r'([^!:]*)(?:!([^:]*))?', m.group(1))
            name, conversion = field.groups()
            if name:
                if not re.match(r'(\d+|\w+)(\.\w+|\[[^]]+\])*$', name):
                    raise ValueError('invalid format: invalid field name/expression: %r' % name)
                fields.add(name)
            if conversion and conversion not in 'rsa':
                raise ValueError('invalid format: invalid conversion: %r' % conversion)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        from string import Template
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        import re
        found = False
        for m in re.finditer(r'\$(?:\$|(\w+)|\{(\w+)\}|)', self._fmt, re.A):
            if m.group(1) or m.group(2):
                found = True
            elif m.group(0) == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not found:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter:
    """Turns a LogRecord into text."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate and fmt:  # (the default formats are valid)
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        s = _format_exception(ei)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records, with an optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        return (self.formatHeader(records)
                + ''.join(self.linefmt.format(r) for r in records)
                + self.formatFooter(records))


for _cls in (PercentStyle, StrFormatStyle, StringTemplateStyle, Formatter,
             BufferingFormatter):
    _cls.__module__ = 'logging'
del _cls
