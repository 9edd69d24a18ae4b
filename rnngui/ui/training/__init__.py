"""The live training panel: controls, plots and the diagnosis line."""
