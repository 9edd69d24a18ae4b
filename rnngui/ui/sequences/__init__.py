"""The sequence editor: the list, the value table, the chart, CSV import and scaling."""
