"""Label Studio review of the builder's quotes (push, pull, local server).

Not built yet: this package will hold the Label Studio round trip. The label
sets it will use are declared once in `builder.schema`.
"""
