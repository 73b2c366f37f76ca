"""decimal's Context (rounding to it, signals), the per-thread current context, and the
transcendental helpers (power with non-integer exponent, exp, ln, log10)."""
import _thread
from decimal import (Decimal, ConversionSyntax, DivisionImpossible, DivisionUndefined,
                     InvalidContext, _new, _shift_round, _ndigits, _SIGNALS, _REPORT_ORDER,
                     _signal_of, _as_operand, _ROUNDINGS, ROUND_HALF_EVEN,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR,
                     InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
                     Rounded, Clamped, FloatOperation, MAX_PREC, MAX_EMAX, MIN_EMIN)

_ROUNDING_ERR = ('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                 'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')


_REPR_RANKS = ((0, Clamped), (1, InvalidOperation), (2, DivisionByZero), (6, Inexact),
               (10, FloatOperation), (11, Overflow), (12, Rounded), (13, Subnormal),
               (14, Underflow))


def _names(signals):
    order = sorted((signals._inv_rank if s is InvalidOperation else r, s)
                   for r, s in _REPR_RANKS if signals[s])
    return ', '.join(s.__name__ for _, s in order)


_BAD_SIGNAL = ('valid values for signals are:\n  [InvalidOperation, FloatOperation, '
               'DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]')


class _SignalDict:
    """A context's flags or traps: signal class -> bool, keys fixed."""
    __slots__ = ('_d', '_inv_rank')

    def __init__(self, on=()):
        self._d = {s: s in on for s in _SIGNALS}
        self._inv_rank = 1

    def __getitem__(self, key):
        if key not in self._d:
            raise KeyError(_BAD_SIGNAL)
        return self._d[key]

    def __setitem__(self, key, value):
        if key not in self._d:
            raise KeyError(_BAD_SIGNAL)
        self._d[key] = bool(value)
        if key is InvalidOperation:
            self._inv_rank = 1

    def _raise(self, cond):
        """Set the flag of a condition; an InvalidOperation keeps the rank of its cause (C's
        repr lists the flags in libmpdec's condition-bit order)."""
        s = _signal_of(cond)
        if s is InvalidOperation:
            rank = _INV_RANKS.get(cond, 8)
            self._inv_rank = rank if not self._d[s] else min(rank, self._inv_rank)
        self._d[s] = True

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other._d
        return self._d == other

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        return dict(self._d)

    def _on(self):
        return [s for s in _SIGNALS if self._d[s]]

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % kv for kv in self._d.items()) + '}'


def from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)) or \
            not all(isinstance(x, int) and 0 <= x <= 9 for x in digits):
        raise ValueError('coefficient must be a tuple of digits')
    coef = int(''.join(map(str, digits)) or '0')
    return _new(sign, 0 if exp == 'F' else coef, exp)


_INV_RANKS = {ConversionSyntax: 1, DivisionImpossible: 3, DivisionUndefined: 4, InvalidContext: 7}


def _check_int(name, value, lo, hi, msg):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not lo <= value <= hi:
        raise ValueError(msg)
    return value


def _signal_set(arg, name):
    if isinstance(arg, (dict, _SignalDict)):
        if len(arg) != len(_SIGNALS) or any(k not in _SIGNALS for k in arg):
            raise KeyError('invalid signal dict')
        return _SignalDict([k for k in arg if arg[k]])
    for s in arg:
        if s not in _SIGNALS and not (isinstance(s, type) and issubclass(s, InvalidOperation)):
            raise KeyError(_BAD_SIGNAL)
    return _SignalDict([_signal_of(s) for s in arg])


