"""`unittest.main()`: run the tests of a module from the command line."""

import sys

from .loader import defaultTestLoader
from .runner import TextTestRunner

__unittest = True  # frames of this module are left out of failure tracebacks


class TestProgram:
    """`unittest.main()`: loads the tests of a module (or the names given in argv), runs
    them and exits with status 0 when they all passed, 1 otherwise (unless exit=False)."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.testRunner = testRunner
        self.testLoader = testLoader
        names = []
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif not arg.startswith('-'):
                names.append(arg)
        if not names and defaultTest is not None:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        self.runTests()

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast))
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
