"""Reviewing a run: a self-contained HTML review page, decisions, gold export and interchange.

* :mod:`.data` reads a run and joins it with the article texts.
* :mod:`.render` builds the single-file review page (``newsfacts review``).
* :mod:`.server` serves it on 127.0.0.1 and stores posted decisions (``--serve``).
* :mod:`.apply` turns decisions into gold articles (``newsfacts review apply``).
* :mod:`.interchange` exports/imports Prodigy, doccano and Label Studio JSONL.

Decision line format (one JSON object per line)::

    {"article": "<id>", "type": "officials|instruments|dates|venues|events",
     "action": "accept|reject|add", "fact": {...the fact as in the record...},
     "text": "<mention text>", "start": <offset or null>, "end": <offset or null>}
"""
