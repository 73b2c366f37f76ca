"""Disassembler of pyvm's bytecode (the instructions pyvm compiles to, in CPython's layout)."""

import sys
import collections
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "get_instructions", "show_code", "Bytecode", "Instruction", "opname", "opmap",
           "cmp_op", "COMPILER_FLAG_NAMES", "pretty_flags"]

opname = ['<%r>' % i for i in range(256)]
opmap = {}
for _name, _num in _dis.opcodes():
    opname[_num] = _name
    opmap[_name] = _num
del _name, _num
cmp_op = ('<', '<=', '==', '!=', '>', '>=')

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

Instruction = collections.namedtuple(
    "Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target positions",
    defaults=[None])


def _get_code_object(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = compile(x, '<disassembly>', 'exec')
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    co = _get_code_object(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, show in (("Constants", co.co_consts, repr),
                               ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            lines.append(title + ":")
            lines.extend("%4d: %s" % (i, show(v)) for i, v in enumerate(items))
    return "\n".join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    for t in _dis.instructions(co):
        if shift and t[6] is not None:
            t = t[:6] + (t[6] + shift,) + t[7:]
        yield Instruction(*t)


def findlinestarts(code):
    for t in _dis.instructions(code):
        if t[6] is not None:
            yield t[5], t[6]


def _write(text, file):
    (file if file is not None else sys.stdout).write(text)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    _write(_dis.listing(_get_code_object(co), False), file)


disco = disassemble


def _members(x):
    return sorted((k, v) for k, v in vars(x).items()
                  if hasattr(v, '__code__') or hasattr(v, '__func__') or isinstance(v, type)
                  or hasattr(v, 'co_code'))


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    if x is None:
        return distb(file=file)
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__') or hasattr(x, 'gi_code') or isinstance(x, str) \
            or hasattr(x, 'co_code') or hasattr(x, 'cr_code') or hasattr(x, 'ag_code'):
        _write(_dis.listing(_get_code_object(x), depth != 0), file)
    elif hasattr(x, '__dict__'):
        for name, v in _members(x):
            print("Disassembly of %s:" % name, file=file)
            try:
                dis(v, file=file, depth=depth)
            except TypeError as msg:
                print("Sorry:", msg, file=file)
            print(file=file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Bytecode:
    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        return _dis.listing(self.codeobj, False)
