"""The unrolled-network canvas: model, layout, items, scene and the panel around them."""
