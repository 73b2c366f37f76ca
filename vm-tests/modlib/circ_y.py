from circ_x import x_func


def y_func():
    return "y"
