"""Checks: pure functions from what was read and judged to findings, with stable codes."""
