# sys.exit from a nested function, passing through handlers for Exception.
import sys
def deep():
    sys.exit(42)
def middle():
    try:
        deep()
    except Exception:
        print('SystemExit is not an Exception: not printed')
    finally:
        print('middle finally')
print('start')
middle()
