"""Decimal.__format__: the format-spec mini-language applied to decimals (types e E f F g G
n %, grouping, fill/align/sign/width), rounding with the current context's rounding mode."""
from decimal import _new, ROUND_HALF_EVEN

_TYPES = 'eEfFgGn%'


def _parse_spec(spec):
    """Split a format spec into its fields; ValueError when malformed."""
    bad = ValueError('invalid format string')
    i, n = 0, len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        align, i = spec[0], 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign, i = spec[i], i + 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0, i = True, i + 1
    if i < n and spec[i] == '#':  # C _decimal rejects the alternate form
        raise bad
    zero = i < n and spec[i] == '0'
    if zero:
        if align is None:
            fill, align = '0', '='
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep, i = spec[i], i + 1
    prec = None
    if i < n and spec[i] == '.':
        j = i = i + 1
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise bad
        prec = int(spec[j:i])
    typ = spec[i:] or None
    if typ is not None and (len(typ) != 1 or typ not in _TYPES):
        raise bad
    if typ == 'n' and sep:
        raise bad
    return fill, align or '>', zero, sign, no_neg_0, width, sep, prec, typ


def _group(digits, sep):
    if not sep:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[k:k + 3] for k in range(head, len(digits), 3)]
    return sep.join(parts)


def format_decimal(d, spec, ctx):
    fill, align, zero, sign, no_neg_0, width, sep, prec, typ = _parse_spec(spec)
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
    if typ == 'n':
        typ = 'g'
    rounding = ctx.rounding or ROUND_HALF_EVEN
    neg = bool(d._sign)
    if d._exp == 'F' or d.is_nan():
        body = 'Infinity' if d._exp == 'F' else 'NaN'
        if typ == '%':
            body += '%'
        intpart, rest = body, ''
        if zero and fill == '0' and align == '=':
            fill, align = ' ', '>'
    else:
        if typ == '%':
            d = _new(d._sign, d._int, d._exp + 2)
        if prec is not None:
            if typ in 'eE':
                d = _round_digits(d, prec + 1, rounding, True)
            elif typ in 'fF%':
                d = d._rescale(-prec, rounding)[0]
            elif len(str(d._int)) > max(prec, 1):
                d = _round_digits(d, max(prec, 1), rounding)
        if not d._int and d._exp > 0 and typ in 'fF%':
            d = d._rescale(0, rounding)[0]
        if no_neg_0 and not d._int:
            neg = False
        ds = str(d._int)
        left = d._exp + len(ds)
        if typ in 'eE':
            dot = 1 - prec if not d._int and prec is not None else 1
        elif typ in 'fF%':
            dot = left
        elif d._exp <= 0 and left > -6:
            dot = left
        else:
            dot = 1
        if dot < 0:
            intpart, frac = '0', '0' * -dot + ds
        elif dot > len(ds):
            intpart, frac = ds + '0' * (dot - len(ds)), ''
        else:
            intpart, frac = ds[:dot] or '0', ds[dot:]
        rest = '.' + frac if frac else ''
        if left != dot or typ in 'eE':
            letter = 'E' if typ in 'EG' else 'e'
            rest += letter + '%+d' % (left - dot)
        if typ == '%':
            rest += '%'
    prefix = '-' if neg else ('' if sign == '-' else sign)
    if align == '=' and fill == '0' and sep and width:
        need = width - len(prefix) - len(rest)
        intpart = _zero_group(intpart, sep, need)
    else:
        intpart = _group(intpart, sep) if intpart[:1].isdigit() else intpart
    body = intpart + rest
    pad = width - len(prefix) - len(body)
    if pad <= 0:
        return prefix + body
    if align == '<':
        return prefix + body + fill * pad
    if align == '>':
        return fill * pad + prefix + body
    if align == '=':
        return prefix + fill * pad + body
    half = pad // 2
    return fill * half + prefix + body + fill * (pad - half)


def _zero_group(intpart, sep, need):
    """Zero-pad the integer digits so that, grouped, they fill `need` characters."""
    digits = intpart
    while True:
        g = _group(digits, sep)
        if len(g) >= need:
            return g
        digits = '0' + digits


def _round_digits(d, n, rounding, pad=False):
    """d rounded to n significant digits (no context); padded with zeros to n if asked."""
    extra = len(str(d._int)) - n
    if extra <= 0 and not (pad and d._int):
        return d
    r = d._rescale(d._exp + extra, rounding)[0]
    if len(str(r._int)) > n:
        r = _new(r._sign, r._int // 10, r._exp + 1)
    return r
