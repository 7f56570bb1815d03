"""A sentence a service says to a person (a check's finding, a note): English text that also keeps its template
and values, so the window translates it whole and then fills it in, while the command line and logs print it."""


class Sentence(str):
    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> "Sentence":
        said = super().__new__(cls, template.format(**params))
        said.template, said.params = template, params
        return said
