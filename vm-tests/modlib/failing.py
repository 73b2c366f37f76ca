print("failing body runs")
value = 1
value = value / 0
