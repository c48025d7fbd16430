// Public API of @matn/ingest: each module under lib/ adds its export line here.
export {}
