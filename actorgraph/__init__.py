"""actorgraph: turn news articles into a knowledge graph of who did what to whom."""
