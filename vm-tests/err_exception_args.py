# Uncaught exception whose str() is built from several args.
print('about to raise')
raise KeyError('first', 2)
