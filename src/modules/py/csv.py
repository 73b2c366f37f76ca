"""CSV reading and writing with CPython 3.11's dialects, quoting rules and errors.

The reader is a character state machine fed one line at a time (a quoted field may span
lines); the writer quotes or escapes each field as the dialect requires. Dialect objects
are validated once, when made, with the messages of CPython's _csv module."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_UNSET = object()


class _Dialect:
    """A validated dialect (CPython's _csv.Dialect): read-only attributes."""

    __slots__ = ('_delimiter', '_quotechar', '_escapechar', '_doublequote',
                 '_skipinitialspace', '_lineterminator', '_quoting', '_strict')

    def __init__(self, dialect=None, **kwargs):
        def pick(name, default):
            value = kwargs.get(name, _UNSET)
            if value is _UNSET and dialect is not None:
                value = getattr(dialect, name, _UNSET)
            return default if value is _UNSET else value

        for key in kwargs:
            if key not in ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                           'quotechar', 'quoting', 'skipinitialspace', 'strict'):
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        # Set in CPython's order, so the first bad attribute is the one reported.
        self._delimiter = _char('delimiter', pick('delimiter', ','), False)
        self._doublequote = bool(pick('doublequote', True))
        self._escapechar = _char('escapechar', pick('escapechar', None), True)
        lineterminator = pick('lineterminator', '\r\n')
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lineterminator
        quotechar = pick('quotechar', _UNSET)
        self._quotechar = '"' if quotechar is _UNSET else _char('quotechar', quotechar, True)
        quoting = pick('quoting', _UNSET)
        if quoting is not _UNSET and type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        self._skipinitialspace = bool(pick('skipinitialspace', False))
        self._strict = bool(pick('strict', False))
        if quotechar is None and 'quoting' not in kwargs:
            # no quote character and no quoting asked for here: quoting is off
            quoting = QUOTE_NONE
        elif quoting is _UNSET:
            quoting = QUOTE_MINIMAL
        if quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self._quoting = quoting
        if quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')

    delimiter = property(lambda self: self._delimiter)
    quotechar = property(lambda self: self._quotechar)
    escapechar = property(lambda self: self._escapechar)
    doublequote = property(lambda self: self._doublequote)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    lineterminator = property(lambda self: self._lineterminator)
    quoting = property(lambda self: self._quoting)
    strict = property(lambda self: self._strict)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _make_dialect(dialect, kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end of a line, fed after its last character


class _Reader:
    def __init__(self, iterable, dialect):
        self._it = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._step(c)
            self._step(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _save(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _step(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                self._state = _START_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file with newline=''?")


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    return _Reader(csvfile, _make_dialect(dialect, fmtparams))


class _Writer:
    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect

    def _field(self, text, quoted):
        d = self.dialect
        specials = {d.delimiter, d.escapechar, d.quotechar, '\n', '\r'}
        specials.update(d.lineterminator)
        specials.discard(None)
        out = []
        for c in text:
            if c in specials:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        fields = []
        for value in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            else:
                quoted = d.quoting == QUOTE_ALL
            if value is None:
                text = ''
            elif isinstance(value, str):
                text = value
            else:
                text = str(value)
            fields.append(self._field(text, quoted))
        if len(fields) == 1 and fields[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            fields[0] = self._field('', True)
        return self._write(d.delimiter.join(fields) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def _is_number(value):
    # CPython asks PyNumber_Check: ints, floats, complexes, Decimals, anything with
    # __index__, __float__ or __int__.
    t = type(value)
    return (isinstance(value, (int, float, complex)) or hasattr(t, '__index__')
            or hasattr(t, '__float__') or hasattr(t, '__int__'))


def writer(fileobj, dialect='excel', **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    return _Writer(fileobj, _make_dialect(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Sniffer:
    """Deduces the format of a CSV file from a sample."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """A quote character around fields: delimiter, quote, text, quote, delimiter."""
        matches = []
        for pattern in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
                        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
                        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
                        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        index = regexp.groupindex
        for m in matches:
            n = index['quote'] - 1
            key = m[n]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                n = index['delim'] - 1
                key = m[n]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                n = index['space'] - 1
            except KeyError:
                continue
            if m[n]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        doubled = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """The character whose count per line is the most consistent over chunks of lines."""
        data = list(filter(None, data.split('\n')))
        candidates = [chr(c) for c in range(127)]
        chunk = min(10, len(data))
        rounds = 0
        histograms = {}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(data):
            rounds += 1
            for line in data[start:end]:
                for char in candidates:
                    per_count = histograms.get(char, {})
                    freq = line.count(char)
                    per_count[freq] = per_count.get(freq, 0) + 1
                    histograms[char] = per_count
            for char in histograms.keys():
                items = list(histograms[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    modes[char] = max(items, key=lambda x: x[1])
                    items.remove(modes[char])
                    modes[char] = (modes[char][0], modes[char][1]
                                   - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            mode_items = modes.items()
            total = float(min(chunk * rounds, len(data)))
            level = 1.0
            floor = 0.9
            while len(delims) == 0 and level >= floor:
                for k, v in mode_items:
                    if v[0] > 0 and v[1] > 0:
                        if ((v[1] / total) >= level and
                                (delimiters is None or k in delimiters)):
                            delims[k] = v
                level -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = (data[0].count(delim) ==
                                    data[0].count("%c " % delim))
                return (delim, skipinitialspace)
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = (data[0].count(d) == data[0].count("%c " % d))
                    return (d, skipinitialspace)
        items = [(v, k) for (k, v) in delims.items()]
        items.sort()
        delim = items[-1][1]
        skipinitialspace = (data[0].count(delim) == data[0].count("%c " % delim))
        return (delim, skipinitialspace)

    def has_header(self, sample):
        """Guesses whether the first row holds column names: a column whose values all
        have one type (or one length) that the first row's value does not have."""
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_kinds = {}
        for i in range(columns):
            column_kinds[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_kinds.keys()):
                kind = complex
                try:
                    kind(row[col])
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != column_kinds[col]:
                    if column_kinds[col] is None:
                        column_kinds[col] = kind
                    else:
                        del column_kinds[col]
        score = 0
        for col, col_kind in column_kinds.items():
            if type(col_kind) == type(0):
                if len(header[col]) != col_kind:
                    score += 1
                else:
                    score -= 1
            else:
                try:
                    col_kind(header[col])
                except (ValueError, TypeError):
                    score += 1
                else:
                    score -= 1
        return score > 0
