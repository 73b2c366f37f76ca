# Traceback carets count characters, and wide characters (CJK, emoji, fullwidth) twice.
def accents(s):
    return 'héllo' + s

def cjk():
    return ('漢字', 1 / 0)

def emoji(n):
    return '😀😀' + n + 2

def fullwidth(d):
    return d['ＡＢ']


try:
    accents(1)
except TypeError:
    try:
        cjk()
    except ZeroDivisionError:
        try:
            emoji(1)
        except TypeError:
            fullwidth({})
