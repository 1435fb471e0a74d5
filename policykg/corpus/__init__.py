"""Building a corpus: every report through the stages in parallel (``build``), one report added to a
built output (``add``, ``parts``), promise vs result across reports (``assess``), and the files a build
writes — atomically (``outdir``, ``safefile``): union and per-report graphs, the summary and VoID."""
