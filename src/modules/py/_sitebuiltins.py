"""The names the site module adds to builtins: exit, quit, copyright, credits, license
and help (pyvm installs them at start-up unless -S is given)."""

import builtins
import sys


class Quitter(object):
    """exit() and quit(): raise SystemExit(code); their repr says how to leave the prompt."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer(object):
    """copyright, credits, license: show a text when called (or echoed)."""

    def __init__(self, name, text):
        self.__name = name
        self.__text = text

    def __repr__(self):
        return self.__text

    def __call__(self):
        print(self.__text)


class _Helper(object):
    """help(): pyvm has no pydoc; help(obj) prints the object's docstring."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        if not args:
            print(repr(self))
            return
        doc = getattr(args[0], '__doc__', None)
        print(doc if doc is not None else 'No documentation found for %r.' % (args[0],))


def _install():
    eof = 'Ctrl-D (i.e. EOF)'
    builtins.quit = Quitter('quit', eof)
    builtins.exit = Quitter('exit', eof)
    builtins.copyright = _Printer(
        'copyright',
        'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.')
    builtins.credits = _Printer(
        'credits',
        'pyvm: a Python 3.11 interpreter in Rust. Python itself is the work of\n'
        'thousands of contributors; see www.python.org for more information.')
    builtins.license = _Printer('license', 'Type license() to see the full license text')
    builtins.help = _Helper()


_install()
