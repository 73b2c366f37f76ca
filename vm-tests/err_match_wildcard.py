match 3:
    case [a]:
        pass
    case _:
        pass
    case 3:
        pass
