from . import leaf
from .leaf import f as leaf_function
