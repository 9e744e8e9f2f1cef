"""Reusable widgets shared by the pages (filter bars and the like)."""
