# A small task-tracker CLI driven by argparse, run on a fixed series of command
# lines: sub-commands, shared parent options, help and usage output, and errors
# caught through SystemExit (status 2) without ending the program.
import argparse
import io
import os
import sys
import textwrap

os.environ["COLUMNS"] = "80"


class Store:
    """An in-memory task list standing in for a database."""

    def __init__(self):
        self.tasks = {}
        self.next_id = 1

    def add(self, title, priority, tags):
        task = {'id': self.next_id, 'title': title, 'priority': priority,
                'tags': sorted(set(tags)), 'done': False}
        self.tasks[self.next_id] = task
        self.next_id += 1
        return task

    def find(self, task_id):
        if task_id not in self.tasks:
            raise KeyError(task_id)
        return self.tasks[task_id]


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%s is not a positive number' % text)
    return value


class KeyValue(argparse.Action):
    """--set key=value pairs collected into a dict."""

    def __call__(self, parser, namespace, values, option_string=None):
        pairs = dict(getattr(namespace, self.dest) or {})
        for item in values:
            key, sep, value = item.partition('=')
            if not sep:
                parser.error('%s expects key=value, got %r' % (option_string, item))
            pairs[key] = value
        setattr(namespace, self.dest, pairs)


def build_parser():
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument('--json', action='store_true', help='machine-readable output')

    parser = argparse.ArgumentParser(
        prog='tasks',
        description='Track tasks from the command line. Every sub-command accepts '
                    '--json for output that scripts can read.',
        epilog=textwrap.dedent('''\
            examples:
              tasks add "write report" -p 2 -t work
              tasks list --all'''),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('-v', '--verbose', action='count', default=0,
                        help='more output (repeat for even more)')
    parser.add_argument('--version', action='version', version='%(prog)s 0.9')
    parser.add_argument('--set', nargs='+', action=KeyValue, metavar='KEY=VALUE',
                        help='override a setting')
    commands = parser.add_subparsers(dest='command', required=True, metavar='COMMAND')

    add = commands.add_parser('add', parents=[common], help='add a task')
    add.add_argument('title')
    add.add_argument('-p', '--priority', type=positive, default=3, choices=range(1, 6),
                     metavar='1-5', help='1 is the most urgent (default: %(default)s)')
    add.add_argument('-t', '--tag', dest='tags', action='append', default=[])
    add.set_defaults(handler=cmd_add)

    ls = commands.add_parser('list', aliases=['ls'], parents=[common], help='list tasks')
    which = ls.add_mutually_exclusive_group()
    which.add_argument('--all', action='store_true', help='include finished tasks')
    which.add_argument('--done', action='store_true', help='only finished tasks')
    ls.add_argument('--sort', choices=['id', 'priority', 'title'], default='id')
    ls.set_defaults(handler=cmd_list)

    done = commands.add_parser('done', parents=[common], help='mark tasks finished')
    done.add_argument('ids', nargs='+', type=positive, metavar='ID')
    done.set_defaults(handler=cmd_done)

    stats = commands.add_parser('stats', help='summary counts')
    stats.set_defaults(handler=cmd_stats)
    return parser


def emit(args, data, text):
    if getattr(args, 'json', False):
        print(repr(data))
    else:
        print(text)


def cmd_add(store, args):
    task = store.add(args.title, args.priority, args.tags)
    emit(args, task, 'added #%d %r (p%d)%s' % (
        task['id'], task['title'], task['priority'],
        ' [' + ', '.join(task['tags']) + ']' if task['tags'] else ''))


def cmd_list(store, args):
    tasks = list(store.tasks.values())
    if args.done:
        tasks = [t for t in tasks if t['done']]
    elif not args.all:
        tasks = [t for t in tasks if not t['done']]
    tasks.sort(key=lambda t: t[args.sort])
    if not tasks:
        emit(args, [], 'no tasks')
        return
    lines = ['%3d %s p%d %s' % (t['id'], 'x' if t['done'] else ' ', t['priority'],
                                 t['title']) for t in tasks]
    emit(args, [t['id'] for t in tasks], '\n'.join(lines))


def cmd_done(store, args):
    for task_id in args.ids:
        try:
            store.find(task_id)['done'] = True
            print('finished #%d' % task_id)
        except KeyError:
            print('no task #%d' % task_id)


def cmd_stats(store, args):
    total = len(store.tasks)
    finished = sum(t['done'] for t in store.tasks.values())
    print('%d tasks, %d finished, %d open' % (total, finished, total - finished))


def main(store, parser, argv):
    """Runs one command line; returns its exit status like a real CLI would."""
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code
    if args.verbose:
        shown = {k: v for k, v in sorted(vars(args).items()) if k != 'handler'}
        print('args:', shown)
    if args.set:
        print('settings:', sorted(args.set.items()))
    args.handler(store, args)
    return 0


def capture(func, *args):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        status = func(*args)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    return status, out.getvalue(), err.getvalue()


COMMAND_LINES = [
    ['add', 'write report', '-p', '2', '-t', 'work', '-t', 'q3'],
    ['add', 'buy milk', '--tag=home'],
    ['add', 'call bob', '-p1', '--json'],
    ['-v', 'list'],
    ['ls', '--sort', 'priority'],
    ['done', '1', '3', '9'],
    ['list', '--all', '--json'],
    ['list', '--done'],
    ['--set', 'color=no', 'width=3', 'stats'],
    ['stats', 'extra'],
    ['add'],
    ['add', 'x', '-p', '0'],
    ['add', 'x', '-p', '7'],
    ['list', '--all', '--done'],
    ['remove', '1'],
    [],
    ['--set', 'novalue', 'stats'],
    ['done', 'two'],
    ['--version'],
    ['-h'],
    ['add', '--help'],
    ['ls', '-h'],
]

store = Store()
parser = build_parser()
for argv in COMMAND_LINES:
    status, out, err = capture(main, store, parser, argv)
    print('$ tasks', ' '.join(argv))
    if out:
        print(out, end='')
    if err:
        print('[stderr]')
        print(err, end='')
    print('[status %s]' % status)

# the same parser reused many times (warm-up), then a new sub-command appears
def quiet(argv):
    return capture(main, store, parser, argv)
for i in range(150):
    quiet(['add', 'bulk %d' % i, '-p', str(i % 5 + 1)])
print(quiet(['stats']))
print(quiet(['list', '--sort', 'title'])[1].splitlines()[:3])