class Context:
    """The context affects almost all operations and controls rounding,
Over/Underflow, raising of exceptions and much more.  A new context
can be constructed as follows:

    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,
    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,
    ...             traps=[InvalidOperation, DivisionByZero, Overflow],
    ...             flags=[])
    >>>

"""
    __module__ = 'decimal'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default if _default is not None else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else \
            (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = _SignalDict() if flags is None else _signal_set(flags, 'flags')
        if traps is None:
            traps = base.traps._on() if base else [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _signal_set(traps, 'traps')

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(name, value, 1, MAX_PREC, 'valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            _check_int(name, value, MIN_EMIN, 0, 'valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(name, value, 0, MAX_EMAX, 'valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            _check_int(name, value, 0, 1, 'valid values for %s are 0 or 1' % name)
        elif name == 'rounding':
            if value not in _ROUNDINGS or not isinstance(value, str):
                raise TypeError(_ROUNDING_ERR)
        elif name in ('flags', 'traps'):
            if not isinstance(value, (dict, _SignalDict)):
                raise TypeError('argument must be a signal dict')
            value = _signal_set(value, name)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                    _names(self.flags), _names(self.traps)))

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, self.flags._on(), self.traps._on()))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, self.flags._on(), self.traps._on())

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    # --- signalling -----------------------------------------------------
    def _signal(self, conds, result, cls=None):
        """Record conditions as flags; raise the first trapped signal C-style, else result."""
        if conds:
            trapped = set()
            for c in conds:
                self.flags._raise(c)
                if self.traps[_signal_of(c)]:
                    trapped.add(c)
            if trapped:
                first = next(s for s in _SIGNALS if any(issubclass(c, s) for c in trapped))
                raise first([c for c in _REPORT_ORDER if c in trapped])
        return result

    def _float_op(self, may_raise):
        self.flags[FloatOperation] = True
        if may_raise and self.traps[FloatOperation]:
            raise FloatOperation([FloatOperation])

    def _finish(self, sign, c, e, rounding=None):
        """Round sign/c/e to this context (precision, exponent range, clamp) and signal."""
        rounding = rounding or self.rounding
        prec = self.prec
        etiny, etop = self.Emin - prec + 1, self.Emax - prec + 1
        conds = []
        if not c:
            ne = min(max(e, etiny), etop if self.clamp else self.Emax)
            if ne != e:
                conds.append(Clamped)
            return self._signal(conds, _new(sign, 0, ne))
        nd = _ndigits(c)
        sub = e + nd - 1 < self.Emin
        target = max(e + nd - prec, etiny)
        if target > e:
            c, inexact = _shift_round(sign, c, target - e, rounding)
            e = target
            if _ndigits(c) > prec:
                c, e = c // 10, e + 1
            conds.append(Rounded)
            if inexact:
                conds.append(Inexact)
                if sub:
                    conds.append(Underflow)
                if not c:
                    conds.append(Clamped)
        if c and e + _ndigits(c) - 1 > self.Emax:
            conds += [Overflow, Inexact, Rounded]
            if rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP) or \
                    rounding == (ROUND_FLOOR if sign else ROUND_CEILING):
                return self._signal(conds, _new(sign, 0, 'F'))
            return self._signal(conds, _new(sign, 10 ** prec - 1, etop))
        if sub:
            conds.append(Subnormal)
        if self.clamp and e > etop:
            c, e = c * 10 ** (e - etop), etop
            conds.append(Clamped)
        return self._signal(conds, _new(sign, c, e))

    # --- construction -------------------------------------------------------
    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._signal([_conv_syntax()], _new(0, 0, 'n'))
        d = Decimal(num, self)
        if isinstance(num, float):
            self._float_op(True)
        if d.is_nan():
            if d._int and _ndigits(d._int) > self.prec - self.clamp:
                return self._signal([_conv_syntax()], _new(0, 0, 'n'))
            return d
        return d._plus(self, d._sign) if d._exp != 'F' else d

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def to_sci_string(self, a):
        return _as_operand(a, self).__str__(False, self)

    def to_eng_string(self, a):
        return _as_operand(a, self).to_eng_string(self)

    def power(self, a, b, modulo=None):
        a, b = _as_operand(a, self), _as_operand(b, self)
        return a._pow(b, self, None if modulo is None else _as_operand(modulo, self))

    def divmod(self, a, b):
        return _as_operand(a, self)._divmod(_as_operand(b, self), self)


def _conv_syntax():
    from decimal import ConversionSyntax
    return ConversionSyntax


def _context_op(name, method, nargs, pass_ctx=True):
    def op(self, *args):
        if len(args) != nargs:
            raise TypeError('%s() takes exactly %d argument%s (%d given)'
                            % (name, nargs, 's' if nargs > 1 else '', len(args)))
        ops = [_as_operand(a, self) for a in args]
        if pass_ctx:
            return getattr(ops[0], method)(*ops[1:], self)
        return getattr(ops[0], method)(*ops[1:])
    op.__name__ = name
    return op


