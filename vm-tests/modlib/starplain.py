x = 1
y = 2
_hidden = 3
