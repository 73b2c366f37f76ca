# dis over pyvm's bytecode: the parts that do not depend on the exact instructions —
# the Instruction fields, opname/opmap consistency, line starts, jump targets, code_info's
# header, Bytecode, the error for objects that cannot be disassembled, dis of a str.
import dis
import io


def f(x):
    total = 0
    for i in range(x):
        if i % 2:
            total += i
    return total


class K:
    def method(self):
        return 1

    def other(self, a):
        return a


for _ in range(200):
    f(5)

print(dis.Instruction._fields)
ins = list(dis.get_instructions(f))
print(all(isinstance(i, dis.Instruction) for i in ins))
print(all(dis.opname[i.opcode] == i.opname for i in ins))
print(all(dis.opmap[i.opname] == i.opcode for i in ins))
print(len(dis.opname), dis.opname[255] if dis.opname[255].startswith('<') else 'used')
print(sorted({i.starts_line for i in ins if i.starts_line and i.starts_line > f.__code__.co_firstlineno}))
print('LOAD_FAST' in dis.opmap, 'RETURN_VALUE' in dis.opmap, 'NOT_AN_OP' in dis.opmap)
print(any(i.is_jump_target for i in ins))
print([i.argval for i in ins if i.opname == 'LOAD_GLOBAL'])
print(sorted({i.argval for i in ins if i.opname in ('LOAD_FAST', 'STORE_FAST')}))
print(all(i.arg is None for i in ins if i.opname == 'RETURN_VALUE'))
print([i.argrepr for i in ins if i.opname == 'LOAD_CONST' and i.argval == 0])

# first_line shifts starts_line
shifted = [i.starts_line for i in dis.get_instructions(f, first_line=100) if i.starts_line]
plain = [i.starts_line for i in ins if i.starts_line]
print(sorted(set(s - p for s, p in zip(shifted, plain))))

# code_info header lines
info = dis.code_info(f).splitlines()
for line in info:
    if line.split(':')[0] in ('Name', 'Argument count', 'Positional-only arguments',
                              'Kw-only arguments', 'Number of locals', 'Flags'):
        print(line)
print(info[1].startswith('Filename:'))
print('Variable names:' in info, '   0: x' in info)
out = io.StringIO()
dis.show_code(f, file=out)
print(out.getvalue() == dis.code_info(f) + '\n')

# Bytecode
b = dis.Bytecode(f)
print(b.codeobj is f.__code__, b.first_line == f.__code__.co_firstlineno)
print([i.opname for i in b] == [i.opname for i in ins])
print(repr(b).startswith('Bytecode(<function f at '))
print(b.info() == dis.code_info(f))
print(isinstance(b.dis(), str) and 'RETURN_VALUE' in b.dis())

# dis to a file: every opname shows, lines are marked
out = io.StringIO()
dis.dis(f, file=out)
text = out.getvalue()
print(all(i.opname in text for i in ins), 'RETURN_VALUE' in text)

# dis of a class: each method, introduced by its name
out = io.StringIO()
dis.dis(K, file=out)
print([l for l in out.getvalue().splitlines() if l.startswith('Disassembly of')])

# a method, a generator, a str, a code object
for x in (K().method, (lambda: (yield 1))(), "a = 1", f.__code__):
    out = io.StringIO()
    dis.dis(x, file=out)
    print(type(x).__name__, 'RETURN_VALUE' in out.getvalue())

for bad in (5, None.__class__, 3.5):
    try:
        dis.dis(bad) if not isinstance(bad, type) else dis.get_instructions(bad).__next__()
    except TypeError as e:
        print('TypeError', e)
try:
    list(dis.get_instructions(1))
except TypeError as e:
    print('TypeError', e)
print(dis.pretty_flags(3), dis.pretty_flags(0x20 | 0x40))
print(sorted(dis.findlinestarts(f.__code__))[-1][1] == 14)
