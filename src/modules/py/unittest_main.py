"""unittest.main(): load the tests named on the command line (or discover them), run
them and exit with 0 when they passed, 1 otherwise."""

import os
import sys
from . import loader, runner

__unittest = True

_USAGE = ("[-h] [-v] [-q] [--locals] [-f] [-c] [-b]",
          "[-k TESTNAMEPATTERNS]", "[tests ...]")
_DISCOVER_USAGE = ("[-h] [-v] [-q] [--locals] [-f] [-c] [-b]",
                   "[-k TESTNAMEPATTERNS] [-s START]", "[-p PATTERN] [-t TOP]")
_OPTION_NAMES = {'-s': '-s/--start-directory', '--start-directory': '-s/--start-directory',
                 '-p': '-p/--pattern', '--pattern': '-p/--pattern',
                 '-t': '-t/--top-level-directory',
                 '--top-level-directory': '-t/--top-level-directory'}


def _convert_name(name):
    # A path to a .py file (under the current directory) becomes a module name.
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class TestProgram:
    """Runs tests from the command line (`unittest.main` is this class)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message, discovery):
        # As argparse reports it: the usage lines, then the error; exit status 2.
        prog = self.progName + (' discover' if discovery else '')
        first, *rest = _DISCOVER_USAGE if discovery else _USAGE
        pad = '\n' + ' ' * (len(prog) + 8)
        print('usage: %s %s%s%s' % (prog, first, pad, pad.join(rest)), file=sys.stderr)
        print('%s: error: %s' % (prog, message), file=sys.stderr)
        sys.exit(2)

    def _parse_options(self, args, discovery):
        # The options of CPython's argparse parsers; returns the positional arguments.
        positional = []
        flags = {'-v': ('verbosity', 2), '--verbose': ('verbosity', 2),
                 '-q': ('verbosity', 0), '--quiet': ('verbosity', 0),
                 '--locals': ('tb_locals', True), '-f': ('failfast', True),
                 '--failfast': ('failfast', True), '-c': ('catchbreak', True),
                 '--catch': ('catchbreak', True), '-b': ('buffer', True),
                 '--buffer': ('buffer', True)}
        valued = {'-k': 'k'}
        if discovery:
            valued.update({'-s': 'start', '--start-directory': 'start',
                           '-p': 'pattern', '--pattern': 'pattern',
                           '-t': 'top', '--top-level-directory': 'top'})
        args = list(args)
        while args:
            arg = args.pop(0)
            if arg in flags:
                attr, value = flags[arg]
                if getattr(self, attr) is None or attr in ('verbosity', 'tb_locals'):
                    setattr(self, attr, value)
            elif arg in valued or (arg[:2] in valued and len(arg) > 2):
                key, value = (arg, None) if arg in valued else (arg[:2], arg[2:])
                if value is None:
                    if not args:
                        self._usage_error('argument %s: expected one argument'
                                          % _OPTION_NAMES.get(key, key), discovery)
                    value = args.pop(0)
                if valued[key] == 'k':
                    if self.testNamePatterns is None:
                        self.testNamePatterns = []
                    self.testNamePatterns.append(_convert_select_pattern(value))
                else:
                    setattr(self, valued[key], value)
            elif arg.startswith('-') and arg != '-':
                self._usage_error('unrecognized arguments: %s' % arg, discovery)
            else:
                positional.append(arg)
        return positional

    def parseArgs(self, argv):
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self.tests = self._parse_options(argv[1:], False)
            if not self.tests:
                self._do_discovery([])
                return
        else:
            self.tests = self._parse_options(argv[1:], False)
        if self.tests:
            self.testNames = [_convert_name(name) for name in self.tests]
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        positional = self._parse_options(argv, True)
        names = ['start', 'pattern', 'top']
        if len(positional) > len(names):
            self._usage_error('unrecognized arguments: %s' % ' '.join(positional[3:]), True)
        for name, value in zip(names, positional):
            setattr(self, name, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
