"""Duty Desk: the duty room's desktop application."""

__version__ = "0.1.0"
