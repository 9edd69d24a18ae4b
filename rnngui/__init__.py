"""RNN Lab: see how a recurrent neural network works, and why a plain one is hard to train."""

__version__ = "0.1.0"
