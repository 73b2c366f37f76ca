from circ_y import y_func


def x_func():
    return "x"
