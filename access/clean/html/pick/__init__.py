"""Two article candidates for a saved page, and the choice between them (``choose.pick``)."""
