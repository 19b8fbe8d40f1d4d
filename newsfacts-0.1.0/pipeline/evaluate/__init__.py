"""Evaluation: matching extracted facts against gold articles, and the figures."""
