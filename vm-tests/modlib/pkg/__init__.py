print("pkg/__init__ runs:", __name__, __package__)
PKG_VALUE = "pkg-value"
