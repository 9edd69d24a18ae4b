"""The live session: the document with its undo stack, the training runs and their worker threads."""
