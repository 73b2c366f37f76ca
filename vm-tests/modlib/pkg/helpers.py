def h():
    return "helpers.h"
