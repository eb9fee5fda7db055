"""The headline, byline and date around the body's start in copied text."""
