// Placeholder so the target builds; the owning stream replaces it.
