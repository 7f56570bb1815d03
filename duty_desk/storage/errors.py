class StorageError(RuntimeError):
    """The data folder or database cannot be used; the message says why and what to do."""
