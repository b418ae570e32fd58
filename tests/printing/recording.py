from masthead.printing.backends import RecordingRenderer


class SharedRecorder(RecordingRenderer):
    """A RecordingRenderer whose one instance survives across `get_pdf_renderer()` calls."""

    instance = None

    def __new__(cls, **options):
        if cls.instance is None:
            cls.instance = super().__new__(cls)
            RecordingRenderer.__init__(cls.instance, **options)
        return cls.instance

    def __init__(self, **options):
        pass

    @classmethod
    def reset(cls):
        cls.instance = None
