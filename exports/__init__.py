"""The Hugging Face dataset export and its deterministic rebuild.

Not built yet: this package will hold `kutipan export` and `kutipan rebuild`.
The ClassLabel names it will use are declared once in `builder.schema`.
"""
