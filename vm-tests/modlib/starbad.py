__all__ = ["exists", "missing"]
exists = True
