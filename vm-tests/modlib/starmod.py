__all__ = ["alpha", "beta", "_gamma"]
alpha = "A"
beta = "B"
_gamma = "G (private, but listed in __all__)"
delta = "D (public, not in __all__)"
