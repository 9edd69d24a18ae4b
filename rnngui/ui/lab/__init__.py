"""The gradient lab: through time, unroll length, landscapes and side-by-side runs."""
