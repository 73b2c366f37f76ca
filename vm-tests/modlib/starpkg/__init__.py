__all__ = ["one", "two_mod"]
one = 1
