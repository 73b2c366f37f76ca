from ..helpers import h
from . import leaf
from .leaf import f as leaf_f
from .. import sub

print("deep runs:", __name__, __package__)


def run():
    return " ".join([h(), leaf.f(), leaf_f(), sub.NAME])
