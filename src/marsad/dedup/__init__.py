"""Duplicates and stories: exact and near-duplicate articles (MinHash-LSH), stories across outlets."""
