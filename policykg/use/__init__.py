"""What researchers do with a built graph: SPARQL queries locally or at an endpoint (``query``), a
read-only SPARQL endpoint (``serve``), pushing to a store (``push``), exports (``export``), tidy tables
(``table``) and the park → project → target impact analysis (``impact``)."""
