"""``newsfacts evaluate`` (placeholder)."""
