match [1, 2]:
    case [first, *a, *b]:
        pass
