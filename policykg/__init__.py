"""policykg: Chinese government work reports → a validated, queryable RDF knowledge graph."""

__version__ = "0.2.0"
