print("sasaran")
