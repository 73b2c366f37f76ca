print("starpkg.two_mod runs")
TWO = 2
