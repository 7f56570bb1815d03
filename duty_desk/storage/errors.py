class StorageError(RuntimeError):
    """The data folder or database cannot be used; the message says why and what to do.

    `template` is an English sentence with {placeholders} (the UI translates it whole, then fills it), as a
    validation reason is; str() gives it filled in, in English, for the command line and the log."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))