for _n, _m in (('add', '_add'), ('subtract', '_sub'), ('multiply', '_mul'),
               ('divide', '_truediv'), ('divide_int', '_floordiv'), ('remainder', '_mod'),
               ('compare', 'compare'), ('max', 'max'), ('min', 'min'), ('max_mag', 'max_mag'),
               ('min_mag', 'min_mag'), ('quantize', 'quantize'), ('copy_sign', 'copy_sign'),
               ('scaleb', 'scaleb')):
    setattr(Context, _n, _context_op(_n, _m, 2))
for _n in ('same_quantum',):
    setattr(Context, _n, _context_op(_n, _n, 2, False))
for _n, _m in (('abs', '_abs'), ('minus', '_minus'), ('plus', '_plus'), ('sqrt', 'sqrt'),
               ('normalize', 'normalize'), ('to_integral_value', 'to_integral_value'),
               ('to_integral_exact', 'to_integral_exact'), ('to_integral', 'to_integral_value'),
               ('exp', 'exp'), ('ln', 'ln'), ('log10', 'log10'), ('number_class', 'number_class'),
               ('is_normal', 'is_normal'), ('is_subnormal', 'is_subnormal')):
    setattr(Context, _n, _context_op(_n, _m, 1))
for _n in ('is_nan', 'is_qnan', 'is_snan', 'is_infinite', 'is_finite', 'is_signed',
           'is_zero', 'is_canonical', 'copy_abs', 'copy_negate', 'canonical', 'adjusted'):
    setattr(Context, _n, _context_op(_n, _n, 1, False))
Context.copy_decimal = _context_op('copy_decimal', 'canonical', 1, False)
Context.fma = lambda self, a, b, c: _as_operand(a, self).fma(b, c, self)

_default = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow,
                                                                  InvalidOperation])
_default = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[
    DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

# The current context: a global for the thread that imported decimal, a threading.local
# for the others (so a finished thread drops its context).
_MAIN = _thread.get_ident()
_main_context = None
_thread_contexts = None


def _others():
    global _thread_contexts
    if _thread_contexts is None:
        import threading
        _thread_contexts = threading.local()
    return _thread_contexts


def getcontext():
    """Get the current default context."""
    global _main_context
    if _thread.get_ident() == _MAIN:
        if _main_context is None:
            _main_context = DefaultContext.copy()
        return _main_context
    store = _others()
    ctx = getattr(store, 'context', None)
    if ctx is None:
        ctx = store.context = DefaultContext.copy()
    return ctx


def setcontext(context):
    """Set a new default context."""
    global _main_context
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    if _thread.get_ident() == _MAIN:
        _main_context = context
    else:
        _others().context = context


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager:
    def __init__(self, new):
        self.new_context = new

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager that will set the default context to a copy
of ctx on entry to the with-statement and restore the previous default
context when exiting the with-statement. If no context is specified, a
copy of the current default context is used."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)


# --- power with special or non-integral operands -------------------------------
def _pow_infinite(x, y, integral, ctx):
    if x._exp == 'F':
        odd = integral and y._int_value() & 1
        sign = x._sign if odd else 0
        if not y._int:
            return _new(0, 1, 0)
        return _new(sign, 0, 0) if y._sign else _new(sign, 0, 'F')
    # y is infinite, x finite and non-negative
    c = x.copy_abs()._cmp(_new(0, 1, 0))
    if c == 0:
        return ctx._signal([Inexact, Rounded], _new(0, 10 ** (ctx.prec - 1), 1 - ctx.prec))
    big = (c > 0) != bool(y._sign)
    return _new(0, 0, 'F') if big else _new(0, 0, 0)


def _pow_mod(x, y, m, ctx):
    for v in (x, y, m):
        if v.is_nan():
            return x._nan_result(y, ctx) or m._nan_result(None, ctx)
    if not all(v.is_finite() and v._int_integral() for v in (x, y, m)) or y._sign or not m._int or \
            _ndigits(m._int) > ctx.prec or (not x._int and not y._int):
        return ctx._signal([InvalidOperation], _new(0, 0, 'n'))
    r = pow(abs(x._int_value()), y._int_value(), abs(m._int_value()))
    return _new(x._sign & (y._int_value() & 1), r, 0)


def _pow_general(x, y, ctx):
    """x ** y for positive finite x and non-integral y: exp(y * ln x), correctly rounded."""
    from _decimal_math import power_general
    return power_general(x, y, ctx)
