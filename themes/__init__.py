"""Design tokens and style sheets, shipped inside the package as access.themes."""
